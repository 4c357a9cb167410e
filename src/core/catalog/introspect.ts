/**
 * Reads a live database into the SchemaModel with a constant number of catalog queries (one per
 * object kind), inside one read-only REPEATABLE READ transaction so that every query sees the
 * same snapshot, with an empty search_path so that every name PostgreSQL prints is qualified.
 */
import type { Db, Queryable } from '../db.js';
import { CatalogError } from '../errors.js';
import { defaultPrivilegeKey, describeId, nameKey, objectId, relKey, routineKey } from '../model/ids.js';
import { normalizeSqlText } from '../model/normalize.js';
import { sortedRecord } from '../model/records.js';
import type {
  Column,
  CompositeType,
  Constraint,
  DefaultPrivilege,
  DefaultPrivilegeObjects,
  DomainType,
  EnumType,
  Extension,
  ForeignKeyAction,
  Index,
  IndexElement,
  MaterializedView,
  Policy,
  Publication,
  PublicationTable,
  Routine,
  Schema,
  SchemaModel,
  Sequence,
  Table,
  Trigger,
  UnsupportedObject,
  View,
  ViewColumn,
} from '../model/types.js';
import type { OnProgress } from '../progress.js';
import { loadSqlParser } from '../sql/parser.js';
import { indexDefinitions } from './indexDefinitions.js';
import { columnsQuery } from './queries/columns.js';
import { constraintsQuery } from './queries/constraints.js';
import { defaultPrivilegesQuery } from './queries/defaultPrivileges.js';
import { extensionsQuery } from './queries/extensions.js';
import { indexElementsQuery, indexesQueryFor } from './queries/indexes.js';
import { policiesQuery } from './queries/policies.js';
import { publicationsQueryFor } from './queries/publications.js';
import { routinesQuery } from './queries/routines.js';
import { schemasQuery } from './queries/schemas.js';
import { sequencesQuery } from './queries/sequences.js';
import { tablesQuery } from './queries/tables.js';
import { triggersQuery } from './queries/triggers.js';
import { typesQuery } from './queries/types.js';
import { unsupportedQuery } from './queries/unsupported.js';
import { viewsQuery } from './queries/views.js';
import { bool, grants, int, intArray, json, optStr, type Row, str, strArray } from './rows.js';
import { viewFingerprint } from './viewDefinition.js';

export interface IntrospectOptions {
  /** Only these schemas (default: every non-system schema). */
  readonly includeSchemas?: readonly string[];
  /** Never these schemas. */
  readonly excludeSchemas?: readonly string[];
  /** Tables whose `schema.name` or bare name matches are left out, with their indexes, triggers and owned sequences. */
  readonly ignoreTables?: readonly RegExp[];
  /** Kinds not read at all (config `ignore`): they are then neither compared nor planned. */
  readonly ignore?: { readonly publications?: boolean; readonly defaultPrivileges?: boolean };
  /** One event per catalog query (one per object kind), for a progress display. */
  readonly onProgress?: OnProgress;
}

type Rows = readonly Row[];

/** The object kinds read below, each counted once as it is read (indexes take two queries). */
const CATALOG_KINDS = 15;

interface CatalogRows {
  schemas: Rows;
  extensions: Rows;
  types: Rows;
  sequences: Rows;
  tables: Rows;
  columns: Rows;
  constraints: Rows;
  indexes: Rows;
  indexElements: Rows;
  views: Rows;
  routines: Rows;
  triggers: Rows;
  policies: Rows;
  publications: Rows;
  defaultPrivileges: Rows;
  unsupported: Rows;
}

