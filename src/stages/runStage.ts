/**
 * The one implementation every stage entry calls: read common inputs, load the project, run the
 * stage's own logic, then publish its outcome (outputs, commit status, comment section, job
 * summary). The only catch of the stage lives here.
 */
import type { Db } from '../core/db.js';
import { errorMessage, InputError } from '../core/errors.js';
import type { GitHubPort, StatusState } from '../github/port.js';
import { cutDescription } from '../github/statusText.js';
import { loadProject } from '../runtime/project.js';
import type { ActionsPort } from './actionsPort.js';
import { readPullRequest, readRunInfo } from './event.js';
import {
  type PullRequestInfo,
  type Stage,
  type StageContext,
  type StageName,
  type StageOutcome,
  statusContext,
} from './types.js';

export { cutDescription, MAX_STATUS_DESCRIPTION } from '../github/statusText.js';

export interface StageDeps {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly actions: ActionsPort;
  /** Builds the GitHub port from a token; absent in tests that do not need GitHub. */
  readonly github?: (token: string) => GitHubPort;
  readonly openDb: (url: string | undefined) => Promise<Db>;
  readonly now?: () => Date;
  readonly upstream?: Readonly<Record<string, string>>;
  /** Given by the suite so all stages share one publisher and one summary at the end. */
  readonly publisher?: Publisher;
}

/** Inputs that hold secrets or credentials: masked before anything can print. */
const SECRET_INPUTS = ['github-token', 'neon-api-key', 'database-url', 'dev-url'];

export const FORK_NOTICE =
  '> [!NOTE]\n> The token cannot write commit statuses or comments here (a pull request from a fork gets a read-only token), so this report is in the job summary only.\n\n';

/**
 * Posts statuses and comment sections for one run. A 403 (a fork's read-only token) switches it
 * to summary-only, once, with a notice; it never fails the job by itself.
 */
export interface Publisher {
  readonly github?: GitHubPort;
  readonly repoGitHub?: GitHubPort;
  readonly pr?: PullRequestInfo;
  status(stage: StageName, state: StatusState, description: string): Promise<void>;
  section(stage: StageName, markdown: string): Promise<void>;
  /** Notice to put at the top of the job summary ('' when GitHub accepted everything). */
  notice(): string;
  /** Whether a write failed for another reason than permissions (the job must then fail). */
  failed(): boolean;
}

export function createPublisher(deps: Pick<StageDeps, 'env' | 'actions' | 'github'>): Publisher {
  const { actions, env } = deps;
  const run = readRunInfo(env);
  const pr = readPullRequest(env);
  const token = actions.getInput('github-token').trim();
  let repoGitHub: GitHubPort | undefined;
  try {
    repoGitHub = token && deps.github ? deps.github(token) : undefined;
  } catch (err) {
    actions.error(`schemagate: cannot talk to GitHub: ${errorMessage(err)}`);
  }
  // Statuses and the comment belong to a pull request: without one there is nothing to post.
  const github = pr ? repoGitHub : undefined;
  let readOnly = false;
  let broken = false;

  async function guarded(
    what: string,
    write: (g: GitHubPort, p: PullRequestInfo) => Promise<void>,
  ): Promise<void> {
    if (!github || !pr || readOnly) return;
    try {
      await write(github, pr);
    } catch (err) {
      const status = (err as { status?: number }).status;
      if (status === 403) {
        readOnly = true;
        actions.warning(
          `schemagate: no permission to write ${what} (read-only token, e.g. a pull request from a fork); the report is in the job summary`,
        );
        return;
      }
      broken = true;
      actions.error(`schemagate: could not write ${what}: ${errorMessage(err)}`);
    }
  }

  return {
    github,
    repoGitHub,
    pr,
    status: (stage, state, description) =>
      guarded('the commit status', (g, p) =>
        g.setStatus(p.headSha, statusContext(stage), state, cutDescription(description), run.runUrl),
      ),
    section: (stage, markdown) =>
      guarded('the pull request comment', (g, p) => g.upsertCommentSection(p.number, stage, markdown)),
    notice: () => (readOnly ? FORK_NOTICE : ''),
    failed: () => broken,
  };
}

export async function runStage(
  stage: Stage,
  deps: StageDeps,
): Promise<{ exitCode: number; outcome: StageOutcome }> {
  const { actions, env } = deps;
  const upstream = deps.upstream ?? {};
  const raw = (name: string) => actions.getInput(name).trim();
  for (const name of SECRET_INPUTS) {
    const v = raw(name);
    if (v) actions.setSecret(v);
  }
  // In the suite, the Neon branch feeds every later stage that takes a database-url.
  const input = (name: string) => {
    const v = raw(name);
    if (name === 'database-url' && !v && upstream['neon-branch.database-url'])
      return upstream['neon-branch.database-url'];
    return v;
  };
  const publisher = deps.publisher ?? createPublisher(deps);

  let outcome: StageOutcome;
  try {
    const project = loadProject({
      root: raw('working-directory') || env.GITHUB_WORKSPACE || process.cwd(),
      config: raw('config') || undefined,
      mode: raw('mode') || undefined,
      env,
      atlasEnv: raw('atlas-env') || undefined,
    });
    for (const note of project.notes ?? []) actions.info(`schemagate: ${note}`);
    const ctx: StageContext = {
      input,
      project,
      run: readRunInfo(env),
      pr: publisher.pr ?? readPullRequest(env),
      github: publisher.github,
      repoGitHub: publisher.repoGitHub,
      log: {
        info: actions.info,
        warning: actions.warning,
        error: actions.error,
        mask: actions.setSecret,
      },
      openDb: deps.openDb,
      upstream,
      now: deps.now ?? (() => new Date()),
    };
    outcome = await stage.run(ctx);
  } catch (err) {
    const message = errorMessage(err);
    actions.error(message);
    // With step debug logging on (RUNNER_DEBUG=1), the stack helps a bug report.
    if (env.RUNNER_DEBUG === '1' && err instanceof Error && err.stack) actions.info(err.stack);
    outcome = {
      state: err instanceof InputError ? 'failure' : 'error',
      description: cutDescription(message),
      section: `### ${statusContext(stage.name)}\n\n:x: ${message}\n`,
      outputs: {},
    };
  }

  for (const [name, value] of Object.entries(outcome.outputs)) actions.setOutput(name, value);
  await publisher.status(stage.name, outcome.state, outcome.description);
  await publisher.section(stage.name, outcome.section);
  // Alone, a stage writes its own summary; in the suite, the suite writes one at the end.
  if (!deps.publisher) await actions.appendSummary(publisher.notice() + outcome.section);
  actions.info(`${statusContext(stage.name)}: ${outcome.state}: ${outcome.description}`);
  const exitCode = outcome.state === 'success' && !publisher.failed() ? 0 : 1;
  return { exitCode, outcome };
}
