/**
 * Publications and default privileges outside the corpus: what introspection reads on the server
 * and on PGlite, config `ignore`, the PGlite reset, refusals by server version, the hazard on
 * DROP PUBLICATION, the order of default-privilege changes around new objects, drift differences
 * and baseline hashes that do not move for schemas without either kind.
 */
import { introspect } from '../../src/core/catalog/index.js';
import { parseConfig } from '../../src/core/config/index.js';
import type { Db } from '../../src/core/db.js';
import { planDiff } from '../../src/core/diff/index.js';
import { schemaHash } from '../../src/core/drift/baseline.js';
import { compareModels } from '../../src/core/drift/compare.js';
import { canonicalJson, type SchemaModel } from '../../src/core/model/index.js';
import { emptyModel, type Publication } from '../../src/core/model/types.js';
import { closeEmbedded } from '../../src/db/pgliteDb.js';
import { openDevDatabase } from '../../src/runtime/devDatabase.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';

const SQL = `CREATE SCHEMA app;
CREATE TABLE app.users (id int PRIMARY KEY, name text, secret text);
CREATE TABLE app.orders (id int PRIMARY KEY, user_id int);
CREATE PUBLICATION "users feed" FOR TABLE app.users (id, name) WHERE (id > 10), app.orders
  WITH (publish = 'insert, update');
CREATE PUBLICATION app_schema FOR TABLES IN SCHEMA app;
COMMENT ON PUBLICATION app_schema IS 'whole schema';
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO PUBLIC;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;`;

const dbs: TestDatabase[] = [];
async function serverWith(sql: string): Promise<Db> {
  const t = await createTestDatabase('publications');
  dbs.push(t);
  await t.db.exec(sql);
  return t.db;
}

afterAll(async () => {
  await Promise.all(dbs.map((t) => t.drop()));
  await closeEmbedded();
}, 180_000);

function expectRead(m: SchemaModel, role: string): void {
  expect(m.publications['"users feed"']).toEqual({
    name: 'users feed',
    owner: role,
    comment: null,
    allTables: false,
    publish: ['insert', 'update'],
    viaRoot: false,
    generatedColumns: 'none',
    tables: {
      'app.orders': { table: 'app.orders', columns: null, where: null },
      'app.users': { table: 'app.users', columns: ['id', 'name'], where: '(id > 10)' },
    },
    schemas: [],
  });
  expect(m.publications.app_schema).toMatchObject({ schemas: ['app'], tables: {}, comment: 'whole schema' });
  // Keyed `role IN SCHEMA s ON objects` / `role ON objects`, sorted.
  expect(Object.values(m.defaultPrivileges)).toEqual([
    {
      role,
      schema: 'app',
      objects: 'tables',
      grants: [{ grantee: 'PUBLIC', privileges: ['SELECT'], grantable: [] }],
      revoked: [],
    },
    {
      role,
      schema: null,
      objects: 'functions',
      grants: [],
      revoked: [{ grantee: 'PUBLIC', privileges: ['EXECUTE'], grantable: [] }],
    },
  ]);
}

describe('introspection', () => {
  test('reads publications and default privileges the same on the server and on PGlite', async () => {
    const server = await introspect(await serverWith(SQL));
    const role = server.schemas.app.owner;
    expectRead(server, role);
    const dev = await openDevDatabase(undefined);
    await dev.db.exec(SQL);
    const embedded = await introspect(dev.db);
    expectRead(embedded, embedded.schemas.app.owner);
    expect(canonicalJson(embedded)).toBe(canonicalJson(server));
  });

  test('config ignore leaves them out; the PGlite reset drops them', async () => {
    const db = await serverWith(SQL);
    const m = await introspect(db, { ignore: { publications: true, defaultPrivileges: true } });
    expect(m.publications).toEqual({});
    expect(m.defaultPrivileges).toEqual({});
    const dev = await openDevDatabase(undefined);
    await dev.db.exec(SQL);
    const again = await introspect((await openDevDatabase(undefined)).db);
    expect(again.publications).toEqual({});
    expect(again.defaultPrivileges).toEqual({});
  });

  test('config: ignore.publications and ignore.default_privileges default to false', () => {
    expect(parseConfig('', 'schemagate.yml').ignore).toEqual({
      publications: false,
      default_privileges: false,
    });
    const c = parseConfig('ignore:\n  publications: true\n', 'schemagate.yml');
    expect(c.ignore).toEqual({ publications: true, default_privileges: false });
    expect(() => parseConfig('ignore:\n  subscriptions: true\n', 'schemagate.yml')).toThrow(
      /schemagate\.yml:2:3: ignore\.subscriptions: unknown key \(allowed here: publications, default_privileges\)/,
    );
  });
});