export async function introspect(db: Db, options: IntrospectOptions = {}): Promise<SchemaModel> {
  const params = [
    options.includeSchemas && options.includeSchemas.length > 0 ? [...options.includeSchemas] : null,
    [...(options.excludeSchemas ?? [])],
  ];
  // The parser (view fingerprints) loads while the catalog queries run; awaited before assembly.
  const parser = loadSqlParser();
  parser.catch(() => {});
  let version = 0;
  let rows: CatalogRows;
  let definitions: ReadonlyMap<string, string>;
  try {
    ({ rows, definitions } = await db.transaction(async (tx) => {
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      await tx.query("SELECT pg_catalog.set_config('search_path', '', true)");
      // JIT compilation of the catalog joins costs far more than it saves (1.3 s vs 38 ms on 100 tables).
      await tx.query("SELECT pg_catalog.set_config('jit', 'off', true)");
      const v = await tx.query<{ v: number }>("SELECT current_setting('server_version_num')::int AS v");
      version = Number(v.rows[0].v);
      // One event per object kind read: these reads are the slow part on thousands of tables.
      const total =
        CATALOG_KINDS - (options.ignore?.publications ? 1 : 0) - (options.ignore?.defaultPrivileges ? 1 : 0);
      let done = 0;
      const report = () =>
        options.onProgress?.({ phase: 'reading catalog', done, total, unit: 'object kinds' });
      report();
      const q = async (sql: string) => {
        const rows = await run(tx, sql, params);
        done++;
        report();
        return rows;
      };
      // On a pipelining connection all go out at once, and the server runs each query while the
      // client reads the previous one's rows; elsewhere they run one after the other.
      const none = async (): Promise<Rows> => [];
      // In this order, which is also the order progress counts them in.
      const reads: Record<keyof CatalogRows, () => Promise<Rows>> = {
        schemas: () => q(schemasQuery),
        extensions: () => q(extensionsQuery),
        types: () => q(typesQuery),
        sequences: () => q(sequencesQuery),
        tables: () => q(tablesQuery),
        columns: () => q(columnsQuery),
        constraints: () => q(constraintsQuery),
        // One object kind, two queries: the columns of every index, then the indexes.
        indexElements: () => run(tx, indexElementsQuery, params),
        indexes: () => q(indexesQueryFor(version)),
        views: () => q(viewsQuery),
        routines: () => q(routinesQuery),
        triggers: () => q(triggersQuery),
        policies: () => q(policiesQuery),
        publications: options.ignore?.publications ? none : () => q(publicationsQueryFor(version)),
        defaultPrivileges: options.ignore?.defaultPrivileges ? none : () => q(defaultPrivilegesQuery),
        unsupported: () => q(unsupportedQuery),
      };
      const kinds = Object.keys(reads) as (keyof CatalogRows)[];
      const results: Rows[] = [];
      if (db.pipelines) results.push(...(await Promise.all(kinds.map((k) => reads[k]()))));
      else for (const k of kinds) results.push(await reads[k]());
      const read = Object.fromEntries(kinds.map((k, i) => [k, results[i]])) as unknown as CatalogRows;
      // In the same snapshot: the definitions pg_get_indexdef must print are asked for here.
      return { rows: read, definitions: await indexDefinitions(tx, read.indexes, read.indexElements) };
    }));
  } catch (err) {
    if (err instanceof CatalogError) throw err;
    throw new CatalogError(`reading the database catalog failed: ${(err as Error)?.message ?? String(err)}`, {
      cause: err,
    });
  }
  await parser;
  return assemble(version, rows, definitions, options.ignoreTables ?? []);
}

/** Index columns by index oid, in order: key elements, and the names of INCLUDE columns. */
function indexColumns(rows: Rows): { keys: Map<string, IndexElement[]>; include: Map<string, string[]> } {
  const keys = new Map<string, IndexElement[]>();
  const include = new Map<string, string[]>();
  for (const r of rows) {
    const oid = str(r, 'oid');
    if (!bool(r, 'is_key')) {
      const names = include.get(oid) ?? [];
      names.push(str(r, 'column'));
      include.set(oid, names);
      continue;
    }
    const elements = keys.get(oid) ?? [];
    elements.push({
      column: optStr(r, 'column'),
      expression: optStr(r, 'expression'),
      opclass: optStr(r, 'opclass'),
      collation: optStr(r, 'collation'),
      descending: bool(r, 'descending'),
      nulls: optStr(r, 'nulls') as IndexElement['nulls'],
    });
    keys.set(oid, elements);
  }
  return { keys, include };
}

function definitionOf(definitions: ReadonlyMap<string, string>, oid: string): string {
  const d = definitions.get(oid);
  if (d === undefined) throw new CatalogError(`no definition was read for index ${oid}`);
  return d;
}

