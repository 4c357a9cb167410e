import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runSuite } from '../../src/stages/suite.js';
import type { Stage, StageContext, StageName, StageOutcome } from '../../src/stages/types.js';
import { fakeActions, fakeGitHub, workspace } from './fakes.js';

const ok = (description: string, outputs: Record<string, string> = {}): StageOutcome => ({
  state: 'success',
  description,
  section: `### ${description}\n`,
  outputs,
});

function stagesWith(
  overrides: Partial<Record<StageName, (ctx: StageContext) => Promise<StageOutcome>>>,
  seen: Record<string, StageContext> = {},
) {
  const make = (name: StageName): Stage => ({
    name,
    async run(ctx) {
      seen[name] = ctx;
      return (overrides[name] ?? (async () => ok(`${name} ok`)))(ctx);
    },
  });
  return {
    'neon-branch': make('neon-branch'),
    migrate: make('migrate'),
    'drift-check': make('drift-check'),
    'lint-gate': make('lint-gate'),
  };
}

function setup(inputs: Record<string, string> = {}, gh = fakeGitHub()) {
  const dir = workspace();
  const event = join(dir, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: {
        number: 7,
        head: { sha: 'head7' },
        base: { sha: 'base7', ref: 'main' },
        user: { login: 'dev' },
      },
    }),
  );
  const { actions, rec } = fakeActions({ 'github-token': 'ghs_x', 'working-directory': dir, ...inputs });
  const deps = {
    env: { GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: '9' },
    actions,
    github: () => gh.port,
    openDb: async () => {
      throw new Error('no db in this test');
    },
  };
  return { deps, rec, gh };
}

describe('the suite', () => {
  it('sets every stage pending first, then settles each in order, feeding the branch URL forward', async () => {
    const seen: Record<string, StageContext> = {};
    const { deps, rec, gh } = setup();
    const code = await runSuite(
      deps,
      stagesWith(
        {
          'neon-branch': async () =>
            ok('branch ready', { 'database-url': 'postgres://u:pw@h/db', 'branch-id': 'br-1' }),
        },
        seen,
      ),
    );
    expect(code).toBe(0);
    expect(gh.statuses).toEqual([
      'head7 schemagate/neon-branch pending running',
      'head7 schemagate/migrate pending waiting for neon-branch',
      'head7 schemagate/drift-check pending waiting for migrate',
      'head7 schemagate/lint-gate pending waiting for drift-check',
      'head7 schemagate/neon-branch success branch ready',
      'head7 schemagate/migrate success migrate ok',
      'head7 schemagate/drift-check success drift-check ok',
      'head7 schemagate/lint-gate success lint-gate ok',
    ]);
    expect(seen.migrate.upstream['neon-branch.database-url']).toBe('postgres://u:pw@h/db');
    expect(seen.migrate.input('database-url')).toBe('postgres://u:pw@h/db');
    expect(seen['drift-check'].input('database-url')).toBe('postgres://u:pw@h/db');
    expect(rec.outputs['branch-id']).toBe('br-1');
    // One summary at the end: a table of all four, then the sections.
    expect(rec.summary.match(/## schemagate/g)).toHaveLength(1);
    expect(rec.summary).toContain('| `schemagate/lint-gate` | :white_check_mark: success | lint-gate ok |');
  });

  it('after a failure sets every later stage to error "skipped: <stage> failed" and exits 1', async () => {
    const { deps, rec, gh } = setup();
    const ran: string[] = [];
    const code = await runSuite(
      deps,
      stagesWith({
        migrate: async () => ({
          state: 'failure',
          description: 'db/migrations/2.sql:3:1: relation "x" does not exist',
          section: '### migrate failed\n',
          outputs: {},
        }),
        'drift-check': async () => {
          ran.push('drift-check');
          return ok('x');
        },
      }),
    );
    expect(code).toBe(1);
    expect(ran).toEqual([]);
    expect(gh.statuses.slice(4)).toEqual([
      'head7 schemagate/neon-branch success neon-branch ok',
      'head7 schemagate/migrate failure db/migrations/2.sql:3:1: relation "x" does not exist',
      'head7 schemagate/drift-check error skipped: migrate failed',
      'head7 schemagate/lint-gate error skipped: migrate failed',
    ]);
    expect(gh.sections.get('lint-gate')).toContain('Skipped: `schemagate/migrate` failed');
    expect(rec.summary).toContain(
      '| `schemagate/drift-check` | :fast_forward: skipped | skipped: migrate failed |',
    );
  });

  it('a stage that throws is an error status with its message, and stops the rest', async () => {
    const { deps, gh } = setup();
    const code = await runSuite(
      deps,
      stagesWith({
        'neon-branch': async () =>
          Promise.reject(new Error('Neon API error while creating the branch: HTTP 500')),
      }),
    );
    expect(code).toBe(1);
    expect(gh.statuses[4]).toBe(
      'head7 schemagate/neon-branch error Neon API error while creating the branch: HTTP 500',
    );
    expect(gh.statuses[5]).toBe('head7 schemagate/migrate error skipped: neon-branch failed');
  });

  it('runs only the stages switched on, and leaves the others untouched', async () => {
    const { deps, gh } = setup({ stages: 'lint-gate, migrate' });
    expect(await runSuite(deps, stagesWith({}))).toBe(0);
    expect(gh.statuses).toEqual([
      'head7 schemagate/migrate pending running',
      'head7 schemagate/lint-gate pending waiting for migrate',
      'head7 schemagate/migrate success migrate ok',
      'head7 schemagate/lint-gate success lint-gate ok',
    ]);
  });

  it('rejects an unknown stage name with exit code 2 and posts nothing', async () => {
    const { deps, rec, gh } = setup({ stages: 'migrate,lint' });
    expect(await runSuite(deps, stagesWith({}))).toBe(2);
    expect(rec.logs).toContain(
      'error: input stages: unknown stage "lint"; known: neon-branch, migrate, drift-check, lint-gate',
    );
    expect(gh.statuses).toEqual([]);
  });

  it('with a read-only token (fork) reports in the job summary only and does not fail for that', async () => {
    const { deps, rec } = setup({}, fakeGitHub({ deny: true }));
    expect(await runSuite(deps, stagesWith({}))).toBe(0);
    expect(
      rec.summary.startsWith('> [!NOTE]\n> The token cannot write commit statuses or comments here'),
    ).toBe(true);
    expect(rec.logs.filter((l) => l.startsWith('warning:'))).toHaveLength(1);
  });

  it('a status GitHub refuses for another reason than permissions fails the job, with the reason logged', async () => {
    const { deps, rec } = setup({ stages: 'migrate' }, fakeGitHub({ broken: true }));
    expect(await runSuite(deps, stagesWith({}))).toBe(1);
    expect(rec.logs).toContain('error: schemagate: could not write the commit status: Server Error');
  });

  it('settles the check even when the runner side breaks (an output cannot be written)', async () => {
    const { deps, gh } = setup({ stages: 'neon-branch,migrate' });
    const actions = {
      ...deps.actions,
      setOutput: () => {
        throw new Error('GITHUB_OUTPUT is not writable');
      },
    };
    const code = await runSuite(
      { ...deps, actions },
      stagesWith({ 'neon-branch': async () => ok('branch ready', { 'branch-id': 'br-1' }) }),
    );
    expect(code).toBe(1);
    expect(gh.statuses.slice(2)).toEqual([
      'head7 schemagate/neon-branch error GITHUB_OUTPUT is not writable',
      'head7 schemagate/migrate error skipped: neon-branch failed',
    ]);
  });
});
