/**
 * The one implementation every stage entry calls: read common inputs, load the project, run the
 * stage's own logic, then publish its outcome (outputs, commit status, comment section, job
 * summary). The only catch of the stage lives here.
 */
import { errorMessage, InputError } from '../core/errors.js';
import type { Db } from '../core/db.js';
import type { GitHubPort } from '../github/port.js';
import { loadProject } from '../runtime/project.js';
import type { ActionsPort } from './actionsPort.js';
import { readPullRequest, readRunInfo } from './event.js';
import { type Stage, type StageContext, type StageOutcome, statusContext } from './types.js';

export interface StageDeps {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly actions: ActionsPort;
  /** Builds the GitHub port from a token; absent in tests that do not need GitHub. */
  readonly github?: (token: string) => GitHubPort;
  readonly openDb: (url: string | undefined) => Promise<Db>;
  readonly now?: () => Date;
  readonly upstream?: Readonly<Record<string, string>>;
}

export const MAX_STATUS_DESCRIPTION = 140;

export function cutDescription(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= MAX_STATUS_DESCRIPTION ? oneLine : `${oneLine.slice(0, MAX_STATUS_DESCRIPTION - 1)}…`;
}

export async function runStage(stage: Stage, deps: StageDeps): Promise<{ exitCode: number; outcome: StageOutcome }> {
  const { actions, env } = deps;
  const input = (name: string) => actions.getInput(name).trim();
  // Mask before anything can print: tokens and every URL-shaped input.
  for (const name of ['github-token', 'neon-api-key', 'database-url', 'dev-url']) {
    const v = input(name);
    if (v) actions.setSecret(v);
  }

  const run = readRunInfo(env);
  const pr = readPullRequest(env);
  const token = input('github-token');
  const github = token && pr && deps.github ? deps.github(token) : undefined;

  let outcome: StageOutcome;
  try {
    const project = loadProject({
      root: input('working-directory') || env.GITHUB_WORKSPACE || process.cwd(),
      config: input('config') || undefined,
      mode: input('mode') || undefined,
      env,
    });
    const ctx: StageContext = {
      input,
      project,
      run,
      pr,
      github,
      log: {
        info: actions.info,
        warning: actions.warning,
        error: actions.error,
        mask: actions.setSecret,
      },
      openDb: deps.openDb,
      upstream: deps.upstream ?? {},
      now: deps.now ?? (() => new Date()),
    };
    outcome = await stage.run(ctx);
  } catch (err) {
    const message = errorMessage(err);
    actions.error(message);
    outcome = {
      state: err instanceof InputError ? 'failure' : 'error',
      description: cutDescription(message),
      section: `### ${stage.name}\n\n:x: ${message}\n`,
      outputs: {},
    };
  }

  for (const [name, value] of Object.entries(outcome.outputs)) actions.setOutput(name, value);
  await publish(stage, outcome, { github, pr, runUrl: run.runUrl, actions });
  actions.info(`${statusContext(stage.name)}: ${outcome.state}: ${outcome.description}`);
  return { exitCode: outcome.state === 'success' ? 0 : 1, outcome };
}

async function publish(
  stage: Stage,
  outcome: StageOutcome,
  where: { github?: GitHubPort; pr?: ReturnType<typeof readPullRequest>; runUrl?: string; actions: ActionsPort },
): Promise<void> {
  const { github, pr, actions } = where;
  let notice = '';
  if (github && pr) {
    try {
      await github.setStatus(pr.headSha, statusContext(stage.name), outcome.state, cutDescription(outcome.description), where.runUrl);
      await github.upsertCommentSection(pr.number, stage.name, outcome.section);
    } catch (err) {
      const status = (err as { status?: number }).status;
      if (status !== 403) throw err;
      // A fork's read-only token: the job summary is the only place left to report.
      notice =
        '> [!NOTE]\n> The token cannot write statuses or comments here (a pull request from a fork has a read-only token), so this report is in the job summary only.\n\n';
      actions.warning('schemagate: no permission to post the status or comment (read-only token); see the job summary');
    }
  }
  await actions.appendSummary(notice + outcome.section);
}
