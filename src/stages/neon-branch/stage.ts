/**
 * neon-branch: a Neon branch per pull request. `create` (default) creates or reuses it and
 * outputs its connection URI (masked first); `delete` removes it when the PR closes; `cleanup`
 * removes the branches of closed PRs and expired ones.
 */
import { InputError } from '../../core/errors.js';
import { neonApiPort } from '../../neon/apiPort.js';
import {
  cleanupBranches,
  deleteBranchById,
  deleteBranchNamed,
  ensureBranch,
  findBranchById,
  findBranchByName,
  findParent,
  type LifecycleDeps,
  resetToParent,
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
      // A fork's pull request gets no secrets: skip (neutral) and let the later stages replay on
      // the embedded database. A missing key on a same-repository PR is still an error.
      if (ctx.pr?.isFork && !ctx.input('neon-api-key')) return forkSkipped();
      const settings = readNeonSettings(ctx);
      const log = (m: string) => ctx.log.info(m);
      const lifecycle: LifecycleDeps = { neon: deps.port(settings, deps.sleep, log), sleep: deps.sleep, log };
      try {
        if (settings.action === 'cleanup') return await cleanup(ctx, settings, lifecycle);
        if (settings.action === 'delete') return await remove(ctx, settings, lifecycle);
        if (settings.action === 'reset') return await reset(ctx, settings, lifecycle);
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
  let expiry = s.expiresAt;
  try {
    expiry ??= expiresAt(ctx.now(), s.expiresInMs);
  } catch (err) {
    throw new InputError(`input expires-in (or neon.expires_in): ${(err as Error).message}`);
  }
  const shape = {
    ...(expiry ? { expiresAt: expiry } : {}),
    ...(s.initSource ? { initSource: s.initSource } : {}),
    ...(s.suspendTimeoutSeconds !== undefined ? { suspendTimeoutSeconds: s.suspendTimeoutSeconds } : {}),
  };
  const result = await ensureBranch(lifecycle, {
    name,
    ...(s.parent ? { parent: s.parent } : {}),
    ...shape,
    reset: s.reset === 'true',
  });
  let branch = result.branch;
  const uri = await lifecycle.neon.connectionUri(branch.id, s.database, s.role);
  maskUri(ctx, uri);
  let current = uri;
  const auto =
    s.reset === 'auto' && !result.created
      ? await autoReset(ctx, uri, async () => {
          branch = await resetToParent(lifecycle, branch, result.parent, shape);
          if (branch.id === result.branch.id) return uri;
          current = await lifecycle.neon.connectionUri(branch.id, s.database, s.role);
          maskUri(ctx, current);
          return current;
        })
      : undefined;
  const connection = await connectionOutputs(ctx, lifecycle, s, branch.id, current);
  const wasReset = result.reset || Boolean(auto?.reset);
  const verb = result.created ? 'created' : wasReset ? 'reused and reset to its parent' : 'reused';
  const description = `Branch ${name} ${verb}`;
  const expires = expiry && result.created ? `; expires ${expiry}` : '';
  const kind = s.initSource === 'schema-only' ? ' (schema only, no data)' : '';
  const head = `### schemagate/neon-branch\n\n`;
  const extra = auto?.lines.length ? `\n${auto.lines.join('\n\n')}\n` : '';
  const ids = { 'branch-id': branch.id, 'branch-name': name, created: String(result.created) };
  if (auto?.outOfOrder) {
    return {
      state: 'failure',
      description: `Branch ${name}: migrations out of order`,
      section: `${head}:x: Neon branch \`${name}\` (\`${branch.id}\`) ${verb}, but this pull request's migrations are ${auto.outOfOrder}\n${extra}`,
      outputs: ids,
    };
  }
  return {
    state: 'success',
    description,
    section: `${head}:white_check_mark: Neon branch \`${name}\` (\`${branch.id}\`)${kind} ${verb}${expires}. Database \`${s.database}\` as role \`${s.role}\`.\n${extra}`,
    outputs: { ...connection, ...ids },
  };
}

/**
 * The connection outputs, named after Neon's create-branch action (docs/actions/neon-branch.md
 * maps them). `database-url` is the direct URI: migrations take a session-level advisory lock,
 * which a transaction-mode pooler cannot keep. Everything secret is masked before it is output.
 */
async function connectionOutputs(
  ctx: StageContext,
  lifecycle: LifecycleDeps,
  s: NeonSettings,
  branchId: string,
  direct: string,
): Promise<Record<string, string>> {
  const pooled = await lifecycle.neon.connectionUri(branchId, s.database, s.role, { pooled: true });
  maskUri(ctx, pooled);
  const parsed = (uri: string) => {
    try {
      const u = new URL(uri);
      return { host: u.hostname, password: decodeURIComponent(u.password) };
    } catch {
      return { host: '', password: '' };
    }
  };
  return {
    'database-url': direct,
    'database-url-pooled': pooled,
    'database-host': parsed(direct).host,
    'database-host-pooled': parsed(pooled).host,
    password: parsed(direct).password,
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
  // By id (as Neon's delete-branch action), or the PR's branch by name.
  const name = s.branchId ?? branchNameFor(s.branchTemplate, prNumber(ctx, 'delete'));
  const result = s.branchId
    ? await deleteBranchById(lifecycle, s.branchId)
    : await deleteBranchNamed(lifecycle, name);
  const text = result === 'deleted' ? `Branch ${name} deleted` : `Branch ${name} was already gone`;
  return {
    state: 'success',
    description: text,
    section: `### schemagate/neon-branch\n\n:wastebasket: ${text}.\n`,
    outputs: { 'branch-name': s.branchId ? '' : name, created: 'false' },
  };
}

/** neon-action reset: the branch (by id, or the PR's) back to its parent's current state. */
async function reset(ctx: StageContext, s: NeonSettings, lifecycle: LifecycleDeps): Promise<StageOutcome> {
  const target = s.branchId
    ? await findBranchById(lifecycle.neon, s.branchId)
    : await findBranchByName(lifecycle.neon, branchNameFor(s.branchTemplate, prNumber(ctx, 'reset')));
  const label = s.branchId ?? branchNameFor(s.branchTemplate, prNumber(ctx, 'reset'));
  if (!target)
    throw new InputError(
      `neon-action reset: Neon has no branch ${JSON.stringify(label)}${s.branchId ? ': check the branch-id input' : ''}`,
    );
  const parent = await findParent(lifecycle.neon, s.parent);
  const branch = await resetToParent(lifecycle, target, parent, {
    ...(s.initSource ? { initSource: s.initSource } : {}),
    ...(s.suspendTimeoutSeconds !== undefined ? { suspendTimeoutSeconds: s.suspendTimeoutSeconds } : {}),
  });
  const uri = await lifecycle.neon.connectionUri(branch.id, s.database, s.role);
  maskUri(ctx, uri);
  const connection = await connectionOutputs(ctx, lifecycle, s, branch.id, uri);
  const text = `Branch ${target.name} reset to its parent`;
  return {
    state: 'success',
    description: text,
    section: `### schemagate/neon-branch\n\n:recycle: ${text} (\`${branch.id}\`).\n`,
    outputs: { ...connection, 'branch-id': branch.id, 'branch-name': target.name, created: 'false' },
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

export const FORK_SKIP =
  'skipped: pull request from a fork gets no secrets (no Neon API key); later stages replay on the embedded database';

function forkSkipped(): StageOutcome {
  return {
    state: 'success',
    neutral: true,
    description: FORK_SKIP,
    section: `### schemagate/neon-branch\n\n:fast_forward: ${FORK_SKIP[0].toUpperCase()}${FORK_SKIP.slice(1)}.\n`,
    outputs: {},
  };
}
