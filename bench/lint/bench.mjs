// Lints a generated corpus of 10,000 migration statements (100 files x 100) with `schemagate lint`
// and with squawk-cli, side by side on the same files, and writes bench/lint/RESULTS.md. Both tools
// are timed as a user runs them (a whole CLI process); schemagate's in-process lint time (parse +
// rules, after the parser WASM is loaded) is reported too, as the per-statement cost.
//
//   node bench/lint/bench.mjs [--files 100] [--per-file 100] [--rounds 3]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '100' },
    'per-file': { type: 'string', default: '100' },
    rounds: { type: 'string', default: '3' },
  },
});
const FILES = Number(values.files);
const PER_FILE = Number(values['per-file']);
const ROUNDS = Number(values.rounds);
const work = join(root, '.tmp', 'bench-lint');

// Plain JavaScript of the sources (transpile only) for the in-process figures; the whole-process
// figures run the shipped CLI bundle (dist/cli), as users do: run `npm run bundle` first.
function transpileTree(entry, outDir) {
  const seen = new Set();
  const queue = [resolve(root, entry)];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)\.js'/g))
      queue.push(resolve(dirname(file), `${m[1]}.ts`));
    const out = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      fileName: file,
    });
    const target = join(outDir, relative(root, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, out.outputText);
  }
}

// A realistic mix: mostly safe DDL, some risky statements, on tables that already exist.
const TEMPLATES = [
  (t, i) => `ALTER TABLE t${t} ADD COLUMN c${i} text`,
  (t, i) => `ALTER TABLE t${t} ADD COLUMN d${i} integer NOT NULL DEFAULT 0`,
  (t, i) => `CREATE INDEX t${t}_c${i}_idx ON t${t} (c${i})`,
  (t, i) => `CREATE INDEX CONCURRENTLY IF NOT EXISTS t${t}_e${i}_idx ON t${t} (e${i})`,
  (t, i) => `ALTER TABLE t${t} DROP COLUMN old${i}`,
  (t, i) => `ALTER TABLE t${t} ADD CONSTRAINT t${t}_k${i} CHECK (k${i} > 0) NOT VALID`,
  (t, i) => `ALTER TABLE t${t} ADD CONSTRAINT t${t}_fk${i} FOREIGN KEY (u${i}) REFERENCES users (id)`,
  (t, i) => `UPDATE t${t} SET flag${i} = true WHERE flag${i} IS NULL`,
  (t, i) => `ALTER TABLE t${t} ALTER COLUMN v${i} TYPE varchar(200)`,
  (t, i) =>
    `CREATE TABLE IF NOT EXISTS n${t}_${i} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`,
];

function writeCorpus(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const paths = [];
  for (let f = 1; f <= FILES; f++) {
    const lines = ["SET lock_timeout = '5s';"];
    for (let s = 1; s < PER_FILE; s++) lines.push(`${TEMPLATES[(f * 7 + s) % TEMPLATES.length](f, s)};`);
    const p = join(dir, `2026010100${String(f).padStart(4, '0')}_change.sql`);
    writeFileSync(p, `${lines.join('\n')}\n`);
    paths.push(p);
  }
  return paths;
}

