/**
 * The migrating session (which also holds the advisory lock) is terminated by the server: the
 * run ends with a clear error naming the file and statement, exit 1, nothing of the file is
 * applied, and a rerun finishes. Before the fix the process died on an unhandled 'error' event.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DbConnectionLostError } from '../../src/core/errors.js';
import { migrateUp } from '../../src/core/migrations/index.js';
import { connectPg } from '../../src/db/pgDb.js';
import { runCli } from '../helpers/cliRunner.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';
import { options, setOf } from './helpers.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase('mig_lost');
});
afterAll(async () => {
  await t.drop();
});
beforeEach(async () => {
  await t.db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
});

/**
 * Terminates, once it shows up, the backend of this database whose query matches `marker` (not
 * the syntax check that reads the files first: it runs nothing). A file is sent as one query, so
 * its whole text is in pg_stat_activity while its first statement runs: `waitEvent` says what the
 * backend must be doing, so the kill lands on the statement the test means.
 */
async function terminateWhen(marker: string, waitEvent?: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const r = await t.db.query<{ ok: boolean }>(
      `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE $1
          AND query NOT LIKE 'SELECT 1/0;%' AND ($2::text IS NULL OR wait_event = $2)`,
      [`%${marker}%`, waitEvent ?? null],
    );
    if (r.rows.length > 0) return;
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error(`no backend ran ${marker}`);
}

const tables = async () =>
  (
    await t.db.query<{ n: string }>(
      "SELECT relname AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY 1",
    )
  ).rows.map((r) => r.n);

it('CLI: terminating the migrating session fails with the file and statement, exit 1; a rerun finishes', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'sg-lost-'));
  mkdirSync(join(cwd, 'db', 'migrations'), { recursive: true });
  const sleep = `pg_sleep(20.${randomBytes(2).readUInt16BE()})`;
  writeFileSync(join(cwd, 'db', 'migrations', '1_a.up.sql'), 'CREATE TABLE a (id int);\n');
  writeFileSync(join(cwd, 'db', 'migrations', '2_b.up.sql'), `CREATE TABLE b (id int);\nSELECT ${sleep};\n`);
  const [r] = await Promise.all([
    runCli(['migrate', '--url', t.url], { cwd }),
    terminateWhen(sleep, 'PgSleep'),
  ]);
  expect(r.code).toBe(1);
  expect(r.stderr + r.stdout).toMatch(/db\/migrations\/2_b\.up\.sql:2:1/);
  expect(r.stderr + r.stdout).toContain(`SELECT ${sleep}`);
  expect(r.stderr + r.stdout).toMatch(
    /the connection to the database was lost: terminating connection due to administrator command/,
  );
  expect(r.stderr + r.stdout).toMatch(/nothing of this file is applied or recorded/);
  expect(await tables()).toEqual(['a', 'schemagate_revisions']);

  writeFileSync(
    join(cwd, 'db', 'migrations', '2_b.up.sql'),
    'CREATE TABLE b (id int);\nSELECT pg_sleep(0);\n',
  );
  const again = await runCli(['migrate', '--url', t.url], { cwd });
  expect(again.code).toBe(0);
  expect(await tables()).toEqual(['a', 'b', 'schemagate_revisions']);
}, 60_000);

it('terminating a run while it waits for the advisory lock ends it with a DbConnectionLostError', async () => {
  const holder = new pg.Client({ connectionString: t.url });
  await holder.connect();
  try {
    await holder.query(
      "SELECT pg_advisory_lock(hashtext('schemagate.migrate'), hashtext('public.schemagate_revisions'))",
    );
    const app = `sg_lock_${randomBytes(4).toString('hex')}`;
    const db = connectPg(t.url, { applicationName: app });
    try {
      const run = migrateUp(
        db,
        options(setOf({ '1_a.up.sql': 'CREATE TABLE a (id int);' }), { advisoryLockTimeoutMs: 30_000 }),
      );
      await terminateWhen('pg_try_advisory_lock');
      const err = await run.catch((e) => e);
      expect(err).toBeInstanceOf(DbConnectionLostError);
      expect(err.message).toMatch(/^the connection to the database was lost/);
      expect(err.exitCode).toBe(1);
    } finally {
      await db.close();
    }
    expect(await tables()).toEqual([]);
  } finally {
    await holder.end();
  }
}, 60_000);
