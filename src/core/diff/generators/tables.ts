/** Tables: create, drop, and table-level alters (partitions, inheritance, storage, RLS). */

import type { Column, SchemaModel, Table } from '../../model/types.js';
import { qualified, quoteIdent } from '../../sql/quote.js';
import { type DiffContext, RANK, type Step, stmt, vid } from '../context.js';
import { type Ref, refs, refsIn, typeKeyOf } from '../refs.js';
import type { PlannedStatement } from '../types.js';
import { optionKey, withOptions, withoutNotValid } from './sql.js';

export function identityClause(c: Column): string {
  if (!c.identity) return '';
  const kind = c.identity === 'always' ? 'ALWAYS' : 'BY DEFAULT';
  const s = c.identitySequence;
  const opts = s
    ? ` (START WITH ${s.start} INCREMENT BY ${s.increment} MINVALUE ${s.min} MAXVALUE ${s.max} CACHE ${s.cache}${s.cycle ? ' CYCLE' : ''})`
    : '';
  return ` GENERATED ${kind} AS IDENTITY${opts}`;
}

/** A column as written in CREATE TABLE / ADD COLUMN. */
export function columnSql(c: Column): string {
  return (
    `${quoteIdent(c.name)} ${c.type}${c.collation ? ` COLLATE ${c.collation}` : ''}` +
    `${c.generated !== null ? ` GENERATED ALWAYS AS (${c.generated}) STORED` : ''}${identityClause(c)}` +
    `${c.default !== null ? ` DEFAULT ${c.default}` : ''}${c.notNull ? ' NOT NULL' : ''}`
  );
}

/** Refs a column needs: its type and whatever its default or generation expression calls. */
export function columnRefs(ctx: DiffContext, c: Column, side: 'from' | 'to'): Ref[] {
  const index = side === 'to' ? ctx.analysis.toIndex : ctx.analysis.fromIndex;
  const out: Ref[] = [];
  const t = typeKeyOf(c.type);
  if (t) out.push(refs.type(t), refs.rel(t));
  out.push(...refsIn(c.default, index), ...refsIn(c.generated, index), ...refsIn(c.collation, index));
  return out;
}

export function sortedColumns(t: Table): Column[] {
  return Object.values(t.columns).sort((a, b) => a.position - b.position || (a.name < b.name ? -1 : 1));
}

/** Constraints written inside CREATE TABLE: validated, local, not foreign keys. */
export function inlineConstraint(t: Table, name: string): boolean {
  const c = t.constraints[name];
  return t.partitionOf === null && !c.inherited && c.type !== 'foreignKey' && c.validated;
}

function createTable(ctx: DiffContext, key: string, t: Table): Step {
  const name = qualified(t.schema, t.name);
  const requires: Ref[] = [refs.schema(t.schema)];
  let sql: string;
  if (t.partitionOf) {
    requires.push(refs.rel(t.partitionOf.parent));
    sql = `CREATE TABLE ${name} PARTITION OF ${t.partitionOf.parent} ${t.partitionOf.bound}`;
  } else {
    const lines = sortedColumns(t).map((c) => {
      requires.push(...columnRefs(ctx, c, 'to'));
      return `  ${columnSql(c)}`;
    });
    for (const n of Object.keys(t.constraints).sort()) {
      if (!inlineConstraint(t, n)) continue;
      const c = t.constraints[n];
      requires.push(...refsIn(c.definition, ctx.analysis.toIndex));
      lines.push(`  CONSTRAINT ${quoteIdent(n)} ${withoutNotValid(c.definition)}`);
    }
    for (const p of t.inherits) requires.push(refs.rel(p));
    sql =
      `CREATE ${t.unlogged ? 'UNLOGGED ' : ''}TABLE ${name} (${lines.length > 0 ? `\n${lines.join(',\n')}\n` : ''})` +
      `${t.inherits.length > 0 ? ` INHERITS (${t.inherits.join(', ')})` : ''}`;
  }
  if (t.partitioning) sql += ` PARTITION BY ${t.partitioning.key}`;
  sql += withOptions(t.options);
  return {
    id: vid('table', t.schema, t.name, 'create'),
    rank: RANK.table,
    statements: [stmt(sql)],
    provides: [refs.rel(key)],
    requires: requires.filter((r) => r !== refs.rel(key)),
  };
}

