import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError } from '../../core/errors.js';
import { lintChange } from '../../core/lint/changeSet.js';
import { gateVerdict, NOT_ENFORCED, needsApproval } from '../../core/lint/gate.js';
import {
  declaredVolatility,
  parseForLint,
  parseLazily,
  rules,
  tablesTouched,
} from '../../core/lint/index.js';
import { lintText, lintTextChunks } from '../../core/report/lintText.js';
import { colourLintText } from '../../core/report/terminalLint.js';
import { colourWanted, terminalStyle } from '../../core/report/terminalStyle.js';
import { loadSqlParser } from '../../core/sql/index.js';
import { openDb } from '../../db/index.js';
import { loadProjectLazily } from '../../runtime/projectCore.js';
import { listSqlFiles, readSqlText, relativeTo, requireDir } from '../../runtime/sqlFiles.js';
import { VERSION } from '../../version.js';
import type { Command } from '../command.js';

const FORMATS = ['text', 'json', 'sarif'] as const;

export const lintCommand: Command = {
  name: 'lint',
  summary: 'Lint migrations for risky statements',
  usage: [
    'schemagate lint [files|dirs...] [--format text|json|sarif] [--pg-version N] [--url <database>] [--since <git-ref>] [--assume-in-transaction] [--config <file>]',
    '',
    'Lints the change (it prints which set it judged) in the context of the whole migration set:',
    '  files or dirs named: those files, as one change;',
    '  --since REF: the files changed since the merge base with REF (working tree included);',
    '  --url: the files not yet applied to that database (also read, read-only, for row counts);',
    '  inside git: the files changed since the merge base with the default branch;',
    '  otherwise: each file on its own, with every earlier file as already applied.',
    'A table created in the change exempts later statements of the change only. Editing, renaming',
    'or deleting a merged migration is a high finding.',
    'A directory that holds a schemagate.yml is a project: its config and migrations directory are used.',
    '--url also reads pg_class.reltuples (read-only) for the tables involved (data-aware risk).',
    '--assume-in-transaction: your runner wraps each file in a transaction (config: lint.assume_in_transaction).',
    'A file that does not parse is reported at file:line:col and every other file is still linted.',
    "Verdict: the lint-gate stage's. mode (canary/strict) governs drift only; lint.enforce: false",
    'makes the gate report-only ("not enforced"). Deliberate difference: the CLI cannot read reviews,',
    'so a finding that needs approval is never approved here (see docs/suite.md).',
    'Exit codes: 0 nothing needs approval (or not enforced), 1 a finding needs approval, 2 bad input (a file that does not parse, a bad pragma).',
  ].join('\n'),
  // Modules only some runs need (the change from git or --url, row counts, JSON and SARIF output)
  // are imported where they are used: a lint of named files loads none of them.
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        'pg-version': { type: 'string' },
        url: { type: 'string' },
        config: { type: 'string', short: 'c' },
        since: { type: 'string' },
        'assume-in-transaction': { type: 'boolean' },
      },
      allowPositionals: true,
    });
    const format = values.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format))
      throw new InputError(`--format must be one of ${FORMATS.join(', ')}, got "${values.format}"`);
    // The parser's wasm compiles in the background while the config and files are read.
    const parser = loadSqlParser();
    parser.catch(() => {});

    // `schemagate lint examples/x` where x has a schemagate.yml: treat it as the project root.
    const single = positionals.length === 1 ? resolve(io.cwd, positionals[0]) : undefined;
    const projectRoot = single && isDir(single) && existsSync(`${single}/schemagate.yml`) ? single : io.cwd;
    // Without a config file, neither YAML nor the config schema is loaded.
    const project = await loadProjectLazily({ root: projectRoot, config: values.config, env: io.env });
    const lint = project.config.lint;
    const pgVersion = values['pg-version'] === undefined ? lint.pg_version : Number(values['pg-version']);
    if (!Number.isInteger(pgVersion) || pgVersion < 10 || pgVersion > 19) {
      throw new InputError(
        `--pg-version must be a major version between 10 and 19, got "${values['pg-version']}"`,
      );
    }

    const dir = project.path(project.config.migrations.dir);
    const named = positionals.length > 0 && projectRoot === io.cwd;
    let paths: string[];
    if (!named) {
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
    const sources = paths.map((p) => ({ file: show(p), text: readSqlText(p, show(p)) }));
    // The change being judged: the named files, else --since, --url, the branch's changes, or each file alone.
    const { change, edits } = named
      ? {
          change: {
            kind: 'files' as const,
            files: new Set(paths.map(show)),
            description: `the files named on the command line, as one change (${paths.length} file(s))`,
          },
          edits: [],
        }
      : await (await import('../../runtime/cliChange.js')).resolveCliChange({
          project,
          dir,
          show,
          since: values.since,
          url: values.url,
          openDb: (url) => openDb(url),
        });
    await parser;
    // One file that does not parse must not hide the findings of the others: each is reported.
    // Row counts need the judged files' tables before linting: parse them all up front then;
    // otherwise each file is parsed as the linter reaches it (parseLazily).
    const eager = values.url ? parseForLint(sources) : undefined;
    const { files, unparsed } = eager ?? parseLazily(sources);

    // Functions the declared schema defines STABLE/IMMUTABLE are not volatile defaults. A schema file
    // that does not parse only leaves its functions unknown, which counts as volatile (the safe side).
    const schemaDir = project.config.schema ? project.path(project.config.schema) : undefined;
    const functionVolatility =
      schemaDir && isDir(schemaDir)
        ? declaredVolatility(
            parseForLint(
              listSqlFiles(schemaDir).map((p) => ({ file: show(p), text: readSqlText(p, show(p)) })),
            ).files,
          )
        : undefined;

    let rowCounts: Map<string, number> | undefined;
    const judged =
      eager && change.kind === 'files' ? eager.files.filter((f) => change.files.has(f.file)) : eager?.files;
    if (values.url && judged?.length)
      rowCounts = await (await import('../../runtime/readOnlyStats.js')).readRowCountsReadOnly(
        openDb,
        values.url,
        tablesTouched(judged),
      );
    const report = lintChange(
      files,
      change,
      {
        pgVersion,
        ruleLevels: lint.rules,
        configFile: project.configFile ?? 'schemagate.yml',
        largeTableRows: lint.large_table_rows,
        rowCounts,
        unparsed,
        functionVolatility,
        assumeInTransaction: values['assume-in-transaction'] ?? lint.assume_in_transaction,
      },
      edits,
    );
    const gated = report.findings.filter((f) => needsApproval(f, lint));
    // The CLI cannot read reviews: a finding that needs approval is never approved here.
    const verdict = gateVerdict({ gated: gated.length, approved: false, enforce: lint.enforce });
    const passed = verdict === 'pass';
    // JSON and SARIF go to stdout alone; the judged set is then on stderr.
    if (format === 'text') io.out(`judged: ${change.description}`);
    else io.err(`judged: ${change.description}`);

    if (format === 'json')
      io.out(
        JSON.stringify(
          {
            ...(await import('../../core/report/lintJson.js')).lintJson(report, {
              mode: project.config.mode,
              selectedBy: change.description,
              version: VERSION,
              passed,
            }),
            enforced: lint.enforce,
            verdict,
          },
          null,
          2,
        ),
      );
    else if (format === 'sarif')
      io.out(
        JSON.stringify(
          (await import('../../core/report/sarif.js')).toSarif(report, { rules, version: VERSION }),
          null,
          2,
        ),
      );
    else {
      const subjects = listSome([...new Set(gated.map((f) => f.subject))], 5);
      const note =
        verdict === 'pass'
          ? 'gate: pass (no finding needs approval)'
          : verdict === 'fail'
            ? `gate: fail: ${gated.length} finding(s) need approval: ${subjects}`
            : `gate: ${NOT_ENFORCED}: ${gated.length} finding(s) would need approval: ${subjects}`;
      const style = terminalStyle(colourWanted(io.env, io.isTTY ?? false));
      // Plain text of a large report goes out piece by piece, never built as one string.
      if (!style.colour && io.outPieces) io.outPieces(lintTextChunks(report, note));
      else io.out(colourLintText(lintText(report, note), style));
    }
    if (report.inputErrors?.length) {
      for (const e of report.inputErrors) io.err(`${e.file}:${e.line}:${e.column}: ${e.message}\n`);
      io.err(
        `${report.inputErrors.length} problem(s) in the input: the other files were linted and reported above\n`,
      );
      return 2;
    }
    return verdict === 'fail' ? 1 : 0;
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
