/**
 * What a column type change costs. PostgreSQL skips the table rewrite for a few widenings
 * (varchar(n) -> varchar(m >= n) or text, numeric precision increases at the same scale), and an
 * assignment cast exists within a family, so USING is only added across families.
 */

interface ParsedType {
  readonly base: string;
  readonly mods: readonly number[];
  readonly array: boolean;
}

function parse(type: string): ParsedType {
  const array = type.endsWith('[]');
  const t = type.replace(/(\[\])+$/, '');
  const m = /^(.*?)\s*\(([\d,\s]+)\)(.*)$/.exec(t);
  if (!m) return { base: t, mods: [], array };
  return { base: `${m[1]}${m[3]}`.trim(), mods: m[2].split(',').map((x) => Number(x.trim())), array };
}

const FAMILY: Record<string, string> = {
  text: 'string',
  'character varying': 'string',
  character: 'string',
  bpchar: 'string',
  name: 'string',
  smallint: 'number',
  integer: 'number',
  bigint: 'number',
  numeric: 'number',
  real: 'number',
  'double precision': 'number',
  date: 'time',
  'timestamp without time zone': 'time',
  'timestamp with time zone': 'time',
  'time without time zone': 'clock',
  'time with time zone': 'clock',
  bit: 'bits',
  'bit varying': 'bits',
};

/** True when an explicit `USING col::type` is needed (no assignment cast between the types). */
export function needsUsing(from: string, to: string): boolean {
  const a = parse(from);
  const b = parse(to);
  if (a.array !== b.array) return true;
  if (a.base === b.base) return false;
  const fa = FAMILY[a.base];
  return fa === undefined || fa !== FAMILY[b.base];
}

const STRING_TYPES = new Set(['text', 'character varying', 'character', 'bpchar', 'name']);

/** Explicit casts (pg_cast, castcontext 'e') between built-in types outside one family. */
const EXPLICIT_CASTS = new Set([
  'integer>boolean',
  'boolean>integer',
  'json>jsonb',
  'jsonb>json',
  'jsonb>boolean',
  'jsonb>smallint',
  'jsonb>integer',
  'jsonb>bigint',
  'jsonb>numeric',
  'jsonb>real',
  'jsonb>double precision',
  'integer>bit',
  'bigint>bit',
  'bit>integer',
  'bit>bigint',
  'integer>"char"',
  'integer>money',
  'bigint>money',
  'numeric>money',
  'money>numeric',
  'timestamp without time zone>time without time zone',
  'timestamp with time zone>time with time zone',
  'timestamp with time zone>time without time zone',
  'timestamp with time zone>date',
  'timestamp without time zone>date',
  'time without time zone>interval',
  'interval>time without time zone',
  'inet>cidr',
  'cidr>inet',
]);

/**
 * True when `value::to` is known to work for a column of type `from`: an assignment cast within a
 * family, an I/O conversion to or from a string type (PostgreSQL provides one for every type), or
 * a built-in explicit cast. Anything else (integer -> uuid, jsonb -> integer[], a user type) has
 * no cast the engine can vouch for: the change needs a declared USING expression.
 */
export function castKnown(from: string, to: string): boolean {
  if (!needsUsing(from, to)) return true;
  const a = parse(from);
  const b = parse(to);
  const plainString = (t: ParsedType) => !t.array && STRING_TYPES.has(t.base);
  if (plainString(a) || plainString(b)) return true;
  if (a.array !== b.array) return false;
  if (STRING_TYPES.has(a.base) || STRING_TYPES.has(b.base)) return true;
  const fa = FAMILY[a.base];
  if (fa !== undefined && fa === FAMILY[b.base]) return true;
  return EXPLICIT_CASTS.has(`${a.base}>${b.base}`);
}

/** True when ALTER COLUMN TYPE from -> to rewrites the table (and its indexes). */
export function typeChangeRewrites(from: string, to: string): boolean {
  const a = parse(from);
  const b = parse(to);
  if (a.array !== b.array) return true;
  const stringy = (t: ParsedType) => t.base === 'character varying' || t.base === 'text';
  if (stringy(a) && stringy(b)) {
    if (b.base === 'text' || b.mods.length === 0) return false;
    if (a.base === 'character varying' && a.mods.length === 1) return b.mods[0] < a.mods[0];
    return true;
  }
  if (a.base === 'numeric' && b.base === 'numeric') {
    if (b.mods.length === 0) return false;
    if (a.mods.length === 0) return true;
    return !(b.mods[0] >= a.mods[0] && (a.mods[1] ?? 0) === (b.mods[1] ?? 0));
  }
  if (a.base === 'bit varying' && b.base === 'bit varying') {
    return b.mods.length > 0 && (a.mods.length === 0 || b.mods[0] < a.mods[0]);
  }
  return a.base !== b.base || a.mods.join() !== b.mods.join();
}

/** True when existing values may not survive the change (narrowing, cross-family casts). */
export function typeChangeMayLoseData(from: string, to: string): boolean {
  if (!typeChangeRewrites(from, to)) return false;
  const a = parse(from);
  const b = parse(to);
  const widening: Record<string, readonly string[]> = {
    smallint: ['integer', 'bigint', 'numeric', 'text', 'character varying'],
    integer: ['bigint', 'numeric', 'text', 'character varying'],
    bigint: ['numeric', 'text', 'character varying'],
    real: ['double precision'],
    date: ['timestamp without time zone', 'timestamp with time zone'],
    'timestamp without time zone': ['timestamp with time zone'],
    'timestamp with time zone': ['timestamp without time zone'],
  };
  if (a.array !== b.array) return true;
  if (b.mods.length > 0 && (b.base === 'character varying' || b.base === 'character')) return true;
  return !(widening[a.base]?.includes(b.base) ?? false);
}
