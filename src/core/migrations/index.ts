/** Versioned migrations: directory formats, atlas.sum, the revision table and the runner. */
export {
  ATLAS_SUM,
  computeAtlasSum,
  formatAtlasSum,
  parseAtlasSum,
  verifyAtlasSum,
  writeAtlasSum,
} from './atlasSum.js';
export {
  MigrationDirError,
  MigrationInFlightError,
  MigrationLockError,
  MigrationStateError,
} from './errors.js';
export { partStatements } from './executor.js';
export { dbmateTemplate } from './formats/dbmate.js';
export { compareFlywayVersions } from './formats/flyway.js';
export { nonTransactionalReason } from './nonTransactional.js';
export { FORMATS, readMigrationSet } from './readSet.js';
export { replayMigrations } from './replay.js';
export { REVISION_TABLE, type RevisionRow } from './revisionTable.js';
export type {
  AppliedMigration,
  DownReport,
  MigrationFailure,
  PendingMigration,
  PlannedStatement,
  RunnerOptions,
  RunReport,
  StatusReport,
} from './runner.js';
export { baselineMigrations, migrateDown, migrateUp, migrationStatus, resolveInFlight } from './runner.js';
export { findMigration, type MigrationState, migrationState } from './status.js';
export { verifySum } from './sum.js';
export type { Migration, MigrationDirFile, MigrationPart, MigrationSet, ResolvedFormat } from './types.js';

import { FORMATS } from './readSet.js';
import type { MigrationSet } from './types.js';

/** The next file name(s) in the set's format; `down` when the format keeps down parts in their own file. */
export function nextMigrationFileName(
  set: MigrationSet,
  name: string,
  now: Date,
): { up: string; down?: string } {
  return FORMATS[set.format].nextFileName(set, name, now);
}
