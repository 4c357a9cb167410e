import { alterCmds, tableLabel, tableOf } from '../ast.js';
import { defineRule } from './define.js';

export const settingLoggedOrUnlogged = defineRule({
  id: 'setting-logged-or-unlogged',
  kinds: ['AlterTableStmt'],
  alterSubtypes: ['AT_SetLogged', 'AT_SetUnLogged'],
  risk: 'high',
  summary: 'ALTER TABLE ... SET LOGGED / SET UNLOGGED',
  why: 'Switching persistence rewrites the whole table under an ACCESS EXCLUSIVE lock (SET LOGGED also writes it all to the WAL); an UNLOGGED table is emptied after a crash and is not replicated.',
  lockRule: true,
  dataAware: true,
  examples: {
    bad: [{ sql: 'ALTER TABLE events SET UNLOGGED;' }, { sql: 'ALTER TABLE events SET LOGGED;' }],
    good: [
      {
        sql: 'CREATE UNLOGGED TABLE staging (id bigint);\nALTER TABLE staging SET LOGGED;',
        note: 'Exempt: the table is new.',
      },
    ],
  },
  check(stmt) {
    const table = tableOf(stmt.ast.relation);
    if (!table) return [];
    return alterCmds(stmt.ast)
      .filter((c) => c.subtype === 'AT_SetLogged' || c.subtype === 'AT_SetUnLogged')
      .map((c) => {
        const to = c.subtype === 'AT_SetLogged' ? 'LOGGED' : 'UNLOGGED';
        return {
          message: `SET ${to} rewrites ${tableLabel(table)} under an ACCESS EXCLUSIVE lock`,
          subject: `SET ${to} ${tableLabel(table)}`,
          safeAlternative: `-- create a new ${to.toLowerCase()} table, copy the rows in batches, then swap names in a short transaction:\nCREATE ${to === 'UNLOGGED' ? 'UNLOGGED ' : ''}TABLE <new_table> (LIKE <table> INCLUDING ALL);`,
          table,
        };
      });
  },
});
