/**
 * Columns of tables present on both sides: add, drop, and in-place alters (type with USING when
 * needed, NOT NULL, default, identity, generation expression). Partitions that stay attached take
 * their columns from the parent, so they are skipped.
 */

import type { Column, Table } from '../../model/types.js';
import { qualified, quoteIdent } from '../../sql/quote.js';
import { type DiffContext, RANK, stmt, vid } from '../context.js';
import { mentionsAny, mentionsColumn, type Ref, refs } from '../refs.js';
import type { PlannedStatement } from '../types.js';
import { castKnown, needsUsing, typeChangeMayLoseData, typeChangeRewrites } from './columnTypes.js';
import { columnRefs, columnSql, identityClause } from './tables.js';

export function columnsGenerator(ctx: DiffContext): void {
  const { from, to } = ctx;
  for (const key of Object.keys(to.tables).sort()) {
    const t = to.tables[key];
    const f = from.tables[key];
    if (!f || (f.partitionOf && t.partitionOf)) continue;
    // A column an INHERITS parent also has is changed on the parent; PostgreSQL recurses.
    const inherited = (name: string) =>
      t.inherits.some(
        (p) => from.tables[p]?.columns[name] !== undefined && to.tables[p]?.columns[name] !== undefined,
      );
    for (const name of Object.keys(f.columns).sort()) {
      if (!t.columns[name] && !inherited(name)) dropColumn(ctx, key, f, f.columns[name]);
    }
    const retyped = ctx.analysis.retypedColumns.get(key);
    for (const name of Object.keys(t.columns).sort()) {
      if (inherited(name)) continue;
      const a = f.columns[name];
      const b = t.columns[name];
      if (!a) addColumn(ctx, key, t, b, false);
      else {
        const others = new Set([...(retyped ?? [])].filter((c) => c !== name));
        if (a.generated !== null && b.generated !== null && mentionsColumn(a.generated, others))
          regenerate(ctx, key, f, t, a, b, others);
        else alterColumn(ctx, key, t, a, b);
      }
    }
  }
}

/**
 * A stored generated column whose expression reads a column that changes type blocks the ALTER
 * TYPE: it is dropped first and added again after (its values are computed again, nothing lost).
 */
function regenerate(
  ctx: DiffContext,
  key: string,
  f: Table,
  t: Table,
  a: Column,
  b: Column,
  retyped: ReadonlySet<string>,
): void {
  const dropId = vid('column', t.schema, `${t.name}.${a.name}`, 'drop');
  const alters = [...retyped].map((c) => vid('column', t.schema, `${t.name}.${c}`, 'alter'));
  ctx.add({
    id: dropId,
    rank: RANK.dropColumn,
    statements: [
      stmt(`ALTER TABLE ${qualified(f.schema, f.name)} DROP COLUMN ${quoteIdent(a.name)}`, {
        locks: [{ table: key, mode: 'ACCESS EXCLUSIVE' }],
      }),
    ],
    releases: [refs.rel(key), ...columnRefs(ctx, a, 'from').filter((r) => !r.endsWith(`:${key}`))],
  });
  ctx.add({
    id: vid('column', t.schema, `${t.name}.${b.name}`, 'create'),
    rank: RANK.column,
    statements: [addStatement(key, t, b)],
    provides: [refs.rel(key)],
    requires: columnRefs(ctx, b, 'to').filter((r) => !r.endsWith(`:${key}`)),
    after: alters,
  });
}

function dropColumn(ctx: DiffContext, key: string, t: Table, c: Column): void {
  ctx.add({
    id: vid('column', t.schema, `${t.name}.${c.name}`, 'drop'),
    rank: RANK.dropColumn,
    statements: [
      stmt(`ALTER TABLE ${qualified(t.schema, t.name)} DROP COLUMN ${quoteIdent(c.name)}`, {
        dataLoss: true,
        locks: [{ table: key, mode: 'ACCESS EXCLUSIVE' }],
        hazards: [
          { id: 'drop-column', message: `drops column ${quoteIdent(c.name)} of ${key} and its data` },
        ],
      }),
    ],
    removes: [refs.rel(key)],
    releases: columnRefs(ctx, c, 'from'),
  });
}

