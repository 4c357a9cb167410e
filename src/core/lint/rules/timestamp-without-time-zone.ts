import { col, tableLabel } from '../ast.js';
import { declaredColumns } from './columns.js';
import { defineRule } from './define.js';

export const timestampWithoutTimeZone = defineRule({
  id: 'timestamp-without-time-zone',
  kinds: ['CreateStmt', 'AlterTableStmt'],
  alterSubtypes: ['AT_AddColumn', 'AT_AlterColumnType'],
  risk: 'low',
  summary: 'timestamp (without time zone) columns',
  why: 'timestamp stores a wall-clock reading with no zone: the same instant is stored differently by clients in different time zones, and DST changes make values ambiguous. timestamptz stores an instant.',
  lockRule: false,
  dataAware: false,
  examples: {
    bad: [{ sql: 'CREATE TABLE events (id bigint, happened_at timestamp);' }],
    good: [{ sql: 'CREATE TABLE events (id bigint, happened_at timestamptz);' }],
  },
  check(stmt) {
    return declaredColumns(stmt)
      .filter((c) => c.type.name === 'timestamp')
      .map((c) => ({
        message: `column ${tableLabel(c.table)}.${c.name} is timestamp without time zone; use timestamptz`,
        subject: `timestamp column ${tableLabel(c.table)}.${c.name}`,
        safeAlternative: `-- declare it as: ${col(c.name)} timestamptz`,
        table: c.table,
      }));
  },
});
