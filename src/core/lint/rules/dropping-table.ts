import { quoteLiteral } from '../../sql/index.js';
import { col, nameList, refFromNames, tableLabel, tableSql } from '../ast.js';
import { defineRule } from './define.js';

export const droppingTable = defineRule({
  id: 'dropping-table',
  kinds: ['DropStmt'],
  risk: 'critical',
  summary: 'DROP TABLE',
  why: 'The data is gone for good unless restored from a backup, and any code or view still using the table fails. Critical findings need the sign-off of the table owners (lint.owners).',
  lockRule: true,
  dataAware: false,
  examples: {
    bad: [{ sql: 'DROP TABLE legacy_orders;' }],
    good: [
      {
        sql: 'CREATE TABLE scratch (id int);\nDROP TABLE scratch;',
        note: 'Exempt: the table was created in the same migration set.',
      },
    ],
  },
  check(stmt) {
    if (stmt.kind !== 'DropStmt' || stmt.ast.removeType !== 'OBJECT_TABLE') return [];
    return (stmt.ast.objects ?? []).map((o: any) => {
      const table = refFromNames(nameList(o.List?.items));
      const retired = table.schema
        ? tableSql({ schema: table.schema, name: `${table.name}_retired` })
        : col(`${table.name}_retired`);
      return {
        message: `drops table ${tableLabel(table)} and all its data`,
        subject: `DROP TABLE ${tableLabel(table)}`,
        safeAlternative: [
          `-- 1. check nothing uses it: SELECT seq_scan, idx_scan, n_tup_ins, n_tup_upd FROM pg_stat_user_tables WHERE relid = ${quoteLiteral(tableSql(table))}::regclass;`,
          `-- 2. retire it first and keep the data for one release:`,
          `ALTER TABLE ${tableSql(table)} RENAME TO ${col(`${table.name}_retired`)};`,
          `-- 3. then, in a later migration, with a backup taken:`,
          `DROP TABLE IF EXISTS ${retired};`,
        ].join('\n'),
        table,
      };
    });
  },
});