function dropTable(ctx: DiffContext, key: string, t: Table): Step {
  const releases: Ref[] = [refs.schema(t.schema)];
  if (t.partitionOf) releases.push(refs.rel(t.partitionOf.parent));
  for (const p of t.inherits) releases.push(refs.rel(p));
  for (const c of Object.values(t.columns)) releases.push(...columnRefs(ctx, c, 'from'));
  return {
    id: vid('table', t.schema, t.name, 'drop'),
    rank: RANK.dropTable,
    statements: [
      stmt(`DROP TABLE ${qualified(t.schema, t.name)}`, {
        dataLoss: true,
        locks: [{ table: key, mode: 'ACCESS EXCLUSIVE' }],
        hazards: [{ id: 'drop-table', message: `drops table ${key} and every row in it` }],
      }),
    ],
    removes: [refs.rel(key)],
    releases: releases.filter((r) => r !== refs.rel(key)),
  };
}

function rowSecurity(t: Table, from: Table | undefined): PlannedStatement[] {
  const name = qualified(t.schema, t.name);
  const out: PlannedStatement[] = [];
  if (t.rowSecurity !== (from?.rowSecurity ?? false)) {
    out.push(stmt(`ALTER TABLE ${name} ${t.rowSecurity ? 'ENABLE' : 'DISABLE'} ROW LEVEL SECURITY`));
  }
  if (t.forceRowSecurity !== (from?.forceRowSecurity ?? false)) {
    out.push(stmt(`ALTER TABLE ${name} ${t.forceRowSecurity ? 'FORCE' : 'NO FORCE'} ROW LEVEL SECURITY`));
  }
  return out;
}

const samePartition = (a: Table, b: Table) =>
  (a.partitionOf === null && b.partitionOf === null) ||
  (a.partitionOf !== null &&
    b.partitionOf !== null &&
    a.partitionOf.parent === b.partitionOf.parent &&
    a.partitionOf.bound === b.partitionOf.bound);

export function tablesGenerator(ctx: DiffContext): void {
  const { from, to } = ctx;
  for (const key of Object.keys(to.tables).sort()) {
    const t = to.tables[key];
    const f = from.tables[key];
    if (!f) {
      ctx.add(createTable(ctx, key, t));
      const rls = rowSecurity(t, undefined);
      if (rls.length > 0) {
        ctx.add({
          id: vid('table', t.schema, t.name, 'alter', 'rls'),
          rank: RANK.rowSecurity,
          statements: rls,
          requires: [refs.rel(key)],
        });
      }
      continue;
    }
    alterTable(ctx, key, f, t);
  }
  for (const key of Object.keys(from.tables).sort()) {
    if (!to.tables[key]) ctx.add(dropTable(ctx, key, from.tables[key]));
  }
}