async function run(tx: Queryable, sql: string, params: unknown[]): Promise<Rows> {
  // Queries that do not use every parameter would fail to infer their types; all use $1 and $2.
  return (await tx.query<Row>(sql, params)).rows;
}

const FK_ACTIONS: Record<string, ForeignKeyAction> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};
const FK_MATCH: Record<string, 'SIMPLE' | 'FULL' | 'PARTIAL'> = { s: 'SIMPLE', f: 'FULL', p: 'PARTIAL' };
const CONSTRAINT_TYPES: Record<string, Constraint['type']> = {
  p: 'primaryKey',
  u: 'unique',
  c: 'check',
  f: 'foreignKey',
  x: 'exclusion',
};
const POLICY_COMMANDS: Record<string, Policy['command']> = {
  '*': 'ALL',
  r: 'SELECT',
  a: 'INSERT',
  w: 'UPDATE',
  d: 'DELETE',
};
const ARG_MODES: Record<string, 'IN' | 'OUT' | 'INOUT' | 'VARIADIC' | 'TABLE'> = {
  i: 'IN',
  o: 'OUT',
  b: 'INOUT',
  v: 'VARIADIC',
  t: 'TABLE',
};
const VOLATILITY: Record<string, Routine['volatility']> = { i: 'IMMUTABLE', s: 'STABLE', v: 'VOLATILE' };
const PARALLEL: Record<string, Routine['parallel']> = { s: 'SAFE', r: 'RESTRICTED', u: 'UNSAFE' };

