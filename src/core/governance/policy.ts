/**
 * Which governance rules decide a promotion to strict: those of the config before the promotion
 * (the pull request's base, or the commit before the one that set strict), so that a pull request
 * cannot pick its own approvers; for the canary window the longer of the two wins. Old versions
 * of the file are read leniently (only `governance`), so a base written for an older schemagate
 * still tells its rules. Pure.
 */
import { parse } from 'yaml';
import { parseDuration } from '../config/duration.js';
import { type Config, configSchema } from '../config/schema.js';
import type { ApproverGroup } from './approverGroups.js';

export interface PromotionPolicy {
  readonly approvers: readonly ApproverGroup[];
  readonly canaryWindowMs: number;
  /** Where the rules come from, for the report. */
  readonly source: string;
}

export type PolicyResult =
  | { readonly ok: true; readonly policy: PromotionPolicy }
  | { readonly ok: false; readonly error: string };

/**
 * `baseText` is the config before the promotion (undefined when the file did not exist there);
 * `current` is the governance section now in effect; `where` names the base (`the base commit
 * abc1234`).
 */
export function promotionPolicy(
  baseText: string | undefined,
  current: Config['governance'],
  file: string,
  where: string,
): PolicyResult {
  const currentWindow = parseDuration(current.canary_window);
  if (baseText === undefined)
    return {
      ok: true,
      policy: {
        approvers: current.approvers,
        canaryWindowMs: currentWindow,
        source: `${file} (absent at ${where})`,
      },
    };
  let doc: unknown;
  try {
    doc = parse(baseText);
  } catch (err) {
    return { ok: false, error: `${file} at ${where} is not valid YAML: ${(err as Error).message}` };
  }
  const raw = doc && typeof doc === 'object' ? (doc as { governance?: unknown }).governance : undefined;
  const parsed = configSchema.shape.governance.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = ['governance', ...issue.path.map(String)].join('.');
    return {
      ok: false,
      error: `${file} at ${where}: ${key}: ${issue.message}; the governance rules of the base decide a promotion`,
    };
  }
  return {
    ok: true,
    policy: {
      approvers: parsed.data.approvers,
      canaryWindowMs: Math.max(parseDuration(parsed.data.canary_window), currentWindow),
      source: `${file} at ${where}`,
    },
  };
}
