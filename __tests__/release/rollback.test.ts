/**
 * `schemagate rollback`: down migrations to a version, and a Neon restore of production (the local
 * Neon stand-in, whose branches are real databases) from a restore point or to a timestamp, each
 * with a dry run first and --yes to act.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { FakeNeon } from '../e2e/harness/fakeNeon.js';
import { runCli } from '../helpers/cliRunner.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';
import { repoRoot } from '../migrations/helpers.js';
import { workspace } from '../stages/fakes.js';

let prod: TestDatabase;
let neon: FakeNeon;
beforeAll(async () => {
  prod = await createTestDatabase('rollback');
  await prod.db.close();
  neon = await new FakeNeon(prod.name).start();
  neon.operationDelayMs = 50;
});
afterAll(async () => {
  await neon.stop();
  await prod.drop();
});

async function sql<T = any>(text: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: prod.url });
  await c.connect();
  try {
    return (await c.query(text, params)).rows;
  } finally {
    await c.end();
  }
}

function project(): string {
  const dir = workspace();
  cpSync(join(repoRoot, 'examples', 'migrations-golang-migrate'), dir, { recursive: true });
  return dir;
}

const neonEnv = () => ({ NEON_API_KEY: neon.apiKey, NEON_API_HOST: neon.url, GITHUB_SHA: 'feedface00' });

describe('schemagate rollback', () => {
  beforeEach(async () => {
    await sql('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  });

  it('--to <version>: dry run lists the down parts and changes nothing; --yes runs them and records the rollback', async () => {
    const dir = project();
    expect((await runCli(['migrate', '--url', prod.url], { cwd: dir })).code).toBe(0);
    const dry = await runCli(['rollback', '--to', '2', '--url', prod.url], { cwd: dir });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('rollback: from version 4 to 2, running 2 down part(s):');
    expect(dry.stdout).toContain(
      '  - 4: migrations/000004_customer_display_name.down.sql (destroys data in customers)',
    );
    expect(dry.stdout).toContain('  - 3: migrations/000003_index_orders_customer.down.sql');
    expect(dry.stdout).toContain('dry run: nothing changed; pass --yes to roll back');
    expect(await sql('SELECT version FROM schemagate_revisions ORDER BY version')).toHaveLength(4);

    const yes = await runCli(['rollback', '--to', '2', '--url', prod.url, '--yes'], { cwd: dir });
    expect(yes.code).toBe(0);
    expect(
      (await sql('SELECT version FROM schemagate_revisions ORDER BY version')).map((r) => r.version),
    ).toEqual(['1', '2']);
    expect(await sql('SELECT kind, version, detail FROM schemagate_release_events')).toEqual([
      { kind: 'rollback', version: '4', detail: 'down migrations to 2' },
    ]);
    const bad = await runCli(['rollback', '--to', '9', '--url', prod.url], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('rollback --to 9: no applied migration has that version (applied: 1, 2;');
  });

  it('--restore-point: dry run states the window and the rows written since; --yes restores production and keeps the old state', async () => {
    const dir = project();
    expect((await runCli(['migrate', '--url', prod.url], { cwd: dir })).code).toBe(0);
    writeFileSync(
      join(dir, 'migrations', '000005_nickname.up.sql'),
      'ALTER TABLE customers ADD COLUMN nickname text;\n',
    );
    const mig = await runCli(
      ['migrate', '--url', prod.url, '--restore-point', '--neon-project-id', neon.projectId],
      {
        cwd: dir,
        env: neonEnv(),
      },
    );
    expect(mig.code).toBe(0);
    const point = neon.byName('restore/main/4-feedfac')!;
    expect(point).toBeDefined();
    await sql("INSERT INTO customers (email, nickname) VALUES ('a@x.test', 'a'), ('b@x.test', 'b')");

    const dry = await runCli(
      [
        'rollback',
        '--restore-point',
        'restore/main/4-feedfac',
        '--url',
        prod.url,
        '--neon-project-id',
        neon.projectId,
      ],
      { cwd: dir, env: neonEnv() },
    );
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(
      `rollback: restore Neon branch main (br-main) from restore point restore/main/4-feedfac (${point.id})`,
    );
    expect(dry.stdout).toContain(`  discards every write to main from ${point.created_at} to now (`);
    expect(dry.stdout).toContain('  public.customers: 2 row(s) written since (by created_at)');
    expect(dry.stdout).toMatch(/ {2}\d+ table\(s\) have no created_at\/updated_at column/);
    expect(dry.stdout).toContain('dry run: nothing changed; pass --yes to restore');
    expect(await sql('SELECT count(*)::int AS n FROM customers')).toEqual([{ n: 2 }]);

    const yes = await runCli(
      [
        'rollback',
        '--restore-point',
        point.id,
        '--url',
        prod.url,
        '--neon-project-id',
        neon.projectId,
        '--yes',
      ],
      { cwd: dir, env: neonEnv() },
    );
    expect(yes.code).toBe(0);
    expect(yes.stdout).toMatch(
      /rollback: main restored; the previous state is branch rollback\/main\/\d{4}-/,
    );
    expect(await sql('SELECT count(*)::int AS n FROM customers')).toEqual([{ n: 0 }]);
    expect(
      await sql(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'customers' AND column_name = 'nickname'",
      ),
    ).toEqual([]);
    const kept = [...neon.branches.values()].find((b) => b.name.startsWith('rollback/main/'));
    expect(kept).toBeDefined();
    expect((await sql('SELECT kind, detail FROM schemagate_release_events')).at(-1)).toEqual({
      kind: 'restore',
      detail: 'restored from restore/main/4-feedfac',
    });
    const restoreCall = neon.requests.filter((r) => r.path.endsWith('/restore')).at(-1)!;
    expect(restoreCall.body).toEqual({ source_branch_id: point.id, preserve_under_name: kept!.name });
  });

  it('--to-time restores production to its own history; bad times and a missing --yes change nothing', async () => {
    const dir = project();
    expect((await runCli(['migrate', '--url', prod.url], { cwd: dir })).code).toBe(0);
    const at = '2026-01-02T03:04:05Z';
    await neon.recordHistory('br-main', at);
    await sql("INSERT INTO customers (email) VALUES ('late@x.test')");
    const env = neonEnv();
    const future = await runCli(
      ['rollback', '--to-time', '2999-01-01T00:00:00Z', '--neon-project-id', neon.projectId],
      { cwd: dir, env },
    );
    expect(future.code).toBe(2);
    expect(future.stderr).toContain('--to-time 2999-01-01T00:00:00Z is in the future');
    const garbage = await runCli(
      ['rollback', '--to-time', 'yesterday', '--neon-project-id', neon.projectId],
      { cwd: dir, env },
    );
    expect(garbage.code).toBe(2);
    expect(garbage.stderr).toContain('--to-time must be an RFC 3339 time');

    const dry = await runCli(['rollback', '--to-time', at, '--neon-project-id', neon.projectId], {
      cwd: dir,
      env,
    });
    expect(dry.stdout).toContain(
      'rollback: restore Neon branch main (br-main) from its own history at 2026-01-02T03:04:05Z',
    );
    expect(dry.stdout).toContain(
      '  rows written since: not counted (pass --url of the production database to count them)',
    );
    expect(await sql('SELECT count(*)::int AS n FROM customers')).toEqual([{ n: 1 }]);
    const yes = await runCli(['rollback', '--to-time', at, '--neon-project-id', neon.projectId, '--yes'], {
      cwd: dir,
      env,
    });
    expect(yes.code).toBe(0);
    expect(await sql('SELECT count(*)::int AS n FROM customers')).toEqual([{ n: 0 }]);
    const call = neon.requests.filter((r) => r.path.endsWith('/restore')).at(-1)!;
    expect(call.body.source_branch_id).toBe('br-main');
    expect(call.body.source_timestamp).toBe(at);
    for (const out of [dry.stdout, dry.stderr, yes.stdout, yes.stderr])
      expect(out).not.toContain(neon.apiKey);
  });
});
