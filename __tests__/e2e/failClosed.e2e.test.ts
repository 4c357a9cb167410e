import { jest } from '@jest/globals';
/**
 * Fail closed, run as the runner runs the committed bundles against the local GitHub and Neon
 * stand-ins: a fork's pull request without secrets, a stage used alone that fails, stale pending
 * statuses of a cancelled run, the suite's one meaning of database-url and baseline.
 */
import type { ActionRun } from './harness/runAction.js';
import { pullRequestEvent } from './harness/runAction.js';
import { tablesOf, World } from './harness/world.js';

const CONFIG = `schema: db/schema
migrations:
  dir: db/migrations
  format: plain
mode: strict
neon:
  parent_branch: main
`;

const INIT = `CREATE TABLE customers (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL
);
`;

let world: World | undefined;
let runs: ActionRun[];

beforeEach(() => {
  runs = [];
  world = undefined;
});
afterEach(async () => {
  if (!world) return;
  const text = world.readable(runs);
  await world.dispose();
  for (const secret of world.secrets()) expect(text).not.toContain(secret);
});

jest.setTimeout(300_000);

async function setup(files: Record<string, string>, pr: number): Promise<World> {
  const w = await World.create('');
  world = w;
  w.write('schemagate.yml', CONFIG);
  for (const [path, text] of Object.entries(files)) w.write(path, text);
  w.github.files.set(
    pr,
    Object.keys(files)
      .filter((p) => p.startsWith('db/migrations/'))
      .map((filename) => ({ filename, status: 'added' })),
  );
  return w;
}

async function run(
  w: World,
  action: string,
  inputs: Record<string, string>,
  event: { name: string; payload: unknown },
  env?: Record<string, string>,
): Promise<ActionRun> {
  const r = await w.run(action, inputs, event, env);
  runs.push(r);
  return r;
}

it('a fork PR without secrets: Neon skipped (neutral), migrations replayed on the embedded database, results in the summary', async () => {
  const w = await setup({ 'db/migrations/001_init.sql': INIT, 'db/schema/customers.sql': INIT }, 31);
  w.github.readOnly = true;
  const r = await run(
    w,
    'action.yml',
    { 'api-host': w.neon.url },
    pullRequestEvent('opened', { number: 31, head: 'sha31', fork: true }),
  );
  expect(r.code).toBe(0);
  expect(w.neon.byName('preview/pr-31')).toBeUndefined();
  expect(r.summary).toContain(
    '| `schemagate/neon-branch` | :fast_forward: skipped | skipped: pull request from a fork gets no secrets',
  );
  expect(r.summary).toContain(
    '| `schemagate/migrate` | :white_check_mark: success | fork PR, replayed on the embedded database: ',
  );
  expect(r.summary).toContain('| `schemagate/drift-check` | :white_check_mark: success | no drift');
  expect(r.summary).toContain('| `schemagate/lint-gate` | :white_check_mark: success |');
  expect(r.summary).toContain('The migrations were replayed on a fresh embedded database');
  expect(await tablesOf(w.neon.urlFor(w.parentDatabase))).toEqual([]);
});

it('a missing Neon key on a same-repository PR is still an error, and no later check is left waiting', async () => {
  const w = await setup({ 'db/migrations/001_init.sql': INIT, 'db/schema/customers.sql': INIT }, 32);
  const r = await run(
    w,
    'action.yml',
    { 'api-host': w.neon.url },
    pullRequestEvent('opened', { number: 32, head: 'sha32' }),
  );
  expect(r.code).toBe(1);
  const latest = w.github.latest('sha32');
  expect(latest['schemagate/neon-branch']).toMatchObject({ state: 'failure' });
  expect(latest['schemagate/neon-branch'].description).toContain('input neon-api-key is required');
  for (const later of ['migrate', 'drift-check', 'lint-gate'])
    expect(latest[`schemagate/${later}`]).toMatchObject({
      state: 'error',
      description: 'skipped: neon-branch failed',
    });
});

