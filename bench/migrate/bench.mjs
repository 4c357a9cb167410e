// Applies 500 small migrations to an empty database with `schemagate migrate` and with dbmate,
// side by side on the same files (dbmate format), on the local PostgreSQL, and writes
// bench/migrate/RESULTS.md. Both tools are timed as a user runs them: a whole CLI process.
//
//   node bench/migrate/bench.mjs [--count 500] [--rounds 3]
//
// Needs PostgreSQL on 127.0.0.1:5432 (or SCHEMAGATE_TEST_PG) and node_modules/.bin/dbmate.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: { count: { type: 'string', default: '500' }, rounds: { type: 'string', default: '3' } },
});
const COUNT = Number(values.count);
const ROUNDS = Number(values.rounds);
const work = join(root, '.tmp', 'bench-migrate');
const admin = process.env.SCHEMAGATE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const urlFor = (db) => {
  const u = new URL(admin);
  u.pathname = `/${db}`;
  u.searchParams.set('sslmode', 'disable');
  return u.toString();
};

// Plain JavaScript of the CLI (transpile only): the bench must not depend on the lead's dist/.
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

function writeMigrations(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= COUNT; i++) {
    const v = `2026010100${String(i).padStart(4, '0')}`;
    writeFileSync(
      join(dir, `${v}_create_t${i}.sql`),
      `-- migrate:up\nCREATE TABLE t${i} (\n  id bigint PRIMARY KEY,\n  name text NOT NULL,\n  created_at timestamptz NOT NULL DEFAULT now()\n);\nCREATE INDEX t${i}_name_idx ON t${i} (name);\n\n-- migrate:down\nDROP TABLE t${i};\n`,
    );
  }
}

async function withAdmin(sql) {
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

async function timed(name, db, cmd, args, cwd) {
  await withAdmin(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await withAdmin(`CREATE DATABASE ${db}`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: urlFor(db) },
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${name} failed (${r.status}): ${r.stderr}`);
  const c = new pg.Client({ connectionString: urlFor(db) });
  await c.connect();
  const n = (
    await c.query(
      "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 't%'",
    )
  ).rows[0].n;
  await c.end();
  await withAdmin(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  if (n !== COUNT) throw new Error(`${name} created ${n} tables, expected ${COUNT}`);
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const best = (xs) => Math.min(...xs);

rmSync(work, { recursive: true, force: true });
transpileTree('src/cli/run.ts', join(work, 'build'));
writeFileSync(
  join(work, 'cli.mjs'),
  "const { run } = await import('./build/src/cli/run.js');\nconst { processIo } = await import('./build/src/cli/io.js');\nprocess.exitCode = await run(process.argv.slice(2), processIo());\n",
);
transpileTree('src/cli/io.ts', join(work, 'build'));
const project = join(work, 'project');
writeMigrations(join(project, 'db', 'migrations'));
writeFileSync(join(project, 'schemagate.yml'), 'migrations:\n  dir: db/migrations\n  format: dbmate\n');
const dbmate = join(root, 'node_modules', '.bin', 'dbmate');

const results = { schemagate: [], dbmate: [] };
for (let r = 0; r < ROUNDS; r++) {
  // Alternate which goes first so neither always meets a warm or cold server.
  const order = r % 2 === 0 ? ['schemagate', 'dbmate'] : ['dbmate', 'schemagate'];
  for (const tool of order) {
    const ms =
      tool === 'schemagate'
        ? await timed(
            tool,
            'sg_bench_schemagate',
            process.execPath,
            [join(work, 'cli.mjs'), 'migrate', 'up'],
            project,
          )
        : await timed(
            tool,
            'sg_bench_dbmate',
            dbmate,
            ['--migrations-dir', 'db/migrations', '--no-dump-schema', 'up'],
            project,
          );
    results[tool].push(ms);
    console.log(`round ${r + 1}: ${tool} ${ms.toFixed(0)} ms`);
  }
}

const sg = median(results.schemagate);
const dm = median(results.dbmate);
const pgVersion = execFileSync('psql', ['--version'], { encoding: 'utf8' }).trim();
const dbmateVersion = execFileSync(dbmate, ['--version'], { encoding: 'utf8' }).trim();
const text = `# Benchmark: apply ${COUNT} migrations to an empty database

Run: \`node bench/migrate/bench.mjs\` (${new Date().toISOString().slice(0, 10)}). ${COUNT} dbmate-format files, each
\`CREATE TABLE\` + \`CREATE INDEX\`, applied to a fresh database on the local PostgreSQL
(${pgVersion}) by each tool as a whole CLI process (start-up included), ${ROUNDS} rounds, order
alternating, median reported. Machine: ${cpus().length} cores shared with other work, so absolute
figures are noisy; the ratio is what matters.

| Tool | Median | Best | Rounds (ms) |
|---|---:|---:|---|
| schemagate migrate up | ${sg.toFixed(0)} ms | ${best(results.schemagate).toFixed(0)} ms | ${results.schemagate.map((x) => x.toFixed(0)).join(', ')} |
| ${dbmateVersion} up | ${dm.toFixed(0)} ms | ${best(results.dbmate).toFixed(0)} ms | ${results.dbmate.map((x) => x.toFixed(0)).join(', ')} |

Ratio schemagate / dbmate: median **${(sg / dm).toFixed(2)}**, best-of **${(best(results.schemagate) / best(results.dbmate)).toFixed(2)}**
(below 1 means schemagate is faster; target: at most 1). On a loaded machine the best round is
the better estimate of each tool's own cost.

Both apply each file in its own transaction with its revision row. schemagate additionally
parses every pending file with the PostgreSQL parser (to locate errors and find statements that
cannot run in a transaction), takes an advisory lock, and sends each statement separately so a
failure points at its line and column.
`;
writeFileSync(join(root, 'bench', 'migrate', 'RESULTS.md'), text);
console.log(text);
