import { col, columnDefTypeSql, tableLabel, tableSql } from '../ast.js';
import { addedColumns } from './addColumn.js';
import { defineRule, LOCK_TIMEOUT } from './define.js';

export const addingColumnWithDefault = defineRule({
  id: 'adding-column-with-default',
  kinds: ['AlterTableStmt'],
  alterSubtypes: ['AT_AddColumn'],
  risk: 'low',
  summary: 'ADD COLUMN with a DEFAULT: free on PostgreSQL 11+, a full table rewrite before',
  why: 'Before PostgreSQL 11 adding a column with a DEFAULT rewrites every row under an ACCESS EXCLUSIVE lock. From 11 on a non-volatile default is stored once in the catalog and nothing is rewritten.',
  lockRule: true,
  dataAware: true,
  examples: {
    bad: [
      {
        sql: "ALTER TABLE users ADD COLUMN status text NOT NULL DEFAULT 'active';",
        pgVersion: 10,
        note: 'On PostgreSQL 10 this rewrites the table (high).',
      },
      {
        sql: 'ALTER TABLE users ADD COLUMN score int NOT NULL DEFAULT 0;',
        pgVersion: 15,
        note: 'On PostgreSQL 11+ it is reported as low.',
      },
    ],
    good: [{ sql: 'ALTER TABLE users ADD COLUMN score int;', pgVersion: 10 }],
  },
  check(stmt, ctx) {
    return addedColumns(stmt, ctx)
      .filter(
        (c) => c.defaultKind && c.defaultKind !== 'volatile' && !c.serial && !c.identity && !c.generated,
      )
      .map((c) => {
        const t = tableLabel(c.table);
        const rewrite = ctx.pgVersion < 11;
        const unknown = c.defaultKind === 'unknown';
        const risk = rewrite ? 'high' : unknown ? 'medium' : 'low';
        const type = columnDefTypeSql(c.def);
        const steps = [
          LOCK_TIMEOUT,
          `ALTER TABLE ${tableSql(c.table)} ADD COLUMN ${col(c.name)} ${type};`,
          `ALTER TABLE ${tableSql(c.table)} ALTER COLUMN ${col(c.name)} SET DEFAULT <the default>;  -- new rows only`,
          `-- backfill existing rows in batches from a script, outside the migration`,
        ];
        if (c.notNull) {
          steps.push(
            `ALTER TABLE ${tableSql(c.table)} ADD CONSTRAINT ${col(`${c.table.name}_${c.name}_not_null`)} CHECK (${col(c.name)} IS NOT NULL) NOT VALID;`,
            `ALTER TABLE ${tableSql(c.table)} VALIDATE CONSTRAINT ${col(`${c.table.name}_${c.name}_not_null`)};`,
          );
        }
        return {
          risk,
          message: rewrite
            ? `adds column ${t}.${c.name} with a DEFAULT on PostgreSQL ${ctx.pgVersion}: rewrites the whole table`
            : unknown
              ? `adds column ${t}.${c.name} with a DEFAULT that calls a function schemagate cannot classify: if it is volatile the table is rewritten`
              : `adds column ${t}.${c.name} with a constant DEFAULT: catalog-only on PostgreSQL 11+`,
          subject: `ADD COLUMN ${t}.${c.name} DEFAULT`,
          safeAlternative:
            rewrite || unknown ? steps.join('\n') : `${LOCK_TIMEOUT}\n-- then the statement as written`,
          table: c.table,
        };
      });
  },
});
