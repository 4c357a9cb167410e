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
import { loadDeclaredSchema } from '../../src/core/catalog/declared.js';
import { introspect } from '../../src/core/catalog/index.js';
import type { Db } from '../../src/core/db.js';
import { planDiff, renderPlanSql } from '../../src/core/diff/index.js';
import { canonicalJson } from '../../src/core/model/index.js';
import type { RenameHint, SchemaModel } from '../../src/core/model/types.js';
import { loadSqlParser, parseSqlFile } from '../../src/core/sql/index.js';
import { closeEmbedded, openEmbedded } from '../../src/db/pgliteDb.js';
import { dropClusterRoles } from '../helpers/clusterRoles.js';
import { ADMIN_URL, createTestDatabase } from '../helpers/pgTestDb.js';

const here = dirname(fileURLToPath(import.meta.url));
const corpusDir = join(here, 'corpus');

interface CaseOptions {
  /** Skip on PGlite (e.g. extensions it does not ship). */
  readonly pglite?: boolean;
}

interface Case {
  readonly name: string;
  readonly before: string;
  readonly after: string;
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
      before: readFileSync(join(dir, 'before.sql'), 'utf8'),
      after: readFileSync(join(dir, 'after.sql'), 'utf8'),
      options: existsSync(opt) ? (JSON.parse(readFileSync(opt, 'utf8')) as CaseOptions) : {},
    };
  });

/** Roles the corpus grants to and names in policies; roles are cluster-wide. */
const ROLES = ['sg_corpus_reader', 'sg_corpus_writer', 'Sg Corpus "Odd"'];
const createRoles = ROLES.map(
  (r) =>
    `DO $$ BEGIN CREATE ROLE "${r.replace(/"/g, '""')}"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;`,
).join('\n');

async function build(
  db: Db,
  file: string,
  sql: string,
): Promise<{ model: SchemaModel; renames: readonly RenameHint[] }> {
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
      const plan = planDiff(source.model, target.model, { renames: target.renames });
      const sql = renderPlanSql(plan);
      expect(plan.statements.length).toBeGreaterThan(0);
      await applyPlan(before.db, plan.statements);
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
      const plan = planDiff(source.model, target.model, { renames: target.renames });
      const sql = renderPlanSql(plan);
      await applyPlan(db, plan.statements);
      const result = await introspect(db);
      expectSameSchema(result, target.model, sql);
      expect(renderPlanSql({ statements: planDiff(result, target.model).statements, unsupported: [] })).toBe(
        '',
      );
    },
  );
});
