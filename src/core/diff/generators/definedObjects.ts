/**
 * Objects the model knows only by a definition text and, where PostgreSQL can print one, the
 * statement that creates them (model.unsupported: aggregates, window functions, range types,
 * rules, triggers on views, foreign tables, event triggers). Equal definitions are no change; a
 * change, an addition or a removal is planned from `create`/`drop` when both are known, and is
 * an unsupported change otherwise (which refuses the plan).
 */
import { describeId, relKey } from '../../model/ids.js';
import type { ObjectKind, UnsupportedObject } from '../../model/types.js';
import { type DiffContext, RANK, type Step, stmt, vid } from '../context.js';
import { type Ref, refs, refsIn } from '../refs.js';

function label(u: UnsupportedObject): string {
  return describeId(u.id).slice(u.id.kind.length + 1);
}

function provided(u: UnsupportedObject): Ref[] {
  if (u.id.schema === null) return [];
  if (u.id.kind === 'aggregate' || u.id.kind === 'function')
    return [refs.func(relKey(u.id.schema, u.id.name))];
  if (u.id.kind === 'other' || u.id.kind === 'collation') return [refs.type(relKey(u.id.schema, u.id.name))];
  return [];
}

function ranks(kind: ObjectKind): { create: number; drop: number } {
  if (kind === 'aggregate' || kind === 'function')
    return { create: RANK.routine + 1, drop: RANK.dropRoutine - 1 };
  if (kind === 'other' || kind === 'collation') return { create: RANK.type, drop: RANK.dropType };
  return { create: RANK.trigger, drop: RANK.dropTrigger };
}

function stepName(u: UnsupportedObject): string {
  return `${u.id.table !== null ? `${u.id.table}.` : ''}${u.id.name}${u.id.args !== null ? `(${u.id.args})` : ''}`;
}

function tableKey(u: UnsupportedObject): string | null {
  return u.id.table !== null && u.id.schema !== null ? relKey(u.id.schema, u.id.table) : null;
}

function createStep(ctx: DiffContext, u: UnsupportedObject, create: string): Step {
  const table = tableKey(u);
  const own = provided(u);
  return {
    id: vid(u.id.kind as ObjectKind, u.id.schema, stepName(u), 'create'),
    rank: ranks(u.id.kind as ObjectKind).create,
    statements: [stmt(create, table ? { locks: [{ table, mode: 'ACCESS EXCLUSIVE' }] } : {})],
    requires: [
      ...(table ? [refs.rel(table)] : []),
      // REPLICA IDENTITY USING INDEX: the index (its key is the qualified name in `uses`).
      ...(u.id.kind === 'replicaIdentity' && u.uses ? [refs.rel(u.uses)] : []),
      ...(u.id.schema !== null ? [refs.schema(u.id.schema)] : []),
      ...refsIn(u.uses ?? create, ctx.analysis.toIndex).filter((r) => !own.includes(r)),
    ],
    provides: own,
  };
}

function dropStep(ctx: DiffContext, u: UnsupportedObject, drop: string): Step {
  const table = tableKey(u);
  const own = provided(u);
  return {
    id: vid(u.id.kind as ObjectKind, u.id.schema, stepName(u), 'drop'),
    rank: ranks(u.id.kind as ObjectKind).drop,
    statements: [stmt(drop, table ? { locks: [{ table, mode: 'ACCESS EXCLUSIVE' }] } : {})],
    removes: own,
    releases: [
      ...(table ? [refs.rel(table)] : []),
      ...(u.id.kind === 'replicaIdentity' && u.uses ? [refs.rel(u.uses)] : []),
      ...refsIn(u.uses ?? u.create ?? '', ctx.analysis.fromIndex).filter((r) => !own.includes(r)),
    ],
  };
}

export function definedObjectsGenerator(ctx: DiffContext): void {
  const { from, to, analysis } = ctx;
  const a = new Map(from.unsupported.map((u) => [describeId(u.id), u]));
  const b = new Map(to.unsupported.map((u) => [describeId(u.id), u]));
  // Dropping or recreating the table or view also drops what hangs on it.
  const goneWithTable = (u: UnsupportedObject) => {
    const t = tableKey(u);
    return (
      t !== null &&
      (analysis.droppedTables.has(t) ||
        analysis.recreatedViews.has(t) ||
        ((from.views[t] !== undefined || from.materializedViews[t] !== undefined) &&
          to.views[t] === undefined &&
          to.materializedViews[t] === undefined))
    );
  };
  for (const [key, u] of [...b].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    const old = a.get(key);
    const same = old !== undefined && old.definition !== undefined && old.definition === u.definition;
    if (same && !goneWithTable(old)) continue;
    if (old === undefined || goneWithTable(old)) {
      if (u.create !== undefined) ctx.add(createStep(ctx, u, u.create));
      else ctx.unsupported({ kind: u.id.kind, name: label(u), reason: `not created: ${u.reason}` });
      continue;
    }
    if (old.definition === undefined || u.definition === undefined) {
      ctx.unsupported({
        kind: u.id.kind,
        name: label(u),
        reason: `present on both sides, not compared: ${u.reason}`,
      });
    } else if (u.create !== undefined && old.drop !== undefined) {
      ctx.add(dropStep(ctx, old, old.drop));
      ctx.add(createStep(ctx, u, u.create));
    } else {
      ctx.unsupported({
        kind: u.id.kind,
        name: label(u),
        reason: `changed, cannot be recreated: ${u.reason}`,
      });
    }
  }
  for (const [key, u] of [...a].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    if (b.has(key) || goneWithTable(u)) continue;
    if (u.drop !== undefined && u.id.kind !== 'foreignTable' && u.id.kind !== 'eventTrigger')
      ctx.add(dropStep(ctx, u, u.drop));
    else ctx.unsupported({ kind: u.id.kind, name: label(u), reason: `not dropped: ${u.reason}` });
  }
}
