import { ATLAS_SUM, verifyAtlasSum } from './atlasSum.js';
import { joinPath } from './common.js';
import { MigrationDirError } from './errors.js';
import type { MigrationSet } from './types.js';

/**
 * Verifies the set against its sum file. Atlas directories must have one (as Atlas requires);
 * other formats are checked when they keep one.
 */
export function verifySum(set: MigrationSet): void {
  if (set.sum) {
    verifyAtlasSum(set.sqlFiles, set.sum.text, set.dir);
    return;
  }
  if (set.format === 'atlas' && set.sqlFiles.length > 0) {
    throw new MigrationDirError(
      [joinPath(set.dir, ATLAS_SUM)],
      'not found: an Atlas directory needs its sum file; run `schemagate hash` to write it',
    );
  }
}
