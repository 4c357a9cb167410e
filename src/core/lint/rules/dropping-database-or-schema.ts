import { quoteIdent } from '../../sql/index.js';
import { nameList } from '../ast.js';
import { defineRule } from './define.js';

export const droppingDatabaseOrSchema = defineRule({
  id: 'dropping-database-or-schema',
  kinds: ['DropdbStmt', 'DropStmt'],
  risk: 'critical',
  summary: 'DROP DATABASE / DROP SCHEMA',
  why: 'Everything inside goes at once, with no way back but a restore. It does not belong in a versioned migration.',
  lockRule: false,
  dataAware: false,
  examples: {
    bad: [{ sql: 'DROP SCHEMA reporting CASCADE;' }, { sql: 'DROP DATABASE analytics;' }],
    good: [{ sql: 'CREATE SCHEMA IF NOT EXISTS reporting;' }],
  },
  check(stmt) {
    const names =
      stmt.kind === 'DropdbStmt'
        ? [stmt.ast.dbname as string]
        : stmt.kind === 'DropStmt' && stmt.ast.removeType === 'OBJECT_SCHEMA'
          ? (stmt.ast.objects ?? []).map((o: any) => nameList([o])[0])
          : [];
    const what = stmt.kind === 'DropdbStmt' ? 'DATABASE' : 'SCHEMA';
    return names.map((name: string) => ({
      message: `drops ${what.toLowerCase()} ${name} and everything in it`,
      subject: `DROP ${what} ${name}`,
      safeAlternative: [
        `-- take a backup, then retire it first and drop it by hand once nothing uses it:`,
        what === 'SCHEMA'
          ? `ALTER SCHEMA ${quoteIdent(name)} RENAME TO ${quoteIdent(`${name}_retired`)};`
          : `ALTER DATABASE ${quoteIdent(name)} RENAME TO ${quoteIdent(`${name}_retired`)};`,
      ].join('\n'),
      table: { name },
    }));
  },
});
