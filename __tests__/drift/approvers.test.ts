/**
 * governance.approvers on drift-check's canary -> strict promotion, through the real Octokit port
 * against the fake GitHub server: the base's config and CODEOWNERS decide (not the PR's), one
 * approval from each group passes, two from the same group fail, and a team the token cannot read
 * is reported and not counted.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { closeEmbedded, openDb } from '../../src/db/index.js';
import { createOctokit } from '../../src/github/octokit.js';
import { octokitGitHub } from '../../src/github/octokitGitHub.js';
import { recordHistory } from '../../src/runtime/driftHistory.js';
import { stage } from '../../src/stages/drift-check/stage.js';
import { runStage } from '../../src/stages/runStage.js';
import { FakeGitHub } from '../e2e/harness/fakeGitHub.js';
import { createTestDatabase } from '../helpers/pgTestDb.js';
import { fakeActions } from '../stages/fakes.js';
import { commitAll, initRepo } from './git.js';
import { writePrEvent } from './prEvent.js';
import { config, makeProject, SCHEMA_SQL } from './project.js';

jest.setTimeout(180_000);

const NOW = new Date('2026-11-30T02:15:00Z');
const GROUPS = 'governance:\n  approvers:\n    - team: acme/dba\n    - owners: true\n';
const BASE_CONFIG = `${config()}${GROUPS}`;

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await new FakeGitHub().start();
});
afterEach(async () => {
  await gh.stop();
});
afterAll(async () => {
  await closeEmbedded();
});

/**
 * A repository in canary since 2026-11-20 whose working tree (the PR head) goes strict, tries to
 * weaken the approvers to one user and names mallory in its own CODEOWNERS.
 */
function promotionRepo(headGovernance = ''): string {
  const root = makeProject({
    'schemagate.yml': BASE_CONFIG,
    'db/schema/schema.sql': SCHEMA_SQL,
    'db/migrations/001.sql': SCHEMA_SQL,
  });
  initRepo(root);
  commitAll(root, 'Adopt schemagate', '2026-11-20T00:00:00Z');
  writeFileSync(
    join(root, 'schemagate.yml'),
    `${config().replace('mode: canary', 'mode: strict')}governance:\n  approvers:\n    - users: [erin]\n${headGovernance}`,
  );
  mkdirSync(join(root, '.github'), { recursive: true });
  writeFileSync(join(root, '.github/CODEOWNERS'), '* @mallory\n');
  commitAll(root, 'Go strict', '2026-11-29T00:00:00Z');
  gh.contents.set('base123:schemagate.yml', BASE_CONFIG);
  gh.contents.set(
    'base123:.github/CODEOWNERS',
    '# base owners\n*  @acme/everyone\n/db/  @oscar @acme/db-owners\n',
  );
  gh.files.set(42, [
    { filename: 'schemagate.yml', status: 'modified' },
    { filename: 'db/migrations/001.sql', status: 'modified' },
  ]);
  gh.teams.set('acme/dba', ['erin', 'frank']);
  return root;
}

function approve(...logins: string[]): void {
  gh.reviews.set(
    42,
    logins.map((user, i) => ({
      id: i + 1,
      user: { login: user },
      state: 'APPROVED',
      commit_id: 'head123',
      submitted_at: `2026-11-30T01:0${i}:00Z`,
    })),
  );
}

async function runDrift(root: string) {
  const eventPath = join(root, 'event.json');
  writePrEvent(eventPath);
  const port = octokitGitHub(
    createOctokit({ token: 't0ken', baseUrl: gh.url, retryBaseMs: 1, writeIntervalMs: 0 }),
    {
      repository: 'acme/app',
      sectionOrder: ['drift-check', 'lint-gate'],
      commentAuthor: 'github-actions[bot]',
    },
  );
  const { actions } = fakeActions({ 'github-token': 't0ken', 'working-directory': root });
  const result = await runStage(stage, {
    env: { GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: 'acme/app', GITHUB_ACTOR: 'dana' },
    actions,
    github: () => port,
    openDb,
    now: () => NOW,
  });
  const status = gh.latest('head123')['schemagate/drift-check'];
  return { ...result, status: `${status.state} ${status.description}`, comment: gh.comments[0]?.body ?? '' };
}

