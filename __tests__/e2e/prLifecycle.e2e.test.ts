/**
 * The PR's database follows the PR over its life (reset: auto), run as the runner runs the
 * committed bundles against the local GitHub and Neon stand-ins: an author editing their own
 * migration between pushes, a base branch gaining a migration mid-PR, and a review approving a
 * canary -> strict promotion without migrating again.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { parseSections } from '../../src/github/stickyComment.js';
import type { ActionRun } from './harness/runAction.js';
import { pullRequestEvent, reviewEvent } from './harness/runAction.js';
import { sql, World } from './harness/world.js';

const ORDER = ['neon-branch', 'migrate', 'drift-check', 'lint-gate'];
const config = (mode: string) => `schema: db/schema
migrations:
  dir: db/migrations
  format: plain
mode: ${mode}
neon:
  parent_branch: main
# These scenarios are about the review loop, not the canary window (tested in __tests__/drift).
governance:
  canary_window: 0
`;

const CUSTOMERS = 'CREATE TABLE customers (\n  id bigint PRIMARY KEY,\n  email text NOT NULL\n);\n';
const ORDERS_1 = 'CREATE TABLE orders (\n  id bigint PRIMARY KEY\n);\n';
const ORDERS_2 = 'CREATE TABLE orders (\n  id bigint PRIMARY KEY,\n  note text\n);\n';

let world: World;
let runs: ActionRun[];

beforeEach(() => {
  runs = [];
});
afterEach(async () => {
  if (!world) return;
  const text = world.readable(runs);
  await world.dispose();
  for (const secret of world.secrets()) expect(text).not.toContain(secret);
});

jest.setTimeout(900_000);

/** A repository whose main branch has 001_customers.sql, merged and applied to the parent database. */
async function setup(mode = 'strict'): Promise<void> {
  world = await World.create();
  world.write('schemagate.yml', config(mode));
  world.write('db/migrations/001_customers.sql', CUSTOMERS);
  world.write('db/schema/customers.sql', CUSTOMERS);
  await migrateParent();
}

/** What a deployment of main does: migrate the parent ("production") database. */
async function migrateParent(): Promise<void> {
  const applied = await world.run(
    'actions/migrate/action.yml',
    { 'database-url': world.neon.urlFor(world.parentDatabase) },
    { name: 'push', payload: {} },
  );
  runs.push(applied);
  expect(applied.code).toBe(0);
}

function prAdds(pr: number, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) world.write(path, text);
  world.github.files.set(
    pr,
    Object.keys(files).map((filename) => ({ filename, status: 'added' })),
  );
}

async function push(pr: number, head: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const run = await world.run(
    'action.yml',
    { ...world.neonInputs(), ...inputs },
    pullRequestEvent('synchronize', { number: pr, head }),
  );
  runs.push(run);
  return run;
}

const branchUrl = (pr: number) => world.neon.urlFor(world.neon.byName(`preview/pr-${pr}`)!.database);
const section = (stage: string) => parseSections(world.github.comments[0].body, ORDER).get(stage) ?? '';
const states = (sha: string) =>
  Object.fromEntries(Object.entries(world.github.latest(sha)).map(([k, v]) => [k, v.state]));
const ALL_SUCCESS = Object.fromEntries(ORDER.map((s) => [`schemagate/${s}`, 'success']));

async function columns(url: string, table: string): Promise<string[]> {
  const [r] = await sql(
    url,
    `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '${table}' ORDER BY ordinal_position`,
  );
  return r.rows.map((row) => row.column_name as string);
}

async function revisions(url: string): Promise<string[]> {
  const [r] = await sql(url, 'SELECT version FROM schemagate_revisions ORDER BY version');
  return r.rows.map((row) => row.version as string);
}

