import { quoteLiteral } from '../../sql/index.js';
import { nameList, refFromNames, tableLabel } from '../ast.js';
import { defineRule } from './define.js';

export const addingEnumValue = defineRule({
  id: 'adding-enum-value',
  kinds: ['AlterEnumStmt'],
  risk: 'high',
  summary:
    'ALTER TYPE ... ADD VALUE inside a transaction before PostgreSQL 12, or not at the end of the enum',
  why: 'Before PostgreSQL 12, ALTER TYPE ... ADD VALUE cannot run inside a transaction block, so the migration fails. On any version, a value added BEFORE or AFTER an existing one changes the sort order of the enum, which ORDER BY, comparisons and range checks on it rely on.',
  lockRule: false,
  dataAware: false,
  examples: {
    bad: [
      {
        sql: "BEGIN;\nALTER TYPE order_status ADD VALUE 'refunded';\nCOMMIT;",
        pgVersion: 11,
        note: 'Fails inside a transaction.',
      },
      {
        context: "CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');",
        sql: "ALTER TYPE order_status ADD VALUE 'packed' BEFORE 'shipped';",
        note: 'Changes the order of existing values (low).',
      },
    ],
    good: [
      { sql: "ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded';" },
      { sql: "BEGIN;\nALTER TYPE order_status ADD VALUE 'refunded';\nCOMMIT;", pgVersion: 12 },
    ],
  },
  check(stmt, ctx) {
    const a = stmt.ast;
    if (!a.newVal || a.oldVal) return [];
    const type = refFromNames(nameList(a.typeName));
    const hits = [];
    if (ctx.pgVersion < 12 && ctx.inTransaction) {
      hits.push({
        message: `ALTER TYPE ${tableLabel(type)} ADD VALUE cannot run inside a transaction block before PostgreSQL 12`,
        subject: `ADD VALUE ${quoteLiteral(a.newVal)} to ${tableLabel(type)} in a transaction`,
        safeAlternative: `-- in a migration file of its own, run without a transaction:\nALTER TYPE ${tableLabel(type)} ADD VALUE IF NOT EXISTS ${quoteLiteral(a.newVal)};`,
      });
    }
    if (a.newValNeighbor) {
      const labels = ctx.enumLabels(type);
      const atEnd = a.newValIsAfter && labels !== undefined && labels.at(-1) === a.newValNeighbor;
      if (!atEnd) {
        hits.push({
          risk: 'low' as const,
          message: `adds ${quoteLiteral(a.newVal)} ${a.newValIsAfter ? 'after' : 'before'} ${quoteLiteral(a.newValNeighbor)}, not at the end of ${tableLabel(type)}: changes how existing values sort`,
          subject: `ADD VALUE ${quoteLiteral(a.newVal)} inside ${tableLabel(type)}`,
          safeAlternative: `-- add it at the end if nothing orders by this enum:\nALTER TYPE ${tableLabel(type)} ADD VALUE IF NOT EXISTS ${quoteLiteral(a.newVal)};\n-- otherwise check every ORDER BY, < and > on columns of this type first`,
        });
      }
    }
    return hits;
  },
});
