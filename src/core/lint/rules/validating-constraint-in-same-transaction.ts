import { alterCmds, col, tableLabel, tableOf, tableSql } from '../ast.js';
import { defineRule } from './define.js';

export const validatingConstraintInSameTransaction = defineRule({
  id: 'validating-constraint-in-same-transaction',
  kinds: ['AlterTableStmt'],
  alterSubtypes: ['AT_ValidateConstraint'],
  risk: 'medium',
  summary: 'VALIDATE CONSTRAINT in the same transaction as the ADD ... NOT VALID it validates',
  why: 'NOT VALID exists so the lock of ADD CONSTRAINT is short and the long validation runs later under a weaker lock. In the same transaction the ACCESS EXCLUSIVE lock of the ADD is still held while VALIDATE scans the table, which is exactly what NOT VALID was meant to avoid.',
  lockRule: true,
  dataAware: true,
  examples: {
    bad: [
      {
        sql: 'BEGIN;\nALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;\nCOMMIT;',
      },
    ],
    good: [
      {
        sql: 'BEGIN;\nALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\nCOMMIT;\nALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;',
      },
    ],
  },
  check(stmt, ctx) {
    const table = tableOf(stmt.ast.relation);
    if (!table) return [];
    return alterCmds(stmt.ast)
      .filter(
        (c) => c.subtype === 'AT_ValidateConstraint' && ctx.addedNotValidInThisTransaction(table, c.name),
      )
      .map((c) => ({
        message: `validates ${c.name} in the transaction that added it NOT VALID: the exclusive lock of the ADD is held during the scan`,
        subject: `VALIDATE ${tableLabel(table)}.${c.name} in the same transaction`,
        safeAlternative: `COMMIT;  -- end the transaction of the ADD ... NOT VALID first (or move this to the next migration file)\nALTER TABLE ${tableSql(table)} VALIDATE CONSTRAINT ${col(c.name)};`,
        table,
      }));
  },
});
