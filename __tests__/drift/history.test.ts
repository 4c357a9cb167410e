/**
 * The validation history: pure aggregation (false positives, refresh success, time to
 * resolution), and the cumulative counter across three drift-check runs against a real
 * PostgreSQL live database, read back by `schemagate metrics`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { type HistoryRow, summarizeHistory } from '../../src/core/drift/history.js';
import { closeEmbedded, openDb } from '../../src/db/index.js';
import { stage } from '../../src/stages/drift-check/stage.js';
import { runStage } from '../../src/stages/runStage.js';
import { runCli } from '../helpers/cliRunner.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';
import { fakeActions, fakeGitHub } from '../stages/fakes.js';
import { makeProject } from './project.js';

jest.setTimeout(180_000);

const row = (over: Partial<HistoryRow>): HistoryRow => ({
  kind: 'validation',
  subject: 'replayed-vs-live',
  mode: 'canary',
  result: 'drift',
  total: 1,
  breaking: 0,
  critical: 0,
  tables: ['public.a'],
  commit: 'c',
  at: new Date('2026-11-30T00:00:00Z'),
  ...over,
});
const t = (min: number) => new Date(Date.UTC(2026, 10, 30, 0, min));

describe('validation history summary', () => {
  it('counts failures, accepted drift (false positives), refresh success and time to resolution', () => {
    const rows = [
      row({ at: t(0), tables: ['public.a'] }),
      row({ at: t(10), tables: ['public.a', 'public.b'] }),
      row({ at: t(25), total: 0, result: 'pass', tables: [] }),
      row({ at: t(30), tables: ['public.c'] }),
      row({ kind: 'baseline-refresh', result: 'success', total: 0, tables: [], at: t(40) }),
      row({ kind: 'baseline-refresh', result: 'failure', total: 0, tables: [], at: t(41) }),
      row({ at: t(50), total: 0, result: 'pass', tables: [], mode: 'strict' }),
    ];
    const s = summarizeHistory(rows, t(60));
    expect(s.failures).toEqual([{ subject: 'replayed-vs-live', mode: 'canary', count: 3 }]);
    expect(s.validations).toEqual([
      { subject: 'replayed-vs-live', mode: 'canary', count: 4 },
      { subject: 'replayed-vs-live', mode: 'strict', count: 1 },
    ]);
    // Only the finding at t30 was followed by a refresh before the next clean run.
    expect(s.falsePositiveRate).toBeCloseTo(1 / 3);
    expect(s.baselineRefreshSuccessRate).toBe(0.5);
    expect(s.resolutions).toEqual([
      { subject: 'replayed-vs-live', table: 'public.a', seconds: 1500 },
      { subject: 'replayed-vs-live', table: 'public.b', seconds: 900 },
      { subject: 'replayed-vs-live', table: 'public.c', seconds: 1200 },
    ]);
    expect(s.open).toEqual([]);
    expect(summarizeHistory([], t(0))).toMatchObject({
      falsePositiveRate: null,
      baselineRefreshSuccessRate: null,
    });
  });
});

describe('cumulative counter across drift-check runs', () => {
  let live: TestDatabase;
  beforeAll(async () => {
    live = await createTestDatabase('history');
    await live.db.exec('CREATE TABLE customers (id bigint PRIMARY KEY, email text, note text)');
  });
  afterAll(async () => {
    await live?.drop();
    await closeEmbedded();
  });

  async function runOnce(root: string, n: number) {
    const gh = fakeGitHub();
    const { actions, rec } = fakeActions({
      'github-token': 't0ken',
      'working-directory': root,
      'database-url': live.url,
      'metrics-path': 'out/drift.prom',
    });
    const result = await runStage(stage, {
      env: {
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_SHA: `sha${n}`,
        GITHUB_ACTOR: 'dana',
      },
      actions,
      github: () => gh.port,
      openDb,
      now: () => new Date(Date.UTC(2026, 10, 30, n)),
    });
    return { result, rec, summary: rec.summary };
  }

  it('grows by one per run that found drift, with the configured prefix, and schemagate metrics reads it', async () => {
    const root = makeProject({
      'schemagate.yml':
        'migrations:\n  dir: db/migrations\n  format: plain\ndrift:\n  pairs: [replayed:live]\nmetrics:\n  prefix: seamless\n',
      'db/migrations/001.sql': 'CREATE TABLE customers (id bigint PRIMARY KEY, email text);\n',
    });
    const counter = () => {
      const families = parsePrometheusTextFormat(readFileSync(join(root, 'out/drift.prom'), 'utf8'));
      return families.find((f) => f.name === 'seamless_schema_validation_failures_total')?.metrics;
    };
    for (const n of [1, 2, 3]) {
      const r = await runOnce(root, n);
      expect(r.summary).toContain(
        `_Validation recorded in the live database (${n} row${n === 1 ? '' : 's'} of history)._`,
      );
      // The history table itself is bookkeeping, never drift.
      expect(JSON.parse(readFileSync(join(root, 'schemagate-drift.json'), 'utf8')).counts.total).toBe(1);
      expect(counter()).toEqual([
        { labels: { subject: 'replayed-vs-live', mode: 'canary' }, value: String(n) },
      ]);
    }

    const json = await runCli(['metrics', root, '--url', live.url, '--format', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      prefix: 'seamless',
      rows: 3,
      failures: [{ subject: 'replayed-vs-live', mode: 'canary', count: 3 }],
      open: [{ subject: 'replayed-vs-live', table: 'public.customers' }],
    });
    const text = await runCli(['metrics', root, '--url', live.url]);
    const families = parsePrometheusTextFormat(text.stdout);
    expect(families.find((f) => f.name === 'seamless_schema_validation_failures_total')?.metrics).toEqual([
      { labels: { subject: 'replayed-vs-live', mode: 'canary' }, value: '3' },
    ]);

    // The drift is accepted by a baseline refresh: recorded, and counted as a false positive.
    const refresh = await runCli([
      'baseline',
      'refresh',
      root,
      '--url',
      live.url,
      '--baseline',
      'ci/schema_baseline.json',
      '--date',
      '2026-11-30T03:30:00Z',
    ]);
    expect(refresh.code).toBe(0);
    const accepted = JSON.parse(
      (await runCli(['metrics', root, '--url', live.url, '--format', 'json'])).stdout,
    );
    expect(accepted).toMatchObject({ rows: 4, baselineRefreshSuccessRate: 1, falsePositiveRate: 1 });

    // Fixed: the next run is clean, the counter stays, the resolution time is measured.
    await live.db.exec('ALTER TABLE customers DROP COLUMN note');
    await runOnce(root, 4);
    expect(counter()).toEqual([{ labels: { subject: 'replayed-vs-live', mode: 'canary' }, value: '3' }]);
    const after = JSON.parse((await runCli(['metrics', root, '--url', live.url, '--format', 'json'])).stdout);
    expect(after.resolutions).toEqual([
      { subject: 'replayed-vs-live', table: 'public.customers', seconds: 3 * 3600 },
    ]);
  });

  it('says when no history is kept', async () => {
    const root = makeProject({
      'schemagate.yml': 'migrations:\n  dir: db/migrations\n  format: plain\n',
      'db/migrations/001.sql': 'CREATE TABLE t (id int);\n',
    });
    const gh = fakeGitHub();
    const { actions, rec } = fakeActions({ 'working-directory': root });
    await runStage(stage, { env: { GITHUB_REPOSITORY: 'acme/app' }, actions, github: () => gh.port, openDb });
    expect(rec.summary).toContain(
      '_No validation history kept: no live database was checked and governance.history_url is not set._',
    );
  });
});
