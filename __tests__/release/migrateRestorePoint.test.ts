/** `schemagate migrate --restore-point`: a Neon branch first, or a pg_dump backup, or nothing migrated. */
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeNeon } from '../e2e/harness/fakeNeon.js';
import { runCli } from '../helpers/cliRunner.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';
import { repoRoot } from '../migrations/helpers.js';
import { workspace } from '../stages/fakes.js';

let prod: TestDatabase;
let neon: FakeNeon;
beforeAll(async () => {
  prod = await createTestDatabase('cli_restore_point');
  await prod.db.close();
  neon = await new FakeNeon(prod.name).start();
  neon.operationDelayMs = 50;
});
afterAll(async () => {
  await neon.stop();
  await prod.drop();
});

function project(extra: Record<string, string> = {}): string {
  const dir = workspace();
  cpSync(join(repoRoot, 'examples', 'migrations-golang-migrate'), dir, { recursive: true });
  for (const [n, c] of Object.entries(extra)) writeFileSync(join(dir, 'migrations', n), c);
  return dir;
}

describe('schemagate migrate --restore-point', () => {
  it('without Neon and without --backup-file refuses, naming the tables and the pg_dump command', async () => {
    const dir = project();
    const first = await runCli(['migrate', '--url', prod.url], { cwd: dir });
    expect(first.code).toBe(0);
    writeFileSync(
      join(dir, 'migrations', '000005_drop.up.sql'),
      'DROP VIEW customer_order_totals;\nALTER TABLE orders DROP COLUMN total_cents;\n',
    );
    const r = await runCli(['migrate', '--url', prod.url, '--restore-point'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'restore point: no Neon (set NEON_API_KEY and neon.project_id or --neon-project-id)',
    );
    expect(r.stderr).toContain('(orders) first: pass --backup-file <path>');
    expect(r.stderr).toContain('Nothing was migrated.');
    const status = await runCli(['migrate', 'status', '--url', prod.url], { cwd: dir });
    expect(status.stdout).toMatch(/pending/i);
    // pg_dump missing: a clear message, still nothing migrated.
    const missing = await runCli(
      ['migrate', '--url', prod.url, '--restore-point', '--backup-file', 'b.dump'],
      {
        cwd: dir,
        env: { PATH: '/nonexistent' },
      },
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('pg_dump was not found on PATH: install the PostgreSQL client tools');
    // With pg_dump: the backup is written, then the migration runs.
    const ok = await runCli(['migrate', '--url', prod.url, '--restore-point', '--backup-file', 'b.dump'], {
      cwd: dir,
    });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('backup: orders saved to b.dump (pg_dump custom format');
    expect(existsSync(join(dir, 'b.dump'))).toBe(true);
    expect(ok.stdout).toContain('000005_drop.up.sql');
  });

  it('with Neon takes the restore point branch before migrating', async () => {
    const dir = project({ '000006_notes.up.sql': 'CREATE TABLE notes (id int);\n' });
    const r = await runCli(
      ['migrate', '--url', prod.url, '--restore-point', '--neon-project-id', neon.projectId],
      {
        cwd: dir,
        env: { NEON_API_KEY: neon.apiKey, NEON_API_HOST: neon.url, GITHUB_SHA: '1234567890abcdef' },
      },
    );
    expect(r.code).toBe(0);
    const point = [...neon.branches.values()].find((b) => b.name.startsWith('restore/main/'));
    expect(point?.name).toBe('restore/main/4-1234567');
    expect(r.stdout).toContain(
      `restore point: restore/main/4-1234567 (${point!.id}) of main at LSN ${point!.parent_lsn}`,
    );
    expect(r.stdout).toContain(
      'roll back with: schemagate rollback --restore-point restore/main/4-1234567 --yes',
    );
  });
});
