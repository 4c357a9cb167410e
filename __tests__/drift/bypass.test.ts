/**
 * The emergency bypass and its reconciliation: EMERGENCY_BYPASS=true besides the label, the
 * follow-up issue (created, then reused) on a fake GitHub port and through Octokit against nock,
 * and overdue reconciliations listed, failing strict mode.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import nock from 'nock';
import { parseAuditLog } from '../../src/core/drift/auditLog.js';
import { followUpMarker, parseFollowUp, RECONCILE_LABEL } from '../../src/core/drift/reconcile.js';
import { closeEmbedded, openDb } from '../../src/db/index.js';
import { createOctokit } from '../../src/github/octokit.js';
import { octokitGitHub } from '../../src/github/octokitGitHub.js';
import type { GitHubPort, IssueRef } from '../../src/github/port.js';
import { stage } from '../../src/stages/drift-check/stage.js';
import { runStage } from '../../src/stages/runStage.js';
import { runCli } from '../helpers/cliRunner.js';
import { fakeActions, fakeGitHub, workspace } from '../stages/fakes.js';
import { commitAll, initRepo } from './git.js';
import { writePrEvent } from './prEvent.js';
import { config, makeProject, SCHEMA_SQL } from './project.js';

jest.setTimeout(180_000);
afterAll(async () => {
  await closeEmbedded();
});

const NOW = new Date('2026-11-30T02:15:00Z');

/** A GitHub port with issues kept in memory. */
function issuesPort(initial: IssueRef[] = [], labels: string[] = []) {
  const gh = fakeGitHub();
  const issues = [...initial];
  const created: { title: string; body: string; labels: string[] }[] = [];
  const port: GitHubPort = {
    ...gh.port,
    listLabels: async () => labels,
    listOpenIssues: async (label) => (label === RECONCILE_LABEL ? issues : []),
    createIssue: async (issue) => {
      created.push(issue);
      const ref = {
        number: 100 + created.length,
        title: issue.title,
        body: issue.body,
        url: `https://github.test/acme/app/issues/${100 + created.length}`,
      };
      issues.push(ref);
      return ref;
    },
  };
  return { port, gh, created };
}

async function run(root: string, port: GitHubPort, env: Record<string, string> = {}) {
  const { actions } = fakeActions({ 'github-token': 't0ken', 'working-directory': root });
  const event = join(workspace(), 'event.json');
  writePrEvent(event);
  const saved = process.env.EMERGENCY_BYPASS;
  if (env.EMERGENCY_BYPASS !== undefined) process.env.EMERGENCY_BYPASS = env.EMERGENCY_BYPASS;
  try {
    return await runStage(stage, {
      env: { GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'acme/app', GITHUB_ACTOR: 'dana', ...env },
      actions,
      github: () => port,
      openDb,
      now: () => NOW,
    });
  } finally {
    if (saved === undefined) delete process.env.EMERGENCY_BYPASS;
    else process.env.EMERGENCY_BYPASS = saved;
  }
}

async function demo(): Promise<string> {
  const root = workspace();
  cpSync(join(process.cwd(), 'examples/drift-demo'), root, { recursive: true });
  initRepo(root);
  commitAll(root, 'Adopt schemagate in strict mode (#7)');
  const r = await runCli(['audit', root, '--actor', 'dana', '--approver', 'erin', '--approver', 'frank']);
  if (r.code !== 0) throw new Error(r.stderr);
  commitAll(root, 'Record the promotion');
  return root;
}

