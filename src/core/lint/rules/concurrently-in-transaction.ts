import { tableLabel, tableOf } from '../ast.js';
import { defineRule } from './define.js';

export const concurrentlyInTransaction = defineRule({
  id: 'concurrently-in-transaction',
  kinds: ['IndexStmt', 'DropStmt', 'ReindexStmt'],
  risk: 'high',
  summary: 'CREATE / DROP INDEX CONCURRENTLY inside BEGIN ... COMMIT',
  why: 'PostgreSQL refuses to run a concurrent index build or drop inside a transaction block ("cannot run inside a transaction block"), so the migration fails when deployed.',
  lockRule: false,
  dataAware: false,
  examples: {
    bad: [{ sql: 'BEGIN;\nCREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);\nCOMMIT;' }],
    good: [{ sql: 'CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);' }],
  },
  check(stmt, ctx) {
    if (!ctx.inTransaction) return [];
    const concurrent =
      ((stmt.kind === 'IndexStmt' || stmt.kind === 'DropStmt') && stmt.ast.concurrent) ||
      (stmt.kind === 'ReindexStmt' && JSON.stringify(stmt.ast.params ?? []).includes('"concurrently"'));
    if (!concurrent) return [];
    const table = stmt.kind === 'IndexStmt' ? tableOf(stmt.ast.relation) : undefined;
    const what =
      stmt.kind === 'IndexStmt' ? 'CREATE INDEX' : stmt.kind === 'DropStmt' ? 'DROP INDEX' : 'REINDEX';
    return [
      {
        message: `${what} CONCURRENTLY inside an explicit transaction fails: "cannot run inside a transaction block"`,
        subject: `${what} CONCURRENTLY in a transaction${table ? ` on ${tableLabel(table)}` : ''}`,
        safeAlternative: [
          '-- move the statement into its own migration file, without BEGIN/COMMIT:',
          `${stmt.text};`,
          '-- and mark that file non-transactional for your runner (dbmate: -- migrate:up transaction:false; atlas: -- atlas:txmode none)',
        ].join('\n'),
        table,
      },
    ];
  },
});
