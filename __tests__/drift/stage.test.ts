/**
 * The drift-check stage through the shared runner, with fake GitHub and Actions ports and a real
 * pull_request event payload: status, comment section, outputs, files, the emergency bypass, the
 * canary -> strict promotion and its audit entries. States are built on the embedded PGlite.
 */

import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { closeEmbedded, openDb } from '../../src/db/index.js';
import type { GitHubPort, Review } from '../../src/github/port.js';
import { stage } from '../../src/stages/drift-check/stage.js';
import { runStage } from '../../src/stages/runStage.js';
import { fakeActions, fakeGitHub, workspace } from '../stages/fakes.js';
import { config, makeProject, SCHEMA_SQL } from './project.js';

jest.setTimeout(180_000);
afterAll(async () => {
  await closeEmbedded();
});

const NOW = new Date('2026-11-30T02:15:00Z');

function demo(mode?: 'canary' | 'strict'): string {
  const root = workspace();
  cpSync(join(process.cwd(), 'examples/drift-demo'), root, { recursive: true });
  if (mode) {
    const file = join(root, 'schemagate.yml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^mode: \w+$/m, `mode: ${mode}`));
  }
  return root;
}

function event(root: string, labels: string[] = []): string {
  const path = join(root, 'event.json');
  writeFileSync(
    path,
    JSON.stringify({
      pull_request: {
        number: 42,
        head: { sha: 'head123', repo: { full_name: 'acme/app' } },
        base: { sha: 'base123', ref: 'main', repo: { full_name: 'acme/app' } },
        user: { login: 'dana' },
        labels: labels.map((name) => ({ name })),
        state: 'open',
      },
    }),
  );
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
    const root = demo();
    const r = await runDriftStage(root, { inputs: { 'metrics-path': 'out/drift.prom' } });
    expect(r.statuses).toEqual([
      'head123 schemagate/drift-check failure 4 differences (1 on critical tables) (strict)',
    ]);
    expect(r.sections.get('drift-check')).toContain(
      ':x: **Drift found**: 4 differences (1 critical) in 3 tables',
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

    const strict = await runDriftStage(root, { env: { SCHEMAGATE_MODE: 'strict' } });
    expect(strict.statuses).toEqual(['head123 schemagate/drift-check failure 1 difference (strict)']);

    writeFileSync(join(root, 'schemagate.yml'), config('  critical_tables: [customers]\n'));
    const critical = await runDriftStage(root);
    expect(critical.statuses).toEqual([
      'head123 schemagate/drift-check failure 1 difference (1 on critical tables) (canary)',
    ]);
  });

  it('turns a failure into success "bypassed" with the emergency label, and records it', async () => {
    const root = demo();
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
    expect(log).toContain('## 2026-11-30T02:15:00Z: emergency bypass of drift-check (PR #42)');
    expect(log).toContain('- Actor: @dana');
    expect(log).toContain('- Follow-up due by: 2026-12-01T02:15:00Z (within 24 hours)');
    expect(log).toContain(
      '  - declared-vs-replayed: changed column public.accounts.status (default) [critical]',
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
        'schemagate.yml': `${config().replace('mode: canary', 'mode: strict')}audit:\n  log: docs/audit.md\n`,
        'db/schema/schema.sql': SCHEMA_SQL,
        'db/migrations/001.sql': SCHEMA_SQL,
      });
      const fileAt = async (path: string, ref: string) =>
        path === 'schemagate.yml' && ref === 'base123' ? config() : undefined;
      return { root, fileAt };
    };

    it('needs two distinct approvals (the author does not count)', async () => {
      const { root, fileAt } = setup();
      const r = await runDriftStage(root, {
        port: {
          fileAt,
          listReviews: async () => [review(1, 'erin'), review(2, 'dana'), review(3, 'frank', 'COMMENTED')],
        },
      });
      expect(r.statuses).toEqual([
        'head123 schemagate/drift-check failure mode change canary → strict needs 2 distinct approvals (has 1); no drift',
      ]);
      expect(r.sections.get('drift-check')).toContain(
        ':no_entry: **Mode change canary → strict** needs 2 approvals from distinct reviewers (not the author); approved by @erin.',
      );
      expect(existsSync(join(root, 'docs/audit.md'))).toBe(false);
    });

    it('with two approvals passes and appends one audit entry', async () => {
      const { root, fileAt } = setup();
      const port = { fileAt, listReviews: async () => [review(1, 'erin'), review(2, 'Frank')] };
      const r = await runDriftStage(root, { port });
      expect(r.statuses).toEqual(['head123 schemagate/drift-check success no drift']);
      expect(r.sections.get('drift-check')).toContain(
        ':lock: **Mode change canary → strict** approved by @erin, @frank. Recorded in docs/audit.md.',
      );
      const log = readFileSync(join(root, 'docs/audit.md'), 'utf8');
      expect(log).toContain('## 2026-11-30T02:15:00Z: mode canary → strict (PR #42)');
      expect(log).toContain('- Approvals (2 of 2 required): @erin, @frank');
      expect(log).toMatch(/- Schema bundle SHA-256: `[0-9a-f]{64}`/);
      await runDriftStage(root, { port });
      expect(readFileSync(join(root, 'docs/audit.md'), 'utf8')).toBe(log);
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