it('two pushes editing the PR’s own migration: the branch is reset from its parent and the edit applied', async () => {
  await setup();
  prAdds(41, { 'db/migrations/002_orders.sql': ORDERS_1, 'db/schema/orders.sql': ORDERS_1 });
  const first = await push(41, 'sha41a');
  expect(first.code).toBe(0);
  expect(states('sha41a')).toEqual(ALL_SUCCESS);
  expect(await columns(branchUrl(41), 'orders')).toEqual(['id']);
  // The comment shows, collapsed, the SQL the PR adds.
  expect(section('migrate')).toContain(
    '<details><summary><code>db/migrations/002_orders.sql</code>: 3 lines</summary>\n\n```sql\nCREATE TABLE orders (\n  id bigint PRIMARY KEY\n);\n```',
  );

  // Review comments: the author edits 002_orders.sql itself and pushes again.
  prAdds(41, { 'db/migrations/002_orders.sql': ORDERS_2, 'db/schema/orders.sql': ORDERS_2 });
  const second = await push(41, 'sha41b');
  expect(second.code).toBe(0);
  expect(states('sha41b')).toEqual(ALL_SUCCESS);
  expect(world.github.latest('sha41b')['schemagate/neon-branch'].description).toBe(
    'Branch preview/pr-41 reused and reset to its parent',
  );
  expect(section('neon-branch')).toContain(
    "**Reset from its parent** (reset: auto) because this pull request's `db/migrations/002_orders.sql` changed since it was applied here. This pull request's migrations are applied again.",
  );
  expect(world.neon.requests.filter((r) => r.path.endsWith('/restore'))).toHaveLength(1);
  // The edited file really ran on the reset branch; the parent is untouched.
  expect(await columns(branchUrl(41), 'orders')).toEqual(['id', 'note']);
  expect(await columns(world.neon.urlFor(world.parentDatabase), 'orders')).toEqual([]);
  expect(second.outputs.applied).toBe('1');

  // A third push without changes reuses the branch as it is.
  const third = await push(41, 'sha41c');
  expect(third.code).toBe(0);
  expect(world.github.latest('sha41c')['schemagate/neon-branch'].description).toBe(
    'Branch preview/pr-41 reused',
  );
  expect(world.neon.requests.filter((r) => r.path.endsWith('/restore'))).toHaveLength(1);

  // Editing the already merged 001 stays a refusal: no reset, migrate says why.
  world.write('db/migrations/001_customers.sql', `${CUSTOMERS}-- edited after merge\n`);
  const tampered = await push(41, 'sha41d');
  expect(tampered.code).toBe(1);
  expect(states('sha41d')['schemagate/migrate']).toBe('failure');
  expect(world.github.latest('sha41d')['schemagate/migrate'].description).toMatch(/edited/);
  expect(section('neon-branch')).toContain(
    'db/migrations/001_customers.sql was already merged and has been edited: that is refused, not reset',
  );
  expect(world.neon.requests.filter((r) => r.path.endsWith('/restore'))).toHaveLength(1);
});

it('the base gains a migration mid-PR: reset from the parent that has it, then the PR’s files on top', async () => {
  await setup();
  prAdds(42, { 'db/migrations/003_orders.sql': ORDERS_1, 'db/schema/orders.sql': ORDERS_1 });
  expect((await push(42, 'sha42a')).code).toBe(0);

  // Another PR merges 002_vendors.sql and deploys it: main (without PR 42's files) migrates the parent.
  const VENDORS = 'CREATE TABLE vendors (\n  id bigint PRIMARY KEY\n);\n';
  rmSync(join(world.workspace, 'db/migrations/003_orders.sql'));
  rmSync(join(world.workspace, 'db/schema/orders.sql'));
  world.write('db/migrations/002_vendors.sql', VENDORS);
  world.write('db/schema/vendors.sql', VENDORS);
  await sql(world.neon.urlFor(world.parentDatabase), "INSERT INTO customers VALUES (1, 'prod@example.com')");
  await migrateParent();
  // The PR's checkout (the merge commit) now has both.
  prAdds(42, { 'db/migrations/003_orders.sql': ORDERS_1, 'db/schema/orders.sql': ORDERS_1 });

  const run = await push(42, 'sha42b');
  expect(run.code).toBe(0);
  expect(states('sha42b')).toEqual(ALL_SUCCESS);
  expect(section('neon-branch')).toContain(
    'because the base branch has `db/migrations/002_vendors.sql`, which this branch lacks',
  );
  // The branch is the parent's current state (its data too) plus the PR's file.
  const url = branchUrl(42);
  expect(await revisions(url)).toEqual(['001_customers', '002_vendors', '003_orders']);
  const [r] = await sql(url, 'SELECT email FROM customers');
  expect(r.rows).toEqual([{ email: 'prod@example.com' }]);
});

