import { alterCmds, col, tableLabel, tableOf, tableSql } from '../ast.js';
import { defineRule } from './define.js';

export const droppingNotNull = defineRule({
  id: 'dropping-not-null',
  kinds: ['AlterTableStmt'],
  alterSubtypes: ['AT_DropNotNull'],
  risk: 'medium',
  summary: 'ALTER COLUMN ... DROP NOT NULL',
  why: 'Cheap for the database, but a contract change: readers that assume the column always has a value (generated types, NOT NULL joins, downstream pipelines) start receiving NULLs, and putting NOT NULL back later needs a full scan.',
  lockRule: true,
  dataAware: false,
  examples: {
    bad: [{ sql: 'ALTER TABLE users ALTER COLUMN email DROP NOT NULL;' }],
    good: [
      {
        sql: 'CREATE TABLE drafts (id bigint NOT NULL, title text NOT NULL);\nALTER TABLE drafts ALTER COLUMN title DROP NOT NULL;',
        note: 'Exempt: the table is new.',
      },
    ],
  },
  check(stmt) {
    const table = tableOf(stmt.ast.relation);
    if (!table) return [];
    return alterCmds(stmt.ast)
      .filter((c) => c.subtype === 'AT_DropNotNull' && c.name)
      .map((c) => ({
        message: `drops NOT NULL on ${tableLabel(table)}.${c.name}: readers may start seeing NULLs`,
        subject: `DROP NOT NULL ${tableLabel(table)}.${c.name}`,
        safeAlternative: [
          `-- first ship readers that handle NULL in ${c.name}, then:`,
          `ALTER TABLE ${tableSql(table)} ALTER COLUMN ${col(c.name)} DROP NOT NULL;`,
        ].join('\n'),
        table,
      }));
  },
});
