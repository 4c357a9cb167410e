/**
 * Introspection on the real server (PostgreSQL 15 here) and on PGlite (PostgreSQL 18): the same
 * fixture must read back as the expected model on both, and as the same comparison form.
 */
import { readFileSync } from 'node:fs';
import { introspect } from '../../src/core/catalog/index.js';
import type { Db, Queryable } from '../../src/core/db.js';
import { canonicalJson, modelHash, type SchemaModel } from '../../src/core/model/index.js';
import { connectPg } from '../../src/db/pgDb.js';
import { closeEmbedded } from '../../src/db/pgliteDb.js';
import { openDevDatabase } from '../../src/runtime/devDatabase.js';
import { createRolesSql, ensureClusterRoles, withRun } from '../helpers/clusterRoles.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';

/** Fixtures name the role `sg_reader_{run}`: one per test run (helpers/clusterRoles.ts). */
const fixture = (name: string) =>
  withRun(readFileSync(new URL(`./fixtures/catalog/${name}`, import.meta.url), 'utf8'));
const READER = withRun('sg_reader_{run}');
const ROLE = createRolesSql([READER]);

/** A fresh embedded database (the one PGlite instance, reset) with the fixture applied. */
async function embeddedWith(...sql: string[]): Promise<Db> {
  const { db } = await openDevDatabase(undefined);
  await db.exec(ROLE);
  for (const s of sql) await db.exec(s);
  return db;
}

const dbs: TestDatabase[] = [];
async function serverWith(...sql: string[]): Promise<Db> {
  const t = await createTestDatabase('catalog');
  dbs.push(t);
  for (const s of sql) await t.db.exec(s);
  return t.db;
}

beforeAll(() => ensureClusterRoles([READER]));

afterAll(async () => {
  await Promise.all(dbs.map((t) => t.drop()));
  await closeEmbedded();
}, 180_000);

/**
 * Before PostgreSQL 15 a new database grants CREATE on `public` to PUBLIC: a real difference from
 * PGlite (18), so when the test server is older the public schema itself is left out.
 */
function comparable(m: SchemaModel, oldest: number): SchemaModel {
  if (oldest >= 150000) return m;
  const { public: _public, ...schemas } = m.schemas;
  return { ...m, schemas };
}

/** `db`, noting the oids each pg_get_indexdef query of introspect asks for. */
function countingDefinitionReads(db: Db, asked: string[][]): Db {
  const counting = (tx: Queryable): Queryable => ({
    query: (sql, params) => {
      if (sql.includes('pg_get_indexdef(o)')) asked.push([...((params?.[0] as string[]) ?? [])]);
      return tx.query(sql, params);
    },
    exec: (sql) => tx.exec(sql),
  });
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'transaction')
        return <T>(fn: (tx: Queryable) => Promise<T>) => target.transaction((tx) => fn(counting(tx)));
      const v = Reflect.get(target, prop);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

