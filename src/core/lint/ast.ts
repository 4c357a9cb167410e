/** Small readers over the libpg-query (PostgreSQL 18) parse tree, shared by the rules. */
import { qualified, quoteIdent } from '../sql/index.js';
import { builtinVolatility, isBuiltinFunction, type Volatility } from './functions.js';
import type { ColumnType, TableRef } from './types.js';

export function tableOf(rangeVar: any): TableRef | undefined {
  if (!rangeVar?.relname) return undefined;
  return rangeVar.schemaname
    ? { schema: rangeVar.schemaname, name: rangeVar.relname }
    : { name: rangeVar.relname };
}

/** Identity of a table for lookups; unqualified names are taken to be in `public`. */
export const tableKey = (t: TableRef): string => `${t.schema ?? 'public'}.${t.name}`;

/** The table as written, for messages. */
export const tableLabel = (t: TableRef): string => (t.schema ? `${t.schema}.${t.name}` : t.name);

/** The table as SQL, every part quoted as needed. */
export const tableSql = (t: TableRef): string =>
  t.schema ? qualified(t.schema, t.name) : quoteIdent(t.name);

/** A dotted name from a list of String nodes (DROP objects, type names). */
export function nameList(items: any[] | undefined): string[] {
  return (items ?? []).map((i) => i?.String?.sval).filter((s): s is string => typeof s === 'string');
}

/** The last name of a list of String nodes: `nameList(items).at(-1)` without building the list. */
export function lastName(items: any[] | undefined): string | undefined {
  if (!items) return undefined;
  for (let i = items.length - 1; i >= 0; i--) {
    const s = items[i]?.String?.sval;
    if (typeof s === 'string') return s;
  }
  return undefined;
}

export function refFromNames(names: string[]): TableRef {
  return names.length > 1
    ? { schema: names[names.length - 2], name: names[names.length - 1] }
    : { name: names[0] };
}

const TYPE_ALIASES: Record<string, string> = {
  int: 'int4',
  integer: 'int4',
  smallint: 'int2',
  bigint: 'int8',
  'character varying': 'varchar',
  decimal: 'numeric',
  timestamp: 'timestamp',
  'timestamp without time zone': 'timestamp',
  'timestamp with time zone': 'timestamptz',
  float: 'float8',
  real: 'float4',
  'double precision': 'float8',
  boolean: 'bool',
  // Quoted spellings ("char"(100), "character"(255)) reach us as written, not as bpchar.
  char: 'bpchar',
  character: 'bpchar',
  'time with time zone': 'timetz',
  'time without time zone': 'time',
};

export function columnTypeOf(typeName: any): ColumnType | undefined {
  if (!typeName) return undefined;
  const raw = (lastName(typeName.names) ?? '').toLowerCase();
  const mods = typeName.typmods ? typeName.typmods.map((m: any) => m?.A_Const?.ival?.ival ?? 0) : [];
  return { name: TYPE_ALIASES[raw] ?? raw, mods, array: Boolean(typeName.arrayBounds?.length) };
}

// Canonical catalog names back to the spelling people write.
const WRITTEN: Record<string, string> = {
  int2: 'smallint',
  int4: 'integer',
  int8: 'bigint',
  bpchar: 'char',
  float8: 'double precision',
  float4: 'real',
  bool: 'boolean',
};

export function typeLabel(t: ColumnType): string {
  return `${WRITTEN[t.name] ?? t.name}${t.mods.length ? `(${t.mods.join(',')})` : ''}${t.array ? '[]' : ''}`;
}

export function constraintsOf(columnDef: any): any[] {
  const out: any[] = [];
  for (const c of columnDef?.constraints ?? []) if (c.Constraint) out.push(c.Constraint);
  return out;
}

export const hasConstraint = (columnDef: any, contype: string): boolean =>
  constraintsOf(columnDef).some((c) => c.contype === contype);

export function defaultExpr(columnDef: any): any {
  for (const c of columnDef?.constraints ?? [])
    if (c.Constraint?.contype === 'CONSTR_DEFAULT') return c.Constraint.raw_expr;
  return undefined;
}

