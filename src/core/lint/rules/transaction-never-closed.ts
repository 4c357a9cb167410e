import { defineRule } from './define.js';

export const transactionNeverClosed = defineRule({
  id: 'transaction-never-closed',
  kinds: [],
  risk: 'high',
  summary: 'A file that opens a transaction and never commits it',
  why: 'Without COMMIT the changes of the file are rolled back when the session ends, or stay uncommitted holding their locks while the runner goes on to the next file, depending on the tool. Either way the migration does not do what it says.',
  lockRule: false,
  dataAware: false,
  examples: {
    bad: [{ sql: 'BEGIN;\nALTER TABLE users ADD COLUMN nickname text;' }],
    good: [{ sql: 'BEGIN;\nALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;' }],
  },
  check: () => [],
  endOfFile(file, ctx) {
    if (!ctx.openTransaction) return [];
    return [
      {
        stmt: ctx.openTransaction,
        hit: {
          message: `the transaction opened at line ${ctx.openTransaction.line} is never committed: add COMMIT at the end of ${file.file}`,
          subject: 'transaction never closed',
          safeAlternative: `${ctx.openTransaction.text};\n-- ... the statements of the migration ...\nCOMMIT;`,
        },
      },
    ];
  },
});
