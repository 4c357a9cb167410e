import { parseConfig } from '../../src/core/config/index.js';
import { evaluateApprovals } from '../../src/core/lint/approvals.js';
import { approvalRequirements, missingDescription } from '../../src/core/lint/gate.js';
import { loadSqlParser } from '../../src/core/sql/index.js';
import { lintSql } from './helpers.js';

beforeAll(loadSqlParser);

const config = parseConfig(
  [
    'lint:',
    '  approvals:',
    "    high: { count: 1, from: ['@db-owners'] }",
    "    critical: { count: 2, from: ['acme/dba', 'acme/sre'], distinct_teams: true }",
    '  owners:',
    "    'billing\\..*': ['acme/billing']",
  ].join('\n'),
  'schemagate.yml',
);

it('derives one requirement per risk level and an owner sign-off for critical findings on owned tables', async () => {
  const sql =
    "SET lock_timeout = '1s';\nDROP TABLE billing.invoices;\nALTER TABLE users DROP COLUMN email;\nALTER TABLE users ADD COLUMN nick text;";
  const { findings } = lintSql(sql);
  const reqs = approvalRequirements(findings, config.lint);
  expect(reqs).toEqual([
    {
      id: 'risk:critical',
      reason: 'DROP TABLE billing.invoices',
      count: 2,
      from: ['acme/dba', 'acme/sre'],
      distinctTeams: true,
    },
    {
      id: 'risk:high',
      reason: 'DROP COLUMN users.email',
      count: 1,
      from: ['@db-owners'],
      distinctTeams: false,
    },
    {
      id: 'owners:acme/billing',
      reason: 'DROP TABLE billing.invoices',
      count: 1,
      from: ['acme/billing'],
      distinctTeams: false,
    },
  ]);
  const result = await evaluateApprovals({
    requirements: reqs,
    reviews: [
      { id: 1, user: 'db-owners', state: 'APPROVED', commitId: 'h', submittedAt: '2025-01-01T00:00:00Z' },
    ],
    prAuthor: 'alice',
    headSha: 'h',
    fileDigestsAt: async () => ({}),
    teamMembers: async (_org, team) => (team === 'dba' ? ['dora'] : team === 'sre' ? ['sam'] : ['bill']),
  });
  expect(missingDescription(result)).toBe(
    'needs 2 approvals from @acme/dba and @acme/sre: DROP TABLE billing.invoices; +1 more',
  );
});

it('ignored findings and findings at an auto-pass level need nothing', () => {
  const { findings } = lintSql(
    "SET lock_timeout = '1s';\n-- schemagate:ignore dropping-column unused since 2023\nALTER TABLE users DROP COLUMN email;\nALTER TABLE users ADD COLUMN nick text;",
  );
  expect(approvalRequirements(findings, config.lint)).toEqual([]);
});
