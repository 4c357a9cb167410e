import { col, nameList, tableLabel, tableSql } from '../ast.js';
import { addedConstraints } from './constraints.js';
import { defineRule, LOCK_TIMEOUT } from './define.js';

export const uniqueConstraintWithoutIndex = defineRule({
  id: 'unique-constraint-without-index',
  kinds: ['AlterTableStmt'],
  alterSubtypes: ['AT_AddConstraint'],
  risk: 'medium',
  summary: 'ADD CONSTRAINT ... UNIQUE / PRIMARY KEY without USING INDEX',
  why: 'The constraint builds its index while holding an ACCESS EXCLUSIVE lock: no reads or writes for as long as the build takes. Build the index CONCURRENTLY first and attach it.',
  lockRule: true,
  dataAware: true,
  examples: {
    bad: [
      { sql: 'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);' },
      { sql: 'ALTER TABLE users ADD PRIMARY KEY (id);' },
    ],
    good: [
      {
        sql: 'CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);\nALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;',
      },
    ],
  },
  check(stmt) {
    return [...addedConstraints(stmt, 'CONSTR_UNIQUE'), ...addedConstraints(stmt, 'CONSTR_PRIMARY')]
      .filter((c) => !c.constraint.indexname)
      .map((c) => {
        const primary = c.constraint.contype === 'CONSTR_PRIMARY';
        const keys = nameList(c.constraint.keys);
        const name = c.name ?? `${c.table.name}_${primary ? 'pkey' : `${keys.join('_')}_key`}`;
        const t = tableSql(c.table);
        return {
          message: `adds ${primary ? 'PRIMARY KEY' : 'UNIQUE'} on ${tableLabel(c.table)} (${keys.join(', ')}): builds the index under an exclusive lock`,
          subject: `ADD ${primary ? 'PRIMARY KEY' : 'UNIQUE'} ${tableLabel(c.table)}`,
          safeAlternative: [
            `CREATE UNIQUE INDEX CONCURRENTLY ${col(name)} ON ${t} (${keys.map(col).join(', ')});  -- outside a transaction`,
            `-- if it fails it leaves an INVALID index: DROP INDEX CONCURRENTLY IF EXISTS ${col(name)}; then retry`,
            LOCK_TIMEOUT,
            `ALTER TABLE ${t} ADD CONSTRAINT ${col(name)} ${primary ? 'PRIMARY KEY' : 'UNIQUE'} USING INDEX ${col(name)};`,
          ].join('\n'),
          table: c.table,
        };
      });
  },
});
