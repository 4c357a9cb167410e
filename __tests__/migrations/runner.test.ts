import {
  baselineMigrations,
  MigrationDirError,
  MigrationStateError,
  migrateDown,
  migrateUp,
  migrationStatus,
} from '../../src/core/migrations/index.js';
import { connectPg } from '../../src/db/pgDb.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';
import { EXAMPLES, exampleSet, options, setOf } from './helpers.js';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase('mig_runner');
});
afterAll(async () => {
  await t.drop();
});

async function reset(): Promise<void> {
  await t.db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public; DROP SCHEMA IF EXISTS audit CASCADE');
}

const tables = async () =>
  (
    await t.db.query<{ n: string }>(
      "SELECT relname AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r','v') ORDER BY 1",
    )
  ).rows.map((r) => r.n);
const revisions = async (schema = 'public') =>
  (
    await t.db.query<{ version: string; operation: string; progress: number | null }>(
      `SELECT version, operation, progress FROM ${schema}.schemagate_revisions ORDER BY version`,
    )
  ).rows;

describe.each(Object.keys(EXAMPLES))('the %s example directory on PostgreSQL', (format) => {
  beforeAll(reset);

  it('applies every migration once, each recorded, then has nothing pending', async () => {
    const set = exampleSet(format);
    expect(set.format).toBe(format);
    const report = await migrateUp(t.db, options(set));
    expect(report.failure).toBeUndefined();
    expect(report.applied.map((a) => a.file)).toEqual(set.migrations.map((m) => m.up.file));
    expect(await tables()).toEqual(['customer_order_totals', 'customers', 'orders', 'schemagate_revisions']);
    const idx = await t.db.query<{ valid: boolean }>(
      "SELECT indisvalid AS valid FROM pg_index WHERE indexrelid = 'orders_customer_id_idx'::regclass",
    );
    expect(idx.rows).toEqual([{ valid: true }]);
    // The index file runs outside a transaction: detected from the parse tree or marked by the format.
    expect(report.applied.find((a) => a.file.includes('index_orders_customer'))?.transactional).toBe(false);
    expect((await revisions()).length).toBe(set.migrations.length);

    const again = await migrateUp(t.db, options(set));
    expect(again.applied).toEqual([]);
    expect(again.currentVersion).toBe(report.currentVersion);
    const status = await migrationStatus(t.db, options(set));
    expect(status.state.pending).toEqual([]);
  });

  it('rolls back the last migration when the format has a down part, or says it has none', async () => {
    const set = exampleSet(format);
    const last = set.migrations.filter((m) => !m.repeatable).at(-1)!;
    if (format === 'atlas' || format === 'plain') {
      await expect(migrateDown(t.db, { ...options(set), count: 1 })).rejects.toThrow(
        `cannot roll back: ${last.up.file} has no down part (${format} migrations have no down part). Nothing was rolled back.`,
      );
      return;
    }
    const down = await migrateDown(t.db, { ...options(set), count: 1 });
    expect(down.rolledBack.map((r) => r.version)).toEqual([last.version]);
    const cols = await t.db.query(
      "SELECT 1 FROM information_schema.columns WHERE table_name = 'customers' AND column_name = 'display_name'",
    );
    expect(cols.rowCount).toBe(0);
    const status = await migrationStatus(t.db, options(set));
    expect(status.state.pending.map((m) => m.version)).toContain(last.version);
  });
});