function expectRealistic(m: SchemaModel): void {
  expect(Object.keys(m.schemas)).toEqual(['app', 'public']);
  expect(m.schemas.app.comment).toBe('application objects');
  expect(m.schemas.app.grants).toEqual([{ grantee: 'PUBLIC', privileges: ['USAGE'], grantable: [] }]);

  expect(m.enums['app.mood'].labels).toEqual(['happy', `it's "fine"`, 'sad']);
  expect(m.enums['app.mood'].comment).toBe('how a user feels');
  const email = m.domains['app.email'];
  expect(email).toMatchObject({
    baseType: 'character varying(320)',
    collation: 'pg_catalog."C"',
    notNull: true,
    default: `'nobody@example.com'::character varying`,
  });
  expect(email.checks.email_has_at.definition).toBe(`CHECK (((VALUE)::text ~~ '%@%'::text))`);
  expect(m.composites['app.address'].attributes.map((a) => [a.name, a.type, a.collation])).toEqual([
    ['street', 'text', null],
    ['zip', 'character varying(10)', null],
    ['city', 'text', 'pg_catalog."C"'],
  ]);

  expect(m.sequences['app.invoice_no']).toMatchObject({
    dataType: 'integer',
    start: '1000',
    increment: '5',
    min: '1000',
    max: '99999',
    cache: '10',
    cycle: true,
    ownedBy: { table: 'app.orders', column: 'invoice' },
  });
  expect(m.sequences['app.invoice_no'].grants).toEqual([
    { grantee: READER, privileges: ['USAGE'], grantable: [] },
  ]);
  expect(m.sequences['app.standalone']).toMatchObject({
    dataType: 'bigint',
    start: '1',
    ownedBy: null,
    identity: false,
  });
  // serial: its sequence is OWNED BY the column; identity sequences are not listed as sequences.
  expect(m.sequences['app.orders_id_seq'].ownedBy).toEqual({ table: 'app.orders', column: 'id' });
  expect(Object.keys(m.sequences).some((k) => k.startsWith('app.users_id'))).toBe(false);

  const users = m.tables['app.users'];
  expect(users.comment).toBe('people');
  expect(users.columns.id).toMatchObject({
    position: 1,
    type: 'bigint',
    identity: 'always',
    notNull: true,
    default: null,
  });
  expect(users.columns.id.identitySequence).toMatchObject({
    start: '10',
    increment: '2',
    dataType: 'bigint',
  });
  expect(users.columns.email).toMatchObject({ type: 'app.email', comment: 'login', notNull: false });
  expect(users.columns.name).toMatchObject({ collation: 'pg_catalog."C"', notNull: true });
  expect(users.columns.mood.default).toBe(`'it''s "fine"'::app.mood`);
  expect(users.columns.balance).toMatchObject({ type: 'numeric(12,2)', default: '0', notNull: true });
  expect(users.columns.tags).toMatchObject({ type: 'text[]', default: `'{}'::text[]` });
  expect(users.columns.created_at).toMatchObject({ type: 'timestamp(3) with time zone', default: 'now()' });
  expect(users.columns.name_upper.generated).toBe('upper(name)');
  expect(users.columns.name_upper.default).toBeNull();
  expect(users.columns.name.grants).toEqual([{ grantee: 'PUBLIC', privileges: ['UPDATE'], grantable: [] }]);
  expect(users.grants).toEqual([{ grantee: 'PUBLIC', privileges: ['INSERT', 'SELECT'], grantable: [] }]);
  expect(users.constraints.users_pkey).toMatchObject({
    type: 'primaryKey',
    definition: 'PRIMARY KEY (id)',
    index: 'app.users_pkey',
  });
  expect(users.constraints.users_email_key).toMatchObject({ type: 'unique', columns: ['email'] });
  expect(users.constraints.users_balance_check.definition).toBe('CHECK ((balance >= (0)::numeric))');
  // NOT NULL is a column property on every version, never a constraint (PostgreSQL 18 has rows for it).
  expect(
    Object.values(users.constraints)
      .map((c) => c.type)
      .sort(),
  ).toEqual(['check', 'primaryKey', 'unique']);
  expect(users.triggers.users_touch).toMatchObject({
    definition:
      'CREATE TRIGGER users_touch BEFORE INSERT OR UPDATE OF name ON app.users FOR EACH ROW WHEN ((new.name IS NOT NULL)) EXECUTE FUNCTION app.touch()',
    function: 'app.touch()',
    enabled: 'O',
  });

  const orders = m.tables['app.orders'];
  expect(orders.columns.id.default).toBe(`nextval('app.orders_id_seq'::regclass)`);
  expect(orders.columns.invoice.default).toBe(`nextval('app.invoice_no'::regclass)`);
  expect(orders.constraints.orders_user_fk).toMatchObject({
    type: 'foreignKey',
    deferrable: true,
    initiallyDeferred: true,
    validated: true,
    definition:
      'FOREIGN KEY (user_id) REFERENCES app.users(id) ON UPDATE SET NULL ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED',
    foreignKey: {
      referencedTable: 'app.users',
      referencedColumns: ['id'],
      onUpdate: 'SET NULL',
      onDelete: 'CASCADE',
      match: 'SIMPLE',
    },
  });
  expect(orders.constraints.orders_amount_positive).toMatchObject({ type: 'check', validated: false });
  expect(orders.rowSecurity).toBe(true);
  expect(orders.forceRowSecurity).toBe(true);
  expect(orders.policies.own_orders).toEqual({
    name: 'own_orders',
    permissive: false,
    command: 'SELECT',
    roles: ['PUBLIC'],
    using: `(user_id = (current_setting('app.user_id'::text))::bigint)`,
    withCheck: null,
    comment: null,
  });
  expect(orders.policies.insert_orders).toMatchObject({
    permissive: true,
    command: 'INSERT',
    using: null,
    withCheck: '(amount < (1000)::numeric)',
  });

  expect(m.tables['app.events'].partitioning).toEqual({ strategy: 'RANGE', key: 'RANGE (happened_at)' });
  expect(m.tables['app.events_2024'].partitionOf).toEqual({
    parent: 'app.events',
    bound: `FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')`,
  });
  expect(m.tables['app.events_2024'].constraints.events_2024_pkey.inherited).toBe(true);

  const lower = m.indexes['app.users_lower_email_idx'];
  expect(lower).toMatchObject({
    table: 'app.users',
    method: 'btree',
    unique: false,
    include: ['name'],
    predicate: `(mood <> 'sad'::app.mood)`,
    constraint: null,
    definition: `CREATE INDEX users_lower_email_idx ON app.users USING btree (lower((email)::text)) INCLUDE (name) WHERE (mood <> 'sad'::app.mood)`,
  });
  expect(lower.elements).toEqual([
    {
      column: null,
      expression: 'lower(email::text)',
      opclass: null,
      collation: null,
      descending: false,
      nulls: null,
    },
  ]);
  expect(m.indexes['app.users_name_pattern'].elements[0]).toMatchObject({
    column: 'name',
    opclass: 'pg_catalog.text_pattern_ops',
  });
  expect(m.indexes['app.orders_user_amount'].elements.map((e) => [e.column, e.descending, e.nulls])).toEqual([
    ['user_id', true, 'LAST'],
    ['amount', false, 'FIRST'],
  ]);
  expect(m.indexes['app.orders_user_amount'].comment).toBe('for the dashboard');
  expect(m.indexes['app.users_pkey'].constraint).toBe('users_pkey');
  expect(m.indexes['app.events_payload'].method).toBe('gin');
  expect(m.indexes['app.events_2024_payload_idx'].parentIndex).toBe('app.events_payload');

  const rich = m.views['app.rich_users'];
  expect(rich.options).toEqual(['security_barrier=true']);
  expect(rich.columns.map((c) => [c.name, c.type])).toEqual([
    ['id', 'bigint'],
    ['name', 'text'],
    ['total', 'numeric'],
  ]);
  expect(rich.definition).toContain('FROM app.users u');
  expect(rich.definition).toContain('JOIN app.orders o ON o.user_id = u.id');
  expect(rich.grants).toEqual([{ grantee: READER, privileges: ['SELECT'], grantable: ['SELECT'] }]);
  expect(m.materializedViews['app.order_totals']).toMatchObject({ populated: false });
  expect(m.indexes['app.order_totals_user'].table).toBe('app.order_totals');

  const add = m.routines['app.add(integer, integer)'];
  expect(add).toMatchObject({
    kind: 'function',
    identityArgs: 'a integer, b integer',
    returns: 'integer',
    language: 'sql',
    volatility: 'IMMUTABLE',
    strict: true,
    parallel: 'SAFE',
    comment: 'adds',
  });
  expect(add.definition).toMatch(/^CREATE OR REPLACE FUNCTION app\.add\(a integer, b integer DEFAULT 1\)/);
  expect(add.grants).toEqual([]); // EXECUTE revoked from PUBLIC: the owner's own grant is the default.
  expect(m.routines['app.touch()']).toMatchObject({
    returns: 'trigger',
    language: 'plpgsql',
    config: ['search_path=app'],
  });
  expect(m.routines['app.archive(date)']).toMatchObject({
    kind: 'procedure',
    returns: null,
    args: [{ name: 'before', type: 'date', mode: 'IN' }],
  });
}

