/** The inputs of neon-branch, read and validated once into a typed object. */
import { parseDuration } from '../../core/config/index.js';
import { InputError } from '../../core/errors.js';
import type { ResetMode } from '../../runtime/prBranchReset.js';
import type { StageContext } from '../types.js';

export interface NeonSettings {
  readonly action: 'create' | 'delete' | 'cleanup';
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
  if (action !== 'create' && action !== 'delete' && action !== 'cleanup') {
    throw new InputError(
      `input neon-action must be create, delete or cleanup, got ${JSON.stringify(action)}`,
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
  return {
    action,
    apiKey,
    projectId,
    apiHost: ctx.input('api-host') || DEFAULT_API_HOST,
    ...(parent ? { parent } : {}),
    branchTemplate,
    expiresInMs,
    reset: readResetMode(ctx),
    database: neon.database,
    role: neon.role,
  };
}
