import { jest } from '@jest/globals';
/**
 * The suite (root action.yml) and the lint-gate re-run on review, run as the runner runs the
 * committed bundles against the local GitHub and Neon stand-ins. Each scenario gets its own
 * world: a repository checkout, a parent database on the real server, fresh fakes.
 */
import { parseSections } from '../../src/github/stickyComment.js';
import type { ActionRun } from './harness/runAction.js';
import { pullRequestEvent, reviewEvent } from './harness/runAction.js';
import { tablesOf, World } from './harness/world.js';

const ORDER = ['neon-branch', 'migrate', 'drift-check', 'lint-gate'];
const CONTEXTS = ORDER.map((s) => `schemagate/${s}`);

const CONFIG = `schema: db/schema
migrations:
  dir: db/migrations
  format: plain
mode: strict
neon:
  parent_branch: main
lint:
  approvals:
    high:
      count: 1
      from: [alice]
`;

const INIT = `CREATE TABLE customers (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL
);
`;

let world: World;
let runs: ActionRun[];

beforeEach(async () => {
  runs = [];
});
afterEach(async () => {
  if (!world) return;
  const text = world.readable(runs);
  await world.dispose();
  for (const secret of world.secrets()) expect(text).not.toContain(secret);
});

jest.setTimeout(300_000);

/**
 * `onMain`: files already merged and applied to the parent ("production") database, by running
 * the migrate action on it; `files`: what the pull request adds on top.
 */
async function setup(
  parentSql: string,
  files: Record<string, string>,
  pr: number,
  onMain: Record<string, string> = {},
): Promise<World> {
  world = await World.create(parentSql);
  world.write('schemagate.yml', CONFIG);
  if (Object.keys(onMain).length > 0) {
    for (const [path, text] of Object.entries(onMain)) world.write(path, text);
    const applied = await world.run(
      'actions/migrate/action.yml',
      { 'database-url': world.neon.urlFor(world.parentDatabase) },
      { name: 'push', payload: {} },
    );
    runs.push(applied);
    expect(applied.code).toBe(0);
  }
  for (const [path, text] of Object.entries(files)) world.write(path, text);
  world.github.files.set(
    pr,
    Object.keys(files)
      .filter((p) => p.startsWith('db/migrations/'))
      .map((filename) => ({ filename, status: 'added' })),
  );
  world.github.maxPageSize = 2;
  return world;
}

async function suite(pr: number, head: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const run = await world.run(
    'action.yml',
    { ...world.neonInputs(), ...inputs },
    pullRequestEvent('synchronize', { number: pr, head }),
  );
  runs.push(run);
  return run;
}

/** Statuses as "context state", in the order posted. */
const posted = (sha: string) =>
  world.github.statuses.filter((s) => s.sha === sha).map((s) => `${s.context} ${s.state}`);

it('clean PR: every check goes pending, then success in pipeline order, one comment with four sections', async () => {
  await setup('', { 'db/migrations/001_init.sql': INIT, 'db/schema/customers.sql': INIT }, 21);
  const run = await suite(21, 'sha21');
  expect(run.stderr).toBe('');
  expect(posted('sha21')).toEqual([
    ...CONTEXTS.map((c) => `${c} pending`),
    ...CONTEXTS.map((c) => `${c} success`),
  ]);
  expect(run.code).toBe(0);
  expect(world.github.latest('sha21')['schemagate/migrate'].description).toMatch(/1/);
  // The migration really ran on the PR's branch database, not on the parent.
  const branch = world.neon.byName('preview/pr-21')!;
  expect(await tablesOf(world.neon.urlFor(branch.database))).toContain('customers');
  expect(await tablesOf(world.neon.urlFor(world.parentDatabase))).toEqual([]);
  expect(world.github.comments).toHaveLength(1);
  expect([...parseSections(world.github.comments[0].body, ORDER).keys()]).toEqual(ORDER);
  expect(run.outputs).toMatchObject({
    'branch-id': branch.id,
    applied: '1',
    drift: 'false',
    approved: 'true',
  });
  expect(run.summary.match(/\| Check \| Result \| Details \|/g)).toHaveLength(1);
});

it('a second push edits the same comment, never a duplicate', async () => {
  await setup('', { 'db/migrations/001_init.sql': INIT, 'db/schema/customers.sql': INIT }, 22);
  // Other people's comments (one quoting the marker) fill the first pages.
  for (const [login, body] of [
    ['dev', 'looks good'],
    ['mallory', '<!-- schemagate -->\nquoted'],
    ['dev', 'ping'],
  ]) {
    world.github.comments.push({
      id: world.github.comments.length + 1,
      issue: 22,
      body,
      user: { login, type: 'User' },
    });
  }
  await suite(22, 'sha22a');
  const ours = world.github.comments.filter((c) => c.user.type === 'Bot');
  expect(ours).toHaveLength(1);
  const second = await suite(22, 'sha22b');
  expect(second.code).toBe(0);
  expect(world.github.comments.filter((c) => c.user.type === 'Bot').map((c) => c.id)).toEqual([ours[0].id]);
  expect(world.github.comments.find((c) => c.user.login === 'mallory')!.body).toBe(
    '<!-- schemagate -->\nquoted',
  );
  expect(parseSections(ours[0].body, ORDER).get('neon-branch')).toContain('reused');
  expect(posted('sha22b').slice(-4)).toEqual(CONTEXTS.map((c) => `${c} success`));
});

