/**
 * Down migrations verified in the migrate stage, on a real PostgreSQL database standing in for
 * the pull request's Neon branch: up → down → up per pending migration, reported per file.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { connectPg } from '../../src/db/pgDb.js';
import { stage } from '../../src/stages/migrate/stage.js';
import { runStage } from '../../src/stages/runStage.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';
import { repoRoot } from '../migrations/helpers.js';
import { fakeActions, fakeGitHub, workspace } from '../stages/fakes.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase('roundtrip_stage');
});
afterAll(async () => {
  await t.drop();
});
beforeEach(async () => {
  await t.db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
});

function project(config: string, files?: Record<string, string>): string {
  const dir = workspace();
  cpSync(join(repoRoot, 'examples', 'migrations-golang-migrate'), dir, { recursive: true });
  writeFileSync(join(dir, 'schemagate.yml'), config);
  for (const [name, content] of Object.entries(files ?? {})) {
    mkdirSync(join(dir, 'migrations'), { recursive: true });
    writeFileSync(join(dir, 'migrations', name), content);
  }
  writeFileSync(
    join(dir, 'event.json'),
    JSON.stringify({
      pull_request: {
        number: 9,
        head: { sha: 'h9' },
        base: { sha: 'b', ref: 'main' },
        state: 'open',
        user: { login: 'dev' },
      },
    }),
  );
  return dir;
}

async function run(dir: string) {
  const { actions, rec } = fakeActions({
    'working-directory': dir,
    'github-token': 't',
    'database-url': t.url,
  });
  const gh = fakeGitHub();
  const { exitCode } = await runStage(stage, {
    env: { GITHUB_EVENT_PATH: join(dir, 'event.json'), GITHUB_REPOSITORY: 'acme/shop', GITHUB_ACTOR: 'dev' },
    actions,
    github: () => gh.port,
    openDb: async (url) => connectPg(url!),
    upstream: {},
  });
  return { exitCode, rec, gh, section: gh.sections.get('migrate') ?? '' };
}

const STRICT =
  'mode: strict\nmigrations:\n  dir: migrations\n  format: golang-migrate\n  require_down: true\n';

describe('migrate stage: down migrations verified', () => {
  it('verifies each pending migration, then applies and reports them as usual', async () => {
    const r = await run(project(STRICT));
    expect(r.exitCode).toBe(0);
    expect(r.rec.outputs).toEqual({ applied: '4', 'current-version': '4', pending: '0' });
    expect(r.gh.statuses).toEqual(['h9 schemagate/migrate success applied 4 migrations; current version 4']);
    expect(r.section).toContain('#### Down migrations (round trip on the pull request database)');
    expect(r.section).toContain('Every down part of 4 verified migration(s) restores the schema.');
    expect(r.section).toContain(
      '| `migrations/000004_customer_display_name.up.sql` | `migrations/000004_customer_display_name.down.sql` | :white_check_mark: ok: down restores the schema, up applies again |',
    );
    // Applied exactly once in the end, and recorded once.
    const rows = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM schemagate_revisions');
    expect(rows.rows[0].n).toBe(4);
    const cols = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'customers' AND column_name = 'display_name'",
    );
    expect(cols.rows[0].n).toBe(1);
  });

  it('a down that does not restore the schema is a finding that fails the stage in strict mode', async () => {
    const dir = project(STRICT, {
      '000005_add_phone.up.sql':
        'ALTER TABLE customers ADD COLUMN phone text;\nCREATE INDEX customers_phone_idx ON customers (phone);\n',
      // Forgets the index drop on purpose... and the column: the up cannot run again.
      '000005_add_phone.down.sql': 'DROP INDEX customers_phone_idx;\n',
    });
    const r = await run(dir);
    expect(r.exitCode).toBe(1);
    expect(r.gh.statuses[0]).toBe(
      'h9 schemagate/migrate failure 1 down migration(s) fail the round trip: migrations/000005_add_phone.up.sql',
    );
    expect(r.section).toContain(':x: 1 migration(s) fail the round trip (up → down → up).');
    expect(r.section).toContain('down does not restore the schema before the up');
    expect(r.section).toMatch(/- extra column .*phone/);
    expect(r.rec.logs.some((l) => l.startsWith('error: round trip: not-restored'))).toBe(true);
  });

  it('calls out a down that drops data which existed before the up', async () => {
    const dir = project(STRICT, {
      '000005_notes.up.sql': 'CREATE TABLE notes (id int, title varchar(80), body text);\n',
      '000005_notes.down.sql': 'DROP TABLE notes;\n',
      '000006_notes_tags.up.sql': 'ALTER TABLE notes ADD COLUMN tags text;\n',
      '000006_notes_tags.down.sql':
        'ALTER TABLE notes DROP COLUMN tags;\nALTER TABLE notes DROP COLUMN body;\nALTER TABLE notes ADD COLUMN body text;\nALTER TABLE notes ALTER COLUMN title TYPE varchar(80);\n',
    });
    const r = await run(dir);
    expect(r.exitCode).toBe(0);
    expect(r.section).toContain(
      '- :warning: data loss: `migrations/000006_notes_tags.down.sql:2` drops column notes.body, which existed before the up: its values are lost',
    );
    expect(r.section).toContain(
      '`migrations/000006_notes_tags.down.sql:4` changes the type of notes.title, which existed before the up: values may not survive the cast',
    );
    // Dropping what the up added, and the table its own up created, is what a down is for.
    expect(r.section).not.toContain('notes.tags, which existed');
    expect(r.section).not.toContain('drops table notes');
    expect(r.rec.logs).toContain(
      'warning: down migration loses data: drops column notes.body, which existed before the up: its values are lost',
    );
  });

  it('a migration without a down part stops the chain and leaves the rest unverified, not failed', async () => {
    const dir = project(STRICT.replace('mode: strict', 'mode: canary'), {
      '000005_audit.up.sql': 'CREATE TABLE audit (id int);\n',
      '000006_audit_note.up.sql': 'ALTER TABLE audit ADD COLUMN note text;\n',
      '000006_audit_note.down.sql': 'ALTER TABLE audit DROP COLUMN note;\n',
    });
    const r = await run(dir);
    expect(r.exitCode).toBe(0);
    expect(r.rec.outputs.applied).toBe('6');
    expect(r.section).toContain(
      '| `migrations/000005_audit.up.sql` | — | :grey_question: no down part: not verified |',
    );
    expect(r.section).toContain(
      '| `migrations/000006_audit_note.up.sql` | `migrations/000006_audit_note.down.sql` | :grey_question: not verified',
    );
  });
});