it('the base gains a migration that sorts after the PR’s file: a clear out-of-order failure', async () => {
  await setup();
  prAdds(43, { 'db/migrations/002_orders.sql': ORDERS_1, 'db/schema/orders.sql': ORDERS_1 });
  expect((await push(43, 'sha43a')).code).toBe(0);

  const VENDORS = 'CREATE TABLE vendors (\n  id bigint PRIMARY KEY\n);\n';
  rmSync(join(world.workspace, 'db/migrations/002_orders.sql'));
  world.write('db/migrations/005_vendors.sql', VENDORS);
  world.write('db/schema/vendors.sql', VENDORS);
  await migrateParent();
  prAdds(43, { 'db/migrations/002_orders.sql': ORDERS_1, 'db/schema/orders.sql': ORDERS_1 });

  const run = await push(43, 'sha43b');
  expect(run.code).toBe(1);
  const latest = world.github.latest('sha43b');
  expect(latest['schemagate/neon-branch']).toMatchObject({
    state: 'failure',
    description: 'Branch preview/pr-43: migrations out of order',
  });
  expect(latest['schemagate/migrate']).toMatchObject({
    state: 'error',
    description: 'skipped: neon-branch failed',
  });
  expect(section('neon-branch')).toContain(
    "this pull request's migrations are out of order: `db/migrations/002_orders.sql` sorts before `db/migrations/005_vendors.sql`, which the base branch merged and its database has applied. Give this pull request's migration a later version",
  );
});

it('a review approving a canary → strict promotion re-evaluates drift-check and lint-gate without migrating', async () => {
  await setup('strict');
  prAdds(44, { 'db/migrations/002_orders.sql': ORDERS_1, 'db/schema/orders.sql': ORDERS_1 });
  // The PR promotes the mode: canary at the base, strict now.
  world.github.contents.set('base000:schemagate.yml', config('canary'));
  world.github.contents.set('sha44:schemagate.yml', config('strict'));
  const run = await push(44, 'sha44');
  expect(run.code).toBe(1);
  expect(states('sha44')).toMatchObject({
    'schemagate/migrate': 'success',
    'schemagate/drift-check': 'failure',
    'schemagate/lint-gate': 'error',
  });
  expect(world.github.latest('sha44')['schemagate/drift-check'].description).toMatch(
    /^mode change canary → strict needs 2 distinct approvals \(has 0\)/,
  );
  const [applied] = await sql(branchUrl(44), 'SELECT version, applied_at::text FROM schemagate_revisions');
  const migrateStatuses = world.github.statesOf('schemagate/migrate', 'sha44').length;

  world.github.reviews.set(
    44,
    ['alice', 'bob'].map((user, i) => ({
      id: i + 1,
      user: { login: user },
      state: 'APPROVED',
      commit_id: 'sha44',
      submitted_at: '2026-11-30T03:00:00Z',
    })),
  );
  const review = await world.run(
    'action.yml',
    { ...world.neonInputs(), stages: 'neon-branch,drift-check,lint-gate' },
    reviewEvent({ number: 44, head: 'sha44' }, { user: 'bob', state: 'APPROVED' }),
  );
  runs.push(review);
  expect(review.code).toBe(0);
  expect(states('sha44')).toEqual(ALL_SUCCESS);
  expect(section('drift-check')).toContain('**Mode change canary → strict** approved by @alice, @bob');
  // Nothing was migrated again: no migrate status, the revision rows are as they were.
  expect(world.github.statesOf('schemagate/migrate', 'sha44')).toHaveLength(migrateStatuses);
  const [after] = await sql(branchUrl(44), 'SELECT version, applied_at::text FROM schemagate_revisions');
  expect(after.rows).toEqual(applied.rows);
  expect(world.neon.requests.filter((r) => r.path.endsWith('/restore'))).toHaveLength(0);
});