describe('introspect', () => {
  let server: SchemaModel;
  let embedded: SchemaModel;

  beforeAll(async () => {
    server = await introspect(await serverWith(fixture('realistic.sql')));
    embedded = await introspect(await embeddedWith(fixture('realistic.sql')));
  });

  test('reads every object kind on the real server', () => {
    expect(server.serverVersion).toBeGreaterThanOrEqual(130000);
    expectRealistic(server);
  });

  test('a pipelining connection (queries sent together) reads the same model, with progress in order', async () => {
    const url = dbs[0].url;
    const db = connectPg(url, { max: 1, pipeline: true });
    const seen: number[] = [];
    try {
      expect(db.pipelines).toBe(true);
      const piped = await introspect(db, { onProgress: (p) => seen.push(p.done) });
      expect(canonicalJson(piped)).toBe(canonicalJson(server));
    } finally {
      await db.close();
    }
    expect(seen).toEqual([...Array(16).keys()]);
  });

  test('reads every object kind on PGlite', () => {
    expect(embedded.serverVersion).toBeGreaterThanOrEqual(180000);
    expectRealistic(embedded);
  });

  test('the same schema compares equal across server versions', () => {
    // PostgreSQL 16+ prints view columns unqualified where 15 qualifies them: same fingerprint.
    expect(server.materializedViews['app.order_totals'].definitionFingerprint).toBe(
      embedded.materializedViews['app.order_totals'].definitionFingerprint,
    );
    const v = server.serverVersion;
    expect(canonicalJson(comparable(server, v))).toBe(canonicalJson(comparable(embedded, v)));
    expect(modelHash(comparable(server, v))).toBe(modelHash(comparable(embedded, v)));
  });

  test('constraint columns: in the constraint’s order, a system column by name, none for a whole row, and the referenced columns of a table out of scope', async () => {
    const sql = `CREATE SCHEMA other;
      CREATE TABLE other.ref (x int, y int, UNIQUE (y, x));
      CREATE TABLE public.t (a int, b int, c int,
        CONSTRAINT t_ba UNIQUE (b, a),
        CONSTRAINT t_tableoid CHECK (tableoid::regclass::text <> ''),
        CONSTRAINT t_row CHECK (t IS NOT NULL),
        CONSTRAINT t_cb CHECK (c > b),
        CONSTRAINT t_fk FOREIGN KEY (c, a) REFERENCES other.ref (y, x))`;
    for (const db of [await serverWith(sql), await embeddedWith(sql)]) {
      const m = await introspect(db, { excludeSchemas: ['other'] });
      expect(m.tables['other.ref']).toBeUndefined();
      const cs = m.tables['public.t'].constraints;
      expect(cs.t_ba.columns).toEqual(['b', 'a']);
      expect(cs.t_tableoid.columns).toEqual(['tableoid']);
      expect(cs.t_row.columns).toEqual([]);
      expect(cs.t_cb.columns).toEqual(['c', 'b']);
      expect(cs.t_fk.columns).toEqual(['c', 'a']);
      expect(cs.t_fk.foreignKey?.referencedTable).toBe('other.ref');
      expect(cs.t_fk.foreignKey?.referencedColumns).toEqual(['y', 'x']);
      expect(cs.t_ba.foreignKey).toBeNull();
    }
  });

  test('index definitions are pg_get_indexdef’s text, written by the client for plain indexes and asked for the rest', async () => {
    const plain = `CREATE SCHEMA "Ix";
      CREATE DOMAIN "Ix".posint AS int CHECK (VALUE > 0);
      CREATE TABLE "Ix"."Odd Table" (id int PRIMARY KEY, a int, b int, c int, d int, "select" text, "User" text,
        v varchar(20), t text, tags int[], doc tsvector, p "Ix".posint);
      CREATE INDEX plain_a ON "Ix"."Odd Table" (a);
      CREATE UNIQUE INDEX "Uniq Desc" ON "Ix"."Odd Table" (b DESC, a NULLS FIRST, c DESC NULLS FIRST, d ASC NULLS LAST);
      CREATE INDEX part_ix ON "Ix"."Odd Table" ("select") WHERE b > 0 AND "User" IS NOT NULL;
      CREATE INDEX inc_ix ON "Ix"."Odd Table" (a) INCLUDE (b, "select");
      CREATE INDEX hash_ix ON "Ix"."Odd Table" USING hash ("User");
      CREATE INDEX brin_ix ON "Ix"."Odd Table" USING brin (c);
      CREATE TABLE "Ix".parted (id int, k int) PARTITION BY RANGE (k);
      CREATE TABLE "Ix".parted_1 PARTITION OF "Ix".parted FOR VALUES FROM (0) TO (10);
      CREATE INDEX parted_ix ON "Ix".parted (id DESC);`;
    const asked = `
      CREATE INDEX expr_ix ON "Ix"."Odd Table" (lower(t), (a + 1));
      CREATE INDEX varchar_ix ON "Ix"."Odd Table" (v);
      CREATE INDEX coll_ix ON "Ix"."Odd Table" (t COLLATE "C");
      CREATE INDEX ff_ix ON "Ix"."Odd Table" (a) WITH (fillfactor = 70);
      CREATE INDEX ops_ix ON "Ix"."Odd Table" (t text_pattern_ops);
      CREATE INDEX gin_ix ON "Ix"."Odd Table" USING gin (tags);
      CREATE INDEX gist_ix ON "Ix"."Odd Table" USING gist (doc tsvector_ops (siglen = 100));
      CREATE INDEX domain_ix ON "Ix"."Odd Table" (p);`;
    const expectedAsked = 8;
    for (const db of [await serverWith(plain, asked), await embeddedWith(plain, asked)]) {
      const version = Number(
        (await db.query<{ v: string }>("SELECT current_setting('server_version_num') AS v")).rows[0].v,
      );
      if (version >= 150000)
        await db.exec('CREATE UNIQUE INDEX nnd_ix ON "Ix"."Odd Table" (d) NULLS NOT DISTINCT');
      const askedFor: string[][] = [];
      const model = await introspect(countingDefinitionReads(db, askedFor));
      const truth = await db.query<{ schema: string; name: string; def: string }>(
        `SELECT n.nspname AS schema, c.relname AS name, pg_get_indexdef(c.oid) AS def
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ('i', 'I') AND n.nspname = 'Ix' ORDER BY 1, 2`,
      );
      const read = Object.values(model.indexes)
        .filter((ix) => ix.schema === 'Ix')
        .map((ix) => ({ schema: ix.schema, name: ix.name, def: ix.definition }))
        .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
      expect(read).toEqual(truth.rows);
      // 9 plain: the primary key, seven created above and the index of partition parted_1.
      expect(read.length).toBe(expectedAsked + 9 + (version >= 150000 ? 1 : 0));
      expect(read.find((ix) => ix.name === 'parted_ix')?.def).toBe(
        'CREATE INDEX parted_ix ON ONLY "Ix".parted USING btree (id DESC)',
      );
      // One query for the rest, naming exactly the indexes that are not plain.
      expect(askedFor).toHaveLength(1);
      expect(askedFor[0]).toHaveLength(expectedAsked);
    }
  });

  test('a real difference changes the canonical form and hash', async () => {
    const changed = await introspect(
      await serverWith(
        fixture('realistic.sql'),
        `CREATE OR REPLACE VIEW app.rich_users WITH (security_barrier = true) AS
        SELECT u.id, u.name, sum(o.amount) AS total FROM app.users u JOIN app.orders o ON o.user_id = u.id
        WHERE o.amount > 1 GROUP BY u.id, u.name`,
      ),
    );
    expect(changed.views['app.rich_users'].definitionFingerprint).not.toBe(
      server.views['app.rich_users'].definitionFingerprint,
    );
    expect(modelHash(changed)).not.toBe(modelHash(server));
  });
});