it('a migration that fails: migrate failure with the location, drift-check and lint-gate error', async () => {
  const bad =
    'ALTER TABLE customers ADD COLUMN nickname text;\nALTER TABLE no_such_table ADD COLUMN x int;\n';
  await setup(
    '',
    { 'db/migrations/001_init.sql': INIT, 'db/migrations/002_bad.sql': bad, 'db/schema/customers.sql': INIT },
    23,
  );
  const run = await suite(23, 'sha23');
  expect(run.code).toBe(1);
  const latest = world.github.latest('sha23');
  expect(latest['schemagate/neon-branch'].state).toBe('success');
  expect(latest['schemagate/migrate'].state).toBe('failure');
  expect(latest['schemagate/drift-check']).toMatchObject({
    state: 'error',
    description: 'skipped: migrate failed',
  });
  expect(latest['schemagate/lint-gate']).toMatchObject({
    state: 'error',
    description: 'skipped: migrate failed',
  });
  const migrate = parseSections(world.github.comments[0].body, ORDER).get('migrate')!;
  expect(migrate).toContain('002_bad.sql');
  expect(migrate).toContain('no_such_table');
  expect(run.stdout).toMatch(/::error file=.*002_bad\.sql,line=2/);
});

it('drift in the live branch: drift-check failure with the report', async () => {
  // Someone created a table by hand in production; the PR branch inherits it.
  await setup(
    'CREATE TABLE hand_made (id int);',
    { 'db/migrations/001_init.sql': INIT, 'db/schema/customers.sql': INIT },
    24,
  );
  // A table added by hand is a compatible difference: strict blocks it only with strict_blocks: any.
  world.write('schemagate.yml', `${CONFIG}drift:\n  strict_blocks: any\n`);
  const run = await suite(24, 'sha24');
  expect(run.code).toBe(1);
  const latest = world.github.latest('sha24');
  expect(latest['schemagate/migrate'].state).toBe('success');
  expect(latest['schemagate/drift-check'].state).toBe('failure');
  expect(latest['schemagate/lint-gate']).toMatchObject({
    state: 'error',
    description: 'skipped: drift-check failed',
  });
  expect(parseSections(world.github.comments[0].body, ORDER).get('drift-check')).toContain('hand_made');
  expect(run.outputs.drift).toBe('true');
});

it('risky migration: lint-gate failure, then a review with a valid approval makes it success', async () => {
  const drop = 'ALTER TABLE customers DROP COLUMN email;\n';
  const after = 'CREATE TABLE customers (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY\n);\n';
  await setup('', { 'db/migrations/002_drop_email.sql': drop, 'db/schema/customers.sql': after }, 25, {
    'db/migrations/001_init.sql': INIT,
    'db/schema/customers.sql': INIT,
  });
  const run = await suite(25, 'sha25');
  expect(run.code).toBe(1);
  const failed = world.github.latest('sha25')['schemagate/lint-gate'];
  expect(failed.state).toBe('failure');
  expect(failed.description).toMatch(/^needs 1 approval from @?alice/);
  expect(world.github.latest('sha25')['schemagate/drift-check'].state).toBe('success');
  expect(run.outputs.approved).toBe('false');

  // alice approves the head commit; the review workflow re-runs only lint-gate.
  world.github.reviews.set(25, [
    {
      id: 1,
      user: { login: 'alice' },
      state: 'APPROVED',
      commit_id: 'sha25',
      submitted_at: '2026-11-30T03:00:00Z',
    },
  ]);
  world.github.contents.set('sha25:db/migrations/002_drop_email.sql', drop);
  const review = await world.run(
    'actions/lint-gate/action.yml',
    {},
    reviewEvent({ number: 25, head: 'sha25' }, { user: 'alice', state: 'APPROVED' }),
  );
  runs.push(review);
  expect(review.code).toBe(0);
  const passed = world.github.latest('sha25')['schemagate/lint-gate'];
  expect(passed.state).toBe('success');
  expect(passed.description).toContain('alice');
  expect(review.outputs.approved).toBe('true');
  // Only lint-gate's section changed; the other three are as the suite left them.
  const sections = parseSections(world.github.comments[0].body, ORDER);
  expect([...sections.keys()]).toEqual(ORDER);
  expect(world.github.comments).toHaveLength(1);
});

it('a fork PR: job summary only, no failure from the 403', async () => {
  await setup('', { 'db/migrations/001_init.sql': INIT, 'db/schema/customers.sql': INIT }, 26);
  world.github.readOnly = true;
  const run = await world.run(
    'action.yml',
    world.neonInputs(),
    pullRequestEvent('opened', { number: 26, head: 'sha26', fork: true }),
  );
  runs.push(run);
  expect(run.code).toBe(0);
  expect(world.github.statuses).toEqual([]);
  expect(world.github.comments).toEqual([]);
  expect(run.summary.startsWith('> [!NOTE]\n> The token cannot write commit statuses or comments here')).toBe(
    true,
  );
  expect(run.summary).toContain('| `schemagate/lint-gate` | :white_check_mark: success');
});

it('stages can be switched off: only the enabled ones get a status', async () => {
  await setup('', { 'db/migrations/001_init.sql': INIT, 'db/schema/customers.sql': INIT }, 27);
  const run = await suite(27, 'sha27', { stages: 'neon-branch,migrate' });
  expect(run.code).toBe(0);
  expect(posted('sha27')).toEqual([
    'schemagate/neon-branch pending',
    'schemagate/migrate pending',
    'schemagate/neon-branch success',
    'schemagate/migrate success',
  ]);
});
