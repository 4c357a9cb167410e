import { col, columnDefTypeSql, tableLabel, tableSql } from '../ast.js';
import { addedColumns } from './addColumn.js';
import { defineRule, LOCK_TIMEOUT } from './define.js';

export const addingNotNullColumnWithoutDefault = defineRule({
  id: 'adding-not-null-column-without-default',
  kinds: ['AlterTableStmt'],
  alterSubtypes: ['AT_AddColumn'],
  risk: 'high',
  summary: 'ADD COLUMN ... NOT NULL without a DEFAULT',
  why: 'Existing rows would get NULL, so the statement fails on any table that has rows; it only works on an empty table, which production tables are not.',
  lockRule: true,
  dataAware: true,
  examples: {
    bad: [{ sql: 'ALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL;' }],
    good: [
      { sql: 'ALTER TABLE users ADD COLUMN tenant_id bigint;' },
      {
        sql: 'CREATE TABLE users (id bigint);\nALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL;',
        note: 'Exempt: the table is new.',
      },
    ],
  },
  check(stmt, ctx) {
    return addedColumns(stmt, ctx)
      .filter(
        (c) =>
          c.notNull &&
          c.defaultKind === undefined &&
          !c.serial &&
          !c.identity &&
          !c.generated &&
          !c.primaryKey,
      )
      .map((c) => {
        const t = tableSql(c.table);
        const check = col(`${c.table.name}_${c.name}_not_null`);
        return {
          message: `adds NOT NULL column ${tableLabel(c.table)}.${c.name} without a DEFAULT: fails as soon as the table has a row`,
          subject: `ADD COLUMN ${tableLabel(c.table)}.${c.name} NOT NULL`,
          safeAlternative: [
            LOCK_TIMEOUT,
            `ALTER TABLE ${t} ADD COLUMN ${col(c.name)} ${columnDefTypeSql(c.def)};`,
            `-- backfill ${col(c.name)} in batches from a script, outside the migration`,
            `ALTER TABLE ${t} ADD CONSTRAINT ${check} CHECK (${col(c.name)} IS NOT NULL) NOT VALID;`,
            `ALTER TABLE ${t} VALIDATE CONSTRAINT ${check};`,
            `ALTER TABLE ${t} ALTER COLUMN ${col(c.name)} SET NOT NULL;  -- PostgreSQL 12+ uses the check, no scan`,
            `ALTER TABLE ${t} DROP CONSTRAINT ${check};`,
          ].join('\n'),
          table: c.table,
        };
      });
  },
});
