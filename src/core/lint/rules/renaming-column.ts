import { col, tableLabel, tableOf, tableSql } from '../ast.js';
import { defineRule, LOCK_TIMEOUT } from './define.js';

export const renamingColumn = defineRule({
  id: 'renaming-column',
  kinds: ['RenameStmt'],
  risk: 'high',
  summary: 'ALTER TABLE ... RENAME COLUMN',
  why: 'Deployed code keeps using the old name and fails the moment the rename commits; a rename can only be done safely in several steps (expand/contract).',
  lockRule: true,
  dataAware: false,
  examples: {
    bad: [{ sql: 'ALTER TABLE users RENAME COLUMN name TO full_name;' }],
    good: [{ sql: 'ALTER TABLE users ADD COLUMN full_name text;' }],
  },
  check(stmt) {
    if (stmt.kind !== 'RenameStmt' || stmt.ast.renameType !== 'OBJECT_COLUMN') return [];
    const table = tableOf(stmt.ast.relation);
    if (!table) return [];
    const from = stmt.ast.subname as string;
    const to = stmt.ast.newname as string;
    const t = tableSql(table);
    return [
      {
        message: `renames column ${tableLabel(table)}.${from} to ${to}: running code that uses the old name breaks`,
        subject: `RENAME COLUMN ${tableLabel(table)}.${from}`,
        safeAlternative: [
          LOCK_TIMEOUT,
          `ALTER TABLE ${t} ADD COLUMN ${col(to)} <type of ${col(from)}>;`,
          `-- a trigger copies ${col(from)} to ${col(to)} on write; backfill ${col(to)} in batches from a script`,
          `-- deploy code that reads and writes ${col(to)}; then, in a later migration:`,
          `ALTER TABLE ${t} DROP COLUMN ${col(from)};`,
        ].join('\n'),
        table,
      },
    ];
  },
});
