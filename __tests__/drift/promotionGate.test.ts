/**
 * "A missing entry blocks later schema changes": lint-gate (and drift-check, see stage.test.ts)
 * fail while mode: strict, set by a commit, has no promotion row in audit.log. Real git
 * repositories, fake GitHub and Actions ports.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stage } from '../../src/stages/lint-gate/stage.js';
import { runStage } from '../../src/stages/runStage.js';
import { runCli } from '../helpers/cliRunner.js';
import { fakeActions, fakeGitHub, workspace } from '../stages/fakes.js';
import { commitAll, git, initRepo } from './git.js';
import { makeProject } from './project.js';

const CANARY =
  'migrations:\n  dir: db/migrations\n  format: plain\nmode: canary\naudit:\n  log: docs/audit.md\n';
const STRICT = CANARY.replace('mode: canary', 'mode: strict');

async function runLintGate(root: string, env: Record<string, string> = {}) {
  const gh = fakeGitHub();
  const { actions, rec } = fakeActions({ 'github-token': 't0ken', 'working-directory': root });
  const event = join(workspace(), 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: {
        number: 50,
        head: { sha: 'head50', repo: { full_name: 'acme/app' } },
        base: { sha: 'base50', ref: 'main', repo: { full_name: 'acme/app' } },
        user: { login: 'dana' },
        labels: [],
        state: 'open',
      },
    }),
  );
  const result = await runStage(stage, {
    env: {
      GITHUB_EVENT_PATH: event,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: 'acme/app',
      ...env,
    },
    actions,
    github: () => gh.port,
    openDb: async () => {
      throw new Error('no database in this test');
    },
    now: () => new Date('2026-11-30T02:15:00Z'),
  });
  return { ...result, statuses: gh.statuses, section: gh.sections.get('lint-gate') ?? '', rec };
}

function promotedRepo(): { root: string; sha: string } {
  const root = makeProject({
    'schemagate.yml': CANARY,
    'db/migrations/001.sql': 'CREATE TABLE t (id int);\n',
  });
  initRepo(root);
  commitAll(root, 'Adopt schemagate', '2026-11-01T00:00:00Z');
  writeFileSync(join(root, 'schemagate.yml'), STRICT);
  const sha = commitAll(root, 'Promote to strict (#41)', '2026-11-05T00:00:00Z');
  writeFileSync(join(root, 'db/migrations/002.sql'), 'ALTER TABLE t ADD COLUMN x int;\n');
  commitAll(root, 'Add x (#50)', '2026-11-06T00:00:00Z');
  return { root, sha };
}

describe('strict promotion enforcement in lint-gate', () => {
  it('fails naming the commit that made it strict and the command that records it, until recorded', async () => {
    const { root, sha } = promotedRepo();
    const r = await runLintGate(root);
    expect(r.statuses).toEqual([
      'head50 schemagate/lint-gate failure strict promotion not recorded in the audit log',
    ]);
    expect(r.section).toBe(
      `:no_entry: **Audit log:** mode: strict was set by commit ${sha.slice(0, 12)} ("Promote to strict (#41)") of PR #41, which has no promotion entry in docs/audit.md; a missing entry blocks schema changes. Record it with \`npx schemagate audit --commit ${sha.slice(0, 12)} --pr 41 --approver <login> --approver <login> --change-request <id> --validation-window <from..to>\` and commit docs/audit.md\n`,
    );
    expect(r.exitCode).toBe(1);

    const rec = await runCli(['audit', root, '--actor', 'dana', '--approver', 'erin', '--approver', 'frank']);
    expect(rec.code).toBe(0);
    commitAll(root, 'Record the promotion of #41');
    const after = await runLintGate(root);
    expect(after.statuses[0]).not.toContain('audit log');
    expect(after.section).not.toContain('Audit log');
  });

  it('does not apply when strict comes only from SCHEMAGATE_MODE, or without audit.log', async () => {
    const root = makeProject({
      'schemagate.yml': CANARY,
      'db/migrations/001.sql': 'CREATE TABLE t (id int);\n',
    });
    const r = await runLintGate(root, { SCHEMAGATE_MODE: 'strict' });
    expect(r.section).not.toContain('Audit log');
    const noLog = makeProject({
      'schemagate.yml': 'mode: strict\n',
      'db/migrations/001.sql': 'CREATE TABLE t (id int);\n',
    });
    expect((await runLintGate(noLog)).section).not.toContain('Audit log');
  });

  it('fails closed in a shallow clone that cannot show the commit that made it strict', async () => {
    const { root } = promotedRepo();
    const shallow = workspace();
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, shallow]);
    expect(git(shallow, 'rev-parse', '--is-shallow-repository').trim()).toBe('true');
    const r = await runLintGate(shallow);
    expect(r.section).toContain(
      'cannot tell which commit set mode: strict in schemagate.yml: the history of schemagate.yml is cut at',
    );
    expect(r.section).toContain('(actions/checkout with fetch-depth: 0)');
    expect(r.exitCode).toBe(1);
  });
});
