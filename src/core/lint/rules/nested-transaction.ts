import { defineRule } from './define.js';

const OPENS = new Set(['TRANS_STMT_BEGIN', 'TRANS_STMT_START']);
const CONTROLS = new Set([...OPENS, 'TRANS_STMT_COMMIT', 'TRANS_STMT_ROLLBACK']);

export const nestedTransaction = defineRule({
  id: 'nested-transaction',
  kinds: ['TransactionStmt'],
  risk: 'high',
  summary: 'BEGIN inside an open transaction, or transaction control in a file the runner wraps in one',
  why: "PostgreSQL has no nested transactions: a second BEGIN only warns, and the first COMMIT ends the outer transaction, so what follows runs outside it and is no longer all-or-nothing. A BEGIN/COMMIT in a file that the runner already wraps in a transaction does the same to the runner's transaction.",
  lockRule: false,
  dataAware: false,
  examples: {
    bad: [
      {
        sql: 'BEGIN;\nALTER TABLE users ADD COLUMN a text;\nBEGIN;\nALTER TABLE users ADD COLUMN b text;\nCOMMIT;\nCOMMIT;',
      },
      {
        sql: 'BEGIN;\nALTER TABLE users ADD COLUMN a text;\nCOMMIT;',
        assumeInTransaction: true,
        note: 'With --assume-in-transaction (the runner wraps the file).',
      },
    ],
    good: [
      {
        sql: 'BEGIN;\nALTER TABLE users ADD COLUMN a text;\nSAVEPOINT before_b;\nALTER TABLE users ADD COLUMN b text;\nCOMMIT;',
      },
    ],
  },
  check(stmt, ctx) {
    const kind = stmt.ast.kind as string;
    if (ctx.explicitTransaction && OPENS.has(kind)) {
      return [
        {
          message:
            'BEGIN inside a transaction that is already open: PostgreSQL ignores it, and the next COMMIT ends the outer transaction',
          subject: 'nested BEGIN',
          safeAlternative:
            'SAVEPOINT <name>;  -- instead of the inner BEGIN; ROLLBACK TO SAVEPOINT <name> / RELEASE SAVEPOINT <name> instead of its end',
        },
      ];
    }
    if (!ctx.explicitTransaction && ctx.assumeInTransaction && CONTROLS.has(kind)) {
      return [
        {
          message: `${stmt.text.split(/\s+/)[0].toUpperCase()} in a file the runner already runs in a transaction: it ends or nests the runner's transaction`,
          subject: 'transaction control in a transactional file',
          safeAlternative: '-- remove BEGIN/COMMIT: the runner wraps the file in a transaction already',
        },
      ];
    }
    return [];
  },
});
