/**
 * Files a migration directory can hold that are not plain UTF-8 text files: every command that
 * reads SQL refuses them the same way, and nothing is applied.
 */

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectPg } from '../../src/db/pgDb.js';
import { closeEmbedded } from '../../src/db/pgliteDb.js';
import { stage } from '../../src/stages/migrate/stage.js';
import { runStage } from '../../src/stages/runStage.js';
import { runCli } from '../helpers/cliRunner.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';
import { fakeActions, fakeGitHub } from '../stages/fakes.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase('mig_hostile');
});
afterAll(async () => {
  await t.drop();
  await closeEmbedded();
});
beforeEach(async () => {
  await t.db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
});

/** A repository (it has .git) with db/migrations holding `files`. */
function repo(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'sg-hostile-'));
  mkdirSync(join(root, '.git'));
  mkdirSync(join(root, 'db', 'migrations'), { recursive: true });
  for (const [name, content] of Object.entries(files))
    writeFileSync(join(root, 'db', 'migrations', name), content);
  return root;
}

const tables = async () =>
  (
    await t.db.query<{ t: string }>(
      "SELECT relname AS t FROM pg_class WHERE relkind = 'r' AND relname <> 'schemagate_revisions' AND relnamespace = 'public'::regnamespace ORDER BY 1",
    )
  ).rows.map((r) => r.t);

async function runMigrateStage(cwd: string) {
  const { actions, rec } = fakeActions({
    'working-directory': cwd,
    'github-token': 't',
    'database-url': t.url,
  });
  return {
    ...(await runStage(stage, {
      env: { GITHUB_REPOSITORY: 'acme/shop', GITHUB_ACTOR: 'dev' },
      actions,
      github: () => fakeGitHub().port,
      openDb: async (url) => connectPg(url!),
      upstream: {},
    })),
    rec,
  };
}

describe('NUL bytes and invalid UTF-8', () => {
  const nul = Buffer.concat([
    Buffer.from('CREATE TABLE n1(a int);\n'),
    Buffer.from([0, 0, 0]),
    Buffer.from('CREATE TABLE n2(a int);\n'),
  ]);
  const latin1 = Buffer.concat([
    Buffer.from('CREATE TABLE caf'),
    Buffer.from([0xe9]),
    Buffer.from('(a int);\n'),
  ]);

  it.each([
    ['NUL', nul, /db\/migrations\/2_b\.sql:2:1: NUL byte/],
    ['Latin-1', latin1, /db\/migrations\/2_b\.sql:1:17: invalid UTF-8 \(byte 0xE9/],
  ])(
    '%s: migrate, lint, check and hash refuse it with exit 2 and its location; nothing is applied',
    async (_n, bad, where) => {
      const cwd = repo({ '1_a.sql': 'CREATE TABLE ok1(a int);\n', '2_b.sql': bad });
      for (const argv of [['migrate', '--url', t.url], ['lint', 'db/migrations'], ['check'], ['hash']]) {
        const r = await runCli(argv, { cwd });
        expect({ argv, code: r.code }).toEqual({ argv, code: 2 });
        expect(r.stderr).toMatch(where);
        expect(r.stderr).not.toMatch(/internal error/);
      }
      expect(await tables()).toEqual([]);
      const s = await runMigrateStage(cwd);
      // Bad input: the step exits 2 and the status says it was the input.
      expect(s.exitCode).toBe(2);
      expect(s.outcome.state).toBe('failure');
      expect(JSON.stringify(s.rec)).toMatch(where);
      expect(await tables()).toEqual([]);
    },
  );
});

describe('directory entries', () => {
  it('follows a symlink to a regular file inside the repository: it is applied, linted and summed', async () => {
    const cwd = repo({ '1_a.sql': 'CREATE TABLE a(x int);\n' });
    mkdirSync(join(cwd, 'shared'));
    writeFileSync(join(cwd, 'shared', 'b.sql'), 'CREATE TABLE b(x int);\n');
    symlinkSync('../../shared/b.sql', join(cwd, 'db', 'migrations', '2_b.sql'));
    const up = await runCli(['migrate', '--url', t.url], { cwd });
    expect(up.code).toBe(0);
    expect(await tables()).toEqual(['a', 'b']);
    const hash = await runCli(['hash'], { cwd });
    expect(hash.stdout).toContain('(2 files)');
  });

  const cases: [string, (dir: string, root: string) => void, RegExp][] = [
    [
      'a dangling symlink',
      (dir) => symlinkSync('nowhere.sql', join(dir, '2_b.sql')),
      /db\/migrations\/2_b\.sql: dangling symbolic link/,
    ],
    [
      'a symlink outside the repository',
      (dir) => {
        const outside = mkdtempSync(join(tmpdir(), 'sg-outside-'));
        writeFileSync(join(outside, 'b.sql'), 'CREATE TABLE b(x int);\n');
        symlinkSync(join(outside, 'b.sql'), join(dir, '2_b.sql'));
      },
      /db\/migrations\/2_b\.sql: symbolic link to .*outside the repository/,
    ],
    [
      'a FIFO',
      (dir) => execFileSync('mkfifo', [join(dir, '2_b.sql')]),
      /db\/migrations\/2_b\.sql: not a regular file \(a named pipe\)/,
    ],
    [
      'a directory named like a migration',
      (dir) => mkdirSync(join(dir, '2_b.sql')),
      /db\/migrations\/2_b\.sql: a directory named like a migration file/,
    ],
  ];
  it.each(cases)('refuses %s by name with exit 2, applying nothing', async (_n, make, message) => {
    const cwd = repo({ '1_a.sql': 'CREATE TABLE a(x int);\n' });
    make(join(cwd, 'db', 'migrations'), cwd);
    const up = await runCli(['migrate', '--url', t.url], { cwd });
    expect(up.stderr).toMatch(message);
    expect(up.code).toBe(2);
    expect(await tables()).toEqual([]);
    const hash = await runCli(['hash'], { cwd });
    expect(hash.code).toBe(2);
  });

  it('lint refuses a dangling symlink named *.sql in a linted directory', async () => {
    const cwd = repo({ '1_a.sql': 'CREATE TABLE a(x int);\n' });
    symlinkSync('nowhere.sql', join(cwd, 'db', 'migrations', '2_b.sql'));
    const r = await runCli(['lint', 'db/migrations'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/db\/migrations\/2_b\.sql: dangling symbolic link/);
  });
});
