import { alterCmds, tableLabel, tableOf } from '../ast.js';
import { defineRule } from './define.js';

export const settingTablespace = defineRule({
  id: 'setting-tablespace',
  kinds: ['AlterTableStmt'],
  alterSubtypes: ['AT_SetTableSpace'],
  risk: 'high',
  summary: 'ALTER TABLE / INDEX ... SET TABLESPACE',
  why: 'Moving a table or index to another tablespace copies every block under an ACCESS EXCLUSIVE lock: no reads or writes until the copy ends.',
  lockRule: true,
  dataAware: true,
  examples: {
    bad: [
      { sql: 'ALTER TABLE orders SET TABLESPACE fast_ssd;' },
      { sql: 'ALTER INDEX orders_pkey SET TABLESPACE fast_ssd;' },
    ],
    good: [
      {
        sql: 'CREATE TABLE archive (id bigint);\nALTER TABLE archive SET TABLESPACE slow_disk;',
        note: 'Exempt: the table is new.',
      },
    ],
  },
  check(stmt, ctx) {
    const rel = tableOf(stmt.ast.relation);
    if (!rel) return [];
    const isIndex = stmt.ast.objtype === 'OBJECT_INDEX';
    return alterCmds(stmt.ast)
      .filter((c) => c.subtype === 'AT_SetTableSpace')
      .map((c) => ({
        message: `moves ${isIndex ? 'index' : 'table'} ${tableLabel(rel)} to tablespace ${c.name}: copies it under an ACCESS EXCLUSIVE lock`,
        subject: `SET TABLESPACE ${tableLabel(rel)}`,
        safeAlternative: isIndex
          ? `-- build a copy in the new tablespace without blocking, then swap:\nCREATE INDEX CONCURRENTLY <new_index> ON <table> (<same columns>) TABLESPACE ${c.name};\nDROP INDEX CONCURRENTLY ${tableLabel(rel)};`
          : `-- move it online with pg_repack from a maintenance job:\n-- pg_repack --table=${tableLabel(rel)} --tablespace=${c.name} <database>`,
        table: isIndex ? ctx.indexTable(rel) : rel,
      }));
  },
});
