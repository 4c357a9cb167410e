import { alterCmds } from '../ast.js';
import { defineRule } from './define.js';

// Sub-commands that scan or rewrite the table (their run time grows with its size).
const LONG_ALTERS = new Set([
  'AT_AlterColumnType',
  'AT_SetNotNull',
  'AT_ValidateConstraint',
  'AT_SetTableSpace',
  'AT_SetLogged',
  'AT_SetUnLogged',
]);

function canRunLong(kind: string, ast: any): boolean {
  switch (kind) {
    case 'IndexStmt':
      // A concurrent build cancelled by a timeout leaves an INVALID index behind: not this rule's advice.
      return !ast.concurrent;
    case 'UpdateStmt':
    case 'DeleteStmt':
    case 'ClusterStmt':
    case 'ReindexStmt':
    case 'RefreshMatViewStmt':
    case 'CreateTableAsStmt':
      return true;
    case 'AlterTableStmt':
      return alterCmds(ast).some(
        (c) =>
          LONG_ALTERS.has(c.subtype) ||
          (c.subtype === 'AT_AddConstraint' &&
            c.def?.Constraint &&
            !c.def.Constraint.skip_validation &&
            c.def.Constraint.contype !== 'CONSTR_NOTNULL'),
      );
    default:
      return false;
  }
}

export const missingStatementTimeout = defineRule({
  id: 'missing-statement-timeout',
  kinds: [
    'IndexStmt',
    'UpdateStmt',
    'DeleteStmt',
    'ClusterStmt',
    'ReindexStmt',
    'RefreshMatViewStmt',
    'CreateTableAsStmt',
    'AlterTableStmt',
  ],
  risk: 'low',
  summary:
    'A statement that can run long (scan, rewrite, index build, backfill) without SET statement_timeout earlier in the file (off unless lint.rules sets a level)',
  why: 'A migration that holds locks for longer than planned is worse than one that fails: statement_timeout bounds how long one statement may hold them. Off by default because a right limit depends on the table, and a timeout on a deliberate long operation fails the deploy.',
  lockRule: true,
  dataAware: false,
  defaultOff: true,
  oncePerFile: true,
  examples: {
    bad: [{ sql: 'CREATE INDEX orders_user_id_idx ON orders (user_id);' }],
    good: [{ sql: "SET statement_timeout = '15min';\nCREATE INDEX orders_user_id_idx ON orders (user_id);" }],
  },
  check(stmt, ctx) {
    if (ctx.statementTimeoutSet || !canRunLong(stmt.kind, stmt.ast)) return [];
    return [
      {
        message: 'can run long and no statement_timeout is set earlier in the file',
        subject: 'no statement_timeout',
        safeAlternative:
          "SET statement_timeout = '15min';  -- at the top of the file: the longest you accept this migration to hold its locks",
        table: stmt.ast.relation?.relname
          ? {
              ...(stmt.ast.relation.schemaname ? { schema: stmt.ast.relation.schemaname } : {}),
              name: stmt.ast.relation.relname,
            }
          : undefined,
      },
    ];
  },
});