function assemble(
  serverVersion: number,
  rows: CatalogRows,
  definitions: ReadonlyMap<string, string>,
  ignore: readonly RegExp[],
): SchemaModel {
  // Asked once per table, index, trigger and generated column: the answer is kept per table.
  const verdicts = new Map<string, boolean>();
  const ignored = (schema: string, name: string) => {
    if (ignore.length === 0) return false;
    const qualified = `${schema}.${name}`;
    let verdict = verdicts.get(qualified);
    if (verdict === undefined) {
      verdict = ignore.some((re) => re.test(qualified) || re.test(name));
      verdicts.set(qualified, verdict);
    }
    return verdict;
  };
  const relRow = (r: Row, s = 'schema', n = 'rel') => relKey(str(r, s), str(r, n));
  const unsupported: UnsupportedObject[] = [];

  const schemas = sortedRecord<Schema>(
    rows.schemas.map((r) => [
      nameKey(str(r, 'name')),
      { name: str(r, 'name'), owner: str(r, 'owner'), comment: optStr(r, 'comment'), grants: grants(r) },
    ]),
  );
  const extensions = sortedRecord<Extension>(
    rows.extensions.map((r) => [
      nameKey(str(r, 'name')),
      {
        name: str(r, 'name'),
        schema: str(r, 'schema'),
        version: str(r, 'version'),
        comment: optStr(r, 'comment'),
      },
    ]),
  );

  // Columns of every relation kind, grouped by relation key, in attnum order.
  const columnsByRel = new Map<string, Row[]>();
  for (const r of rows.columns) {
    const key = relRow(r);
    const list = columnsByRel.get(key) ?? [];
    list.push(r);
    columnsByRel.set(key, list);
  }

  const enums: [string, EnumType][] = [];
  const domains: [string, DomainType][] = [];
  const composites: [string, CompositeType][] = [];
  for (const r of rows.types) {
    const schema = str(r, 'schema');
    const name = str(r, 'name');
    const key = relKey(schema, name);
    const base = { schema, name, owner: str(r, 'owner'), comment: optStr(r, 'comment'), grants: grants(r) };
    const typtype = str(r, 'typtype');
    if (typtype === 'e') enums.push([key, { ...base, labels: strArray(r, 'labels') }]);
    else if (typtype === 'd') {
      const checks = json<{ name: string; definition: string; validated: boolean }[]>(r, 'checks') ?? [];
      domains.push([
        key,
        {
          ...base,
          baseType: str(r, 'base_type'),
          collation: optStr(r, 'collation'),
          default: optStr(r, 'default'),
          notNull: bool(r, 'not_null'),
          checks: sortedRecord(checks.map((c) => [c.name, c])),
        },
      ]);
    } else {
      const attrs = (columnsByRel.get(key) ?? []).map((c, i) => ({
        name: str(c, 'name'),
        type: str(c, 'type'),
        collation: optStr(c, 'collation'),
        position: i + 1,
      }));
      composites.push([key, { ...base, attributes: attrs }]);
    }
  }

  const sequences: [string, Sequence][] = [];
  for (const r of rows.sequences) {
    if (bool(r, 'identity')) continue;
    const ownedTable = optStr(r, 'owned_table');
    const ownedSchema = optStr(r, 'owned_schema');
    if (ownedTable !== null && ownedSchema !== null && ignored(ownedSchema, ownedTable)) continue;
    sequences.push([
      relKey(str(r, 'schema'), str(r, 'name')),
      {
        schema: str(r, 'schema'),
        name: str(r, 'name'),
        owner: str(r, 'owner'),
        comment: optStr(r, 'comment'),
        grants: grants(r),
        dataType: str(r, 'data_type'),
        start: str(r, 'start'),
        increment: str(r, 'increment'),
        min: str(r, 'min'),
        max: str(r, 'max'),
        cache: str(r, 'cache'),
        cycle: bool(r, 'cycle'),
        ownedBy:
          ownedTable !== null && ownedSchema !== null
            ? { table: relKey(ownedSchema, ownedTable), column: str(r, 'owned_column') }
            : null,
        identity: false,
      },
    ]);
  }

  const constraintsByRel = groupBy(rows.constraints, relRow);
  const triggersByRel = groupBy(rows.triggers, relRow);
  const policiesByRel = groupBy(rows.policies, relRow);

  const tables: [string, Table][] = [];
  for (const r of rows.tables) {
    const schema = str(r, 'schema');
    const name = str(r, 'name');
    if (ignored(schema, name)) continue;
    const key = relKey(schema, name);
    const parents = json<{ schema: string; name: string }[]>(r, 'parents') ?? [];
    const partitionKey = optStr(r, 'partition_key');
    const bound = optStr(r, 'partition_bound');
    tables.push([
      key,
      {
        schema,
        name,
        owner: str(r, 'owner'),
        comment: optStr(r, 'comment'),
        grants: grants(r),
        columns: sortedRecord(
          (columnsByRel.get(key) ?? []).map((c, i) => [str(c, 'name'), toColumn(c, i + 1, bound !== null)]),
        ),
        constraints: constraintsOf(key, constraintsByRel.get(key), columnsByRel.get(key)),
        partitioning:
          partitionKey === null
            ? null
            : {
                strategy: partitionKey.split(' ', 1)[0].toUpperCase() as 'RANGE' | 'LIST' | 'HASH',
                key: partitionKey,
              },
        partitionOf:
          bound === null || parents.length === 0
            ? null
            : { parent: relKey(parents[0].schema, parents[0].name), bound },
        inherits: bound === null ? parents.map((p) => relKey(p.schema, p.name)) : [],
        unlogged: bool(r, 'unlogged'),
        options: strArray(r, 'options').sort(),
        rowSecurity: bool(r, 'row_security'),
        forceRowSecurity: bool(r, 'force_row_security'),
        policies: sortedRecord((policiesByRel.get(key) ?? []).map((p) => [str(p, 'name'), toPolicy(p)])),
        triggers: sortedRecord(
          (triggersByRel.get(key) ?? [])
            .filter((t) => str(t, 'relkind') !== 'v')
            .map((t) => [str(t, 'name'), toTrigger(t)]),
        ),
      },
    ]);
  }

  const { keys, include } = indexColumns(rows.indexElements);
  const indexes: [string, Index][] = [];
  for (const r of rows.indexes) {
    if (ignored(str(r, 'table_schema'), str(r, 'table_name'))) continue;
    const parent = json<{ schema: string; name: string } | null>(r, 'parent_index');
    indexes.push([
      relKey(str(r, 'schema'), str(r, 'name')),
      {
        schema: str(r, 'schema'),
        name: str(r, 'name'),
        table: relKey(str(r, 'table_schema'), str(r, 'table_name')),
        definition: definitionOf(definitions, str(r, 'oid')),
        unique: bool(r, 'is_unique'),
        method: str(r, 'method'),
        elements: keys.get(str(r, 'oid')) ?? [],
        include: include.get(str(r, 'oid')) ?? [],
        predicate: optStr(r, 'predicate'),
        nullsNotDistinct: bool(r, 'nulls_not_distinct'),
        constraint: optStr(r, 'constraint_name'),
        parentIndex: parent ? relKey(parent.schema, parent.name) : null,
        valid: bool(r, 'valid'),
        comment: optStr(r, 'comment'),
      },
    ]);
  }

  const views: [string, View][] = [];
  const matviews: [string, MaterializedView][] = [];
  for (const r of rows.views) {
    const key = relKey(str(r, 'schema'), str(r, 'name'));
    const cols = columnsByRel.get(key) ?? [];
    const columns: ViewColumn[] = cols.map((c, i) => ({
      name: str(c, 'name'),
      type: str(c, 'type'),
      position: i + 1,
    }));
    const columnComments = sortedRecord(
      cols.filter((c) => optStr(c, 'comment') !== null).map((c) => [str(c, 'name'), str(c, 'comment')]),
    );
    const view: View = {
      schema: str(r, 'schema'),
      name: str(r, 'name'),
      owner: str(r, 'owner'),
      comment: optStr(r, 'comment'),
      grants: grants(r),
      definition: normalizeSqlText(str(r, 'definition')),
      definitionFingerprint: viewFingerprint(str(r, 'definition')),
      columns,
      options: strArray(r, 'options').sort(),
      columnComments,
    };
    if (str(r, 'relkind') === 'm') matviews.push([key, { ...view, populated: bool(r, 'populated') }]);
    else views.push([key, view]);
  }

  const routines: [string, Routine][] = rows.routines.map((r) => {
    const isProcedure = str(r, 'prokind') === 'p';
    const args = json<{ name: string | null; type: string; mode: string }[]>(r, 'args') ?? [];
    const volatility = VOLATILITY[str(r, 'volatility')];
    const parallel = PARALLEL[str(r, 'parallel')];
    return [
      routineKey(str(r, 'schema'), str(r, 'name'), str(r, 'arg_types')),
      {
        schema: str(r, 'schema'),
        name: str(r, 'name'),
        kind: isProcedure ? 'procedure' : 'function',
        owner: str(r, 'owner'),
        comment: optStr(r, 'comment'),
        grants: grants(r),
        identityArgs: isProcedure ? withoutInMode(str(r, 'identity_args')) : str(r, 'identity_args'),
        argTypes: str(r, 'arg_types'),
        definition: isProcedure
          ? procedureHeaderWithoutInMode(normalizeSqlText(str(r, 'definition')))
          : normalizeSqlText(str(r, 'definition')),
        args: args.map((a) => ({ name: a.name ?? null, type: a.type, mode: ARG_MODES[a.mode] ?? 'IN' })),
        returns: optStr(r, 'returns'),
        language: str(r, 'language'),
        volatility,
        securityDefiner: bool(r, 'security_definer'),
        strict: bool(r, 'strict'),
        parallel,
        config: strArray(r, 'config').sort(),
      },
    ];
  });

  for (const r of rows.columns) {
    if (str(r, 'generated_kind') !== 'v' || ignored(str(r, 'schema'), str(r, 'rel'))) continue;
    unsupported.push({
      id: objectId('column', str(r, 'schema'), str(r, 'name'), { table: str(r, 'rel') }),
      reason: 'virtual generated columns are not supported',
    });
  }
  for (const r of rows.unsupported) {
    const schema = optStr(r, 'schema');
    const kind = str(r, 'kind') as UnsupportedObject['id']['kind'];
    const create = optStr(r, 'create');
    const definition = optStr(r, 'definition') ?? create;
    const drop = optStr(r, 'drop');
    const uses = optStr(r, 'uses');
    unsupported.push({
      id: objectId(kind, schema, str(r, 'name'), { table: optStr(r, 'rel'), args: optStr(r, 'args') }),
      reason: str(r, 'reason'),
      ...(definition !== null ? { definition: normalizeSqlText(definition) } : {}),
      ...(create !== null ? { create: normalizeSqlText(create) } : {}),
      ...(drop !== null ? { drop } : {}),
      ...(uses !== null ? { uses } : {}),
    });
  }

  const publications = sortedRecord<Publication>(
    rows.publications.map((r) => [nameKey(str(r, 'name')), toPublication(r, ignored)]),
  );
  const defaultPrivileges = sortedRecord<DefaultPrivilege>(
    rows.defaultPrivileges.map((r) => {
      const d: DefaultPrivilege = {
        role: str(r, 'role'),
        schema: optStr(r, 'schema'),
        objects: DEFAULT_ACL_OBJECTS[str(r, 'objtype')],
        grants: grants(r),
        revoked: grants(r, 'revoked'),
      };
      return [defaultPrivilegeKey(d.role, d.schema, d.objects), d];
    }),
  );

  return {
    serverVersion,
    schemas,
    extensions,
    enums: sortedRecord(enums),
    domains: sortedRecord(domains),
    composites: sortedRecord(composites),
    sequences: sortedRecord(sequences),
    tables: sortedRecord(tables),
    indexes: sortedRecord(indexes),
    views: sortedRecord(views),
    materializedViews: sortedRecord(matviews),
    routines: sortedRecord(routines),
    publications,
    defaultPrivileges,
    unsupported: unsupported.sort((a, b) => compareText(describeId(a.id), describeId(b.id))),
  };
}

