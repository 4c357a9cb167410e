import { col, tableLabel, tableOf } from '../ast.js';
import { defineRule } from './define.js';

export const creatingIndexWithoutConcurrently = defineRule({
  id: 'creating-index-without-concurrently',
  kinds: ['IndexStmt'],
  risk: 'medium',
  summary: 'CREATE INDEX without CONCURRENTLY on an existing table',
  why: 'A plain CREATE INDEX holds a SHARE lock for the whole build: every INSERT, UPDATE and DELETE on the table waits until it finishes.',
  lockRule: true,
  dataAware: true,
  examples: {
    bad: [{ sql: 'CREATE INDEX orders_user_id_idx ON orders (user_id);' }],
    good: [
      { sql: 'CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);' },
      {
        sql: 'CREATE TABLE orders (id bigint, user_id bigint);\nCREATE INDEX orders_user_id_idx ON orders (user_id);',
        note: 'Exempt: the table is new.',
      },
    ],
  },
  check(stmt) {
    if (stmt.kind !== 'IndexStmt' || stmt.ast.concurrent) return [];
    const table = tableOf(stmt.ast.relation);
    // ON ONLY a partitioned parent builds nothing; the partitions are indexed one by one.
    if (!table || stmt.ast.relation.inh === false) return [];
    const name = stmt.ast.idxname as string | undefined;
    const concurrent = stmt.text.replace(/^(CREATE\s+(?:UNIQUE\s+)?INDEX)\b/i, '$1 CONCURRENTLY');
    return [
      {
        message:
          `creates index ${name ?? ''} on ${tableLabel(table)} without CONCURRENTLY: blocks writes for the whole build`.replace(
            '  ',
            ' ',
          ),
        subject: `CREATE INDEX ${tableLabel(table)}`,
        safeAlternative: [
          `${concurrent};  -- outside a transaction block, in its own migration file`,
          name
            ? `-- a failed concurrent build leaves an INVALID index (IF NOT EXISTS would then hide it): DROP INDEX CONCURRENTLY IF EXISTS ${col(name)}; and retry`
            : '-- a failed concurrent build leaves an INVALID index: drop it with DROP INDEX CONCURRENTLY and retry',
        ].join('\n'),
        table,
      },
    ];
  },
});
