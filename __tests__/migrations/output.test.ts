/** `schemagate migrate` output: one line per applied file, once, on stdout; --format json for machines. */
import { join } from 'node:path';
import { runCli } from '../helpers/cliRunner.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';
import { repoRoot } from './helpers.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase('mig_output');
});
afterAll(async () => {
  await t.drop();
});
beforeEach(async () => {
  await t.db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
});

const cwd = join(repoRoot, 'examples', 'migrations-golang-migrate');

it('prints each applied file exactly once, on stdout, with its time', async () => {
  const r = await runCli(['migrate', '--url', t.url], { cwd });
  expect(r.code).toBe(0);
  const lines = (r.stdout + r.stderr).split('\n').filter((l) => /create_customers/.test(l));
  expect(lines).toEqual([
    expect.stringMatching(/^applied {2}migrations\/000001_create_customers\.up\.sql {2}\d+ ms$/),
  ]);
  // Not a terminal: the only progress is one line on stderr when the run starts.
  expect(r.stderr).toBe('applying migrations: 4 files\n');
  expect(r.stdout.split('\n').filter((l) => l.startsWith('applied  '))).toHaveLength(4);
});

it('--format json prints one JSON document with each file, its time and the current version', async () => {
  const r = await runCli(['migrate', 'up', '--format', 'json', '--url', t.url], { cwd });
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
  const doc = JSON.parse(r.stdout);
  expect(doc).toMatchObject({ format: 'golang-migrate', dryRun: false, currentVersion: '4', pending: [] });
  expect(doc.applied.map((a: { file: string }) => a.file)).toEqual([
    'migrations/000001_create_customers.up.sql',
    'migrations/000002_create_orders.up.sql',
    'migrations/000003_index_orders_customer.up.sql',
    'migrations/000004_customer_display_name.up.sql',
  ]);
  expect(Number.isInteger(doc.applied[0].durationMs)).toBe(true);
  const down = await runCli(['migrate', 'down', '--format', 'json', '--url', t.url], { cwd });
  expect(JSON.parse(down.stdout)).toMatchObject({ currentVersion: '3', rolledBack: [{ version: '4' }] });
  // A directory format name after --format still selects the directory format.
  const status = await runCli(['migrate', 'status', '--format', 'golang-migrate', '--url', t.url], { cwd });
  expect(status.stdout).toContain('format: golang-migrate');
});
