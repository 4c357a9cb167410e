/** `migrations.require_down`: a finding for each linted migration without a down part (issue 17). */
import type { LintReport } from '../../core/lint/types.js';
import { missingDownFindings, withFindings } from '../../core/migrations/roundTrip.js';
import type { SqlFile } from '../../core/sql/index.js';
import { loadMigrationSet } from '../../runtime/migrationDir.js';
import type { Project } from '../../runtime/project.js';

export function withMissingDown(
  project: Project,
  report: LintReport,
  linted: readonly SqlFile[],
): LintReport {
  if (!project.config.migrations.require_down || linted.length === 0) return report;
  const set = loadMigrationSet(project);
  return withFindings(report, missingDownFindings(linted, set.migrations, set.format));
}
