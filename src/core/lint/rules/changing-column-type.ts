import { alterCmds, col, columnTypeOf, tableLabel, tableOf, tableSql, typeLabel, typeSql } from '../ast.js';
import type { ColumnType } from '../types.js';
import { defineRule, LOCK_TIMEOUT } from './define.js';

export const changingColumnType = defineRule({
  id: 'changing-column-type',
  kinds: ['AlterTableStmt'],
  alterSubtypes: ['AT_AlterColumnType'],
  risk: 'high',
  summary: 'ALTER COLUMN ... TYPE that rewrites the table',
  why: 'Most type changes rewrite the table and rebuild its indexes under an ACCESS EXCLUSIVE lock. Widening varchar(n) to varchar(m > n) or text, and raising numeric precision at the same scale, do not.',
  lockRule: true,
  dataAware: true,
  examples: {
    bad: [
      {
        context: 'CREATE TABLE users (id bigint, age int);',
        sql: 'ALTER TABLE users ALTER COLUMN age TYPE bigint;',
      },
      {
        sql: 'ALTER TABLE users ALTER COLUMN age TYPE bigint;',
        note: 'Old type unknown (not in the migrations): medium.',
      },
    ],
    good: [
      {
        context: 'CREATE TABLE users (id bigint, nickname varchar(50));',
        sql: 'ALTER TABLE users ALTER COLUMN nickname TYPE varchar(100);',
      },
      {
        context: 'CREATE TABLE users (id bigint, nickname varchar(50));',
        sql: 'ALTER TABLE users ALTER COLUMN nickname TYPE text;',
      },
      {
        context: 'CREATE TABLE prices (amount numeric(10,2));',
        sql: 'ALTER TABLE prices ALTER COLUMN amount TYPE numeric(12,2);',
      },
    ],
  },
  check(stmt, ctx) {
    if (stmt.kind !== 'AlterTableStmt') return [];
    const table = tableOf(stmt.ast.relation);
    if (!table) return [];
    return alterCmds(stmt.ast)
      .filter((c) => c.subtype === 'AT_AlterColumnType')
      .flatMap((c) => {
        // Safe widenings are not reported at all: flagging them is the most common false positive.
        const target = columnTypeOf(c.def?.ColumnDef?.typeName);
        if (!target) return [];
        const before = ctx.columnType(table, c.name);
        const using = Boolean(c.def?.ColumnDef?.raw_default);
        const label = `${tableLabel(table)}.${c.name}`;
        const verdict = !before ? 'unknown' : !using && isSafeWidening(before, target) ? 'safe' : 'rewrite';
        if (verdict === 'safe') return [];
        const message =
          verdict === 'rewrite'
            ? `changes ${label} from ${typeLabel(before!)} to ${typeLabel(target)}: rewrites the table and its indexes`
            : `changes the type of ${label} to ${typeLabel(target)}: rewrites the table unless the old type is a narrower varchar or numeric (the old type is not in the migrations linted here)`;
        const newCol = col(`${c.name}_new`);
        return [
          {
            risk: verdict === 'rewrite' ? 'high' : 'medium',
            message,
            subject: `ALTER COLUMN ${label} TYPE ${typeLabel(target)}`,
            safeAlternative: [
              LOCK_TIMEOUT,
              `ALTER TABLE ${tableSql(table)} ADD COLUMN ${newCol} ${typeSql(target)};`,
              `-- keep ${newCol} in sync with a trigger, backfill it in batches from a script`,
              `-- deploy code that reads ${newCol}; then, in a later migration:`,
              `ALTER TABLE ${tableSql(table)} DROP COLUMN ${col(c.name)};`,
              `ALTER TABLE ${tableSql(table)} RENAME COLUMN ${newCol} TO ${col(c.name)};`,
            ].join('\n'),
            table,
          } as const,
        ];
      });
  },
});

const TEXTUAL = new Set(['varchar', 'text']);

/** Type changes PostgreSQL does without a rewrite (binary-coercible, same or wider typmod). */
export function isSafeWidening(from: ColumnType, to: ColumnType): boolean {
  if (from.array !== to.array) return false;
  if (TEXTUAL.has(from.name) && TEXTUAL.has(to.name)) {
    if (to.name === 'text' || to.mods.length === 0) return true;
    return from.name === 'varchar' && from.mods.length > 0 && to.mods[0] >= from.mods[0];
  }
  if (from.name === 'numeric' && to.name === 'numeric') {
    if (to.mods.length === 0) return true;
    if (from.mods.length === 0) return false;
    return to.mods[0] >= from.mods[0] && (to.mods[1] ?? 0) === (from.mods[1] ?? 0);
  }
  return from.name === to.name && from.mods.join(',') === to.mods.join(',');
}
