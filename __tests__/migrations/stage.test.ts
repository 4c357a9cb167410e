import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { connectPg } from '../../src/db/pgDb.js';
import { stage } from '../../src/stages/migrate/stage.js';
import { runStage } from '../../src/stages/runStage.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';
import { fakeActions, fakeGitHub, workspace } from '../stages/fakes.js';
import { repoRoot } from './helpers.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase('mig_stage');
});
afterAll(async () => {
  await t.drop();
});
beforeEach(async () => {
  await t.db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
});

function project(files?: Record<string, string>): string {
  const dir = workspace();
  if (files) {
    mkdirSync(join(dir, 'db', 'migrations'), { recursive: true });
    for (const [name, content] of Object.entries(files))
      writeFileSync(join(dir, 'db', 'migrations', name), content);
  } else {
    cpSync(join(repoRoot, 'examples', 'migrations-golang-migrate'), dir, { recursive: true });
  }
  const event = join(dir, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: {
        number: 7,
        head: { sha: 'h7' },
        base: { sha: 'b', ref: 'main' },
        state: 'open',
        user: { login: 'dev' },
      },
    }),
  );
  return dir;
}

async function run(dir: string, inputs: Record<string, string>, upstream: Record<string, string> = {}) {
  const { actions, rec } = fakeActions({ 'working-directory': dir, 'github-token': 't', ...inputs });
  const gh = fakeGitHub();
  const { exitCode, outcome } = await runStage(stage, {
    env: { GITHUB_EVENT_PATH: join(dir, 'event.json'), GITHUB_REPOSITORY: 'acme/shop', GITHUB_ACTOR: 'dev' },
    actions,
    github: () => gh.port,
    openDb: async (url) => connectPg(url!),
    upstream,
  });
  return { exitCode, outcome, rec, gh };
}

describe('migrate stage', () => {
  it('applies the pending migrations, lists them with durations and sets the outputs', async () => {
    const r = await run(project(), { 'database-url': t.url });
    expect(r.exitCode).toBe(0);
    expect(r.rec.outputs).toEqual({ applied: '4', 'current-version': '4', pending: '0' });
    expect(r.gh.statuses).toEqual(['h7 schemagate/migrate success applied 4 migrations; current version 4']);
    const section = r.gh.sections.get('migrate')!;
    expect(section).toContain(
      ':white_check_mark: Applied 4 migrations (golang-migrate); current version `4`.',
    );
    expect(section).toMatch(/\| `migrations\/000003_index_orders_customer\.up\.sql` \| \d+ ms \| no \|/);
    expect(r.rec.summary).toBe(section);
    expect(r.rec.masked).toContain(t.url);
    for (const text of [section, r.rec.logs.join('\n'), JSON.stringify(r.rec.outputs)])
      expect(text).not.toContain(t.url);
    const who = await t.db.query<{ applied_by: string }>(
      "SELECT applied_by FROM schemagate_revisions WHERE version = '1'",
    );
    expect(who.rows[0].applied_by).toBe('dev (acme/shop#7)');
  });

  it('takes the database from the neon-branch stage in the suite', async () => {
    const r = await run(project(), {}, { 'neon-branch.database-url': t.url });
    expect(r.rec.outputs.applied).toBe('4');
  });

  it('on a failing statement: failure status, the file, line:column, statement and PostgreSQL error', async () => {
    const dir = project({
      '1_a.up.sql': 'CREATE TABLE a (id int PRIMARY KEY);\n',
      '2_b.up.sql': 'CREATE TABLE b (id int);\nINSERT INTO a VALUES (1), (1);\n',
    });
    const r = await run(dir, { 'database-url': t.url });
    expect(r.exitCode).toBe(1);
    expect(r.rec.outputs).toEqual({ applied: '1', 'current-version': '1', pending: '1' });
    expect(r.gh.statuses[0]).toBe(
      'h7 schemagate/migrate failure db/migrations/2_b.up.sql failed at line 2:1: duplicate key value violates unique constraint "a_pkey" (DETAIL: Key (id)=(1) already exists.)',
    );
    const section = r.gh.sections.get('migrate')!;
    expect(section).toContain(
      ':x: **Migration failed**: db/migrations/2_b.up.sql:2:1: duplicate key value violates unique constraint "a_pkey" (DETAIL: Key (id)=(1) already exists.) (SQLSTATE 23505). The file was rolled back: the database is as it was before this file.',
    );
    expect(section).toContain('```sql\nINSERT INTO a VALUES (1), (1)\n```');
    expect(section).toContain('| Applied | Duration | Transaction |');
    expect(r.rec.logs).toContain(
      'error: duplicate key value violates unique constraint "a_pkey" (DETAIL: Key (id)=(1) already exists.) (SQLSTATE 23505)',
    );
    const b = await t.db.query("SELECT to_regclass('b') AS b");
    expect(b.rows[0].b).toBeNull();
  });

  it('dry run: lists what would run, with down parts, and changes nothing', async () => {
    const r = await run(project(), { 'database-url': t.url, 'dry-run': 'true' });
    expect(r.exitCode).toBe(0);
    expect(r.rec.outputs).toEqual({ applied: '0', 'current-version': '', pending: '4' });
    const section = r.gh.sections.get('migrate')!;
    expect(section).toContain(
      ':mag: **Dry run** (golang-migrate): 4 migrations would run; nothing was changed.',
    );
    expect(section).toContain('| `migrations/000003_index_orders_customer.up.sql` | 1 | no | yes |');
    // Each statement shows its highest lint risk (from the lint module) when it has one.
    expect(section).toMatch(
      /-- line 1, risk: (low|medium|high), outside a transaction \(CREATE INDEX CONCURRENTLY\)\nCREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders \(customer_id\);/,
    );
    const tables = await t.db.query("SELECT to_regclass('schemagate_revisions') AS t");
    expect(tables.rows[0].t).toBeNull();
  });

  it('baseline input marks the existing migrations, then applies the rest', async () => {
    await t.db.exec(
      'CREATE TABLE customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL)',
    );
    const r = await run(project(), { 'database-url': t.url, baseline: '1' });
    expect(r.rec.outputs).toEqual({ applied: '3', 'current-version': '4', pending: '0' });
    expect(r.gh.sections.get('migrate')).toContain(
      'Baseline: marked 1 migration(s) up to `1` as applied without running them.',
    );
  });

  it('refuses a missing database-url and bad boolean input with exit code and a message naming the input', async () => {
    const a = await run(project(), {});
    expect(a.outcome.state).toBe('failure');
    expect(a.outcome.description).toBe(
      'input: database-url: required: the database to migrate (in the suite it comes from the neon-branch stage)',
    );
    const b = await run(project(), { 'database-url': t.url, 'dry-run': 'yes' });
    expect(b.outcome.description).toBe('input: dry-run: must be true or false, got "yes"');
  });
});