function pub(name: string, extra: Partial<Publication> = {}): Publication {
  return {
    name,
    owner: 'postgres',
    comment: null,
    allTables: false,
    publish: ['insert', 'update', 'delete', 'truncate'],
    viaRoot: false,
    generatedColumns: 'none',
    tables: {},
    schemas: [],
    ...extra,
  };
}

const model = (parts: Partial<SchemaModel>, version = 150000): SchemaModel => ({
  ...emptyModel(version),
  ...parts,
});

describe('plan', () => {
  test('dropping a publication carries the drop-publication hazard', () => {
    const plan = planDiff(model({ publications: { feed: pub('feed') } }), model({}));
    expect(plan.statements).toHaveLength(1);
    expect(plan.statements[0].sql).toBe('DROP PUBLICATION feed');
    expect(plan.statements[0].hazards.map((h) => h.id)).toEqual(['drop-publication']);
  });

  test('PostgreSQL 15 features are refused by name for an older target', () => {
    const to = model({
      publications: {
        by_schema: pub('by_schema', { schemas: ['app'] }),
        filtered: pub('filtered', {
          tables: { 'public.t': { table: 'public.t', columns: ['id'], where: null } },
        }),
        plain: pub('plain', { tables: { 'public.t': { table: 'public.t', columns: null, where: null } } }),
      },
    });
    const plan = planDiff(model({}, 140000), to);
    expect(plan.unsupported).toEqual([
      { kind: 'publication', name: 'by_schema', reason: 'FOR TABLES IN SCHEMA needs PostgreSQL 15 or newer' },
      {
        kind: 'publication',
        name: 'filtered',
        reason: 'a column list or row filter (table public.t) needs PostgreSQL 15 or newer',
      },
    ]);
    expect(plan.statements.map((s) => s.sql)).toEqual(['CREATE PUBLICATION plain FOR TABLE public.t']);
  });

  test('default privileges are narrowed before new objects and widened after them', () => {
    const schemas = { public: { name: 'public', owner: 'postgres', comment: null, grants: [] } };
    const entry = (objects: 'tables' | 'sequences') => ({
      role: 'postgres',
      schema: null,
      objects,
      grants: [{ grantee: 'reader', privileges: ['SELECT'], grantable: [] }],
      revoked: [],
    });
    const from = model({ schemas, defaultPrivileges: { 'postgres ON tables': entry('tables') } });
    const to = model({
      schemas,
      sequences: {
        'public.s': {
          schema: 'public',
          name: 's',
          owner: 'postgres',
          comment: null,
          grants: [],
          dataType: 'bigint',
          start: '1',
          increment: '1',
          min: '1',
          max: '9223372036854775807',
          cache: '1',
          cycle: false,
          ownedBy: null,
          identity: false,
        },
      },
      defaultPrivileges: { 'postgres ON sequences': entry('sequences') },
    });
    const sql = planDiff(from, to).statements.map((s) => s.sql);
    expect(sql[0]).toBe('ALTER DEFAULT PRIVILEGES FOR ROLE postgres REVOKE SELECT ON TABLES FROM reader');
    expect(sql[sql.length - 1]).toBe(
      'ALTER DEFAULT PRIVILEGES FOR ROLE postgres GRANT SELECT ON SEQUENCES TO reader',
    );
    expect(sql.some((s) => s.startsWith('CREATE SEQUENCE public.s'))).toBe(true);
  });
});

describe('drift and baselines', () => {
  test('a missing publication and a changed default privilege are drift differences', () => {
    const d = {
      role: 'app',
      schema: null,
      objects: 'tables' as const,
      grants: [{ grantee: 'reader', privileges: ['SELECT'], grantable: [] }],
      revoked: [],
    };
    const left = model({ publications: { feed: pub('feed') }, defaultPrivileges: { 'app ON tables': d } });
    const right = model({ defaultPrivileges: { 'app ON tables': { ...d, grants: [] } } });
    const diffs = compareModels(left, right);
    expect(diffs.map((x) => [x.kind, x.object, x.change, x.fields])).toEqual([
      ['publication', 'feed', 'missing', []],
      ['defaultPrivilege', 'app ON tables', 'changed', ['privileges']],
    ]);
    expect(diffs[0].left).toBe(
      "PUBLICATION feed WITH (publish = 'insert, update, delete, truncate', publish_via_partition_root = false)",
    );
  });

  test('a schema with neither kind keeps the hash it had before they were modelled', () => {
    const { publications: _p, defaultPrivileges: _d, ...older } = emptyModel(0);
    expect(schemaHash(emptyModel(0))).toBe(schemaHash(older as SchemaModel));
    expect(schemaHash(model({ publications: { feed: pub('feed') } }))).not.toBe(schemaHash(emptyModel(0)));
  });
});
