import type { Db } from '../../src/core/db.js';
import {
  migrateDown,
  migrateUp,
  migrationStatus,
  replayMigrations,
} from '../../src/core/migrations/index.js';
import { closeEmbedded, openEmbedded } from '../../src/db/pgliteDb.js';
import { EXAMPLES, exampleSet, options, setOf } from './helpers.js';

let db: Db;

beforeAll(async () => {
  db = await openEmbedded();
}, 60_000);
afterAll(async () => {
  await closeEmbedded();
});

const relations = async () =>
  (
    await db.query<{ n: string }>(
      "SELECT relname AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r','v') ORDER BY 1",
    )
  ).rows.map((r) => r.n);

describe.each(Object.keys(EXAMPLES))('the %s example on the embedded database (PGlite)', (format) => {
  it('applies, is up to date on a rerun, and rolls back where it can', async () => {
    db = await openEmbedded();
    const set = exampleSet(format);
    const report = await migrateUp(db, options(set));
    expect(report.failure).toBeUndefined();
    expect(report.applied).toHaveLength(set.migrations.length);
    expect(await relations()).toEqual([
      'customer_order_totals',
      'customers',
      'orders',
      'schemagate_revisions',
    ]);
    expect((await migrateUp(db, options(set))).applied).toEqual([]);
    if (set.migrations.some((m) => m.down)) {
      const down = await migrateDown(db, { ...options(set), count: 1 });
      expect(down.failure).toBeUndefined();
      expect((await migrationStatus(db, options(set))).state.pending).toHaveLength(1);
    }
  });
});

it('replayMigrations builds the schema the migrations produce, with no revision table', async () => {
  db = await openEmbedded();
  await replayMigrations(db, exampleSet('dbmate'));
  expect(await relations()).toEqual(['customer_order_totals', 'customers', 'orders']);
});

it('replayMigrations reports the failing statement with file:line:col', async () => {
  db = await openEmbedded();
  const set = setOf({ '1_a.up.sql': 'CREATE TABLE a (id int);\n\nALTER TABLE a ADD COLUMN b nosuchtype;\n' });
  await expect(replayMigrations(db, set)).rejects.toThrow(
    'db/migrations/1_a.up.sql:3:28: type "nosuchtype" does not exist (SQLSTATE 42704)',
  );
});
