import { col, columnDefTypeSql, tableLabel, tableSql } from '../ast.js';
import { addedColumns } from './addColumn.js';
import { defineRule, LOCK_TIMEOUT } from './define.js';

export const addingUniqueColumn = defineRule({
  id: 'adding-unique-column',
  kinds: ['AlterTableStmt'],
  alterSubtypes: ['AT_AddColumn'],
  risk: 'high',
  summary: 'ADD COLUMN ... UNIQUE on an existing table',
  why: 'The UNIQUE index is built while ALTER TABLE holds its ACCESS EXCLUSIVE lock: no reads or writes on the table until the build over every row ends.',
  lockRule: true,
  dataAware: true,
  examples: {
    bad: [{ sql: 'ALTER TABLE users ADD COLUMN handle text UNIQUE;' }],
    good: [
      {
        sql: "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN handle text;\nCREATE UNIQUE INDEX CONCURRENTLY users_handle_key ON users (handle);",
      },
    ],
  },
  check(stmt, ctx) {
    return addedColumns(stmt, ctx)
      .filter(
        (c) =>
          !c.primaryKey && c.def.constraints?.some((k: any) => k?.Constraint?.contype === 'CONSTR_UNIQUE'),
      )
      .map((c) => {
        const t = tableSql(c.table);
        const idx = col(`${c.table.name}_${c.name}_key`);
        return {
          message: `adds column ${tableLabel(c.table)}.${c.name} with UNIQUE: builds the index under an ACCESS EXCLUSIVE lock`,
          subject: `ADD COLUMN ${tableLabel(c.table)}.${c.name} UNIQUE`,
          safeAlternative: [
            LOCK_TIMEOUT,
            `ALTER TABLE ${t} ADD COLUMN ${col(c.name)} ${columnDefTypeSql(c.def)};`,
            `CREATE UNIQUE INDEX CONCURRENTLY ${idx} ON ${t} (${col(c.name)});  -- in a file without a transaction`,
            `ALTER TABLE ${t} ADD CONSTRAINT ${idx} UNIQUE USING INDEX ${idx};`,
          ].join('\n'),
          table: c.table,
        };
      });
  },
});