const VOLATILE_DEFAULT =
  /\b(nextval|random|clock_timestamp|gen_random_uuid|uuid_generate_v\d|timeofday)\s*\(/i;

function addStatement(key: string, t: Table, c: Column): PlannedStatement {
  const rewrites =
    c.generated !== null || c.identity !== null || (c.default !== null && VOLATILE_DEFAULT.test(c.default));
  const hazards = [];
  if (c.notNull && c.default === null && c.identity === null && c.generated === null) {
    hazards.push({
      id: 'add-not-null-column',
      message: `adding NOT NULL column ${quoteIdent(c.name)} without a default fails if ${key} has rows`,
    });
  }
  if (rewrites)
    hazards.push({ id: 'table-rewrite', message: `adding ${quoteIdent(c.name)} rewrites ${key}` });
  return stmt(`ALTER TABLE ${qualified(t.schema, t.name)} ADD COLUMN ${columnSql(c)}`, {
    rewritesTable: rewrites,
    locks: [{ table: key, mode: 'ACCESS EXCLUSIVE' }],
    hazards,
  });
}

function addColumn(ctx: DiffContext, key: string, t: Table, c: Column, recreate: boolean): void {
  ctx.add({
    id: vid('column', t.schema, `${t.name}.${c.name}`, recreate ? 'replace' : 'create'),
    rank: RANK.column,
    statements: [addStatement(key, t, c)],
    provides: [refs.rel(key)],
    requires: columnRefs(ctx, c, 'to'),
  });
}

function alterColumn(ctx: DiffContext, key: string, t: Table, a: Column, b: Column): void {
  const table = qualified(t.schema, t.name);
  const col = quoteIdent(b.name);
  const at = `ALTER TABLE ${table} ALTER COLUMN ${col}`;
  const lock = [{ table: key, mode: 'ACCESS EXCLUSIVE' as const }];
  const statements: PlannedStatement[] = [];
  let reshapes = false;

  if (a.generated !== b.generated) {
    if (a.generated !== null && b.generated === null && ctx.version >= 130000) {
      statements.push(stmt(`${at} DROP EXPRESSION`, { locks: lock }));
    } else if (a.generated !== null && b.generated !== null && ctx.version >= 170000) {
      statements.push(stmt(`${at} SET EXPRESSION AS (${b.generated})`, { rewritesTable: true, locks: lock }));
    } else {
      // No in-place form on this version: drop the column and add it again (its comment and
      // grants go with it, which the comment and grant generators read from here).
      ctx.markRecreated('column', `${key}\u0000${b.name}`);
      const dataLoss = a.generated === null;
      ctx.add({
        id: vid('column', t.schema, `${t.name}.${b.name}`, 'replace'),
        rank: RANK.column,
        statements: [
          stmt(`ALTER TABLE ${table} DROP COLUMN ${col}`, {
            dataLoss,
            locks: lock,
            hazards: dataLoss
              ? [
                  {
                    id: 'drop-column',
                    message: `replaces ${col} of ${key} by a generated column; its data is lost`,
                  },
                ]
              : [],
          }),
          addStatement(key, t, b),
        ],
        provides: [refs.rel(key)],
        removes: [refs.rel(key)],
        requires: columnRefs(ctx, b, 'to'),
        releases: columnRefs(ctx, a, 'from'),
      });
      return;
    }
  }

  const typeChanged = a.type !== b.type || a.collation !== b.collation;
  let defaultHandled = false;
  if (a.identity !== null && b.identity === null)
    statements.push(stmt(`${at} DROP IDENTITY`, { locks: lock }));
  if (typeChanged) {
    reshapes = true;
    // A default that cannot be cast automatically blocks ALTER TYPE: take it off and put it back.
    if (a.default !== null) statements.push(stmt(`${at} DROP DEFAULT`, { locks: lock }));
    const declared = ctx.usingFor(key, b.name);
    if (declared === undefined && !castKnown(a.type, b.type)) {
      ctx.unsupported({
        kind: 'column',
        name: `${key}.${col}`,
        reason:
          `no known cast from ${a.type} to ${b.type}; declare the conversion above the table in the ` +
          `declared schema: -- schemagate:using ${key}.${col} <expression>`,
      });
      return;
    }
    const using =
      declared !== undefined
        ? ` USING ${declared}`
        : needsUsing(a.type, b.type)
          ? ` USING ${col}::${b.type}`
          : '';
    const rewrites = typeChangeRewrites(a.type, b.type) || a.collation !== b.collation;
    const dataLoss = typeChangeMayLoseData(a.type, b.type);
    const hazards = [];
    if (rewrites)
      hazards.push({
        id: 'table-rewrite',
        message: `changing the type of ${col} rewrites ${key} and its indexes`,
      });
    if (dataLoss)
      hazards.push({
        id: 'type-narrowing',
        message: `values of ${col} may not convert from ${a.type} to ${b.type}`,
      });
    statements.push(
      stmt(`${at} TYPE ${b.type}${b.collation ? ` COLLATE ${b.collation}` : ''}${using}`, {
        rewritesTable: rewrites,
        dataLoss,
        locks: lock,
        hazards,
      }),
    );
    if (b.default !== null) statements.push(stmt(`${at} SET DEFAULT ${b.default}`, { locks: lock }));
    defaultHandled = true;
  }
  if (
    !defaultHandled &&
    a.default !== null &&
    a.default === b.default &&
    mentionsAny(a.default, ctx.analysis.removedFuncNames)
  ) {
    // The default calls a function that is dropped and created again: take it off first.
    ctx.add({
      id: vid('column', t.schema, `${t.name}.${b.name}`, 'drop', 'default'),
      rank: RANK.dropConstraint,
      statements: [stmt(`${at} DROP DEFAULT`, { locks: lock })],
      releases: columnRefs(ctx, a, 'from').filter((r) => !r.endsWith(`:${key}`)),
    });
    statements.push(stmt(`${at} SET DEFAULT ${b.default}`, { locks: lock }));
    defaultHandled = true;
  }
  if (!defaultHandled && a.default !== b.default) {
    statements.push(
      stmt(b.default === null ? `${at} DROP DEFAULT` : `${at} SET DEFAULT ${b.default}`, { locks: lock }),
    );
  }
  if (a.notNull !== b.notNull && !(b.notNull && b.identity !== null && a.identity === null)) {
    statements.push(
      stmt(`${at} ${b.notNull ? 'SET' : 'DROP'} NOT NULL`, {
        locks: lock,
        hazards: b.notNull
          ? [{ id: 'set-not-null-scan', message: `SET NOT NULL scans ${key} under an ACCESS EXCLUSIVE lock` }]
          : [],
      }),
    );
  }
  if (a.identity === null && b.identity !== null) {
    if (!a.notNull) statements.push(stmt(`${at} SET NOT NULL`, { locks: lock }));
    statements.push(stmt(`${at} ADD${identityClause(b)}`, { locks: lock }));
  } else if (a.identity !== null && b.identity !== null) {
    const parts: string[] = [];
    if (a.identity !== b.identity)
      parts.push(`SET GENERATED ${b.identity === 'always' ? 'ALWAYS' : 'BY DEFAULT'}`);
    const x = a.identitySequence;
    const y = b.identitySequence;
    if (x && y) {
      if (x.increment !== y.increment) parts.push(`SET INCREMENT BY ${y.increment}`);
      if (x.min !== y.min) parts.push(`SET MINVALUE ${y.min}`);
      if (x.max !== y.max) parts.push(`SET MAXVALUE ${y.max}`);
      if (x.start !== y.start) parts.push(`SET START WITH ${y.start}`);
      if (x.cache !== y.cache) parts.push(`SET CACHE ${y.cache}`);
      if (x.cycle !== y.cycle) parts.push(y.cycle ? 'SET CYCLE' : 'SET NO CYCLE');
    }
    if (parts.length > 0) statements.push(stmt(`${at} ${parts.join(' ')}`, { locks: lock }));
  }
  if (statements.length === 0) return;
  const removes: Ref[] = reshapes ? [refs.rel(key)] : [];
  ctx.add({
    id: vid('column', t.schema, `${t.name}.${b.name}`, 'alter'),
    rank: RANK.column,
    statements,
    provides: [refs.rel(key)],
    removes,
    requires: columnRefs(ctx, b, 'to'),
    releases: columnRefs(ctx, a, 'from').filter((r) => !r.endsWith(`:${key}`)),
  });
}

/** True when a column change forces views over the table to be dropped and created again. */
export function columnReshapes(a: Column, b: Column | undefined): boolean {
  return !b || a.type !== b.type || a.collation !== b.collation || a.generated !== b.generated;
}
