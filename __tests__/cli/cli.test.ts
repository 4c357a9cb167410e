import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VERSION } from '../../src/version.js';
import { runCli } from '../helpers/cliRunner.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('schemagate CLI', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sg-cli-'));
    cpSync('examples/shop', dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints help with every command and the exit codes', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of [
      'check',
      'lint',
      'migrate',
      'drift',
      'diff',
      'new',
      'hash',
      'inspect',
      'baseline',
      'audit',
      'rollback',
      'release-notes',
      'dora',
    ]) {
      expect(r.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
    }
    expect(r.stdout).toContain('Exit codes: 0 ok, 1 a gate failed');
  });

  it('prints the package version', async () => {
    const r = await runCli(['--version']);
    expect(r.stdout.trim()).toBe(pkg.version);
    expect(VERSION).toBe(pkg.version);
  });

  it('rejects an unknown command with exit 2', async () => {
    const r = await runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "frobnicate"');
  });

  it('reports a syntax error in a migration as file:line:col with exit 2', async () => {
    writeFileSync(
      join(dir, 'db/migrations/20250401000000_broken.sql'),
      'ALTER TABLE orders\n  ADD COLUMN note txt,\n  ADD COLUM x int;\n',
    );
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'db/migrations/20250401000000_broken.sql:3:15: syntax error: syntax error at or near "int"',
    );
  });

  it('reports an unknown config key with its line and column', async () => {
    writeFileSync(join(dir, 'schemagate.yml'), 'migrations:\n  dir: db/migrations\n  formt: atlas\n');
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('schemagate.yml:3:3: migrations.formt: unknown key');
  });

  it('names the config key of a missing migrations directory', async () => {
    writeFileSync(join(dir, 'schemagate.yml'), 'migrations: nowhere\n');
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('migrations.dir: directory not found');
  });

  it('rejects a bad SCHEMAGATE_MODE', async () => {
    const r = await runCli(['check', dir], { env: { SCHEMAGATE_MODE: 'loose' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('SCHEMAGATE_MODE must be "canary" or "strict", got "loose"');
  });
});

describe('argument errors', () => {
  it('names an unknown option as a usage error with exit 2', async () => {
    const r = await runCli(['check', '--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^schemagate check: error: Unknown option '--frobnicate'/);
  });
});