describe('safety', () => {
  beforeEach(reset);

  it('a failing statement in the middle of a file leaves nothing of that file', async () => {
    const set = setOf({
      '1_ok.up.sql': 'CREATE TABLE a (id int);\n',
      '2_bad.up.sql':
        'CREATE TABLE b (id int);\nINSERT INTO b VALUES (1);\nINSERT INTO b VALUES (\n  1 / 0);\nCREATE TABLE c (id int);\n',
      '3_after.up.sql': 'CREATE TABLE d (id int);\n',
    });
    const report = await migrateUp(t.db, options(set));
    expect(report.applied.map((a) => a.version)).toEqual(['1']);
    expect(report.failure).toMatchObject({
      version: '2',
      file: 'db/migrations/2_bad.up.sql',
      line: 3,
      column: 1,
      statement: 'INSERT INTO b VALUES (\n  1 / 0)',
      message: 'division by zero',
      sqlState: '22012',
      transactional: true,
    });
    expect(report.pending.map((p) => p.version)).toEqual(['2', '3']);
    expect(await tables()).toEqual(['a', 'schemagate_revisions']);
    expect((await revisions()).map((r) => r.version)).toEqual(['1']);
  });

  it("commits all but the run's last file without waiting for the disk; the last commit waits, making them all durable", async () => {
    const set = setOf({
      '1_a.up.sql': "CREATE TABLE seen AS SELECT 1 AS file, current_setting('synchronous_commit') AS sync;\n",
      '2_b.up.sql': "INSERT INTO seen SELECT 2, current_setting('synchronous_commit');\n",
      '3_c.up.sql': "INSERT INTO seen SELECT 3, current_setting('synchronous_commit');\n",
    });
    const report = await migrateUp(t.db, options(set));
    expect(report.failure).toBeUndefined();
    const seen = await t.db.query<{ file: number; sync: string }>(
      'SELECT file, sync FROM seen ORDER BY file',
    );
    expect(seen.rows).toEqual([
      { file: 1, sync: 'off' },
      { file: 2, sync: 'off' },
      { file: 3, sync: 'on' },
    ]);
    // SET LOCAL: the session's own setting is untouched after each file.
    expect((await revisions()).map((r) => r.version)).toEqual(['1', '2', '3']);
  });

  it('records how long each file ran, though its revision row goes to the server with it', async () => {
    const set = setOf({
      '1_slow.up.sql': 'CREATE TABLE a (id int);\nSELECT pg_sleep(0.25);\n',
      '2_quick.up.sql': 'CREATE TABLE b (id int);\n',
      '3_statementwise.up.sql': '-- schemagate:no-transaction\nSELECT pg_sleep(0.15);\n',
    });
    const report = await migrateUp(t.db, options(set));
    expect(report.failure).toBeUndefined();
    const ms = (
      await t.db.query<{ version: string; ms: number }>(
        'SELECT version, execution_ms AS ms FROM public.schemagate_revisions ORDER BY version',
      )
    ).rows;
    expect(ms.map((r) => r.version)).toEqual(['1', '2', '3']);
    expect(ms[0].ms).toBeGreaterThanOrEqual(250);
    expect(ms[0].ms).toBeLessThan(5000);
    expect(ms[1].ms).toBeLessThan(250);
    expect(ms[2].ms).toBeGreaterThanOrEqual(150);
  });

  it('a trailing line comment after the last statement cannot swallow the revision row', async () => {
    const set = setOf({
      '1_a.up.sql': 'CREATE TABLE a (id int) -- no semicolon, comment to the end',
      '2_b.up.sql': 'SELECT 1 -- only',
    });
    const report = await migrateUp(t.db, options(set));
    expect(report.failure).toBeUndefined();
    expect((await revisions()).map((r) => r.version)).toEqual(['1', '2']);
  });

  it('points at the column PostgreSQL reports inside the statement', async () => {
    const set = setOf({
      '1_x.up.sql': '-- comment\nCREATE TABLE a (\n  id int,\n  b int REFERENCES nowhere (id)\n);\n',
    });
    const report = await migrateUp(t.db, options(set));
    expect(report.failure).toMatchObject({
      line: 2,
      column: 1,
      message: 'relation "nowhere" does not exist',
      sqlState: '42P01',
    });
    const set2 = setOf({ '1_x.up.sql': 'SELECT 1;\nSELECT nocolumn\n  FROM pg_class;\n' });
    expect((await migrateUp(t.db, options(set2))).failure).toMatchObject({
      line: 2,
      column: 8,
      sqlState: '42703',
    });
  });

  it('refuses an applied file that was edited, naming it, and changes nothing', async () => {
    await migrateUp(t.db, options(setOf({ '1_a.up.sql': 'CREATE TABLE a (id int);\n' })));
    const edited = setOf({
      '1_a.up.sql': 'CREATE TABLE a (id bigint);\n',
      '2_b.up.sql': 'CREATE TABLE b (id int);\n',
    });
    const err = await migrateUp(t.db, options(edited)).catch((e) => e);
    expect(err).toBeInstanceOf(MigrationStateError);
    expect(err.message).toMatch(
      /^db\/migrations\/1_a\.up\.sql: this migration was applied on .* and has been edited since/,
    );
    expect(await tables()).toEqual(['a', 'schemagate_revisions']);
  });

  it('refuses out-of-order files unless migrations.allow_out_of_order', async () => {
    await migrateUp(
      t.db,
      options(setOf({ '1_a.up.sql': 'CREATE TABLE a ();', '3_c.up.sql': 'CREATE TABLE c ();' })),
    );
    const late = setOf({
      '1_a.up.sql': 'CREATE TABLE a ();',
      '2_b.up.sql': 'CREATE TABLE b ();',
      '3_c.up.sql': 'CREATE TABLE c ();',
    });
    await expect(migrateUp(t.db, options(late))).rejects.toThrow(
      'db/migrations/2_b.up.sql: pending, but 3_c.up.sql, which comes after it, is already applied. Give the file a later version, or set migrations.allow_out_of_order: true to apply it anyway.',
    );
    const report = await migrateUp(t.db, options(late, { allowOutOfOrder: true }));
    expect(report.applied.map((a) => a.version)).toEqual(['2']);
  });

  it('refuses a file mixing CREATE INDEX CONCURRENTLY with statements that need a transaction', async () => {
    const set = setOf({
      '1_a.up.sql': 'CREATE TABLE a (id int);\nCREATE INDEX CONCURRENTLY a_id ON a (id);\n',
    });
    const err = await migrateUp(t.db, options(set)).catch((e) => e);
    expect(err).toBeInstanceOf(MigrationDirError);
    expect(err.message).toMatch(
      /^db\/migrations\/1_a\.up\.sql:2:1: CREATE INDEX CONCURRENTLY cannot run inside a transaction, but this file also has statements that need one \(line 1: CreateStmt\)/,
    );
    expect(await tables()).toEqual([]);
  });

  it('runs BEGIN/COMMIT written in the file under its own transaction', async () => {
    const set = setOf({
      '1_a.up.sql': 'BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\n',
      '2_b.up.sql': 'BEGIN;\nCREATE TABLE b (id int);\nSELECT 1/0;\nCOMMIT;\n',
    });
    const report = await migrateUp(t.db, options(set));
    expect(report.failure?.version).toBe('2');
    expect(await tables()).toEqual(['a', 'schemagate_revisions']);
  });

  it('keeps the revision table in migrations.revisions_schema and sets lock_timeout', async () => {
    const set = setOf({
      '1_a.up.sql':
        "DO $$ BEGIN IF current_setting('lock_timeout') <> '1234ms' THEN RAISE 'lock_timeout is %', current_setting('lock_timeout'); END IF; END $$;",
    });
    const report = await migrateUp(t.db, options(set, { revisionsSchema: 'audit', lockTimeoutMs: 1234 }));
    expect(report.failure).toBeUndefined();
    expect(await revisions('audit')).toEqual([{ version: '1', operation: 'apply', progress: null }]);
    // The pooled connection does not keep the run's settings.
    const lt = await t.db.query<{ v: string }>("SELECT current_setting('lock_timeout') AS v");
    expect(lt.rows[0].v).toBe('0');
  });

  it('baseline marks migrations as applied without running them', async () => {
    const set = setOf({
      '1_a.up.sql': 'SELECT 1/0;',
      '2_b.up.sql': 'SELECT 1/0;',
      '3_c.up.sql': 'CREATE TABLE c ();',
    });
    const b = await baselineMigrations(t.db, { ...options(set), version: '2' });
    expect(b.marked).toEqual(['1', '2']);
    expect(await revisions()).toEqual([
      { version: '1', operation: 'baseline', progress: null },
      { version: '2', operation: 'baseline', progress: null },
    ]);
    const up = await migrateUp(t.db, options(set));
    expect(up.applied.map((a) => a.version)).toEqual(['3']);
    await expect(baselineMigrations(t.db, { ...options(set), version: '9' })).rejects.toThrow(
      'baseline: no migration with version 9 in db/migrations',
    );
  });

  it('dry run lists pending files, statements and down parts and changes nothing', async () => {
    const set = exampleSet('golang-migrate');
    const report = await migrateUp(t.db, { ...options(set), dryRun: true });
    expect(report.applied).toEqual([]);
    expect(report.pending.map((p) => [p.version, p.hasDown, p.transactional])).toEqual([
      ['1', true, true],
      ['2', true, true],
      ['3', true, false],
      ['4', true, true],
    ]);
    expect(report.pending[2].statements[0]).toMatchObject({
      line: 1,
      column: 1,
      kind: 'IndexStmt',
      nonTransactional: 'CREATE INDEX CONCURRENTLY',
    });
    expect(await tables()).toEqual([]);
  });

  it('flyway repeatables are applied again when their checksum changes', async () => {
    const v1 = setOf({
      'V1__t.sql': 'CREATE TABLE t (a int);',
      'R__v.sql': 'CREATE OR REPLACE VIEW v AS SELECT a FROM t;',
    });
    await migrateUp(t.db, options(v1));
    const v2 = setOf({
      'V1__t.sql': 'CREATE TABLE t (a int);',
      'R__v.sql': 'CREATE OR REPLACE VIEW v AS SELECT a, 1 AS b FROM t;',
    });
    const report = await migrateUp(t.db, options(v2));
    expect(report.applied.map((a) => a.version)).toEqual(['R__v']);
    expect(report.currentVersion).toBe('1');
  });
});

