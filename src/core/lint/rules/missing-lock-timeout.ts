import { tableLabel, tableOf } from '../ast.js';
import { defineRule, LOCK_TIMEOUT } from './define.js';

export const missingLockTimeout = defineRule({
  id: 'missing-lock-timeout',
  kinds: ['AlterTableStmt', 'RenameStmt', 'TruncateStmt', 'IndexStmt', 'DropStmt'],
  risk: 'low',
  summary: 'Locking DDL on an existing table without SET lock_timeout earlier in the file',
  why: 'A DDL statement waiting for its lock blocks every query that arrives after it; without lock_timeout one long-running query behind it turns into an outage. `schemagate migrate` sets migrations.lock_timeout for you, so this is low by default; raise it in lint.rules if another tool applies your migrations.',
  lockRule: true,
  dataAware: false,
  examples: {
    bad: [{ sql: 'ALTER TABLE users ADD COLUMN nickname text;' }],
    good: [{ sql: "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN nickname text;" }],
  },
  check(stmt, ctx) {
    if (ctx.lockTimeoutSet) return [];
    const locking =
      stmt.kind === 'AlterTableStmt' ||
      stmt.kind === 'RenameStmt' ||
      stmt.kind === 'TruncateStmt' ||
      (stmt.kind === 'IndexStmt' && !stmt.ast.concurrent) ||
      (stmt.kind === 'DropStmt' && stmt.ast.removeType === 'OBJECT_TABLE');
    if (!locking) return [];
    const table =
      stmt.kind === 'TruncateStmt'
        ? tableOf(stmt.ast.relations?.[0]?.RangeVar)
        : stmt.kind === 'DropStmt'
          ? undefined
          : tableOf(stmt.ast.relation);
    if (stmt.kind !== 'DropStmt' && !table) return [];
    return [
      {
        message: `takes a lock${table ? ` on ${tableLabel(table)}` : ''} with no lock_timeout set earlier in the file`,
        subject: `no lock_timeout${table ? ` before locking ${tableLabel(table)}` : ''}`,
        safeAlternative: `${LOCK_TIMEOUT}  -- at the top of the file; retry the migration if it times out`,
        table,
      },
    ];
  },
});
