import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/run.js';

function capture(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { cwd, env: {}, out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sg-lint-cli-'));
  made.push(dir);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

describe('schemagate lint', () => {
  it('prints real findings with safe alternatives for the lint-demo example and exits 1', async () => {
    // A copy outside git: each file is judged on its own, with the earlier files applied.
    const demo = mkdtempSync(join(tmpdir(), 'sg-lint-demo-'));
    made.push(demo);
    cpSync('examples/lint-demo', demo, { recursive: true });
    const c = capture(demo);
    const code = await run(['lint'], c.io);
    const text = c.out.join('\n');
    expect(code).toBe(1);
    expect(text).toContain(
      'judged: each migration file on its own, with every earlier file as already applied',
    );
    expect(text).toContain(
      'db/migrations/20250402080000_cleanup.sql:1:1: high dropping-column: drops column users.email: running code that uses it breaks and the data is lost',
    );
    expect(text).toContain('    ALTER TABLE users DROP COLUMN IF EXISTS email;');
    expect(text).toContain('critical dropping-table: drops table legacy_invoices');
    expect(text).toContain('[ignored: users has a few hundred rows; backfilled in one go on purpose]');
    // Safe widening and statements on tables created in the same set are not reported.
    expect(text).toContain(
      'medium creating-index-without-concurrently: creates index users_status_idx on users',
    );
    expect(text).not.toContain('audit_events_user_id_idx');
    expect(text).not.toContain('foreign-key-without-not-valid');
    expect(text).toMatch(/gate: fail: \d+ finding\(s\) need approval: /);
  });

  it('exits 0 when nothing needs approval', async () => {
    const dir = project({
      'db/migrations/001.sql': 'CREATE TABLE t (id bigint PRIMARY KEY);\nALTER TABLE t DROP COLUMN id;\n',
    });
    const c = capture(dir);
    expect(await run(['lint'], c.io)).toBe(0);
    expect(c.out.join('\n')).toContain('gate: pass (no finding needs approval)');
  });

  it('writes JSON and SARIF', async () => {
    const dir = project({ 'm/001.sql': 'ALTER TABLE users DROP COLUMN email;\n' });
    const j = capture(dir);
    expect(await run(['lint', 'm', '--format', 'json'], j.io)).toBe(1);
    const json = JSON.parse(j.out.join(''));
    expect(json.findings[0]).toMatchObject({
      file: 'm/001.sql',
      line: 1,
      column: 1,
      ruleId: 'dropping-column',
      risk: 'high',
      table: 'users',
    });
    expect(json.passed).toBe(false);
    const s = capture(dir);
    expect(await run(['lint', 'm/001.sql', '--format', 'sarif'], s.io)).toBe(1);
    const sarif = JSON.parse(s.out.join(''));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0]).toMatchObject({ ruleId: 'dropping-column', level: 'error' });
  });

  it('uses --pg-version: ADD COLUMN with a DEFAULT is high on 10 and low on 11+', async () => {
    const dir = project({ 'm/001.sql': "ALTER TABLE users ADD COLUMN s text NOT NULL DEFAULT 'x';\n" });
    const ten = capture(dir);
    expect(await run(['lint', 'm', '--pg-version', '10'], ten.io)).toBe(1);
    expect(ten.out.join('\n')).toContain('high adding-column-with-default');
    const fifteen = capture(dir);
    expect(await run(['lint', 'm', '--pg-version', '15'], fifteen.io)).toBe(0);
    expect(fifteen.out.join('\n')).toContain('low adding-column-with-default');
  });

  it('exits 2 on bad input: syntax error, pragma without reason, bad flags, unknown rule in config', async () => {
    const dir = project({
      'bad/001.sql': 'ALTER TABLE users DROP COLUMN;\n',
      'noreason/001.sql': '-- schemagate:ignore dropping-column\nALTER TABLE users DROP COLUMN email;\n',
      'cfg/schemagate.yml': 'lint:\n  rules:\n    no-such-rule: off\n',
      'cfg/db/migrations/001.sql': 'SELECT 1;\n',
    });
    const syntax = capture(dir);
    expect(await run(['lint', 'bad'], syntax.io)).toBe(2);
    expect(syntax.err.join('')).toContain('bad/001.sql:1:');
    const reason = capture(dir);
    expect(await run(['lint', 'noreason'], reason.io)).toBe(2);
    expect(reason.err.join('')).toContain(
      'noreason/001.sql:1:1: schemagate:ignore dropping-column needs a reason: -- schemagate:ignore dropping-column <why this is safe here>',
    );
    const fmt = capture(dir);
    expect(await run(['lint', 'bad', '--format', 'xml'], fmt.io)).toBe(2);
    expect(fmt.err.join('')).toContain('--format must be one of text, json, sarif');
    const cfg = capture(dir);
    expect(await run(['lint', 'cfg'], cfg.io)).toBe(2);
    expect(cfg.err.join('')).toContain(
      'schemagate.yml: lint.rules.no-such-rule: unknown rule "no-such-rule"',
    );
  });

  it('a file that does not parse is reported at file:line:col and the other files are still linted (exit 2)', async () => {
    const dir = project({
      'm/001_ok.sql': "SET lock_timeout = '1s';\nALTER TABLE users DROP COLUMN email;\n",
      'm/002_bad.sql': 'SELECT 1;\nALTER TABLE orders DROPP COLUMN x;\n',
      'm/003_ok.sql': "SET lock_timeout = '1s';\nDROP TABLE orders;\n",
    });
    const c = capture(dir);
    expect(await run(['lint', 'm'], c.io)).toBe(2);
    const out = c.out.join('\n');
    expect(out).toContain(
      'm/002_bad.sql:2:20: critical syntax-error: syntax error: syntax error at or near "DROPP"',
    );
    expect(out).toContain('m/001_ok.sql:2:1: high dropping-column');
    expect(out).toContain('m/003_ok.sql:2:1: critical dropping-table');
    expect(c.err.join('')).toContain('m/002_bad.sql:2:20: syntax error');
    const json = capture(dir);
    expect(await run(['lint', 'm', '--format', 'json'], json.io)).toBe(2);
    expect(json.out.join('')).toContain('"ruleId": "syntax-error"');
  });

  it('--assume-in-transaction reports CONCURRENTLY in a file the runner wraps in a transaction', async () => {
    const dir = project({
      'm/001.sql':
        'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);\nALTER TABLE users ADD COLUMN x text;\n',
    });
    const plain = capture(dir);
    await run(['lint', 'm'], plain.io);
    expect(plain.out.join('\n')).not.toContain('concurrently-in-transaction');
    const wrapped = capture(dir);
    await run(['lint', 'm', '--assume-in-transaction'], wrapped.io);
    expect(wrapped.out.join('\n')).toContain('concurrently-in-transaction');
  });

  it('--since lints only what changed since a git ref, with the earlier files as context', async () => {
    const dir = project({
      'schemagate.yml': 'migrations: db\n',
      'db/001.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n',
    });
    const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '--allow-empty', '-m', 'base');
    git('add', '.');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', 'init');
    git('tag', 'base');
    writeFileSync(
      join(dir, 'db/002.sql'),
      "SET lock_timeout = '1s';\nALTER TABLE users DROP COLUMN email;\n",
    );
    git('add', '.');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', 'drop');
    // Inside git, by default: the files changed since the merge base with the default branch (none on main).
    const all = capture(dir);
    expect(await run(['lint'], all.io)).toBe(0);
    expect(all.out.join('\n')).toContain('judged: the files changed since the merge base with main');
    expect(all.out.join('\n')).toContain('no migration files');
    const since = capture(dir);
    expect(await run(['lint', '--since', 'base'], since.io)).toBe(1);
    expect(since.out.join('\n')).toContain('db/002.sql:2:1: high dropping-column: drops column users.email');
    const bad = capture(dir);
    expect(await run(['lint', '--since', 'no-such-ref'], bad.io)).toBe(2);
    expect(bad.err.join('')).toContain('--since no-such-ref: cannot find the merge base with HEAD');
  });
});

