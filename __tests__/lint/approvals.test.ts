import { type ApprovalRequirement, evaluateApprovals } from '../../src/core/lint/approvals.js';
import type { Review } from '../../src/github/port.js';

const HEAD = 'h'.repeat(40);
const OLD_SAME = 'a'.repeat(40); // migration files identical to head
const OLD_DIFF = 'b'.repeat(40); // migration file changed since

const digests: Record<string, Record<string, string>> = {
  [HEAD]: { 'db/migrations/002.sql': 'd2' },
  [OLD_SAME]: { 'db/migrations/002.sql': 'd2' },
  [OLD_DIFF]: { 'db/migrations/002.sql': 'd1' },
};

let id = 0;
const review = (user: string, state: Review['state'], commitId = HEAD, at = 1): Review => ({
  id: ++id,
  user,
  state,
  commitId,
  submittedAt: `2025-01-01T00:00:0${at}Z`,
});

const req = (over: Partial<ApprovalRequirement> = {}): ApprovalRequirement => ({
  id: 'risk:high',
  reason: 'DROP COLUMN users.email',
  count: 1,
  from: [],
  distinctTeams: false,
  ...over,
});

const teams: Record<string, string[] | 'unreadable'> = {
  'acme/db-owners': ['dora', 'dan'],
  'acme/sre': ['sam', 'dan'],
  'acme/secret': 'unreadable',
};

function evaluate(requirements: ApprovalRequirement[], reviews: Review[]) {
  return evaluateApprovals({
    requirements,
    reviews,
    prAuthor: 'alice',
    headSha: HEAD,
    fileDigestsAt: async (c) => digests[c] ?? {},
    teamMembers: async (org, team) => teams[`${org}/${team}`] ?? [],
  });
}

describe('evaluateApprovals', () => {
  it.each([
    ['an approval on the head commit counts', [review('bob', 'APPROVED')], true, ['bob']],
    [
      'an approval on an older commit with identical migration files counts',
      [review('bob', 'APPROVED', OLD_SAME)],
      true,
      ['bob'],
    ],
    [
      'a stale approval (migration changed since) does not count',
      [review('bob', 'APPROVED', OLD_DIFF)],
      false,
      [],
    ],
    ['the author cannot approve their own change', [review('alice', 'APPROVED')], false, []],
    [
      'latest review wins: approved then changes requested',
      [review('bob', 'APPROVED', HEAD, 1), review('bob', 'CHANGES_REQUESTED', HEAD, 2)],
      false,
      [],
    ],
    [
      'latest review wins: changes requested then approved',
      [review('bob', 'CHANGES_REQUESTED', HEAD, 1), review('bob', 'APPROVED', HEAD, 2)],
      true,
      ['bob'],
    ],
    [
      'a dismissed approval does not count',
      [review('bob', 'APPROVED', HEAD, 1), review('bob', 'DISMISSED', HEAD, 2)],
      false,
      [],
    ],
    [
      'a later plain comment does not withdraw an approval',
      [review('bob', 'APPROVED', HEAD, 1), review('bob', 'COMMENTED', HEAD, 2)],
      true,
      ['bob'],
    ],
  ] as const)('%s', async (_name, reviews, satisfied, approvers) => {
    const r = await evaluate([req()], [...reviews]);
    expect(r.satisfied).toBe(satisfied);
    expect(r.results[0].approvers).toEqual(approvers);
  });

  it('explains stale and self approvals in notes', async () => {
    const r = await evaluate([req()], [review('bob', 'APPROVED', OLD_DIFF), review('alice', 'APPROVED')]);
    expect(r.notes).toEqual([
      'the approval by @bob on bbbbbbb is stale: db/migrations/002.sql changed since',
      '@alice is the author of the pull request: their approval does not count',
    ]);
  });

  it('counts only approvals from the listed users or team members', async () => {
    const r = await evaluate(
      [req({ from: ['acme/db-owners', '@carol'] })],
      [review('bob', 'APPROVED'), review('dora', 'APPROVED')],
    );
    expect(r.satisfied).toBe(true);
    expect(r.results[0].approvers).toEqual(['dora']);
    const r2 = await evaluate([req({ from: ['acme/db-owners'] })], [review('bob', 'APPROVED')]);
    expect(r2.satisfied).toBe(false);
    expect(r2.missing[0].missing).toBe(1);
  });

  it('dual approval needs two people from two different entries', async () => {
    const dual = req({ count: 2, from: ['acme/db-owners', 'acme/sre'], distinctTeams: true });
    // dora and dan are both db-owners, but dan is also in sre: he can stand for sre.
    expect((await evaluate([dual], [review('dora', 'APPROVED'), review('dan', 'APPROVED')])).satisfied).toBe(
      true,
    );
    // Two db-owners who are not in sre: only one entry is covered.
    const teamsOnly = req({ count: 2, from: ['acme/db-owners', 'acme/sre'], distinctTeams: true });
    const r = await evaluate([teamsOnly], [review('dora', 'APPROVED')]);
    expect(r.satisfied).toBe(false);
    expect(r.missing[0].missing).toBe(1);
    // One person in both teams cannot be both approvals.
    expect((await evaluate([dual], [review('dan', 'APPROVED')])).satisfied).toBe(false);
    // Without distinct_teams, two approvals from the same team are enough.
    expect(
      (
        await evaluate(
          [req({ count: 2, from: ['acme/db-owners'] })],
          [review('dora', 'APPROVED'), review('dan', 'APPROVED')],
        )
      ).satisfied,
    ).toBe(true);
  });

  it('owner sign-off is its own requirement next to the risk level', async () => {
    const owners = req({ id: 'owners:acme/billing', reason: 'DROP TABLE billing.invoices', from: ['@olga'] });
    const r = await evaluate([req({ id: 'risk:critical' }), owners], [review('bob', 'APPROVED')]);
    expect(r.satisfied).toBe(false);
    expect(r.missing.map((m) => m.requirement.id)).toEqual(['owners:acme/billing']);
    expect(
      (await evaluate([req({ id: 'risk:critical' }), owners], [review('olga', 'APPROVED')])).satisfied,
    ).toBe(true);
  });

  it('says so when a team cannot be read, and does not pass silently', async () => {
    const r = await evaluate([req({ from: ['acme/secret'] })], [review('bob', 'APPROVED')]);
    expect(r.satisfied).toBe(false);
    expect(r.results[0].unreadableTeams).toEqual(['@acme/secret']);
    expect(r.notes).toContain(
      "team @acme/secret cannot be read with this token (GITHUB_TOKEN cannot read team membership; pass a token with read:org), so its members' approvals are not counted",
    );
  });
});
