import type { Queryable, QueryResult } from '../../src/core/db.js';
import { waitForFlush } from '../../src/core/migrations/durability.js';
import { createTestDatabase } from '../helpers/pgTestDb.js';

/** A session whose WAL flush position reaches the insert position after `flushAfter` polls. */
function fakeSession(flushAfter: number): { conn: Queryable; polls: () => number } {
  let polls = 0;
  const conn = {
    async query<R>(sql: string): Promise<QueryResult<R>> {
      if (sql.includes('pg_current_wal_insert_lsn')) return { rows: [{ lsn: '0/10' }] } as QueryResult<R>;
      polls++;
      return { rows: [{ flushed: polls > flushAfter }] } as QueryResult<R>;
    },
  } as unknown as Queryable;
  return { conn, polls: () => polls };
}

it('waits until the WAL written so far is flushed', async () => {
  const s = fakeSession(3);
  const slept: number[] = [];
  const ok = await waitForFlush(s.conn, { sleep: async (ms) => void slept.push(ms) });
  expect(ok).toBe(true);
  expect(s.polls()).toBe(4);
  expect(slept).toEqual([20, 20, 20]);
});

it('gives up after its timeout and says the flush was not confirmed', async () => {
  const s = fakeSession(Number.POSITIVE_INFINITY);
  let now = 0;
  const ok = await waitForFlush(s.conn, {
    timeoutMs: 100,
    clock: () => now,
    sleep: async (ms) => {
      now += ms;
    },
  });
  expect(ok).toBe(false);
  expect(now).toBeGreaterThanOrEqual(100);
});

it('on PostgreSQL, returns once the server has flushed what was committed without waiting', async () => {
  const t = await createTestDatabase('durability');
  try {
    await t.db.session(async (conn) => {
      await conn.exec('BEGIN; SET LOCAL synchronous_commit = off; CREATE TABLE x (id int); COMMIT');
      // Other sessions of the cluster write WAL too: compare with the position after this commit.
      const mine = (
        await conn.query<{ lsn: string }>('SELECT pg_catalog.pg_current_wal_insert_lsn()::text AS lsn')
      ).rows[0].lsn;
      expect(await waitForFlush(conn)).toBe(true);
      const r = await conn.query<{ ok: boolean }>(
        'SELECT pg_catalog.pg_current_wal_flush_lsn() >= $1::pg_lsn AS ok',
        [mine],
      );
      expect(r.rows[0].ok).toBe(true);
    });
  } finally {
    await t.drop();
  }
});
