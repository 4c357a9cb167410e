import { tableLabel, tableOf } from '../ast.js';
import { defineRule } from './define.js';

export const vacuumFull = defineRule({
  id: 'vacuum-full',
  kinds: ['VacuumStmt'],
  risk: 'high',
  summary: 'VACUUM FULL',
  why: 'VACUUM FULL rewrites each table under an ACCESS EXCLUSIVE lock (no reads or writes until it ends), and it cannot run inside a transaction block.',
  lockRule: true,
  dataAware: true,
  examples: {
    bad: [{ sql: 'VACUUM FULL orders;' }, { sql: 'VACUUM (FULL, ANALYZE) orders;' }],
    good: [{ sql: 'VACUUM (ANALYZE) orders;' }],
  },
  check(stmt) {
    if (!stmt.ast.is_vacuumcmd) return [];
    if (!(stmt.ast.options ?? []).some((o: any) => o?.DefElem?.defname === 'full')) return [];
    const rels = (stmt.ast.rels ?? []).map((r: any) => tableOf(r?.VacuumRelation?.relation)).filter(Boolean);
    const targets = rels.length ? rels : [undefined];
    return targets.map((table: any) => ({
      message: `VACUUM FULL rewrites ${table ? tableLabel(table) : 'every table of the database'} under an ACCESS EXCLUSIVE lock`,
      subject: `VACUUM FULL ${table ? tableLabel(table) : '(database)'}`,
      safeAlternative:
        '-- plain VACUUM does not block; to give space back online use pg_repack from a maintenance job:\nVACUUM (ANALYZE) <table>;',
      table,
    }));
  },
});
