/**
 * Indexes that are not the backing index of a constraint. A changed index is dropped and built
 * again; with `concurrentIndexes`, indexes on existing, non-partitioned tables are built and
 * dropped CONCURRENTLY (which cannot run inside a transaction block). Indexes of partitions that
 * hang off a partitioned index are created and dropped by PostgreSQL with their parent.
 */

import type { Index } from '../../model/types.js';
import { qualified } from '../../sql/quote.js';
import { type DiffContext, RANK, type Step, stmt, vid } from '../context.js';
import { equalExcept } from '../diff.js';
import { refs, refsIn } from '../refs.js';

const NOT_COMPARED = ['comment', 'parentIndex'] as const;

function concurrentOk(ctx: DiffContext, ix: Index): boolean {
  const table = ctx.from.tables[ix.table];
  return (
    ctx.concurrentIndexes &&
    table !== undefined &&
    table.partitioning === null &&
    ctx.to.tables[ix.table] !== undefined
  );
}

function createStep(ctx: DiffContext, key: string, ix: Index): Step {
  // pg_get_indexdef prints ON ONLY for a partitioned index; without ONLY the index recurses to partitions.
  let sql = ix.definition.replace(/ ON ONLY /, ' ON ');
  const concurrent = concurrentOk(ctx, ix);
  if (concurrent) sql = sql.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX CONCURRENTLY ');
  return {
    id: vid('index', ix.schema, ix.name, 'create'),
    rank: RANK.index,
    statements: [
      stmt(sql, {
        transactional: !concurrent,
        locks: [{ table: ix.table, mode: concurrent ? 'SHARE UPDATE EXCLUSIVE' : 'SHARE' }],
        hazards: concurrent
          ? [
              {
                id: 'concurrent-index-invalid',
                message: `if this build fails it leaves an INVALID index ${key}: drop it before retrying`,
              },
            ]
          : ctx.from.tables[ix.table]
            ? [{ id: 'index-build-blocks-writes', message: `building ${key} blocks writes to ${ix.table}` }]
            : [],
      }),
    ],
    requires: [
      refs.rel(ix.table),
      ...refsIn(ix.definition, ctx.analysis.toIndex).filter((r) => r !== refs.rel(key)),
    ],
    provides: [refs.rel(key)],
  };
}

function dropStep(ctx: DiffContext, key: string, ix: Index, after?: Step['id'][]): Step {
  const concurrent = concurrentOk(ctx, ix);
  return {
    id: vid('index', ix.schema, ix.name, 'drop'),
    rank: after ? RANK.detach + 1 : RANK.dropIndex,
    statements: [
      stmt(`DROP INDEX ${concurrent ? 'CONCURRENTLY ' : ''}${qualified(ix.schema, ix.name)}`, {
        transactional: !concurrent,
        locks: [{ table: ix.table, mode: concurrent ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE' }],
      }),
    ],
    removes: [refs.rel(key)],
    releases: refsIn(ix.definition, ctx.analysis.fromIndex).filter(
      (r) => r !== refs.rel(key) && r !== refs.rel(ix.table),
    ),
    ...(after ? { after } : {}),
  };
}

export function indexesGenerator(ctx: DiffContext): void {
  const { from, to, analysis } = ctx;
  const goneWithTable = (ix: Index) =>
    analysis.droppedTables.has(ix.table) ||
    analysis.recreatedViews.has(ix.table) ||
    (!from.tables[ix.table] && !from.materializedViews[ix.table]);
  for (const key of Object.keys(to.indexes).sort()) {
    const b = to.indexes[key];
    if (b.constraint !== null || b.parentIndex !== null) continue;
    const a = from.indexes[key];
    const tableRecreated = analysis.recreatedViews.has(b.table);
    if (!a || a.constraint !== null || tableRecreated) {
      if (a && a.constraint === null && !tableRecreated) ctx.add(dropStep(ctx, key, a));
      ctx.add(createStep(ctx, key, b));
      if (a) ctx.markRecreated('index', key);
    } else if (a.table !== b.table || !equalExcept(a, b, NOT_COMPARED)) {
      if (!goneWithTable(a)) ctx.add(dropStep(ctx, key, a));
      ctx.add(createStep(ctx, key, b));
      ctx.markRecreated('index', key);
    }
  }
  for (const key of Object.keys(from.indexes).sort()) {
    const a = from.indexes[key];
    if (to.indexes[key] || a.constraint !== null) continue;
    if (goneWithTable(a)) continue;
    if (a.parentIndex !== null) {
      // Attached to a partitioned index: goes with it, unless its partition is detached first.
      const t = to.tables[a.table];
      if (analysis.detachedTables.has(a.table) && t) {
        ctx.add(dropStep(ctx, key, a, [vid('table', t.schema, t.name, 'alter', 'detach')]));
      }
      continue;
    }
    ctx.add(dropStep(ctx, key, a));
  }
}
