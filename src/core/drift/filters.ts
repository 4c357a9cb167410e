/**
 * drift.schemas, drift.ignore_tables and drift.critical_tables applied to a model before it is
 * compared (so the fix SQL never touches an ignored table), and the critical mark afterwards.
 */
import { ConfigError } from '../errors.js';
import { relKey } from '../model/ids.js';
import type { SchemaModel } from '../model/types.js';
import type { Difference } from './types.js';

export interface DriftFilters {
  /** Schemas compared; empty: every schema. */
  readonly schemas: readonly string[];
  /** Table (and view) names ignored; matched against `name` and `schema.name`. */
  readonly ignoreTables: readonly RegExp[];
  /** Tables always compared, even when ignored by a pattern; drift there fails in every mode. */
  readonly criticalTables: readonly string[];
  /** Bookkeeping tables of migration tools (exact names): ignored, and not listed as excluded. */
  readonly bookkeeping?: readonly RegExp[];
}

export const NO_FILTERS: DriftFilters = { schemas: [], ignoreTables: [], criticalTables: [] };

/** Builds the filters from drift.* config; a bad pattern is a ConfigError naming it. */
export function driftFilters(
  drift: { ignore_tables: readonly string[]; critical_tables: readonly string[]; schemas: readonly string[] },
  configFile = 'schemagate.yml',
  extraIgnored: readonly string[] = [],
): DriftFilters {
  const ignoreTables = drift.ignore_tables.map((p, i) => {
    try {
      return new RegExp(p);
    } catch (err) {
      throw new ConfigError(
        configFile,
        `drift.ignore_tables[${i}]`,
        `invalid regular expression ${JSON.stringify(p)}: ${(err as Error).message}`,
      );
    }
  });
  const exact = extraIgnored.map((name) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  return {
    schemas: [...drift.schemas],
    ignoreTables: [...ignoreTables, ...exact],
    criticalTables: [...drift.critical_tables],
    bookkeeping: exact,
  };
}

export function isCriticalTable(filters: DriftFilters, schema: string, name: string): boolean {
  return filters.criticalTables.some((c) => c === name || c === `${schema}.${name}`);
}

function isIgnoredRelation(filters: DriftFilters, schema: string, name: string): boolean {
  if (isCriticalTable(filters, schema, name)) return false;
  return filters.ignoreTables.some((re) => re.test(name) || re.test(`${schema}.${name}`));
}

function inSchemas(filters: DriftFilters, schema: string | null): boolean {
  return filters.schemas.length === 0 || schema === null || filters.schemas.includes(schema);
}

function keep<T>(map: Readonly<Record<string, T>>, ok: (v: T) => boolean): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(map)) if (ok(v)) out[k] = v;
  return out;
}

/** Tables and views the filters leave out of `model` (not bookkeeping tables), sorted. */
export function excludedRelations(model: SchemaModel, filters: DriftFilters): string[] {
  const out: string[] = [];
  for (const group of [model.tables, model.views, model.materializedViews])
    for (const r of Object.values(group)) {
      if (filters.bookkeeping?.some((re) => re.test(r.name) || re.test(`${r.schema}.${r.name}`))) continue;
      if (!inSchemas(filters, r.schema) || isIgnoredRelation(filters, r.schema, r.name))
        out.push(relKey(r.schema, r.name));
    }
  return out.sort();
}

/** The part of `model` the drift check looks at. */
export function filterModel(model: SchemaModel, filters: DriftFilters): SchemaModel {
  if (filters.schemas.length === 0 && filters.ignoreTables.length === 0) return model;
  const ignoredKeys = new Set<string>();
  const relOk = (r: { schema: string; name: string }) => {
    const ok = inSchemas(filters, r.schema) && !isIgnoredRelation(filters, r.schema, r.name);
    if (!ok) ignoredKeys.add(relKey(r.schema, r.name));
    return ok;
  };
  const tables = keep(model.tables, relOk);
  const views = keep(model.views, relOk);
  const materializedViews = keep(model.materializedViews, relOk);
  const inScope = (o: { schema: string }) => inSchemas(filters, o.schema);
  return {
    ...model,
    schemas: keep(model.schemas, (s) => inSchemas(filters, s.name)),
    extensions: model.extensions,
    enums: keep(model.enums, inScope),
    domains: keep(model.domains, inScope),
    composites: keep(model.composites, inScope),
    sequences: keep(model.sequences, (s) => inScope(s) && !(s.ownedBy && ignoredKeys.has(s.ownedBy.table))),
    tables,
    indexes: keep(model.indexes, (i) => inScope(i) && !ignoredKeys.has(i.table)),
    views,
    materializedViews,
    routines: keep(model.routines, inScope),
    // Database-wide objects: only their parts inside the compared tables and schemas.
    publications: Object.fromEntries(
      Object.entries(model.publications ?? {}).map(([k, p]) => [
        k,
        {
          ...p,
          tables: keep(p.tables, (e) => !ignoredKeys.has(e.table)),
          schemas: p.schemas.filter((s) => inSchemas(filters, s)),
        },
      ]),
    ),
    defaultPrivileges: keep(model.defaultPrivileges ?? {}, (d) => inSchemas(filters, d.schema)),
    unsupported: model.unsupported.filter(
      (u) =>
        inSchemas(filters, u.id.schema) &&
        !(u.id.schema !== null && u.id.table !== null && ignoredKeys.has(relKey(u.id.schema, u.id.table))),
    ),
  };
}

/** Marks differences on critical tables (found in either model). */
export function markCritical(
  diffs: readonly Difference[],
  filters: DriftFilters,
  ...models: SchemaModel[]
): Difference[] {
  if (filters.criticalTables.length === 0) return [...diffs];
  const critical = new Set<string>();
  for (const m of models) {
    for (const rel of [
      ...Object.values(m.tables),
      ...Object.values(m.views),
      ...Object.values(m.materializedViews),
    ]) {
      if (isCriticalTable(filters, rel.schema, rel.name)) critical.add(relKey(rel.schema, rel.name));
    }
  }
  return diffs.map((d) => (d.table !== null && critical.has(d.table) ? { ...d, critical: true } : d));
}
