import { col, tableLabel, tableOf, tableSql } from '../ast.js';
import { addedConstraints, withNotValid } from './constraints.js';
import { defineRule, LOCK_TIMEOUT } from './define.js';

export const foreignKeyWithoutNotValid = defineRule({
  id: 'foreign-key-without-not-valid',
  kinds: ['AlterTableStmt'],
  alterSubtypes: ['AT_AddConstraint'],
  risk: 'medium',
  summary: 'ADD CONSTRAINT ... FOREIGN KEY without NOT VALID',
  why: 'Validating a new foreign key scans the table while both it and the referenced table are locked against writes (SHARE ROW EXCLUSIVE). NOT VALID then VALIDATE CONSTRAINT keeps writes flowing.',
  lockRule: true,
  dataAware: true,
  examples: {
    bad: [
      {
        sql: 'ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);',
      },
    ],
    good: [
      {
        sql: 'ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;',
      },
    ],
  },
  check(stmt) {
    return addedConstraints(stmt, 'CONSTR_FOREIGN')
      .filter((c) => !c.notValid)
      .map((c) => {
        const name = col(c.name ?? `${c.table.name}_fkey`);
        const t = tableSql(c.table);
        const target = tableOf(c.constraint.pktable);
        return {
          message: `adds foreign key on ${tableLabel(c.table)}${target ? ` to ${tableLabel(target)}` : ''} without NOT VALID: blocks writes to both tables while it scans`,
          subject: `ADD FOREIGN KEY ${tableLabel(c.table)}${c.name ? `.${c.name}` : ''}`,
          safeAlternative: [
            LOCK_TIMEOUT,
            withNotValid(stmt) ??
              `ALTER TABLE ${t} ADD CONSTRAINT ${name} FOREIGN KEY (...) REFERENCES ... NOT VALID;`,
            `ALTER TABLE ${t} VALIDATE CONSTRAINT ${name};`,
          ].join('\n'),
          table: c.table,
        };
      });
  },
});
