import { alterCmds, col, tableLabel, tableOf, tableSql } from '../ast.js';
import { defineRule, LOCK_TIMEOUT } from './define.js';

export const settingNotNull = defineRule({
  id: 'setting-not-null',
  kinds: ['AlterTableStmt'],
  alterSubtypes: ['AT_SetNotNull'],
  risk: 'medium',
  summary: 'ALTER COLUMN ... SET NOT NULL without a validated CHECK first',
  why: 'SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock. On PostgreSQL 12+ a validated CHECK (column IS NOT NULL) lets it skip the scan.',
  lockRule: true,
  dataAware: true,
  examples: {
    bad: [{ sql: 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;' }],
    good: [
      {
        sql: 'ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;\nALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;',
        pgVersion: 12,
      },
    ],
  },
  check(stmt, ctx) {
    if (stmt.kind !== 'AlterTableStmt') return [];
    const table = tableOf(stmt.ast.relation);
    if (!table) return [];
    return alterCmds(stmt.ast)
      .filter((c) => c.subtype === 'AT_SetNotNull')
      .filter((c) => !(ctx.pgVersion >= 12 && ctx.hasValidatedNotNullCheck(table, c.name)))
      .map((c) => {
        const t = tableSql(table);
        const check = col(`${table.name}_${c.name}_not_null`);
        const steps =
          ctx.pgVersion >= 12
            ? [
                LOCK_TIMEOUT,
                `ALTER TABLE ${t} ADD CONSTRAINT ${check} CHECK (${col(c.name)} IS NOT NULL) NOT VALID;`,
                `ALTER TABLE ${t} VALIDATE CONSTRAINT ${check};  -- scans without blocking writes`,
                `ALTER TABLE ${t} ALTER COLUMN ${col(c.name)} SET NOT NULL;  -- uses the check, no scan`,
                `ALTER TABLE ${t} DROP CONSTRAINT ${check};`,
              ]
            : [
                `-- PostgreSQL ${ctx.pgVersion} always scans for SET NOT NULL; keep a validated CHECK instead:`,
                LOCK_TIMEOUT,
                `ALTER TABLE ${t} ADD CONSTRAINT ${check} CHECK (${col(c.name)} IS NOT NULL) NOT VALID;`,
                `ALTER TABLE ${t} VALIDATE CONSTRAINT ${check};`,
              ];
        return {
          message: `sets ${tableLabel(table)}.${c.name} NOT NULL without a validated CHECK: scans the table under an exclusive lock`,
          subject: `SET NOT NULL ${tableLabel(table)}.${c.name}`,
          safeAlternative: steps.join('\n'),
          table,
        };
      });
  },
});
