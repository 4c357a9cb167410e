import { col, tableLabel, tableSql } from '../ast.js';
import { addedConstraints, withNotValid } from './constraints.js';
import { defineRule, LOCK_TIMEOUT } from './define.js';

export const addingCheckConstraint = defineRule({
  id: 'adding-check-constraint',
  kinds: ['AlterTableStmt'],
  alterSubtypes: ['AT_AddConstraint'],
  risk: 'medium',
  summary: 'ADD CONSTRAINT ... CHECK without NOT VALID',
  why: 'Adding a validated CHECK scans the whole table while holding an ACCESS EXCLUSIVE lock. NOT VALID skips the scan; VALIDATE CONSTRAINT then checks old rows under a lock that lets reads and writes continue.',
  lockRule: true,
  dataAware: true,
  examples: {
    bad: [{ sql: 'ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0);' }],
    good: [
      {
        sql: 'ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive;',
      },
    ],
  },
  check(stmt) {
    return addedConstraints(stmt, 'CONSTR_CHECK')
      .filter((c) => !c.notValid)
      .map((c) => {
        const name = col(c.name ?? `${c.table.name}_check`);
        const t = tableSql(c.table);
        return {
          message:
            `adds CHECK constraint ${c.name ?? ''} on ${tableLabel(c.table)} without NOT VALID: scans the table under an exclusive lock`.replace(
              '  ',
              ' ',
            ),
          subject: `ADD CHECK ${tableLabel(c.table)}${c.name ? `.${c.name}` : ''}`,
          safeAlternative: [
            LOCK_TIMEOUT,
            withNotValid(stmt) ?? `ALTER TABLE ${t} ADD CONSTRAINT ${name} CHECK (...) NOT VALID;`,
            `ALTER TABLE ${t} VALIDATE CONSTRAINT ${name};  -- SHARE UPDATE EXCLUSIVE: reads and writes go on`,
          ].join('\n'),
          table: c.table,
        };
      });
  },
});
