/**
 * `schemagate diff` and `schemagate new`, run in process: the printed plan, applied, makes two
 * real databases equal; directories go through the embedded database; `new` writes the next
 * migration and nothing when there is no change.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { closeEmbedded } from '../../src/db/pgliteDb.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { cwd, env: {}, out: (t) => out.push(t), err: (t) => err.push(t) };
  return { io: value, out, err };
}

let a: TestDatabase;
let b: TestDatabase;
let work: string;

beforeAll(async () => {
  a = await createTestDatabase('diffcli_a');
  b = await createTestDatabase('diffcli_b');
  work = mkdtempSync(join(tmpdir(), 'sg-diffcli-'));
});

afterAll(async () => {
  await a.drop();
  await b.drop();
  rmSync(work, { recursive: true, force: true });
  await closeEmbedded();
});

test('diff between two databases prints a plan that makes them equal, then nothing', async () => {
  await a.db.exec(`CREATE TABLE public.users (id int PRIMARY KEY, email varchar(50));
CREATE VIEW public.emails AS SELECT email FROM public.users;`);
  await b.db.exec(`CREATE TYPE public.role AS ENUM ('admin', 'member');
CREATE TABLE public.users (id int PRIMARY KEY, email varchar(100) NOT NULL, role public.role DEFAULT 'member');
CREATE INDEX users_email_idx ON public.users (email);
CREATE VIEW public.emails AS SELECT email FROM public.users;`);
  const first = io(work);
  expect(await run(['diff', '--from', a.url, '--to', b.url], first.io)).toBe(0);
  const sql = first.out.join('\n');
  expect(sql).toContain("CREATE TYPE public.role AS ENUM ('admin', 'member');");
  expect(sql).toContain('ALTER TABLE public.users ALTER COLUMN email TYPE character varying(100);');
  expect(sql.indexOf('DROP VIEW public.emails')).toBeLessThan(sql.indexOf('ALTER COLUMN email TYPE'));
  await a.db.exec(sql);

  const second = io(work);
  expect(await run(['diff', '--from', a.url, '--to', b.url], second.io)).toBe(0);
  expect(second.out).toEqual([]);
  expect(second.err).toEqual([]);
});

test('diff between two directories uses the embedded database and honours rename hints', async () => {
  const from = join(work, 'from');
  const to = join(work, 'to');
  mkdirSync(from);
  mkdirSync(to);
  writeFileSync(join(from, 'schema.sql'), 'CREATE TABLE people (id int PRIMARY KEY, nm text);\n');
  writeFileSync(
    join(to, 'schema.sql'),
    '-- schemagate:rename public.people.nm name\nCREATE TABLE people (id int PRIMARY KEY, name text);\n',
  );
  const r = io(work);
  expect(await run(['diff', '--from', 'from', '--to', 'to'], r.io)).toBe(0);
  expect(r.out.join('\n')).toBe('ALTER TABLE public.people RENAME COLUMN nm TO name;\n');
});

test('diff without --to, or with a source that is neither URL nor directory, exits 2', async () => {
  const r = io(work);
  expect(await run(['diff', '--from', a.url], r.io)).toBe(2);
  expect(r.err.join('\n')).toMatch(/both --from and --to are required/);
  const s = io(work);
  expect(await run(['diff', '--from', a.url, '--to', 'no-such-dir'], s.io)).toBe(2);
  expect(s.err.join('\n')).toMatch(/--to no-such-dir: not a postgres:\/\/ URL or a directory/);
});

describe('new', () => {
  let project: string;
  beforeAll(() => {
    project = join(work, 'project');
    mkdirSync(join(project, 'db/schema'), { recursive: true });
    mkdirSync(join(project, 'db/migrations'), { recursive: true });
    writeFileSync(
      join(project, 'schemagate.yml'),
      'schema: db/schema\nmigrations:\n  dir: db/migrations\n  format: plain\n',
    );
    writeFileSync(
      join(project, 'db/migrations/20250101000000_init.sql'),
      'CREATE TABLE items (id int PRIMARY KEY);\n',
    );
    writeFileSync(
      join(project, 'db/schema/items.sql'),
      "CREATE TABLE items (id int PRIMARY KEY, label text NOT NULL DEFAULT '');\nCREATE INDEX items_label_idx ON items (label);\n",
    );
  });

  test('writes the next migration with the difference, then nothing once it is applied', async () => {
    const r = io(project);
    expect(await run(['new', 'add_label'], r.io)).toBe(0);
    const files = readdirSync(join(project, 'db/migrations')).sort();
    expect(files).toHaveLength(2);
    expect(files[1]).toMatch(/^\d{14}_add_label\.sql$/);
    const text = readFileSync(join(project, 'db/migrations', files[1]), 'utf8');
    expect(text).toContain("ALTER TABLE public.items ADD COLUMN label text DEFAULT ''::text NOT NULL;");
    expect(text).toContain('CREATE INDEX items_label_idx ON public.items USING btree (label);');
    expect(r.out.join('\n')).toContain(`wrote db/migrations/${files[1]}`);

    const again = io(project);
    expect(await run(['new', 'again'], again.io)).toBe(0);
    expect(again.out.join('\n')).toMatch(/nothing written/);
    expect(readdirSync(join(project, 'db/migrations'))).toHaveLength(2);
  });

  test('a bad name exits 2 and writes nothing', async () => {
    const r = io(project);
    expect(await run(['new', '../evil'], r.io)).toBe(2);
    expect(r.err.join('\n')).toMatch(/use letters, digits/);
  });
});
