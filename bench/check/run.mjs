/**
 * The embedded database and start-up (issue 16, items 1 and 3): whole processes of the shipped CLI
 * bundle, as users run them, each timed with its peak memory (/usr/bin/time's maximum RSS).
 *
 *   node bench/check/run.mjs [--rounds 5] [--baseline <bundle dir>]
 *
 * Rows: `node -e 0` (Node's own start, the floor), `schemagate --version`, `--help`, `lint` of a
 * one-statement file, and `check examples/shop` (config, parse, migrations, drift on the embedded
 * PGlite database, lint). Rounds are interleaved so a change in load hits every row alike.
 * The bundle is dist/, or SCHEMAGATE_BENCH_DIST; --baseline adds the same rows for another build
 * (e.g. `npm run bundle -- --out .tmp/dist-before` on the commit before a change), interleaved in
 * the same rounds, so a before/after comparison shares one machine state.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { distDir, root, schemagateCli } from '../lib/paths.mjs';
import { best, fmtMs, median, option } from '../lib/proc.mjs';
import { machine, mdTable, writeResults, writeSummary } from '../lib/report.mjs';

const rounds = Number(option('rounds', '5'));
const TIME = '/usr/bin/time';
if (!existsSync(TIME)) throw new Error(`${TIME} is missing: it measures the peak memory of each process`);

const work = mkdtempSync(join(tmpdir(), 'sg-bench-check-'));
const oneStatement = join(work, 'one.sql');
writeFileSync(oneStatement, 'ALTER TABLE orders ADD COLUMN note text;\n');
const [node, cli] = schemagateCli();
const baselineOpt = option('baseline', '');
const baseline = baselineOpt ? resolve(root, baselineOpt, 'cli', 'index.js') : undefined;
if (baseline && !existsSync(baseline)) throw new Error(`--baseline: ${baseline} is missing`);
const bundleName = relative(root, distDir) || distDir;

const GOALS = { version: 150, lint1: 350, check: 2000, checkMiB: 300 };
const OWN_ROWS = [
  { id: 'node', label: '`node -e 0` (Node start, the floor)', args: ['-e', '0'] },
  { id: 'version', label: '`schemagate --version`', args: [...cli, '--version'], goal: GOALS.version },
  { id: 'help', label: '`schemagate --help`', args: [...cli, '--help'] },
  {
    id: 'lint1',
    label: '`schemagate lint` of one statement',
    args: [...cli, 'lint', oneStatement],
    ok: [0, 1],
    goal: GOALS.lint1,
  },
  {
    id: 'check',
    label: '`schemagate check examples/shop` (embedded PGlite)',
    args: [...cli, 'check', join(root, 'examples', 'shop')],
    goal: GOALS.check,
  },
];
// The baseline's rows: the same commands on the other build, without goals (not judged).
const ROWS = baseline
  ? OWN_ROWS.flatMap((row) =>
      row.id === 'node'
        ? [row]
        : [
            row,
            {
              ...row,
              id: `${row.id}-baseline`,
              label: `${row.label}, baseline`,
              args: row.args.map((a) => (a === cli[0] ? baseline : a)),
              goal: undefined,
            },
          ],
    )
  : OWN_ROWS;

/** One process: wall ms (measured here) and peak RSS in KiB (from /usr/bin/time -f %M). */
function measure(row) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(TIME, ['-f', '%M', node, ...row.args], { cwd: root, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!(row.ok ?? [0]).includes(r.status))
    throw new Error(`${row.label} failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  const kib = Number(r.stderr.trim().split('\n').at(-1));
  return { ms, kib };
}

const start = machine();
const samples = Object.fromEntries(ROWS.map((r) => [r.id, []]));
for (const row of ROWS) measure(row); // warm the file cache
for (let i = 0; i < rounds; i++) for (const row of ROWS) samples[row.id].push(measure(row));
const loadEnd = Number(loadavg()[0].toFixed(2));
rmSync(work, { recursive: true, force: true });

const signed = (ms) => `${ms < 0 ? '−' : '+'}${fmtMs(Math.abs(ms))}`;
const mib = (kib) => `${Math.round(kib / 1024)} MiB`;
const stat = (id) => ({
  median: median(samples[id].map((s) => s.ms)),
  best: best(samples[id].map((s) => s.ms)),
  rss: median(samples[id].map((s) => s.kib)),
});
const table = mdTable(
  [
    { title: 'process', align: 'left' },
    { title: 'median', align: 'right' },
    { title: 'best', align: 'right' },
    { title: 'over node -e 0', align: 'right' },
    { title: 'peak RSS (median)', align: 'right' },
    { title: 'goal', align: 'right' },
    { title: `rounds (ms)`, align: 'left' },
  ],
  ROWS.map((row) => {
    const s = stat(row.id);
    return [
      row.label,
      fmtMs(s.median),
      fmtMs(s.best),
      row.id === 'node' ? '' : signed(s.median - stat('node').median),
      mib(s.rss),
      row.goal ? `≤ ${fmtMs(row.goal)}${row.id === 'check' ? `, ≤ ${GOALS.checkMiB} MiB` : ''}` : '',
      samples[row.id].map((x) => Math.round(x.ms)).join(', '),
    ];
  }),
);

const check = stat('check');
const verdicts = OWN_ROWS.filter((r) => r.goal).map((r) => {
  const s = stat(r.id);
  const timeOk = s.median <= r.goal;
  const memOk = r.id !== 'check' || s.rss / 1024 <= GOALS.checkMiB;
  return { id: r.id, ok: timeOk && memOk, text: `${r.label}: ${fmtMs(s.median)} (goal ≤ ${fmtMs(r.goal)})` };
});
const met = verdicts.every((v) => v.ok) ? true : verdicts.some((v) => v.ok) ? 'partly' : false;
const verdict = `${verdicts.map((v) => `${v.text}: ${v.ok ? 'met' : 'not met'}`).join('; ')}; check's peak RSS ${mib(check.rss)} (goal ≤ ${GOALS.checkMiB} MiB).`;
const command = `node bench/check/run.mjs --rounds ${rounds}${baselineOpt ? ` --baseline ${baselineOpt}` : ''}`;
const load = `load average (1 min) ${start.load1} at start, ${loadEnd} at end`;

writeResults(
  'check',
  `# Embedded database and start-up

${start.date} · ${start.cores} cores · Node ${start.node} · ${load} · ${rounds} interleaved rounds.
Command: \`${command}\`. Each figure is a whole process of the
bundle in ${bundleName}/ (\`node ${bundleName}/cli/index.js\`), wall clock, with its peak resident memory from
\`/usr/bin/time -f %M\`.${baseline ? ` Rows marked "baseline" run ${relative(root, baseline) || baseline} in the same rounds.` : ''}

${table}

${verdict}

The embedded database starts from the pre-initialised data directory in lib/pgdata.tar (built
by \`npm run bundle\` with scripts/pgliteSnapshot.mjs), its files written into PGlite's in-memory file
system as views over the one buffer read from the archive, with 16 MB of shared buffers, booting while
check reads the rest once the migrations parse; the first use of the fresh database skips the reset.
PGlite's and libpg-query's wasm are compiled by V8's baseline compiler only. Commands load only the
modules they use (node-postgres only for a server, lint's git/JSON/SARIF modules only when asked), and
the git top level is found by walking up to \`.git\`.
`,
);
writeSummary('check', {
  title: 'Embedded database and start-up (issue 16)',
  command,
  table,
  target: `check examples/shop ≤ 2.0 s and ≤ ${GOALS.checkMiB} MiB; --version ≤ 0.15 s; lint of one statement ≤ 0.35 s`,
  met,
  verdict,
});
