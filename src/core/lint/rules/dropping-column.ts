import { alterCmds, col, tableLabel, tableOf, tableSql } from '../ast.js';
import { defineRule, LOCK_TIMEOUT } from './define.js';

export const droppingColumn = defineRule({
  id: 'dropping-column',
  kinds: ['AlterTableStmt'],
  alterSubtypes: ['AT_DropColumn'],
  risk: 'high',
  summary: 'ALTER TABLE ... DROP COLUMN',
  why: 'Application code that is still deployed reads or writes the column and fails the moment it is gone; the data cannot be brought back without a restore.',
  lockRule: true,
  dataAware: false,
  examples: {
    bad: [{ sql: 'ALTER TABLE users DROP COLUMN email;' }],
    good: [
      {
        sql: 'CREATE TABLE users (id bigint, email text);\nALTER TABLE users DROP COLUMN email;',
        note: 'Exempt: the table is new.',
      },
    ],
  },
  check(stmt) {
    if (stmt.kind !== 'AlterTableStmt') return [];
    const table = tableOf(stmt.ast.relation);
    if (!table) return [];
    return alterCmds(stmt.ast)
      .filter((c) => c.subtype === 'AT_DropColumn')
      .map((c) => ({
        message: `drops column ${tableLabel(table)}.${c.name}: running code that uses it breaks and the data is lost`,
        subject: `DROP COLUMN ${tableLabel(table)}.${c.name}`,
        safeAlternative: [
          `-- expand/contract: 1. deploy code that no longer reads or writes ${tableLabel(table)}.${c.name}`,
          `-- 2. optionally keep a copy: CREATE TABLE ${col(`${table.name}_${c.name}_backup`)} AS SELECT <primary key>, ${col(c.name)} FROM ${tableSql(table)};`,
          `-- 3. then, in a later migration:`,
          LOCK_TIMEOUT,
          `ALTER TABLE ${tableSql(table)} DROP COLUMN IF EXISTS ${col(c.name)};`,
        ].join('\n'),
        table,
      }));
  },
});
