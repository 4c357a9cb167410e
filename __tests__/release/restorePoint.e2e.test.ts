/**
 * The migrate stage on a push to the default branch: a Neon restore point of production (the
 * local Neon stand-in, whose branches are real databases) before any migration runs; without Neon,
 * the pg_dump offer for the tables the destructive statements touch.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { connectPg } from '../../src/db/pgDb.js';
import { stage } from '../../src/stages/migrate/stage.js';
import { runStage } from '../../src/stages/runStage.js';
import { FakeNeon } from '../e2e/harness/fakeNeon.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';
import { repoRoot } from '../migrations/helpers.js';
import { fakeActions, fakeGitHub, workspace } from '../stages/fakes.js';

let prod: TestDatabase;
let neon: FakeNeon;
const SHA = 'abcdef0123456789abcdef0123456789abcdef01';

beforeAll(async () => {
  prod = await createTestDatabase('restore_point');
  await prod.db.close();
  neon = await new FakeNeon(prod.name).start();
  neon.operationDelayMs = 50;
});
afterAll(async () => {
  await neon.stop();
  await prod.drop();
});

function project(): string {
  const dir = workspace();
  cpSync(join(repoRoot, 'examples', 'migrations-golang-migrate'), dir, { recursive: true });
  writeFileSync(join(dir, 'event.json'), JSON.stringify({ ref: 'refs/heads/main', after: SHA }));
  return dir;
}

async function tables(url: string): Promise<string[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
    );
    return r.rows.map((x) => x.table_name);
  } finally {
    await c.end();
  }
}

async function run(dir: string, inputs: Record<string, string>) {
  const { actions, rec } = fakeActions({ 'working-directory': dir, 'database-url': prod.url, ...inputs });
  const gh = fakeGitHub();
  const { exitCode } = await runStage(stage, {
    env: {
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      GITHUB_EVENT_NAME: 'push',
      GITHUB_SHA: SHA,
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_ACTOR: 'dev',
    },
    actions,
    github: () => gh.port,
    openDb: async (url) => connectPg(url!),
  });
  return { exitCode, rec };
}

describe('migrate stage on push: restore point before production', () => {
  it('takes a Neon branch of production at its current LSN first, then migrates; id and name are outputs', async () => {
    const r = await run(project(), {
      'neon-api-key': neon.apiKey,
      'neon-project-id': neon.projectId,
      'api-host': neon.url,
      'restore-point-expires-in': '3d',
    });
    expect(r.exitCode).toBe(0);
    const point = neon.byName(`restore/main/empty-${SHA.slice(0, 7)}`);
    expect(point).toBeDefined();
    expect(r.rec.outputs['restore-point-branch-id']).toBe(point!.id);
    expect(r.rec.outputs['restore-point-branch-name']).toBe('restore/main/empty-abcdef0');
    expect(r.rec.outputs.applied).toBe('4');
    // A restore point needs no compute, and expires.
    expect(neon.endpointsAsked.at(-1)).toBeUndefined();
    const days = (Date.parse(point!.expires_at!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(2.9);
    expect(days).toBeLessThanOrEqual(3);
    // The restore point holds production as it was before the migrations; production moved on.
    expect(await tables(neon.urlFor(point!.database))).toEqual([]);
    expect(await tables(prod.url)).toEqual(
      expect.arrayContaining(['customers', 'orders', 'schemagate_revisions']),
    );
    expect(r.rec.summary).toContain(
      `Restore point: Neon branch \`restore/main/empty-abcdef0\` (\`${point!.id}\`) of \`main\` at LSN ${point!.parent_lsn}`,
    );
    expect(r.rec.summary).toContain(
      'Roll back with `schemagate rollback --restore-point restore/main/empty-abcdef0`',
    );
    expect(r.rec.logs.join('\n')).not.toContain(neon.apiKey);
    expect(r.rec.masked).toContain(neon.apiKey);
  });

  it('with nothing pending takes no restore point', async () => {
    const before = neon.branches.size;
    const r = await run(project(), {
      'neon-api-key': neon.apiKey,
      'neon-project-id': neon.projectId,
      'api-host': neon.url,
    });
    expect(r.exitCode).toBe(0);
    expect(neon.branches.size).toBe(before);
    expect(r.rec.summary).toContain('Nothing pending: no restore point was needed.');
  });

  it('fails closed, migrating nothing, when the restore point cannot be taken', async () => {
    const dir = project();
    writeFileSync(join(dir, 'migrations', '000005_x.up.sql'), 'CREATE TABLE x (id int);\n');
    const r = await run(dir, {
      'neon-api-key': neon.apiKey,
      'neon-project-id': neon.projectId,
      'api-host': neon.url,
      'production-branch': 'no-such-branch',
    });
    // A production branch that does not exist is bad input (exit 2); nothing is migrated.
    expect(r.exitCode).toBe(2);
    expect(r.rec.logs.join('\n')).toContain('Neon has no branch named or with id "no-such-branch"');
    expect(await tables(prod.url)).not.toContain('x');
  });

  it('without Neon says so and offers pg_dump of the tables the destructive statements touch', async () => {
    const dir = project();
    writeFileSync(
      join(dir, 'migrations', '000005_drop_name.up.sql'),
      'ALTER TABLE customers DROP COLUMN display_name CASCADE;\nDELETE FROM orders WHERE total_cents = 0;\n',
    );
    const r = await run(dir, { 'restore-point': 'true' });
    expect(r.exitCode).toBe(0);
    expect(r.rec.summary).toContain(
      'No restore point: the target is not a Neon branch schemagate can reach (no neon-api-key or neon-project-id).',
    );
    expect(r.rec.summary).toContain('(customers, orders)');
    expect(r.rec.summary).toContain(
      `pg_dump "$DATABASE_URL" --format=custom --no-owner --file=schemagate-backup.dump '--table="public"."customers"' '--table="public"."orders"'`,
    );
  });
});
