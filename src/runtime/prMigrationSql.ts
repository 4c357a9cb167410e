/** The comment's collapsed SQL of the migration files a pull request adds (core/report/migrationSql.ts). */
import { relative, sep } from 'node:path';
import { errorMessage } from '../core/errors.js';
import type { MigrationSet } from '../core/migrations/types.js';
import { renderMigrationSql } from '../core/report/migrationSql.js';
import { type AddedFilesSource, prAddedMigrations } from './prAddedMigrations.js';

export async function prMigrationSqlSection(
  set: MigrationSet,
  source: AddedFilesSource,
  log: (message: string) => void,
): Promise<string> {
  let added: Set<string> | undefined;
  try {
    added = await prAddedMigrations(source, log);
  } catch (err) {
    // Showing the SQL is for the reader; the migrations already ran, so this does not fail the stage.
    return `:warning: The SQL of this pull request's migrations cannot be shown: listing its files failed (${errorMessage(err)}).\n`;
  }
  if (!added) return '';
  const files = set.migrations
    .filter((m) => added.has(m.file))
    .map((m) => ({ path: m.up.file, text: m.up.text, ...(m.down ? { part: 'up' } : {}) }));
  // The cut note names a command a reviewer can run in a checkout of the pull request.
  const dir = relative(source.root, source.migrationsDir).split(sep).join('/') || '.';
  const base = source.baseSha ? source.baseSha.slice(0, 12) : 'origin/HEAD';
  const seeAll = `\`git diff ${base}...HEAD -- ${dir}\` in a checkout of the pull request, or its Files changed tab.`;
  return renderMigrationSql(files, { seeAll });
}
