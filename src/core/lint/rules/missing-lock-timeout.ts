import { constraintsOf, nameList, refFromNames, tableKey, tableLabel, tableOf } from '../ast.js';
import type { RuleContext, TableRef } from '../types.js';
import { defineRule, LOCK_TIMEOUT } from './define.js';

export const missingLockTimeout = defineRule({
  id: 'missing-lock-timeout',
  kinds: ['AlterTableStmt', 'RenameStmt', 'TruncateStmt', 'IndexStmt', 'DropStmt', 'CreateStmt'],
  oncePerFile: true,
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
    if (stmt.kind === 'CreateStmt') {
      const target = existingReferencedTable(stmt.ast, ctx);
      if (!target) return [];
      return [
        {
          message: `references ${tableLabel(target)}: creating the foreign key locks that table (SHARE ROW EXCLUSIVE) with no lock_timeout set earlier in the file`,
          subject: `no lock_timeout before locking ${tableLabel(target)}`,
          safeAlternative: `${LOCK_TIMEOUT}  -- at the top of the file; retry the migration if it times out`,
          table: target,
        },
      ];
    }
    if (stmt.kind === 'DropStmt' && stmt.ast.removeType === 'OBJECT_INDEX' && !stmt.ast.concurrent) {
      const index = refFromNames(nameList(stmt.ast.objects?.[0]?.List?.items));
      const table = ctx.indexTable(index);
      return [
        {
          message: `drops index ${tableLabel(index)} (ACCESS EXCLUSIVE on its table) with no lock_timeout set earlier in the file`,
          subject: `no lock_timeout before DROP INDEX ${tableLabel(index)}`,
          safeAlternative: `${LOCK_TIMEOUT}  -- at the top of the file; retry the migration if it times out`,
          table,
        },
      ];
    }
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

/** The first table a CREATE TABLE references by foreign key that is not created by the linted set. */
function existingReferencedTable(ast: any, ctx: RuleContext): TableRef | undefined {
  const self = tableOf(ast.relation);
  const fks: any[] = [];
  for (const e of ast.tableElts ?? []) {
    if (e.Constraint?.contype === 'CONSTR_FOREIGN') fks.push(e.Constraint);
    for (const k of constraintsOf(e.ColumnDef)) if (k.contype === 'CONSTR_FOREIGN') fks.push(k);
  }
  for (const fk of fks) {
    const target = tableOf(fk.pktable);
    if (!target || (self && tableKey(target) === tableKey(self))) continue;
    if (!ctx.isNewTable(target)) return target;
  }
  return undefined;
}
