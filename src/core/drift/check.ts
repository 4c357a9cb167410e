/**
 * One drift check: each configured pair of states compared after the filters, critical tables
 * marked, the result decided by mode, and the fix SQL asked of the planner in the direction that
 * makes the checked state match the reference.
 */
import type { SchemaModel } from '../model/types.js';
import { schemaHash } from './baseline.js';
import { compareModels } from './compare.js';
import { countDifferences, type DriftCounts, decide, type StrictBlocks } from './decide.js';
import { type DriftFilters, excludedRelations, filterModel, markCritical } from './filters.js';
import {
  type Difference,
  type DriftMode,
  type DriftPair,
  type DriftResult,
  type DriftState,
  pairSubject,
  STATE_LABELS,
} from './types.js';

/** SQL that turns `from` into `to` (the engine's planDiff rendered), and what it cannot express. */
export type FixPlanner = (
  from: SchemaModel,
  to: SchemaModel,
) => { sql: string; unsupported: readonly string[] };

export interface FixSuggestion {
  /** What running the SQL achieves, e.g. `make the live database match the migrations`. */
  readonly purpose: string;
  /** Empty when no SQL applies (the checked state is a file). */
  readonly sql: string;
  readonly unsupported: readonly string[];
  /** Extra advice, e.g. how to write it as a migration or refresh the baseline. */
  readonly note: string | null;
}

export interface PairCheck {
  readonly pair: DriftPair;
  readonly subject: string;
  readonly result: DriftResult;
  readonly differences: readonly Difference[];
  readonly counts: DriftCounts;
  readonly leftHash: string;
  readonly rightHash: string;
  readonly fix: FixSuggestion | null;
  /** Tables and views the filters excluded from this comparison (either side), for review. */
  readonly excluded: readonly string[];
}

export function parsePair(text: string): DriftPair | null {
  const m =
    /^\s*(declared|replayed|live|baseline)\s*(?::|-vs-|\svs\s)\s*(declared|replayed|live|baseline)\s*$/.exec(
      text,
    );
  return m && m[1] !== m[2] ? { left: m[1] as DriftState, right: m[2] as DriftState } : null;
}

/**
 * Default pairs: declared vs replayed; the live database against the migrations (or, without
 * migrations, against the declared schema); the baseline against live, else the migrations, else
 * the declared schema.
 */
export function defaultPairs(have: {
  declared: boolean;
  replayed: boolean;
  live: boolean;
  baseline: boolean;
}): DriftPair[] {
  const pairs: DriftPair[] = [];
  if (have.declared && have.replayed) pairs.push({ left: 'declared', right: 'replayed' });
  const source: DriftState | null = have.replayed ? 'replayed' : have.declared ? 'declared' : null;
  if (have.live && source) pairs.push({ left: source, right: 'live' });
  const checked: DriftState | null = have.live ? 'live' : source;
  if (have.baseline && checked) pairs.push({ left: 'baseline', right: checked });
  return pairs;
}

function fixFor(
  pair: DriftPair,
  left: SchemaModel,
  right: SchemaModel,
  planner: FixPlanner | undefined,
): FixSuggestion {
  const refresh =
    'If the change is intended, refresh the baseline instead: `schemagate baseline refresh` (the previous file is kept as a timestamped backup) and commit it.';
  if (pair.right === 'baseline' || pair.right === 'declared') {
    // A file cannot be migrated: the fix is to edit or regenerate it.
    return {
      purpose: `make the ${STATE_LABELS[pair.right]} match the ${STATE_LABELS[pair.left]}`,
      sql: '',
      unsupported: [],
      note:
        pair.right === 'baseline'
          ? 'Regenerate the baseline: `schemagate baseline refresh`, then commit it.'
          : `Edit the declared schema files so they describe the ${STATE_LABELS[pair.left]}.`,
    };
  }
  const plan = planner
    ? planner(right, left)
    : { sql: '', unsupported: ['the diff engine is not available in this build'] };
  const note =
    pair.right === 'replayed'
      ? 'Add this as a new migration (`schemagate new <name>` writes it), so that the migrations produce the declared schema.'
      : pair.left === 'baseline'
        ? refresh
        : null;
  return {
    purpose: `make the ${STATE_LABELS[pair.right]} match the ${STATE_LABELS[pair.left]}`,
    sql: plan.sql,
    unsupported: plan.unsupported,
    note,
  };
}

export function checkPair(
  pair: DriftPair,
  left: SchemaModel,
  right: SchemaModel,
  options: { filters: DriftFilters; mode: DriftMode; strictBlocks?: StrictBlocks; planner?: FixPlanner },
): PairCheck {
  const l = filterModel(left, options.filters);
  const r = filterModel(right, options.filters);
  const differences = markCritical(compareModels(l, r), options.filters, l, r);
  return {
    pair,
    subject: pairSubject(pair),
    result: decide(differences, options.mode, options.strictBlocks),
    differences,
    counts: countDifferences(differences),
    leftHash: schemaHash(l),
    rightHash: schemaHash(r),
    fix: differences.length > 0 ? fixFor(pair, l, r, options.planner) : null,
    excluded: [
      ...new Set([...excludedRelations(left, options.filters), ...excludedRelations(right, options.filters)]),
    ].sort(),
  };
}

/** The worst result of all pairs; a failing check becomes `bypassed` when the bypass label is on. */
export function overallResult(pairs: readonly PairCheck[], bypass: boolean): DriftResult {
  const rank: Record<DriftResult, number> = { pass: 0, drift: 1, bypassed: 2, fail: 3 };
  const worst = pairs.reduce<DriftResult>((w, p) => (rank[p.result] > rank[w] ? p.result : w), 'pass');
  return worst === 'fail' && bypass ? 'bypassed' : worst;
}

/** One line per difference, for the audit log's "to reconcile" list and the CLI. */
export function describeDifference(d: Difference): string {
  return `${d.change} ${d.kind} ${d.object}${d.fields.length > 0 ? ` (${d.fields.join(', ')})` : ''}${d.critical ? ' [critical]' : ''}`;
}
