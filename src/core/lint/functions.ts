/**
 * Volatility of the built-in functions a column default commonly calls (from pg_proc.provolatile
 * of PostgreSQL 18). A function not listed here and not declared by the user is treated as
 * volatile: guessing "stable" for an unknown function would hide a full table rewrite.
 */
export type Volatility = 'immutable' | 'stable' | 'volatile';

const VOLATILE = [
  'random',
  'random_normal',
  'gen_random_uuid',
  'uuid_generate_v1',
  'uuid_generate_v1mc',
  'uuid_generate_v4',
  'uuidv4',
  'uuidv7',
  'clock_timestamp',
  'timeofday',
  'nextval',
  'txid_current',
  'setseed',
  'gen_random_bytes',
];
const STABLE = [
  'now',
  'transaction_timestamp',
  'statement_timestamp',
  'current_setting',
  'to_timestamp',
  'current_database',
  'current_schema',
  'to_char',
  'date_part',
  'age',
  'jsonb_build_object',
  'json_build_object',
  'jsonb_build_array',
  'json_build_array',
  'concat',
  'concat_ws',
  'format',
];
const IMMUTABLE = [
  'lower',
  'upper',
  'coalesce',
  'nullif',
  'greatest',
  'least',
  'length',
  'abs',
  'round',
  'trim',
  'btrim',
  'ltrim',
  'rtrim',
  'substring',
  'substr',
  'replace',
  'md5',
  'make_interval',
  'make_date',
  'make_timestamp',
  'array',
  'jsonb',
  'to_jsonb',
  'int4',
  'int8',
  'numeric',
  'text',
];

const BUILTIN = new Map<string, Volatility>([
  ...VOLATILE.map((n) => [n, 'volatile'] as const),
  ...STABLE.map((n) => [n, 'stable'] as const),
  ...IMMUTABLE.map((n) => [n, 'immutable'] as const),
]);

/** Built-ins that take no argument: `now(123)` is not the function we know, so it is unknown. */
const NO_ARGS = new Set(['now', 'transaction_timestamp', 'statement_timestamp', 'clock_timestamp', 'random']);

export const isBuiltinFunction = (name: string): boolean => BUILTIN.has(name.toLowerCase());

export function builtinVolatility(name: string, argCount?: number): Volatility | undefined {
  const n = name.toLowerCase();
  if (argCount !== undefined && argCount > 0 && NO_ARGS.has(n)) return undefined;
  return BUILTIN.get(n);
}

/**
 * Volatility of the functions a set of SQL files declares (CREATE FUNCTION ... STABLE), e.g. the
 * declared schema directory; PostgreSQL's default for a function without a marker is VOLATILE.
 */
export function declaredVolatility(
  files: readonly { readonly statements: readonly { kind: string; ast: any }[] }[],
): Map<string, Volatility> {
  const out = new Map<string, Volatility>();
  for (const f of files) {
    for (const s of f.statements) {
      if (s.kind !== 'CreateFunctionStmt') continue;
      const names = (s.ast.funcname ?? []).map((n: any) => n?.String?.sval).filter(Boolean);
      const name = (names.at(-1) as string | undefined)?.toLowerCase();
      if (!name) continue;
      const v = (s.ast.options ?? []).map((o: any) => o.DefElem).find((d: any) => d?.defname === 'volatility')
        ?.arg?.String?.sval;
      out.set(name, v === 'immutable' || v === 'stable' ? v : 'volatile');
    }
  }
  return out;
}
