/** `schemagate check` runs the whole pull-request pipeline locally on the embedded database. */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeEmbedded } from '../../src/db/pgliteDb.js';
import { runCli } from '../helpers/cliRunner.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sg-check-'));
  cpSync('examples/shop', dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
afterAll(() => closeEmbedded());

it('passes on the example project and says what it checked', async () => {
  const r = await runCli(['check', dir]);
  expect(r.stderr).toBe('');
  expect(r.stdout).toBe(
    [
      'config: schemagate.yml; mode: canary; dev database: embedded PGlite',
      'parse: db/migrations: 4 files, 9 statements parsed',
      'parse: db/schema: 3 files, 7 statements parsed',
      'migrations: 4 migrations (atlas), atlas.sum verified; rollback: 0 with a down part',
      'drift: declared-vs-replayed: no differences',
      'lint: judged each migration file on its own, with every earlier file as already applied (not in a git repository with a default branch, and no --since or --url)',
      'lint: 9 statements, 0 finding(s), 0 need approval',
      'check: ok',
      '',
    ].join('\n'),
  );
  expect(r.code).toBe(0);
});

it('reports drift between the declared schema and the migrations, failing only in strict mode', async () => {
  writeFileSync(join(dir, 'db/schema/04_coupons.sql'), 'CREATE TABLE coupons (code text PRIMARY KEY);\n');
  const canary = await runCli(['check', dir]);
  expect(canary.stdout).toContain('drift: declared-vs-replayed: 1 difference(s), drift');
  expect(canary.stdout).toContain('  - missing table public.coupons\n');
  expect(canary.stdout).toContain('CREATE TABLE public.coupons');
  expect(canary.stdout).toContain('check: ok');
  expect(canary.code).toBe(0);

  const strict = await runCli(['check', dir, '--mode', 'strict']);
  expect(strict.stdout).toContain('check: failed');
  expect(strict.code).toBe(1);
});

it('fails the gate on a migration that needs approval', async () => {
  writeFileSync(
    join(dir, 'db/migrations/20250401000000_drop_name.sql'),
    'ALTER TABLE customers DROP COLUMN name;\n',
  );
  writeFileSync(
    join(dir, 'db/schema/02_customers.sql'),
    "CREATE TABLE customers (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n  email text NOT NULL UNIQUE,\n  created_at timestamptz NOT NULL DEFAULT now()\n);\nCOMMENT ON TABLE customers IS 'People who can place orders';\n",
  );
  // The sum file must follow the new migration, as `schemagate hash` would write it.
  expect((await runCli(['hash'], { cwd: dir })).code).toBe(0);
  const r = await runCli(['check', dir]);
  expect(r.stdout).toContain('drift: declared-vs-replayed: no differences');
  expect(r.stdout).toMatch(/20250401000000_drop_name\.sql:1:1 high \S+ \(needs approval\): /);
  expect(r.stdout).toContain('check: failed');
  expect(r.code).toBe(1);
});

it('gives the lint-gate stage verdict: lint.enforce: false reports "not enforced" and passes', async () => {
  writeFileSync(
    join(dir, 'db/migrations/20250401000000_drop_name.sql'),
    'ALTER TABLE customers DROP COLUMN name;\n',
  );
  writeFileSync(
    join(dir, 'db/schema/02_customers.sql'),
    "CREATE TABLE customers (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n  email text NOT NULL UNIQUE,\n  created_at timestamptz NOT NULL DEFAULT now()\n);\nCOMMENT ON TABLE customers IS 'People who can place orders';\n",
  );
  const cfg = join(dir, 'schemagate.yml');
  writeFileSync(cfg, readFileSync(cfg, 'utf8').replace('lint:\n', 'lint:\n  enforce: false\n'));
  expect((await runCli(['hash'], { cwd: dir })).code).toBe(0);
  const r = await runCli(['check', dir]);
  expect(r.stdout).toContain('lint: not enforced (lint.enforce: false): 1 finding(s) would need approval');
  expect(r.stdout).toContain('check: ok');
  expect(r.code).toBe(0);
});

it('fails on drift in a critical table even in canary mode', async () => {
  appendFileSync(join(dir, 'db/schema/02_customers.sql'), '\nALTER TABLE customers ADD COLUMN phone text;\n');
  const r = await runCli(['check', dir]);
  expect(r.stdout).toContain('drift: declared-vs-replayed: 1 difference(s), fail');
  expect(r.stdout).toContain('  - missing column public.customers.phone [critical]\n');
  expect(r.stdout).toContain('    ALTER TABLE public.customers ADD COLUMN phone text;');
  expect(r.code).toBe(1);
});

it('refuses a tampered atlas.sum with exit 2', async () => {
  appendFileSync(join(dir, 'db/migrations/20250101090000_init.sql'), '\n-- edited after hashing\n');
  const r = await runCli(['check', dir]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('20250101090000_init.sql');
});

it('--format markdown renders the same report for a comment: a table of checks, drift and lint sections', async () => {
  writeFileSync(join(dir, 'db/schema/04_coupons.sql'), 'CREATE TABLE coupons (code text PRIMARY KEY);\n');
  const r = await runCli(['check', dir, '--format', 'markdown']);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain(
    [
      '## schemagate check: :white_check_mark: ok',
      '',
      'Config `schemagate.yml` · mode `canary` · dev database: embedded PGlite',
      '',
      '| Check | Result |',
      '| --- | --- |',
      '| Parse `db/migrations` | 4 files, 9 statements |',
      '| Parse `db/schema` | 4 files, 8 statements |',
      '| Migrations | 4 migrations (atlas), atlas.sum verified; 0 with a down part |',
      '| Drift | declared-vs-replayed: 1 difference(s), drift |',
      '| Lint | 9 statements, 0 finding(s), 0 need approval |',
    ].join('\n'),
  );
  expect(r.stdout).toContain('### schemagate/drift-check');
  expect(r.stdout).toContain('<b>Declared plan</b>: SQL from the migrations to the declared schema');
  expect(r.stdout).toContain('### Lint');
  // Markdown, not terminal text.
  expect(r.stdout).not.toContain('check: ok');
  const bad = await runCli(['check', dir, '--format', 'html']);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toBe('schemagate check: error: --format must be text or markdown, got "html"\n');
});