describe('normalisation', () => {
  test.each([
    ['server', serverWith],
    ['PGlite', embeddedWith],
  ])('two histories of the same schema compare equal on %s', async (_name, open) => {
    const a = await introspect(await open(fixture('history-a.sql')));
    const b = await introspect(await open(fixture('history-b.sql')));
    // Column order differs (history b added columns later): recorded, but not a difference by default.
    expect(
      Object.values(a.tables['public.invoices'].columns).map((c) => [c.name, c.position]),
    ).toContainEqual(['customer_id', 2]);
    expect(
      Object.values(b.tables['public.invoices'].columns).map((c) => [c.name, c.position]),
    ).toContainEqual(['customer_id', 3]);
    expect(b.tables['public.customers'].columns.note.position).toBe(3); // the dropped column leaves no gap
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a, { columnOrder: true })).not.toBe(canonicalJson(b, { columnOrder: true }));
  });

  test('a changed default, NOT NULL or FK action is a difference', async () => {
    const base = await introspect(await serverWith(fixture('history-a.sql')));
    for (const change of [
      `ALTER TABLE public.customers ALTER COLUMN note SET DEFAULT 'n/a'`,
      'ALTER TABLE public.customers ALTER COLUMN note SET NOT NULL',
      `ALTER TABLE public.invoices DROP CONSTRAINT invoices_customer_id_fkey, ADD CONSTRAINT invoices_customer_id_fkey
         FOREIGN KEY (customer_id) REFERENCES public.customers (id) ON DELETE RESTRICT`,
    ]) {
      const other = await introspect(await serverWith(fixture('history-a.sql'), change));
      expect(canonicalJson(other)).not.toBe(canonicalJson(base));
    }
  });
});

