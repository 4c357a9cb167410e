import type { Db } from '../../src/core/db.js';
import { dbErrorFields } from '../../src/core/db.js';
import { closeEmbedded, openEmbedded } from '../../src/db/pgliteDb.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';

let server: TestDatabase;
beforeAll(async () => {
  server = await createTestDatabase('db');
});
afterAll(async () => {
  await server.drop();
  await closeEmbedded();
});

const impls: [string, () => Promise<Db>][] = [
  ['server (node-postgres)', async () => server.db],
  ['embedded (PGlite)', () => openEmbedded()],
];

describe.each(impls)('Db on %s', (_label, open) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await db.exec('DROP TABLE IF EXISTS t; CREATE TABLE t (id int PRIMARY KEY, name text)');
  });

  it('runs parameterised queries (values never spliced)', async () => {
    await db.query('INSERT INTO t VALUES ($1, $2)', [1, "O'Brien; DROP TABLE t; --"]);
    const r = await db.query<{ name: string }>('SELECT name FROM t WHERE id = $1', [1]);
    expect(r.rows).toEqual([{ name: "O'Brien; DROP TABLE t; --" }]);
  });

  it('rolls a failed transaction back completely', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO t VALUES (2, $1)', ['kept?']);
        await tx.query('INSERT INTO t VALUES (1, $1)', ['duplicate key']);
      }),
    ).rejects.toThrow(/duplicate key/);
    const r = await db.query('SELECT count(*)::int AS n FROM t WHERE id = 2');
    expect(r.rows[0]).toEqual({ n: 0 });
  });

  it('commits a transaction that succeeds', async () => {
    await db.transaction((tx) => tx.query('INSERT INTO t VALUES (3, $1)', ['three']));
    const r = await db.query('SELECT name FROM t WHERE id = 3');
    expect(r.rows).toEqual([{ name: 'three' }]);
  });

  it('keeps session state on one connection', async () => {
    const v = await db.session(async (c) => {
      await c.exec("SET application_name = 'sg-session-test'");
      const r = await c.query<{ a: string }>("SELECT current_setting('application_name') AS a");
      return r.rows[0].a;
    });
    expect(v).toBe('sg-session-test');
  });

  it('reports the server version and error fields', async () => {
    expect(await db.serverVersion()).toBeGreaterThanOrEqual(130000);
    const err = await db.query('SELECT * FROM no_such_table').catch((e) => e);
    expect(dbErrorFields(err)).toMatchObject({
      code: '42P01',
      message: expect.stringContaining('no_such_table'),
    });
  });
});

it('hands out the embedded database empty each time', async () => {
  const a = await openEmbedded();
  await a.exec('CREATE SCHEMA leftover; CREATE TABLE public.x (a int)');
  const b = await openEmbedded();
  const r = await b.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname NOT IN ('pg_catalog','information_schema','pg_toast')",
  );
  expect(r.rows[0].n).toBe(0);
  const s = await b.query("SELECT 1 FROM pg_namespace WHERE nspname = 'leftover'");
  expect(s.rows).toEqual([]);
});

it('resets publications, default privileges, settings and the public schema between leases', async () => {
  // A fresh instance: its first lease is the database as loaded, with nothing to reset.
  await closeEmbedded();
  const fresh = await openEmbedded();
  const publicAcl = async (db: Db) =>
    (
      await db.query<{ owner: string; acl: string; comment: string }>(
        `SELECT pg_get_userbyid(nspowner)::text AS owner, nspacl::text AS acl,
                obj_description(oid, 'pg_namespace') AS comment
         FROM pg_namespace WHERE nspname = 'public'`,
      )
    ).rows;
  const searchPath = async (db: Db) =>
    (await db.query<{ p: string }>("SELECT current_setting('search_path') AS p")).rows[0].p;
  const asLoaded = await publicAcl(fresh);
  const loadedPath = await searchPath(fresh);
  expect(asLoaded).toEqual([
    { owner: 'pg_database_owner', acl: expect.any(String), comment: 'standard public schema' },
  ]);

  await fresh.exec(`
    CREATE SCHEMA "Odd ""name""";
    CREATE TABLE "Odd ""name""".t (id int);
    CREATE TABLE public.p (id int);
    CREATE PUBLICATION "pub one" FOR TABLE public.p;
    ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO PUBLIC;
    ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
    ALTER DEFAULT PRIVILEGES IN SCHEMA "Odd ""name""" GRANT USAGE ON SEQUENCES TO PUBLIC;
    REVOKE USAGE ON SCHEMA public FROM PUBLIC;
    SET search_path = '';
  `);
  const next = await openEmbedded();
  const count = async (sql: string) => (await next.query<{ n: number }>(sql)).rows[0].n;
  expect(await count('SELECT count(*)::int AS n FROM pg_publication')).toBe(0);
  expect(await count('SELECT count(*)::int AS n FROM pg_default_acl')).toBe(0);
  expect(await count(`SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = 'Odd "name"'`)).toBe(0);
  expect(await count("SELECT count(*)::int AS n FROM pg_class WHERE relname = 'p'")).toBe(0);
  expect(await searchPath(next)).toBe(loadedPath);
  expect(await publicAcl(next)).toEqual(asLoaded);
});
