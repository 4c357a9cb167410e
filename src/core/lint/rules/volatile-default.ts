import { col, columnDefTypeSql, tableLabel, tableSql } from '../ast.js';
import { addedColumns } from './addColumn.js';
import { defineRule, LOCK_TIMEOUT } from './define.js';

export const volatileDefault = defineRule({
  id: 'volatile-default',
  kinds: ['AlterTableStmt'],
  alterSubtypes: ['AT_AddColumn'],
  risk: 'high',
  summary: 'ADD COLUMN with a volatile DEFAULT (random(), gen_random_uuid(), clock_timestamp(), nextval())',
  why: 'A volatile default must be computed per row, so PostgreSQL rewrites the whole table under an ACCESS EXCLUSIVE lock on every version.',
  lockRule: true,
  dataAware: true,
  examples: {
    bad: [{ sql: 'ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid();' }],
    good: [
      {
        sql: 'ALTER TABLE orders ADD COLUMN created_at timestamptz DEFAULT now();',
        note: 'now() is stable: evaluated once, no rewrite on PostgreSQL 11+.',
      },
    ],
  },
  check(stmt, ctx) {
    return addedColumns(stmt, ctx)
      .filter((c) => c.defaultKind === 'volatile' && !c.serial)
      .map((c) => ({
        message: `adds column ${tableLabel(c.table)}.${c.name} with a volatile DEFAULT: every row is rewritten`,
        subject: `ADD COLUMN ${tableLabel(c.table)}.${c.name} volatile DEFAULT`,
        safeAlternative: [
          LOCK_TIMEOUT,
          `ALTER TABLE ${tableSql(c.table)} ADD COLUMN ${col(c.name)} ${columnDefTypeSql(c.def)};`,
          `ALTER TABLE ${tableSql(c.table)} ALTER COLUMN ${col(c.name)} SET DEFAULT <the volatile default>;  -- new rows only, no rewrite`,
          `-- backfill existing rows in batches from a script, outside the migration`,
        ].join('\n'),
        table: c.table,
      }));
  },
});
