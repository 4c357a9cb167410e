/**
 * reset: auto without Neon, against the real server: a PR's own edited migration is rolled back
 * with its down part and applied again; without a down part nothing is touched and migrate's
 * refusal stands.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateUp, type RunnerOptions, readMigrationSet } from '../../src/core/migrations/index.js';
import type { GitHubPort } from '../../src/github/port.js';
import { rollbackEditedPrMigrations } from '../../src/runtime/prDatabaseRollback.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';

let t: TestDatabase;
beforeEach(async () => {
  t = await createTestDatabase('prrollback');
});
afterEach(async () => {
  await t.drop();
});

const root = mkdtempSync(join(tmpdir(), 'sg-rollback-'));
const dir = join(root, 'db/migrations');
mkdirSync(dir, { recursive: true });

function options(files: Record<string, string>, format: 'golang-migrate' | 'plain'): RunnerOptions {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return {
    set: readMigrationSet(
      Object.entries(files).map(([name, content]) => ({ name, content })),
      format,
      'db/migrations',
    ),
    revisionsSchema: 'public',
    lockTimeoutMs: 5000,
    statementTimeoutMs: 0,
    advisoryLockTimeoutMs: 5000,
    allowOutOfOrder: false,
    appliedBy: 'dev (acme/shop#5)',
  };
}

const github = (added: string[]): GitHubPort =>
  ({
    listFiles: async () => added.map((filename) => ({ filename, status: 'added' as const })),
  }) as unknown as GitHubPort;

const request = (o: RunnerOptions, added: string[], eventName = 'pull_request') => ({
  mode: 'auto' as const,
  db: t.db,
  options: o,
  eventName,
  repository: 'acme/shop',
  pr: { number: 5 },
  github: github(added),
  root,
  workingDirectory: '.',
  migrationsDir: dir,
  log: () => {},
});

async function columns(): Promise<string[]> {
  const r = await t.db.query<{ c: string }>(
    "SELECT column_name AS c FROM information_schema.columns WHERE table_name = 'orders' ORDER BY ordinal_position",
  );
  return r.rows.map((x) => x.c);
}

it('rolls back the PR’s edited file with its down part, then migrate applies the edit', async () => {
  const base = {
    '1_customers.up.sql': 'CREATE TABLE customers (id int);',
    '1_customers.down.sql': 'DROP TABLE customers;',
    '2_orders.down.sql': 'DROP TABLE orders;',
  };
  const first = options({ ...base, '2_orders.up.sql': 'CREATE TABLE orders (id int);' }, 'golang-migrate');
  expect((await migrateUp(t.db, first)).applied).toHaveLength(2);

  const edited = options(
    { ...base, '2_orders.up.sql': 'CREATE TABLE orders (id int, note text);' },
    'golang-migrate',
  );
  await expect(migrateUp(t.db, edited)).rejects.toThrow(/has been edited since/);
  const result = await rollbackEditedPrMigrations(
    request(edited, ['db/migrations/2_orders.up.sql', 'db/migrations/2_orders.down.sql']),
  );
  expect(result).toEqual({
    failed: false,
    markdown:
      ":recycle: **Rolled back** `db/migrations/2_orders.down.sql` with its down part (reset: auto, no Neon branch) because this pull request's `db/migrations/2_orders.up.sql` changed since it was applied here. This pull request's migrations are applied again.\n",
  });
  expect(await columns()).toEqual([]);
  const again = await migrateUp(t.db, edited);
  expect(again.applied.map((a) => a.version)).toEqual(['2']);
  expect(await columns()).toEqual(['id', 'note']);
  // The merged 1_customers was never touched.
  const c = await t.db.query('SELECT 1 FROM customers');
  expect(c.rows).toEqual([]);
});

it('without a down part nothing is rolled back, and the reason is given', async () => {
  const first = options({ '001_orders.sql': 'CREATE TABLE orders (id int);' }, 'plain');
  await migrateUp(t.db, first);
  const edited = options({ '001_orders.sql': 'CREATE TABLE orders (id int, note text);' }, 'plain');
  const result = await rollbackEditedPrMigrations(request(edited, ['db/migrations/001_orders.sql']));
  expect(result.failed).toBe(false);
  expect(result.markdown).toContain(
    'this database is not a Neon branch and cannot be rolled back: db/migrations/001_orders.sql has no down part',
  );
  expect(await columns()).toEqual(['id']);
  // An edit of a file the PR did not add: no rollback at all, a note instead.
  const merged = await rollbackEditedPrMigrations(request(edited, []));
  expect(merged.markdown).toContain('was already merged and has been edited: that is refused, not reset');
  // Never on a review.
  const review = await rollbackEditedPrMigrations(
    request(edited, ['db/migrations/001_orders.sql'], 'pull_request_review'),
  );
  expect(review.markdown).toContain('review re-evaluates approvals only');
  expect(await columns()).toEqual(['id']);
});
