/**
 * Each pair of states on real databases: the declared schema and the replayed migrations on the
 * embedded PGlite and on the PostgreSQL server (dev_url), the live database on the server, and
 * the baseline file.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { closeEmbedded, openDb } from '../../src/db/index.js';
import { runDrift } from '../../src/runtime/driftRun.js';
import { loadProject } from '../../src/runtime/project.js';
import { runCli } from '../helpers/cliRunner.js';
import { ADMIN_URL, createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';
import { config, makeProject, SCHEMA_SQL } from './project.js';

jest.setTimeout(180_000);

afterAll(async () => {
  await closeEmbedded();
});

const MISSING_INDEX = SCHEMA_SQL.replace('CREATE INDEX customers_email_idx ON customers (email);\n', '');

function run(
  root: string,
  opts: { liveUrl?: string; devUrl?: string; pairs?: string[]; env?: Record<string, string> } = {},
) {
  const project = loadProject({ root, env: opts.env ?? {} });
  return runDrift({ project, liveUrl: opts.liveUrl, devUrl: opts.devUrl, pairs: opts.pairs, openDb });
}

const lines = (r: Awaited<ReturnType<typeof run>>) =>
  r.pairs.flatMap((p) => p.differences.map((d) => `${p.subject}: ${d.change} ${d.kind} ${d.object}`));

describe('declared vs replayed', () => {
  it('finds no drift when the migrations produce the declared schema (PGlite)', async () => {
    const root = makeProject({
      'schemagate.yml': config(),
      'db/schema/schema.sql': SCHEMA_SQL,
      'db/migrations/001_init.sql': SCHEMA_SQL,
    });
    const report = await run(root);
    expect(report.pairs.map((p) => p.subject)).toEqual(['declared-vs-replayed']);
    expect(lines(report)).toEqual([]);
    expect(report.result).toBe('pass');
  });

  it('finds an index the migrations never create, on PGlite and on a server dev_url alike', async () => {
    const root = makeProject({
      'schemagate.yml': config(),
      'db/schema/schema.sql': SCHEMA_SQL,
      'db/migrations/001_init.sql': MISSING_INDEX,
    });
    const embedded = await run(root);
    const server = await run(root, { devUrl: ADMIN_URL });
    const expected = ['declared-vs-replayed: missing index public.customers_email_idx'];
    expect(lines(embedded)).toEqual(expected);
    expect(lines(server)).toEqual(expected);
    expect(embedded.pairs[0].fix?.sql).toContain(
      'CREATE INDEX customers_email_idx ON public.customers USING btree (email);',
    );
    // The server dev database is temporary: nothing named schemagate_dev_* is left behind.
    const admin = await openDb(ADMIN_URL);
    try {
      const left = await admin.query("SELECT datname FROM pg_database WHERE datname LIKE 'schemagate_dev_%'");
      expect(left.rows).toEqual([]);
    } finally {
      await admin.close();
    }
  });
});

describe('replayed vs live, and the baseline', () => {
  let live: TestDatabase;
  let root: string;

  beforeAll(async () => {
    live = await createTestDatabase('drift_live');
    root = makeProject({
      'schemagate.yml': config('  critical_tables: [orders]\n  baseline: ci/schema_baseline.json\n'),
      'db/migrations/001_init.sql': SCHEMA_SQL,
      // A configured schema directory must exist (fail closed); this one is empty on purpose.
      'db/schema/README.md': 'Declared schema: empty in this test.\n',
    });
    // The live database as a migrate run leaves it: the schema plus the runner's bookkeeping table.
    await live.db.exec(SCHEMA_SQL);
    await live.db.exec('CREATE TABLE schemagate_revisions (version text PRIMARY KEY)');
  });
  afterAll(async () => {
    await live?.drop();
  });

  it('finds no drift on a database the migrations built (bookkeeping and ignored tables aside)', async () => {
    await live.db.exec('ALTER TABLE temp_import ADD COLUMN y integer');
    const report = await run(root, { liveUrl: live.url, pairs: ['replayed:live'] });
    expect(lines(report)).toEqual([]);
  });

  it('writes a baseline of the live database and checks it', async () => {
    expect((await runCli(['baseline', 'update', root, '--url', live.url])).code).toBe(0);
    const check = await runCli(['baseline', 'check', root, '--url', live.url]);
    expect(check.stdout).toContain('up to date with the live schema');
    expect(check.code).toBe(0);
  });

  it('finds hand-made drift on the live database, and its fix SQL removes it', async () => {
    await live.db.exec(`
      DROP INDEX customers_email_idx;
      ALTER TABLE customers ADD COLUMN nickname text;
      ALTER TABLE customers ALTER COLUMN status SET DEFAULT 'new';
      CREATE OR REPLACE VIEW active_customers AS SELECT id, email FROM customers WHERE status <> 'gone';`);
    const report = await run(root, { liveUrl: live.url, pairs: ['replayed:live'] });
    expect(lines(report)).toEqual([
      'replayed-vs-live: changed view public.active_customers',
      'replayed-vs-live: extra column public.customers.nickname',
      'replayed-vs-live: changed column public.customers.status',
      'replayed-vs-live: missing index public.customers_email_idx',
    ]);
    expect(report.result).toBe('drift');
    const fix = report.pairs[0].fix!;
    expect(fix.purpose).toBe('make the live database match the migrations');

    // The baseline sees the same drift, and `baseline check` says it is out of date.
    const check = await runCli(['baseline', 'check', root, '--url', live.url]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('extra column public.customers.nickname');
    const vsBaseline = await run(root, { liveUrl: live.url, pairs: ['baseline:live'] });
    expect(lines(vsBaseline)).toEqual(
      lines(report).map((l) => l.replace('replayed-vs-live', 'baseline-vs-live')),
    );

    await live.db.exec(fix.sql);
    expect(lines(await run(root, { liveUrl: live.url, pairs: ['replayed:live', 'baseline:live'] }))).toEqual(
      [],
    );
  });

  it('fails on a critical table in canary mode, and on breaking drift in strict mode or with SCHEMAGATE_MODE=strict', async () => {
    await live.db.exec('ALTER TABLE customers ADD COLUMN note text');
    const args = ['drift', root, '--url', live.url, '--pair', 'replayed:live'];
    const canary = await runCli(args);
    expect(canary.code).toBe(0);
    expect(canary.stdout).toContain('(reported only: canary mode)');
    // A new nullable column is compatible: strict (strict_blocks: breaking) reports it only.
    const additive = await runCli([...args, '--mode', 'strict', '--format', 'json']);
    expect(additive.code).toBe(0);
    expect(JSON.parse(additive.stdout)).toMatchObject({
      result: 'drift',
      counts: { total: 1, breaking: 0 },
      differences: [{ object: 'public.customers.note', change: 'extra', compatibility: 'compatible' }],
    });
    const configPath = join(root, 'schemagate.yml');
    const original = readFileSync(configPath, 'utf8');
    writeFileSync(configPath, original.replace('drift:\n', 'drift:\n  strict_blocks: any\n'));
    expect((await runCli([...args, '--mode', 'strict'])).code).toBe(1);
    writeFileSync(configPath, original);
    await live.db.exec('ALTER TABLE customers ALTER COLUMN note SET NOT NULL');
    const breaking = await runCli([...args, '--format', 'json'], { env: { SCHEMAGATE_MODE: 'strict' } });
    expect(breaking.code).toBe(1);
    expect(JSON.parse(breaking.stdout).differences[0]).toMatchObject({ compatibility: 'breaking' });
    expect((await runCli([...args, '--mode', 'strict'])).code).toBe(1);

    await live.db.exec('CREATE TABLE orders (id bigint PRIMARY KEY); ALTER TABLE customers DROP COLUMN note');
    const critical = await runCli([...args, '--format', 'json']);
    expect(critical.code).toBe(1);
    const json = JSON.parse(critical.stdout);
    expect(json).toMatchObject({ mode: 'canary', result: 'fail', counts: { total: 1, critical: 1 } });
    expect(json.differences[0]).toMatchObject({
      kind: 'table',
      object: 'public.orders',
      change: 'extra',
      critical: true,
    });
    await live.db.exec('DROP TABLE orders');
  });

  it('refresh keeps the previous baseline as a timestamped backup', async () => {
    await live.db.exec('ALTER TABLE customers ADD COLUMN refreshed boolean');
    const before = readFileSync(join(root, 'ci/schema_baseline.json'), 'utf8');
    const refresh = await runCli([
      'baseline',
      'refresh',
      root,
      '--url',
      live.url,
      '--date',
      '2026-11-30T02:15:00Z',
    ]);
    expect(refresh.code).toBe(0);
    const backup = join(root, 'ci/schema_baseline.2026-11-30T02-15-00Z.json');
    expect(existsSync(backup)).toBe(true);
    expect(readFileSync(backup, 'utf8')).toBe(before);
    expect(readFileSync(join(root, 'ci/schema_baseline.json'), 'utf8')).toContain('"refreshed"');
    expect(readdirSync(join(root, 'ci')).sort()).toEqual([
      'schema_baseline.2026-11-30T02-15-00Z.json',
      'schema_baseline.json',
    ]);
    expect((await runCli(['baseline', 'check', root, '--url', live.url])).code).toBe(0);
  });
});
