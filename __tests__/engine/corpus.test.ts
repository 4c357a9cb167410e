/**
 * The acceptance corpus: for each before/after pair, plan(before -> after), apply the plan to a
 * database holding "before", read it back, and require it to equal "after" and a second diff to
 * be empty. Runs on the real server (two databases per case) and on PGlite (sequentially, since
 * the embedded database is one database per process).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { type DeclaredSchema, loadDeclaredSchema } from '../../src/core/catalog/declared.js';
import { introspect } from '../../src/core/catalog/index.js';
import type { Db } from '../../src/core/db.js';
import { planDiff, renderPlanSql } from '../../src/core/diff/index.js';
import { canonicalJson } from '../../src/core/model/index.js';
import type { SchemaModel } from '../../src/core/model/types.js';
import { loadSqlParser, parseSqlFile } from '../../src/core/sql/index.js';
import { quoteIdent } from '../../src/core/sql/quote.js';
import { closeEmbedded, openEmbedded } from '../../src/db/pgliteDb.js';
import { createRolesSql, ensureClusterRoles, withRun } from '../helpers/clusterRoles.js';
import { ADMIN_URL, createTestDatabase } from '../helpers/pgTestDb.js';

const here = dirname(fileURLToPath(import.meta.url));
const corpusDir = join(here, 'corpus');

interface CaseOptions {
  /** Skip on PGlite (e.g. extensions it does not ship). */
  readonly pglite?: boolean;
  /** Tables whose values the plan converts (e.g. a USING expression): row counts only. */
  readonly converted?: readonly string[];
  /** Plan with concurrentIndexes (CREATE/DROP INDEX CONCURRENTLY). */
  readonly concurrentIndexes?: boolean;
  /** Lines the plan must contain (the recipe the case is about), on every database. */
  readonly planContains?: readonly string[];
  /** Text the plan must not contain (e.g. a rebuild the recipe avoids). */
  readonly planExcludes?: readonly string[];
  /**
   * Roles the case needs (e.g. for ALTER DEFAULT PRIVILEGES), written `name_{run}`: `{run}` in the
   * SQL and here becomes the test run's id (helpers/clusterRoles.ts), so parallel runs never share
   * a cluster role; they are created before the cases and dropped when the run ends.
   */
  readonly roles?: readonly string[];
  /**
   * The oldest server the case can run on, as server_version_num (e.g. 140000 for BEGIN ATOMIC
   * bodies): on an older server the case is skipped, with the reason in its name.
   */
  readonly minVersion?: number;
}

interface Case {
  readonly name: string;
  readonly before: string;
  readonly after: string;
  /** Rows inserted into "before" (data.sql): counts and checksums must survive the plan. */
  readonly data: string | null;
  readonly options: CaseOptions;
}

const cases: Case[] = readdirSync(corpusDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()
  .map((name) => {
    const dir = join(corpusDir, name);
    const opt = join(dir, 'case.json');
    return {
      name,
      before: withRun(readFileSync(join(dir, 'before.sql'), 'utf8')),
      after: withRun(readFileSync(join(dir, 'after.sql'), 'utf8')),
      data: existsSync(join(dir, 'data.sql')) ? readFileSync(join(dir, 'data.sql'), 'utf8') : null,
      options: existsSync(opt) ? (JSON.parse(readFileSync(opt, 'utf8')) as CaseOptions) : {},
    };
  });

/** Roles the corpus grants to and names in policies; roles are cluster-wide. */
const ROLES = [
  ...new Set(
    ['sg_corpus_reader_{run}', 'sg_corpus_writer_{run}', 'Sg Corpus "Odd" {run}']
      .concat(cases.flatMap((c) => c.options.roles ?? []))
      .map(withRun),
  ),
];
const createRoles = createRolesSql(ROLES);

/** The test server's server_version_num, read before the cases are declared (minVersion). */
async function serverVersion(): Promise<number> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    const r = await c.query<{ server_version_num: string }>('SHOW server_version_num');
    return Number(r.rows[0].server_version_num);
  } finally {
    await c.end();
  }
}
const SERVER_VERSION = await serverVersion();
/** PGlite is PostgreSQL 18. */
const PGLITE_VERSION = 180000;

/** The cases a database of `version` runs, and the ones it skips with the reason as their name. */
function byVersion(list: readonly Case[], version: number, what: string) {
  const run = list.filter((c) => (c.options.minVersion ?? 0) <= version);
  const skipped = list
    .filter((c) => (c.options.minVersion ?? 0) > version)
    .map((c) => `${c.name} (needs server_version_num ${c.options.minVersion}, ${what} is ${version})`);
  return { run: run.map((c) => [c.name, c] as const), skipped };
}

async function build(db: Db, file: string, sql: string): Promise<DeclaredSchema> {
  const parsed = parseSqlFile(file, sql);
  return loadDeclaredSchema(db, [parsed]);
}

async function applyPlan(db: Db, statements: readonly { sql: string }[]): Promise<void> {
  for (const s of statements) {
    try {
      await db.exec(s.sql);
    } catch (err) {
      throw new Error(`applying plan statement failed: ${(err as Error).message}\n${s.sql}`);
    }
  }
}

