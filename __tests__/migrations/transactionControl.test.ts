import type { Db } from '../../src/core/db.js';
import { MigrationDirError, migrateUp } from '../../src/core/migrations/index.js';
import { loadSqlParser, parseSqlFile, splitTransactionWrapper } from '../../src/core/sql/index.js';
import { closeEmbedded, openEmbedded } from '../../src/db/pgliteDb.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';
import { options, setOf } from './helpers.js';

let t: TestDatabase;
beforeAll(async () => {
  await loadSqlParser();
  t = await createTestDatabase('mig_txctl');
});
afterAll(async () => {
  await t.drop();
  await closeEmbedded();
});

const split = (sql: string) => {
  const { body, refused } = splitTransactionWrapper(parseSqlFile('f.sql', sql).statements);
  return {
    body: body.map((s) => s.text),
    refused: refused.map((r) => `${r.statement.line}:${r.statement.column} ${r.what}`),
  };
};

describe('splitTransactionWrapper (pure)', () => {
  it('strips a plain leading BEGIN and trailing COMMIT, and only those', () => {
    expect(split('BEGIN;\nCREATE TABLE a();\nCOMMIT;')).toEqual({ body: ['CREATE TABLE a()'], refused: [] });
    expect(split('START TRANSACTION;\nCREATE TABLE a();\nEND;')).toEqual({
      body: ['CREATE TABLE a()'],
      refused: [],
    });
    expect(split('CREATE TABLE a();')).toEqual({ body: ['CREATE TABLE a()'], refused: [] });
  });

  it.each([
    ['CREATE TABLE rb1();\nROLLBACK;\nCREATE TABLE rb2();', '2:1 ROLLBACK'],
    ['CREATE TABLE a();\nCOMMIT;\nCREATE TABLE b();', '2:1 COMMIT'],
    ['CREATE TABLE a();\n  SAVEPOINT s;\nCREATE TABLE b();\nROLLBACK TO SAVEPOINT s;', '2:3 SAVEPOINT'],
    ['CREATE TABLE a();\nRELEASE SAVEPOINT s;', '2:1 RELEASE SAVEPOINT'],
    ["CREATE TABLE a();\nPREPARE TRANSACTION 'x';", '2:1 PREPARE TRANSACTION'],
    ["CREATE TABLE a();\nCOMMIT PREPARED 'x';", '2:1 COMMIT PREPARED'],
    ["ROLLBACK PREPARED 'x';", '1:1 ROLLBACK PREPARED'],
    ['BEGIN;\nCREATE TABLE a();', '1:1 BEGIN'],
    ['CREATE TABLE a();\nCOMMIT;', '2:1 COMMIT'],
    ['BEGIN ISOLATION LEVEL SERIALIZABLE;\nCREATE TABLE a();\nCOMMIT;', '1:1 BEGIN'],
    ['BEGIN;\nCREATE TABLE a();\nCOMMIT AND CHAIN;', '1:1 BEGIN'],
    ['BEGIN;\nCREATE TABLE a();\nABORT;', '1:1 BEGIN'],
  ])('refuses transaction control in %j at %s', (sql, first) => {
    expect(split(sql).refused[0]).toBe(first);
  });

  it('is not fooled by a string or comment that says ROLLBACK', () => {
    expect(split("-- ROLLBACK;\nSELECT 'COMMIT; ROLLBACK';").refused).toEqual([]);
  });
});

const hostile = {
  '1_ok.up.sql': 'CREATE TABLE ok1 (a int);\n',
  '2_rb.up.sql': 'CREATE TABLE rb1 ();\nROLLBACK;\nCREATE TABLE rb2 ();\n',
};

async function refusesBeforeAnyChange(db: Db): Promise<void> {
  const err = await migrateUp(db, options(setOf(hostile))).catch((e) => e);
  expect(err).toBeInstanceOf(MigrationDirError);
  expect(err.message).toMatch(/^db\/migrations\/2_rb\.up\.sql:2:1: ROLLBACK inside a migration file: /);
  expect(err.exitCode).toBe(2);
  const rels = await db.query<{ n: string }>(
    "SELECT relname AS n FROM pg_class WHERE relname IN ('ok1','rb1','rb2','schemagate_revisions')",
  );
  expect(rels.rows).toEqual([]);
  // A dry run refuses the same way.
  await expect(migrateUp(db, { ...options(setOf(hostile)), dryRun: true })).rejects.toThrow(
    /2_rb\.up\.sql:2:1: ROLLBACK/,
  );
}

it('PostgreSQL: a file with ROLLBACK in the middle is refused at its line before anything runs', async () => {
  await refusesBeforeAnyChange(t.db);
});

it('PGlite: the same refusal on the embedded database', async () => {
  await refusesBeforeAnyChange(await openEmbedded());
}, 60_000);

it('PostgreSQL: the BEGIN/COMMIT wrapper still runs as one transaction with the revision row', async () => {
  const set = setOf({ '1_a.up.sql': 'BEGIN;\nCREATE TABLE w1 (id int);\nCOMMIT;\n' });
  const r = await migrateUp(t.db, options(set));
  expect(r.failure).toBeUndefined();
  expect(r.applied.map((a) => a.statements)).toEqual([1]);
});