describe('concurrency', () => {
  beforeEach(reset);

  it('10 runs at once, each on its own connection, apply each file exactly once', async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 20; i++) {
      files[`${String(i).padStart(3, '0')}_t${i}.up.sql`] =
        `CREATE TABLE t${i} (id int);\nINSERT INTO t${i} VALUES (${i});\nSELECT pg_sleep(0.01);\n`;
    }
    const set = setOf(files);
    const dbs = Array.from({ length: 10 }, () => connectPg(t.url, { max: 1 }));
    try {
      const reports = await Promise.all(dbs.map((db) => migrateUp(db, options(set))));
      expect(reports.every((r) => r.failure === undefined)).toBe(true);
      const appliedCounts = reports.map((r) => r.applied.length).sort((a, b) => b - a);
      expect(appliedCounts.reduce((a, b) => a + b, 0)).toBe(20);
      expect(reports.every((r) => r.currentVersion === '20')).toBe(true);
    } finally {
      await Promise.all(dbs.map((db) => db.close()));
    }
    expect((await revisions()).length).toBe(20);
    const rows = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM t7');
    expect(rows.rows[0].n).toBe(1);
  });

  it('a second run waits for the lock and fails clearly after migrations.advisory_lock_timeout', async () => {
    const set = setOf({ '1_slow.up.sql': 'SELECT pg_sleep(2);' });
    const other = connectPg(t.url, { max: 1 });
    try {
      const first = migrateUp(t.db, options(set));
      await new Promise((r) => setTimeout(r, 500));
      const second = await migrateUp(other, options(set, { advisoryLockTimeoutMs: 300 })).catch((e) => e);
      expect(second.message).toBe(
        'another schemagate migrate run holds the migration lock on this database; waited 300 ms (migrations.advisory_lock_timeout). Let it finish, or raise the timeout.',
      );
      expect((await first).applied.length).toBe(1);
    } finally {
      await other.close();
    }
  });
});
