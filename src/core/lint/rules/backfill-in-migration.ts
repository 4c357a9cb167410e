import { tableLabel, tableSql } from '../ast.js';
import { defineRule } from './define.js';
import { dataChange } from './dml.js';

export const backfillInMigration = defineRule({
  id: 'backfill-in-migration',
  kinds: ['UpdateStmt', 'DeleteStmt', 'InsertStmt'],
  risk: 'high',
  summary: 'UPDATE / DELETE / INSERT ... SELECT (a backfill) inside a schema migration',
  why: 'A backfill in a migration runs in the same transaction as the DDL: its row locks, and any ACCESS EXCLUSIVE lock taken earlier in the file, are held until the whole file commits. Run it as a separate batched script.',
  lockRule: true,
  dataAware: true,
  examples: {
    bad: [{ sql: "UPDATE users SET status = 'active' WHERE status IS NULL;" }],
    good: [
      {
        sql: "CREATE TABLE flags (name text);\nINSERT INTO flags (name) VALUES ('beta');",
        note: 'Seed rows into a new table are fine.',
      },
    ],
  },
  check(stmt) {
    const change = dataChange(stmt);
    if (!change?.bounded) return [];
    const t = tableSql(change.table);
    return [
      {
        message: `${change.verb} on ${tableLabel(change.table)} inside a schema migration: a backfill holds its locks until the migration commits`,
        subject: `${change.verb} ${tableLabel(change.table)} (backfill)`,
        safeAlternative: [
          '-- move it out of the migration into a script that repeats until it changes 0 rows:',
          change.verb === 'INSERT'
            ? `INSERT INTO ${t} SELECT ... FROM ... WHERE <not yet copied> ORDER BY <key> LIMIT 1000;`
            : `${change.verb === 'UPDATE' ? `UPDATE ${t} SET ...` : `DELETE FROM ${t}`} WHERE ctid IN (SELECT ctid FROM ${t} WHERE <same condition> LIMIT 1000);`,
        ].join('\n'),
        table: change.table,
      },
    ];
  },
});
