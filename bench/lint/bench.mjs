// Lint benchmark (issue 6): lints a generated corpus of migration statements (default 100 files
// x 100 = 10,000) with the shipped CLI (`node dist/cli/index.js lint`) and with squawk-cli, side
// by side on the same files, each as a whole process, and writes bench/lint/RESULTS.md.
// schemagate's in-process cost (parse + rules after the parser WASM is loaded, compiled sources)
// is reported too, as the per-statement cost.
//
//   node bench/lint/bench.mjs [--files 100] [--per-file 100] [--rounds 3]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { importBuilt } from '../lib/build.mjs';
import { peerBin, root, schemagateCli } from '../lib/paths.mjs';
import { fmtMs, median, option, timeProcess } from '../lib/proc.mjs';
import { machine, mdTable, writeResults, writeSummary } from '../lib/report.mjs';

const FILES = Number(option('files', '100'));
const PER_FILE = Number(option('per-file', '100'));
const ROUNDS = Number(option('rounds', '3'));
const start = machine();
const work = join(root, '.tmp', 'bench-lint');

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

const project = join(work, 'project');
const paths = writeCorpus(join(project, 'db', 'migrations'));
writeFileSync(join(project, 'schemagate.yml'), 'migrations:\n  dir: db/migrations\n');
const rel = paths.map((p) => relative(project, p));
const squawk = peerBin('squawk');

// Whole processes; both tools exit 1 when they find something. squawk is timed with its default
// (terminal) reporter and its JSON reporter; schemagate with its text and JSON formats. A
// 5-statement file measures start-up, where most real pull requests are.
const small = join(work, 'small');
mkdirSync(small, { recursive: true });
writeFileSync(
  join(small, '001_small.sql'),
  "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN nickname text;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS users_nick_idx ON users (nickname);\nALTER TABLE orders DROP COLUMN legacy;\nUPDATE users SET flag = true WHERE flag IS NULL;\n",
);
const results = {
  schemagate: [],
  squawk: [],
  schemagateText: [],
  squawkDefault: [],
  schemagateSmall: [],
  squawkSmall: [],
};
let sgFindings = 0;
let squawkFindings = 0;
const runs = {
  schemagate: () => [...schemagateCli('lint', '--format', 'json', 'db/migrations'), project],
  squawk: () => [squawk, ['--pg-version', '15.0', '--reporter', 'json', ...rel], project],
  schemagateText: () => [...schemagateCli('lint', 'db/migrations'), project],
  squawkDefault: () => [squawk, ['--pg-version', '15.0', ...rel], project],
  schemagateSmall: () => [...schemagateCli('lint', '001_small.sql'), small],
  squawkSmall: () => [squawk, ['--pg-version', '15.0', '001_small.sql'], small],
};
for (let r = 0; r < ROUNDS; r++) {
  const tools = Object.keys(runs);
  const order = r % 2 === 0 ? tools : [...tools].reverse();
  for (const tool of order) {
    const [cmd, args, cwd] = runs[tool]();
    const { ms, stdout } = timeProcess(cmd, args, { cwd, okCodes: [0, 1] });
    if (tool === 'schemagate') sgFindings = JSON.parse(stdout).findings.length;
    if (tool === 'squawk') squawkFindings = JSON.parse(stdout).length;
    results[tool].push(ms);
    console.log(`round ${r + 1}: ${tool} ${ms.toFixed(0)} ms`);
  }
}

// A run that judged nothing measured nothing: refuse to report it.
if (sgFindings === 0)
  throw new Error('schemagate lint reported no findings on the corpus: it judged no files');

// In process: parse + lint only, after the parser is loaded (what each statement costs).
const { loadSqlParser, parseSqlFile } = await importBuilt('src/core/sql/index.ts');
const { lintFiles } = await importBuilt('src/core/lint/index.ts');
await loadSqlParser();
const texts = paths.map((p) => [relative(project, p), readFileSync(p, 'utf8')]);
const inProcess = [];
let statements = 0;
for (let r = 0; r < ROUNDS + 1; r++) {
  const t0 = process.hrtime.bigint();
  const files = texts.map(([name, text]) => parseSqlFile(name, text));
  const report = lintFiles(files, { pgVersion: 15 });
  // The first round warms the JIT; it is not counted.
  if (r > 0) inProcess.push(Number(process.hrtime.bigint() - t0) / 1e6);
  statements = report.statements;
}

