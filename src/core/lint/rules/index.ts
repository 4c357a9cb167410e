/** Every lint rule, in the order the docs list them. A rule is added here and nowhere else. */
import type { LintRule } from '../types.js';
import { addingCheckConstraint } from './adding-check-constraint.js';
import { addingColumnWithDefault } from './adding-column-with-default.js';
import { addingEnumValue } from './adding-enum-value.js';
import { addingForeignKeyColumn } from './adding-foreign-key-column.js';
import { addingNotNullColumnWithoutDefault } from './adding-not-null-column-without-default.js';
import { addingNullableColumn } from './adding-nullable-column.js';
import { addingSerialPrimaryKey } from './adding-serial-primary-key.js';
import { addingStoredGeneratedColumn } from './adding-stored-generated-column.js';
import { addingUniqueColumn } from './adding-unique-column.js';
import { alteringConstraint } from './altering-constraint.js';
import { backfillInMigration } from './backfill-in-migration.js';
import { changingColumnType } from './changing-column-type.js';
import { charType } from './char-type.js';
import { clusteringTable } from './clustering-table.js';
import { concurrentlyInTransaction } from './concurrently-in-transaction.js';
import { creatingIndexWithoutConcurrently } from './creating-index-without-concurrently.js';
import { detachingPartitionWithoutConcurrently } from './detaching-partition-without-concurrently.js';
import { domainConstraint } from './domain-constraint.js';
import { droppingColumn } from './dropping-column.js';
import { droppingConstraint } from './dropping-constraint.js';
import { droppingDatabaseOrSchema } from './dropping-database-or-schema.js';
import { droppingIndexWithoutConcurrently } from './dropping-index-without-concurrently.js';
import { droppingNotNull } from './dropping-not-null.js';
import { droppingTable } from './dropping-table.js';
import { foreignKeyWithoutNotValid } from './foreign-key-without-not-valid.js';
import { identifierTooLong } from './identifier-too-long.js';
import { intPrimaryKey } from './int-primary-key.js';
import { missingIfExists } from './missing-if-exists.js';
import { missingLockTimeout } from './missing-lock-timeout.js';
import { missingStatementTimeout } from './missing-statement-timeout.js';
import { nestedTransaction } from './nested-transaction.js';
import { preferIdentity } from './prefer-identity.js';
import { preferTextOverVarchar } from './prefer-text-over-varchar.js';
import { reindexWithoutConcurrently } from './reindex-without-concurrently.js';
import { renamingColumn } from './renaming-column.js';
import { renamingTable } from './renaming-table.js';
import { settingLoggedOrUnlogged } from './setting-logged-or-unlogged.js';
import { settingNotNull } from './setting-not-null.js';
import { settingTablespace } from './setting-tablespace.js';
import { timestampWithoutTimeZone } from './timestamp-without-time-zone.js';
import { transactionNeverClosed } from './transaction-never-closed.js';
import { truncatingTable } from './truncating-table.js';
import { unboundedUpdateDelete } from './unbounded-update-delete.js';
import { uniqueConstraintWithoutIndex } from './unique-constraint-without-index.js';
import { unusedIgnore } from './unused-ignore.js';
import { updateAssignsColumnTwice } from './update-assigns-column-twice.js';
import { usingCascade } from './using-cascade.js';
import { vacuumFull } from './vacuum-full.js';
import { validatingConstraintInSameTransaction } from './validating-constraint-in-same-transaction.js';
import { volatileDefault } from './volatile-default.js';

export const rules: readonly LintRule[] = [
  addingNullableColumn,
  addingColumnWithDefault,
  addingNotNullColumnWithoutDefault,
  volatileDefault,
  addingStoredGeneratedColumn,
  addingUniqueColumn,
  addingForeignKeyColumn,
  addingSerialPrimaryKey,
  droppingColumn,
  changingColumnType,
  droppingTable,
  addingCheckConstraint,
  foreignKeyWithoutNotValid,
  uniqueConstraintWithoutIndex,
  settingNotNull,
  droppingNotNull,
  droppingConstraint,
  alteringConstraint,
  validatingConstraintInSameTransaction,
  domainConstraint,
  renamingColumn,
  renamingTable,
  backfillInMigration,
  unboundedUpdateDelete,
  updateAssignsColumnTwice,
  creatingIndexWithoutConcurrently,
  droppingIndexWithoutConcurrently,
  concurrentlyInTransaction,
  reindexWithoutConcurrently,
  detachingPartitionWithoutConcurrently,
  clusteringTable,
  vacuumFull,
  settingLoggedOrUnlogged,
  settingTablespace,
  addingEnumValue,
  charType,
  intPrimaryKey,
  timestampWithoutTimeZone,
  preferIdentity,
  preferTextOverVarchar,
  identifierTooLong,
  truncatingTable,
  usingCascade,
  droppingDatabaseOrSchema,
  missingLockTimeout,
  missingStatementTimeout,
  transactionNeverClosed,
  nestedTransaction,
  missingIfExists,
  unusedIgnore,
];

export const ruleById: ReadonlyMap<string, LintRule> = new Map(rules.map((r) => [r.id, r]));
