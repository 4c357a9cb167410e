/**
 * What the diff engine produces: an ordered list of planned statements, each carrying the facts
 * later stages need (transaction safety, locks, rewrites, data loss, hazards). Generators only
 * describe; the approval policy that acts on these facts lives outside the core diff.
 */
import type { ObjectKind } from '../model/types.js';

export type LockMode = 'ACCESS EXCLUSIVE' | 'SHARE' | 'SHARE ROW EXCLUSIVE' | 'SHARE UPDATE EXCLUSIVE';

export interface Hazard {
  /** Stable id, e.g. `data-loss`, `table-rewrite`, `enum-value-in-transaction`. */
  readonly id: string;
  readonly message: string;
}

export interface PlannedStatement {
  /** One SQL statement without the trailing semicolon. */
  readonly sql: string;
  /** False when PostgreSQL refuses to run it inside a transaction block. */
  readonly transactional: boolean;
  /** Tables (qualified keys) this statement locks, and how. */
  readonly locks?: readonly { readonly table: string; readonly mode: LockMode }[];
  readonly rewritesTable: boolean;
  readonly dataLoss: boolean;
  readonly hazards: readonly Hazard[];
}

export interface UnsupportedChange {
  readonly kind: ObjectKind | string;
  /** Qualified name of the object. */
  readonly name: string;
  readonly reason: string;
}

export interface Plan {
  readonly statements: readonly PlannedStatement[];
  readonly unsupported: readonly UnsupportedChange[];
}

export interface PlanOptions {
  /** Build indexes on existing tables with CREATE/DROP INDEX CONCURRENTLY (non-transactional). */
  readonly concurrentIndexes?: boolean;
  /**
   * server_version_num of the database the plan will run on; decides version-dependent SQL
   * (e.g. ALTER TYPE ... ADD VALUE is non-transactional before 12). Default: `from.serverVersion`.
   */
  readonly targetVersion?: number;
  /** Explicit renames (from `-- schemagate:rename`); renames are never guessed. */
  readonly renames?: readonly import('../model/types.js').RenameHint[];
  /** USING expressions for column type changes (from `-- schemagate:using`). */
  readonly usings?: readonly import('../model/types.js').UsingHint[];
  /** Phases `diffing` (one event per object kind) and `planning` (ordering the steps). */
  readonly onProgress?: import('../progress.js').OnProgress;
}
