/**
 * The compatibility class of a difference, read as the change from the reference state (left) to
 * the checked state (right): what appeared in the checked state is an addition, what it lacks is a
 * removal. Additive changes (a new table, a nullable or defaulted column, an index, a view) keep
 * every existing reader and writer working; removals, type changes, renames (a removal plus an
 * addition), a new NOT NULL without a default and new or narrowed constraints do not.
 */
import type { Column, SchemaModel } from '../model/types.js';
import type { DriftChange } from './types.js';

export type Compatibility = 'compatible' | 'breaking';

/** Added objects of these kinds restrict what clients may write: adding one is breaking. */
const NARROWING_KINDS = new Set(['constraint', 'policy', 'rule', 'trigger', 'domain']);
/** Properties whose change alone never breaks a client. */
const HARMLESS_FIELDS = new Set(['comment']);

export function defaultCompatibility(
  kind: string,
  change: DriftChange,
  fields: readonly string[],
): Compatibility {
  if (change === 'missing') return 'breaking';
  if (change === 'extra') return NARROWING_KINDS.has(kind) ? 'breaking' : 'compatible';
  return fields.every((f) => HARMLESS_FIELDS.has(f)) ? 'compatible' : 'breaking';
}

/** A column: adding one that is NOT NULL without a default breaks writers; relaxing NOT NULL and changing the default do not. */
export function columnCompatibility(
  change: DriftChange,
  l: Column | undefined,
  r: Column | undefined,
  fields: readonly string[],
): Compatibility {
  if (change === 'missing') return 'breaking';
  if (change === 'extra')
    return r?.notNull && r.default === null && r.identity === null && r.generated === null
      ? 'breaking'
      : 'compatible';
  const relaxed = l !== undefined && r !== undefined && l.notNull && !r.notNull;
  return fields.every((f) => HARMLESS_FIELDS.has(f) || f === 'default' || (f === 'notNull' && relaxed))
    ? 'compatible'
    : 'breaking';
}

/** An enum: new labels that keep the old ones in their order are compatible. */
export function enumCompatibility(
  change: DriftChange,
  l: SchemaModel['enums'][string] | undefined,
  r: SchemaModel['enums'][string] | undefined,
  fields: readonly string[],
): Compatibility {
  if (change !== 'changed' || !l || !r) return defaultCompatibility('enum', change, fields);
  let at = 0;
  for (const label of r.labels) if (label === l.labels[at]) at++;
  const kept = at === l.labels.length;
  return kept && fields.every((f) => HARMLESS_FIELDS.has(f) || f === 'labels') ? 'compatible' : 'breaking';
}
