import { col, columnDefTypeSql, tableLabel, tableSql } from '../ast.js';
import { addedColumns } from './addColumn.js';
import { defineRule, LOCK_TIMEOUT } from './define.js';

export const addingStoredGeneratedColumn = defineRule({
  id: 'adding-stored-generated-column',
  kinds: ['AlterTableStmt'],
  alterSubtypes: ['AT_AddColumn'],
  risk: 'high',
  summary: 'ADD COLUMN ... GENERATED ALWAYS AS (...) STORED on an existing table',
  why: 'A stored generated column is computed and written for every existing row: a full table rewrite under an ACCESS EXCLUSIVE lock. PostgreSQL 18 VIRTUAL generated columns are computed on read and add no rewrite.',
  lockRule: true,
  dataAware: true,
  examples: {
    bad: [
      {
        sql: 'ALTER TABLE orders ADD COLUMN total_cents bigint GENERATED ALWAYS AS (quantity * price_cents) STORED;',
      },
    ],
    good: [
      {
        sql: 'ALTER TABLE orders ADD COLUMN total_cents bigint GENERATED ALWAYS AS (quantity * price_cents) VIRTUAL;',
        pgVersion: 18,
      },
    ],
  },
  check(stmt, ctx) {
    return addedColumns(stmt, ctx)
      .filter((c) => c.storedGenerated)
      .map((c) => {
        const t = tableSql(c.table);
        return {
          message: `adds stored generated column ${tableLabel(c.table)}.${c.name}: rewrites every row under an ACCESS EXCLUSIVE lock`,
          subject: `ADD COLUMN ${tableLabel(c.table)}.${c.name} GENERATED STORED`,
          safeAlternative:
            ctx.pgVersion >= 18
              ? `${LOCK_TIMEOUT}\n-- computed on read, no rewrite:\nALTER TABLE ${t} ADD COLUMN ${col(c.name)} ${columnDefTypeSql(c.def)} GENERATED ALWAYS AS (<expression>) VIRTUAL;`
              : [
                  LOCK_TIMEOUT,
                  `ALTER TABLE ${t} ADD COLUMN ${col(c.name)} ${columnDefTypeSql(c.def)};  -- plain column, no rewrite`,
                  '-- fill it for new rows with a BEFORE INSERT OR UPDATE trigger, backfill old rows in batches outside the migration',
                ].join('\n'),
          table: c.table,
        };
      });
  },
});
