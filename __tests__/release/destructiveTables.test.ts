/** The tables a migration can destroy data in, and the pg_dump arguments that save them. */
import { destructiveTables, pgDumpArgs, pgDumpCommand } from '../../src/core/release/destructiveTables.js';
import { loadSqlParser, parseSqlFile } from '../../src/core/sql/index.js';
import { preservedName, restorePointName } from '../../src/neon/restorePoint.js';

beforeAll(async () => {
  await loadSqlParser();
});

const statements = (sql: string) => parseSqlFile('m.sql', sql).statements;

describe('destructiveTables', () => {
  it('finds drops, truncates, deletes, updates, dropped columns and type changes, once each, in order', () => {
    const t = destructiveTables(
      statements(`
        CREATE TABLE fresh (id int);
        ALTER TABLE users ADD COLUMN x int;
        ALTER TABLE users DROP COLUMN email;
        UPDATE orders SET total = 0;
        DELETE FROM audit.log WHERE id < 5;
        TRUNCATE sessions, "Weird ""Name""";
        DROP TABLE old_users, billing.invoices;
        ALTER TABLE users ALTER COLUMN id TYPE bigint;
      `),
    );
    expect(t).toEqual([
      { name: 'users' },
      { name: 'orders' },
      { schema: 'audit', name: 'log' },
      { name: 'sessions' },
      { name: 'Weird "Name"' },
      { name: 'old_users' },
      { schema: 'billing', name: 'invoices' },
    ]);
  });

  it('quotes every name for pg_dump and the shell, so a hostile name stays one literal argument', () => {
    const t = [{ name: "x'; rm -rf / #" }, { schema: 'a.b', name: 'c*' }];
    expect(pgDumpArgs(t, 'out.dump')).toEqual([
      '--format=custom',
      '--no-owner',
      '--file=out.dump',
      `--table="public"."x'; rm -rf / #"`,
      '--table="a.b"."c*"',
    ]);
    expect(pgDumpCommand(t, 'out.dump')).toBe(
      `pg_dump "$DATABASE_URL" --format=custom --no-owner --file=out.dump '--table="public"."x'\\''; rm -rf / #"' '--table="a.b"."c*"'`,
    );
  });
});

describe('restore point names', () => {
  it('restore/<target>/<version>-<short sha>, and a readable preserved name', () => {
    expect(restorePointName('main', '20260101120000', 'abcdef0123456')).toBe(
      'restore/main/20260101120000-abcdef0',
    );
    expect(restorePointName('main', undefined, 'abcdef0')).toBe('restore/main/empty-abcdef0');
    expect(restorePointName('x'.repeat(300), '1', 'abc').length).toBe(256);
    expect(preservedName('main', new Date('2026-01-02T03:04:05.678Z'))).toBe(
      'rollback/main/2026-01-02T03-04-05Z',
    );
  });
});
