import { tableLabel, tableSql } from '../ast.js';
import { defineRule } from './define.js';
import { dataChange } from './dml.js';

export const unboundedUpdateDelete = defineRule({
  id: 'unbounded-update-delete',
  kinds: ['UpdateStmt', 'DeleteStmt'],
  risk: 'high',
  summary: 'UPDATE or DELETE without WHERE',
  why: 'It touches every row of the table in one transaction: long row locks, a burst of WAL and dead tuples, and replication lag. Often it is also a mistake.',
  lockRule: true,
  dataAware: true,
  examples: {
    bad: [{ sql: 'UPDATE users SET newsletter = false;' }, { sql: 'DELETE FROM sessions;' }],
    good: [
      {
        sql: 'DELETE FROM sessions WHERE id IN (SELECT id FROM sessions WHERE expires_at < now() LIMIT 1000);',
      },
    ],
  },
  check(stmt) {
    const change = dataChange(stmt);
    if (!change || change.bounded) return [];
    const t = tableSql(change.table);
    return [
      {
        message: `${change.verb} without WHERE changes every row of ${tableLabel(change.table)}`,
        subject: `${change.verb} ${tableLabel(change.table)} (all rows)`,
        safeAlternative: [
          '-- move it out of the migration into a script that repeats until it changes 0 rows:',
          `${change.verb === 'UPDATE' ? `UPDATE ${t} SET ...` : `DELETE FROM ${t}`} WHERE ctid IN (SELECT ctid FROM ${t} LIMIT 1000);`,
          change.verb === 'DELETE'
            ? `-- or, when the whole table really goes: TRUNCATE ${t}; (see truncating-table)`
            : '',
        ]
          .filter(Boolean)
          .join('\n'),
        table: change.table,
      },
    ];
  },
});
