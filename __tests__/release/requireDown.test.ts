/**
 * migrations.require_down: a lint finding for a new migration without a down part, exempt by a
 * pragma with a reason; in the lint-gate stage, the pure function, and `schemagate check`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readMigrationSet } from '../../src/core/migrations/index.js';
import { missingDownFindings } from '../../src/core/migrations/roundTrip.js';
import { loadSqlParser, parseSqlFile } from '../../src/core/sql/index.js';
import { closeEmbedded } from '../../src/db/index.js';
import type { GitHubPort } from '../../src/github/port.js';
import { stage } from '../../src/stages/lint-gate/stage.js';
import { runStage } from '../../src/stages/runStage.js';
import { runCli } from '../helpers/cliRunner.js';
import { fakeActions } from '../stages/fakes.js';

const made: string[] = [];
afterAll(async () => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
  await closeEmbedded();
});

function dir(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'sg-require-down-'));
  made.push(d);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(d, name, '..'), { recursive: true });
    writeFileSync(join(d, name), content);
  }
  return d;
}

beforeAll(async () => {
  await loadSqlParser();
});

describe('missingDownFindings', () => {
  const files = (set: ReturnType<typeof readMigrationSet>) =>
    set.migrations.map((m) => parseSqlFile(m.up.file, m.up.text, { firstLine: m.up.firstLine }));

  it('says how to provide the down part in each format', () => {
    const gm = readMigrationSet(
      [
        { name: '1_a.up.sql', content: 'CREATE TABLE a (id int);' },
        { name: '2_b.up.sql', content: 'CREATE TABLE b (id int);' },
        { name: '2_b.down.sql', content: 'DROP TABLE b;' },
      ],
      'golang-migrate',
      'db',
    );
    const f = missingDownFindings(files(gm), gm.migrations, gm.format);
    expect(f.map((x) => [x.file, x.ruleId, x.risk])).toEqual([
      ['db/1_a.up.sql', 'missing-down-migration', 'high'],
    ]);
    expect(f[0].message).toBe(
      'db/1_a.up.sql has no down part (migrations.require_down is true): add 1_a.down.sql next to the up file',
    );
    const dbmate = readMigrationSet(
      [
        {
          name: '20240101000000_a.sql',
          content: '-- migrate:up\nCREATE TABLE a (id int);\n-- migrate:down\n-- nothing\n',
        },
      ],
      'dbmate',
      'db',
    );
    expect(missingDownFindings(files(dbmate), dbmate.migrations, 'dbmate')[0].message).toContain(
      'add a `-- migrate:down` section with the reverse statements',
    );
    const atlas = readMigrationSet(
      [{ name: '20240101000000_a.sql', content: 'CREATE TABLE a (id int);' }],
      'atlas',
      'db',
    );
    expect(missingDownFindings(files(atlas), atlas.migrations, 'atlas')[0].message).toContain(
      'atlas migrations have no down part: use a format that has one',
    );
  });

  it('a pragma with a reason exempts the file; without a reason it is bad input naming file:line', () => {
    const set = readMigrationSet(
      [
        {
          name: '1_a.up.sql',
          content: '-- schemagate:no-down rolled back by Neon restore\nCREATE TABLE a (id int);',
        },
      ],
      'golang-migrate',
      'db',
    );
    const [f] = missingDownFindings(files(set), set.migrations, set.format);
    expect(f.ignored).toEqual({ reason: 'rolled back by Neon restore', line: 1 });
    const bad = readMigrationSet(
      [{ name: '1_a.up.sql', content: 'CREATE TABLE a (id int);\n-- schemagate:no-down\n' }],
      'golang-migrate',
      'db',
    );
    expect(() => missingDownFindings(files(bad), bad.migrations, bad.format)).toThrow(
      'db/1_a.up.sql:2: schemagate:no-down needs a reason',
    );
  });
});

describe('lint-gate stage with require_down', () => {
  it('fails the gate for the new migration without a down part, naming the file', async () => {
    const d = dir({
      'schemagate.yml': 'mode: strict\nmigrations:\n  dir: db/migrations\n  require_down: true\n',
      'db/migrations/001_init.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
      'db/migrations/001_init.down.sql': 'DROP TABLE users;\n',
      'db/migrations/002_notes.up.sql': 'CREATE TABLE notes (id bigint PRIMARY KEY);\n',
      'event.json': JSON.stringify({
        pull_request: {
          number: 3,
          head: { sha: 'h3' },
          base: { sha: 'b3', ref: 'main' },
          user: { login: 'al' },
          labels: [],
          state: 'open',
        },
      }),
    });
    const statuses: string[] = [];
    const sections: Record<string, string> = {};
    const github: GitHubPort = {
      setStatus: async (_sha, ctx, state, desc) => {
        statuses.push(`${ctx} ${state} ${desc}`);
      },
      upsertCommentSection: async (_n, s, md) => {
        sections[s] = md;
      },
      listReviews: async () => [],
      listFiles: async () => [{ filename: 'db/migrations/002_notes.up.sql', status: 'added' }],
      listLabels: async () => [],
      teamMembers: async () => [],
      fileAt: async () => undefined,
    };
    const { actions, rec } = fakeActions({ 'github-token': 't', 'working-directory': d });
    const r = await runStage(stage, {
      env: {
        GITHUB_EVENT_PATH: join(d, 'event.json'),
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_REPOSITORY: 'a/b',
      },
      actions,
      github: () => github,
      openDb: async () => {
        throw new Error('no database here');
      },
    });
    expect(r.exitCode).toBe(1);
    expect(statuses.at(-1)).toMatch(/^schemagate\/lint-gate failure /);
    expect(sections['lint-gate']).toContain(
      ':x: needs 1 approval: no down part: db/migrations/002_notes.up.sql',
    );
    expect(rec.outputs.findings).toBe('1');
    expect(rec.outputs['highest-risk']).toBe('high');
  });
});

describe('schemagate check with require_down', () => {
  it('reports the missing down part and the round trip of every migration on the embedded database', async () => {
    const d = dir({
      'schemagate.yml': 'migrations:\n  dir: db/migrations\n  format: golang-migrate\n  require_down: true\n',
      'db/migrations/001_init.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n',
      'db/migrations/001_init.down.sql': 'DROP TABLE users;\n',
      'db/migrations/002_name.up.sql': 'ALTER TABLE users ADD COLUMN name text;\n',
      'db/migrations/002_name.down.sql': 'SELECT 1;\n',
    });
    const r = await runCli(['check', d]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'down: 1 of 2 migration(s) round-trip (up, down, up) on embedded PGlite, 1 fail',
    );
    expect(r.stdout).toContain(
      '  - db/migrations/002_name.up.sql: down does not restore the schema before the up',
    );
    expect(r.stdout).toMatch(/ {6}extra column .*name/);
  });

  it('flags a migration with no down part as a lint finding that needs approval', async () => {
    const d = dir({
      'schemagate.yml': 'migrations:\n  dir: db/migrations\n  format: golang-migrate\n  require_down: true\n',
      'db/migrations/001_init.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
    });
    const r = await runCli(['check', d]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '  - db/migrations/001_init.up.sql:1:1 high missing-down-migration (needs approval): db/migrations/001_init.up.sql has no down part',
    );
    expect(r.stdout).toContain('  - db/migrations/001_init.up.sql: no down part: not verified');
  });
});
