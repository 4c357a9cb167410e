/**
 * The drift-check stage through the shared runner, with fake GitHub and Actions ports and a real
 * pull_request event payload: status, comment section, outputs, files, the emergency bypass, the
 * canary -> strict promotion and its audit entries. States are built on the embedded PGlite.
 */

import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { parseAuditLog, verifyAuditChain } from '../../src/core/drift/auditLog.js';
import { closeEmbedded, openDb } from '../../src/db/index.js';
import type { GitHubPort, Review } from '../../src/github/port.js';
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

/** The drift demo as a repository whose promotion to strict is recorded in its audit log. */
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

function event(root: string, labels: string[] = []): string {
  const path = join(root, 'event.json');
  writePrEvent(path, labels);
  return path;
}

async function runDriftStage(
  root: string,
  options: { port?: Partial<GitHubPort>; env?: Record<string, string>; inputs?: Record<string, string> } = {},
) {
  const gh = fakeGitHub();
  const port: GitHubPort = { ...gh.port, ...options.port };
  const { actions, rec } = fakeActions({
    'github-token': 't0ken',
    'working-directory': root,
    ...options.inputs,
  });
  const env = {
    GITHUB_EVENT_PATH: event(root),
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_ACTOR: 'dana',
    ...options.env,
  };
  const result = await runStage(stage, { env, actions, github: () => port, openDb, now: () => NOW });
  return { ...result, statuses: gh.statuses, sections: gh.sections, rec };
}

