/**
 * The one contract every generator follows: `(ctx) => void`, reading `ctx.from` / `ctx.to` and
 * the shared analysis, and adding steps. A step is one vertex of the plan graph: a few statements
 * that run together, with the refs it provides, requires, removes and releases; plan.ts turns
 * those refs into edges.
 */
import type { ObjectKind, SchemaModel } from '../model/types.js';
import type { StepOp, VertexId } from './graph.js';
import type { Ref, RefIndex } from './refs.js';
import type { Hazard, LockMode, PlannedStatement, UnsupportedChange } from './types.js';

/** Phase order used to break ties: drops (dependents first), then creates (dependencies first). */
export const RANK = {
  /** Default privileges narrowed before anything is created, so new objects do not get them. */
  revokeDefaultPrivilege: 3,
  /** Renames run first: every later step names objects by their new names. */
  rename: 5,
  dropTrigger: 10,
  dropPolicy: 11,
  /** Publications (and tables leaving one) before the tables they list are dropped or reshaped. */
  dropPublication: 12,
  dropView: 20,
  dropForeignKey: 30,
  dropIndex: 40,
  dropConstraint: 50,
  detach: 60,
  dropColumn: 70,
  dropTable: 80,
  dropRoutine: 90,
  dropSequence: 100,
  dropType: 110,
  dropExtension: 120,
  dropSchema: 130,
  createSchema: 200,
  createExtension: 210,
  type: 220,
  sequence: 230,
  routine: 240,
  table: 250,
  column: 260,
  attach: 265,
  constraint: 270,
  ownedBy: 280,
  index: 290,
  foreignKey: 300,
  view: 310,
  trigger: 320,
  policy: 330,
  rowSecurity: 335,
  publication: 340,
  comment: 400,
  grant: 410,
  /** Default privileges widened last, so objects this plan creates keep the grants they are declared with. */
  defaultPrivilege: 420,
} as const;

export interface Step {
  readonly id: VertexId;
  readonly rank: number;
  readonly statements: readonly PlannedStatement[];
  /** Objects this step makes exist (or reshapes): steps requiring them wait for it. */
  readonly provides?: readonly Ref[];
  /** Objects that must exist (in their final shape) before this step. */
  readonly requires?: readonly Ref[];
  /** Objects this step drops or reshapes: steps releasing them must run first. */
  readonly removes?: readonly Ref[];
  /** Objects the dropped thing depended on: their removal waits for this step. */
  readonly releases?: readonly Ref[];
  /** Explicit predecessors, for orderings no ref expresses (e.g. drop after detach). */
  readonly after?: readonly VertexId[];
}

export interface StatementFacts {
  readonly transactional?: boolean;
  readonly locks?: readonly { readonly table: string; readonly mode: LockMode }[];
  readonly rewritesTable?: boolean;
  readonly dataLoss?: boolean;
  readonly hazards?: readonly Hazard[];
}

export function stmt(sql: string, facts: StatementFacts = {}): PlannedStatement {
  return {
    sql,
    transactional: facts.transactional ?? true,
    ...(facts.locks && facts.locks.length > 0 ? { locks: facts.locks } : {}),
    rewritesTable: facts.rewritesTable ?? false,
    dataLoss: facts.dataLoss ?? false,
    hazards: facts.hazards ?? [],
  };
}

export function vid(
  kind: ObjectKind,
  schema: string | null,
  name: string,
  op: StepOp,
  part?: string,
): VertexId {
  return part === undefined ? { kind, schema, name, op } : { kind, schema, name, op, part };
}

/** Facts computed once, before the generators run, that cross object kinds. */
export interface Analysis {
  /** Table keys present in `from` only. */
  readonly droppedTables: ReadonlySet<string>;
  /** Tables whose columns change in a way views cannot survive (drop, type, rename). */
  readonly reshapedTables: ReadonlySet<string>;
  /** Views and materialized views (keys) to drop and create again. */
  readonly recreatedViews: ReadonlySet<string>;
  /** Enum keys replaced through a rename/create/convert/drop swap. */
  readonly swappedEnums: ReadonlySet<string>;
  /** Routine keys dropped (gone, or recreated because CREATE OR REPLACE cannot change them). */
  readonly droppedRoutines: ReadonlySet<string>;
  readonly recreatedRoutines: ReadonlySet<string>;
  /** Tables detached from their parent in this plan (keys). */
  readonly detachedTables: ReadonlySet<string>;
  /** Tables whose PK/UNIQUE constraints or unique indexes are dropped or rebuilt (FKs to them must follow). */
  readonly keyChangedTables: ReadonlySet<string>;
  /** Qualified names of routines dropped or recreated (text mentions carry no argument types). */
  readonly removedFuncNames: ReadonlySet<string>;
  /**
   * New PRIMARY KEY / UNIQUE constraints (`table\u0000name`) that take over an existing plain
   * unique index with the same definition (`ADD CONSTRAINT … USING INDEX`), mapped to its key.
   */
  readonly adoptedIndexes: ReadonlyMap<string, string>;
  /** Per table key: columns whose type or collation changes in place. */
  readonly retypedColumns: ReadonlyMap<string, ReadonlySet<string>>;
  readonly fromIndex: RefIndex;
  readonly toIndex: RefIndex;
  /** Dependencies (refs) of each view/materialized view, from its definition. */
  readonly fromViewDeps: ReadonlyMap<string, readonly Ref[]>;
  readonly toViewDeps: ReadonlyMap<string, readonly Ref[]>;
}

export interface DiffContext {
  readonly from: SchemaModel;
  readonly to: SchemaModel;
  readonly version: number;
  readonly concurrentIndexes: boolean;
  readonly analysis: Analysis;
  /** The declared USING expression for a type change of `column` of table `tableKey`, if any. */
  usingFor(tableKey: string, column: string): string | undefined;
  add(step: Step): void;
  unsupported(change: UnsupportedChange): void;
  /** Records an object dropped and created again, so comments and grants are re-applied. */
  markRecreated(kind: ObjectKind, key: string): void;
  isRecreated(kind: ObjectKind, key: string): boolean;
}

export type Generator = (ctx: DiffContext) => void;
