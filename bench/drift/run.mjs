/**
 * Drift benchmark: `schemagate drift --pair baseline:live` on an N-table database against its
 * baseline file, next to migra (@pgkit/migra) comparing the same live database with a reference
 * database that holds the baseline schema (migra has no snapshot file, so the reference is a
 * database). Both find the same hand-made drift (about 1% of the tables changed).
 *
 *   node bench/drift/run.mjs [--sizes 100,1000,5000] [--migra-timeout 300]
 *
 * Needs the local server (SCHEMAGATE_BENCH_PG, default postgres://postgres@127.0.0.1:5432/postgres).
 * Compiles the TypeScript once into .tmp/bench-drift-build and writes bench/drift/RESULTS.md.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const adminUrl = process.env.SCHEMAGATE_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const sizes = opt('--sizes', '100,1000,5000').split(',').map(Number);
const migraTimeout = Number(opt('--migra-timeout', '300'));

const urlFor = (db) => {
  const u = new URL(adminUrl);
  u.pathname = `/${db}`;
  return u.toString();
};

/** Runs statements in batches: one multi-statement query is one transaction, and 5,000 tables exceed its lock table. */
async function onDb(url, sql) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const stmts = sql.split('\n').filter((s) => s.trim());
    for (let i = 0; i < stmts.length; i += 200) await c.query(stmts.slice(i, i + 200).join('\n'));
  } finally {
    await c.end();
  }
}

/** N tables (bigint PK, 4 columns, FK to the previous table, 1 secondary index), a view every 10th table. */
function schema(n) {
  const out = [];
  for (let i = 1; i <= n; i++) {
    const fk = i > 1 ? `, parent_id bigint REFERENCES t${i - 1} (id)` : '';
    out.push(
      `CREATE TABLE t${i} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL, status text NOT NULL DEFAULT 'new', created_at timestamptz NOT NULL DEFAULT now()${fk});`,
      `CREATE INDEX t${i}_name_idx ON t${i} (name);`,
    );
    if (i % 10 === 0) out.push(`CREATE VIEW v${i} AS SELECT id, name FROM t${i} WHERE status = 'new';`);
  }
  return out.join('\n');
}

/** About 1% of the tables drift: an index dropped, a column added, a default changed, a view redefined. */
function drift(n) {
  const out = [];
  for (let i = 10; i <= n; i += 100) {
    out.push(
      `DROP INDEX t${i}_name_idx;`,
      `ALTER TABLE t${i - 1} ADD COLUMN note text;`,
      `ALTER TABLE t${i - 2} ALTER COLUMN status SET DEFAULT 'open';`,
      `CREATE OR REPLACE VIEW v${i} AS SELECT id, name FROM t${i} WHERE status <> 'gone';`,
    );
  }
  return out.join('\n');
}

