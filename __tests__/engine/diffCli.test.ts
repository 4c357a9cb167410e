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
  // Off a terminal stderr has one progress line per phase (planning 0 steps says nothing), nothing else.
  expect(
    second.err.filter((l) => !/^(reading catalog \(--(from|to)\)|diffing): \d+ object kinds$/.test(l)),
  ).toEqual([]);
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
  // The first use starts the embedded database: slow on a loaded machine.
}, 180_000);

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

describe('unsupported changes refuse the whole plan', () => {
  let c: TestDatabase;
  let d: TestDatabase;
  beforeAll(async () => {
    c = await createTestDatabase('diffcli_c');
    d = await createTestDatabase('diffcli_d');
    // One supported change (a new table) and two the engine cannot plan: a cast-less type change
    // and switching a table to partitioned.
    await c.db.exec(`CREATE TABLE public.t (id int PRIMARY KEY, ref integer);
CREATE TABLE public.events (id int, at date);`);
    await d.db.exec(`CREATE TABLE public.t (id int PRIMARY KEY, ref uuid);
CREATE TABLE public.events (id int, at date) PARTITION BY RANGE (at);
CREATE TABLE public.extra (id int);`);
  });
  afterAll(async () => {
    await c.drop();
    await d.drop();
  });

  test('exit 2, nothing on stdout, every unsupported object named with its reason', async () => {
    const r = io(work);
    expect(await run(['diff', '--from', c.url, '--to', d.url], r.io)).toBe(2);
    expect(r.out).toEqual([]);
    const err = r.err.join('\n');
    expect(err).toMatch(/refused: 2 changes cannot be planned/);
    expect(err).toMatch(
      /column public\.t\.ref: no known cast from integer to uuid;.*-- schemagate:using public\.t\.ref/,
    );
    expect(err).toMatch(/table public\.events: .*partition/i);
    expect(err).toMatch(/--partial/);
  });

  test('--partial prints the supported part, marked as partial', async () => {
    const r = io(work);
    expect(await run(['diff', '--from', c.url, '--to', d.url, '--partial'], r.io)).toBe(0);
    const sql = r.out.join('\n');
    expect(sql.split('\n')[0]).toBe(
      '-- schemagate: PARTIAL PLAN: 2 unsupported changes are left out; applying this does not reach the target schema',
    );
    expect(sql).toContain('CREATE TABLE public.extra (');
    expect(sql).not.toMatch(/ALTER COLUMN ref/);
    expect(r.err.join('\n')).toMatch(/unsupported column public\.t\.ref/);
  });

  test('inspect --format sql refuses a schema it cannot recreate, and prints it with --partial', async () => {
    await d.db.exec(
      // A moving-aggregate form: the engine cannot print its CREATE statement.
      'CREATE AGGREGATE public.total(int) (SFUNC = int4pl, STYPE = int, MSFUNC = int4pl, MINVFUNC = int4mi, MSTYPE = int); CREATE TABLE public.other (id int);',
    );
    try {
      const r = io(work);
      expect(await run(['inspect', d.url, '--format', 'sql'], r.io)).toBe(2);
      expect(r.err.join('\n')).toMatch(/aggregate public\.total\(integer\): not created/);
      const p = io(work);
      expect(await run(['inspect', d.url, '--format', 'sql', '--partial'], p.io)).toBe(0);
      expect(p.out.join('\n')).toMatch(/^-- schemagate: PARTIAL PLAN/);
    } finally {
      await d.db.exec('DROP AGGREGATE public.total(int); DROP TABLE public.other;');
    }
  });
});

