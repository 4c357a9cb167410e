/**
 * Normalisation and canonical form of the model, so that two databases holding the same schema
 * compare equal whatever order or history built them.
 *
 * What the introspector already guarantees: every map is keyed and sorted, lists that have no
 * meaningful order (grants, roles, options) are sorted, column positions count live columns only
 * (dropped columns leave no gap), and SQL text comes from PostgreSQL's own deparsers under an
 * empty search_path. What this module adds is the comparison form: facts that differ between
 * equal schemas (the server version, object owners, column order) are blanked unless asked for.
 * No object name is rewritten: PostgreSQL derives generated constraint and index names from the
 * table and columns, so the same schema gets the same names, and a different name is a real
 * difference a migration would have to make.
 */
import { createHash } from 'node:crypto';
import type { SchemaModel, Table, View } from './types.js';

export interface CanonicalOptions {
  /** Keep owners (default false: the dev database's role is not the production one). */
  readonly owners?: boolean;
  /** Keep table column positions (default false: column order is reported, not a change). */
  readonly columnOrder?: boolean;
  /** Keep serverVersion (default false). */
  readonly serverVersion?: boolean;
  /** Keep view definition text (default false: views compare by definitionFingerprint). */
  readonly viewText?: boolean;
  /**
   * Keep data state that is not schema: whether a materialized view has been refreshed (default
   * false: a declared `WITH NO DATA` view and a refreshed live one are the same schema).
   */
  readonly state?: boolean;
}

/** Everything kept: the form `schemagate inspect` prints. */
export const FULL: CanonicalOptions = {
  owners: true,
  columnOrder: true,
  serverVersion: true,
  viewText: true,
  state: true,
};

/** The comparison form of a model (a new object; the input is not changed). */
export function normalizeModel(model: SchemaModel, options: CanonicalOptions = {}): SchemaModel {
  const owner = <T extends { owner: string }>(o: T): T => (options.owners ? o : { ...o, owner: '' });
  const mapValues = <T>(rec: Readonly<Record<string, T>>, fn: (v: T) => T): Record<string, T> =>
    Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, fn(v)]));
  const view = <T extends View>(v: T): T => owner(options.viewText ? v : { ...v, definition: '' });
  const table = (t: Table): Table =>
    owner(options.columnOrder ? t : { ...t, columns: mapValues(t.columns, (c) => ({ ...c, position: 0 })) });
  return {
    ...model,
    serverVersion: options.serverVersion ? model.serverVersion : 0,
    schemas: mapValues(model.schemas, owner),
    enums: mapValues(model.enums, owner),
    domains: mapValues(model.domains, owner),
    composites: mapValues(model.composites, owner),
    sequences: mapValues(model.sequences, owner),
    tables: mapValues(model.tables, table),
    views: mapValues(model.views, view),
    materializedViews: mapValues(model.materializedViews, (m) =>
      view(options.state ? m : { ...m, populated: true }),
    ),
    routines: mapValues(model.routines, owner),
    publications: mapValues(model.publications ?? {}, owner),
    defaultPrivileges: model.defaultPrivileges ?? {},
  };
}

/**
 * Model keys added after the first version, left out of the canonical JSON while empty: a schema
 * without publications or default privileges keeps the hash (and the baseline files) it had
 * before these kinds were modelled.
 */
const ADDED_LATER = ['publications', 'defaultPrivileges'] as const;

export function withoutEmptyAdditions(model: SchemaModel): Partial<SchemaModel> {
  const out: Record<string, unknown> = { ...model };
  for (const k of ADDED_LATER) {
    const v = model[k];
    if (v === undefined || Object.keys(v).length === 0) delete out[k];
  }
  return out as Partial<SchemaModel>;
}

/** JSON with object keys sorted at every level; arrays keep their (meaningful) order. */
export function stableStringify(value: unknown, indent = 0): string {
  return JSON.stringify(sortKeys(value), null, indent || undefined);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) out[k] = sortKeys((value as Record<string, unknown>)[k]);
    return out;
  }
  return value;
}

/** Canonical JSON of the comparison form (pretty-printed with `indent`). */
export function canonicalJson(model: SchemaModel, options: CanonicalOptions = {}, indent = 0): string {
  return stableStringify(withoutEmptyAdditions(normalizeModel(model, options)), indent);
}

/** sha256 (hex) of the canonical JSON: the drift baseline's fingerprint of a schema. */
export function modelHash(model: SchemaModel, options: CanonicalOptions = {}): string {
  return createHash('sha256').update(canonicalJson(model, options)).digest('hex');
}

/**
 * Normalises SQL text printed by the server (view and function definitions): line endings,
 * trailing whitespace on each line, surrounding blank space and a trailing semicolon. Whitespace
 * inside lines is kept, since it can be part of a string literal.
 */
export function normalizeSqlText(sql: string): string {
  return sql
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim()
    .replace(/;$/, '')
    .trimEnd();
}
