/** Approver groups: one approval from each group, each by a different person; unreadable teams never count. */
import {
  type ApproverGroup,
  approverFlags,
  describeGroup,
  evaluateGroups,
  teamsToRead,
} from '../../src/core/governance/approverGroups.js';
import { canaryWindowCheck } from '../../src/core/governance/canaryWindow.js';
import type { Owner } from '../../src/core/governance/codeowners.js';
import { parseCodeowners } from '../../src/core/governance/codeowners.js';
import { promotionPolicy } from '../../src/core/governance/policy.js';
import { promotionOwners } from '../../src/core/governance/promotionOwners.js';

const OWNERS: { owners: Owner[]; source: string } = {
  owners: [
    { kind: 'user', login: 'oscar' },
    { kind: 'team', org: 'acme', slug: 'db-owners' },
  ],
  source: '.github/CODEOWNERS for db/migrations/002.sql',
};
const TEAMS = new Map<string, readonly string[] | 'unreadable'>([
  ['acme/dba', ['erin', 'frank']],
  ['acme/db-owners', ['grace']],
  ['acme/secret', 'unreadable'],
]);
const DUAL: ApproverGroup[] = [{ team: 'acme/dba' }, { owners: true }];
const run = (approvals: string[], groups: ApproverGroup[] = DUAL, owners = OWNERS) =>
  evaluateGroups({ groups, approvals, owners, teams: TEAMS });

describe('approver groups', () => {
  it('passes with one approval from each group', () => {
    const r = run(['Erin', 'oscar']);
    expect(r.satisfied).toBe(true);
    expect(r.groups.map((g) => describeGroup(g))).toEqual([
      'team @acme/dba: met by @erin.',
      'code owners (.github/CODEOWNERS for db/migrations/002.sql: @oscar, @acme/db-owners): met by @oscar.',
    ]);
  });

  it('fails with two approvals from the same group', () => {
    const r = run(['erin', 'frank']);
    expect(r.satisfied).toBe(false);
    expect(r.groups.map((g) => [g.met, g.approver])).toEqual([
      [true, 'erin'],
      [false, null],
    ]);
    expect(describeGroup(r.groups[1])).toBe(
      'code owners (.github/CODEOWNERS for db/migrations/002.sql: @oscar, @acme/db-owners): not met: needs one approval from this group.',
    );
  });

  it('never lets one person stand for two groups', () => {
    const r = run(['grace'], [{ users: ['grace'] }, { owners: true }]);
    expect(r.satisfied).toBe(false);
    expect(describeGroup(r.groups[1])).toContain('(approved by @grace, already counted for another group)');
  });

  it('finds an assignment when a person belongs to two groups', () => {
    // erin is in both: she must be counted for the owners' team, frank for dba.
    const teams = new Map(TEAMS).set('acme/db-owners', ['erin']);
    const r = evaluateGroups({ groups: DUAL, approvals: ['erin', 'frank'], owners: OWNERS, teams });
    expect(r.satisfied).toBe(true);
    expect(r.groups.map((g) => g.approver)).toEqual(['frank', 'erin']);
  });

  it('reports a team whose members cannot be read and never counts it', () => {
    const r = run(['erin', 'oscar'], [{ team: 'acme/secret' }, { users: ['oscar'] }]);
    expect(r.satisfied).toBe(false);
    expect(r.groups[0].unreadable).toEqual(['@acme/secret']);
    expect(describeGroup(r.groups[0])).toBe(
      'team @acme/secret: not met: needs one approval from this group. @acme/secret could not be read (a team needs a token with read:org; an email owner cannot be matched to a login), so its approvals are not counted.',
    );
  });

  it('does not count email owners, and fails when there are no owners at all', () => {
    const email = { owners: [{ kind: 'email', email: 'dba@acme.test' } as Owner], source: 'CODEOWNERS' };
    const r = run(['erin', 'oscar'], DUAL, email);
    expect(r.groups[1].met).toBe(false);
    expect(r.groups[1].unreadable).toEqual(['dba@acme.test']);
    const none = run(['erin', 'oscar'], DUAL, { owners: [], source: 'no CODEOWNERS file' });
    expect(describeGroup(none.groups[1])).toBe(
      'code owners (no CODEOWNERS file): not met: no owners found (no CODEOWNERS file), so nobody can approve for them.',
    );
  });

  it('lists the teams to read, and the audit flags that record the approvers', () => {
    expect(teamsToRead([...DUAL, { team: '@Acme/Secret' }], OWNERS.owners)).toEqual([
      'acme/db-owners',
      'acme/dba',
      'acme/secret',
    ]);
    const r = run(['erin', 'grace']);
    expect(approverFlags(r.groups, OWNERS.owners, TEAMS)).toEqual([
      '--team-approver acme/dba=erin',
      '--team-approver acme/db-owners=grace',
    ]);
  });
});