describe('governance.approvers on a promotion to strict', () => {
  it('passes with one approval from each group, and reports the team it cannot read', async () => {
    const root = promotionRepo();
    approve('erin', 'oscar');
    const r = await runDrift(root);
    expect(r.status).toBe('success no drift');
    expect(r.comment).toContain(
      ':lock: **Mode change canary → strict** approved by one member of each approver group (governance.approvers of schemagate.yml at the base commit base123):',
    );
    expect(r.comment).toContain('- :white_check_mark: team @acme/dba: met by @erin.');
    expect(r.comment).toContain(
      '- :white_check_mark: code owners (.github/CODEOWNERS for db/migrations/001.sql: @oscar, @acme/db-owners): met by @oscar. @acme/db-owners could not be read (a team needs a token with read:org; an email owner cannot be matched to a login), so its approvals are not counted.',
    );
    // The members were asked for through the API (teams.listMembersInOrg).
    expect(gh.requests.map((q) => `${q.method} ${q.path.split('?')[0]}`)).toEqual(
      expect.arrayContaining(['GET /orgs/acme/teams/dba/members', 'GET /orgs/acme/teams/db-owners/members']),
    );
  });

  it('fails with two approvals from the same group, whatever the PR says its approvers are', async () => {
    const root = promotionRepo();
    approve('erin', 'frank');
    const r = await runDrift(root);
    expect(r.status).toBe(
      'failure mode change canary → strict needs one approval from each approver group (unmet: code owners); no drift',
    );
    expect(r.comment).toContain(
      ':no_entry: **Mode change canary → strict** needs one approval from each approver group (governance.approvers of schemagate.yml at the base commit base123), each by a different reviewer, not the author:',
    );
    expect(r.comment).toContain('- :white_check_mark: team @acme/dba: met by @erin (also approved: @frank).');
    expect(r.comment).toContain(
      '- :x: code owners (.github/CODEOWNERS for db/migrations/001.sql: @oscar, @acme/db-owners): not met: needs one approval from this group.',
    );
    expect(r.exitCode).toBe(1);
  });

  it("reads CODEOWNERS at the base: the PR's own CODEOWNERS does not make its author's friend an owner", async () => {
    const root = promotionRepo();
    approve('erin', 'mallory');
    const r = await runDrift(root);
    expect(r.status).toMatch(
      /^failure mode change canary → strict needs one approval from each approver group/,
    );
    expect(r.comment).not.toContain('@mallory');
  });

  it('reports an unreadable team group as unmet, never counted', async () => {
    const root = promotionRepo();
    const base = `${config()}governance:\n  approvers:\n    - team: acme/secret\n    - users: [oscar]\n`;
    gh.contents.set('base123:schemagate.yml', base);
    approve('erin', 'oscar');
    const r = await runDrift(root);
    expect(r.status).toMatch(
      /^failure mode change canary → strict needs one approval from each approver group \(unmet: team @acme\/secret\)/,
    );
    expect(r.comment).toContain(
      '- :x: team @acme/secret: not met: needs one approval from this group. @acme/secret could not be read (a team needs a token with read:org; an email owner cannot be matched to a login), so its approvals are not counted.',
    );
    expect(r.comment).toContain('- :white_check_mark: users @oscar: met by @oscar.');
  });

  it("measures the canary window with the base's longer window", async () => {
    const root = promotionRepo();
    gh.contents.set('base123:schemagate.yml', `${BASE_CONFIG}  canary_window: 30d\n`);
    approve('erin', 'oscar');
    const r = await runDrift(root);
    expect(r.status).toBe('failure promotion to strict before the canary window ends; no drift');
    expect(r.comment).toContain('less than governance.canary_window (720.0 h)');
  });

  it('measures the canary window from the first canary validation in the history too', async () => {
    const history = await createTestDatabase('approvers_history');
    try {
      const row = (at: string) => ({
        kind: 'validation' as const,
        subject: 'declared:replayed',
        mode: 'canary' as const,
        result: 'pass',
        total: 0,
        breaking: 0,
        critical: 0,
        tables: [],
        commit: 'c0ffee',
        at: new Date(at),
      });
      // Canary was set on 2026-11-20, but first validated in canary on 2026-11-29 at noon.
      await recordHistory(history.db, 'public', [row('2026-11-10T00:00:00Z'), row('2026-11-29T12:00:00Z')]);
      const root = promotionRepo(`  history_url: ${history.url}\n`);
      approve('erin', 'oscar');
      const r = await runDrift(root);
      expect(r.status).toBe('failure promotion to strict before the canary window ends; no drift');
      expect(r.comment).toContain(
        ':hourglass: **Too early for strict:** canary ran for 14.3 h (since the first canary validation in the history, 2026-11-29T12:00:00Z), less than governance.canary_window (48.0 h): promote after 2026-12-01T12:00:00Z.',
      );
    } finally {
      await history.drop();
    }
  });
});
