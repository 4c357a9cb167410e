import { alterCmds, tableLabel, tableOf } from '../ast.js';
import { defineRule } from './define.js';

export const detachingPartitionWithoutConcurrently = defineRule({
  id: 'detaching-partition-without-concurrently',
  kinds: ['AlterTableStmt'],
  alterSubtypes: ['AT_DetachPartition'],
  risk: 'medium',
  summary: 'ALTER TABLE ... DETACH PARTITION without CONCURRENTLY (PostgreSQL 14+)',
  why: 'DETACH PARTITION takes an ACCESS EXCLUSIVE lock on the partitioned table, blocking every query on every partition. On PostgreSQL 14+ DETACH PARTITION ... CONCURRENTLY only takes SHARE UPDATE EXCLUSIVE.',
  lockRule: true,
  dataAware: false,
  examples: {
    bad: [{ sql: 'ALTER TABLE measurements DETACH PARTITION measurements_2020;' }],
    good: [
      { sql: 'ALTER TABLE measurements DETACH PARTITION measurements_2020 CONCURRENTLY;' },
      {
        sql: 'ALTER TABLE measurements DETACH PARTITION measurements_2020;',
        pgVersion: 13,
        note: 'Nothing better exists before 14.',
      },
    ],
  },
  check(stmt, ctx) {
    if (ctx.pgVersion < 14) return [];
    const table = tableOf(stmt.ast.relation);
    if (!table) return [];
    return alterCmds(stmt.ast)
      .filter((c) => c.subtype === 'AT_DetachPartition' && !c.def?.PartitionCmd?.concurrent)
      .map((c) => {
        const part = tableOf(c.def?.PartitionCmd?.name);
        const partLabel = part ? tableLabel(part) : 'a partition';
        return {
          message: `detaches ${partLabel} from ${tableLabel(table)} without CONCURRENTLY: locks the whole partitioned table`,
          subject: `DETACH PARTITION ${partLabel}`,
          safeAlternative: `${stmt.text.replace(/\s*(finalize)?\s*$/i, '')} CONCURRENTLY;  -- outside a transaction block, in its own file`,
          table,
        };
      });
  },
});
