import { col, tableLabel } from '../ast.js';
import { declaredColumns } from './columns.js';
import { defineRule } from './define.js';

const SERIAL: Record<string, string> = {
  serial: 'integer',
  serial4: 'integer',
  bigserial: 'bigint',
  serial8: 'bigint',
  smallserial: 'smallint',
  serial2: 'smallint',
};

export const preferIdentity = defineRule({
  id: 'prefer-identity',
  kinds: ['CreateStmt', 'AlterTableStmt'],
  alterSubtypes: ['AT_AddColumn', 'AT_AlterColumnType'],
  risk: 'low',
  summary: 'serial / bigserial columns instead of identity columns',
  why: 'serial is a legacy shorthand: the sequence is a separate object with its own permissions and ownership, is easy to get out of step when copying data, and allows explicit inserts that later collide. GENERATED ... AS IDENTITY is the SQL-standard replacement.',
  lockRule: false,
  dataAware: false,
  examples: {
    bad: [{ sql: 'CREATE TABLE events (id bigserial PRIMARY KEY, payload jsonb);' }],
    good: [
      { sql: 'CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, payload jsonb);' },
    ],
  },
  check(stmt) {
    return declaredColumns(stmt)
      .filter((c) => SERIAL[c.written])
      .map((c) => ({
        message: `column ${tableLabel(c.table)}.${c.name} is ${c.written}: prefer an identity column`,
        subject: `${c.written} column ${tableLabel(c.table)}.${c.name}`,
        safeAlternative: `-- declare it as: ${col(c.name)} ${SERIAL[c.written]} GENERATED ALWAYS AS IDENTITY`,
        table: c.table,
      }));
  },
});
