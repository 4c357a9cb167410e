import { col, tableLabel, tableOf, tableSql } from '../ast.js';
import { defineRule, LOCK_TIMEOUT } from './define.js';

export const renamingTable = defineRule({
  id: 'renaming-table',
  kinds: ['RenameStmt'],
  risk: 'high',
  summary: 'ALTER TABLE ... RENAME TO',
  why: 'Deployed code keeps using the old name and fails the moment the rename commits; keep the old name working with a view until every client has moved.',
  lockRule: true,
  dataAware: false,
  examples: {
    bad: [{ sql: 'ALTER TABLE customers RENAME TO clients;' }],
    good: [
      {
        sql: 'CREATE TABLE customers (id bigint);\nALTER TABLE customers RENAME TO clients;',
        note: 'Exempt: the table is new.',
      },
    ],
  },
  check(stmt) {
    if (stmt.kind !== 'RenameStmt' || stmt.ast.renameType !== 'OBJECT_TABLE') return [];
    const table = tableOf(stmt.ast.relation);
    if (!table) return [];
    const to = stmt.ast.newname as string;
    const next = table.schema ? tableSql({ schema: table.schema, name: to }) : col(to);
    return [
      {
        message: `renames table ${tableLabel(table)} to ${to}: running code that uses the old name breaks`,
        subject: `RENAME TABLE ${tableLabel(table)}`,
        safeAlternative: [
          'BEGIN;',
          LOCK_TIMEOUT,
          `ALTER TABLE ${tableSql(table)} RENAME TO ${col(to)};`,
          `CREATE VIEW ${tableSql(table)} AS SELECT * FROM ${next};  -- simple views are updatable: old code keeps working`,
          'COMMIT;',
          `-- once no client uses the old name, in a later migration: DROP VIEW ${tableSql(table)};`,
        ].join('\n'),
        table,
      },
    ];
  },
});