describe('scope', () => {
  test('objects that belong to an extension are skipped, the extension is listed', async () => {
    const m = await introspect(
      await serverWith('CREATE EXTENSION citext; CREATE TABLE public.notes (name public.citext)'),
    );
    expect(m.extensions.citext).toMatchObject({ name: 'citext', schema: 'public' });
    expect(m.tables['public.notes'].columns.name.type).toBe('public.citext');
    expect(Object.keys(m.routines)).toEqual([]);
    expect(Object.keys(m.domains)).toEqual([]);
    expect(m.unsupported).toEqual([]);
  });

  test('include/exclude schemas and ignored tables', async () => {
    const db = await serverWith(`CREATE SCHEMA a; CREATE SCHEMA b;
      CREATE TABLE a.keep (id serial PRIMARY KEY); CREATE TABLE a.tmp_import (id serial PRIMARY KEY);
      CREATE TABLE b.other (id int)`);
    const onlyA = await introspect(db, { includeSchemas: ['a'], ignoreTables: [/^tmp_/] });
    expect(Object.keys(onlyA.schemas)).toEqual(['a']);
    expect(Object.keys(onlyA.tables)).toEqual(['a.keep']);
    expect(Object.keys(onlyA.indexes)).toEqual(['a.keep_pkey']);
    expect(Object.keys(onlyA.sequences)).toEqual(['a.keep_id_seq']);
    const notA = await introspect(db, { excludeSchemas: ['a', 'public'] });
    expect(Object.keys(notA.tables)).toEqual(['b.other']);
  });

  test('objects the model does not describe are reported by name', async () => {
    const m = await introspect(
      await serverWith(`CREATE TABLE public.t (x int);
        CREATE AGGREGATE public.total(int) (SFUNC = int4pl, STYPE = int);
        CREATE RULE keep AS ON DELETE TO public.t DO INSTEAD NOTHING;
        CREATE TYPE public.span AS RANGE (subtype = int4)`),
    );
    const byName = Object.fromEntries(m.unsupported.map((u) => [u.id.name, u]));
    expect(Object.keys(byName).sort()).toEqual(['keep', 'span', 'total']);
    expect(byName.total).toMatchObject({
      reason: 'aggregates are compared by definition only',
      create: 'CREATE AGGREGATE public.total(integer) (SFUNC = int4pl, STYPE = integer)',
      drop: 'DROP AGGREGATE public.total(integer)',
    });
    expect(byName.keep).toMatchObject({
      reason: 'rewrite rules are compared by definition only',
      create: 'CREATE RULE keep AS\n    ON DELETE TO public.t DO INSTEAD NOTHING',
      drop: 'DROP RULE keep ON public.t',
    });
    expect(byName.span).toMatchObject({
      id: { kind: 'other' },
      create: 'CREATE TYPE public.span AS RANGE (SUBTYPE = integer)',
      drop: 'DROP TYPE public.span',
    });
    // The range's constructor functions come with the type: not routines of their own.
    expect(Object.keys(m.routines)).toEqual([]);
  });
});

