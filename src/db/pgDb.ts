import pg from 'pg';
import type { Db, Queryable, QueryResult } from '../core/db.js';

/** A real PostgreSQL server reached through node-postgres. */
export function connectPg(url: string, options: { applicationName?: string; max?: number } = {}): Db {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 4,
    application_name: options.applicationName ?? 'schemagate',
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});

  const wrap = (c: pg.Pool | pg.PoolClient): Queryable => ({
    async query<R>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
      const r = await c.query(sql, params as unknown[] | undefined);
      return { rows: r.rows as R[], rowCount: r.rowCount ?? 0 };
    },
    async exec(sql: string): Promise<void> {
      await c.query(sql);
    },
  });

  const base = wrap(pool);
  return {
    kind: 'server',
    query: base.query,
    exec: base.exec,
    async session(fn) {
      const client = await pool.connect();
      try {
        return await fn(wrap(client));
      } finally {
        client.release();
      }
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn(wrap(client));
        await client.query('COMMIT');
        return out;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    async serverVersion() {
      const r = await pool.query("SELECT current_setting('server_version_num')::int AS v");
      return r.rows[0].v as number;
    },
    async close() {
      await pool.end();
    },
  };
}
