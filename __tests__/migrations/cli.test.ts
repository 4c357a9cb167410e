import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeEmbedded } from '../../src/db/pgliteDb.js';
import { runCli } from '../helpers/cliRunner.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';
import { workspace } from '../stages/fakes.js';
import { repoRoot } from './helpers.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase('mig_cli');
});
afterAll(async () => {
  await t.drop();
  await closeEmbedded();
});
beforeEach(async () => {
  await t.db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
});

const example = (name: string) => join(repoRoot, 'examples', `migrations-${name}`);

describe('schemagate migrate on each example directory', () => {
  it.each(['atlas', 'golang-migrate', 'dbmate', 'flyway', 'plain'])(
    '%s: up, up again, status',
    async (name) => {
      const cwd = example(name);
      const up = await runCli(['migrate', '--url', t.url], { cwd });
      // Not a terminal: progress is one line for the phase, on stderr.
      expect(up.stderr).toMatch(/^applying migrations: [45] files\n$/);
      expect(up.code).toBe(0);
      expect(up.stdout).toMatch(/^applied {2}\S+create_customers\S*\.sql {2}\d+ ms$/m);
      expect(up.stdout).toMatch(/^applied \d migrations; current version \S+$/m);
      const again = await runCli(['migrate', 'up'], { cwd, env: { DATABASE_URL: t.url } });
      expect(again.stdout).toMatch(/^up to date; current version \S+$/m);
      const status = await runCli(['migrate', 'status', '--url', t.url], { cwd });
      expect(status.code).toBe(0);
      expect(status.stdout).toContain(`format: ${name}`);
      expect(status.stdout).toMatch(/current version: \S+; 0 pending migrations/);
    },
  );

  it('down rolls back one migration, and says so clearly when there is no down part', async () => {
    const gm = example('golang-migrate');
    await runCli(['migrate', '--url', t.url], { cwd: gm });
    const down = await runCli(['migrate', 'down', '--url', t.url], { cwd: gm });
    expect(down.code).toBe(0);
    expect(down.stdout).toMatch(
      /^rolled back {2}migrations\/000004_customer_display_name\.down\.sql {2}\d+ ms\ncurrent version: 3$/m,
    );
    const status = await runCli(['migrate', 'status', '--url', t.url], { cwd: gm });
    expect(status.stdout).toContain(
      'pending  4                migrations/000004_customer_display_name.up.sql  down: yes',
    );
    expect(status.stdout).toContain('rollback plan: every pending migration has a down part');

    await t.db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    const plain = example('plain');
    await runCli(['migrate', '--url', t.url], { cwd: plain });
    const none = await runCli(['migrate', 'down', '2', '--url', t.url], { cwd: plain });
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(
      'schemagate migrate: error: cannot roll back: migrations/004_customer_display_name.sql, migrations/003_index_orders_customer.sql have no down part (plain migrations have no down part). Nothing was rolled back. Write the reverse change as a new migration instead.\n',
    );
  });

  it('requires a database except for a dry run, which lists every statement and changes nothing', async () => {
    const cwd = example('dbmate');
    const none = await runCli(['migrate', 'status'], { cwd });
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(
      'schemagate migrate: error: --url: no database: pass --url <postgres://...> or set DATABASE_URL (the embedded database keeps nothing between runs)\n',
    );
    const dry = await runCli(['migrate', '--dry-run'], { cwd });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('dry run (dbmate): 4 pending migrations; nothing was changed');
    expect(dry.stdout).toContain(
      'db/migrations/20260119080000_index_orders_customer.sql  [no transaction]  [has down]',
    );
    expect(dry.stdout).toMatch(
      / {2}2:1 {2}risk \w+ {2}\(CREATE INDEX CONCURRENTLY: outside a transaction\)\n {4}CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders \(customer_id\)/,
    );
  }, 60_000);

  it('baseline marks migrations applied; a failing migration exits 1 naming file:line:col', async () => {
    const dir = workspace();
    cpSync(example('flyway'), dir, { recursive: true });
    await t.db.exec('CREATE TABLE customers (id bigint PRIMARY KEY, email text)');
    const b = await runCli(['migrate', 'baseline', '1', '--url', t.url], { cwd: dir });
    expect(b.stdout).toBe(
      'baseline: marked 1 migration(s) as applied without running them (1); current version 1\n',
    );
    const up = await runCli(['migrate', '--url', t.url], { cwd: dir });
    // V2 creates orders referencing customers(id): works; V10 adds display_name; the repeatable view needs created_at? no.
    expect(up.code).toBe(0);
    appendFileSync(join(dir, 'sql', 'V11__bad.sql'), 'UPDATE customers\n   SET nope = 1;\n');
    const bad = await runCli(['migrate', '--url', t.url], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(
      'FAILED   sql/V11__bad.sql:2:8: column "nope" of relation "customers" does not exist (SQLSTATE 42703). The file was rolled back',
    );
    // A syntax error (PostgreSQL's parser reads every pending file before any runs) is bad input: exit 2.
    writeFileSync(
      join(dir, 'sql', 'V11__bad.sql'),
      'CREATE TABLE ok11 (id int);\nCREATE TABLE x (id int,, b int);\n',
    );
    const syntax = await runCli(['migrate', '--url', t.url], { cwd: dir });
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toBe(
      'schemagate migrate: error: sql/V11__bad.sql:2:24: syntax error: syntax error at or near ","\n',
    );
    expect((await t.db.query("SELECT to_regclass('ok11') AS r")).rows).toEqual([{ r: null }]);
  });
});

describe('atlas.sum through the CLI', () => {
  it('refuses a tampered directory naming the file; `schemagate hash` rewrites the sum', async () => {
    const dir = workspace();
    cpSync(example('atlas'), dir, { recursive: true });
    const same = await runCli(['hash'], { cwd: dir });
    expect(same.stdout).toBe('migrations/atlas.sum: already up to date (4 files)\n');
    appendFileSync(
      join(dir, 'migrations', '20260112141500_create_orders.sql'),
      'CREATE INDEX orders_status_idx ON orders (status);\n',
    );
    const refused = await runCli(['migrate', '--url', t.url], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'schemagate migrate: error: migrations/20260112141500_create_orders.sql: file changed since migrations/atlas.sum was written; if the change is intended, run `schemagate hash` to rewrite atlas.sum\n',
    );
    expect((await t.db.query("SELECT to_regclass('schemagate_revisions') AS t")).rows[0].t).toBeNull();
    const hashed = await runCli(['hash'], { cwd: dir });
    expect(hashed.stdout).toBe('migrations/atlas.sum: written (4 files)\n');
    expect(readFileSync(join(dir, 'migrations', 'atlas.sum'), 'utf8')).not.toBe(
      readFileSync(join(example('atlas'), 'migrations', 'atlas.sum'), 'utf8'),
    );
    const ok = await runCli(['migrate', '--url', t.url], { cwd: dir });
    expect(ok.code).toBe(0);
  });
});