const sg = median(results.schemagate);
const sq = median(results.squawk);
const ip = median(inProcess);
const ratio = sg / sq;
const perStmt = (ms) => `${((ms * 1000) / statements).toFixed(1)} µs`;
const squawkVersion = execFileSync(squawk, ['--version'], { encoding: 'utf8' }).trim();
const command = `node bench/lint/bench.mjs --files ${FILES} --per-file ${PER_FILE} --rounds ${ROUNDS}`;
const table = mdTable(
  [
    { title: 'tool', align: 'left' },
    { title: `median (${statements.toLocaleString('en')} statements)`, align: 'right' },
    { title: 'per statement', align: 'right' },
    { title: 'rounds (ms)', align: 'left' },
    { title: 'findings', align: 'right' },
  ],
  [
    [
      'schemagate lint (dist/cli bundle)',
      fmtMs(sg),
      perStmt(sg),
      results.schemagate.map((x) => x.toFixed(0)).join(', '),
      sgFindings,
    ],
    [
      `${squawkVersion} (Rust)`,
      fmtMs(sq),
      perStmt(sq),
      results.squawk.map((x) => x.toFixed(0)).join(', '),
      squawkFindings,
    ],
    ['schemagate / squawk (JSON reporters)', ratio.toFixed(2), '', '', ''],
    [
      'schemagate lint, text (dist/cli bundle)',
      fmtMs(median(results.schemagateText)),
      perStmt(median(results.schemagateText)),
      results.schemagateText.map((x) => x.toFixed(0)).join(', '),
      '',
    ],
    [
      `${squawkVersion}, default reporter`,
      fmtMs(median(results.squawkDefault)),
      perStmt(median(results.squawkDefault)),
      results.squawkDefault.map((x) => x.toFixed(0)).join(', '),
      '',
    ],
    [
      'schemagate text / squawk default reporter',
      (median(results.schemagateText) / median(results.squawkDefault)).toFixed(2),
      '',
      '',
      '',
    ],
    [
      'schemagate / squawk, one 5-statement file',
      (median(results.schemagateSmall) / median(results.squawkSmall)).toFixed(2),
      '',
      `${results.schemagateSmall.map((x) => x.toFixed(0)).join(', ')} / ${results.squawkSmall.map((x) => x.toFixed(0)).join(', ')}`,
      '',
    ],
    [
      'schemagate in process (parse + rules)',
      fmtMs(ip),
      perStmt(ip),
      inProcess.map((x) => x.toFixed(0)).join(', '),
      '',
    ],
  ],
);
// Goals of issue 16: at most squawk's default reporter on 10,000 statements, at most 2x on a small file.
const textRatio = median(results.schemagateText) / median(results.squawkDefault);
const smallRatio = median(results.schemagateSmall) / median(results.squawkSmall);
const met = textRatio <= 1 && smallRatio <= 2;
const verdict = `schemagate / squawk = ${ratio.toFixed(2)} with JSON reporters, ${textRatio.toFixed(2)} text vs squawk's default reporter (goal ≤ 1.0), ${smallRatio.toFixed(2)} on a 5-statement file (goal ≤ 2.0): ${
  met ? 'goals met' : 'goals not met'
}. Per statement: ${perStmt(sg)} whole process, ${perStmt(ip)} in process (parse + rules).`;

writeResults(
  'lint',
  `# Lint benchmark: ${statements.toLocaleString('en')} migration statements, vs squawk

Run: ${start.date} · ${start.cores} cores · Node ${start.node} · load average (1 min) at start ${start.load1} · command: \`${command}\`

${FILES} files of ${PER_FILE} statements (ALTER TABLE add/drop column, type changes, constraints, indexes, backfills,
CREATE TABLE), linted by each tool as a whole process (start-up included) on the same files, ${ROUNDS} rounds, order
alternating, median reported: schemagate is the shipped bundle, \`node dist/cli/index.js lint --format json db/migrations\` (the directory is named
because the bench project sits inside this git repository, where a bare \`lint\` judges the branch's change set);
squawk is \`squawk --pg-version 15.0 --reporter json <files>\`. The in-process row is \`parseSqlFile\` +
\`lintFiles\` on the compiled sources after the parser's WASM module is loaded (one warm-up round not counted);
the rest of the whole-process time is Node start-up, module loading and the parser's initialisation.

${table}

Goals (issue 16.4): ≤ 1.0× squawk's default reporter on 10,000 statements, ≤ 2.0× on a 5-statement file. ${verdict}

The finding counts differ because the rule sets differ: schemagate exempts statements on tables created in the same
migration set, does not report safe type widenings, and reports some rules once per file where squawk reports per
statement.
`,
);
writeSummary('lint', {
  title: `Lint: ${statements.toLocaleString('en')} statements (issue 6)`,
  command,
  table,
  target: "≤ 1.0× squawk's default reporter on 10,000 statements, ≤ 2.0× on a 5-statement file",
  met,
  verdict,
  notes: '',
});
