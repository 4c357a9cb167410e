import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeDifference } from '../../core/drift/check.js';
import { InputError } from '../../core/errors.js';
import { needsApproval } from '../../core/lint/gate.js';
import { lintFiles } from '../../core/lint/index.js';
import { verifySum } from '../../core/migrations/index.js';
import { loadSqlParser, parseSqlFile } from '../../core/sql/index.js';
import { openDb } from '../../db/index.js';
import { runDrift } from '../../runtime/driftRun.js';
import { loadMigrationSet } from '../../runtime/migrationDir.js';
import { loadProject } from '../../runtime/project.js';
import { listSqlFiles, parseSqlFiles, relativeTo, requireDir } from '../../runtime/sqlFiles.js';
import type { Command } from '../command.js';

const USAGE = `schemagate check [dir] [--config <file>] [--dev-url <url>] [--mode canary|strict]

Everything a pull request would get, locally: the config, every migration and schema file through
the real PostgreSQL parser, the migration directory (format, versions, atlas.sum), drift between the
declared schema and the replayed migrations on the dev database (embedded PGlite unless dev_url or
--dev-url names a server), and the lint gate over the whole migration set.
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

    // 4. Lint each migration as its own pull request would see it: earlier files are applied
    //    history (their tables exist), so a file's statements get the gate they would get then.
    await loadSqlParser();
    const upParts = set.migrations.map((m) =>
      parseSqlFile(m.up.file, m.up.text, { firstLine: m.up.firstLine }),
    );
    const lintOptions = {
      pgVersion: config.lint.pg_version,
      ruleLevels: config.lint.rules,
      configFile: project.configFile ?? 'schemagate.yml',
      largeTableRows: config.lint.large_table_rows,
    };
    const findings = upParts.flatMap((_, i) => {
      const upTo = upParts.slice(0, i + 1);
      return lintFiles(upTo, { ...lintOptions, contextOnly: new Set(upTo.slice(0, i).map((f) => f.file)) })
        .findings;
    });
    const active = findings.filter((f) => !f.ignored);
    const gated = active.filter((f) => needsApproval(f, config.lint));
    const statements = upParts.reduce((n, f) => n + f.statements.length, 0);
    io.out(
      `lint: ${statements} statements, ${active.length} finding(s), ${gated.length} need approval${findings.length > active.length ? `, ${findings.length - active.length} ignored by pragma` : ''}`,
    );
    for (const f of active) {
      const gate = needsApproval(f, config.lint) ? ' (needs approval)' : '';
      io.out(`  - ${f.file}:${f.line}:${f.column} ${f.risk} ${f.ruleId}${gate}: ${f.message}`);
    }
    if (gated.length > 0) failed = true;

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
