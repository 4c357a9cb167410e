/** Every lint rule, in the order the docs list them. A rule is added here and nowhere else. */
import type { LintRule } from '../types.js';
import { addingCheckConstraint } from './adding-check-constraint.js';
import { addingColumnWithDefault } from './adding-column-with-default.js';
import { addingNotNullColumnWithoutDefault } from './adding-not-null-column-without-default.js';
import { addingNullableColumn } from './adding-nullable-column.js';
import { addingSerialPrimaryKey } from './adding-serial-primary-key.js';
import { backfillInMigration } from './backfill-in-migration.js';
import { changingColumnType } from './changing-column-type.js';
import { charType } from './char-type.js';
import { concurrentlyInTransaction } from './concurrently-in-transaction.js';
import { creatingIndexWithoutConcurrently } from './creating-index-without-concurrently.js';
import { droppingColumn } from './dropping-column.js';
import { droppingDatabaseOrSchema } from './dropping-database-or-schema.js';
import { droppingIndexWithoutConcurrently } from './dropping-index-without-concurrently.js';
import { droppingTable } from './dropping-table.js';
import { foreignKeyWithoutNotValid } from './foreign-key-without-not-valid.js';
import { intPrimaryKey } from './int-primary-key.js';
import { missingIfExists } from './missing-if-exists.js';
import { missingLockTimeout } from './missing-lock-timeout.js';
import { renamingColumn } from './renaming-column.js';
import { renamingTable } from './renaming-table.js';
import { settingNotNull } from './setting-not-null.js';
import { timestampWithoutTimeZone } from './timestamp-without-time-zone.js';
import { truncatingTable } from './truncating-table.js';
import { unboundedUpdateDelete } from './unbounded-update-delete.js';
import { uniqueConstraintWithoutIndex } from './unique-constraint-without-index.js';
import { unusedIgnore } from './unused-ignore.js';
import { usingCascade } from './using-cascade.js';
import { volatileDefault } from './volatile-default.js';

export const rules: readonly LintRule[] = [
  addingNullableColumn,
  addingColumnWithDefault,
  addingNotNullColumnWithoutDefault,
  volatileDefault,
  addingSerialPrimaryKey,
  droppingColumn,
  changingColumnType,
  droppingTable,
  addingCheckConstraint,
  foreignKeyWithoutNotValid,
  uniqueConstraintWithoutIndex,
  settingNotNull,
  renamingColumn,
  renamingTable,
  backfillInMigration,
  unboundedUpdateDelete,
  creatingIndexWithoutConcurrently,
  droppingIndexWithoutConcurrently,
  concurrentlyInTransaction,
  charType,
  intPrimaryKey,
  timestampWithoutTimeZone,
  truncatingTable,
  usingCascade,
  droppingDatabaseOrSchema,
  missingLockTimeout,
  missingIfExists,
  unusedIgnore,
];

export const ruleById: ReadonlyMap<string, LintRule> = new Map(rules.map((r) => [r.id, r]));
