/**
 * Mode changes (canary -> strict) between two config texts, the schema bundle hash and the bypass
 * follow-up time. The audit log table itself is auditLog.ts.
 */
import { createHash } from 'node:crypto';
import { parseConfig } from '../config/index.js';
import { byteOrder } from './order.js';
import type { DriftMode } from './types.js';

export interface ModeChange {
  readonly from: DriftMode;
  readonly to: DriftMode;
}

export const BYPASS_FOLLOW_UP_HOURS = 24;

/** Mode in a schemagate.yml text (canary when absent or unreadable, as the defaults say). */
export function modeOf(configText: string | undefined, file: string): DriftMode {
  if (configText === undefined) return 'canary';
  return parseConfig(configText, file).mode;
}

/**
 * The mode change between the base and head config texts, or null when there is none. Without a
 * config at the base the repository is adopting schemagate, not moving between modes.
 */
export function detectModeChange(
  baseText: string | undefined,
  headText: string | undefined,
  file: string,
): ModeChange | null {
  if (baseText === undefined) return null;
  let from: DriftMode;
  try {
    from = modeOf(baseText, file);
  } catch {
    // An unreadable base config cannot be the start of a promotion we could verify.
    return null;
  }
  const to = modeOf(headText, file);
  return from === to ? null : { from, to };
}

/** SHA-256 over the schema files: each name (sorted bytewise), a NUL, its bytes, a NUL. */
export function bundleHash(files: readonly { name: string; content: string | Uint8Array }[]): string {
  const h = createHash('sha256');
  for (const f of [...files].sort((a, b) => byteOrder(a.name, b.name))) {
    h.update(f.name);
    h.update('\0');
    h.update(f.content);
    h.update('\0');
  }
  return h.digest('hex');
}

export function followUpDue(at: Date): Date {
  return new Date(at.getTime() + BYPASS_FOLLOW_UP_HOURS * 3600_000);
}