describe('schemagate lint: the change and the verdict', () => {
  const RISKY = 'ALTER TABLE customers DROP COLUMN email;\nDROP TABLE orders;\n';

  it('outside git, a table created by an earlier file does not exempt a later file (examples/shop + a risky file)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-lint-shop-'));
    made.push(dir);
    cpSync('examples/shop', dir, { recursive: true });
    writeFileSync(join(dir, 'db/migrations/20250401000000_risky.sql'), RISKY);
    const c = capture(dir);
    expect(await run(['lint'], c.io)).toBe(1);
    const text = c.out.join('\n');
    expect(text).toContain('db/migrations/20250401000000_risky.sql:1:1: high dropping-column');
    expect(text).toContain('db/migrations/20250401000000_risky.sql:2:1: critical dropping-table');
  });

  it('inside git, an uncommitted new migration on a branch is the change; the merged ones are context', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-lint-shopgit-'));
    made.push(dir);
    cpSync('examples/shop', dir, { recursive: true });
    const git = (...a: string[]) =>
      execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...a], {
        cwd: dir,
        stdio: 'pipe',
      });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    git('checkout', '-q', '-b', 'feature');
    writeFileSync(join(dir, 'db/migrations/20250401000000_risky.sql'), RISKY);
    const c = capture(dir);
    expect(await run(['lint'], c.io)).toBe(1);
    const text = c.out.join('\n');
    expect(text).toContain('judged: the files changed since the merge base with main (');
    expect(text).toContain('1 migration file(s) (db/migrations/20250401000000_risky.sql)');
    expect(text).toContain('critical dropping-table');
  });

  it('inside git, a migration that git ignores is still judged, and the judged line says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-lint-ignored-'));
    made.push(dir);
    cpSync('examples/shop', dir, { recursive: true });
    const git = (...a: string[]) =>
      execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...a], {
        cwd: dir,
        stdio: 'pipe',
      });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    writeFileSync(join(dir, '.gitignore'), 'db/migrations/*_risky.sql\n');
    writeFileSync(join(dir, 'db/migrations/20250401000000_risky.sql'), RISKY);
    const c = capture(dir);
    expect(await run(['lint'], c.io)).toBe(1);
    const text = c.out.join('\n');
    expect(text).toContain('1 migration file(s) (db/migrations/20250401000000_risky.sql)');
    expect(text).toContain(
      '1 file(s) that git ignores are judged as added, since they are on disk but in no commit',
    );
    expect(text).toContain('db/migrations/20250401000000_risky.sql:2:1: critical dropping-table');
  });

  it('mode does not switch the gate off; lint.enforce: false does, and says "not enforced"', async () => {
    const files = {
      'db/migrations/001.sql': "SET lock_timeout = '1s';\nALTER TABLE users DROP COLUMN email;\n",
    };
    const canary = capture(project({ ...files, 'schemagate.yml': 'mode: canary\n' }));
    expect(await run(['lint'], canary.io)).toBe(1);
    expect(canary.out.join('\n')).toContain(
      'gate: fail: 1 finding(s) need approval: DROP COLUMN users.email',
    );
    const off = capture(project({ ...files, 'schemagate.yml': 'mode: strict\nlint:\n  enforce: false\n' }));
    expect(await run(['lint'], off.io)).toBe(0);
    expect(off.out.join('\n')).toContain(
      'gate: not enforced (lint.enforce: false): 1 finding(s) would need approval: DROP COLUMN users.email',
    );
  });
});

