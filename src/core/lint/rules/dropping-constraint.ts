import { alterCmds, col, tableLabel, tableOf, tableSql } from '../ast.js';
import { defineRule, LOCK_TIMEOUT } from './define.js';

export const droppingConstraint = defineRule({
  id: 'dropping-constraint',
  kinds: ['AlterTableStmt'],
  alterSubtypes: ['AT_DropConstraint'],
  risk: 'medium',
  summary: 'ALTER TABLE ... DROP CONSTRAINT (above all a PRIMARY KEY or UNIQUE that foreign keys use)',
  why: 'Dropping a constraint removes a guarantee readers and writers may rely on (uniqueness, referential integrity, a check), and takes an ACCESS EXCLUSIVE lock. Dropping a primary key or unique constraint that foreign keys reference fails, or with CASCADE silently drops those foreign keys too.',
  lockRule: true,
  dataAware: false,
  examples: {
    bad: [
      { sql: 'ALTER TABLE orders DROP CONSTRAINT orders_status_check;' },
      {
        context:
          'CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));',
        sql: 'ALTER TABLE users DROP CONSTRAINT users_pkey;',
        note: 'A primary key that a foreign key references: high.',
      },
    ],
    good: [
      {
        sql: 'CREATE TABLE drafts (id bigint, CONSTRAINT drafts_id_check CHECK (id > 0));\nALTER TABLE drafts DROP CONSTRAINT drafts_id_check;',
        note: 'Exempt: the table is new.',
      },
    ],
  },
  check(stmt, ctx) {
    const table = tableOf(stmt.ast.relation);
    if (!table || stmt.ast.objtype !== 'OBJECT_TABLE') return [];
    return alterCmds(stmt.ast)
      .filter((c) => c.subtype === 'AT_DropConstraint' && c.name)
      .map((c) => {
        const info = ctx.constraintInfo(table, c.name);
        // A name PostgreSQL gives primary keys by default tells us its kind even without history.
        const kind = info?.kind ?? (c.name.endsWith('_pkey') ? 'primary' : undefined);
        const keyUsed = (kind === 'primary' || kind === 'unique') && ctx.referencedByForeignKeys(table);
        const cascade = c.behavior === 'DROP_CASCADE';
        const what =
          kind === 'primary' ? 'primary key' : kind === 'unique' ? 'unique constraint' : 'constraint';
        return {
          risk:
            keyUsed || (cascade && (kind === 'primary' || kind === 'unique')) ? ('high' as const) : undefined,
          message: `drops ${what} ${c.name} on ${tableLabel(table)}${keyUsed ? ': foreign keys reference this table and may depend on it' : ''}${cascade ? ' with CASCADE (dependent foreign keys go too)' : ''}`,
          subject: `DROP CONSTRAINT ${tableLabel(table)}.${c.name}`,
          safeAlternative: [
            `-- first ship code that no longer relies on ${c.name}${keyUsed ? ', and drop or re-point the foreign keys that use it in their own step' : ''}`,
            LOCK_TIMEOUT,
            `ALTER TABLE ${tableSql(table)} DROP CONSTRAINT IF EXISTS ${col(c.name)};`,
          ].join('\n'),
          table,
        };
      });
  },
});
