/**
 * Engine benchmark (issue 4): introspect + diff of a generated schema against a changed copy,
 * schemagate and migra (@pgkit/migra) on the same two databases in the same run.
 *
 *   node bench/engine/run.mjs [--sizes 100,1000,5000] [--migra-timeout 300] [--jit server|off]
 *
 * Whole process: the shipped CLI `node dist/cli/index.js diff --from <url> --to <url>` next to
 * `migra <url> <url> --unsafe`. In process: introspect() + planDiff() of the compiled sources.
 * `--jit off` sets jit = off on both bench databases, for both tools alike.
 * Writes bench/engine/RESULTS.md and the summary for bench/run-all.mjs.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { importBuilt } from '../lib/build.mjs';
import { peerBin, root, schemagateCli } from '../lib/paths.mjs';
import { dropDb, execBatched, query, recreateDb, serverVersion } from '../lib/pg.mjs';
import { fmtMs, median, option, timeProcess } from '../lib/proc.mjs';
import { machine, mdTable, writeResults, writeSummary } from '../lib/report.mjs';
import { baseSchema, changes } from './schema.mjs';

const sizes = option('sizes', '100,1000,5000').split(',').map(Number);
const migraTimeout = Number(option('migra-timeout', '300'));
const jit = option('jit', 'server');
const runsFor = (n) => (n <= 1000 ? 5 : 1);
const start = machine();

const { introspect } = await importBuilt('src/core/catalog/index.ts');
const { planDiff } = await importBuilt('src/core/diff/index.ts');
const { connectPg } = await importBuilt('src/db/pgDb.ts');
// An empty project directory: the CLI reads schemagate.yml from its working directory.
const project = join(root, '.tmp', 'bench-engine', 'project');
mkdirSync(project, { recursive: true });

const rows = [];
for (const n of sizes) {
  const base = `sg_bench_base_${n}`;
  const changed = `sg_bench_changed_${n}`;
  await dropDb(changed);
  console.log(`[${n}] creating schema ...`);
  const fromUrl = await recreateDb(base);
  await execBatched(fromUrl, baseSchema(n));
  const toUrl = await recreateDb(changed, base);
  await execBatched(toUrl, changes(n));
  if (jit === 'off') {
    await query(`ALTER DATABASE ${base} SET jit = off`);
    await query(`ALTER DATABASE ${changed} SET jit = off`);
  }
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
    // As processes, alternating which tool goes first.
    const sgRuns = [];
    const migraRuns = [];
    let migraTimedOut = false;
    for (let r = 0; r < runsFor(n); r++) {
      const order = r % 2 === 0 ? ['schemagate', 'migra'] : ['migra', 'schemagate'];
      for (const tool of order) {
        if (tool === 'schemagate') {
          const [cmd, argv] = schemagateCli('diff', '--from', fromUrl, '--to', toUrl);
          sgRuns.push(timeProcess(cmd, argv, { cwd: project, timeoutS: 900 }).ms);
        } else if (!migraTimedOut) {
          const m = timeProcess(peerBin('migra'), [fromUrl, toUrl, '--unsafe'], {
            timeoutS: migraTimeout,
            okCodes: [0, 2],
          });
          if (m.timedOut) migraTimedOut = true;
          else migraRuns.push(m.ms);
        }
      }
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
    await dropDb(changed);
    await dropDb(base);
  }
}

const ratio = (r) =>
  r.migra === null
    ? `> ${((migraTimeout * 1000) / r.sgProcess).toFixed(1)}×`
    : `${(r.migra / r.sgProcess).toFixed(1)}×`;
const table = mdTable(
  [
    { title: 'tables', align: 'right' },
    { title: 'plan statements', align: 'right' },
    { title: 'schemagate in process (introspect + diff)', align: 'right' },
    { title: 'schemagate CLI (dist bundle)', align: 'right' },
    { title: 'migra CLI', align: 'right' },
    { title: 'migra / schemagate', align: 'right' },
    { title: 'schemagate / migra', align: 'right' },
  ],
  rows.map((r) => [
    r.n,
    r.statements,
    `${fmtMs(r.introspect + r.diff)} (${fmtMs(r.introspect)} + ${fmtMs(r.diff)})`,
    fmtMs(r.sgProcess),
    r.migra === null ? `> ${migraTimeout} s (capped)` : fmtMs(r.migra),
    ratio(r),
    r.migra === null ? '—' : `${(r.sgProcess / r.migra).toFixed(3)}×`,
  ]),
);

const version = await serverVersion();
const command = `node bench/engine/run.mjs --sizes ${sizes.join(',')}${jit === 'off' ? ' --jit off' : ''}`;
const at1000 = rows.find((r) => r.n === 1000) ?? rows.at(-1);
const inProc = at1000.introspect + at1000.diff;
const speedup = at1000.migra === null ? null : at1000.migra / at1000.sgProcess;
const fiveX = speedup !== null && speedup >= 5;
const underOneS = inProc < 1000;
const growth = rows
  .slice(1)
  .map(
    (r, i) =>
      `${rows[i].n} → ${r.n} tables (×${r.n / rows[i].n}): schemagate CLI ×${(r.sgProcess / rows[i].sgProcess).toFixed(1)}, in process ×${((r.introspect + r.diff) / (rows[i].introspect + rows[i].diff)).toFixed(1)}${r.migra !== null && rows[i].migra !== null ? `, migra ×${(r.migra / rows[i].migra).toFixed(1)}` : ''}`,
  )
  .join('; ');
// Issue 16: the whole process at most a fifth of migra's time at 1,000 tables, 0.15 at 5,000.
const GOALS = { 1000: 0.2, 5000: 0.15 };
const goalRows = rows.filter((r) => GOALS[r.n] !== undefined && r.migra !== null);
const goalText = goalRows
  .map((r) => {
    const share = r.sgProcess / r.migra;
    return `${r.n} tables: ${share.toFixed(3)}× migra's time (goal ≤ ${GOALS[r.n]}×: ${share <= GOALS[r.n] ? 'met' : 'not met'})`;
  })
  .join('; ');
const goalsMet = goalRows.length > 0 && goalRows.every((r) => r.sgProcess / r.migra <= GOALS[r.n]);
const goalsSome = goalRows.some((r) => r.sgProcess / r.migra <= GOALS[r.n]);
const verdict =
  `Issue 16, whole processes: ${goalText || 'not measured at 1,000 or 5,000 tables'}. ` +
  `At ${at1000.n} tables: ${speedup === null ? 'migra timed out' : `${speedup.toFixed(1)}× faster than migra`} ` +
  `(issue 4: ≥ 5×, ${fiveX ? 'met' : 'not met'}); introspect + diff in process ${fmtMs(inProc)} ` +
  `(issue 4: < 1 s, ${underOneS ? 'met' : 'not met'}; the CLI process, Node start-up included, takes ${fmtMs(at1000.sgProcess)}).`;

writeResults(
  'engine',
  `# Engine benchmark: introspect + diff vs migra

Run: ${start.date} · ${start.cores} cores · Node ${start.node} · ${version} on 127.0.0.1 · load average (1 min) at start ${start.load1} · command: \`${command}\`

Schema: N tables (bigint PK, 4 columns, a foreign key to the previous table, 2 indexes, one partial), a view on every
10th table; the changed copy alters about 10% of the tables (columns added, retyped under a view, NOT NULL, indexes
dropped/added, views redefined, comments). Both tools read both databases and print the SQL plan.
JIT: ${jit === 'off' ? 'jit = off on both bench databases (same for both tools)' : 'server default (jit = on)'}.

${table}

The CLI columns are wall-clock times of one whole process (Node start-up included): schemagate is the shipped bundle,
\`node dist/cli/index.js diff --from <url> --to <url>\`; migra is \`migra <from> <to> --unsafe\`. Median of
${runsFor(100)} runs up to 1,000 tables and 1 run above, order alternating. The in-process column is \`introspect()\` of
both databases plus \`planDiff()\` on the compiled sources, after one warm-up round that is not counted.

Targets: issue 16, the whole process at most 0.20× migra's time at 1,000 tables and 0.15× at 5,000; issue 4, under 1 s in process at 1,000 tables. ${verdict}

Growth: ${growth || 'one size only'}.
`,
);
writeSummary('engine', {
  title: 'Schema engine: introspect + diff (issues 4 and 16)',
  command,
  table,
  target:
    "the whole process ≤ 0.20× migra's time at 1,000 tables and ≤ 0.15× at 5,000 (issue 16); under 1 s in process at 1,000 tables (issue 4)",
  met: goalsMet && underOneS ? true : goalsSome || underOneS ? 'partly' : false,
  verdict,
  notes: `Growth: ${growth || 'one size only'}.`,
});
