/** inspect: an unknown --schema is bad input, and --format sql runs as is on a new database. */
import { runCli } from '../helpers/cliRunner.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';

let source: TestDatabase;
let target: TestDatabase;
beforeAll(async () => {
  source = await createTestDatabase('inspect_src');
  target = await createTestDatabase('inspect_dst');
  await source.db.exec('CREATE TABLE public.items (id bigint PRIMARY KEY, name text NOT NULL)');
});
afterAll(async () => {
  await source.drop();
  await target.drop();
});

it('inspect --schema of a schema that does not exist exits 2 and names it', async () => {
  const r = await runCli(['inspect', source.url, '--schema', 'nosuch']);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('inspect: no schema "nosuch" in the database');
  expect(r.stdout).toBe('');
});

it('inspect --format sql does not start by creating public, and applies to a new database', async () => {
  const r = await runCli(['inspect', source.url, '--format', 'sql']);
  expect(r.code).toBe(0);
  expect(r.stdout).not.toContain('CREATE SCHEMA public');
  expect(r.stdout).toContain('CREATE TABLE public.items');
  await target.db.exec(r.stdout);
  const again = await runCli(['inspect', target.url, '--format', 'sql']);
  expect(again.stdout).toBe(r.stdout);
});
