/**
 * The acceptance corpus: for each before/after pair, plan(before -> after), apply the plan to a
 * database holding "before", read it back, and require it to equal "after" and a second diff to
 * be empty. Runs on the real server (two databases per case) and on PGlite (sequentially, since
 * the embedded database is one database per process).
 */
import { randomBytes } from 'node:crypto';
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
import { dropClusterRoles } from '../helpers/clusterRoles.js';
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
   * SQL and here becomes a per-run suffix, so parallel runs never share a cluster role; they are
   * created before the cases and dropped after.
   */
  readonly roles?: readonly string[];
}

interface Case {
  readonly name: string;
  readonly before: string;
  readonly after: string;
  /** Rows inserted into "before" (data.sql): counts and checksums must survive the plan. */
  readonly data: string | null;
  readonly options: CaseOptions;
}

/** Per-run suffix of the roles cases declare (`{run}`). */
const RUN = `${process.pid}_${randomBytes(3).toString('hex')}`;
const withRun = (text: string) => text.replaceAll('{run}', RUN);

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
  'sg_corpus_reader',
  'sg_corpus_writer',
  'Sg Corpus "Odd"',
  ...new Set(cases.flatMap((c) => (c.options.roles ?? []).map(withRun))),
];
const createRoles = ROLES.map(
  (r) =>
    `DO $$ BEGIN CREATE ROLE "${r.replace(/"/g, '""')}"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;`,
).join('\n');

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
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  await c.query(createRoles);
  await c.end();
});

afterAll(async () => {
  await closeEmbedded();
  await dropClusterRoles(ROLES);
});

describe('corpus on the PostgreSQL server', () => {
  test.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const before = await createTestDatabase('corpus_before');
    const after = await createTestDatabase('corpus_after');
    try {
      const target = await build(after.db, `${c.name}/after.sql`, c.after);
      const source = await build(before.db, `${c.name}/before.sql`, c.before);
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
      await before.drop();
      await after.drop();
    }
  });
});

describe('corpus on PGlite', () => {
  test.each(cases.filter((c) => c.options.pglite !== false).map((c) => [c.name, c] as const))(
    '%s',
    async (_name, c) => {
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
    },
  );
});
