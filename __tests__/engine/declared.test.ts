/**
 * The declared schema: files applied to a dev database (PGlite by default, or a temporary
 * database on a server) and read back; errors name file:line:col; rename directives collected.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { loadDeclaredSchema } from '../../src/core/catalog/declared.js';
import { introspect } from '../../src/core/catalog/index.js';
import { SqlExecutionError, SqlSyntaxError } from '../../src/core/errors.js';
import { canonicalJson, type SchemaModel } from '../../src/core/model/index.js';
import { loadSqlParser, parseSqlFile } from '../../src/core/sql/index.js';
import { closeEmbedded } from '../../src/db/pgliteDb.js';
import { openDevDatabase } from '../../src/runtime/devDatabase.js';
import { ensureClusterRoles, withRun } from '../helpers/clusterRoles.js';
import { ADMIN_URL, createTestDatabase } from '../helpers/pgTestDb.js';

const realistic = withRun(readFileSync(new URL('./fixtures/catalog/realistic.sql', import.meta.url), 'utf8'));

beforeAll(async () => {
  await loadSqlParser();
  // The fixture grants to this run's reader role; registered so the run's teardown drops it.
  await ensureClusterRoles([withRun('sg_reader_{run}')]);
});
afterAll(closeEmbedded);

async function declaredError(files: [string, string][]): Promise<unknown> {
  const dev = await openDevDatabase(undefined);
  try {
    await loadDeclaredSchema(
      dev.db,
      files.map(([name, text]) => parseSqlFile(name, text)),
    );
  } catch (err) {
    return err;
  } finally {
    await dev.dispose();
  }
  throw new Error('expected the declared schema to fail');
}

test('a declared schema on PGlite equals the same SQL applied to the real server', async () => {
  const dev = await openDevDatabase(undefined);
  const declared = await loadDeclaredSchema(dev.db, [
    parseSqlFile('schema/01_types.sql', "CREATE TYPE public.kind AS ENUM ('a', 'b');"),
    parseSqlFile('schema/02_app.sql', realistic),
  ]);
  await dev.dispose();
  const t = await createTestDatabase('declared');
  try {
    await t.db.exec(`CREATE TYPE public.kind AS ENUM ('a', 'b');\n${realistic}`);
    const live = await introspect(t.db);
    expect(Object.keys(declared.model.tables)).toContain('app.users');
    // Before PostgreSQL 15 `public` grants CREATE to PUBLIC by default: a real difference from PGlite.
    const withoutPublic = (m: SchemaModel) => ({ ...m, schemas: { ...m.schemas, public: undefined } });
    const pick = live.serverVersion >= 150000 ? (m: SchemaModel) => m : withoutPublic;
    expect(canonicalJson(pick(declared.model) as SchemaModel)).toBe(canonicalJson(pick(live) as SchemaModel));
  } finally {
    await t.drop();
  }
});

test('a statement PostgreSQL rejects names file:line:col of the error position', async () => {
  const err = await declaredError([
    ['schema/01.sql', 'CREATE TABLE public.a (id int);\n'],
    [
      'schema/02.sql',
      '-- refs\nCREATE TABLE public.b (\n  id int,\n  a_id int REFERENCES public.missing (id)\n);\n',
    ],
  ]);
  expect(err).toBeInstanceOf(SqlExecutionError);
  const e = err as SqlExecutionError;
  expect(e.message).toBe('schema/02.sql:2:1: relation "public.missing" does not exist (SQLSTATE 42P01)');
  expect(e.exitCode).toBe(2);

  const typo = await declaredError([
    ['schema/03.sql', 'CREATE TABLE public.c (\n  id int,\n  v nosuchtype\n);'],
  ]);
  expect((typo as Error).message).toBe(
    'schema/03.sql:3:5: type "nosuchtype" does not exist (SQLSTATE 42704)',
  );
});

test('a syntax error is reported by the parser with file:line:col before anything runs', () => {
  expect(() =>
    parseSqlFile('schema/bad.sql', 'CREATE TABLE public.a (id int);\nCREATE TABLEX b ();'),
  ).toThrow(SqlSyntaxError);
  expect(() =>
    parseSqlFile('schema/bad.sql', 'CREATE TABLE public.a (id int);\nCREATE TABLEX b ();'),
  ).toThrow(/^schema\/bad\.sql:2:8: syntax error/);
});

test('rename directives are collected as hints and checked against the declared schema', async () => {
  const dev = await openDevDatabase(undefined);
  try {
    const sql = `CREATE SCHEMA app;
-- schemagate:rename app.people app.persons
CREATE TABLE app.persons (id int, full_name text, "Zip Code" text);
-- schemagate:rename app.persons.name full_name
-- schemagate:rename app.persons."zip" "Zip Code"
CREATE INDEX ON app.persons (id);
-- schemagate:rename accounts customers
CREATE TABLE public.customers (id int);`;
    const { renames } = await loadDeclaredSchema(dev.db, [parseSqlFile('schema/app.sql', sql)]);
    expect(
      renames.map(({ kind, schema, table, from, to, line }) => ({ kind, schema, table, from, to, line })),
    ).toEqual([
      { kind: 'table', schema: 'app', table: 'persons', from: 'people', to: 'persons', line: 2 },
      { kind: 'column', schema: 'app', table: 'persons', from: 'name', to: 'full_name', line: 4 },
      { kind: 'column', schema: 'app', table: 'persons', from: 'zip', to: 'Zip Code', line: 5 },
      { kind: 'table', schema: 'public', table: 'customers', from: 'accounts', to: 'customers', line: 7 },
    ]);
  } finally {
    await dev.dispose();
  }
  const err = await declaredError([
    [
      'schema/x.sql',
      'CREATE TABLE public.t1 (id int);\n-- schemagate:rename public.t1.old public.t1.nope\nSELECT 1;',
    ],
  ]);
  expect((err as Error).message).toBe(
    'schema/x.sql:2:1: syntax error: schemagate:rename public.t1.old public.t1.nope: column nope is not in table public.t1',
  );
});

test('dev_url: the declared schema goes to a temporary database that is dropped afterwards', async () => {
  const dev = await openDevDatabase(ADMIN_URL);
  const name = dev.description.match(/schemagate_dev_[0-9a-f]+/)?.[0];
  expect(name).toBeDefined();
  try {
    const { model } = await loadDeclaredSchema(dev.db, [
      parseSqlFile('s.sql', 'CREATE TABLE public.widgets (id int PRIMARY KEY);'),
    ]);
    expect(Object.keys(model.tables)).toEqual(['public.widgets']);
  } finally {
    await dev.dispose();
  }
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  const r = await c.query('SELECT count(*)::int AS n FROM pg_database WHERE datname = $1', [name]);
  await c.end();
  expect(r.rows[0].n).toBe(0);
});
