/**
 * The lint-gate stage through the real runner (runStage): fake GitHub and Actions ports, a temp
 * repository and an event payload file, asserting the posted status, comment section and files.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GitHubPort, Review } from '../../src/github/port.js';
import type { ActionsPort } from '../../src/stages/actionsPort.js';
import { stage } from '../../src/stages/lint-gate/stage.js';
import { runStage } from '../../src/stages/runStage.js';

const HEAD = '1'.repeat(40);
const OLDER = '2'.repeat(40);

const CONFIG = `mode: strict
lint:
  approvals:
    high: { count: 1, from: ['@db-owners'] }
`;
const INIT = 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n';
const DROP = "SET lock_timeout = '5s';\nALTER TABLE users DROP COLUMN email;\n";

interface Fake {
  github: GitHubPort;
  statuses: { sha: string; context: string; state: string; description: string }[];
  sections: Record<string, string>;
  reviews: Review[];
}

function fakeGitHub(
  files: Record<string, Record<string, string>>,
  teams: Record<string, string[] | 'unreadable'> = {},
): Fake {
  const fake: Fake = { statuses: [], sections: {}, reviews: [], github: undefined as unknown as GitHubPort };
  fake.github = {
    async setStatus(sha, context, state, description) {
      fake.statuses.push({ sha, context, state, description });
    },
    async upsertCommentSection(_pr, stageName, markdown) {
      fake.sections[stageName] = markdown;
    },
    listReviews: async () => fake.reviews,
    listFiles: async () => [{ filename: 'db/migrations/002_drop_email.sql', status: 'added' }],
    listLabels: async () => [],
    teamMembers: async (org, team) => teams[`${org}/${team}`] ?? [],
    fileAt: async (path, ref) => files[ref]?.[path],
  };
  return fake;
}

function fakeActions(inputs: Record<string, string>) {
  const rec = { outputs: {} as Record<string, string>, warnings: [] as string[], errors: [] as string[] };
  const actions: ActionsPort = {
    getInput: (n) => inputs[n] ?? '',
    setOutput: (n, v) => {
      rec.outputs[n] = v;
    },
    setSecret: () => {},
    info: () => {},
    warning: (m, w) => rec.warnings.push(`${w?.file}:${w?.line}: ${m}`),
    error: (m, w) => rec.errors.push(`${w?.file ?? ''}:${w?.line ?? ''}: ${m}`),
    appendSummary: async () => {},
  };
  return { actions, rec };
}

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function repo(config = CONFIG, base = '0'.repeat(40)): { dir: string; env: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'sg-lint-stage-'));
  made.push(dir);
  mkdirSync(join(dir, 'db/migrations'), { recursive: true });
  writeFileSync(join(dir, 'schemagate.yml'), config);
  writeFileSync(join(dir, 'db/migrations/001_init.sql'), INIT);
  writeFileSync(join(dir, 'db/migrations/002_drop_email.sql'), DROP);
  const event = join(dir, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: {
        number: 7,
        head: { sha: HEAD },
        base: { sha: base, ref: 'main' },
        user: { login: 'alice' },
        labels: [],
        state: 'open',
      },
    }),
  );
  return {
    dir,
    env: { GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'acme/shop' },
  };
}

async function runGate(fake: Fake, dir: string, env: Record<string, string>, eventName = 'pull_request') {
  const { actions, rec } = fakeActions({ 'github-token': 't', 'working-directory': dir });
  const result = await runStage(stage, {
    env: { ...env, GITHUB_EVENT_NAME: eventName },
    actions,
    github: () => fake.github,
    openDb: async () => {
      throw new Error('no database in this test');
    },
  });
  return { ...result, rec };
}

const files: Record<string, Record<string, string>> = {
  [HEAD]: { 'db/migrations/002_drop_email.sql': DROP },
  [OLDER]: { 'db/migrations/002_drop_email.sql': DROP },
};

describe('lint-gate stage', () => {
  it('reports a file that does not parse at its position, still judges the rest, and exits 2', async () => {
    const { dir, env } = repo();
    writeFileSync(
      join(dir, 'db/migrations/003_broken.sql'),
      'CREATE TABLE ok (id int);\nCREAT TABLE nope (id int);\n',
    );
    const fake = fakeGitHub(files);
    fake.github.listFiles = async () => [
      { filename: 'db/migrations/002_drop_email.sql', status: 'added' },
      { filename: 'db/migrations/003_broken.sql', status: 'added' },
    ];
    const r = await runGate(fake, dir, env);
    expect(r.exitCode).toBe(2);
    expect(fake.statuses).toHaveLength(1);
    expect(fake.statuses[0]).toMatchObject({ context: 'schemagate/lint-gate', state: 'failure' });
    expect(fake.statuses[0].description).toMatch(
      /^1 input problem\(s\), first db\/migrations\/003_broken\.sql:2:1: syntax error/,
    );
    // The other file of the change was still linted and reported.
    expect(fake.sections['lint-gate']).toContain('dropping-column');
    expect(fake.sections['lint-gate']).toContain('db/migrations/003_broken.sql:2');
  });

  it('fails an unapproved DROP COLUMN, then passes after a valid approval on pull_request_review', async () => {
    const { dir, env } = repo();
    const fake = fakeGitHub(files);
    const first = await runGate(fake, dir, env);
    expect(first.exitCode).toBe(1);
    expect(fake.statuses).toEqual([
      {
        sha: HEAD,
        context: 'schemagate/lint-gate',
        state: 'failure',
        description: 'needs 1 approval from @db-owners: DROP COLUMN users.email',
      },
    ]);
    expect(first.rec.outputs).toMatchObject({ findings: '1', 'highest-risk': 'high', approved: 'false' });
    expect(first.rec.errors).toEqual([
      'db/migrations/002_drop_email.sql:2: dropping-column (high): drops column users.email: running code that uses it breaks and the data is lost',
    ]);
    expect(fake.sections['lint-gate']).toBe(
      [
        '### lint-gate',
        '',
        ':x: needs 1 approval from @db-owners: DROP COLUMN users.email',
        '',
        '| Risk | Rule | Where | Statement | Why | Safe alternative |',
        '| --- | --- | --- | --- | --- | --- |',
        "| **high** | [dropping-column](docs/rules/dropping-column.md) | `db/migrations/002_drop_email.sql:2` | <code>ALTER TABLE users DROP COLUMN email</code> | drops column users.email: running code that uses it breaks and the data is lost. Application code that is still deployed reads or writes the column and fails the moment it is gone; the data cannot be brought back without a restore. | <code>-- expand/contract: 1. deploy code that no longer reads or writes users.email<br>-- 2. optionally keep a copy: CREATE TABLE users_email_backup AS SELECT &lt;primary key&gt;, email FROM users;<br>-- 3. then, in a later migration:<br>SET lock_timeout = '5s';<br>ALTER TABLE users DROP COLUMN IF EXISTS email;</code> |",
        '',
        '**Approvals**',
        '',
        '- :hourglass: 1 approval(s) from @db-owners for DROP COLUMN users.email: none yet',
        '',
        '_Judged: the files pull request #7 adds or modifies: 1 migration file(s) (db/migrations/002_drop_email.sql)._',
        '',
      ].join('\n'),
    );

    // An approval given on an older commit whose migration files are identical still counts.
    fake.reviews.push({
      id: 1,
      user: 'db-owners',
      state: 'APPROVED',
      commitId: OLDER,
      submittedAt: '2025-01-02T00:00:00Z',
    });
    const second = await runGate(fake, dir, env, 'pull_request_review');
    expect(second.exitCode).toBe(0);
    expect(fake.statuses[1]).toEqual({
      sha: HEAD,
      context: 'schemagate/lint-gate',
      state: 'success',
      description: 'approved by @db-owners: DROP COLUMN users.email',
    });
    expect(second.rec.outputs.approved).toBe('true');
    expect(fake.sections['lint-gate']).toContain(
      '- :white_check_mark: 1 approval(s) from @db-owners for DROP COLUMN users.email: present: @db-owners',
    );
  });

  it('does not count an approval given before the migration changed', async () => {
    const { dir, env } = repo();
    const fake = fakeGitHub({ ...files, [OLDER]: { 'db/migrations/002_drop_email.sql': 'SELECT 1;\n' } });
    fake.reviews.push({
      id: 1,
      user: 'db-owners',
      state: 'APPROVED',
      commitId: OLDER,
      submittedAt: '2025-01-02T00:00:00Z',
    });
    const r = await runGate(fake, dir, env);
    expect(fake.statuses[0].state).toBe('failure');
    expect(r.outcome.section).toContain(
      'the approval by @db-owners on 2222222 is stale: db/migrations/002_drop_email.sql changed since',
    );
  });

  it('says in the status and comment when a team cannot be read', async () => {
    const { dir, env } = repo(
      "mode: strict\nlint:\n  approvals:\n    high: { count: 1, from: ['acme/dba'] }\n",
    );
    const fake = fakeGitHub(files, { 'acme/dba': 'unreadable' });
    fake.reviews.push({
      id: 1,
      user: 'bob',
      state: 'APPROVED',
      commitId: HEAD,
      submittedAt: '2025-01-02T00:00:00Z',
    });
    await runGate(fake, dir, env);
    expect(fake.statuses[0]).toMatchObject({
      state: 'failure',
      description:
        'needs 1 approval from @acme/dba (team @acme/dba unreadable with this token): DROP COLUMN users.email',
    });
    expect(fake.sections['lint-gate']).toContain('team @acme/dba cannot be read with this token');
  });

  it('canary mode still blocks a finding that needs approval (mode governs drift only)', async () => {
    const { dir, env } = repo(CONFIG.replace('mode: strict', 'mode: canary'));
    const fake = fakeGitHub(files);
    const r = await runGate(fake, dir, env);
    expect(r.exitCode).toBe(1);
    expect(fake.statuses[0]).toMatchObject({
      state: 'failure',
      description: 'needs 1 approval from @db-owners: DROP COLUMN users.email',
    });
    expect(r.rec.outputs.approved).toBe('false');
  });

  it('with no schemagate.yml at all, the default gate blocks an unapproved DROP COLUMN', async () => {
    const { dir, env } = repo();
    rmSync(join(dir, 'schemagate.yml'));
    const fake = fakeGitHub(files);
    const r = await runGate(fake, dir, env);
    expect(r.exitCode).toBe(1);
    expect(fake.statuses[0]).toMatchObject({
      state: 'failure',
      description: 'needs 1 approval: DROP COLUMN users.email',
    });
  });

  it('lint.enforce: false is report-only and says "not enforced" in the status and comment', async () => {
    const { dir, env } = repo(`${CONFIG}  enforce: false\n`);
    const fake = fakeGitHub(files);
    const r = await runGate(fake, dir, env);
    expect(r.exitCode).toBe(0);
    expect(fake.statuses[0]).toMatchObject({
      state: 'success',
      description:
        'not enforced (lint.enforce: false): needs 1 approval from @db-owners: DROP COLUMN users.email',
    });
    expect(fake.sections['lint-gate']).toContain(
      ':warning: not enforced (lint.enforce: false): needs 1 approval from @db-owners: DROP COLUMN users.email (not enforced: lint.enforce is false, so this is reported, not blocking)',
    );
    expect(r.rec.outputs.approved).toBe('false');
  });

  it('writes a valid SARIF 2.1.0 file and the JSON report', async () => {
    const { dir, env } = repo();
    const fake = fakeGitHub(files);
    const r = await runGate(fake, dir, env);
    const sarif = JSON.parse(readFileSync(r.rec.outputs['sarif-path'], 'utf8'));
    expect(r.rec.outputs['sarif-path']).toBe(join(dir, 'schemagate-lint.sarif'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(sarif.runs).toHaveLength(1);
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('schemagate');
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(['dropping-column']);
    expect(run.results).toHaveLength(1);
    for (const res of run.results) {
      expect(run.tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId);
      expect(res.level).toBe('error'); // the one finding is a high DROP COLUMN that needs approval
      expect(typeof res.message.text).toBe('string');
      const loc = res.locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).toBe('db/migrations/002_drop_email.sql');
      expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
    }
    const report = JSON.parse(readFileSync(r.rec.outputs['lint-report-path'], 'utf8'));
    expect(report).toMatchObject({
      highestRisk: 'high',
      files: ['db/migrations/002_drop_email.sql'],
      selectedBy:
        'the files pull request #7 adds or modifies: 1 migration file(s) (db/migrations/002_drop_email.sql)',
    });
    expect(report.approvals.requirements[0]).toMatchObject({ id: 'risk:high', satisfied: false, missing: 1 });
  });

  it('without a token, finds the changed files with git diff and says approvals cannot be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-lint-git-'));
    made.push(dir);
    const git = (...a: string[]) =>
      execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...a], {
        cwd: dir,
        encoding: 'utf8',
      }).trim();
    mkdirSync(join(dir, 'db/migrations'), { recursive: true });
    writeFileSync(join(dir, 'schemagate.yml'), CONFIG);
    writeFileSync(join(dir, 'db/migrations/001_init.sql'), INIT);
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'init');
    const base = git('rev-parse', 'HEAD');
    writeFileSync(join(dir, 'db/migrations/002_drop_email.sql'), DROP);
    git('add', '.');
    git('commit', '-q', '-m', 'drop');
    const event = join(tmpdir(), `sg-event-${Date.now()}.json`);
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: {
          number: 7,
          head: { sha: HEAD },
          base: { sha: base, ref: 'main' },
          user: { login: 'alice' },
        },
      }),
    );
    const { actions, rec } = fakeActions({ 'working-directory': dir });
    const r = await runStage(stage, {
      env: { GITHUB_EVENT_PATH: event },
      actions,
      openDb: async () => Promise.reject(new Error('unused')),
    });
    rmSync(event);
    expect(r.outcome.state).toBe('failure');
    expect(r.outcome.description).toBe(
      'needs approval (reviews unreadable: no token or pull request): DROP COLUMN users.email',
    );
    expect(r.outcome.section).toContain(
      'Approvals cannot be read here (no github-token or no pull request in the event)',
    );
    expect(rec.outputs.findings).toBe('1');
    expect(JSON.parse(readFileSync(rec.outputs['lint-report-path'], 'utf8')).selectedBy).toBe(
      `the files pull request #7 adds or modifies (git diff ${base.slice(0, 7)}...HEAD): 1 migration file(s) (db/migrations/002_drop_email.sql)`,
    );
  });
});

describe('lint-gate: the change being judged, and paths', () => {
  const gitIn =
    (dir: string) =>
    (...a: string[]) =>
      execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...a], {
        cwd: dir,
        encoding: 'utf8',
      }).trim();

  it('an absolute working-directory selects the same files as a relative one', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'sg-lint-ws-'));
    made.push(ws);
    const app = join(ws, 'app');
    mkdirSync(join(app, 'db/migrations'), { recursive: true });
    writeFileSync(join(app, 'schemagate.yml'), CONFIG);
    writeFileSync(join(app, 'db/migrations/001_init.sql'), INIT);
    writeFileSync(join(app, 'db/migrations/002_drop_email.sql'), DROP);
    const { env } = repo();
    for (const wd of [app, 'app']) {
      const fake = fakeGitHub({ [HEAD]: { 'app/db/migrations/002_drop_email.sql': DROP } });
      fake.github.listFiles = async () => [
        { filename: 'app/db/migrations/002_drop_email.sql', status: 'added' },
      ];
      const { actions } = fakeActions({ 'github-token': 't', 'working-directory': wd });
      const r = await runStage(stage, {
        env: { ...env, GITHUB_WORKSPACE: ws },
        actions,
        github: () => fake.github,
        openDb: async () => Promise.reject(new Error('unused')),
      });
      expect(r.outcome).toMatchObject({
        state: 'failure',
        description: 'needs 1 approval from @db-owners: DROP COLUMN users.email',
      });
    }
  });

  it('a changed migration file that the checkout does not have is a failure, never "no files changed"', async () => {
    const { dir, env } = repo();
    const fake = fakeGitHub(files);
    fake.github.listFiles = async () => [{ filename: 'db/migrations/003_missing.sql', status: 'added' }];
    const r = await runGate(fake, dir, env);
    expect(r.exitCode).toBe(1);
    expect(fake.statuses[0]).toMatchObject({
      state: 'failure',
      description: 'selection mismatch: 1 changed migration file(s) not found in the checkout',
    });
    expect(r.outcome.section).toContain('db/migrations/003_missing.sql');
  });

  it('an approval whose content at the approved commit cannot be read does not count', async () => {
    const { dir, env } = repo();
    const fake = fakeGitHub(files);
    fake.github.fileAt = async (path, ref) => {
      if (ref === OLDER) throw Object.assign(new Error('Server Error'), { status: 500 });
      return files[ref]?.[path];
    };
    fake.reviews.push({
      id: 1,
      user: 'db-owners',
      state: 'APPROVED',
      commitId: OLDER,
      submittedAt: '2025-01-02T00:00:00Z',
    });
    const r = await runGate(fake, dir, env);
    expect(r.exitCode).toBe(1);
    expect(r.outcome.section).toContain(
      'the approval by @db-owners on 2222222 is stale: the content of db/migrations/002_drop_email.sql at 2222222 could not be read (Server Error), so it cannot be proven unchanged',
    );
    // A 404 (absent at the approved commit) is not proof either.
    fake.github.fileAt = async (path, ref) => (ref === OLDER ? undefined : files[ref]?.[path]);
    const again = await runGate(fake, dir, env);
    expect(again.outcome.state).toBe('failure');
    expect(again.outcome.section).toContain('could not be read (not found at that commit)');
  });

  it('a pull request that edits an already-merged migration gets a high finding', async () => {
    const { dir, env } = repo();
    const fake = fakeGitHub({ [HEAD]: { 'db/migrations/001_init.sql': INIT } });
    fake.github.listFiles = async () => [{ filename: 'db/migrations/001_init.sql', status: 'modified' }];
    const r = await runGate(fake, dir, env);
    expect(r.exitCode).toBe(1);
    expect(r.rec.outputs['highest-risk']).toBe('high');
    expect(fake.statuses[0].description).toBe(
      'needs 1 approval from @db-owners: EDIT merged migration db/migrations/001_init.sql',
    );
    expect(r.outcome.section).toContain('applied-history-changed');
  });

  it('outside a pull request, each file is judged with earlier files applied: no exemption across files', async () => {
    const { dir } = repo();
    writeFileSync(
      join(dir, 'db/migrations/003_drop_users.sql'),
      "SET lock_timeout = '5s';\nDROP TABLE users;\n",
    );
    const { actions } = fakeActions({ 'working-directory': dir });
    const r = await runStage(stage, {
      env: { GITHUB_EVENT_NAME: 'workflow_dispatch' },
      actions,
      openDb: async () => Promise.reject(new Error('unused')),
    });
    expect(r.outcome.state).toBe('failure');
    expect(r.outcome.section).toContain('each migration file on its own');
    expect(r.outcome.section).toContain(
      '`db/migrations/003_drop_users.sql:2` | <code>DROP TABLE users</code>',
    );
    expect(r.outcome.section).toContain('drops column users.email');
  });

  it('merge_group: judges the group diff and posts the status on the group head SHA', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-lint-mq-'));
    made.push(dir);
    const git = gitIn(dir);
    mkdirSync(join(dir, 'db/migrations'), { recursive: true });
    writeFileSync(join(dir, 'schemagate.yml'), CONFIG);
    writeFileSync(join(dir, 'db/migrations/001_init.sql'), INIT);
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'init');
    const base = git('rev-parse', 'HEAD');
    writeFileSync(join(dir, 'db/migrations/002_drop_email.sql'), DROP);
    git('add', '.');
    git('commit', '-q', '-m', 'drop');
    const head = git('rev-parse', 'HEAD');
    const event = join(dir, '.event.json');
    writeFileSync(
      event,
      JSON.stringify({ merge_group: { head_sha: head, base_sha: base, base_ref: 'refs/heads/main' } }),
    );
    const fake = fakeGitHub({});
    const { actions } = fakeActions({ 'github-token': 't', 'working-directory': dir });
    const r = await runStage(stage, {
      env: { GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'merge_group', GITHUB_WORKSPACE: dir },
      actions,
      github: () => fake.github,
      openDb: async () => Promise.reject(new Error('unused')),
    });
    expect(fake.statuses).toEqual([
      {
        sha: head,
        context: 'schemagate/lint-gate',
        state: 'failure',
        description: 'needs approval (reviews unreadable: no token or pull request): DROP COLUMN users.email',
      },
    ]);
    expect(r.outcome.section).toContain(
      `the merge group's diff against its base (${base.slice(0, 7)}...${head.slice(0, 7)})`,
    );
  });
  it('push: judges the files the push changed, with the merged ones as context', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-lint-push-'));
    made.push(dir);
    const git = gitIn(dir);
    mkdirSync(join(dir, 'db/migrations'), { recursive: true });
    writeFileSync(join(dir, 'schemagate.yml'), CONFIG);
    writeFileSync(join(dir, 'db/migrations/001_init.sql'), INIT);
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'init');
    const before = git('rev-parse', 'HEAD');
    writeFileSync(join(dir, 'db/migrations/002_drop_email.sql'), DROP);
    git('add', '.');
    git('commit', '-q', '-m', 'drop');
    const after = git('rev-parse', 'HEAD');
    const event = join(dir, '.event.json');
    writeFileSync(event, JSON.stringify({ before, after, ref: 'refs/heads/main' }));
    const { actions } = fakeActions({ 'working-directory': dir });
    const r = await runStage(stage, {
      env: { GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'push', GITHUB_WORKSPACE: dir },
      actions,
      openDb: async () => Promise.reject(new Error('unused')),
    });
    expect(r.outcome.state).toBe('failure');
    expect(r.outcome.section).toContain(
      `_Judged: the files the push changed (${before.slice(0, 7)}...${after.slice(0, 7)}): 1 migration file(s) (db/migrations/002_drop_email.sql)._`,
    );
  });
});
