import { tableLabel, tableOf } from '../ast.js';
import { defineRule } from './define.js';

export const clusteringTable = defineRule({
  id: 'clustering-table',
  kinds: ['ClusterStmt'],
  risk: 'high',
  summary: 'CLUSTER',
  why: 'CLUSTER rewrites the whole table in index order under an ACCESS EXCLUSIVE lock: no reads or writes until it ends, and it needs disk for a second copy.',
  lockRule: true,
  dataAware: true,
  examples: {
    bad: [{ sql: 'CLUSTER orders USING orders_created_at_idx;' }],
    good: [
      {
        sql: 'CREATE TABLE events (id bigint, at timestamptz);\nCREATE INDEX events_at_idx ON events (at);\nCLUSTER events USING events_at_idx;',
        note: 'Exempt: the table is new.',
      },
    ],
  },
  check(stmt) {
    const table = tableOf(stmt.ast.relation);
    const label = table ? tableLabel(table) : 'every previously clustered table';
    return [
      {
        message: `CLUSTER rewrites ${label} under an ACCESS EXCLUSIVE lock`,
        subject: `CLUSTER ${label}`,
        safeAlternative:
          '-- do not cluster in a migration; run pg_repack (online) from a maintenance job instead:\n-- pg_repack --table=<table> --order-by=<columns> <database>',
        table,
      },
    ];
  },
});
