import { col, tableLabel } from '../ast.js';
import { declaredColumns } from './columns.js';
import { defineRule } from './define.js';

export const preferTextOverVarchar = defineRule({
  id: 'prefer-text-over-varchar',
  kinds: ['CreateStmt', 'AlterTableStmt'],
  alterSubtypes: ['AT_AddColumn', 'AT_AlterColumnType'],
  risk: 'low',
  summary: 'varchar(n) columns instead of text with a CHECK (off unless lint.rules sets a level)',
  why: 'varchar(n) is stored exactly like text; its only effect is the length limit, and lowering that limit later rewrites or scans the table under an exclusive lock, while a CHECK (length(col) <= n) can be replaced NOT VALID then validated without blocking. Opinionated, so off by default.',
  lockRule: false,
  dataAware: false,
  defaultOff: true,
  examples: {
    bad: [{ sql: 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255));' }],
    good: [{ sql: 'CREATE TABLE users (id bigint PRIMARY KEY, email text CHECK (length(email) <= 255));' }],
  },
  check(stmt) {
    return declaredColumns(stmt)
      .filter((c) => c.type.name === 'varchar' && c.type.mods.length > 0)
      .map((c) => ({
        message: `column ${tableLabel(c.table)}.${c.name} is varchar(${c.type.mods[0]}): prefer text with a CHECK`,
        subject: `varchar column ${tableLabel(c.table)}.${c.name}`,
        safeAlternative: `-- declare it as: ${col(c.name)} text CHECK (length(${col(c.name)}) <= ${c.type.mods[0]})`,
        table: c.table,
      }));
  },
});
