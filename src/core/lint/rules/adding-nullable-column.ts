import {
  alterCmds,
  col,
  columnDefTypeSql,
  constraintsOf,
  defaultExpr,
  tableLabel,
  tableOf,
  tableSql,
} from '../ast.js';
import { defineRule, LOCK_TIMEOUT } from './define.js';

const NOT_NULLABLE = new Set(['CONSTR_NOTNULL', 'CONSTR_PRIMARY', 'CONSTR_IDENTITY', 'CONSTR_GENERATED']);

export const addingNullableColumn = defineRule({
  id: 'adding-nullable-column',
  kinds: ['AlterTableStmt'],
  alterSubtypes: ['AT_AddColumn'],
  risk: 'low',
  summary: 'ADD COLUMN of a nullable column without a default',
  why: 'Only the catalog changes, but ALTER TABLE still needs a brief ACCESS EXCLUSIVE lock, which queues behind long-running queries.',
  lockRule: true,
  dataAware: false,
  examples: {
    bad: [{ sql: 'ALTER TABLE users ADD COLUMN nickname text;' }],
    good: [
      {
        sql: 'CREATE TABLE users (id bigint PRIMARY KEY);\nALTER TABLE users ADD COLUMN nickname text;',
        note: 'A table created in the same migration set is exempt.',
      },
    ],
  },
  check(stmt) {
    if (stmt.kind !== 'AlterTableStmt') return [];
    const table = tableOf(stmt.ast.relation);
    if (!table) return [];
    return alterCmds(stmt.ast)
      .filter((c) => c.subtype === 'AT_AddColumn')
      .filter((c) => {
        const def = c.def?.ColumnDef;
        if (/serial$/.test(def?.typeName?.names?.at(-1)?.String?.sval ?? '')) return false;
        if (defaultExpr(def)) return false;
        for (const k of constraintsOf(def)) if (NOT_NULLABLE.has(k.contype)) return false;
        return true;
      })
      .map((c) => {
        const name = c.def.ColumnDef.colname as string;
        return {
          message: `adds nullable column ${tableLabel(table)}.${name}: a catalog-only change`,
          subject: `ADD COLUMN ${tableLabel(table)}.${name}`,
          safeAlternative: `${LOCK_TIMEOUT}\nALTER TABLE ${tableSql(table)} ADD COLUMN ${col(name)} ${columnDefTypeSql(c.def.ColumnDef)};  -- retry if the lock times out`,
          table,
        };
      });
  },
});
