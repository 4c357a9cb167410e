import { nameList, refFromNames, tableLabel, tableSql } from '../ast.js';
import { defineRule } from './define.js';

export const droppingIndexWithoutConcurrently = defineRule({
  id: 'dropping-index-without-concurrently',
  kinds: ['DropStmt'],
  risk: 'medium',
  summary: 'DROP INDEX without CONCURRENTLY',
  why: 'DROP INDEX takes an ACCESS EXCLUSIVE lock on the table; behind a long query it queues every other query on that table.',
  lockRule: true,
  dataAware: false,
  examples: {
    bad: [{ sql: 'DROP INDEX orders_user_id_idx;' }],
    good: [{ sql: 'DROP INDEX CONCURRENTLY IF EXISTS orders_user_id_idx;' }],
  },
  check(stmt, ctx) {
    if (stmt.kind !== 'DropStmt' || stmt.ast.removeType !== 'OBJECT_INDEX' || stmt.ast.concurrent) return [];
    return (stmt.ast.objects ?? []).map((o: any) => {
      const index = refFromNames(nameList(o.List?.items));
      return {
        message: `drops index ${tableLabel(index)} without CONCURRENTLY: locks its table exclusively`,
        subject: `DROP INDEX ${tableLabel(index)}`,
        safeAlternative: `DROP INDEX CONCURRENTLY IF EXISTS ${tableSql(index)};  -- outside a transaction block`,
        table: ctx.indexTable(index),
      };
    });
  },
});
