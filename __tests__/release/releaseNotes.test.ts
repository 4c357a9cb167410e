/** `schemagate release-notes`: a real git repository, the real linter, a local server playing GitHub. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { nextVersion } from '../../src/core/release/notes.js';
import { runCli } from '../helpers/cliRunner.js';
import { workspace } from '../stages/fakes.js';

function repo(): { dir: string; commit: (files: Record<string, string>, msg: string) => string } {
  const dir = workspace();
  const g = (...a: string[]) => execFileSync('git', a, { cwd: dir, encoding: 'utf8' }).trim();
  g('init', '-q', '-b', 'main');
  g('config', 'user.email', 'dev@example.test');
  g('config', 'user.name', 'dev');
  mkdirSync(join(dir, 'db/migrations'), { recursive: true });
  writeFileSync(join(dir, 'schemagate.yml'), 'migrations:\n  dir: db/migrations\n  format: golang-migrate\n');
  return {
    dir,
    commit(files, msg) {
      for (const [n, c] of Object.entries(files)) writeFileSync(join(dir, n), c);
      g('add', '.');
      g('commit', '-q', '-m', msg);
      return g('rev-parse', 'HEAD');
    },
  };
}

let server: Server;
let apiUrl = '';
const seen: string[] = [];
const prs = new Map<string, { number: number; title: string }>();
beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url} ${req.headers.authorization}`);
    const send = (data: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(data));
    };
    const c = /^\/repos\/acme\/shop\/commits\/([0-9a-f]+)\/pulls$/.exec(req.url ?? '');
    if (c) {
      const pr = prs.get(c[1]);
      return send(pr ? [{ ...pr, merged_at: '2026-01-01T00:00:00Z' }] : []);
    }
    if (/^\/repos\/acme\/shop\/pulls\/12\/reviews/.test(req.url ?? '')) {
      return send([
        { user: { login: 'carol' }, state: 'CHANGES_REQUESTED' },
        { user: { login: 'bob' }, state: 'APPROVED' },
        { user: { login: 'carol' }, state: 'APPROVED' },
        { user: { login: 'dave' }, state: 'COMMENTED' },
      ]);
    }
    res.writeHead(404);
    res.end('{}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
});

describe('schemagate release-notes', () => {
  it('lists each added migration with risk, tables, down part and approvals, and suggests the version', async () => {
    const r = repo();
    r.commit(
      {
        'db/migrations/001_init.up.sql':
          'CREATE TABLE users (id bigint PRIMARY KEY, email text, nick text);\n',
        'db/migrations/001_init.down.sql': 'DROP TABLE users;\n',
      },
      'init',
    );
    execFileSync('git', ['tag', 'v1.0.0'], { cwd: r.dir });
    r.commit(
      {
        'db/migrations/002_name.up.sql':
          "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN name text;\n",
      },
      'name',
    );
    const minor = await runCli(['release-notes', '--from', 'v1.0.0', '--current', '1.0.0'], { cwd: r.dir });
    expect(minor.code).toBe(0);
    expect(minor.stdout).toContain('## Schema changes v1.0.0…HEAD');
    expect(minor.stdout).toContain(
      'Suggested version: **1.1.0** (minor: backward-compatible schema changes)',
    );
    expect(minor.stdout).toContain('| `db/migrations/002_name.up.sql` | ');
    expect(minor.stdout).toContain('| public.users | no | not looked up |');
    expect(minor.stdout).not.toContain('001_init');

    const sha = r.commit(
      {
        'db/migrations/003_drop_nick.up.sql':
          "SET lock_timeout = '5s';\nALTER TABLE users DROP COLUMN nick;\n",
        'db/migrations/003_drop_nick.down.sql': 'ALTER TABLE users ADD COLUMN nick text;\n',
      },
      'drop nick',
    );
    prs.set(sha, { number: 12, title: 'Drop nick' });
    const major = await runCli(
      [
        'release-notes',
        '--from',
        'v1.0.0',
        '--to',
        'HEAD',
        '--current',
        'v1.1.0',
        '--repo',
        'acme/shop',
        '--out',
        'notes.md',
      ],
      { cwd: r.dir, env: { GITHUB_TOKEN: 'ghs_test', GITHUB_API_URL: apiUrl } },
    );
    expect(major.code).toBe(0);
    expect(major.stdout).toContain('release notes: 2 migration(s), suggested v2.0.0; written to notes.md');
    const md = readFileSync(join(r.dir, 'notes.md'), 'utf8');
    expect(md).toContain('Suggested version: **v2.0.0** (major: breaking schema changes)');
    expect(md).toMatch(/- DROP COLUMN users\.nick.*\(db\/migrations\/003_drop_nick\.up\.sql\)/);
    expect(md).toMatch(
      /\| `db\/migrations\/003_drop_nick\.up\.sql` \| (high|critical) \| public\.users \| yes \| #12: @bob, @carol \|/,
    );
    expect(md).toContain('| `db/migrations/002_name.up.sql` | ');
    expect(md).toContain('| no | no pull request |');
    expect(md).toContain('`dropping-column` (line 2)');
    expect(seen.some((l) => l.endsWith('Bearer ghs_test'))).toBe(true);
  });

  it('an unknown ref is bad input', async () => {
    const r = repo();
    r.commit({ 'db/migrations/001_a.up.sql': 'CREATE TABLE a (id int);\n' }, 'a');
    const bad = await runCli(['release-notes', '--from', 'v9.9.9'], { cwd: r.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('git log');
  });

  it('nextVersion', () => {
    expect(nextVersion('1.2.3', 'patch')).toBe('1.2.4');
    expect(nextVersion('v1.2.3', 'minor')).toBe('v1.3.0');
    expect(() => nextVersion('1.2', 'major')).toThrow('not a semantic version');
  });
});
