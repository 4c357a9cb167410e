import { col, tableLabel } from '../ast.js';
import { declaredColumns } from './columns.js';
import { defineRule } from './define.js';

const SMALL_INTS = new Set(['int2', 'int4', 'serial', 'serial4', 'smallserial', 'serial2']);

export const intPrimaryKey = defineRule({
  id: 'int-primary-key',
  kinds: ['CreateStmt', 'AlterTableStmt'],
  alterSubtypes: ['AT_AddColumn', 'AT_AlterColumnType'],
  risk: 'medium',
  summary: 'integer / serial primary or foreign key where bigint is expected',
  why: 'A 32-bit key runs out at 2,147,483,647; growing it later means rewriting the table and every table that references it, usually during an outage.',
  lockRule: false,
  dataAware: false,
  examples: {
    bad: [
      { sql: 'CREATE TABLE orders (id serial PRIMARY KEY);' },
      { sql: 'CREATE TABLE items (order_id int REFERENCES orders (id));' },
    ],
    good: [{ sql: 'CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);' }],
  },
  check(stmt) {
    return declaredColumns(stmt)
      .filter(
        (c) => (c.primaryKey || c.foreignKey) && (SMALL_INTS.has(c.type.name) || SMALL_INTS.has(c.written)),
      )
      .map((c) => {
        const serial = c.written.includes('serial');
        return {
          message: `${c.primaryKey ? 'primary' : 'foreign'} key ${tableLabel(c.table)}.${c.name} is ${c.written}: 32-bit keys run out`,
          subject: `${c.written} key ${tableLabel(c.table)}.${c.name}`,
          safeAlternative: `-- declare it as: ${col(c.name)} ${serial ? 'bigint GENERATED ALWAYS AS IDENTITY' : 'bigint'}`,
          table: c.table,
        };
      });
  },
});
