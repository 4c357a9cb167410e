/**
 * Every command, given a password-bearing connection string (URL or key=value) for a database
 * it cannot reach, fails with a message naming host, port and database and never prints the
 * password or the connection string, in any output.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeEmbedded } from '../../src/db/pgliteDb.js';
import { runCli } from '../helpers/cliRunner.js';
import { repoRoot } from '../migrations/helpers.js';

afterAll(async () => {
  await closeEmbedded();
});

const PASSWORD = 'S3cr3t-pw_x9Q';
// Port 1 on the loopback: nothing listens there, so the connection is refused at once.
const STRINGS = {
  url: `postgres://app_user:${PASSWORD}@127.0.0.1:1/appdb`,
  keyValue: `host=127.0.0.1 port=1 dbname=appdb user=app_user password='${PASSWORD}'`,
};

function project(devUrl?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sg-secrets-'));
  cpSync(join(repoRoot, 'examples', 'shop'), dir, { recursive: true });
  if (devUrl) {
    const yml = join(dir, 'schemagate.yml');
    writeFileSync(
      yml,
      `dev_url: ${JSON.stringify(devUrl)}\nschema: db/schema\nmigrations:\n  dir: db/migrations\n  format: atlas\n`,
    );
  }
  return dir;
}

const commands = (c: string): string[][] => [
  ['migrate', '--url', c],
  ['migrate', 'status', '--url', c],
  ['migrate', 'down', '--url', c],
  ['migrate', 'baseline', '1', '--url', c],
  ['migrate', 'up', '--dry-run', '--url', c],
  ['drift', '--url', c],
  ['diff', '--from', c, '--to', c],
  ['diff', '--from', 'db/schema', '--to', c],
  ['inspect', c],
  ['check', '--dev-url', c],
  ['lint', '--url', c, 'db/migrations'],
  ['baseline', 'check', '--url', c],
  ['baseline', 'update', '--from', 'live', '--url', c],
  ['new', 'x'],
  ['hash'],
  ['audit', '--dry-run'],
];

describe.each(Object.entries(STRINGS))('a password-bearing %s connection string', (_kind, conn) => {
  it('never appears in the output of any command, as flag, DATABASE_URL or dev_url', async () => {
    const seen: string[] = [];
    for (const withDevUrl of [false, true]) {
      const cwd = project(withDevUrl ? conn : undefined);
      for (const argv of commands(conn)) {
        const r = await runCli(argv, { cwd, env: { DATABASE_URL: conn } });
        const all = r.stdout + r.stderr;
        seen.push(`${argv[0]} ${argv[1]}: ${r.code}`);
        expect({ argv, leaked: all.includes(PASSWORD) }).toEqual({ argv, leaked: false });
        expect({ argv, leaked: all.includes(conn) }).toEqual({ argv, leaked: false });
        expect({ argv, internal: /internal error/.test(all) }).toEqual({ argv, internal: false });
      }
    }
    expect(seen.length).toBe(commands(conn).length * 2);
  }, 240_000);

  it('migrate names host, port and database, gives a hint and exits 2', async () => {
    const r = await runCli(['migrate', '--url', conn], { cwd: project() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^schemagate migrate: error: cannot connect to PostgreSQL at 127\.0\.0\.1:1, database "appdb": connect ECONNREFUSED 127\.0\.0\.1:1\. Hint: nothing accepts connections on that host and port/m,
    );
  });
});

it('something that is not a connection string is refused without being echoed', async () => {
  const r = await runCli(['migrate', '--url', 'notaurl'], { cwd: project() });
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/error: database URL: not a connection string \(the value is not shown\)/);
  expect(r.stderr).not.toContain('notaurl');
});

it('an unknown host is reported as such, not as an internal error', async () => {
  const r = await runCli(['migrate', '--url', `postgres://u:${PASSWORD}@no-such-host.invalid:5432/db`], {
    cwd: project(),
  });
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(
    /cannot connect to PostgreSQL at no-such-host\.invalid:5432, database "db": getaddrinfo E\w+ no-such-host\.invalid\. Hint: /,
  );
  expect(r.stderr).not.toContain(PASSWORD);
});

it('a key=value connection string reaches the real server', async () => {
  const { ADMIN_URL, urlFor } = await import('../helpers/pgTestDb.js');
  const u = new URL(urlFor('postgres') || ADMIN_URL);
  const { connectPg } = await import('../../src/db/pgDb.js');
  const db = connectPg(
    `host=${u.hostname} port=${u.port || 5432} dbname='postgres' user=${decodeURIComponent(u.username)}`,
  );
  try {
    expect((await db.query<{ d: string }>('SELECT current_database() AS d')).rows).toEqual([
      { d: 'postgres' },
    ]);
  } finally {
    await db.close();
  }
});
