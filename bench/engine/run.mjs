/**
 * Engine benchmark: introspect + diff of a generated schema against a changed copy, with
 * schemagate and with migra (@pgkit/migra) on the same two databases in the same run.
 *
 *   node bench/engine/run.mjs [--sizes 100,1000,5000] [--migra-timeout 300] [--jit off] [--out RESULTS.md]
 *
 * `--jit off` sets jit = off on the two bench databases (for both tools alike): PostgreSQL's JIT
 * compiles the large catalog queries on every run and dominates the time on a small machine.
 *
 * Needs the local server (SCHEMAGATE_BENCH_PG, default postgres://postgres@127.0.0.1:5432/postgres).
 * Compiles the TypeScript once into .tmp/bench-engine-build, writes bench/engine/RESULTS.md.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { baseSchema, changes } from './schema.mjs';

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
const jit = opt('--jit', 'server');
const outFile = opt('--out', 'RESULTS.md');
const runsFor = (n) => (n <= 1000 ? 3 : 1);

const urlFor = (db) => {
  const u = new URL(adminUrl);
  u.pathname = `/${db}`;
  return u.toString();
};

async function admin(sql) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

async function execOn(db, sql) {
  const c = new pg.Client({ connectionString: urlFor(db) });
  await c.connect();
  try {
    // One implicit transaction per batch: a single script of thousands of DDL statements runs out of lock slots.
    const lines = sql.split('\n');
    for (let i = 0; i < lines.length; i += 300) await c.query(lines.slice(i, i + 300).join('\n'));
  } finally {
    await c.end();
  }
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeProcess(cmd, argv, timeoutS) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, {
    cwd: root,
    encoding: 'utf8',
    timeout: timeoutS * 1000,
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error?.code === 'ETIMEDOUT' || r.signal) return { ms, timedOut: true, out: '' };
  if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  return { ms, timedOut: false, out: r.stdout };
}

console.log('compiling TypeScript into .tmp/bench-engine-build ...');
try {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.json', '--outDir', '.tmp/bench-engine-build'], {
    cwd: root,
    stdio: 'pipe',
  });
} catch {
  // Type errors elsewhere in the tree do not stop emit; the import below fails if emit did.
}
const build = join(root, '.tmp/bench-engine-build/src');
const { introspect } = await import(join(build, 'core/catalog/index.js'));
const { planDiff } = await import(join(build, 'core/diff/index.js'));
const { connectPg } = await import(join(build, 'db/pgDb.js'));

const rows = [];
for (const n of sizes) {
  const base = `sg_bench_base_${n}`;
  const changed = `sg_bench_changed_${n}`;
  await admin(`DROP DATABASE IF EXISTS ${changed} WITH (FORCE)`);
  await admin(`DROP DATABASE IF EXISTS ${base} WITH (FORCE)`);
  console.log(`[${n}] creating schema ...`);
  await admin(`CREATE DATABASE ${base}`);
  await execOn(base, baseSchema(n));
  await admin(`CREATE DATABASE ${changed} TEMPLATE ${base}`);
  await execOn(changed, changes(n));
  if (jit === 'off') {
    await admin(`ALTER DATABASE ${base} SET jit = off`);
    await admin(`ALTER DATABASE ${changed} SET jit = off`);
  }
  const fromUrl = urlFor(base);
  const toUrl = urlFor(changed);
  try {
    // In process: the engine's own cost, without Node start-up and module loading.
    const inProcess = [];
    let statements = 0;
    for (let r = 0; r < runsFor(n) + 1; r++) {
      const a = connectPg(fromUrl, { max: 1 });
      const b = connectPg(toUrl, { max: 1 });
      const t0 = process.hrtime.bigint();
      const [from, to] = await Promise.all([introspect(a), introspect(b)]);
      const t1 = process.hrtime.bigint();
      const plan = planDiff(from, to);
      const t2 = process.hrtime.bigint();
      statements = plan.statements.length;
      await a.close();
      await b.close();
      // The first round warms the server's caches for both tools; it is not counted.
      if (r > 0) inProcess.push({ introspect: Number(t1 - t0) / 1e6, diff: Number(t2 - t1) / 1e6 });
    }
    // As processes: the same command-line shape for both tools.
    const sgRuns = [];
    const migraRuns = [];
    let migraTimedOut = false;
    for (let r = 0; r < runsFor(n); r++) {
      sgRuns.push(timeProcess('node', [join(here, 'sgDiff.mjs'), fromUrl, toUrl], 600).ms);
      if (migraTimedOut) continue;
      const m = timeProcess(
        join(root, 'node_modules/.bin/migra'),
        [fromUrl, toUrl, '--unsafe'],
        migraTimeout,
      );
      if (m.timedOut) migraTimedOut = true;
      else migraRuns.push(m.ms);
    }
    const row = {
      n,
      statements,
      introspect: median(inProcess.map((x) => x.introspect)),
      diff: median(inProcess.map((x) => x.diff)),
      sgProcess: median(sgRuns),
      migra: migraTimedOut ? null : median(migraRuns),
      runs: runsFor(n),
    };
    rows.push(row);
    console.log(row);
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${changed} WITH (FORCE)`);
    await admin(`DROP DATABASE IF EXISTS ${base} WITH (FORCE)`);
  }
}

const fmt = (ms) =>
  ms === null ? '—' : ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
const lines = [
  '# Engine benchmark: introspect + diff vs migra',
  '',
  `Run: ${new Date().toISOString()} · Node ${process.version} · ${(await serverVersion()).trim()} on 127.0.0.1 · command: \`node bench/engine/run.mjs\``,
  '',
  'Schema: N tables (bigint PK, 4 columns, a foreign key to the previous table, 2 indexes, one partial), a view on every',
  '10th table; the changed copy alters about 10% of the tables (columns added, retyped under a view, NOT NULL, indexes',
  'dropped/added, views redefined, comments). Both tools read both databases and print the SQL plan.',
  `JIT: ${jit === 'off' ? 'jit = off on both bench databases (same for both tools)' : 'server default (jit = on)'}.`,
  '',
  '| tables | plan statements | schemagate introspect (in process) | schemagate diff | schemagate CLI process | migra CLI process | migra / schemagate |',
  '|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.n} | ${r.statements} | ${fmt(r.introspect)} | ${fmt(r.diff)} | ${fmt(r.sgProcess)} | ${r.migra === null ? `> ${migraTimeout} s (capped)` : fmt(r.migra)} | ${r.migra === null ? `> ${((migraTimeout * 1000) / r.sgProcess).toFixed(0)}×` : `${(r.migra / r.sgProcess).toFixed(1)}×`} |`,
  ),
  '',
  'Process columns are wall-clock times of one command (Node start-up included) with the median of',
  `${runsFor(100)} runs up to 1,000 tables and 1 run above; in-process columns exclude start-up and module loading.`,
  '',
];
writeFileSync(join(here, outFile), lines.join('\n'));
console.log(lines.join('\n'));

async function serverVersion() {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    const r = await c.query('SHOW server_version');
    return `PostgreSQL ${r.rows[0].server_version.split(' ')[0]}`;
  } finally {
    await c.end();
  }
}
