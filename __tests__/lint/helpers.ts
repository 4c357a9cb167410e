import { type LintOptions, lintFiles } from '../../src/core/lint/index.js';
import type { LintReport } from '../../src/core/lint/types.js';
import { parseSqlFile } from '../../src/core/sql/index.js';

/** Lints `sql` as one migration file, after optional already-applied context SQL. */
export function lintSql(sql: string, options: Partial<LintOptions> & { context?: string } = {}): LintReport {
  const files = [];
  if (options.context) files.push(parseSqlFile('db/000_applied.sql', options.context));
  files.push(parseSqlFile('db/001_change.sql', sql));
  return lintFiles(files, {
    pgVersion: 15,
    ...options,
    contextOnly: new Set([
      ...(options.contextOnly ?? []),
      ...(options.context ? ['db/000_applied.sql'] : []),
    ]),
  });
}

export const ruleIds = (r: LintReport): string[] => r.findings.map((f) => f.ruleId);
