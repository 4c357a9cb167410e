import { col, tableLabel } from '../ast.js';
import { declaredColumns } from './columns.js';
import { defineRule } from './define.js';

export const charType = defineRule({
  id: 'char-type',
  kinds: ['CreateStmt', 'AlterTableStmt'],
  alterSubtypes: ['AT_AddColumn', 'AT_AlterColumnType'],
  risk: 'low',
  summary: 'char(n) / character(n) columns',
  why: 'char(n) pads values with spaces, compares in surprising ways and is no faster than text or varchar; widening it later rewrites the table.',
  lockRule: false,
  dataAware: false,
  examples: {
    bad: [{ sql: 'CREATE TABLE countries (code char(2) PRIMARY KEY);' }],
    good: [{ sql: 'CREATE TABLE countries (code text PRIMARY KEY CHECK (length(code) = 2));' }],
  },
  check(stmt) {
    return declaredColumns(stmt)
      .filter((c) => c.type.name === 'bpchar')
      .map((c) => ({
        message: `column ${tableLabel(c.table)}.${c.name} uses char(${c.type.mods[0] ?? 1}): space-padded; use text or varchar`,
        subject: `char column ${tableLabel(c.table)}.${c.name}`,
        safeAlternative: `-- declare it as: ${col(c.name)} text CHECK (length(${col(c.name)}) <= ${c.type.mods[0] ?? 1})`,
        table: c.table,
      }));
  },
});