describe('drift-check stage', () => {
  it('fails in strict mode, posts the report and writes the JSON report and metrics', async () => {
    const root = await demo();
    const r = await runDriftStage(root, { inputs: { 'metrics-path': 'out/drift.prom' } });
    expect(r.statuses).toEqual([
      'head123 schemagate/drift-check failure 4 differences (1 on critical tables) (strict)',
      // Used alone, a failed stage settles the later enabled stage so no required check waits.
      'head123 schemagate/lint-gate error skipped: drift-check failed',
    ]);
    expect(r.sections.get('drift-check')).toContain(
      ':x: **Drift found**: 4 differences (1 critical) in 3 tables, 2 breaking',
    );
    expect(r.rec.outputs).toEqual({
      drift: 'true',
      'report-path': join(root, 'schemagate-drift.json'),
      'metrics-path': join(root, 'out/drift.prom'),
    });
    expect(JSON.parse(readFileSync(join(root, 'schemagate-drift.json'), 'utf8')).result).toBe('fail');
    const families = parsePrometheusTextFormat(readFileSync(join(root, 'out/drift.prom'), 'utf8'));
    expect(families.find((f) => f.name === 'schemagate_schema_validation_failures_total')?.metrics).toEqual([
      { labels: { subject: 'declared-vs-replayed', mode: 'strict' }, value: '1' },
    ]);
    expect(r.exitCode).toBe(1);
  });

  it('shows the declared plan collapsed in the comment: the SQL from the migrations to the declared schema', async () => {
    const root = makeProject({
      'schemagate.yml': config(),
      'db/schema/schema.sql': SCHEMA_SQL,
      'db/migrations/001.sql': SCHEMA_SQL.replace("DEFAULT 'active'", "DEFAULT 'new'"),
    });
    const r = await runDriftStage(root);
    const section = r.sections.get('drift-check')!;
    expect(section).toContain(
      [
        '<details><summary><b>Declared plan</b>: SQL from the migrations to the declared schema (1 statement, 1 line)</summary>',
        '',
        '```sql',
        "ALTER TABLE public.customers ALTER COLUMN status SET DEFAULT 'active'::text;",
        '```',
        '',
        '</details>',
      ].join('\n'),
    );
    const json = JSON.parse(readFileSync(join(root, 'schemagate-drift.json'), 'utf8'));
    expect(json.declaredPlan).toMatchObject({ from: 'replayed', statements: 1, schemaDir: 'db/schema' });
  });

  it('in canary mode reports without failing, unless a critical table drifted', async () => {
    const root = makeProject({
      'schemagate.yml': config(),
      'db/schema/schema.sql': SCHEMA_SQL,
      'db/migrations/001.sql': SCHEMA_SQL.replace("DEFAULT 'active'", "DEFAULT 'new'"),
    });
    const canary = await runDriftStage(root);
    expect(canary.statuses).toEqual([
      'head123 schemagate/drift-check success 1 difference (canary: reported, not blocking)',
    ]);
    expect(canary.sections.get('drift-check')).toContain('(reported only: canary mode)');
    expect(canary.exitCode).toBe(0);

    // A changed default is compatible: strict blocks breaking differences unless strict_blocks: any.
    const strict = await runDriftStage(root, { env: { SCHEMAGATE_MODE: 'strict' } });
    expect(strict.statuses).toEqual([
      'head123 schemagate/drift-check success 1 difference (strict: none breaking, not blocking)',
    ]);
    writeFileSync(join(root, 'schemagate.yml'), config('  strict_blocks: any\n'));
    const any = await runDriftStage(root, { env: { SCHEMAGATE_MODE: 'strict' } });
    expect(any.statuses).toEqual([
      'head123 schemagate/drift-check failure 1 difference (strict)',
      'head123 schemagate/lint-gate error skipped: drift-check failed',
    ]);

    writeFileSync(join(root, 'schemagate.yml'), config('  critical_tables: [customers]\n'));
    const critical = await runDriftStage(root);
    expect(critical.statuses).toEqual([
      'head123 schemagate/drift-check failure 1 difference (1 on critical tables) (canary)',
      'head123 schemagate/lint-gate error skipped: drift-check failed',
    ]);
  });

  it('turns a failure into success "bypassed" with the emergency label, and records it', async () => {
    const root = await demo();
    const r = await runDriftStage(root, {
      port: { listLabels: async () => ['schemagate:emergency-bypass'] },
    });
    expect(r.statuses).toEqual(['head123 schemagate/drift-check success bypassed']);
    expect(r.exitCode).toBe(0);
    const section = r.sections.get('drift-check')!;
    expect(section).toContain(':warning: **Drift found, bypassed**');
    expect(section).toContain('Follow-up due by **2026-12-01T02:15:00Z** (within 24 hours): reconcile');
    expect(section).toContain('> - missing index public.invoices_account_id_idx');
    expect(section).toContain('The bypass is recorded in docs/schema-audit.md.');
    const log = readFileSync(join(root, 'docs/schema-audit.md'), 'utf8');
    expect(verifyAuditChain(log)).toMatchObject({ ok: true, rows: 2 });
    const bypass = parseAuditLog(log)[1];
    expect(bypass).toMatchObject({ kind: 'bypass', pr: 42, commit: 'head123', actor: 'dana' });
    expect(bypass.notes).toContain(
      'label schemagate:emergency-bypass (mode strict); reconcile by 2026-12-01T02:15:00.000Z: ',
    );
    expect(bypass.notes).toContain(
      'declared-vs-replayed: changed column public.accounts.status (default) [critical]',
    );
  });

  describe('canary -> strict promotion', () => {
    const review = (id: number, user: string, state: Review['state'] = 'APPROVED'): Review => ({
      id,
      user,
      state,
      commitId: 'head123',
      submittedAt: `2026-11-30T01:0${id}:00Z`,
    });
    const setup = () => {
      const root = makeProject({
        'schemagate.yml': `${config()}audit:\n  log: docs/audit.md\n`,
        'db/schema/schema.sql': SCHEMA_SQL,
        'db/migrations/001.sql': SCHEMA_SQL,
      });
      initRepo(root);
      commitAll(root, 'Adopt schemagate', '2026-11-27T00:00:00Z');
      writeFileSync(
        join(root, 'schemagate.yml'),
        `${config().replace('mode: canary', 'mode: strict')}audit:\n  log: docs/audit.md\n`,
      );
      const sha = commitAll(root, 'Go strict');
      const fileAt = async (path: string, ref: string) =>
        path === 'schemagate.yml' && ref === 'base123'
          ? `${config()}audit:\n  log: docs/audit.md\n`
          : undefined;
      return { root, fileAt, sha };
    };

    it('needs two distinct approvals (the author does not count), and the audit row', async () => {
      const { root, fileAt, sha } = setup();
      const r = await runDriftStage(root, {
        port: {
          fileAt,
          listReviews: async () => [review(1, 'erin'), review(2, 'dana'), review(3, 'frank', 'COMMENTED')],
        },
      });
      expect(r.statuses).toEqual([
        'head123 schemagate/drift-check failure strict promotion not in the audit log; mode change canary → strict needs 2 distinct approvals (has 1); no drift',
        'head123 schemagate/lint-gate error skipped: drift-check failed',
      ]);
      const section = r.sections.get('drift-check')!;
      expect(section).toContain(
        ':no_entry: **Mode change canary → strict** needs 2 approvals from distinct reviewers (not the author); approved by @erin.',
      );
      expect(section).toContain(
        `:no_entry: **Audit log:** mode: strict was set by commit ${sha.slice(0, 12)} ("Go strict"), which has no promotion entry in docs/audit.md; a missing entry blocks schema changes. Record it with \`npx schemagate audit --commit ${sha.slice(0, 12)} --pr 42 --approver <login> --approver <login> --change-request <id> --validation-window <from..to>\` and commit docs/audit.md`,
      );
      expect(existsSync(join(root, 'docs/audit.md'))).toBe(false);
    });

    it('with two approvals and the committed audit row passes', async () => {
      const { root, fileAt } = setup();
      const port = { fileAt, listReviews: async () => [review(1, 'erin'), review(2, 'Frank')] };
      const before = await runDriftStage(root, { port });
      expect(before.statuses[0]).toContain('failure strict promotion not in the audit log');
      expect(before.sections.get('drift-check')).toContain(
        ':lock: **Mode change canary → strict** approved by @erin, @frank. Record it in docs/audit.md with `npx schemagate audit --pr 42 --approver erin --approver frank',
      );
      const rec = await runCli([
        'audit',
        root,
        '--pr',
        '42',
        '--actor',
        'dana',
        '--approver',
        'erin',
        '--approver',
        'frank',
      ]);
      expect(rec.code).toBe(0);
      commitAll(root, 'Record the promotion');
      const after = await runDriftStage(root, { port });
      expect(after.statuses).toEqual(['head123 schemagate/drift-check success no drift']);
    });

    it('refuses a promotion before the canary window (48h) has passed', async () => {
      const root = makeProject({
        'schemagate.yml': `${config()}audit:\n  log: docs/audit.md\n`,
        'db/schema/schema.sql': SCHEMA_SQL,
        'db/migrations/001.sql': SCHEMA_SQL,
      });
      initRepo(root);
      const canary = commitAll(root, 'Adopt schemagate', '2026-11-29T00:00:00Z');
      writeFileSync(
        join(root, 'schemagate.yml'),
        `${config().replace('mode: canary', 'mode: strict')}audit:\n  log: docs/audit.md\n`,
      );
      commitAll(root, 'Go strict', '2026-11-30T00:00:00Z');
      const fileAt = async (path: string, ref: string) =>
        path === 'schemagate.yml' && ref === 'base123'
          ? `${config()}audit:\n  log: docs/audit.md\n`
          : undefined;
      const r = await runDriftStage(root, {
        port: { fileAt, listReviews: async () => [review(1, 'erin'), review(2, 'frank')] },
      });
      expect(r.statuses[0]).toContain(
        'failure strict promotion not in the audit log; promotion to strict before the canary window ends;',
      );
      expect(r.sections.get('drift-check')).toContain(
        `:hourglass: **Too early for strict:** canary ran for 26.3 h (since commit ${canary.slice(0, 12)}, 2026-11-29T00:00:00Z), less than governance.canary_window (48.0 h): promote after 2026-12-01T00:00:00Z.`,
      );
    });

    it('names the first bad row when the audit log was edited', async () => {
      const { root, fileAt } = setup();
      await runCli([
        'audit',
        root,
        '--pr',
        '42',
        '--actor',
        'dana',
        '--approver',
        'erin',
        '--approver',
        'frank',
      ]);
      const path = join(root, 'docs/audit.md');
      writeFileSync(path, readFileSync(path, 'utf8').replace('| dana |', '| mallory |'));
      const r = await runDriftStage(root, {
        port: { fileAt, listReviews: async () => [review(1, 'erin'), review(2, 'frank')] },
      });
      expect(r.sections.get('drift-check')).toContain(
        '**Audit log:** audit log docs/audit.md:8: row 1 is invalid',
      );
      expect(r.exitCode).toBe(1);
    });
  });
});

describe('drift-check stage errors', () => {
  it('fails with a message naming the key when the config is wrong, and changes nothing', async () => {
    const root = makeProject({
      'schemagate.yml': "schema: db/schema\ndrift:\n  pairs: ['declared:prod']\n",
      'db/schema/a.sql': 'CREATE TABLE a (id int);\n',
    });
    const r = await runDriftStage(root);
    expect(r.statuses[0]).toMatch(
      /^head123 schemagate\/drift-check failure schemagate.yml(:\d+:\d+)?: drift.pairs.0/,
    );
    expect(r.exitCode).toBe(2); // bad configuration: exit 2, as the CLI
    expect(existsSync(join(root, 'schemagate-drift.json'))).toBe(false);
  });
});
