/** Estimated row counts (pg_class.reltuples) of the tables a migration touches, in one query. */
import type { Queryable } from '../db.js';

export async function readRowCounts(
  db: Queryable,
  tableKeys: readonly string[],
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (tableKeys.length === 0) return out;
  const { rows } = await db.query<{ key: string; rows: number }>(
    `SELECT n.nspname || '.' || c.relname AS key, c.reltuples::float8 AS rows
       FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname || '.' || c.relname = ANY($1::text[])`,
    [tableKeys],
  );
  // reltuples is -1 for a table never vacuumed or analyzed (PostgreSQL 14+): unknown, not empty.
  for (const r of rows) if (Number(r.rows) >= 0) out.set(r.key, Math.round(Number(r.rows)));
  return out;
}
