/**
 * Triggers: created from pg_get_triggerdef, dropped and created again when changed (CREATE OR
 * REPLACE TRIGGER exists only from PostgreSQL 14) or when their function is recreated; the
 * enabled state is set with ALTER TABLE ... ENABLE/DISABLE TRIGGER.
 */

import type { Table, Trigger } from '../../model/types.js';
import { qualified, quoteIdent } from '../../sql/quote.js';
import { type DiffContext, RANK, type Step, stmt, vid } from '../context.js';
import { refs } from '../refs.js';
import type { PlannedStatement } from '../types.js';

function functionName(fn: string): string {
  const i = fn.indexOf('(');
  return i < 0 ? fn : fn.slice(0, i);
}

function enableSql(t: Table, tr: Trigger): string {
  const verb = { O: 'ENABLE', D: 'DISABLE', R: 'ENABLE REPLICA', A: 'ENABLE ALWAYS' }[tr.enabled];
  return `ALTER TABLE ${qualified(t.schema, t.name)} ${verb} TRIGGER ${quoteIdent(tr.name)}`;
}

/** A partition's copy of its parent's trigger is made by PostgreSQL, not by us. */
function clonedFromParent(
  model: { tables: Readonly<Record<string, Table>> },
  t: Table,
  tr: Trigger,
): boolean {
  if (!t.partitionOf) return false;
  const parent = model.tables[t.partitionOf.parent];
  const p = parent?.triggers[tr.name];
  return p !== undefined && p.function === tr.function;
}

function createStep(key: string, t: Table, tr: Trigger): Step {
  const statements: PlannedStatement[] = [
    stmt(tr.definition, { locks: [{ table: key, mode: 'SHARE ROW EXCLUSIVE' }] }),
  ];
  if (tr.enabled !== 'O') statements.push(stmt(enableSql(t, tr)));
  return {
    id: vid('trigger', t.schema, `${t.name}.${tr.name}`, 'create'),
    rank: RANK.trigger,
    statements,
    requires: [refs.rel(key), refs.routine(tr.function), refs.func(functionName(tr.function))],
  };
}

function dropStep(key: string, t: Table, tr: Trigger): Step {
  return {
    id: vid('trigger', t.schema, `${t.name}.${tr.name}`, 'drop'),
    rank: RANK.dropTrigger,
    statements: [
      stmt(`DROP TRIGGER ${quoteIdent(tr.name)} ON ${qualified(t.schema, t.name)}`, {
        locks: [{ table: key, mode: 'ACCESS EXCLUSIVE' }],
      }),
    ],
    releases: [refs.routine(tr.function), refs.func(functionName(tr.function)), refs.rel(key)],
  };
}

export function triggersGenerator(ctx: DiffContext): void {
  const { from, to, analysis } = ctx;
  for (const key of Object.keys(to.tables).sort()) {
    const t = to.tables[key];
    const f = from.tables[key];
    for (const name of Object.keys(t.triggers).sort()) {
      const b = t.triggers[name];
      if (clonedFromParent(to, t, b)) continue;
      const a = f?.triggers[name];
      if (!a || (f && clonedFromParent(from, f, a))) {
        ctx.add(createStep(key, t, b));
      } else if (
        a.definition !== b.definition ||
        a.isConstraint !== b.isConstraint ||
        analysis.recreatedRoutines.has(b.function)
      ) {
        ctx.add(dropStep(key, f!, a));
        ctx.add(createStep(key, t, b));
        ctx.markRecreated('trigger', `${key}\u0000${name}`);
      } else if (a.enabled !== b.enabled) {
        ctx.add({
          id: vid('trigger', t.schema, `${t.name}.${name}`, 'alter'),
          rank: RANK.trigger,
          statements: [stmt(enableSql(t, b))],
          requires: [refs.rel(key)],
        });
      }
    }
    if (!f) continue;
    for (const name of Object.keys(f.triggers).sort()) {
      if (!t.triggers[name] && !clonedFromParent(from, f, f.triggers[name]))
        ctx.add(dropStep(key, f, f.triggers[name]));
    }
  }
  // Triggers of dropped tables go with the table, but must still release their function.
  for (const key of Object.keys(from.tables).sort()) {
    if (to.tables[key]) continue;
    const f = from.tables[key];
    for (const name of Object.keys(f.triggers).sort()) {
      const tr = f.triggers[name];
      if (analysis.droppedRoutines.has(tr.function) && !clonedFromParent(from, f, tr))
        ctx.add(dropStep(key, f, tr));
    }
  }
}
