import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError } from '../../core/errors.js';
import { needsApproval } from '../../core/lint/gate.js';
import { lintFiles, rules, tablesTouched } from '../../core/lint/index.js';
import { readRowCounts } from '../../core/lint/rowCounts.js';
import { lintJson } from '../../core/report/lintJson.js';
import { lintText } from '../../core/report/lintText.js';
import { toSarif } from '../../core/report/sarif.js';
import { colourLintText } from '../../core/report/terminalLint.js';
import { colourWanted, terminalStyle } from '../../core/report/terminalStyle.js';
import { openDb } from '../../db/index.js';
import { gitChangedFiles } from '../../runtime/changedFiles.js';
import { loadProject } from '../../runtime/project.js';
import { listSqlFiles, parseSqlFiles, relativeTo, requireDir } from '../../runtime/sqlFiles.js';
import { VERSION } from '../../version.js';
import type { Command } from '../command.js';

const FORMATS = ['text', 'json', 'sarif'] as const;

export const lintCommand: Command = {
  name: 'lint',
  summary: 'Lint migrations for risky statements',
  usage: [
    'schemagate lint [files|dirs...] [--format text|json|sarif] [--pg-version N] [--url <database>] [--since <git-ref>] [--config <file>]',
    '',
    'Lints the given .sql files and directories as one migration set, in order (default: migrations.dir).',
    'A directory that holds a schemagate.yml is a project: its config and migrations directory are used.',
    '--since lints only the files changed since a git ref (e.g. origin/main), the others give context.',
    '--url reads pg_class.reltuples for the tables involved (data-aware risk).',
    'Exit codes: 0 nothing needs approval, 1 a finding needs approval, 2 bad input.',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        'pg-version': { type: 'string' },
        url: { type: 'string' },
        config: { type: 'string', short: 'c' },
        since: { type: 'string' },
      },
      allowPositionals: true,
    });
    const format = values.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format))
      throw new InputError(`--format must be one of ${FORMATS.join(', ')}, got "${values.format}"`);

    // `schemagate lint examples/x` where x has a schemagate.yml: treat it as the project root.
    const single = positionals.length === 1 ? resolve(io.cwd, positionals[0]) : undefined;
    const projectRoot = single && isDir(single) && existsSync(`${single}/schemagate.yml`) ? single : io.cwd;
    const project = loadProject({ root: projectRoot, config: values.config, env: io.env });
    const lint = project.config.lint;
    const pgVersion = values['pg-version'] === undefined ? lint.pg_version : Number(values['pg-version']);
    if (!Number.isInteger(pgVersion) || pgVersion < 10 || pgVersion > 19) {
      throw new InputError(
        `--pg-version must be a major version between 10 and 19, got "${values['pg-version']}"`,
      );
    }

    let paths: string[];
    if (positionals.length === 0 || projectRoot !== io.cwd) {
      const dir = project.path(project.config.migrations.dir);
      requireDir(dir, 'migrations.dir', project.configFile);
      paths = listSqlFiles(dir);
    } else {
      paths = positionals.flatMap((p) => {
        const abs = resolve(io.cwd, p);
        if (!existsSync(abs)) throw new InputError(`${p}: no such file or directory`);
        return isDir(abs) ? listSqlFiles(abs) : [abs];
      });
    }
    const show = relativeTo(io.cwd);
    const files = await parseSqlFiles(paths, show);
    // --since: lint what changed since a git ref, in the context of the whole set (as the action does).
    let contextOnly: Set<string> | undefined;
    if (values.since) {
      const changed = new Set(gitChangedFiles(io.cwd, values.since).map((p) => resolve(io.cwd, p)));
      contextOnly = new Set(paths.filter((p) => !changed.has(p)).map(show));
    }

    let rowCounts: Map<string, number> | undefined;
    if (values.url) {
      const db = await openDb(values.url);
      try {
        rowCounts = await readRowCounts(db, tablesTouched(files));
      } finally {
        await db.close();
      }
    }
    const report = lintFiles(files, {
      pgVersion,
      ruleLevels: lint.rules,
      configFile: project.configFile ?? 'schemagate.yml',
      largeTableRows: lint.large_table_rows,
      rowCounts,
      contextOnly,
    });
    const gated = report.findings.filter((f) => needsApproval(f, lint));
    const passed = gated.length === 0;

    if (format === 'json')
      io.out(
        JSON.stringify(
          lintJson(report, {
            mode: project.config.mode,
            selectedBy: 'command line',
            version: VERSION,
            passed,
          }),
          null,
          2,
        ),
      );
    else if (format === 'sarif')
      io.out(JSON.stringify(toSarif(report, { rules, version: VERSION }), null, 2));
    else {
      const note = passed
        ? 'gate: pass (no finding needs approval)'
        : `gate: fail: ${gated.length} finding(s) need approval: ${listSome([...new Set(gated.map((f) => f.subject))], 5)}`;
      io.out(colourLintText(lintText(report, note), terminalStyle(colourWanted(io.env, io.isTTY ?? false))));
    }
    return passed ? 0 : 1;
  },
};

/** The first `n` items, then how many more: a gate line must stay readable on a huge set. */
function listSome(items: string[], n: number): string {
  return items.length <= n
    ? items.join(', ')
    : `${items.slice(0, n).join(', ')} and ${items.length - n} more`;
}

function isDir(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}
