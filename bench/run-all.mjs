/**
 * Runs the benchmarks in sequence (engine, migrate, lint, drift, check) at the sizes the issues
 * ask for, then writes BENCHMARKS.md at the repository root from their summaries.
 *
 *   npm run bench
 *   node bench/run-all.mjs [--engine-sizes 100,1000,5000] [--migrate-count 500]
 *                          [--lint-files 100] [--drift-sizes 100,1000,5000] [--only engine,lint]
 *
 * Sizes other than the defaults are stated in BENCHMARKS.md. Needs the local PostgreSQL server
 * and the CLI bundle in dist/ (`npm run bundle`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { buildSources } from './lib/build.mjs';
import { root, schemagateCli } from './lib/paths.mjs';
import { serverVersion } from './lib/pg.mjs';
import { option } from './lib/proc.mjs';
import { machine, summaryDir } from './lib/report.mjs';

const DEFAULTS = { engine: '100,1000,5000', migrate: '500', lint: '100', drift: '100,1000,5000' };
const sizes = {
  engine: option('engine-sizes', DEFAULTS.engine),
  migrate: option('migrate-count', DEFAULTS.migrate),
  lint: option('lint-files', DEFAULTS.lint),
  drift: option('drift-sizes', DEFAULTS.drift),
};
const only = option('only', 'engine,migrate,lint,drift,check').split(',');
const BENCHES = [
  { area: 'engine', script: 'bench/engine/run.mjs', args: ['--sizes', sizes.engine] },
  { area: 'migrate', script: 'bench/migrate/bench.mjs', args: ['--count', sizes.migrate, '--rounds', '7'] },
  {
    area: 'lint',
    script: 'bench/lint/bench.mjs',
    args: ['--files', sizes.lint, '--per-file', '100', '--rounds', '7'],
  },
  { area: 'drift', script: 'bench/drift/run.mjs', args: ['--sizes', sizes.drift] },
  { area: 'check', script: 'bench/check/run.mjs', args: ['--rounds', '5'] },
].filter((b) => only.includes(b.area));

const start = machine();
if (start.load1 >= 3)
  console.warn(
    `bench: load average ${start.load1} (1 min): figures are only comparable on a quiet machine (< 3)`,
  );
const version = await serverVersion();
schemagateCli(); // fails early when the bundle is missing
buildSources();
rmSync(summaryDir, { recursive: true, force: true });

const runs = [];
for (const b of BENCHES) {
  console.log(`\n=== ${b.area}: node ${b.script} ${b.args.join(' ')}`);
  const loadBefore = loadavg()[0];
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(root, b.script), ...b.args], { cwd: root, stdio: 'inherit' });
  const seconds = (performance.now() - t0) / 1000;
  console.log(`=== ${b.area}: exit ${r.status}, ${seconds.toFixed(0)} s`);
  runs.push({ ...b, status: r.status, seconds, load: [loadBefore, loadavg()[0]].map((l) => l.toFixed(2)) });
}

const smaller = Object.entries(sizes).filter(([k, v]) => v !== DEFAULTS[k] && only.includes(k));
const sizeNote = smaller.length
  ? `\n**Smaller sizes than the issues ask for were run** (${smaller.map(([k, v]) => `${k}: ${v}`).join('; ')}; the issues ask for engine 100/1,000/5,000 tables, migrate 500 migrations, lint 100 files of 100 statements, drift 100/1,000/5,000 tables).\n`
  : '';
const label = (met) =>
  met === true
    ? 'met'
    : met === false
      ? '**not met**'
      : met === 'partly'
        ? '**partly met** (see below)'
        : 'reported (no threshold)';

const sections = runs.map((b) => {
  const file = join(summaryDir, `${b.area}.json`);
  if (b.status !== 0 || !existsSync(file))
    return `## ${b.area}\n\nThe benchmark failed in this run (exit ${b.status}); see the console output of \`node ${b.script}\`. Previous details, if any: [bench/${b.area}/RESULTS.md](bench/${b.area}/RESULTS.md).\n`;
  const s = JSON.parse(readFileSync(file, 'utf8'));
  return [
    `## ${s.title}`,
    '',
    s.table,
    '',
    `Target: ${s.target}. Result: ${label(s.met)}. ${s.verdict}`,
    s.notes ? `\n${s.notes}` : '',
    '',
    `Details, method and raw rounds: [bench/${b.area}/RESULTS.md](bench/${b.area}/RESULTS.md) (\`${s.command}\`, ${b.seconds.toFixed(0)} s; load average (1 min) ${b.load[0]} before, ${b.load[1]} after).`,
    '',
  ]
    .filter((l, i, a) => !(l === '' && a[i - 1] === ''))
    .join('\n');
});

const text = `# Benchmarks

Figures of one run of \`npm run bench\` (\`node bench/run-all.mjs\`), which runs the benchmarks in sequence and
writes this file. Machine: ${start.cores} cores · Node ${start.node} · ${version} server on 127.0.0.1 (trust auth) ·
${start.date} · load average (1 min) at start: ${start.load1}, at end: ${loadavg()[0].toFixed(2)}. Each peer tool runs in the same run, on the same data,
right next to schemagate, so the ratio is the figure to compare; absolute times depend on the machine. schemagate's
whole-process figures run the shipped CLI bundle, \`node dist/cli/index.js <command>\`, as users do; in-process
figures use the sources, transpiled by bench/lib/build.mjs.
${sizeNote}
To reproduce: start PostgreSQL on 127.0.0.1:5432 (or set \`SCHEMAGATE_BENCH_PG\`), \`npm ci\`, \`npm run bundle\`,
then \`npm run bench\`. Each area can also run alone (the command is given in its section).

${sections.join('\n')}`;
writeFileSync(join(root, 'BENCHMARKS.md'), text.endsWith('\n') ? text : `${text}\n`);
console.log(`\nwrote BENCHMARKS.md (${runs.map((r) => `${r.area} ${r.seconds.toFixed(0)} s`).join(', ')})`);
process.exitCode = runs.every((r) => r.status === 0) ? 0 : 1;
