import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MigrationInFlightError, migrateUp, resolveInFlight } from '../../src/core/migrations/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';
import { options, repoRoot, setOf } from './helpers.js';
import { transpileTree } from './transpile.js';

const work = join(repoRoot, '.tmp', `mig-kill-${process.pid}`);
let t: TestDatabase;

const FILE = `-- schemagate:no-transaction
CREATE INDEX CONCURRENTLY k_a ON k (a);
CREATE TABLE k_slow AS SELECT 1 AS s FROM pg_sleep(2);
CREATE INDEX CONCURRENTLY k_b ON k (b);
INSERT INTO k_log VALUES ('done');
`;

beforeAll(async () => {
  t = await createTestDatabase('mig_kill');
  transpileTree(['src/core/migrations/index.ts', 'src/db/pgDb.ts'], join(work, 'build'));
  mkdirSync(join(work, 'migrations'), { recursive: true });
  writeFileSync(
    join(work, 'migrations', '1_tables.up.sql'),
    'CREATE TABLE k (a int, b int);\nCREATE TABLE k_log (msg text);\n',
  );
  writeFileSync(join(work, 'migrations', '2_indexes.up.sql'), FILE);
  writeFileSync(
    join(work, 'child.mjs'),
    `import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const { migrateUp, readMigrationSet } = await import('./build/src/core/migrations/index.js');
const { connectPg } = await import('./build/src/db/pgDb.js');
const dir = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, 'migrations');
const files = readdirSync(dir).sort().map((name) => ({ name, content: readFileSync(join(dir, name), 'utf8') }));
const set = readMigrationSet(files, 'auto', 'db/migrations');
const db = connectPg(process.argv[2], { max: 1 });
await migrateUp(db, { set, revisionsSchema: 'public', lockTimeoutMs: 5000, statementTimeoutMs: 0, advisoryLockTimeoutMs: 30000, allowOutOfOrder: false });
await db.close();
`,
  );
});

afterAll(async () => {
  await t.drop();
  rmSync(work, { recursive: true, force: true });
});

async function waitFor(check: () => Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('timed out waiting');
}

it('kill -9 in the middle of a non-transactional file, then a rerun, finishes it exactly once', async () => {
  const child = spawn(process.execPath, [join(work, 'child.mjs'), t.url], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += String(d);
  });
  const exited = new Promise<NodeJS.Signals | number | null>((r) =>
    child.on('exit', (code, signal) => r(signal ?? code)),
  );
  // Killed while the slow CREATE TABLE AS runs: the first index is done and recorded, the rest not.
  // PostgreSQL finishes the statement anyway; the rerun reads k_slow in the catalog and skips it.
  await waitFor(async () => {
    const r = await t.db
      .query<{ p: number | null }>("SELECT progress AS p FROM schemagate_revisions WHERE version = '2'")
      .catch(() => ({ rows: [] as { p: number | null }[] }));
    return r.rows[0]?.p === 1;
  }, 20_000);
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  expect(stderr).toBe('');

  const idx = async () =>
    (
      await t.db.query<{ n: string; v: boolean }>(
        "SELECT c.relname AS n, i.indisvalid AS v FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname LIKE 'k\\_%' ORDER BY 1",
      )
    ).rows;
  expect(await idx()).toEqual([{ n: 'k_a', v: true }]);

  const set = setOf({
    '1_tables.up.sql': 'CREATE TABLE k (a int, b int);\nCREATE TABLE k_log (msg text);\n',
    '2_indexes.up.sql': FILE,
  });
  const report = await migrateUp(t.db, options(set));
  expect(report.failure).toBeUndefined();
  expect(report.applied).toMatchObject([{ version: '2', transactional: false, resumedAt: 1 }]);
  expect((await t.db.query('SELECT count(*)::int AS n FROM k_slow')).rows).toEqual([{ n: 1 }]);
  expect(await idx()).toEqual([
    { n: 'k_a', v: true },
    { n: 'k_b', v: true },
  ]);
  expect((await t.db.query('SELECT msg FROM k_log')).rows).toEqual([{ msg: 'done' }]);
  expect(
    (await t.db.query('SELECT version, progress FROM schemagate_revisions ORDER BY version')).rows,
  ).toEqual([
    { version: '1', progress: null },
    { version: '2', progress: null },
  ]);
}, 60_000);

