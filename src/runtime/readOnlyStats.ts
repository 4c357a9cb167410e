/**
 * The production database (stats-database-url) is read for row counts only, never migrated. It
 * is opened read-only twice over: the session's default_transaction_read_only is on, and the
 * reads run inside a READ ONLY transaction that is rolled back. A write attempt fails in
 * PostgreSQL itself ("cannot execute ... in a read-only transaction").
 */
import type { Db, Queryable } from '../core/db.js';
import { readRowCounts } from '../core/lint/rowCounts.js';

export async function withReadOnly<T>(db: Db, fn: (conn: Queryable) => Promise<T>): Promise<T> {
  return db.session(async (conn) => {
    await conn.query('SET default_transaction_read_only = on');
    await conn.query('BEGIN TRANSACTION READ ONLY');
    try {
      return await fn(conn);
    } finally {
      await conn.query('ROLLBACK');
    }
  });
}

/** Estimated row counts of `tables`, read from `url` without any chance of writing there. */
export async function readRowCountsReadOnly(
  openDb: (url: string) => Promise<Db>,
  url: string,
  tables: readonly string[],
): Promise<Map<string, number>> {
  const db = await openDb(url);
  try {
    return await withReadOnly(db, (conn) => readRowCounts(conn, tables));
  } finally {
    await db.close();
  }
}