describe('emergency bypass follow-up', () => {
  it('EMERGENCY_BYPASS=true bypasses without the label, writes an audit row and opens one follow-up issue, reused later', async () => {
    const root = await demo();
    const fake = issuesPort();
    const r = await run(root, fake.port, { EMERGENCY_BYPASS: 'true' });
    expect(fake.gh.statuses).toEqual(['head123 schemagate/drift-check success bypassed']);
    expect(r.exitCode).toBe(0);
    expect(fake.created).toHaveLength(1);
    const issue = fake.created[0];
    expect(issue.title).toBe('Reconcile the emergency drift bypass of PR #42');
    expect(issue.labels).toEqual([RECONCILE_LABEL]);
    expect(parseFollowUp(issue.body)).toEqual({ pr: 42, due: new Date('2026-12-01T02:15:00Z') });
    expect(issue.body).toContain('The drift check of PR #42 was bypassed (EMERGENCY_BYPASS=true) by @dana.');
    expect(issue.body).toContain(
      '- declared-vs-replayed: changed column public.accounts.status (default) [critical]',
    );
    const section = fake.gh.sections.get('drift-check')!;
    expect(section).toContain(
      '> Emergency bypass: `EMERGENCY_BYPASS=true` turned this failing check into success.',
    );
    expect(section).toContain(
      'Follow-up issue: #101 (label `schemagate:reconcile`, due in 24 hours) — https://github.test/acme/app/issues/101',
    );
    const rows = parseAuditLog(readFileSync(join(root, 'docs/schema-audit.md'), 'utf8'));
    expect(rows.map((x) => x.kind)).toEqual(['promotion', 'bypass']);

    await run(root, fake.port, { EMERGENCY_BYPASS: 'true' });
    expect(fake.created).toHaveLength(1);
    expect(fake.gh.sections.get('drift-check')).toContain('Follow-up issue: #101 (already open)');
  });

  it('refuses an EMERGENCY_BYPASS value other than true or false', async () => {
    const root = makeProject({
      'schemagate.yml': config(),
      'db/schema/s.sql': SCHEMA_SQL,
      'db/migrations/1.sql': SCHEMA_SQL,
    });
    const fake = issuesPort();
    const r = await run(root, fake.port, { EMERGENCY_BYPASS: 'yes' });
    // Bad input: exit 2.
    expect(r.exitCode).toBe(2);
    expect(fake.gh.statuses[0]).toMatch(
      /^head123 schemagate\/drift-check failure .*EMERGENCY_BYPASS must be true or false, got "yes"/,
    );
  });

  it('lists overdue reconciliations, and fails strict mode until the issue is closed', async () => {
    const root = makeProject({
      'schemagate.yml': config(),
      'db/schema/s.sql': SCHEMA_SQL,
      'db/migrations/1.sql': SCHEMA_SQL,
    });
    const overdue: IssueRef = {
      number: 12,
      title: 'Reconcile the emergency drift bypass of PR #40',
      body: `${followUpMarker({ pr: 40, due: new Date('2026-11-29T09:00:00Z') })}\nbody`,
      url: 'https://github.test/acme/app/issues/12',
    };
    const notYet: IssueRef = {
      ...overdue,
      number: 13,
      body: followUpMarker({ pr: 41, due: new Date('2026-12-01T00:00:00Z') }),
    };
    const canary = issuesPort([overdue, notYet]);
    await run(root, canary.port);
    expect(canary.gh.statuses).toEqual(['head123 schemagate/drift-check success no drift']);
    const section = canary.gh.sections.get('drift-check')!;
    expect(section).toContain('**Overdue reconciliations**');
    expect(section).toContain(
      '- #12 (PR #40), due 2026-11-29T09:00:00Z — https://github.test/acme/app/issues/12',
    );
    expect(section).not.toContain('#13');

    const strict = issuesPort([overdue, notYet]);
    const r = await run(root, strict.port, { SCHEMAGATE_MODE: 'strict' });
    expect(strict.gh.statuses).toEqual([
      'head123 schemagate/drift-check failure overdue reconciliation #12; no drift',
      // Used alone, a failed stage settles the later enabled stage.
      'head123 schemagate/lint-gate error skipped: drift-check failed',
    ]);
    expect(r.exitCode).toBe(1);

    const closed = issuesPort([notYet]);
    await run(root, closed.port, { SCHEMAGATE_MODE: 'strict' });
    expect(closed.gh.statuses).toEqual(['head123 schemagate/drift-check success no drift']);
  });
});

describe('follow-up issues through Octokit', () => {
  const API = 'https://api.github.test';
  beforeAll(() => nock.disableNetConnect());
  afterEach(() => {
    const pending = nock.pendingMocks();
    nock.cleanAll();
    expect(pending).toEqual([]);
  });
  afterAll(() => nock.enableNetConnect());

  it('lists open issues with the label (not pull requests) and creates one', async () => {
    const octokit = createOctokit({ token: 'ghs_test', baseUrl: API, retryBaseMs: 1, writeIntervalMs: 0 });
    const port = octokitGitHub(octokit, { repository: 'acme/app', sectionOrder: ['drift-check'] });
    nock(API)
      .get('/repos/acme/app/issues')
      .query({ state: 'open', labels: RECONCILE_LABEL, per_page: '100' })
      .reply(200, [
        { number: 5, title: 'a', body: 'x', html_url: 'https://github.test/acme/app/issues/5' },
        { number: 6, title: 'pr', body: null, html_url: 'u', pull_request: {} },
      ]);
    expect(await port.listOpenIssues!(RECONCILE_LABEL)).toEqual([
      { number: 5, title: 'a', body: 'x', url: 'https://github.test/acme/app/issues/5' },
    ]);
    let sent: unknown;
    nock(API)
      .post('/repos/acme/app/issues', (b) => {
        sent = b;
        return true;
      })
      .reply(201, { number: 7, title: 't', body: 'b', html_url: 'https://github.test/acme/app/issues/7' });
    expect(await port.createIssue!({ title: 't', body: 'b', labels: [RECONCILE_LABEL] })).toEqual({
      number: 7,
      title: 't',
      body: 'b',
      url: 'https://github.test/acme/app/issues/7',
    });
    expect(sent).toEqual({ title: 't', body: 'b', labels: [RECONCILE_LABEL] });
  });
});
