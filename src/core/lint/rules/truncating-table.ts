import { tableLabel, tableOf, tableSql } from '../ast.js';
import { defineRule } from './define.js';

export const truncatingTable = defineRule({
  id: 'truncating-table',
  kinds: ['TruncateStmt'],
  risk: 'high',
  summary: 'TRUNCATE',
  why: 'TRUNCATE deletes every row at once under an ACCESS EXCLUSIVE lock; in a migration it is rarely intended for a production table, and the data cannot be recovered.',
  lockRule: true,
  dataAware: false,
  examples: {
    bad: [{ sql: 'TRUNCATE audit_log;' }],
    good: [
      {
        sql: 'CREATE TABLE staging (id int);\nINSERT INTO staging VALUES (1);\nTRUNCATE staging;',
        note: 'Exempt: the table is new.',
      },
    ],
  },
  check(stmt) {
    if (stmt.kind !== 'TruncateStmt') return [];
    return (stmt.ast.relations ?? []).flatMap((r: any) => {
      const table = tableOf(r.RangeVar);
      if (!table) return [];
      return [
        {
          message: `truncates ${tableLabel(table)}: every row is deleted`,
          subject: `TRUNCATE ${tableLabel(table)}`,
          safeAlternative: [
            '-- if the data must go, do it outside the migration, in batches:',
            `DELETE FROM ${tableSql(table)} WHERE ctid IN (SELECT ctid FROM ${tableSql(table)} LIMIT 1000);  -- repeat until 0 rows`,
          ].join('\n'),
          table,
        },
      ];
    });
  },
});