const DEFAULT_ACL_OBJECTS: Record<string, DefaultPrivilegeObjects> = {
  r: 'tables',
  S: 'sequences',
  f: 'functions',
  T: 'types',
  n: 'schemas',
};

function toPublication(r: Row, ignored: (schema: string, name: string) => boolean): Publication {
  const tables = json<{ schema: string; name: string; columns: string[] | null; where: string | null }[]>(
    r,
    'tables',
  );
  const entries: [string, PublicationTable][] = (tables ?? [])
    .filter((t) => !ignored(t.schema, t.name))
    .map((t) => {
      const table = relKey(t.schema, t.name);
      return [
        table,
        { table, columns: t.columns ? [...t.columns].sort(compareText) : null, where: t.where ?? null },
      ];
    });
  const publish: Publication['publish'][number][] = [];
  if (bool(r, 'pub_insert')) publish.push('insert');
  if (bool(r, 'pub_update')) publish.push('update');
  if (bool(r, 'pub_delete')) publish.push('delete');
  if (bool(r, 'pub_truncate')) publish.push('truncate');
  return {
    name: str(r, 'name'),
    owner: str(r, 'owner'),
    comment: optStr(r, 'comment'),
    allTables: bool(r, 'all_tables'),
    publish,
    viaRoot: bool(r, 'via_root'),
    generatedColumns: str(r, 'generated_columns') === 'stored' ? 'stored' : 'none',
    tables: sortedRecord(entries),
    schemas: strArray(r, 'schemas').sort(compareText),
  };
}

