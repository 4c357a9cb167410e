/**
 * Reads a directory listing into a MigrationSet: detects the format when asked to, and refuses a
 * directory that mixes formats, naming one file of each.
 */
import type { MigrationFormat } from '../config/schema.js';
import { ATLAS_SUM } from './atlasSum.js';
import { joinPath } from './common.js';
import { MigrationDirError } from './errors.js';
import { atlasFormat } from './formats/atlas.js';
import { dbmateFormat } from './formats/dbmate.js';
import { flywayFormat } from './formats/flyway.js';
import { golangMigrateFormat } from './formats/golangMigrate.js';
import { plainFormat } from './formats/plain.js';
import type { FormatReader, MigrationDirFile, MigrationSet, ResolvedFormat } from './types.js';

export const FORMATS: Readonly<Record<ResolvedFormat, FormatReader>> = {
  atlas: atlasFormat,
  'golang-migrate': golangMigrateFormat,
  dbmate: dbmateFormat,
  flyway: flywayFormat,
  plain: plainFormat,
};

/** Formats recognisable from their files alone, in the order detection tries them. */
const DISTINCTIVE: readonly FormatReader[] = [golangMigrateFormat, dbmateFormat, flywayFormat];

export function readMigrationSet(
  files: { name: string; content: string }[],
  format: MigrationFormat,
  dirLabel: string,
): MigrationSet {
  const sqlFiles: MigrationDirFile[] = files.filter((f) => f.name.endsWith('.sql'));
  const sum = files.find((f) => f.name === ATLAS_SUM);
  const resolved = format === 'auto' ? detect(sqlFiles, sum !== undefined, dirLabel) : format;
  const reader = FORMATS[resolved];
  const foreign = sqlFiles.find((f) => !reader.claims(f));
  if (foreign) {
    const own = sqlFiles.find((f) => reader.claims(f));
    const other = DISTINCTIVE.find((r) => r !== reader && r.claims(foreign));
    throw new MigrationDirError(
      own
        ? [joinPath(dirLabel, own.name), joinPath(dirLabel, foreign.name)]
        : [joinPath(dirLabel, foreign.name)],
      other
        ? `the directory mixes formats: ${foreign.name} is a ${other.format} file in a ${resolved} directory; keep one format per directory (migrations.format)`
        : `${foreign.name} is not a ${resolved} migration file name${resolved === 'dbmate' ? ' (or has no -- migrate:up section)' : ''}; rename it or move it out of the directory`,
    );
  }
  const migrations = reader.read(sqlFiles, dirLabel, files);
  return {
    format: resolved,
    dir: dirLabel,
    migrations,
    sum: sum ? { file: joinPath(dirLabel, ATLAS_SUM), text: sum.content } : undefined,
    sqlFiles,
  };
}

function detect(sqlFiles: readonly MigrationDirFile[], hasSum: boolean, dir: string): ResolvedFormat {
  const found = DISTINCTIVE.map((r) => ({ r, file: sqlFiles.find((f) => r.claims(f)) })).filter(
    (x) => x.file !== undefined,
  );
  if (found.length > 1) {
    const [a, b] = found;
    throw new MigrationDirError(
      [joinPath(dir, a.file!.name), joinPath(dir, b.file!.name)],
      `the directory mixes formats: ${a.file!.name} is ${a.r.format}, ${b.file!.name} is ${b.r.format}; keep one format per directory or set migrations.format`,
    );
  }
  if (found.length === 1) return found[0].r.format;
  // atlas.sum alone marks an Atlas directory; next to another format it is schemagate's own sum file.
  return hasSum ? 'atlas' : 'plain';
}
