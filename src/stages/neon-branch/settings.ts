/** The inputs of neon-branch, read and validated once into a typed object. */
import { parseDuration } from '../../core/config/index.js';
import { InputError } from '../../core/errors.js';
import type { ResetMode } from '../../runtime/prBranchReset.js';
import type { StageContext } from '../types.js';

export interface NeonSettings {
  readonly action: 'create' | 'delete' | 'cleanup' | 'reset';
  /** Input branch-id: delete or reset exactly this branch instead of the PR's. */
  readonly branchId?: string;
  /** Input expires-at (RFC 3339), instead of expires-in. */
  readonly expiresAt?: string;
  readonly suspendTimeoutSeconds?: number;
  readonly initSource?: 'schema-only';
  readonly apiKey: string;
  readonly projectId: string;
  readonly apiHost: string;
  readonly parent?: string;
  readonly branchTemplate: string;
  readonly expiresInMs: number;
  /** auto: reset when the PR's own migrations were edited or the base moved; true: always; false: never. */
  readonly reset: ResetMode;
  readonly database: string;
  readonly role: string;
}

export const DEFAULT_API_HOST = 'https://console.neon.tech/api/v2';

export function readBoolean(ctx: StageContext, name: string, fallback: boolean): boolean {
  const raw = ctx.input(name).toLowerCase();
  if (raw === '') return fallback;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw new InputError(`input ${name} must be true or false, got ${JSON.stringify(ctx.input(name))}`);
}

function readResetMode(ctx: StageContext): ResetMode {
  const raw = ctx.input('reset').toLowerCase();
  if (raw === '') return 'auto';
  if (raw === 'auto' || raw === 'true' || raw === 'false') return raw;
  throw new InputError(`input reset must be auto, true or false, got ${JSON.stringify(ctx.input('reset'))}`);
}

export function readNeonSettings(ctx: StageContext): NeonSettings {
  const neon = ctx.project.config.neon;
  const where = ctx.project.configFile ?? 'schemagate.yml';
  const action = ctx.input('neon-action') || 'create';
  if (action !== 'create' && action !== 'delete' && action !== 'cleanup' && action !== 'reset') {
    throw new InputError(
      `input neon-action must be create, delete, reset or cleanup, got ${JSON.stringify(action)}`,
    );
  }
  const apiKey = ctx.input('neon-api-key');
  if (!apiKey) {
    throw new InputError(
      'input neon-api-key is required: pass the Neon API key from a repository secret (secrets.NEON_API_KEY)',
    );
  }
  ctx.log.mask(apiKey);
  const projectId = ctx.input('neon-project-id') || neon.project_id;
  if (!projectId)
    throw new InputError(`input neon-project-id is required (or set neon.project_id in ${where})`);
  const branchTemplate = ctx.input('branch-name') || neon.branch_name;
  if (!branchTemplate.includes('{number}')) {
    throw new InputError(
      `input branch-name (or neon.branch_name) must contain {number}, got ${JSON.stringify(branchTemplate)}: every PR needs its own branch`,
    );
  }
  const rawExpiry = ctx.input('expires-in');
  let expiresInMs: number;
  try {
    expiresInMs = parseDuration(rawExpiry || neon.expires_in);
  } catch {
    throw new InputError(
      `input expires-in must be a duration such as 7d or 12h, got ${JSON.stringify(rawExpiry)}`,
    );
  }
  const parent = ctx.input('parent-branch') || neon.parent_branch;
  const branchId = ctx.input('branch-id');
  const expiresAtInput = readExpiresAt(ctx);
  const suspend = readSuspendTimeout(ctx);
  const initSource = ctx.input('init-source') || 'parent-data';
  if (initSource !== 'parent-data' && initSource !== 'schema-only')
    throw new InputError(
      `input init-source must be parent-data or schema-only, got ${JSON.stringify(initSource)}`,
    );
  return {
    action,
    ...(branchId ? { branchId } : {}),
    ...(expiresAtInput ? { expiresAt: expiresAtInput } : {}),
    ...(suspend !== undefined ? { suspendTimeoutSeconds: suspend } : {}),
    ...(initSource === 'schema-only' ? { initSource } : {}),
    apiKey,
    projectId,
    apiHost: ctx.input('api-host') || DEFAULT_API_HOST,
    ...(parent ? { parent } : {}),
    branchTemplate,
    expiresInMs,
    reset: readResetMode(ctx),
    database: ctx.input('database') || neon.database,
    role: ctx.input('role') || neon.role,
  };
}

const MAX_EXPIRY_MS = 30 * 86_400_000;

/** Neon's expires_at: RFC 3339 with seconds, in the future, at most 30 days ahead. */
function readExpiresAt(ctx: StageContext): string | undefined {
  const raw = ctx.input('expires-at');
  if (!raw) return undefined;
  const ms = Date.parse(raw);
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(raw) || Number.isNaN(ms))
    throw new InputError(
      `input expires-at must be an RFC 3339 time such as 2026-12-31T18:00:00Z, got ${JSON.stringify(raw)}`,
    );
  const ahead = ms - ctx.now().getTime();
  if (ahead <= 0) throw new InputError(`input expires-at is in the past: ${raw}`);
  if (ahead > MAX_EXPIRY_MS)
    throw new InputError(`input expires-at must be at most 30 days ahead (Neon refuses later), got ${raw}`);
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Neon's suspend_timeout_seconds: -1 (never), 0 (Neon's default) or 60 to 604800. */
function readSuspendTimeout(ctx: StageContext): number | undefined {
  const raw = ctx.input('suspend-timeout');
  if (!raw) return undefined;
  const n = Number(raw);
  if (!/^-?\d+$/.test(raw) || !(n === -1 || n === 0 || (n >= 60 && n <= 604_800)))
    throw new InputError(
      `input suspend-timeout must be seconds: -1 (never), 0 (Neon's default) or 60 to 604800, got ${JSON.stringify(raw)}`,
    );
  return n;
}
