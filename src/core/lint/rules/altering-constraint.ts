import { alterCmds, col, tableLabel, tableOf } from '../ast.js';
import { defineRule, LOCK_TIMEOUT } from './define.js';

export const alteringConstraint = defineRule({
  id: 'altering-constraint',
  kinds: ['AlterTableStmt'],
  alterSubtypes: ['AT_AlterConstraint'],
  risk: 'medium',
  summary: 'ALTER TABLE ... ALTER CONSTRAINT (deferrability, enforcement, inheritance)',
  why: 'ALTER CONSTRAINT changes when or whether a constraint is checked (DEFERRABLE, NOT ENFORCED on PostgreSQL 18) under a lock on the table, and the application may rely on the old timing; making a constraint ENFORCED again validates every row.',
  lockRule: true,
  dataAware: false,
  examples: {
    bad: [{ sql: 'ALTER TABLE orders ALTER CONSTRAINT orders_user_fk DEFERRABLE INITIALLY DEFERRED;' }],
    good: [
      {
        sql: 'CREATE TABLE drafts (id bigint PRIMARY KEY, parent bigint CONSTRAINT drafts_parent_fk REFERENCES drafts (id));\nALTER TABLE drafts ALTER CONSTRAINT drafts_parent_fk DEFERRABLE;',
        note: 'Exempt: the table is new.',
      },
    ],
  },
  check(stmt) {
    const table = tableOf(stmt.ast.relation);
    if (!table) return [];
    return alterCmds(stmt.ast)
      .filter((c) => c.subtype === 'AT_AlterConstraint')
      .map((c) => {
        const name: string = c.def?.ATAlterConstraint?.conname ?? c.name ?? 'constraint';
        return {
          message: `alters constraint ${name} on ${tableLabel(table)}: changes when or whether it is checked`,
          subject: `ALTER CONSTRAINT ${tableLabel(table)}.${name}`,
          safeAlternative: [
            '-- check that no code relies on the old checking time (deferred vs immediate), then:',
            LOCK_TIMEOUT,
            `${stmt.text};`,
            `-- to re-enforce a constraint on a large table instead: ADD a new one NOT VALID, then VALIDATE it, then DROP ${col(name)}`,
          ].join('\n'),
          table,
        };
      });
  },
});
