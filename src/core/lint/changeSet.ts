/**
 * "The change" the lint gate judges, defined once for the stage and the CLI. Only files of the
 * change are reported, and only tables they create exempt later statements (a table created by an
 * older, merged file is an existing table with data). The ways to know the change:
 *
 * - a pull request: the migration files it adds or modifies;
 * - a merge group / push / `--since REF`: the files changed between two commits;
 * - a database (`--url`): the files not yet applied there;
 * - nothing known: each file is judged as its own change, with every earlier file applied.
 *
 * Editing or deleting an already-merged migration is itself a finding: applied history changed.
 */
import type { SqlFile } from '../sql/index.js';
import { type LazySqlFiles, type LintOptions, lintFiles } from './index.js';
import { maxRisk } from './risk.js';
import type { Finding, LintReport } from './types.js';

export type ChangeSet =
  | {
      readonly kind: 'files';
      /** Display paths (as in SqlFile.file) of the migration files in the change. */
      readonly files: ReadonlySet<string>;
      /** Which set was judged, for logs, the comment and the JSON report. */
      readonly description: string;
    }
  | { readonly kind: 'each-file'; readonly description: string };

/** A merged migration that the change edits, renames or deletes. */
export interface HistoryEdit {
  /** Display path of the merged file. */
  readonly file: string;
  readonly how: 'modified' | 'removed' | 'renamed';
  /** New path of a renamed file. */
  readonly to?: string;
}

export const APPLIED_HISTORY_RULE = 'applied-history-changed';
export const APPLIED_HISTORY_DOCS = 'docs/suite.md#the-change-being-judged';

export const eachFile = (why: string): ChangeSet => ({
  kind: 'each-file',
  description: `each migration file on its own, with every earlier file as already applied (${why})`,
});

/** Lints `files` (the whole set, in order) as the change defines, plus the history findings. */
export function lintChange(
  input: readonly SqlFile[] | LazySqlFiles,
  change: ChangeSet,
  options: Omit<LintOptions, 'contextOnly'>,
  edits: readonly HistoryEdit[] = [],
): LintReport {
  let parts: LintReport[];
  // Each file on its own lints every prefix again: parse once. A change of named files is one pass,
  // in which lazily parsed files (parseLazily) are parsed as they are linted.
  const files = change.kind === 'files' || Array.isArray(input) ? undefined : [...input];
  if (change.kind === 'files' || (files ?? (input as readonly SqlFile[])).length === 0) {
    const inChange = change.kind === 'files' ? change.files : new Set<string>();
    const names = Array.isArray(input) ? input.map((f) => f.file) : (input as LazySqlFiles).names;
    const contextOnly = new Set(names.filter((f) => !inChange.has(f)));
    parts = [lintFiles(files ?? input, { ...options, contextOnly })];
  } else {
    const all = files ?? (input as readonly SqlFile[]);
    // Files that did not parse are reported once, with the first part, not once per prefix.
    parts = all.map((_, i) => {
      const upTo = all.slice(0, i + 1);
      return lintFiles(upTo, {
        ...options,
        unparsed: i === 0 ? options.unparsed : undefined,
        contextOnly: new Set(upTo.slice(0, i).map((f) => f.file)),
      });
    });
  }
  const findings = [...edits.map(historyFinding), ...parts.flatMap((p) => p.findings)];
  const inputErrors = parts.flatMap((p) => p.inputErrors ?? []);
  return {
    pgVersion: options.pgVersion,
    files: parts.flatMap((p) => p.files),
    statements: parts.reduce((n, p) => n + p.statements, 0),
    findings,
    highestRisk: maxRisk(findings.filter((f) => !f.ignored).map((f) => f.risk)),
    ...(inputErrors.length ? { inputErrors } : {}),
  };
}

export function historyFinding(edit: HistoryEdit): Finding {
  const verb =
    edit.how === 'removed' ? 'deletes' : edit.how === 'renamed' ? `renames (to ${edit.to})` : 'edits';
  return {
    file: edit.file,
    line: 1,
    column: 1,
    ruleId: APPLIED_HISTORY_RULE,
    risk: 'high',
    message: `the change ${verb} ${edit.file}, a migration that is already merged (applied history changed)`,
    why: 'Databases that already applied the file keep the old version: the migration history no longer matches what ran in production, and the migrate stage refuses an applied file whose content changed.',
    safeAlternative: 'Revert the edit and add a new migration that makes the change.',
    subject: `${edit.how === 'removed' ? 'DELETE' : edit.how === 'renamed' ? 'RENAME' : 'EDIT'} merged migration ${edit.file}`,
    statement: '',
    docs: APPLIED_HISTORY_DOCS,
  };
}
