/**
 * Drift benchmark (issue 7): `schemagate drift` (pair baseline:live) on an N-table database
 * against its baseline file, next to migra (@pgkit/migra) comparing the same live database with a
 * reference database that holds the baseline schema (migra has no snapshot file). Both find the
 * same hand-made drift (about 1% of the tables changed).
 *
 *   node bench/drift/run.mjs [--sizes 100,1000,5000] [--migra-timeout 300]
 *
 * Whole process: the shipped CLI `node dist/cli/index.js drift <dir> --url <url> --format json`;
 * in process: runDrift() of the compiled sources. Writes bench/drift/RESULTS.md.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importBuilt } from '../lib/build.mjs';
import { peerBin, root, schemagateCli } from '../lib/paths.mjs';
import { dropDb, execBatched, recreateDb, serverVersion } from '../lib/pg.mjs';
import { fmtMs, option, timeProcess } from '../lib/proc.mjs';
import { machine, mdTable, writeResults, writeSummary } from '../lib/report.mjs';

const sizes = option('sizes', '100,1000,5000').split(',').map(Number);
const migraTimeout = Number(option('migra-timeout', '300'));
const start = machine();

/** N tables (identity PK, 4 columns, FK to the previous table, 1 secondary index), a view every 10th table. */
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

const { runDrift } = await importBuilt('src/runtime/driftRun.ts');
const { loadProject } = await importBuilt('src/runtime/project.ts');
const { openDb } = await importBuilt('src/db/index.ts');

const rows = [];
for (const n of sizes) {
  const live = `sg_bench_drift_live_${n}`;
  const ref = `sg_bench_drift_ref_${n}`;
  console.log(`[${n}] creating databases ...`);
  const liveUrl = await recreateDb(live);
  const refUrl = await recreateDb(ref);
  try {
    const ddl = schema(n);
    await execBatched(liveUrl, ddl);
    await execBatched(refUrl, ddl);
    const dir = join(root, '.tmp', 'bench-drift', String(n));
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'ci'), { recursive: true });
    writeFileSync(
      join(dir, 'schemagate.yml'),
      'drift:\n  baseline: ci/schema_baseline.json\n  pairs: [baseline:live]\n',
    );
    timeProcess(...schemagateCli('baseline', 'update', dir, '--url', liveUrl));
    await execBatched(liveUrl, drift(n));

    // In process: runDrift alone (introspect the live database, read the baseline, compare, plan).
    const project = loadProject({ root: dir, env: {} });
    const t0 = performance.now();
    const report = await runDrift({ project, liveUrl, openDb });
    const inProcess = performance.now() - t0;
    const differences = report.pairs[0].differences.length;

    const sg = timeProcess(...schemagateCli('drift', dir, '--url', liveUrl, '--format', 'json'), {
      okCodes: [0, 1],
    });
    const sgDifferences = JSON.parse(sg.stdout).pairs?.[0]?.differences?.length ?? differences;
    console.log(`  schemagate: ${sgDifferences} differences, ${Math.round(sg.ms)} ms`);
    const migra = timeProcess(peerBin('migra'), [liveUrl, refUrl, '--unsafe'], {
      timeoutS: migraTimeout,
      okCodes: [0, 2],
    });
    const migraStatements = migra.timedOut ? null : migra.stdout.split(';').filter((s) => s.trim()).length;
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
    await dropDb(live);
    await dropDb(ref);
  }
}

const version = await serverVersion();
const command = `node bench/drift/run.mjs --sizes ${sizes.join(',')}`;
const table = mdTable(
  [
    { title: 'tables', align: 'right' },
    { title: 'differences found', align: 'right' },
    { title: 'schemagate in process', align: 'right' },
    { title: 'schemagate CLI (dist bundle)', align: 'right' },
    { title: 'migra CLI (2 databases)', align: 'right' },
    { title: 'migra / schemagate', align: 'right' },
  ],
  rows.map((r) => [
    r.n,
    r.differences,
    fmtMs(r.inProcess),
    fmtMs(r.sg),
    r.migra === null ? `> ${migraTimeout} s (capped)` : `${fmtMs(r.migra)} (${r.migraStatements} statements)`,
    r.migra === null ? '—' : `${(r.migra / r.sg).toFixed(1)}×`,
  ]),
);
const growth =
  rows.length > 1
    ? rows
        .slice(1)
        .map(
          (r, i) =>
            `${rows[i].n} → ${r.n} tables (×${r.n / rows[i].n}): schemagate CLI ×${(r.sg / rows[i].sg).toFixed(1)}, in process ×${(r.inProcess / rows[i].inProcess).toFixed(1)}`,
        )
        .join('; ')
    : 'one size only';
const at1000 = rows.find((r) => r.n === 1000) ?? rows.at(-1);
const verdict =
  `A ${at1000.n}-table database against its baseline: ${fmtMs(at1000.sg)} as a CLI process, ${fmtMs(at1000.inProcess)} in process` +
  `${at1000.migra === null ? '' : ` (migra, reading two databases: ${fmtMs(at1000.migra)}, ${(at1000.migra / at1000.sg).toFixed(1)}×)`}. ` +
  `Growth: ${growth}.`;

writeResults(
  'drift',
  `# Drift benchmark: a database against its baseline, vs migra

Run: ${start.date} · ${start.cores} cores · Node ${start.node} · ${version} on 127.0.0.1 · load average (1 min) at start ${start.load1} · command: \`${command}\`

Schema: N tables (identity PK, 4 columns, a foreign key to the previous table, one secondary index), a view on every
10th table. The baseline file is written from the database (\`schemagate baseline update\`), then about 1% of the
tables drift (an index dropped, a column added, a default changed, a view redefined per 100 tables). schemagate:
\`node dist/cli/index.js drift <dir> --url <url> --format json\` with \`drift.pairs: [baseline:live]\` (introspect the
live database, read the baseline, compare, plan the fix, render the report). migra has no snapshot file, so it
compares the live database with a reference database holding the baseline schema (it introspects two databases where
schemagate introspects one and reads a file).

${table}

One run per size. Process columns are wall-clock times of one command, Node start-up and module loading included; the
in-process column is \`runDrift()\` alone on the compiled sources, run just before the CLI.

Target (issue 7): report the time of a 1,000-table drift check and how it grows (no threshold). ${verdict}
`,
);
writeSummary('drift', {
  title: 'Drift check: a database against its baseline (issue 7)',
  command,
  table,
  target:
    'report the time for a 1,000-table database against its baseline and how it grows (no threshold set)',
  met: null,
  verdict,
  notes: '',
});
