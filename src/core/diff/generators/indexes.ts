/**
 * Indexes that are not the backing index of a constraint. A changed index is dropped and built
 * again; with `concurrentIndexes`, indexes on existing, non-partitioned tables are built and
 * dropped CONCURRENTLY (which cannot run inside a transaction block). Indexes of partitions that
 * hang off a partitioned index are created and dropped by PostgreSQL with their parent.
 */

import type { Index } from '../../model/types.js';
import { qualified, quoteIdent } from '../../sql/quote.js';
import { type DiffContext, RANK, type Step, stmt, vid } from '../context.js';
import { equalExcept } from '../diff.js';
import { mentionsAny, refs, refsIn } from '../refs.js';

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

/**
 * An index replaced under the same name with concurrentIndexes: the new one is built under a
 * temporary name while the old one still serves queries, then the old one is dropped and the new
 * one renamed, so the table is never without the index.
 */
function swapStep(ctx: DiffContext, key: string, a: Index, b: Index): Step {
  const temp = `${b.name.slice(0, 63 - 8)}__sg_new`;
  const def = b.definition.replace(/ ON ONLY /, ' ON ');
  const prefix = /^CREATE (UNIQUE )?INDEX /.exec(def)?.[0] ?? 'CREATE INDEX ';
  const rest = def.slice(prefix.length + quoteIdent(b.name).length);
  const weak = [{ table: b.table, mode: 'SHARE UPDATE EXCLUSIVE' as const }];
  return {
    id: vid('index', b.schema, b.name, 'replace'),
    rank: RANK.index,
    statements: [
      stmt(`${prefix.replace(/INDEX $/, 'INDEX CONCURRENTLY ')}${quoteIdent(temp)}${rest}`, {
        transactional: false,
        locks: weak,
        hazards: [
          {
            id: 'concurrent-index-invalid',
            message: `if this build fails it leaves an INVALID index ${qualified(b.schema, temp)}: drop it before retrying`,
          },
        ],
      }),
      stmt(`DROP INDEX CONCURRENTLY ${qualified(a.schema, a.name)}`, { transactional: false, locks: weak }),
      stmt(`ALTER INDEX ${qualified(b.schema, temp)} RENAME TO ${quoteIdent(b.name)}`, {
        locks: [{ table: b.table, mode: 'SHARE UPDATE EXCLUSIVE' }],
      }),
    ],
    requires: [
      refs.rel(b.table),
      ...refsIn(b.definition, ctx.analysis.toIndex).filter((r) => r !== refs.rel(key)),
    ],
    provides: [refs.rel(key)],
    removes: [refs.rel(key)],
    releases: refsIn(a.definition, ctx.analysis.fromIndex).filter(
      (r) => r !== refs.rel(key) && r !== refs.rel(a.table),
    ),
  };
}

export function indexesGenerator(ctx: DiffContext): void {
  const { from, to, analysis } = ctx;
  const goneWithTable = (ix: Index) =>
    analysis.droppedTables.has(ix.table) ||
    analysis.recreatedViews.has(ix.table) ||
    (!from.tables[ix.table] && !from.materializedViews[ix.table]) ||
    // A materialized view that is dropped takes its indexes with it.
    (from.materializedViews[ix.table] !== undefined && to.materializedViews[ix.table] === undefined);
  for (const key of Object.keys(to.indexes).sort()) {
    const b = to.indexes[key];
    if (b.constraint !== null || b.parentIndex !== null) continue;
    const a = from.indexes[key];
    const tableRecreated = analysis.recreatedViews.has(b.table);
    if (!a || a.constraint !== null || tableRecreated) {
      if (a && a.constraint === null && !tableRecreated) ctx.add(dropStep(ctx, key, a));
      ctx.add(createStep(ctx, key, b));
      if (a) ctx.markRecreated('index', key);
    } else if (
      a.table !== b.table ||
      !equalExcept(a, b, NOT_COMPARED) ||
      mentionsAny(a.definition, analysis.removedFuncNames)
    ) {
      if (a.table === b.table && concurrentOk(ctx, b) && !goneWithTable(a)) {
        ctx.add(swapStep(ctx, key, a, b));
        ctx.markRecreated('index', key);
        continue;
      }
      if (!goneWithTable(a)) ctx.add(dropStep(ctx, key, a));
      ctx.add(createStep(ctx, key, b));
      ctx.markRecreated('index', key);
    }
  }
  for (const key of Object.keys(from.indexes).sort()) {
    const a = from.indexes[key];
    const adopted = [...analysis.adoptedIndexes.values()].includes(key);
    const b = to.indexes[key];
    if (b && a.constraint === null && b.constraint !== null && !adopted && !goneWithTable(a)) {
      // The name now belongs to a constraint's index (on a partition: one its parent's constraint
      // creates); PostgreSQL will not reuse the plain index, so it goes first.
      ctx.add(dropStep(ctx, key, a));
      continue;
    }
    if (b || a.constraint !== null) continue;
    if (goneWithTable(a)) continue;
    // Taken over by a new constraint (ADD CONSTRAINT … USING INDEX renames it).
    if (adopted) continue;
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