/**
 * PostgreSQL 14+ prints a procedure's IN arguments as `IN x integer`, 13 as `x integer`. IN is the
 * default mode, so the word is dropped to compare equal across versions.
 */
function withoutInMode(args: string): string {
  return args.replace(/(^|, )IN /g, '$1');
}

function procedureHeaderWithoutInMode(definition: string): string {
  const nl = definition.indexOf('\n');
  const header = nl < 0 ? definition : definition.slice(0, nl);
  const open = header.indexOf('(');
  if (open < 0) return definition;
  return header.slice(0, open + 1) + withoutInMode(header.slice(open + 1)) + definition.slice(header.length);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function groupBy(rows: Rows, key: (r: Row) => string): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k) ?? [];
    list.push(r);
    out.set(k, list);
  }
  return out;
}

function toColumn(r: Row, position: number, isPartition: boolean): Column {
  // PostgreSQL 17+ shows the parent's identity on partitions too; it is the parent's property.
  const identity = isPartition ? '' : str(r, 'identity');
  const generatedKind = str(r, 'generated_kind');
  return {
    name: str(r, 'name'),
    position,
    type: str(r, 'type'),
    collation: optStr(r, 'collation'),
    notNull: bool(r, 'not_null'),
    default: optStr(r, 'default'),
    identity: identity === 'a' ? 'always' : identity === 'd' ? 'byDefault' : null,
    identitySequence: identity === '' ? null : json(r, 'identity_sequence'),
    generated: generatedKind === '' ? null : optStr(r, 'generated'),
    comment: optStr(r, 'comment'),
    grants: grants(r),
  };
}

