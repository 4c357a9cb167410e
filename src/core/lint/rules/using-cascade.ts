import { nameList } from '../ast.js';
import { defineRule } from './define.js';

export const usingCascade = defineRule({
  id: 'using-cascade',
  kinds: ['DropStmt', 'TruncateStmt'],
  risk: 'high',
  summary: 'DROP ... CASCADE / TRUNCATE ... CASCADE',
  why: 'CASCADE silently drops or empties every dependent object (views, foreign keys, referencing tables), which the migration text does not show.',
  lockRule: false,
  dataAware: false,
  examples: {
    bad: [{ sql: 'DROP VIEW IF EXISTS report_v CASCADE;' }],
    good: [{ sql: 'DROP VIEW IF EXISTS report_v;' }],
  },
  check(stmt) {
    if ((stmt.kind !== 'DropStmt' && stmt.kind !== 'TruncateStmt') || stmt.ast.behavior !== 'DROP_CASCADE')
      return [];
    const verb =
      stmt.kind === 'TruncateStmt'
        ? 'TRUNCATE'
        : `DROP ${String(stmt.ast.removeType ?? '').replace('OBJECT_', '')}`;
    const names =
      stmt.kind === 'DropStmt'
        ? (stmt.ast.objects ?? [])
            .map((o: any) => (o.List ? nameList(o.List.items) : nameList([o])).join('.'))
            .join(', ')
        : (stmt.ast.relations ?? []).map((r: any) => r.RangeVar?.relname).join(', ');
    return [
      {
        message: `${verb} ... CASCADE also removes every object that depends on ${names}`,
        subject: `${verb} ${names} CASCADE`,
        safeAlternative: [
          '-- list what depends on it first (pg_depend, or \\d+ in psql), drop those explicitly, then:',
          `${stmt.text.replace(/\s+CASCADE\s*$/i, '')};  -- RESTRICT (the default) fails instead of dropping more`,
        ].join('\n'),
      },
    ];
  },
});
