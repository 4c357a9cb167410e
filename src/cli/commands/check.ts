import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeDifference } from '../../core/drift/check.js';
import { InputError } from '../../core/errors.js';
import { lintChange } from '../../core/lint/changeSet.js';
import { gateVerdict, NOT_ENFORCED, needsApproval } from '../../core/lint/gate.js';
import { verifySum } from '../../core/migrations/index.js';
import { missingDownFindings } from '../../core/migrations/roundTrip.js';
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

Everything a pull request would get, locally: the config, every migration and schema file through
the real PostgreSQL parser, the migration directory (format, versions, atlas.sum), drift between the
declared schema and the replayed migrations on the dev database (embedded PGlite unless dev_url or
--dev-url names a server), and the lint gate over the change (inside git: the files changed since the
merge base with the default branch; otherwise each migration on its own, earlier files applied).
Same verdicts as the actions: drift fails only in strict mode; the lint gate fails on a finding that
needs approval in every mode unless lint.enforce is false ("not enforced"). Deliberate difference:
the CLI cannot read reviews, so nothing is approved here (see docs/suite.md).
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
      },
      allowPositionals: true,
    });
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
    io.out(
      `config: ${project.configFile ?? 'defaults (no schemagate.yml)'}; mode: ${config.mode}; dev database: ${devUrl ? 'dev_url' : 'embedded PGlite'}`,
    );

    // 1. Every file through the parser first: a syntax error stops here with file:line:col.
    const migrationsDir = project.path(config.migrations.dir);
    requireDir(migrationsDir, 'migrations.dir', project.configFile);
    const migrationFiles = await parseSqlFiles(listSqlFiles(migrationsDir), show);
    const count = (files: { statements: readonly unknown[] }[]) =>
      files.reduce((n, f) => n + f.statements.length, 0);
    io.out(
      `parse: ${show(migrationsDir)}: ${migrationFiles.length} files, ${count(migrationFiles)} statements parsed`,
    );
    // The embedded database boots while the rest is read and checked. Not before the first parse:
    // a syntax error must exit at once, not after waiting for a start it does not need.
    warmDb(devUrl);
    if (config.schema) {
      const schemaDir = project.path(config.schema);
      requireDir(schemaDir, 'schema', project.configFile);
      const schemaFiles = await parseSqlFiles(listSqlFiles(schemaDir), show);
      io.out(
        `parse: ${show(schemaDir)}: ${schemaFiles.length} files, ${count(schemaFiles)} statements parsed`,
      );
    }

    // 2. The migration directory as the migrate stage reads it.
    const set = loadMigrationSet(project);
    verifySum(set);
    io.out(
      `migrations: ${set.migrations.length} migrations (${set.format})${set.sum ? ', atlas.sum verified' : ''}; rollback: ${set.migrations.filter((m) => m.down).length} with a down part`,
    );

    // 3. Drift: declared schema vs replayed migrations on the dev database.
    let failed = false;
    const drift = await runDrift({ project, devUrl, openDb: (url) => openDb(url, 'schemagate-check') });
    for (const pair of drift.pairs) {
      const n = pair.differences.length;
      io.out(`drift: ${pair.subject}: ${n === 0 ? 'no differences' : `${n} difference(s), ${pair.result}`}`);
      for (const d of pair.differences) io.out(`  - ${describeDifference(d)}`);
      if (pair.fix?.sql) io.out(`  fix (${pair.fix.purpose}):\n${indent(pair.fix.sql)}`);
    }
    if (drift.pairs.length === 0) io.out('drift: nothing to compare (no schema directory configured)');
    if (drift.result === 'fail') failed = true;

    // 4. Lint the change, with the lint-gate stage's verdict: inside git the files changed since the
    //    merge base with the default branch, otherwise each migration as its own pull request
    //    would see it (earlier files are applied history).
    await loadSqlParser();
    const upParts = set.migrations.map((m) =>
      parseSqlFile(m.up.file, m.up.text, { firstLine: m.up.firstLine }),
    );
    const { change, edits } = await resolveCliChange({ project, dir: migrationsDir, show });
    io.out(`lint: judged ${change.description}`);
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
    const active = findings.filter((f) => !f.ignored);
    const gated = active.filter((f) => needsApproval(f, config.lint));
    io.out(
      `lint: ${report.statements} statements, ${active.length} finding(s), ${gated.length} need approval${findings.length > active.length ? `, ${findings.length - active.length} ignored by pragma` : ''}`,
    );
    for (const f of active) {
      const gate = needsApproval(f, config.lint) ? ' (needs approval)' : '';
      io.out(`  - ${f.file}:${f.line}:${f.column} ${f.risk} ${f.ruleId}${gate}: ${f.message}`);
    }
    const verdict = gateVerdict({ gated: gated.length, approved: false, enforce: config.lint.enforce });
    if (verdict === 'not-enforced')
      io.out(`lint: ${NOT_ENFORCED}: ${gated.length} finding(s) would need approval`);
    if (verdict === 'fail') failed = true;

    // 5. Down migrations (issue 17): each one round-tripped on a fresh dev database.
    if (config.migrations.require_down || config.migrations.verify_down) {
      const down = await checkRoundTrips(runnerOptionsFor(set, config, project.configFile), devUrl);
      for (const line of down.lines) io.out(line);
      if (down.failed) failed = true;
    }

    io.out(failed ? 'check: failed' : 'check: ok');
    return failed ? 1 : 0;
  },
};

function indent(sql: string): string {
  return sql
    .trimEnd()
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}
