/** DORA figures: the pure computation on fixed data, and `schemagate dora` on a real database and git. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import parsePrometheus from 'parse-prometheus-text-format';
import pg from 'pg';
import { doraFigures } from '../../src/core/release/dora.js';
import { runCli } from '../helpers/cliRunner.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';
import { workspace } from '../stages/fakes.js';

const H = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe('doraFigures', () => {
  const now = new Date('2026-03-31T00:00:00Z');
  const t0 = now.getTime() - 10 * 24 * H;
  it('counts runs, medians of lead time and time to restore, and the failure rate', () => {
    const f = doraFigures({
      now,
      windowMs: 30 * 24 * H,
      applies: [
        // run 1: two files applied a minute apart
        { version: '1', appliedAt: iso(t0) },
        { version: '2', appliedAt: iso(t0 + 60_000) },
        // run 2, rolled back two hours later
        { version: '3', appliedAt: iso(t0 + 24 * H) },
        // run 3
        { version: '4', appliedAt: iso(t0 + 48 * H) },
        // outside the window
        { version: '0', appliedAt: iso(now.getTime() - 40 * 24 * H) },
      ],
      commitTimes: new Map([
        ['1', iso(t0 - 2 * H)],
        ['2', iso(t0 - 4 * H + 60_000)],
        ['3', iso(t0 + 23 * H)],
        ['4', iso(t0 + 40 * H)],
      ]),
      events: [
        { kind: 'rollback', version: '3', detail: '', at: iso(t0 + 26 * H), deployedAt: iso(t0 + 24 * H) },
      ],
    });
    expect(f.deployments).toBe(3);
    expect(f.deploymentsPerDay).toBeCloseTo(0.1);
    // lead times 2 h, 4 h, 1 h, 8 h → median 3 h
    expect(f.leadTimeSeconds).toBe(3 * 3600);
    expect(f.leadTimeSamples).toBe(4);
    expect(f.failures).toBe(1);
    expect(f.changeFailureRate).toBeCloseTo(1 / 3);
    expect(f.timeToRestoreSeconds).toBe(2 * 3600);
  });

  it('a rolled-back run whose rows are gone still counts, from the event; nothing applied gives n/a, not zero', () => {
    const f = doraFigures({
      now,
      windowMs: 30 * 24 * H,
      applies: [],
      commitTimes: new Map(),
      events: [{ kind: 'rollback', version: '5', detail: '', at: iso(t0 + 3 * H), deployedAt: iso(t0) }],
    });
    expect([f.deployments, f.failures, f.changeFailureRate, f.timeToRestoreSeconds]).toEqual([
      1,
      1,
      1,
      3 * 3600,
    ]);
    const none = doraFigures({ now, windowMs: 24 * H, applies: [], commitTimes: new Map(), events: [] });
    expect([none.deployments, none.changeFailureRate, none.leadTimeSeconds]).toEqual([0, null, null]);
  });
});

describe('schemagate dora', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase('dora');
  });
  afterAll(async () => {
    await t.drop();
  });

  it('reads the revision table, git and the recorded rollback; prints and writes Prometheus text', async () => {
    const dir = workspace();
    const g = (env: Record<string, string>, ...a: string[]) =>
      execFileSync('git', a, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
    g({}, 'init', '-q', '-b', 'main');
    g({}, 'config', 'user.email', 'dev@example.test');
    g({}, 'config', 'user.name', 'dev');
    mkdirSync(join(dir, 'db/migrations'), { recursive: true });
    writeFileSync(
      join(dir, 'schemagate.yml'),
      'migrations:\n  dir: db/migrations\n  format: golang-migrate\n',
    );
    const commitAt = new Date(Date.now() - 5 * H).toISOString();
    writeFileSync(join(dir, 'db/migrations/1_a.up.sql'), 'CREATE TABLE a (id int);\n');
    writeFileSync(join(dir, 'db/migrations/2_b.up.sql'), 'CREATE TABLE b (id int);\n');
    writeFileSync(join(dir, 'db/migrations/2_b.down.sql'), 'DROP TABLE b;\n');
    g({ GIT_COMMITTER_DATE: commitAt, GIT_AUTHOR_DATE: commitAt }, 'add', '.');
    g({ GIT_COMMITTER_DATE: commitAt, GIT_AUTHOR_DATE: commitAt }, 'commit', '-q', '-m', 'a and b');

    expect((await runCli(['migrate', '--url', t.url], { cwd: dir })).code).toBe(0);
    expect((await runCli(['rollback', '--to', '1', '--url', t.url, '--yes'], { cwd: dir })).code).toBe(0);
    // Move the release an hour back: the rollback came an hour after it, as in an incident.
    const c = new pg.Client({ connectionString: t.url });
    await c.connect();
    await c.query("UPDATE schemagate_revisions SET applied_at = applied_at - interval '1 hour'");
    await c.query("UPDATE schemagate_release_events SET deployed_at = at - interval '1 hour'");
    await c.end();

    const r = await runCli(['dora', '--url', t.url, '--since', '7d', '--metrics', 'out/dora.prom'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('DORA figures for database changes, last 7d:');
    expect(r.stdout).toContain('  deployment frequency:  1 deployment(s), 0.14 per day');
    expect(r.stdout).toContain(
      '  lead time for changes: 4.0 h (median of 1 migration(s), commit to applied)',
    );
    expect(r.stdout).toContain(
      '  change failure rate:   100.0 % (1 of 1 deployment(s) rolled back, restored or failed)',
    );
    expect(r.stdout).toContain('  time to restore:       1.0 h (median)');
    const families = parsePrometheus(readFileSync(join(dir, 'out/dora.prom'), 'utf8'));
    const value = (name: string) => families.find((f: any) => f.name === name)?.metrics[0];
    expect(value('schemagate_dora_change_failure_rate')).toEqual({ labels: { window: '7d' }, value: '1' });
    const ttr = value('schemagate_dora_time_to_restore_seconds')!;
    expect(ttr.labels).toEqual({ window: '7d' });
    // The restore is recorded one hour after the run began, give or take the test's own clock.
    expect(Number(ttr.value)).toBeGreaterThanOrEqual(3540);
    expect(Number(ttr.value)).toBeLessThan(3660);
    expect(Number(value('schemagate_dora_lead_time_seconds')!.value)).toBeGreaterThan(4 * 3600 - 120);

    const bad = await runCli(['dora', '--url', t.url, '--since', 'a month'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--since must be a duration such as 30d or 12h');
  });
});