it('a stage used alone that fails settles every later stage to error', async () => {
  const bad = 'ALTER TABLE no_such_table ADD COLUMN x int;\n';
  const w = await setup({ 'db/migrations/001_bad.sql': bad, 'db/schema/customers.sql': INIT }, 33);
  const r = await run(
    w,
    'actions/migrate/action.yml',
    { 'database-url': w.neon.urlFor(w.parentDatabase) },
    pullRequestEvent('synchronize', { number: 33, head: 'sha33' }),
  );
  expect(r.code).toBe(1);
  const latest = w.github.latest('sha33');
  expect(latest['schemagate/migrate'].state).toBe('failure');
  expect(latest['schemagate/drift-check']).toMatchObject({
    state: 'error',
    description: 'skipped: migrate failed',
  });
  expect(latest['schemagate/lint-gate']).toMatchObject({
    state: 'error',
    description: 'skipped: migrate failed',
  });
  // Earlier stages are not touched.
  expect(latest['schemagate/neon-branch']).toBeUndefined();
});

it('a GitHub write interval that is not a number fails the job naming the variable, and posts nothing', async () => {
  const w = await setup({ 'db/migrations/001_init.sql': INIT, 'db/schema/customers.sql': INIT }, 36);
  const r = await run(
    w,
    'actions/lint-gate/action.yml',
    {},
    pullRequestEvent('synchronize', { number: 36, head: 'sha36' }),
    { SCHEMAGATE_GITHUB_WRITE_INTERVAL_MS: '1s' },
  );
  expect(r.code).toBe(2);
  expect(`${r.stdout}\n${r.stderr}`).toContain(
    'cannot talk to GitHub: SCHEMAGATE_GITHUB_WRITE_INTERVAL_MS must be a whole number of milliseconds, got "1s"',
  );
  expect(w.github.statuses).toEqual([]);
});

it('a starting stage settles the pending statuses a cancelled run left on the same commit', async () => {
  const w = await setup({ 'db/migrations/001_init.sql': INIT, 'db/schema/customers.sql': INIT }, 34);
  const cancelled = 'https://github.com/acme/shop/actions/runs/1111';
  for (const stage of ['migrate', 'drift-check', 'lint-gate'])
    w.github.statuses.push({
      sha: 'sha34',
      context: `schemagate/${stage}`,
      state: 'pending',
      description: 'waiting',
      target_url: cancelled,
    } as never);
  const r = await run(
    w,
    'actions/lint-gate/action.yml',
    {},
    pullRequestEvent('synchronize', { number: 34, head: 'sha34' }),
  );
  expect(r.code).toBe(0);
  const latest = w.github.latest('sha34');
  expect(latest['schemagate/lint-gate'].state).toBe('success');
  for (const stale of ['migrate', 'drift-check'])
    expect(latest[`schemagate/${stale}`]).toMatchObject({
      state: 'error',
      description:
        'stale: an earlier run stopped before settling this check (cancelled?); re-run the workflow',
    });
});

it('in the suite, a database-url beside neon-branch is refused: the PR migrations never reach it', async () => {
  const w = await setup({ 'db/migrations/001_init.sql': INIT, 'db/schema/customers.sql': INIT }, 35);
  const production = w.neon.urlFor(w.parentDatabase);
  const r = await run(
    w,
    'action.yml',
    { ...w.neonInputs(), 'database-url': production },
    pullRequestEvent('synchronize', { number: 35, head: 'sha35' }),
  );
  expect(r.code).toBe(1);
  const latest = w.github.latest('sha35');
  expect(latest['schemagate/migrate'].state).toBe('failure');
  expect(latest['schemagate/migrate'].description).toContain(
    'input: database-url: neon-branch already gives',
  );
  expect(await tablesOf(production)).toEqual([]);
});

it('in the suite, baseline is the drift snapshot path only: migrate does not read it as a version', async () => {
  const w = await setup({ 'db/migrations/001_init.sql': INIT, 'db/schema/customers.sql': INIT }, 36);
  const r = await run(
    w,
    'action.yml',
    { ...w.neonInputs(), stages: 'neon-branch,migrate', baseline: 'ci/schema_baseline.json' },
    pullRequestEvent('synchronize', { number: 36, head: 'sha36' }),
  );
  expect(r.code).toBe(0);
  expect(w.github.latest('sha36')['schemagate/migrate'].state).toBe('success');
});