it('a failed CREATE UNIQUE INDEX CONCURRENTLY leaves an INVALID index that the rerun drops and builds again', async () => {
  await t.db.exec('CREATE TABLE u (a int); INSERT INTO u VALUES (1), (1);');
  const files = { '1_u.up.sql': 'CREATE UNIQUE INDEX CONCURRENTLY u_a ON u (a);\n' };
  const first = await migrateUp(t.db, options(setOf(files, 'auto', 'm'), { revisionsSchema: 'other' }));
  expect(first.failure).toMatchObject({
    file: 'm/1_u.up.sql',
    line: 1,
    sqlState: '23505',
    transactional: false,
    completedStatements: 0,
  });
  const valid = async () =>
    (
      await t.db.query<{ v: boolean }>(
        "SELECT indisvalid AS v FROM pg_index WHERE indexrelid = 'u_a'::regclass",
      )
    ).rows[0]?.v;
  expect(await valid()).toBe(false);
  await t.db.exec('DELETE FROM u; INSERT INTO u VALUES (1), (2);');
  const second = await migrateUp(t.db, options(setOf(files, 'auto', 'm'), { revisionsSchema: 'other' }));
  expect(second.failure).toBeUndefined();
  expect(await valid()).toBe(true);
});

it('a rerun does not repeat a DROP INDEX CONCURRENTLY that had completed', async () => {
  await t.db.exec('CREATE TABLE d (a int); CREATE INDEX d_a ON d (a); CREATE INDEX d_b ON d (a);');
  const files = {
    '1_d.up.sql':
      '-- schemagate:no-transaction\nDROP INDEX CONCURRENTLY d_a;\nDROP INDEX CONCURRENTLY d_b;\n',
  };
  const opts = options(setOf(files, 'auto', 'm'), { revisionsSchema: 'drops' });
  // As if a run was killed after the first drop finished but before its progress was recorded.
  await t.db.exec(`CREATE SCHEMA drops; CREATE TABLE drops.schemagate_revisions (version text PRIMARY KEY, name text NOT NULL DEFAULT '',
    checksum text, applied_at timestamptz NOT NULL DEFAULT now(), execution_ms integer NOT NULL DEFAULT 0, applied_by text NOT NULL DEFAULT current_user,
    operation text NOT NULL DEFAULT 'apply', progress integer, progress_checksum text); DROP INDEX d_a;`);
  await t.db.query(
    "INSERT INTO drops.schemagate_revisions (version, checksum, progress, progress_checksum) VALUES ('1', $1, 0, '')",
    [opts.set.migrations[0].checksum],
  );
  const report = await migrateUp(t.db, opts);
  expect(report.failure).toBeUndefined();
  expect(report.applied).toMatchObject([{ version: '1', resumedAt: 0 }]);
  expect((await t.db.query("SELECT to_regclass('d_b') AS r")).rows[0].r).toBeNull();
});

it('an interrupted INSERT is never run twice: the rerun stops with the resolve command, which then settles it', async () => {
  await t.db.exec('CREATE TABLE ins (v int)');
  const files = {
    '1_ins.up.sql':
      '-- schemagate:no-transaction\nINSERT INTO ins VALUES (1);\nINSERT INTO ins VALUES (2);\n',
  };
  const opts = options(setOf(files, 'auto', 'm'), { revisionsSchema: 'inflight' });
  // As if the client was killed while statement 1 ran and PostgreSQL finished it: the row says
  // statement 1 was in flight on a backend that is gone, and the INSERT did happen.
  await t.db.exec('CREATE SCHEMA inflight; INSERT INTO ins VALUES (1);');
  await migrateUp(t.db, { ...opts, set: setOf({}, 'auto', 'm') });
  await t.db.query(
    `INSERT INTO inflight.schemagate_revisions (version, checksum, progress, progress_checksum, in_flight, in_flight_pid, in_flight_at)
     VALUES ('1', $1, 0, '', 1, 2147483000, now())`,
    [opts.set.migrations[0].checksum],
  );
  const err = await migrateUp(t.db, opts).catch((e) => e);
  expect(err).toBeInstanceOf(MigrationInFlightError);
  expect(err.exitCode).toBe(1);
  expect(err.message).toMatch(
    /^m\/1_ins\.up\.sql:2:1: an earlier run stopped while statement 1 of this no-transaction file was running/,
  );
  expect(err.message).toContain('INSERT INTO ins VALUES (1)');
  expect(err.message).toContain('schemagate migrate resolve 1 --statement 1 --applied');
  expect(err.message).toContain('schemagate migrate resolve 1 --statement 1 --not-applied');
  expect((await t.db.query('SELECT v FROM ins ORDER BY v')).rows).toEqual([{ v: 1 }]);

  // A wrong statement number is refused; the right one is recorded.
  await expect(resolveInFlight(t.db, { ...opts, version: '1', statement: 2, applied: true })).rejects.toThrow(
    /statement 2 of m\/1_ins\.up\.sql is not the one in flight \(0 statement\(s\) done, statement 1 in flight\)/,
  );
  expect(await resolveInFlight(t.db, { ...opts, version: '1', statement: 1, applied: true })).toMatch(
    /recorded as applied; migrate up continues with statement 2/,
  );
  const report = await migrateUp(t.db, opts);
  expect(report.failure).toBeUndefined();
  expect((await t.db.query('SELECT v FROM ins ORDER BY v')).rows).toEqual([{ v: 1 }, { v: 2 }]);
});