test('PostgreSQL 18 virtual generated columns are reported as unsupported (PGlite)', async () => {
  const m = await introspect(
    await embeddedWith('CREATE TABLE public.boxes (a int, twice int GENERATED ALWAYS AS (a * 2) VIRTUAL)'),
  );
  expect(m.unsupported.map((u) => [u.id.kind, u.id.table, u.id.name, u.reason])).toEqual([
    ['column', 'boxes', 'twice', 'virtual generated columns are not supported'],
  ]);
});

describe('hostile identifiers', () => {
  test.each([
    ['server', serverWith],
    ['PGlite', embeddedWith],
  ])('quotes, spaces, unicode, reserved words and enum labels round-trip on %s', async (_name, open) => {
    const m = await introspect(await open(fixture('hostile.sql')));
    expect(Object.keys(m.schemas)).toContain('"My ""Odd"" Schema"');
    const enumType = m.enums['"My ""Odd"" Schema"."select"'];
    expect(enumType.labels).toEqual([`it's`, 'say "hi"', 'back\\slash', 'ünï']);
    const t = m.tables['"My ""Odd"" Schema"."Tåble. with dots"'];
    expect(t.name).toBe('Tåble. with dots');
    expect(Object.keys(t.columns).sort()).toEqual(['user', 'we"ird col', 'ñandú']);
    expect(t.columns['we"ird col'].type).toBe('"My ""Odd"" Schema"."select"');
    expect(t.columns['we"ird col'].default).toBe(`'it''s'::"My ""Odd"" Schema"."select"`);
    expect(t.comment).toBe(`it's -- not a comment; DROP TABLE x;`);
    expect(m.indexes['"My ""Odd"" Schema"."idx ""q"""'].definition).toBe(
      `CREATE INDEX "idx ""q""" ON "My ""Odd"" Schema"."Tåble. with dots" USING btree ("ñandú")`,
    );
  });
});

