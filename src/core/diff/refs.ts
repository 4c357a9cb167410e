/**
 * Dependencies between objects, found in SQL text that PostgreSQL printed under an empty
 * search_path (view definitions, defaults, function bodies): every name there is qualified, so a
 * `schema.name` token that matches a model key is a dependency. A false match only adds an edge.
 */
import { relKey } from '../model/ids.js';

/** A dependency handle: what a step provides, requires, removes or releases. */
export type Ref = `${'schema' | 'ext' | 'type' | 'rel' | 'func' | 'routine' | 'col'}:${string}`;

export const refs = {
  schema: (name: string): Ref => `schema:${name}`,
  ext: (name: string): Ref => `ext:${name}`,
  type: (key: string): Ref => `type:${key}`,
  rel: (key: string): Ref => `rel:${key}`,
  /** Any routine of that qualified name (text mentions carry no argument types). */
  func: (key: string): Ref => `func:${key}`,
  routine: (key: string): Ref => `routine:${key}`,
};

const IDENT = '(?:"(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_$]*)';
const QNAME = new RegExp(`(${IDENT})\\s*\\.\\s*(${IDENT})`, 'g');

function unquote(part: string): string {
  return part.startsWith('"') ? part.slice(1, -1).replace(/""/g, '"') : part.toLowerCase();
}

/** Every distinct `schema.name` key mentioned in `text`, in first-seen order. */
export function qualifiedNamesIn(text: string | null | undefined): string[] {
  if (!text) return [];
  const seen = new Set<string>();
  for (const m of text.matchAll(QNAME)) seen.add(relKey(unquote(m[1]), unquote(m[2])));
  return [...seen];
}

/** The type key of a format_type text such as `public.mood[]` or `"S".t`, or null for built-ins. */
export function typeKeyOf(type: string): string | null {
  const base = type.replace(/(\[\])+$/, '').replace(/\(.*\)$/, '');
  const names = qualifiedNamesIn(base);
  return names.length === 1 ? names[0] : null;
}

/** Which known objects a text refers to, as refs. */
export interface RefIndex {
  readonly types: ReadonlySet<string>;
  readonly rels: ReadonlySet<string>;
  readonly funcs: ReadonlySet<string>;
}

export function refsIn(text: string | null | undefined, index: RefIndex): Ref[] {
  const out: Ref[] = [];
  for (const key of qualifiedNamesIn(text)) {
    if (index.types.has(key)) out.push(refs.type(key));
    if (index.rels.has(key)) out.push(refs.rel(key));
    if (index.funcs.has(key)) out.push(refs.func(key));
  }
  return out;
}

/** True when `text` calls (or names) one of the qualified routine names in `funcs`. */
export function mentionsAny(text: string | null | undefined, names: ReadonlySet<string>): boolean {
  if (!text || names.size === 0) return false;
  return qualifiedNamesIn(text).some((n) => names.has(n));
}

/**
 * True when an expression printed by PostgreSQL (pg_get_expr) mentions one of the column names:
 * columns of the same table are printed bare or quoted, so a word match is enough (a false match
 * only recreates the object).
 */
export function mentionsColumn(
  text: string | null | undefined,
  columns: ReadonlySet<string> | undefined,
): boolean {
  if (!text || !columns || columns.size === 0) return false;
  for (const c of columns) {
    const quoted = `"${c.replace(/"/g, '""')}"`;
    if (text.includes(quoted)) return true;
    if (
      /^[a-z_][a-z0-9_$]*$/.test(c) &&
      new RegExp(`(^|[^A-Za-z0-9_$"])${c.replace(/\$/g, '\\$')}($|[^A-Za-z0-9_$"])`).test(text)
    )
      return true;
  }
  return false;
}