function alterTable(ctx: DiffContext, key: string, f: Table, t: Table): void {
  const name = qualified(t.schema, t.name);
  const lock = [{ table: key, mode: 'ACCESS EXCLUSIVE' as const }];
  if (f.partitioning?.key !== t.partitioning?.key) {
    ctx.unsupported({
      kind: 'table',
      name: key,
      reason:
        'changing whether or how a table is partitioned needs a new table and a data copy (manual migration)',
    });
  }
  if (!samePartition(f, t)) {
    if (f.partitionOf) {
      ctx.add({
        id: vid('table', t.schema, t.name, 'alter', 'detach'),
        rank: RANK.detach,
        statements: [
          stmt(`ALTER TABLE ${f.partitionOf.parent} DETACH PARTITION ${name}`, {
            locks: [{ table: f.partitionOf.parent, mode: 'ACCESS EXCLUSIVE' }],
          }),
        ],
        releases: [refs.rel(f.partitionOf.parent)],
      });
    }
    if (t.partitionOf) {
      ctx.add({
        id: vid('table', t.schema, t.name, 'alter', 'attach'),
        rank: RANK.attach,
        statements: [
          stmt(`ALTER TABLE ${t.partitionOf.parent} ATTACH PARTITION ${name} ${t.partitionOf.bound}`, {
            locks: [{ table: t.partitionOf.parent, mode: 'SHARE UPDATE EXCLUSIVE' }, ...lock],
            hazards: [{ id: 'attach-partition-scan', message: `scans ${key} to check the partition bound` }],
          }),
        ],
        requires: [refs.rel(key), refs.rel(t.partitionOf.parent)],
        provides: [refs.rel(t.partitionOf.parent)],
      });
    }
  }
  const removed = f.inherits.filter((p) => !t.inherits.includes(p));
  const added = t.inherits.filter((p) => !f.inherits.includes(p));
  for (const p of removed) {
    ctx.add({
      id: vid('table', t.schema, t.name, 'alter', `no-inherit ${p}`),
      rank: RANK.detach,
      statements: [stmt(`ALTER TABLE ${name} NO INHERIT ${p}`, { locks: lock })],
      releases: [refs.rel(p)],
    });
  }
  for (const p of added) {
    ctx.add({
      id: vid('table', t.schema, t.name, 'alter', `inherit ${p}`),
      rank: RANK.attach,
      statements: [stmt(`ALTER TABLE ${name} INHERIT ${p}`, { locks: lock })],
      requires: [refs.rel(key), refs.rel(p)],
    });
  }
  const storage: PlannedStatement[] = [];
  if (f.unlogged !== t.unlogged) {
    storage.push(
      stmt(`ALTER TABLE ${name} SET ${t.unlogged ? 'UNLOGGED' : 'LOGGED'}`, {
        rewritesTable: true,
        locks: lock,
      }),
    );
  }
  const resetKeys = f.options.map(optionKey).filter((k) => !t.options.some((o) => optionKey(o) === k));
  const setOptions = t.options.filter((o) => !f.options.includes(o));
  if (resetKeys.length > 0)
    storage.push(stmt(`ALTER TABLE ${name} RESET (${resetKeys.join(', ')})`, { locks: lock }));
  if (setOptions.length > 0)
    storage.push(stmt(`ALTER TABLE ${name} SET (${setOptions.join(', ')})`, { locks: lock }));
  if (storage.length > 0) {
    ctx.add({
      id: vid('table', t.schema, t.name, 'alter', 'storage'),
      rank: RANK.column,
      statements: storage,
      provides: [refs.rel(key)],
    });
  }
  const rls = rowSecurity(t, f);
  if (rls.length > 0) {
    ctx.add({
      id: vid('table', t.schema, t.name, 'alter', 'rls'),
      rank: RANK.rowSecurity,
      statements: rls,
      requires: [refs.rel(key)],
    });
  }
}

/** Tables whose partition membership or bound changes in this plan. */
export function partitionChanges(
  from: SchemaModel,
  to: SchemaModel,
): { detached: Set<string>; attached: Set<string> } {
  const detached = new Set<string>();
  const attached = new Set<string>();
  for (const key of Object.keys(to.tables)) {
    const t = to.tables[key];
    const f = from.tables[key];
    if (!f) {
      if (t.partitionOf) attached.add(key);
      continue;
    }
    if (samePartition(f, t)) continue;
    if (f.partitionOf) detached.add(key);
    if (t.partitionOf) attached.add(key);
  }
  return { detached, attached };
}
