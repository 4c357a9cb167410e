import { col, columnDefTypeSql, tableLabel, tableOf, tableSql } from '../ast.js';
import { addedColumns } from './addColumn.js';
import { defineRule, LOCK_TIMEOUT } from './define.js';

export const addingForeignKeyColumn = defineRule({
  id: 'adding-foreign-key-column',
  kinds: ['AlterTableStmt'],
  alterSubtypes: ['AT_AddColumn'],
  risk: 'medium',
  summary: 'ADD COLUMN ... REFERENCES on an existing table',
  why: 'An inline REFERENCES cannot be NOT VALID: it takes a SHARE ROW EXCLUSIVE lock on the referenced table (blocking its writes) together with the ACCESS EXCLUSIVE lock on the altered one. With a DEFAULT the new column is validated against the referenced table row by row.',
  lockRule: true,
  dataAware: true,
  examples: {
    bad: [{ sql: 'ALTER TABLE orders ADD COLUMN coupon_id bigint REFERENCES coupons (id);' }],
    good: [
      {
        sql: "SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN coupon_id bigint;\nALTER TABLE orders ADD CONSTRAINT orders_coupon_id_fkey FOREIGN KEY (coupon_id) REFERENCES coupons (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_coupon_id_fkey;",
      },
    ],
  },
  check(stmt, ctx) {
    return addedColumns(stmt, ctx).flatMap((c) => {
      const fk = c.def.constraints
        ?.map((k: any) => k?.Constraint)
        .find((k: any) => k?.contype === 'CONSTR_FOREIGN');
      if (!fk) return [];
      const t = tableSql(c.table);
      const target = tableOf(fk.pktable);
      const name = col(fk.conname ?? `${c.table.name}_${c.name}_fkey`);
      const refCols = (fk.pk_attrs ?? []).map((a: any) => col(a.String.sval)).join(', ');
      return [
        {
          message: `adds column ${tableLabel(c.table)}.${c.name} with REFERENCES${target ? ` ${tableLabel(target)}` : ''}: a foreign key that cannot be NOT VALID, locking both tables`,
          subject: `ADD COLUMN ${tableLabel(c.table)}.${c.name} REFERENCES`,
          safeAlternative: [
            LOCK_TIMEOUT,
            `ALTER TABLE ${t} ADD COLUMN ${col(c.name)} ${columnDefTypeSql(c.def)};`,
            `ALTER TABLE ${t} ADD CONSTRAINT ${name} FOREIGN KEY (${col(c.name)}) REFERENCES ${target ? tableSql(target) : '<table>'}${refCols ? ` (${refCols})` : ''} NOT VALID;`,
            `ALTER TABLE ${t} VALIDATE CONSTRAINT ${name};`,
          ].join('\n'),
          table: c.table,
        },
      ];
    });
  },
});
