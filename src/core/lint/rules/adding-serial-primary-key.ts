import { quoteLiteral } from '../../sql/index.js';
import { col, tableLabel, tableSql } from '../ast.js';
import { addedColumns } from './addColumn.js';
import { defineRule, LOCK_TIMEOUT } from './define.js';

export const addingSerialPrimaryKey = defineRule({
  id: 'adding-serial-primary-key',
  kinds: ['AlterTableStmt'],
  alterSubtypes: ['AT_AddColumn'],
  risk: 'high',
  summary: 'ADD COLUMN serial / identity / PRIMARY KEY on an existing table',
  why: 'A serial or identity column fills every existing row (a full rewrite), and a PRIMARY KEY builds its index while holding an ACCESS EXCLUSIVE lock.',
  lockRule: true,
  dataAware: true,
  examples: {
    bad: [
      { sql: 'ALTER TABLE events ADD COLUMN id bigserial PRIMARY KEY;' },
      { sql: 'ALTER TABLE events ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY;' },
    ],
    good: [
      {
        sql: 'CREATE TABLE events (payload jsonb);\nALTER TABLE events ADD COLUMN id bigserial PRIMARY KEY;',
        note: 'Exempt: the table is new.',
      },
    ],
  },
  check(stmt, ctx) {
    return addedColumns(stmt, ctx)
      .filter((c) => c.serial || c.identity || c.primaryKey)
      .map((c) => {
        const t = tableSql(c.table);
        const seq = col(`${c.table.name}_${c.name}_seq`);
        const idx = col(`${c.table.name}_pkey`);
        return {
          message: `adds ${c.serial ? 'a serial' : c.identity ? 'an identity' : 'a primary key'} column ${tableLabel(c.table)}.${c.name} to an existing table: rewrites it and builds an index under an exclusive lock`,
          subject: `ADD COLUMN ${tableLabel(c.table)}.${c.name} ${c.primaryKey ? 'PRIMARY KEY' : 'serial'}`,
          safeAlternative: [
            LOCK_TIMEOUT,
            `CREATE SEQUENCE ${seq};`,
            `ALTER TABLE ${t} ADD COLUMN ${col(c.name)} bigint;`,
            `ALTER TABLE ${t} ALTER COLUMN ${col(c.name)} SET DEFAULT nextval(${quoteLiteral(seq)});  -- new rows only`,
            `-- backfill ${col(c.name)} in batches from a script, outside the migration`,
            `CREATE UNIQUE INDEX CONCURRENTLY ${idx} ON ${t} (${col(c.name)});`,
            `ALTER TABLE ${t} ADD CONSTRAINT ${idx} PRIMARY KEY USING INDEX ${idx};`,
          ].join('\n'),
          table: c.table,
        };
      });
  },
});
