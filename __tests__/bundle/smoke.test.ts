/**
 * Runs every committed bundle as a child process, the way users and the runner start them, so a
 * bundle that cannot load (missing .wasm, ESM/CJS mix-up, __dirname) fails CI.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { runBundle } from '../helpers/runBundle.js';

// Each run starts a bundle (and PGlite) in a child process: slow on a busy machine, never timed.
jest.setTimeout(300_000);

let repo: string;
beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'sg-smoke-'));
  cpSync('examples/shop', repo, { recursive: true });
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('dist/cli', () => {
  it('checks the example project on the embedded database (PGlite loads from the bundle)', async () => {
    const r = await runBundle('cli', { args: ['check', repo] });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('parse: db/migrations: 4 files, 9 statements parsed');
    expect(r.stdout).toContain('migrations: 4 migrations (atlas), atlas.sum verified');
    expect(r.stdout).toContain('drift: declared-vs-replayed: no differences');
    expect(r.stdout).toContain('check: ok');
    expect(r.code).toBe(0);
  });

  it('fails with file:line:col and exit 2 on broken SQL', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'sg-smoke-broken-'));
    cpSync('examples/shop', broken, { recursive: true });
    writeFileSync(join(broken, 'db/schema/04_bad.sql'), 'CREATE TABLE t (\n  id int,\n  CONSTRAINT);\n');
    const r = await runBundle('cli', { args: ['check', broken] });
    rmSync(broken, { recursive: true, force: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('db/schema/04_bad.sql:3:13: syntax error: syntax error at or near ")"');
  });

  it('prints its version', async () => {
    const r = await runBundle('cli', { args: ['--version'] });
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

/**
 * Each bundle, run as the runner starts it on the example project outside a pull request, must
 * give the one outcome its input produces (a bundle that crashes, or errors, fails here).
 */
describe.each([
  // No pull request and no neon-api-key: bad input, failure status, exit 2.
  ['neon-branch', 'neon-branch', 'failure', 'input neon-api-key is required', 2],
  // dry-run without a database: every migration listed as pending.
  ['migrate', 'migrate', 'success', 'dry run: 4 migrations pending, nothing applied', 0],
  ['drift-check', 'drift-check', 'success', 'no drift', 0],
  // No pull request: each file judged on its own; the example's migrations need no approval.
  ['lint-gate', 'lint-gate', 'success', 'no findings in 4 migration file(s)', 0],
  ['suite', 'migrate', 'success', 'dry run: 4 migrations pending, nothing applied', 0],
] as const)('dist/%s', (entry, stage, state, description, code) => {
  it(`loads, reads its inputs and settles schemagate/${stage} to ${state}`, async () => {
    const r = await runBundle(entry, {
      inputs: { 'working-directory': repo, config: 'schemagate.yml', 'dry-run': 'true', stages: 'migrate' },
    });
    const line = r.stdout.split('\n').find((l) => l.startsWith(`schemagate/${stage}: `));
    expect(line).toMatch(new RegExp(`^schemagate/${stage}: ${state}: `));
    expect(line).toContain(description);
    expect(r.code).toBe(code);
  });
});
