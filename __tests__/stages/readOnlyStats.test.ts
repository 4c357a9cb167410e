/**
 * stats-database-url is production: the lint gate reads row counts there read-only and can never
 * write, whatever it runs. Real PostgreSQL.
 */
import { connectPg } from '../../src/db/pgDb.js';
import { readRowCountsReadOnly, withReadOnly } from '../../src/runtime/readOnlyStats.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';

let prod: TestDatabase;
beforeAll(async () => {
  prod = await createTestDatabase('stats_ro');
  await prod.db.exec(
    'CREATE TABLE orders (id int); INSERT INTO orders SELECT generate_series(1, 500); ANALYZE orders;',
  );
});
afterAll(() => prod.drop());

it('reads estimated row counts', async () => {
  const counts = await readRowCountsReadOnly(async (url) => connectPg(url), prod.url, ['public.orders']);
  expect(counts.get('public.orders')).toBe(500);
});

it('refuses a write in the read-only session, and nothing is written', async () => {
  const db = connectPg(prod.url);
  try {
    await expect(withReadOnly(db, (c) => c.query('CREATE TABLE pwned (id int)'))).rejects.toThrow(
      'cannot execute CREATE TABLE in a read-only transaction',
    );
    await expect(withReadOnly(db, (c) => c.query('INSERT INTO orders VALUES (1)'))).rejects.toThrow(
      'cannot execute INSERT in a read-only transaction',
    );
  } finally {
    await db.close();
  }
  const { rows } = await prod.db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM pg_class WHERE relname = 'pwned'",
  );
  expect(rows[0].n).toBe(0);
  const { rows: orders } = await prod.db.query<{ n: number }>('SELECT count(*)::int AS n FROM orders');
  expect(orders[0].n).toBe(500);
});
