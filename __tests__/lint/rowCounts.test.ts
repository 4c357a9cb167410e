/** Data-aware linting against the real PostgreSQL server: row estimates from pg_class.reltuples. */
import { tablesTouched } from '../../src/core/lint/index.js';
import { readRowCounts } from '../../src/core/lint/rowCounts.js';
import { loadSqlParser, parseSqlFile } from '../../src/core/sql/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';
import { lintSql } from './helpers.js';

let t: TestDatabase;
beforeAll(async () => {
  await loadSqlParser();
  t = await createTestDatabase('lint_rows');
  await t.db.exec(`
    CREATE SCHEMA "We'ird";
    CREATE TABLE big (id bigint);
    CREATE TABLE small (id bigint);
    CREATE TABLE "We'ird"."Ta ble" (id bigint);
    INSERT INTO big SELECT generate_series(1, 30000);
    INSERT INTO small VALUES (1), (2);
    INSERT INTO "We'ird"."Ta ble" VALUES (1);
    ANALYZE;
  `);
});
afterAll(() => t?.drop());

it('reads the estimated rows of the touched tables in one parameterised query, hostile names included', async () => {
  const file = parseSqlFile(
    'm.sql',
    'CREATE INDEX a ON big (id);\nCREATE INDEX b ON small (id);\nCREATE INDEX c ON "We\'ird"."Ta ble" (id);\nCREATE INDEX d ON missing (id);',
  );
  const keys = tablesTouched([file]);
  expect(keys).toEqual(["We'ird.Ta ble", 'public.big', 'public.missing', 'public.small']);
  const counts = await readRowCounts(t.db, keys);
  expect(Object.fromEntries(counts)).toEqual({ 'public.big': 30000, 'public.small': 2, "We'ird.Ta ble": 1 });

  const report = lintSql(
    "SET lock_timeout = '1s';\nCREATE INDEX a ON big (id);\nCREATE INDEX b ON small (id);",
    {
      rowCounts: counts,
      largeTableRows: 20000,
    },
  );
  expect(report.findings.map((f) => [f.table, f.risk, f.rows])).toEqual([
    ['big', 'high', 30000],
    ['small', 'low', 2],
  ]);
});