function timeProcess(cmd, argv, timeoutS, okCodes = [0]) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, {
    cwd: root,
    encoding: 'utf8',
    timeout: timeoutS * 1000,
    maxBuffer: 512 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error?.code === 'ETIMEDOUT' || r.signal) return { ms, timedOut: true, out: '' };
  if (!okCodes.includes(r.status)) throw new Error(`${cmd} failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  return { ms, timedOut: false, out: r.stdout };
}

console.log('compiling TypeScript into .tmp/bench-drift-build ...');
try {
  execFileSync(
    'npx',
    ['tsc', '-p', 'tsconfig.json', '--outDir', '.tmp/bench-drift-build', '--noEmit', 'false'],
    { cwd: root, stdio: 'pipe' },
  );
} catch {
  // Type errors elsewhere in the tree do not stop emit; the imports below fail if emit did.
}
const build = join(root, '.tmp/bench-drift-build');
writeFileSync(join(build, 'package.json'), '{"type":"module"}\n');
writeFileSync(join(build, 'cli.mjs'), "import('./src/main.js').then((m) => m.main('cli'));\n");
const { runDrift } = await import(join(build, 'src/runtime/driftRun.js'));
const { loadProject } = await import(join(build, 'src/runtime/project.js'));
const { openDb } = await import(join(build, 'src/db/index.js'));

const rows = [];
for (const n of sizes) {
  const tag = `${process.pid}_${n}`;
  const live = `sg_bench_drift_live_${tag}`;
  const ref = `sg_bench_drift_ref_${tag}`;
  console.log(`${n} tables: creating databases ...`);
  await onDb(adminUrl, `CREATE DATABASE ${live}`);
  await onDb(adminUrl, `CREATE DATABASE ${ref}`);
  try {
    const ddl = schema(n);
    await onDb(urlFor(live), ddl);
    await onDb(urlFor(ref), ddl);
    const dir = mkdtempSync(join(tmpdir(), 'sg-bench-drift-'));
    mkdirSync(join(dir, 'ci'));
    writeFileSync(
      join(dir, 'schemagate.yml'),
      'drift:\n  baseline: ci/schema_baseline.json\n  pairs: [baseline:live]\n',
    );
    const cli = (...a) => [join(build, 'cli.mjs'), ...a];
    timeProcess(process.execPath, cli('baseline', 'update', dir, '--url', urlFor(live)), 600);
    await onDb(urlFor(live), drift(n));

    // In process: where the time goes (state building is the introspection of the live database).
    const project = loadProject({ root: dir, env: {} });
    const t0 = performance.now();
    const report = await runDrift({ project, liveUrl: urlFor(live), openDb });
    const inProcess = performance.now() - t0;
    const differences = report.pairs[0].differences.length;

    const sg = timeProcess(
      process.execPath,
      cli('drift', dir, '--url', urlFor(live), '--format', 'json'),
      600,
      [0, 1],
    );
    console.log(`  schemagate: ${differences} differences, ${Math.round(sg.ms)} ms`);
    const migra = timeProcess(
      join(root, 'node_modules/.bin/migra'),
      [urlFor(live), urlFor(ref), '--unsafe'],
      migraTimeout,
      [0, 2],
    );
    const migraStatements = migra.timedOut ? null : migra.out.split(';').filter((s) => s.trim()).length;
    console.log(
      `  migra: ${migra.timedOut ? 'timed out' : `${Math.round(migra.ms)} ms, ${migraStatements} statements`}`,
    );
    rows.push({
      n,
      differences,
      inProcess,
      sg: sg.ms,
      migra: migra.timedOut ? null : migra.ms,
      migraStatements,
    });
  } finally {
    await onDb(adminUrl, `DROP DATABASE IF EXISTS ${live} WITH (FORCE)`);
    await onDb(adminUrl, `DROP DATABASE IF EXISTS ${ref} WITH (FORCE)`);
  }
}

const version = await (async () => {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  const r = await c.query('SHOW server_version');
  await c.end();
  return r.rows[0].server_version;
})();
const ms = (x) => (x === null ? 'timed out' : `${Math.round(x)} ms`);
const md = `# Drift benchmark: a database against its baseline, vs migra

Run: ${new Date().toISOString()} · Node ${process.version} · PostgreSQL ${version} on the local server · command: \`node bench/drift/run.mjs --sizes ${sizes.join(',')}\`

Schema: N tables (identity PK, 4 columns, a foreign key to the previous table, one secondary index), a view on every
10th table. The baseline file is written from the database, then about 1% of the tables drift (an index dropped, a
column added, a default changed, a view redefined per 100 tables). schemagate: \`schemagate drift --pair
baseline:live\` (introspect the live database, read the baseline, compare, plan the fix, render the report).
migra has no snapshot file, so it compares the live database with a reference database holding the baseline
schema (it introspects two databases where schemagate introspects one and reads a file).

| tables | differences found | schemagate in process | schemagate CLI process | migra CLI process | migra / schemagate |
|---:|---:|---:|---:|---:|---:|
${rows
  .map(
    (r) =>
      `| ${r.n} | ${r.differences} | ${ms(r.inProcess)} | ${ms(r.sg)} | ${ms(r.migra)} | ${r.migra === null ? '–' : `${(r.migra / r.sg).toFixed(1)}×`} |`,
  )
  .join('\n')}

One run per size (the machine's two cores are shared). Process columns are wall-clock times of one command,
Node start-up and module loading included; the in-process column is \`runDrift\` alone.
Growth: ${
  rows.length > 1
    ? rows
        .slice(1)
        .map((r, i) => `${rows[i].n} → ${r.n} tables: ×${(r.sg / rows[i].sg).toFixed(1)} (schemagate CLI)`)
        .join('; ')
    : 'one size only'
}.
`;
writeFileSync(join(here, 'RESULTS.md'), md);
console.log(md);