/**
 * Row count and a checksum of every table present on both sides, over the columns both sides
 * have (as text, so int -> bigint keeps the checksum): what "the plan altered in place" promises.
 */
async function tableRows(
  db: Db,
  before: SchemaModel,
  after: SchemaModel,
  converted: readonly string[],
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(after.tables).sort()) {
    const a = before.tables[key];
    const b = after.tables[key];
    if (!a || b.partitioning !== null) continue;
    const cols = Object.keys(b.columns)
      .filter((c) => a.columns[c] !== undefined)
      .sort()
      .map(quoteIdent);
    const list =
      cols.length > 0 && !converted.includes(key) ? cols.map((c) => `${c}::text`).join(` || '|' || `) : "''";
    const r = await db.query<{ n: string; sum: string | null }>(
      `SELECT count(*)::text AS n, md5(string_agg(coalesce(${list}, '<null>'), ',' ORDER BY coalesce(${list}, '<null>'))) AS sum FROM ONLY ${key}`,
    );
    out[key] = `${r.rows[0].n} ${r.rows[0].sum ?? ''}`;
  }
  return out;
}

async function withRows(
  db: Db,
  c: Case,
  source: SchemaModel,
  target: SchemaModel,
  apply: () => Promise<void>,
): Promise<void> {
  if (c.data === null) return apply();
  await db.exec(c.data);
  const before = await tableRows(db, source, target, c.options.converted ?? []);
  expect(Object.values(before).some((v) => !v.startsWith('0 '))).toBe(true);
  await apply();
  expect(await tableRows(db, source, target, c.options.converted ?? [])).toEqual(before);
}

function expectSameSchema(actual: SchemaModel, expected: SchemaModel, plan: string): void {
  const a = canonicalJson(actual, {}, 1);
  const b = canonicalJson(expected, {}, 1);
  if (a !== b) {
    // The plan is the most useful thing to see when a case fails.
    expect({ plan, model: a }).toEqual({ plan, model: b });
  }
}

beforeAll(async () => {
  await loadSqlParser();
  await ensureClusterRoles(ROLES);
});

afterAll(closeEmbedded);

const onServer = byVersion(cases, SERVER_VERSION, 'the server');
describe('corpus on the PostgreSQL server', () => {
  for (const reason of onServer.skipped) test.skip(reason, () => {});
  test.each(onServer.run)('%s', async (_name, c) => {
    // The two databases are independent: made, loaded and dropped side by side.
    const [before, after] = await Promise.all([
      createTestDatabase('corpus_before'),
      createTestDatabase('corpus_after'),
    ]);
    try {
      const [target, source] = await Promise.all([
        build(after.db, `${c.name}/after.sql`, c.after),
        build(before.db, `${c.name}/before.sql`, c.before),
      ]);
      const plan = planDiff(source.model, target.model, {
        renames: target.renames,
        usings: target.usings,
        concurrentIndexes: c.options.concurrentIndexes,
      });
      const sql = renderPlanSql(plan);
      expect(plan.statements.length).toBeGreaterThan(0);
      expect(plan.unsupported).toEqual([]);
      for (const line of c.options.planContains ?? []) expect(sql).toContain(line);
      for (const text of c.options.planExcludes ?? []) expect(sql).not.toContain(text);
      await withRows(before.db, c, source.model, target.model, () => applyPlan(before.db, plan.statements));
      const result = await introspect(before.db);
      expectSameSchema(result, target.model, sql);
      const again = planDiff(result, target.model);
      expect(renderPlanSql({ statements: again.statements, unsupported: [] })).toBe('');
    } finally {
      await Promise.all([before.drop(), after.drop()]);
    }
  });
});

// The version matrix (npm run test:versions) points the server at each version in turn; PGlite is
// the same in every run and is covered by the main suite.
const onPglite = byVersion(
  cases.filter((c) => c.options.pglite !== false),
  PGLITE_VERSION,
  'PGlite',
);
(process.env.SCHEMAGATE_TEST_PG_VERSION ? describe.skip : describe)('corpus on PGlite', () => {
  for (const reason of onPglite.skipped) test.skip(reason, () => {});
  test.each(onPglite.run)('%s', async (_name, c) => {
    let db = await openEmbedded();
    await db.exec(createRoles);
    const target = await build(db, `${c.name}/after.sql`, c.after);
    db = await openEmbedded();
    const source = await build(db, `${c.name}/before.sql`, c.before);
    const plan = planDiff(source.model, target.model, {
      renames: target.renames,
      usings: target.usings,
      concurrentIndexes: c.options.concurrentIndexes,
    });
    const sql = renderPlanSql(plan);
    expect(plan.unsupported).toEqual([]);
    for (const line of c.options.planContains ?? []) expect(sql).toContain(line);
    for (const text of c.options.planExcludes ?? []) expect(sql).not.toContain(text);
    await withRows(db, c, source.model, target.model, () => applyPlan(db, plan.statements));
    const result = await introspect(db);
    expectSameSchema(result, target.model, sql);
    expect(renderPlanSql({ statements: planDiff(result, target.model).statements, unsupported: [] })).toBe(
      '',
    );
  });
});