/**
 * System columns a constraint may name (a CHECK may use tableoid), by their fixed attribute
 * numbers (PostgreSQL 12 and later); the columns query reads user columns only.
 */
const SYSTEM_COLUMNS: ReadonlyMap<number, string> = new Map([
  [-1, 'ctid'],
  [-2, 'xmin'],
  [-3, 'cmin'],
  [-4, 'xmax'],
  [-5, 'cmax'],
  [-6, 'tableoid'],
]);

/**
 * Names a constraint's attribute numbers from the table's columns, in the constraint's order. A
 * whole-row reference (0) names no column, as before. A number that is neither a column of the
 * table nor a system column means the two reads disagree: an error, never a guess.
 */
function constraintColumnNamer(table: string, columns: readonly Row[] | undefined) {
  const byNumber = new Map((columns ?? []).map((c) => [int(c, 'position'), str(c, 'name')]));
  return (constraint: string, keys: readonly number[]): string[] => {
    const names: string[] = [];
    for (const k of keys) {
      if (k === 0) continue;
      const name = byNumber.get(k) ?? SYSTEM_COLUMNS.get(k);
      if (name === undefined)
        throw new CatalogError(
          `constraint ${constraint} of ${table} names column number ${k}, which the catalog read did not return`,
        );
      names.push(name);
    }
    return names;
  };
}

/** A table's constraints by name; the columns' names are looked up once per table. */
function constraintsOf(
  table: string,
  constraints: readonly Row[] | undefined,
  columns: readonly Row[] | undefined,
): Record<string, Constraint> {
  if (constraints === undefined) return {};
  const namer = constraintColumnNamer(table, columns);
  return sortedRecord(constraints.map((c) => [str(c, 'name'), toConstraint(c, namer)]));
}

function toConstraint(
  r: Row,
  columnNames: (constraint: string, keys: readonly number[]) => string[],
): Constraint {
  const type = CONSTRAINT_TYPES[str(r, 'contype')];
  const index = json<{ schema: string; name: string } | null>(r, 'index');
  return {
    name: str(r, 'name'),
    type,
    definition: str(r, 'definition'),
    columns: columnNames(str(r, 'name'), intArray(r, 'keys')),
    deferrable: bool(r, 'deferrable'),
    initiallyDeferred: bool(r, 'deferred'),
    validated: bool(r, 'validated'),
    // Only a CHECK can be NO INHERIT; PostgreSQL sets the flag on other kinds by accident of history
    // (a PRIMARY KEY on a plain table has it, the same key left by DETACH PARTITION does not).
    noInherit: type === 'check' && bool(r, 'no_inherit'),
    index: index ? relKey(index.schema, index.name) : null,
    foreignKey:
      type === 'foreignKey'
        ? {
            referencedTable: relKey(str(r, 'ref_schema'), str(r, 'ref_table')),
            referencedColumns: strArray(r, 'ref_columns'),
            onUpdate: FK_ACTIONS[str(r, 'on_update')],
            onDelete: FK_ACTIONS[str(r, 'on_delete')],
            match: FK_MATCH[str(r, 'match')],
          }
        : null,
    inherited: bool(r, 'inherited'),
    comment: optStr(r, 'comment'),
  };
}

function toPolicy(r: Row): Policy {
  return {
    name: str(r, 'name'),
    permissive: bool(r, 'permissive'),
    command: POLICY_COMMANDS[str(r, 'cmd')],
    roles: strArray(r, 'roles').sort(),
    using: optStr(r, 'using_expr'),
    withCheck: optStr(r, 'with_check'),
    comment: optStr(r, 'comment'),
  };
}

function toTrigger(r: Row): Trigger {
  return {
    name: str(r, 'name'),
    definition: str(r, 'definition'),
    function: routineKey(str(r, 'function_schema'), str(r, 'function_name'), str(r, 'function_args')),
    enabled: str(r, 'enabled') as Trigger['enabled'],
    isConstraint: bool(r, 'is_constraint'),
    comment: optStr(r, 'comment'),
  };
}