test('a declared USING expression converts a column that has no cast', async () => {
  const from = join(work, 'using-from');
  const to = join(work, 'using-to');
  mkdirSync(from);
  mkdirSync(to);
  writeFileSync(join(from, 'schema.sql'), 'CREATE TABLE tokens (id int PRIMARY KEY, ref integer);\n');
  writeFileSync(
    join(to, 'schema.sql'),
    '-- schemagate:using public.tokens.ref md5(ref::text)::uuid\nCREATE TABLE tokens (id int PRIMARY KEY, ref uuid);\n',
  );
  const r = io(work);
  expect(await run(['diff', '--from', 'using-from', '--to', 'using-to'], r.io)).toBe(0);
  const sql = r.out.join('\n');
  expect(sql).toContain('ALTER TABLE public.tokens ALTER COLUMN ref TYPE uuid USING md5(ref::text)::uuid;');

  // The plan applies on a real server and keeps the rows (converted).
  const db = await createTestDatabase('diffcli_using');
  try {
    await db.db.exec(
      'CREATE TABLE public.tokens (id int PRIMARY KEY, ref integer); INSERT INTO public.tokens VALUES (1, 7), (2, 8);',
    );
    await db.db.exec(sql);
    const rows = await db.db.query<{ ref: string }>('SELECT ref::text AS ref FROM public.tokens ORDER BY id');
    expect(rows.rows.map((x) => x.ref)).toEqual([
      '8f14e45f-ceea-167a-5a36-dedd4bea2543',
      'c9f0f895-fb98-ab91-59f5-1fd0297e236d',
    ]);
  } finally {
    await db.drop();
  }
});

test('a USING hint that is not one expression, or names no declared column, is an error at its line', async () => {
  const to = join(work, 'using-bad');
  mkdirSync(to);
  writeFileSync(
    join(to, 'schema.sql'),
    'CREATE TABLE tokens (id int PRIMARY KEY, ref uuid);\n\n-- schemagate:using public.tokens.ref NULL; DROP TABLE tokens\nCREATE TABLE x (id int);\n',
  );
  const r = io(work);
  expect(await run(['diff', '--from', 'using-from', '--to', 'using-bad'], r.io)).toBe(2);
  expect(r.err.join('\n')).toMatch(/schema\.sql:3:1: .*schemagate:using .*is not one SQL expression/);
  writeFileSync(
    join(to, 'schema.sql'),
    'CREATE TABLE tokens (id int PRIMARY KEY, ref uuid);\n-- schemagate:using public.tokens.nope NULL\nCREATE TABLE x (id int);\n',
  );
  const s = io(work);
  expect(await run(['diff', '--from', 'using-from', '--to', 'using-bad'], s.io)).toBe(2);
  expect(s.err.join('\n')).toMatch(/schema\.sql:2:1: .*column nope is not in table public\.tokens/);
});

test('bookkeeping tables of schemagate and adopted tools are left out of diff and inspect', async () => {
  const e = await createTestDatabase('diffcli_e');
  try {
    await e.db.exec(`CREATE TABLE public.schemagate_revisions (version text PRIMARY KEY);
CREATE TABLE public.schema_migrations (version bigint PRIMARY KEY, dirty boolean NOT NULL);
CREATE TABLE public.flyway_schema_history (installed_rank int PRIMARY KEY);
CREATE TABLE public.goose_db_version (id serial PRIMARY KEY, version_id bigint NOT NULL);
CREATE SCHEMA atlas_schema_revisions;
CREATE TABLE atlas_schema_revisions.atlas_schema_revisions (version text PRIMARY KEY);
CREATE TABLE public.users (id int PRIMARY KEY);`);
    const empty = join(work, 'users-only');
    mkdirSync(empty);
    writeFileSync(join(empty, 'schema.sql'), 'CREATE TABLE users (id int PRIMARY KEY);\n');
    const r = io(work);
    expect(await run(['diff', '--from', e.url, '--to', 'users-only'], r.io)).toBe(0);
    expect(r.out).toEqual([]);
    const back = io(work);
    expect(await run(['diff', '--from', 'users-only', '--to', e.url], back.io)).toBe(0);
    expect(back.out).toEqual([]);
    const ins = io(work);
    expect(await run(['inspect', e.url], ins.io)).toBe(0);
    const model = JSON.parse(ins.out.join('\n'));
    expect(Object.keys(model.tables)).toEqual(['public.users']);
    expect(Object.keys(model.sequences)).toEqual([]);
    expect(Object.keys(model.schemas)).not.toContain('atlas_schema_revisions');
  } finally {
    await e.drop();
  }
});
