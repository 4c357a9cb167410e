import { tableOf } from '../ast.js';
import { defineRule } from './define.js';

const hasOption = (ast: any, name: string): boolean =>
  (ast?.params ?? ast?.options ?? []).some((p: any) => p?.DefElem?.defname === name);

export const reindexWithoutConcurrently = defineRule({
  id: 'reindex-without-concurrently',
  kinds: ['ReindexStmt'],
  risk: 'high',
  summary: 'REINDEX without CONCURRENTLY',
  why: 'REINDEX locks out writes to the table (and reads that use the index) until the rebuild ends. PostgreSQL 12+ can REINDEX CONCURRENTLY without blocking.',
  lockRule: true,
  dataAware: true,
  examples: {
    bad: [{ sql: 'REINDEX INDEX orders_user_id_idx;' }, { sql: 'REINDEX TABLE orders;' }],
    good: [{ sql: 'REINDEX INDEX CONCURRENTLY orders_user_id_idx;' }],
  },
  check(stmt, ctx) {
    if (hasOption(stmt.ast, 'concurrently')) return [];
    const rel = stmt.ast.relation;
    const target = rel?.relname ?? stmt.ast.name ?? 'the target';
    const table = stmt.ast.kind === 'REINDEX_OBJECT_TABLE' ? tableOf(rel) : undefined;
    const index = stmt.ast.kind === 'REINDEX_OBJECT_INDEX' ? tableOf(rel) : undefined;
    const concurrentSql = stmt.text.replace(/^(\s*reindex\s*(?:\([^)]*\)\s*)?\w+)/i, '$1 CONCURRENTLY');
    return [
      {
        message: `REINDEX of ${target} without CONCURRENTLY: blocks writes until the rebuild ends`,
        subject: `REINDEX ${target}`,
        safeAlternative:
          ctx.pgVersion >= 12
            ? `${concurrentSql};  -- outside a transaction block`
            : [
                `-- PostgreSQL ${ctx.pgVersion} has no REINDEX CONCURRENTLY: build a replacement, then swap`,
                'CREATE INDEX CONCURRENTLY <new_index> ON <table> (<same columns>);',
                'DROP INDEX CONCURRENTLY <old_index>;',
                'ALTER INDEX <new_index> RENAME TO <old_index>;',
              ].join('\n'),
        table: table ?? (index ? ctx.indexTable(index) : undefined),
      },
    ];
  },
});
