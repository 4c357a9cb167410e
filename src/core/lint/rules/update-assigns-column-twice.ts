import { tableLabel, tableOf } from '../ast.js';
import { defineRule } from './define.js';

export const updateAssignsColumnTwice = defineRule({
  id: 'update-assigns-column-twice',
  kinds: ['UpdateStmt', 'InsertStmt'],
  risk: 'high',
  summary: 'An UPDATE (or ON CONFLICT DO UPDATE) that assigns the same column twice',
  why: 'PostgreSQL rejects it ("multiple assignments to same column"), so the migration fails when deployed; it is usually a copy-paste slip where another column was meant.',
  lockRule: false,
  dataAware: false,
  examples: {
    bad: [{ sql: "UPDATE users SET status = 'active', status = 'verified' WHERE id = 1;" }],
    good: [{ sql: "UPDATE users SET status = 'active', verified_at = now() WHERE id = 1;" }],
  },
  check(stmt) {
    const targets: any[] =
      stmt.kind === 'UpdateStmt' ? stmt.ast.targetList : stmt.ast.onConflictClause?.targetList;
    if (!targets?.length) return [];
    const seen = new Set<string>();
    const twice = new Set<string>();
    for (const t of targets) {
      const name = t?.ResTarget?.name;
      if (!name) continue;
      // `SET a[1] = x, a[2] = y` and `SET c.f1 = x, c.f2 = y` assign parts, which is allowed.
      if (t.ResTarget.indirection?.length) continue;
      if (seen.has(name)) twice.add(name);
      seen.add(name);
    }
    const table = tableOf(stmt.ast.relation);
    return [...twice].map((name) => ({
      message: `assigns ${table ? `${tableLabel(table)}.` : ''}${name} more than once: PostgreSQL rejects the statement`,
      subject: `column ${name} assigned twice`,
      safeAlternative: `-- keep one assignment of ${name} (or fix the column name of the other)`,
    }));
  },
});
