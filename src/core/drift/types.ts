/**
 * The drift domain: the four schema states, the pairs compared, and one difference between two
 * states. Pure data shared by the comparison, the filters, the decision and the report.
 */
import type { ObjectKind } from '../model/types.js';

/** declared: schema dir through the dev db; replayed: migrations on a fresh dev db; live: a URL; baseline: JSON file. */
export const DRIFT_STATES = ['declared', 'replayed', 'live', 'baseline'] as const;
export type DriftState = (typeof DRIFT_STATES)[number];

/** A comparison: `left` is the reference (what should be), `right` the state checked against it. */
export interface DriftPair {
  readonly left: DriftState;
  readonly right: DriftState;
}

export type DriftChange = 'missing' | 'extra' | 'changed';

export interface Difference {
  readonly kind: ObjectKind;
  /** Qualified key of the table (or view, sequence) the object belongs to, for grouping; null for schema-level objects. */
  readonly table: string | null;
  /** Display name of the object, e.g. `public.users.email` or `public.users_email_idx`. */
  readonly object: string;
  /** missing: in left, absent from right; extra: in right only; changed: in both, different. */
  readonly change: DriftChange;
  /** Definition text in the left (reference) state; null when missing there. */
  readonly left: string | null;
  /** Definition text in the right state; null when missing there. */
  readonly right: string | null;
  /** For `changed`: the properties that differ (e.g. `default`, `definition`). */
  readonly fields: readonly string[];
  /** On a drift.critical_tables table: fails the check in every mode. */
  readonly critical: boolean;
  /** The change from the reference to the checked state keeps clients working, or breaks them. */
  readonly compatibility: 'compatible' | 'breaking';
}

export type DriftMode = 'canary' | 'strict';

/** pass: no drift; drift: drift reported but the status passes (canary); fail: the status fails. */
export type DriftResult = 'pass' | 'drift' | 'fail' | 'bypassed';

export const STATE_LABELS: Readonly<Record<DriftState, string>> = {
  declared: 'declared schema',
  replayed: 'migrations',
  live: 'live database',
  baseline: 'baseline',
};

export function pairSubject(pair: DriftPair): string {
  return `${pair.left}-vs-${pair.right}`;
}

export function pairTitle(pair: DriftPair): string {
  return `${STATE_LABELS[pair.left]} vs ${STATE_LABELS[pair.right]}`;
}