describe('round trips', () => {
  function counting(db: Db): { db: Db; count: () => number } {
    let n = 0;
    const wrapQ = <T extends { query: Db['query']; exec: Db['exec'] }>(q: T): T => ({
      ...q,
      query: (sql: string, params?: readonly unknown[]) => {
        n++;
        return q.query(sql, params);
      },
      exec: (sql: string) => {
        n++;
        return q.exec(sql);
      },
    });
    const wrapped: Db = {
      ...wrapQ(db),
      kind: db.kind,
      serverVersion: () => db.serverVersion(),
      close: () => db.close(),
      transaction: (fn) => db.transaction((tx) => fn(wrapQ(tx))),
      session: (fn) => db.session((c) => fn(wrapQ(c))),
    };
    return { db: wrapped, count: () => n };
  }

  const tables = (n: number) =>
    Array.from(
      { length: n },
      (
        _,
        i,
      ) => `CREATE TABLE public.t${i} (id serial PRIMARY KEY, ref int REFERENCES public.t${i} (id), v text);
        CREATE INDEX t${i}_v ON public.t${i} (v); CREATE VIEW public.v${i} AS SELECT id FROM public.t${i};`,
    ).join('\n');

  test('the number of catalog queries does not grow with the number of tables', async () => {
    const small = counting(await serverWith(tables(2)));
    const large = counting(await serverWith(tables(60)));
    const a = await introspect(small.db);
    const b = await introspect(large.db);
    expect(Object.keys(a.tables)).toHaveLength(2);
    expect(Object.keys(b.tables)).toHaveLength(60);
    expect(small.count()).toBeGreaterThan(5);
    expect(large.count()).toBe(small.count());
  });
});
