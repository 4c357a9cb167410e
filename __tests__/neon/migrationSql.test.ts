import { renderMigrationSql } from '../../src/core/report/migrationSql.js';

it('shows each new migration collapsed with its full SQL, in the order given', () => {
  const md = renderMigrationSql([
    { path: 'db/migrations/002_orders.sql', text: 'CREATE TABLE orders (\n  id bigint PRIMARY KEY\n);\n' },
    { path: 'db/migrations/003_<x>.sql', text: "SELECT '```';" },
  ]);
  expect(md).toBe(
    [
      '**SQL this pull request adds** (2 files, in apply order):',
      '',
      '<details><summary><code>db/migrations/002_orders.sql</code>: 3 lines</summary>',
      '',
      '```sql',
      'CREATE TABLE orders (',
      '  id bigint PRIMARY KEY',
      ');',
      '```',
      '',
      '</details>',
      '',
      '<details><summary><code>db/migrations/003_&lt;x&gt;.sql</code>: 1 line</summary>',
      '',
      '````sql',
      "SELECT '```';",
      '````',
      '',
      '</details>',
      '',
    ].join('\n'),
  );
  expect(renderMigrationSql([])).toBe('');
});