describe('schemagate lint --url', () => {
  it('judges the files not yet applied to that database', async () => {
    const { createTestDatabase } = await import('../helpers/pgTestDb.js');
    const target = await createTestDatabase('lint_url');
    try {
      const dir = project({
        'schemagate.yml': 'migrations:\n  dir: db\n  format: plain\n',
        'db/001.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n',
      });
      const up = capture(dir);
      expect(await run(['migrate', 'up', '--url', target.url], up.io)).toBe(0);
      writeFileSync(
        join(dir, 'db/002.sql'),
        "SET lock_timeout = '1s';\nALTER TABLE users DROP COLUMN email;\n",
      );
      const c = capture(dir);
      expect(await run(['lint', '--url', target.url], c.io)).toBe(1);
      const text = c.out.join('\n');
      expect(text).toContain('judged: the files not yet applied to --url: 1 migration file(s) (db/002.sql)');
      expect(text).toContain('db/002.sql:2:1: high dropping-column: drops column users.email');
    } finally {
      await target.drop();
    }
  });
});

describe('schemagate lint with a declared schema', () => {
  it('a default calling a function the schema declares STABLE is not a volatile default', async () => {
    const dir = project({
      'schemagate.yml': 'schema: schema\nmigrations: db/migrations\n',
      'schema/functions.sql':
        "CREATE FUNCTION tenant_default() RETURNS text LANGUAGE sql STABLE AS $$ SELECT 'x' $$;\n",
      'db/migrations/001.sql':
        "SET lock_timeout = '1s';\nALTER TABLE users ADD COLUMN tenant text DEFAULT tenant_default();\nALTER TABLE users ADD COLUMN other text DEFAULT other_fn();\n",
    });
    const c = capture(dir);
    await run(['lint'], c.io);
    const out = c.out.join('\n');
    expect(out).toContain('volatile-default: adds column users.other');
    expect(out).not.toContain('volatile-default: adds column users.tenant');
  });
});
