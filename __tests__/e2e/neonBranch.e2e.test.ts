import { jest } from '@jest/globals';
/**
 * neon-branch and the comment/status plumbing, run as the runner runs the committed bundles,
 * against the local GitHub and Neon stand-ins (Neon backed by the real PostgreSQL).
 */
import { MARKER, parseSections } from '../../src/github/stickyComment.js';
import { pullRequestEvent } from './harness/runAction.js';
import { tablesOf, type World as W, World } from './harness/world.js';

const ACTION = 'actions/neon-branch/action.yml';
const ORDER = ['neon-branch', 'migrate', 'drift-check', 'lint-gate'];
jest.setTimeout(120_000);

let world: W;
const runs: Awaited<ReturnType<W['run']>>[] = [];

beforeAll(async () => {
  world = await World.create('CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL);');
  world.write('schemagate.yml', 'neon:\n  parent_branch: main\n  expires_in: 7d\n');
});
afterAll(async () => {
  await world?.dispose();
});

afterEach(() => {
  // Whatever happened, no secret reaches a log line, the summary, a status or the comment.
  const text = world.readable(runs);
  for (const secret of world.secrets()) expect(text).not.toContain(secret);
});

it('creates the PR branch from the parent database and outputs its URL, masked', async () => {
  const run = await world.run(
    ACTION,
    world.neonInputs(),
    pullRequestEvent('opened', { number: 7, head: 'sha7a' }),
  );
  runs.push(run);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const branch = world.neon.byName('preview/pr-7')!;
  const direct = world.neon.urlFor(branch.database);
  expect(run.outputs).toEqual({
    'database-url': direct,
    'database-url-pooled': direct.replace('127.0.0.1', 'localhost'),
    'database-host': '127.0.0.1',
    'database-host-pooled': 'localhost',
    password: world.neon.password,
    'branch-id': branch.id,
    'branch-name': 'preview/pr-7',
    created: 'true',
  });
  // The branch is a real database with the parent's schema.
  expect(await tablesOf(run.outputs['database-url'])).toEqual(['customers']);
  expect(branch.expires_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  // The URL was masked before anything printed it.
  expect(run.stdout.indexOf(`::add-mask::${run.outputs['database-url']}`)).toBeGreaterThanOrEqual(0);
  expect(world.github.latest('sha7a')['schemagate/neon-branch']).toMatchObject({
    state: 'success',
    description: 'Branch preview/pr-7 created',
    target_url: 'https://github.com/acme/shop/actions/runs/4242',
  });
  const [comment] = world.github.comments;
  expect(comment.body.startsWith(MARKER)).toBe(true);
  expect(parseSections(comment.body, ORDER).get('neon-branch')).toContain('Neon branch `preview/pr-7`');
  expect(run.summary).toContain('Neon branch `preview/pr-7`');
});

it('a second push reuses the branch and edits the same comment, no duplicate', async () => {
  const before = world.github.comments.map((c) => c.id);
  const run = await world.run(
    ACTION,
    world.neonInputs(),
    pullRequestEvent('synchronize', { number: 7, head: 'sha7b' }),
  );
  runs.push(run);
  expect(run.code).toBe(0);
  expect(run.outputs.created).toBe('false');
  expect(world.github.comments.map((c) => c.id)).toEqual(before);
  expect(parseSections(world.github.comments[0].body, ORDER).get('neon-branch')).toContain('reused');
  expect(world.github.latest('sha7b')['schemagate/neon-branch'].state).toBe('success');
  expect(
    world.github.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments')),
  ).toHaveLength(1);
});

it('survives Neon answering 429 and 503 first (retried with backoff)', async () => {
  world.neon.failNext.push(429, 503);
  const run = await world.run(
    ACTION,
    world.neonInputs(),
    pullRequestEvent('opened', { number: 8, head: 'sha8' }),
  );
  runs.push(run);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('Neon: HTTP 429 (rate limited); retry 1');
  expect(run.stdout).toContain('Neon: HTTP 503; retry 2');
  expect(run.outputs.created).toBe('true');
  expect(await tablesOf(run.outputs['database-url'])).toEqual(['customers']);
});

it('deletes the branch when the PR closes, and treats an already deleted branch as done', async () => {
  const database = world.neon.byName('preview/pr-8')!.database;
  const closed = pullRequestEvent('closed', { number: 8, head: 'sha8', state: 'closed' });
  const run = await world.run(ACTION, { ...world.neonInputs(), 'neon-action': 'delete' }, closed);
  runs.push(run);
  expect(run.code).toBe(0);
  expect(world.neon.byName('preview/pr-8')).toBeUndefined();
  await expect(tablesOf(world.neon.urlFor(database))).rejects.toThrow(/does not exist/);
  const again = await world.run(ACTION, { ...world.neonInputs(), 'neon-action': 'delete' }, closed);
  runs.push(again);
  expect(again.code).toBe(0);
  expect(again.stdout).toContain('Branch preview/pr-8 was already gone');
});

it('fails clearly on a bad API key and on an unknown project, naming the input', async () => {
  const event = pullRequestEvent('opened', { number: 9, head: 'sha9' });
  const badKey = await world.run(ACTION, { ...world.neonInputs(), 'neon-api-key': 'napi_wrong' }, event);
  runs.push(badKey);
  expect(badKey.code).toBe(2); // bad input: exit 2, as the CLI
  expect(badKey.stdout).toContain(
    '::error::Neon rejected the API key (HTTP 401) while listing branches: check the neon-api-key input',
  );
  expect(world.github.latest('sha9')['schemagate/neon-branch'].state).toBe('failure');
  // Alone, the failing stage settles the later stages so no required check waits (Neon 401).
  for (const later of ['migrate', 'drift-check', 'lint-gate'])
    expect(world.github.latest('sha9')[`schemagate/${later}`]).toMatchObject({
      state: 'error',
      description: 'skipped: neon-branch failed',
    });
  const badProject = await world.run(
    ACTION,
    { ...world.neonInputs(), 'neon-project-id': 'no-such-project' },
    event,
  );
  runs.push(badProject);
  expect(badProject.code).toBe(2);
  expect(world.github.latest('sha9')['schemagate/neon-branch'].description).toContain(
    'check the neon-project-id input',
  );
});

it('a PR from a fork (read-only token) reports in the job summary only, without failing for the 403', async () => {
  world.github.readOnly = true;
  try {
    const run = await world.run(
      ACTION,
      world.neonInputs(),
      pullRequestEvent('opened', { number: 10, head: 'sha10', fork: true }),
    );
    runs.push(run);
    expect(run.code).toBe(0);
    expect(run.summary).toContain('The token cannot write commit statuses or comments here');
    expect(run.summary).toContain('Neon branch `preview/pr-10`');
    expect(run.stdout).toContain('::warning::schemagate: no permission to write the commit status');
    expect(world.github.latest('sha10')).toEqual({});
  } finally {
    world.github.readOnly = false;
  }
});

it('cleanup deletes the branches of closed PRs and expired ones, and keeps open ones', async () => {
  // PR 7 is open (branch kept), PR 10 closed; PR 11's branch expired.
  world.github.pulls.set(7, { state: 'open' });
  world.github.pulls.set(10, { state: 'closed' });
  const opened = await world.run(
    ACTION,
    { ...world.neonInputs(), 'expires-in': '1s' },
    pullRequestEvent('opened', { number: 11, head: 'sha11' }),
  );
  runs.push(opened);
  world.github.pulls.set(11, { state: 'open' });
  await new Promise((r) => setTimeout(r, 1100));
  const run = await world.run(
    ACTION,
    { ...world.neonInputs(), 'neon-action': 'cleanup' },
    { name: 'schedule', payload: {} },
  );
  runs.push(run);
  expect(run.code).toBe(0);
  expect(run.summary).toContain('`preview/pr-10` (pull request closed)');
  expect(run.summary).toContain('`preview/pr-11` (expired)');
  expect(world.neon.byName('preview/pr-7')).toBeDefined();
  expect(world.neon.byName('preview/pr-10')).toBeUndefined();
  expect(world.neon.byName('preview/pr-11')).toBeUndefined();
});
