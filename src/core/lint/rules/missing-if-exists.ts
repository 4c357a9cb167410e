import { alterCmds, col, tableOf, tableSql } from '../ast.js';
import { defineRule } from './define.js';

export const missingIfExists = defineRule({
  id: 'missing-if-exists',
  kinds: ['CreateStmt', 'IndexStmt', 'DropStmt', 'AlterTableStmt'],
  risk: 'low',
  summary: 'DDL without IF [NOT] EXISTS in a file that cannot run in one transaction',
  why: 'A file with CONCURRENTLY (or marked non-transactional) is not rolled back when it fails half-way; rerunning it then fails on the objects the first run already created or dropped.',
  lockRule: false,
  dataAware: false,
  examples: {
    bad: [{ sql: 'CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);' }],
    good: [
      {
        sql: 'DROP INDEX CONCURRENTLY IF EXISTS orders_user_id_idx;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_id_idx ON orders (user_id);',
        note: 'Dropping first removes an INVALID index a failed build may have left, which IF NOT EXISTS alone would hide.',
      },
    ],
  },
  check(stmt, ctx) {
    if (!ctx.nonTransactionalFile) return [];
    const a = stmt.ast;
    let what: string | undefined;
    let fix = '';
    if (stmt.kind === 'CreateStmt' && !a.if_not_exists) {
      what = 'CREATE TABLE';
      fix = `CREATE TABLE IF NOT EXISTS ${tableSql(tableOf(a.relation)!)} (...);`;
    } else if (stmt.kind === 'IndexStmt' && !a.if_not_exists && a.idxname) {
      what = 'CREATE INDEX';
      fix = `DROP INDEX CONCURRENTLY IF EXISTS ${col(a.idxname)};  -- removes an INVALID leftover of a failed build\n${stmt.text.replace(/\bINDEX\s+(CONCURRENTLY\s+)?/i, (m) => `${m}IF NOT EXISTS `)};`;
    } else if (stmt.kind === 'DropStmt' && !a.missing_ok) {
      what = `DROP ${String(a.removeType).replace('OBJECT_', '')}`;
      fix = `${stmt.text.replace(/^(DROP\s+\w+(\s+CONCURRENTLY)?)/i, '$1 IF EXISTS')};`;
    } else if (stmt.kind === 'AlterTableStmt') {
      const cmd = alterCmds(a).find(
        (c) => (c.subtype === 'AT_AddColumn' || c.subtype === 'AT_DropColumn') && !c.missing_ok,
      );
      if (cmd) {
        what = cmd.subtype === 'AT_AddColumn' ? 'ADD COLUMN' : 'DROP COLUMN';
        fix = `-- write it as ${what === 'ADD COLUMN' ? 'ADD COLUMN IF NOT EXISTS' : 'DROP COLUMN IF EXISTS'}`;
      }
    }
    if (!what) return [];
    return [
      {
        message: `${what} without IF ${what.startsWith('DROP') ? '' : 'NOT '}EXISTS in a non-transactional file: a rerun after a partial failure fails here`,
        subject: `${what} not rerunnable`,
        safeAlternative: fix,
        table:
          stmt.kind === 'IndexStmt' || stmt.kind === 'CreateStmt' || stmt.kind === 'AlterTableStmt'
            ? tableOf(a.relation)
            : undefined,
      },
    ];
  },
});
