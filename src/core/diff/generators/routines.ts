/**
 * Functions and procedures. pg_get_functiondef already prints CREATE OR REPLACE; that replaces
 * the body and attributes in place. A change CREATE OR REPLACE cannot make (result type, argument
 * names or modes, function <-> procedure) drops and creates the routine.
 */

import type { Routine } from '../../model/types.js';
import { qualified } from '../../sql/quote.js';
import { type DiffContext, RANK, type Step, stmt, vid } from '../context.js';
import { type Ref, refs, refsIn, typeKeyOf } from '../refs.js';

/** True when CREATE OR REPLACE cannot turn `a` into `b`. */
export function routineNeedsRecreate(a: Routine, b: Routine): boolean {
  if (a.kind !== b.kind || a.returns !== b.returns || a.args.length !== b.args.length) return true;
  return a.args.some(
    (x, i) => x.name !== b.args[i].name || x.mode !== b.args[i].mode || x.type !== b.args[i].type,
  );
}

export function routineChanged(a: Routine, b: Routine): boolean {
  return (
    a.definition !== b.definition ||
    a.kind !== b.kind ||
    a.returns !== b.returns ||
    a.language !== b.language ||
    a.volatility !== b.volatility ||
    a.securityDefiner !== b.securityDefiner ||
    a.strict !== b.strict ||
    a.parallel !== b.parallel ||
    a.config.join() !== b.config.join()
  );
}

/** What a routine needs to exist first: its types, and for SQL-language bodies the objects they read. */
export function routineDeps(ctx: DiffContext, key: string, r: Routine, side: 'from' | 'to'): Ref[] {
  const index = side === 'to' ? ctx.analysis.toIndex : ctx.analysis.fromIndex;
  const out: Ref[] = [refs.schema(r.schema)];
  for (const a of r.args) {
    const t = typeKeyOf(a.type);
    if (t) out.push(refs.type(t), refs.rel(t));
  }
  out.push(...refsIn(r.returns, index));
  // PostgreSQL checks SQL-language bodies at creation; PL/pgSQL bodies are only checked when run.
  if (r.language === 'sql') out.push(...refsIn(r.definition, index));
  const self = refs.func(qualified(r.schema, r.name));
  return out.filter((x) => x !== self && x !== refs.routine(key));
}

function createStep(ctx: DiffContext, key: string, r: Routine): Step {
  return {
    id: vid(r.kind, r.schema, `${r.name}(${r.argTypes})`, 'create'),
    rank: RANK.routine,
    statements: [stmt(r.definition)],
    provides: [refs.routine(key), refs.func(qualified(r.schema, r.name))],
    requires: routineDeps(ctx, key, r, 'to'),
  };
}

function dropStep(ctx: DiffContext, key: string, r: Routine): Step {
  return {
    id: vid(r.kind, r.schema, `${r.name}(${r.argTypes})`, 'drop'),
    rank: RANK.dropRoutine,
    statements: [
      stmt(
        `DROP ${r.kind === 'procedure' ? 'PROCEDURE' : 'FUNCTION'} ${qualified(r.schema, r.name)}(${r.argTypes})`,
      ),
    ],
    removes: [refs.routine(key), refs.func(qualified(r.schema, r.name))],
    releases: routineDeps(ctx, key, r, 'from'),
  };
}

export function routinesGenerator(ctx: DiffContext): void {
  const { from, to } = ctx;
  for (const key of Object.keys(to.routines).sort()) {
    const a = from.routines[key];
    const b = to.routines[key];
    if (!a) ctx.add(createStep(ctx, key, b));
    else if (ctx.analysis.recreatedRoutines.has(key)) {
      ctx.add(dropStep(ctx, key, a));
      ctx.add(createStep(ctx, key, b));
      ctx.markRecreated(b.kind, key);
    } else if (routineChanged(a, b)) {
      ctx.add({
        ...createStep(ctx, key, b),
        id: vid(b.kind, b.schema, `${b.name}(${b.argTypes})`, 'replace'),
      });
    }
  }
  for (const key of Object.keys(from.routines).sort()) {
    if (!to.routines[key]) ctx.add(dropStep(ctx, key, from.routines[key]));
  }
}
