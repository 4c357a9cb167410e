/** `schemagate inspect` end to end, in process: a directory on the dev database, and a URL. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/run.js';
import { closeEmbedded } from '../../src/db/pgliteDb.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';
import { makeTempDir } from '../helpers/tempDir.js';

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { cwd, env: {}, out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

let root: string;
let server: TestDatabase;

beforeAll(async () => {
  root = makeTempDir('sg-inspect-');
  mkdirSync(join(root, 'db/schema'), { recursive: true });
  writeFileSync(join(root, 'schemagate.yml'), 'schema: db/schema\n');
  writeFileSync(
    join(root, 'db/schema/01_users.sql'),
    `CREATE TYPE public.role AS ENUM ('admin', 'o''brien');
CREATE TABLE public.users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, role public.role NOT NULL);\n`,
  );
  mkdirSync(join(root, 'broken'));
  writeFileSync(
    join(root, 'broken/a.sql'),
    'CREATE TABLE public.a (id int);\n\nCREATE INDEX ON public.a (nope);\n',
  );
  server = await createTestDatabase('inspect');
  await server.db.exec(
    'CREATE SCHEMA billing; CREATE TABLE billing.invoices (id int PRIMARY KEY); CREATE TABLE public.other (id int)',
  );
});

afterAll(async () => {
  await server.drop();
  await closeEmbedded();
});

test('a directory (the configured schema) prints its model as canonical JSON', async () => {
  const t = io(root);
  expect(await run(['inspect'], t.io)).toBe(0);
  const model = JSON.parse(t.out.join(''));
  expect(model.enums['public.role'].labels).toEqual(['admin', "o'brien"]);
  expect(model.tables['public.users'].columns.id.identity).toBe('always');
  expect(model.serverVersion).toBeGreaterThanOrEqual(180000);
});

test('--format sql prints the statements that create the schema, quoted', async () => {
  const t = io(root);
  expect(await run(['inspect', 'db/schema', '--format', 'sql'], t.io)).toBe(0);
  const sql = t.out.join('\n');
  expect(sql).toContain(`CREATE TYPE public.role AS ENUM ('admin', 'o''brien');`);
  expect(sql).toMatch(/CREATE TABLE public\.users \(/);
});

test('a URL is introspected, limited to --schema', async () => {
  const t = io(root);
  expect(await run(['inspect', server.url, '--schema', 'billing'], t.io)).toBe(0);
  const model = JSON.parse(t.out.join(''));
  expect(Object.keys(model.tables)).toEqual(['billing.invoices']);
});

test('bad input exits 2 with a message naming what and where', async () => {
  const broken = io(root);
  expect(await run(['inspect', 'broken'], broken.io)).toBe(2);
  expect(broken.err.join('')).toBe(
    'schemagate inspect: error: broken/a.sql:3:1: column "nope" does not exist (SQLSTATE 42703)',
  );
  const missing = io(root);
  expect(await run(['inspect', 'nowhere'], missing.io)).toBe(2);
  expect(missing.err.join('')).toContain('nowhere is neither a postgres:// URL nor a directory');
  const format = io(root);
  expect(await run(['inspect', '--format', 'yaml'], format.io)).toBe(2);
  expect(format.err.join('')).toContain('--format: expected json or sql, got yaml');
});