describe('promotion owners', () => {
  const codeowners = { file: '.github/CODEOWNERS', parsed: parseCodeowners('* @acme/all\n/db/ @oscar\n') };
  it('takes the CODEOWNERS owners of the changed files', () => {
    expect(
      promotionOwners({ lintOwners: {}, codeowners, files: ['db/migrations/002.sql', 'README.md'] }),
    ).toEqual({
      owners: [
        { kind: 'user', login: 'oscar' },
        { kind: 'team', org: 'acme', slug: 'all' },
      ],
      source: '.github/CODEOWNERS for 2 schema and migration files',
    });
  });
  it('lets lint.owners override CODEOWNERS', () => {
    const r = promotionOwners({
      lintOwners: { '^orders$': ['@dana', 'acme/dba'] },
      codeowners,
      files: ['db/x.sql'],
    });
    expect(r.source).toBe('lint.owners');
    expect(r.owners).toEqual([
      { kind: 'user', login: 'dana' },
      { kind: 'team', org: 'acme', slug: 'dba' },
    ]);
  });
});

describe('promotion policy (the base governs)', () => {
  const current = { canary_window: '1h', approvers: [{ users: ['mallory'] }] };
  it("takes the base's groups and the longer window", () => {
    const r = promotionPolicy(
      'governance:\n  canary_window: 2d\n  approvers:\n    - team: acme/dba\n    - owners: true\n',
      current,
      'schemagate.yml',
      'the base commit abc1234',
    );
    expect(r).toEqual({
      ok: true,
      policy: {
        approvers: [{ team: 'acme/dba' }, { owners: true }],
        canaryWindowMs: 2 * 86_400_000,
        source: 'schemagate.yml at the base commit abc1234',
      },
    });
    const longerHere = promotionPolicy(
      'mode: canary\n',
      { canary_window: '3d', approvers: [] },
      'schemagate.yml',
      'b',
    );
    expect(longerHere.ok && longerHere.policy.canaryWindowMs).toBe(3 * 86_400_000);
  });
  it('names the key when the base cannot be read', () => {
    expect(
      promotionPolicy('governance:\n  approvers: [{team: nope}]\n', current, 'schemagate.yml', 'b'),
    ).toEqual({
      ok: false,
      error:
        'schemagate.yml at b: governance.approvers.0.team: an org/team slug such as acme/data-platform; the governance rules of the base decide a promotion',
    });
  });
});

describe('canary window', () => {
  const commit = { sha: 'c'.repeat(40), date: new Date('2026-11-20T00:00:00Z') };
  const row = (at: string, mode = 'canary') => ({ kind: 'validation', mode, at: new Date(at) });
  const windowMs = 48 * 3_600_000;
  const promotedAt = new Date('2026-11-23T00:00:00Z');
  it('is measured from the commit alone when no history is kept', () => {
    expect(canaryWindowCheck({ commit, history: null, promotedAt, windowMs })).toBeNull();
  });
  it('takes the later start: the first canary validation since the commit', () => {
    const history = [
      row('2026-11-10T00:00:00Z'),
      row('2026-11-21T12:00:00Z', 'strict'),
      row('2026-11-22T00:00:00Z'),
    ];
    expect(canaryWindowCheck({ commit, history, promotedAt, windowMs })).toBe(
      'canary ran for 24.0 h (since the first canary validation in the history, 2026-11-22T00:00:00Z), less than governance.canary_window (48.0 h): promote after 2026-11-24T00:00:00Z',
    );
  });
  it('refuses when the history has no canary run since the commit', () => {
    expect(canaryWindowCheck({ commit, history: [row('2026-11-10T00:00:00Z')], promotedAt, windowMs })).toBe(
      `the validation history has no canary run since commit ${'c'.repeat(12)} (2026-11-20T00:00:00Z): canary must be validated for governance.canary_window before a promotion`,
    );
  });
});
