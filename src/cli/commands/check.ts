import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError } from '../../core/errors.js';
import { lintChange } from '../../core/lint/changeSet.js';
import { gateVerdict, NOT_ENFORCED, needsApproval } from '../../core/lint/gate.js';
import { verifySum } from '../../core/migrations/index.js';
import { missingDownFindings } from '../../core/migrations/roundTrip.js';
import { type CheckReport, renderCheckMarkdown, renderCheckText } from '../../core/report/checkReport.js';
import { loadSqlParser, parseSqlFile } from '../../core/sql/index.js';
import { openDb, warmDb } from '../../db/index.js';
import { resolveCliChange } from '../../runtime/cliChange.js';
import { runDrift } from '../../runtime/driftRun.js';
import { loadMigrationSet, runnerOptionsFor } from '../../runtime/migrationDir.js';
import { loadProject } from '../../runtime/project.js';
import { checkRoundTrips } from '../../runtime/roundTrip.js';
import { listSqlFiles, parseSqlFiles, relativeTo, requireDir } from '../../runtime/sqlFiles.js';
import type { Command } from '../command.js';

const USAGE = `schemagate check [dir] [--config <file>] [--dev-url <url>] [--mode canary|strict]
                [--format text|markdown]

Everything a pull request would get, locally: the config, every migration and schema file through
the real PostgreSQL parser, the migration directory (format, versions, atlas.sum), drift between the
declared schema and the replayed migrations on the dev database (embedded PGlite unless dev_url or
--dev-url names a server), and the lint gate over the change (inside git: the files changed since the
merge base with the default branch; otherwise each migration on its own, earlier files applied).
Same verdicts as the actions: drift fails only in strict mode; the lint gate fails on a finding that
needs approval in every mode unless lint.enforce is false ("not enforced"). Deliberate difference:
the CLI cannot read reviews, so nothing is approved here (see docs/suite.md).
--format text (the default) prints lines for a terminal; --format markdown prints the same report
for a pull request comment or a job summary (the drift part is the drift-check stage's section).
Exit codes: 0 ok, 1 drift that fails in this mode or a finding that needs approval, 2 bad input.`;

export const checkCommand: Command = {
  name: 'check',
  summary: 'Check a project locally: config, SQL, migrations, drift and lint on the embedded database',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        config: { type: 'string', short: 'c' },
        'dev-url': { type: 'string' },
        mode: { type: 'string' },
        format: { type: 'string' },
      },
      allowPositionals: true,
    });
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'markdown')
      throw new InputError(`--format must be text or markdown, got ${JSON.stringify(format)}`);
    const root = positionals[0] ? resolve(io.cwd, positionals[0]) : io.cwd;
    // Name the argument, not a schemagate.yml inside a directory that does not exist.
    if (!existsSync(root) || !statSync(root).isDirectory())
      throw new InputError(`check: ${positionals[0]} is not a directory (give the project's root directory)`);
    const project = loadProject({
      root,
      config: values.config,
      env: io.env,
      mode: values.mode,
    });
    const { config } = project;
    const show = relativeTo(project.root);
    const devUrl = values['dev-url'] || config.dev_url;
    const count = (files: { statements: readonly unknown[] }[]) =>
      files.reduce((n, f) => n + f.statements.length, 0);
    const parsed: CheckReport['parsed'][number][] = [];

    // 1. Every file through the parser first: a syntax error stops here with file:line:col.
    const migrationsDir = project.path(config.migrations.dir);
    requireDir(migrationsDir, 'migrations.dir', project.configFile);
    const migrationFiles = await parseSqlFiles(listSqlFiles(migrationsDir), show);
    parsed.push({
      dir: show(migrationsDir),
      files: migrationFiles.length,
      statements: count(migrationFiles),
    });
    // The embedded database boots while the rest is read and checked. Not before the first parse:
    // a syntax error must exit at once, not after waiting for a start it does not need.
    warmDb(devUrl);
    if (config.schema) {
      const schemaDir = project.path(config.schema);
      requireDir(schemaDir, 'schema', project.configFile);
      const schemaFiles = await parseSqlFiles(listSqlFiles(schemaDir), show);
      parsed.push({ dir: show(schemaDir), files: schemaFiles.length, statements: count(schemaFiles) });
    }

    // 2. The migration directory as the migrate stage reads it.
    const set = loadMigrationSet(project);
    verifySum(set);

    // 3. Drift: declared schema vs replayed migrations on the dev database.
    let failed = false;
    const drift = await runDrift({ project, devUrl, openDb: (url) => openDb(url, 'schemagate-check') });
    if (drift.result === 'fail') failed = true;

    // 4. Lint the change, with the lint-gate stage's verdict: inside git the files changed since the
    //    merge base with the default branch, otherwise each migration as its own pull request
    //    would see it (earlier files are applied history).
    await loadSqlParser();
    const upParts = set.migrations.map((m) =>
      parseSqlFile(m.up.file, m.up.text, { firstLine: m.up.firstLine }),
    );
    const { change, edits } = await resolveCliChange({ project, dir: migrationsDir, show });
    const report = lintChange(
      upParts,
      change,
      {
        pgVersion: config.lint.pg_version,
        ruleLevels: config.lint.rules,
        configFile: project.configFile ?? 'schemagate.yml',
        largeTableRows: config.lint.large_table_rows,
        // schemagate's runner wraps these files in a transaction: lint them as it will run them.
        transactionalFiles: new Set(set.migrations.filter((m) => m.transactional).map((m) => m.up.file)),
        assumeInTransaction: config.lint.assume_in_transaction,
      },
      edits,
    );
    const findings = [...report.findings];
    if (config.migrations.require_down) {
      const inChange = change.kind === 'files' ? upParts.filter((f) => change.files.has(f.file)) : upParts;
      findings.push(...missingDownFindings(inChange, set.migrations, set.format));
    }
    const active = findings
      .filter((f) => !f.ignored)
      .map((f) => ({ ...f, gated: needsApproval(f, config.lint) }));
    const gated = active.filter((f) => f.gated);
    const verdict = gateVerdict({ gated: gated.length, approved: false, enforce: config.lint.enforce });
    if (verdict === 'fail') failed = true;

    // 5. Down migrations (issue 17): each one round-tripped on a fresh dev database.
    let roundTrips: CheckReport['roundTrips'] = null;
    if (config.migrations.require_down || config.migrations.verify_down) {
      roundTrips = await checkRoundTrips(runnerOptionsFor(set, config, project.configFile), devUrl);
      if (roundTrips.failed) failed = true;
    }

    const result: CheckReport = {
      configFile: project.configFile ?? null,
      mode: config.mode,
      devDatabase: devUrl ? 'dev_url' : 'embedded PGlite',
      parsed,
      migrations: {
        count: set.migrations.length,
        format: set.format,
        sumVerified: Boolean(set.sum),
        withDown: set.migrations.filter((m) => m.down).length,
      },
      drift,
      lint: {
        judged: change.description,
        statements: report.statements,
        findings: active,
        ignored: findings.length - active.length,
        verdict,
        notEnforced: NOT_ENFORCED,
      },
      roundTrips,
      failed,
    };
    io.out(format === 'markdown' ? renderCheckMarkdown(result) : renderCheckText(result));
    return failed ? 1 : 0;
  },
};
