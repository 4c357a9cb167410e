/**
 * Typed readers for catalog rows. Both drivers return text, booleans, text[] and json the same
 * way once the queries cast name[] to text[] and bigints to text; these helpers keep the
 * remaining differences (and a broken query) from leaking into the model as `undefined`.
 */
import { CatalogError } from '../errors.js';
import type { Grant } from '../model/types.js';

export type Row = Readonly<Record<string, unknown>>;

export function str(row: Row, key: string): string {
  const v = row[key];
  if (typeof v !== 'string')
    throw new CatalogError(`catalog row field ${key}: expected text, got ${typeof v}`);
  return v;
}

export function optStr(row: Row, key: string): string | null {
  const v = row[key];
  if (v === null || v === undefined) return null;
  if (typeof v !== 'string')
    throw new CatalogError(`catalog row field ${key}: expected text, got ${typeof v}`);
  return v;
}

export function bool(row: Row, key: string): boolean {
  const v = row[key];
  if (typeof v !== 'boolean')
    throw new CatalogError(`catalog row field ${key}: expected boolean, got ${typeof v}`);
  return v;
}

export function int(row: Row, key: string): number {
  const v = row[key];
  const n = typeof v === 'string' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n))
    throw new CatalogError(`catalog row field ${key}: expected integer`);
  return n;
}

/** A text[] column: node-postgres parses it to an array; a `{a,b}` string is parsed as a fallback. */
export function strArray(row: Row, key: string): string[] {
  const v = row[key];
  if (v === null || v === undefined) return [];
  if (Array.isArray(v)) return v.map(String);
  if (typeof v === 'string') return parsePgArray(v);
  throw new CatalogError(`catalog row field ${key}: expected text[], got ${typeof v}`);
}

/** An int2[]/int4[] column: node-postgres and PGlite parse it to numbers; text is parsed as a fallback. */
export function intArray(row: Row, key: string): number[] {
  const v = row[key];
  if (v === null || v === undefined) return [];
  const items = Array.isArray(v) ? v : typeof v === 'string' ? parsePgArray(v) : null;
  const out = items?.map(Number);
  if (!out || out.some((n) => !Number.isInteger(n)))
    throw new CatalogError(`catalog row field ${key}: expected an array of integers`);
  return out;
}

/** A json column; node-postgres and PGlite both parse json, but a string is accepted too. */
export function json<T>(row: Row, key: string): T {
  const v = row[key];
  return (typeof v === 'string' ? JSON.parse(v) : v) as T;
}

/** Parses a one-dimensional PostgreSQL array literal of text. */
export function parsePgArray(text: string): string[] {
  if (text === '{}') return [];
  const body = text.slice(1, -1);
  const out: string[] = [];
  let i = 0;
  while (i < body.length) {
    if (body[i] === '"') {
      let s = '';
      i++;
      while (i < body.length && body[i] !== '"') {
        if (body[i] === '\\') i++;
        s += body[i];
        i++;
      }
      out.push(s);
      i += 2;
    } else {
      const end = body.indexOf(',', i);
      out.push(body.slice(i, end < 0 ? body.length : end));
      i = end < 0 ? body.length : end + 1;
    }
  }
  return out;
}

interface AclRow {
  readonly grantee: string;
  readonly privilege: string;
  readonly grantable: boolean;
}

/** Groups aclexplode rows by grantee into sorted Grant records. */
export function grants(row: Row, key = 'grants'): Grant[] {
  const items = json<AclRow[] | null>(row, key) ?? [];
  const by = new Map<string, { privileges: Set<string>; grantable: Set<string> }>();
  for (const it of items) {
    const g = by.get(it.grantee) ?? { privileges: new Set<string>(), grantable: new Set<string>() };
    g.privileges.add(it.privilege);
    if (it.grantable) g.grantable.add(it.privilege);
    by.set(it.grantee, g);
  }
  return [...by.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([grantee, g]) => ({
      grantee,
      privileges: [...g.privileges].sort(),
      grantable: [...g.grantable].sort(),
    }));
}