function timed(cmd, args, cwd) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  // Both tools exit non-zero when they find something; anything else (crash, bad usage) is an error.
  if (r.status === null || r.status > 1 || (r.status !== 0 && !r.stdout))
    throw new Error(`${cmd} failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  return { ms, stdout: r.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

rmSync(work, { recursive: true, force: true });
transpileTree('src/cli/run.ts', join(work, 'build'));
transpileTree('src/cli/io.ts', join(work, 'build'));
writeFileSync(
  join(work, 'cli.mjs'),
  "const { run } = await import('./build/src/cli/run.js');\nconst { processIo } = await import('./build/src/cli/io.js');\nprocess.exitCode = await run(process.argv.slice(2), processIo());\n",
);
const project = join(work, 'project');
const paths = writeCorpus(join(project, 'db', 'migrations'));
writeFileSync(join(project, 'schemagate.yml'), 'migrations:\n  dir: db/migrations\n');
const rel = paths.map((p) => relative(project, p));
const squawk = join(root, 'node_modules', '.bin', 'squawk');

const results = { schemagate: [], squawk: [] };
let sgFindings = 0;
let squawkFindings = 0;
for (let r = 0; r < ROUNDS; r++) {
  const order = r % 2 === 0 ? ['schemagate', 'squawk'] : ['squawk', 'schemagate'];
  for (const tool of order) {
    const { ms, stdout } =
      tool === 'schemagate'
        ? timed(process.execPath, [join(root, 'dist', 'cli', 'index.js'), 'lint', '--format', 'json'], project)
        : timed(squawk, ['--pg-version', '15.0', '--reporter', 'json', ...rel], project);
    if (tool === 'schemagate') sgFindings = JSON.parse(stdout).findings.length;
    else squawkFindings = JSON.parse(stdout).length;
    results[tool].push(ms);
    console.log(`round ${r + 1}: ${tool} ${ms.toFixed(0)} ms`);
  }
}

// In-process: parse + lint only, after the parser is loaded (what each statement costs).
const { loadSqlParser, parseSqlFile } = await import(
  pathToFileURL(join(work, 'build/src/core/sql/index.js')).href
);
const { lintFiles } = await import(pathToFileURL(join(work, 'build/src/core/lint/index.js')).href);
await loadSqlParser();
const texts = paths.map((p) => [relative(project, p), readFileSync(p, 'utf8')]);
const inProcess = [];
let statements = 0;
for (let r = 0; r < ROUNDS; r++) {
  const t0 = process.hrtime.bigint();
  const files = texts.map(([name, text]) => parseSqlFile(name, text));
  const report = lintFiles(files, { pgVersion: 15 });
  inProcess.push(Number(process.hrtime.bigint() - t0) / 1e6);
  statements = report.statements;
}

const sg = median(results.schemagate);
const sq = median(results.squawk);
const ip = median(inProcess);
const squawkVersion = execFileSync(squawk, ['--version'], { encoding: 'utf8' }).trim();
const text = `# Benchmark: lint ${statements.toLocaleString('en')} migration statements

Run: \`node bench/lint/bench.mjs\` (${new Date().toISOString().slice(0, 10)}). ${FILES} files of ${PER_FILE} statements
(ALTER TABLE add/drop column, type changes, constraints, indexes, backfills, CREATE TABLE), linted
by each tool as a whole CLI process (start-up included) on the same files, ${ROUNDS} rounds, order
alternating, median reported. Machine: ${cpus().length} cores shared with other work, so absolute figures
are noisy; the ratio is what matters.

| Tool | Median (whole process) | Per statement | Rounds (ms) | Findings |
|---|---:|---:|---|---:|
| schemagate lint, dist/cli bundle (Node ${process.versions.node}, libpg-query WASM) | ${sg.toFixed(0)} ms | ${((sg * 1000) / statements).toFixed(1)} µs | ${results.schemagate.map((x) => x.toFixed(0)).join(', ')} | ${sgFindings} |
| ${squawkVersion} (Rust) | ${sq.toFixed(0)} ms | ${((sq * 1000) / statements).toFixed(1)} µs | ${results.squawk.map((x) => x.toFixed(0)).join(', ')} | ${squawkFindings} |

Ratio schemagate / squawk: **${(sg / sq).toFixed(2)}** (below 1 means schemagate is faster; target: at most 1).

schemagate in process, parse + all rules after the parser is loaded: ${ip.toFixed(0)} ms, i.e.
**${((ip * 1000) / statements).toFixed(1)} µs per statement** (rounds: ${inProcess.map((x) => x.toFixed(0)).join(', ')} ms). The rest of the
whole-process time is Node start-up, module loading and the WASM parser's initialisation.

The finding counts differ because the rule sets differ: schemagate exempts statements on tables
created in the same migration set, does not report safe type widenings, and reports once per file
where squawk reports per statement.
`;
writeFileSync(join(root, 'bench', 'lint', 'RESULTS.md'), text);
// Keep the generated table in the formatter's layout so `npm run lint` stays clean.
spawnSync(
  join(root, 'node_modules', '.bin', 'biome'),
  ['format', '--write', join(root, 'bench', 'lint', 'RESULTS.md')],
  { cwd: root },
);
console.log(text);
