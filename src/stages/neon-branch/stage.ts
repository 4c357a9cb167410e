/**
 * neon-branch: a Neon branch per pull request. `create` (default) creates or reuses it and
 * outputs its connection URI (masked first); `delete` removes it when the PR closes; `cleanup`
 * removes the branches of closed PRs and expired ones.
 */
import { InputError } from '../../core/errors.js';
import { neonApiPort } from '../../neon/apiPort.js';
import {
  cleanupBranches,
  deleteBranchNamed,
  ensureBranch,
  type LifecycleDeps,
} from '../../neon/lifecycle.js';
import { branchNameFor, expiresAt } from '../../neon/naming.js';
import { NeonInputError, type NeonPort } from '../../neon/port.js';
import { realSleep, type Sleep } from '../../neon/retry.js';
import type { Stage, StageContext, StageOutcome } from '../types.js';
import { autoReset } from './resetAuto.js';
import { type NeonSettings, readNeonSettings } from './settings.js';

export interface NeonStageDeps {
  readonly port: (settings: NeonSettings, sleep: Sleep, log: (m: string) => void) => NeonPort;
  readonly sleep: Sleep;
}

const defaultDeps: NeonStageDeps = {
  port: (s, sleep, log) =>
    neonApiPort({
      apiKey: s.apiKey,
      projectId: s.projectId,
      apiHost: s.apiHost,
      retry: {
        sleep,
        onRetry: (why, ms, n) => log(`Neon: ${why}; retry ${n} in ${Math.round(ms / 100) / 10} s`),
      },
    }),
  sleep: realSleep,
};

export function createNeonBranchStage(deps: NeonStageDeps = defaultDeps): Stage {
  return {
    name: 'neon-branch',
    async run(ctx) {
      const settings = readNeonSettings(ctx);
      const log = (m: string) => ctx.log.info(m);
      const lifecycle: LifecycleDeps = { neon: deps.port(settings, deps.sleep, log), sleep: deps.sleep, log };
      try {
        if (settings.action === 'cleanup') return await cleanup(ctx, settings, lifecycle);
        if (settings.action === 'delete') return await remove(ctx, settings, lifecycle);
        return await create(ctx, settings, lifecycle);
      } catch (err) {
        // Neon named the input at fault: that is bad input (failure), not a crash.
        if (err instanceof NeonInputError) throw new InputError(err.message);
        throw err;
      }
    },
  };
}

export const stage: Stage = createNeonBranchStage();

function prNumber(ctx: StageContext, action: string): number {
  if (!ctx.pr)
    throw new InputError(
      `neon-action ${action} needs a pull_request event: the event payload has no pull request`,
    );
  return ctx.pr.number;
}

async function create(ctx: StageContext, s: NeonSettings, lifecycle: LifecycleDeps): Promise<StageOutcome> {
  const name = branchNameFor(s.branchTemplate, prNumber(ctx, 'create'));
  let expiry: string | undefined;
  try {
    expiry = expiresAt(ctx.now(), s.expiresInMs);
  } catch (err) {
    throw new InputError(`input expires-in (or neon.expires_in): ${(err as Error).message}`);
  }
  const result = await ensureBranch(lifecycle, {
    name,
    ...(s.parent ? { parent: s.parent } : {}),
    ...(expiry ? { expiresAt: expiry } : {}),
    reset: s.reset === 'true',
  });
  const uri = await lifecycle.neon.connectionUri(result.branch.id, s.database, s.role);
  maskUri(ctx, uri);
  const auto =
    s.reset === 'auto' && !result.created
      ? await autoReset(ctx, lifecycle, result.branch, result.parent, uri)
      : undefined;
  const wasReset = result.reset || Boolean(auto?.reset);
  const verb = result.created ? 'created' : wasReset ? 'reused and reset to its parent' : 'reused';
  const description = `Branch ${name} ${verb}`;
  const expires = expiry && result.created ? `; expires ${expiry}` : '';
  const head = `### schemagate/neon-branch\n\n`;
  const extra = auto?.lines.length ? `\n${auto.lines.join('\n\n')}\n` : '';
  if (auto?.outOfOrder) {
    return {
      state: 'failure',
      description: `Branch ${name}: migrations out of order`,
      section: `${head}:x: Neon branch \`${name}\` (\`${result.branch.id}\`) ${verb}, but this pull request's migrations are ${auto.outOfOrder}\n${extra}`,
      outputs: { 'branch-id': result.branch.id, 'branch-name': name, created: String(result.created) },
    };
  }
  return {
    state: 'success',
    description,
    section: `${head}:white_check_mark: Neon branch \`${name}\` (\`${result.branch.id}\`) ${verb}${expires}. Database \`${s.database}\` as role \`${s.role}\`.\n${extra}`,
    outputs: {
      'database-url': uri,
      'branch-id': result.branch.id,
      'branch-name': name,
      created: String(result.created),
    },
  };
}

/** The runner masks exact strings: mask the whole URI and its password on its own. */
function maskUri(ctx: StageContext, uri: string): void {
  ctx.log.mask(uri);
  try {
    const raw = new URL(uri).password;
    if (raw) ctx.log.mask(raw);
    if (raw && decodeURIComponent(raw) !== raw) ctx.log.mask(decodeURIComponent(raw));
  } catch {
    // Not a URL: the whole string is masked already.
  }
}

async function remove(ctx: StageContext, s: NeonSettings, lifecycle: LifecycleDeps): Promise<StageOutcome> {
  const name = branchNameFor(s.branchTemplate, prNumber(ctx, 'delete'));
  const result = await deleteBranchNamed(lifecycle, name);
  const text = result === 'deleted' ? `Branch ${name} deleted` : `Branch ${name} was already gone`;
  return {
    state: 'success',
    description: text,
    section: `### schemagate/neon-branch\n\n:wastebasket: ${text}.\n`,
    outputs: { 'branch-name': name, created: 'false' },
  };
}

async function cleanup(ctx: StageContext, s: NeonSettings, lifecycle: LifecycleDeps): Promise<StageOutcome> {
  const github = ctx.repoGitHub ?? ctx.github;
  const prState = github?.pullRequestState?.bind(github);
  if (!prState) ctx.log.warning('neon-branch cleanup: no GitHub token, so only expired branches are deleted');
  const result = await cleanupBranches(
    lifecycle,
    s.branchTemplate,
    prState ?? (async () => 'open' as const),
    ctx.now(),
  );
  const lines = result.deleted.map(
    (d) => `- \`${d.name}\` (${d.why === 'closed' ? 'pull request closed' : 'expired'})`,
  );
  const description = `Deleted ${result.deleted.length} branch(es), kept ${result.kept}`;
  return {
    state: 'success',
    description,
    section: `### schemagate/neon-branch\n\n:broom: ${description}.\n${lines.length ? `\n${lines.join('\n')}\n` : ''}`,
    outputs: {},
  };
}
