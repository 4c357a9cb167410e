/**
 * Whether drift fails the check: canary never fails except on a critical table; strict fails on
 * any drift. SCHEMAGATE_MODE has already been applied to the mode by the edge.
 */
import type { Difference, DriftMode, DriftResult } from './types.js';

export interface DriftCounts {
  readonly total: number;
  readonly missing: number;
  readonly extra: number;
  readonly changed: number;
  readonly critical: number;
  /** Count per object kind. */
  readonly byKind: Readonly<Record<string, number>>;
}

export function countDifferences(diffs: readonly Difference[]): DriftCounts {
  const byKind: Record<string, number> = {};
  let missing = 0;
  let extra = 0;
  let changed = 0;
  let critical = 0;
  for (const d of diffs) {
    byKind[d.kind] = (byKind[d.kind] ?? 0) + 1;
    if (d.change === 'missing') missing++;
    else if (d.change === 'extra') extra++;
    else changed++;
    if (d.critical) critical++;
  }
  return { total: diffs.length, missing, extra, changed, critical, byKind };
}

export function decide(diffs: readonly Difference[], mode: DriftMode): DriftResult {
  if (diffs.length === 0) return 'pass';
  if (mode === 'strict' || diffs.some((d) => d.critical)) return 'fail';
  return 'drift';
}
