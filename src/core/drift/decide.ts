/**
 * Whether drift fails the check: canary never fails except on a critical table; strict fails on
 * breaking differences (drift.strict_blocks: breaking, the default) or on any difference
 * (strict_blocks: any). SCHEMAGATE_MODE has already been applied to the mode by the edge.
 */
import type { Difference, DriftMode, DriftResult } from './types.js';

export interface DriftCounts {
  readonly total: number;
  readonly missing: number;
  readonly extra: number;
  readonly changed: number;
  readonly critical: number;
  /** Differences whose compatibility class is breaking. */
  readonly breaking: number;
  /** Count per object kind. */
  readonly byKind: Readonly<Record<string, number>>;
}

export function countDifferences(diffs: readonly Difference[]): DriftCounts {
  const byKind: Record<string, number> = {};
  let missing = 0;
  let extra = 0;
  let changed = 0;
  let critical = 0;
  let breaking = 0;
  for (const d of diffs) {
    if (d.compatibility === 'breaking') breaking++;
    byKind[d.kind] = (byKind[d.kind] ?? 0) + 1;
    if (d.change === 'missing') missing++;
    else if (d.change === 'extra') extra++;
    else changed++;
    if (d.critical) critical++;
  }
  return { total: diffs.length, missing, extra, changed, critical, breaking, byKind };
}

export type StrictBlocks = 'breaking' | 'any';

export function decide(
  diffs: readonly Difference[],
  mode: DriftMode,
  strictBlocks: StrictBlocks = 'breaking',
): DriftResult {
  if (diffs.length === 0) return 'pass';
  if (diffs.some((d) => d.critical)) return 'fail';
  if (mode === 'strict' && (strictBlocks === 'any' || diffs.some((d) => d.compatibility === 'breaking')))
    return 'fail';
  return 'drift';
}
