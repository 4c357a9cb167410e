/** Standalone and OWNED BY sequences (identity sequences are handled on their column). */

import type { Sequence } from '../../model/types.js';
import { qualified, quoteIdent } from '../../sql/quote.js';
import { type DiffContext, RANK, stmt, vid } from '../context.js';
import { diffByKey, equalExcept } from '../diff.js';
import { refs } from '../refs.js';
import type { PlannedStatement } from '../types.js';

const NOT_COMPARED = ['comment', 'grants', 'owner', 'ownedBy'] as const;

function options(s: Sequence): string {
  return (
    ` AS ${s.dataType} INCREMENT BY ${s.increment} MINVALUE ${s.min} MAXVALUE ${s.max}` +
    ` START WITH ${s.start} CACHE ${s.cache} ${s.cycle ? 'CYCLE' : 'NO CYCLE'}`
  );
}

function changedOptions(a: Sequence, b: Sequence): string {
  const parts: string[] = [];
  if (a.dataType !== b.dataType) parts.push(`AS ${b.dataType}`);
  if (a.increment !== b.increment) parts.push(`INCREMENT BY ${b.increment}`);
  if (a.min !== b.min) parts.push(`MINVALUE ${b.min}`);
  if (a.max !== b.max) parts.push(`MAXVALUE ${b.max}`);
  if (a.start !== b.start) parts.push(`START WITH ${b.start}`);
  if (a.cache !== b.cache) parts.push(`CACHE ${b.cache}`);
  if (a.cycle !== b.cycle) parts.push(b.cycle ? 'CYCLE' : 'NO CYCLE');
  return parts.join(' ');
}

function ownedBy(s: Sequence): string {
  return s.ownedBy ? `${s.ownedBy.table}.${quoteIdent(s.ownedBy.column)}` : 'NONE';
}

export function sequencesGenerator(ctx: DiffContext): void {
  const { from, to, analysis } = ctx;
  const d = diffByKey(from.sequences, to.sequences, (a, b) => equalExcept(a, b, NOT_COMPARED));
  for (const { key, value: s } of d.adds) {
    ctx.add({
      id: vid('sequence', s.schema, s.name, 'create'),
      rank: RANK.sequence,
      statements: [stmt(`CREATE SEQUENCE ${qualified(s.schema, s.name)}${options(s)}`)],
      provides: [refs.rel(key)],
      requires: [refs.schema(s.schema)],
    });
  }
  for (const { key, value: s } of d.drops) {
    // Dropping the owning table or column drops an OWNED BY sequence with it.
    if (s.ownedBy) {
      const owner = to.tables[s.ownedBy.table];
      if (analysis.droppedTables.has(s.ownedBy.table) || (owner && !owner.columns[s.ownedBy.column]))
        continue;
    }
    ctx.add({
      id: vid('sequence', s.schema, s.name, 'drop'),
      rank: RANK.dropSequence,
      statements: [stmt(`DROP SEQUENCE ${qualified(s.schema, s.name)}`)],
      removes: [refs.rel(key)],
      releases: [refs.schema(s.schema)],
    });
  }
  for (const { key, from: a, to: b } of d.alters) {
    const statements: PlannedStatement[] = [];
    const changed = changedOptions(a, b);
    // The model has no current value, so the counter is kept (no RESTART); narrower bounds can then fail.
    const narrower = BigInt(b.min) > BigInt(a.min) || BigInt(b.max) < BigInt(a.max);
    if (changed) {
      statements.push(
        stmt(`ALTER SEQUENCE ${qualified(b.schema, b.name)} ${changed}`, {
          hazards: narrower
            ? [
                {
                  id: 'sequence-bounds',
                  message: `fails if the current value of ${key} is outside the new MINVALUE/MAXVALUE`,
                },
              ]
            : [],
        }),
      );
    }
    if (statements.length > 0) {
      ctx.add({
        id: vid('sequence', b.schema, b.name, 'alter'),
        rank: RANK.sequence,
        statements,
        provides: [refs.rel(key)],
      });
    }
  }
  for (const key of Object.keys(to.sequences).sort()) {
    const b = to.sequences[key];
    const a = from.sequences[key];
    let before = a ? ownedBy(a) : 'NONE';
    if (ownedBy(b) === before) continue;
    const owner = a?.ownedBy;
    if (
      owner &&
      (analysis.droppedTables.has(owner.table) || !to.tables[owner.table]?.columns[owner.column])
    ) {
      // The owning table or column goes away in this plan and would take the sequence with it:
      // release the sequence before that drop.
      ctx.add({
        id: vid('sequence', b.schema, b.name, 'alter', 'disown'),
        rank: RANK.dropTrigger,
        statements: [stmt(`ALTER SEQUENCE ${qualified(b.schema, b.name)} OWNED BY NONE`)],
        releases: [refs.rel(owner.table)],
      });
      before = 'NONE';
      if (ownedBy(b) === before) continue;
    }
    ctx.add({
      id: vid('sequence', b.schema, b.name, 'alter', 'owned-by'),
      rank: RANK.ownedBy,
      statements: [stmt(`ALTER SEQUENCE ${qualified(b.schema, b.name)} OWNED BY ${ownedBy(b)}`)],
      requires: [refs.rel(key), ...(b.ownedBy ? [refs.rel(b.ownedBy.table)] : [])],
    });
  }
}
