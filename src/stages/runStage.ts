/**
 * The one implementation every stage entry calls: read common inputs, load the project, run the
 * stage's own logic, then publish its outcome (outputs, commit status, comment section, job
 * summary). The only catch of the stage lives here.
 */
import { resolve } from 'node:path';
import type { Db } from '../core/db.js';
import { ConfigError, errorMessage, InputError, knownCause } from '../core/errors.js';
import type { GitHubPort, StatusState } from '../github/port.js';
import { cutDescription } from '../github/statusText.js';
import { loadProject } from '../runtime/project.js';
import type { ActionsPort } from './actionsPort.js';
import { clearStalePending, parseStagesInput, skippedDescription, skippedSection } from './enabled.js';
import { readCommitRange, readPullRequest, readRunInfo } from './event.js';
import {
  type PullRequestInfo,
  STAGES,
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
const SECRET_INPUTS = ['github-token', 'neon-api-key', 'database-url', 'stats-database-url', 'dev-url'];

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
  /** Commit the statuses go on (the PR head, or a merge group's head); undefined: none are posted. */
  readonly statusSha?: string;
  status(stage: StageName, state: StatusState, description: string): Promise<void>;
  section(stage: StageName, markdown: string): Promise<void>;
  /** Settles pending statuses a cancelled run left on the commit, except `keep`'s (see enabled.ts). */
  clearStale(keep: readonly StageName[]): Promise<void>;
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
  let readOnly = false;
  let broken = false;
  try {
    repoGitHub = token && deps.github ? deps.github(token) : undefined;
  } catch (err) {
    // Nothing can be posted: the job fails rather than leave the checks unsaid.
    broken = true;
    actions.error(`schemagate: cannot talk to GitHub: ${errorMessage(err)}`);
  }
  // The comment belongs to a pull request; statuses go on its head, or on a merge group's head
  // (the merge queue waits for the required checks there).
  const github = pr ? repoGitHub : undefined;
  const range = readCommitRange(env);
  const statusSha = pr?.headSha ?? (range?.event === 'merge_group' ? range.head : undefined);

  async function guarded(what: string, write: (g: GitHubPort) => Promise<void>): Promise<void> {
    if (!repoGitHub || readOnly) return;
    try {
      await write(repoGitHub);
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
    statusSha,
    status: (stage, state, description) =>
      statusSha
        ? guarded('the commit status', (g) =>
            g.setStatus(statusSha, statusContext(stage), state, cutDescription(description), run.runUrl),
          )
        : Promise.resolve(),
    section: (stage, markdown) =>
      pr
        ? guarded('the pull request comment', (g) => g.upsertCommentSection(pr.number, stage, markdown))
        : Promise.resolve(),
    clearStale: (keep) =>
      statusSha
        ? guarded('the commit status', async (g) => {
            await clearStalePending(g, statusSha, run.runUrl, keep, (stage, description) =>
              g.setStatus(statusSha, statusContext(stage), 'error', description, run.runUrl),
            );
          })
        : Promise.resolve(),
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
  // In the suite, the Neon branch is the pull request's database for every later stage. A
  // database-url given as well would send the PR's migrations elsewhere (users point it at
  // production): that is refused, never silently preferred.
  const neonUrl = upstream['neon-branch.database-url'];
  const input = (name: string) => {
    const v = raw(name);
    if (name === 'database-url' && neonUrl) {
      if (v && v !== neonUrl) {
        throw new ConfigError(
          'input',
          'database-url',
          'neon-branch already gives the pull request its database, so database-url must be empty in the suite (it would receive the migrations); for production row counts use stats-database-url, which is opened read-only',
        );
      }
      return neonUrl;
    }
    return v;
  };
  const publisher = deps.publisher ?? createPublisher(deps);
  // Alone, a stage cleans up after a cancelled run itself (the suite does it once for all stages).
  if (!deps.publisher) await publisher.clearStale([stage.name]);

  let outcome: StageOutcome;
  // Bad input or configuration exits 2 (as the CLI does), after the failure status is posted.
  let badInput = false;
  try {
    // working-directory, relative or absolute, is resolved against the workspace: the repository.
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const project = loadProject({
      root: resolve(workspace, raw('working-directory') || '.'),
      repoRoot: env.GITHUB_WORKSPACE || undefined,
      rootKey: 'input working-directory',
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
      range: readCommitRange(env),
      github: publisher.github,
      repoGitHub: publisher.repoGitHub,
      log: {
        info: actions.info,
        warning: actions.warning,
        error: actions.error,
        mask: actions.setSecret,
      },
      openDb: deps.openDb,
      inSuite: Boolean(deps.publisher),
      upstream,
      now: deps.now ?? (() => new Date()),
    };
    outcome = await stage.run(ctx);
  } catch (err) {
    const message = errorMessage(err);
    // The cause decides, as in the CLI: a refused connection is bad input even when wrapped.
    const known = knownCause(err);
    badInput = known instanceof InputError;
    actions.error(message);
    // With step debug logging on (RUNNER_DEBUG=1), the stack helps a bug report.
    if (env.RUNNER_DEBUG === '1' && err instanceof Error && err.stack) actions.info(err.stack);
    outcome = {
      state: badInput ? 'failure' : 'error',
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
  if (outcome.badInput) badInput = true;
  const exitCode = badInput ? 2 : outcome.state === 'success' && !publisher.failed() ? 0 : 1;
  // Alone, a failing stage stops the job: settle the later enabled stages so none waits forever.
  if (!deps.publisher && outcome.state !== 'success') await settleLater(stage.name, actions, publisher);
  return { exitCode, outcome };
}

async function settleLater(failed: StageName, actions: ActionsPort, publisher: Publisher): Promise<void> {
  let enabled: StageName[];
  try {
    enabled = parseStagesInput(actions.getInput('stages').trim());
  } catch (err) {
    actions.error(errorMessage(err));
    enabled = [...STAGES];
  }
  for (const later of enabled.slice(enabled.indexOf(failed) + 1)) {
    if (!enabled.includes(failed)) break;
    await publisher.status(later, 'error', skippedDescription(failed));
    await publisher.section(later, skippedSection(later, failed));
  }
}