/** The ALTER TABLE sub-commands of a statement, with their subtype. */
export function alterCmds(ast: any): any[] {
  if (!ast || typeof ast !== 'object') return [];
  // A dozen rules read the sub-commands of each ALTER TABLE, one statement after the other:
  // remembering the last one is enough (a WeakMap of every statement cost more in GC than it saved).
  if (ast !== lastAlter) {
    const cmds: any[] = [];
    for (const c of ast.cmds ?? []) if (c.AlterTableCmd) cmds.push(c.AlterTableCmd);
    lastAlter = ast;
    lastCmds = cmds;
  }
  return lastCmds;
}

let lastAlter: object | undefined;
let lastCmds: any[] = [];

export type DefaultKind = 'constant' | 'stable' | 'volatile' | 'unknown';

export type VolatilityLookup = (name: string) => Volatility | undefined;

/**
 * How a DEFAULT expression behaves when a column is added to existing rows. A function that is
 * neither a known built-in nor declared stable/immutable by the user counts as volatile (a rewrite
 * on every version): PostgreSQL's own default for CREATE FUNCTION is VOLATILE.
 */
export function classifyDefault(expr: any, lookup?: VolatilityLookup): DefaultKind {
  let kind: DefaultKind = 'constant';
  const rank = { constant: 0, stable: 1, unknown: 2, volatile: 3 };
  const raise = (k: DefaultKind) => {
    if (rank[k] > rank[kind]) kind = k;
  };
  const walk = (n: any): void => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      n.forEach(walk);
      return;
    }
    if (n.FuncCall) {
      const fname = nameList(n.FuncCall.funcname).pop()?.toLowerCase() ?? '';
      const args = n.FuncCall.args?.length ?? 0;
      // A built-in name with arguments it does not take (now(123)) is some other function: unknown.
      const v = isBuiltinFunction(fname) ? builtinVolatility(fname, args) : lookup?.(fname);
      raise(v === 'immutable' || v === 'stable' ? 'stable' : 'volatile');
    }
    if (n.SQLValueFunction) raise('stable');
    if (n.SubLink) raise('unknown');
    // for...in, not Object.values: no array per node (parse-tree objects have only own keys).
    for (const k in n) walk(n[k]);
  };
  walk(expr);
  return kind;
}

/** Whitespace other than a single space: what excerpt() has to normalise. */
const ODD_SPACE = /[^\S ]| {2}/;

/** The statement on one line, shortened for tables and status lines. */
export function excerpt(text: string, max = 120): string {
  // Only the start is shown: do not normalise the whole of a long statement.
  const cut = text.length > max * 2;
  const head = cut ? text.slice(0, max * 2) : text;
  // Most statements are already on one line with single spaces: nothing to replace.
  const one = (ODD_SPACE.test(head) ? head.replace(/\s+/g, ' ') : head).trim();
  return one.length <= max && !cut ? one : `${one.slice(0, max - 1)}…`;
}

export const col = (name: string): string => quoteIdent(name);

const BUILTIN_TYPES = new Set(
  'int2 int4 int8 smallint integer bigint serial bigserial smallserial numeric float4 float8 bool boolean text varchar bpchar timestamp timestamptz date time timetz interval uuid json jsonb bytea inet cidr macaddr money xml tsvector oid'.split(
    ' ',
  ),
);

/** A column type as SQL: built-in names bare, any other name quoted. */
export function typeSql(t: ColumnType): string {
  const base = WRITTEN[t.name] ?? (BUILTIN_TYPES.has(t.name) ? t.name : quoteIdent(t.name));
  return `${base}${t.mods.length ? `(${t.mods.join(',')})` : ''}${t.array ? '[]' : ''}`;
}

/** The type of a ColumnDef as SQL, for safe-alternative steps. */
export function columnDefTypeSql(columnDef: any): string {
  const t = columnTypeOf(columnDef?.typeName);
  return t ? typeSql(t) : 'text';
}
