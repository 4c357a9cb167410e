/**
 * The SQL a reviewer sees in the comment (issue 18 item 4): the declared plan, collapsed, and the
 * migration files a pull request adds, both cut by one rule (300 lines / 15,000 characters per
 * section) with a note saying what was cut and how to see it all, and the whole comment under
 * GitHub's 65,536 characters.
 */

import { renderDeclaredPlan } from '../../src/core/report/declaredPlan.js';
import { renderMigrationSql } from '../../src/core/report/migrationSql.js';
import { cutSql } from '../../src/core/report/sqlCut.js';
import { MAX_COMMENT_CHARS, renderComment } from '../../src/github/stickyComment.js';

const statement = (i: number) => `ALTER TABLE public.t${i} ADD COLUMN c integer;`;
const longPlan = (n: number) => Array.from({ length: n }, (_, i) => statement(i)).join('\n');

it('renders the declared plan collapsed with the exact SQL', () => {
  const sql = 'CREATE TABLE public.coupons (\n  code text NOT NULL\n);\n';
  expect(
    renderDeclaredPlan({ from: 'live', sql, statements: 1, unsupported: [], schemaDir: 'db/schema' }),
  ).toBe(
    [
      '<details><summary><b>Declared plan</b>: SQL from the live database to the declared schema (1 statement, 3 lines)</summary>',
      '',
      '```sql',
      'CREATE TABLE public.coupons (',
      '  code text NOT NULL',
      ');',
      '```',
      '',
      '</details>',
      '',
    ].join('\n'),
  );
  expect(
    renderDeclaredPlan({ from: 'replayed', sql: '', statements: 0, unsupported: [], schemaDir: 'db/schema' }),
  ).toBe('**Declared plan**: nothing would run: the migrations and the declared schema are the same.\n');
});

it('cuts a long declared plan at 300 lines, says what was cut and the command that shows it all', () => {
  const md = renderDeclaredPlan({
    from: 'live',
    sql: longPlan(1000),
    statements: 1000,
    unsupported: [],
    schemaDir: 'db/schema',
  });
  expect(md).toContain('(1000 statements, 1000 lines)</summary>');
  expect(md).toContain(`${statement(299)}\n\`\`\``);
  expect(md).not.toContain(statement(300));
  expect(md).toContain(
    '> Cut to fit the comment (at most 300 lines and 15,000 characters of SQL per section): showing 300 of 1,000 lines; 700 lines (',
  );
  expect(md).toContain(
    'To see it all: `npx schemagate diff --from "$DATABASE_URL" --to db/schema`; the JSON validation report has it whole (`declaredPlan.sql`).',
  );
  expect(md.trimEnd().endsWith('</details>')).toBe(true);
});

it('cuts at 15,000 characters on a line boundary when lines are long', () => {
  const line = `-- ${'x'.repeat(997)}`; // 1,000 characters
  const c = cutSql(Array.from({ length: 40 }, () => line).join('\n'));
  expect(c.shownLines).toBe(14);
  expect(c.text.length).toBeLessThanOrEqual(15_000);
  expect(c.cut).toBe(true);
  expect(c.hiddenChars).toBe(40 * 1000 + 39 - c.text.length);
  expect(cutSql('SELECT 1;\n')).toEqual({
    text: 'SELECT 1;',
    totalLines: 1,
    shownLines: 1,
    hiddenChars: 0,
    cut: false,
  });
});

it('shares one budget across the migration files a pull request adds; later files are only named', () => {
  const files = [
    { path: 'db/migrations/001_a.sql', text: longPlan(200) },
    { path: 'db/migrations/002_b.sql', text: longPlan(200) },
    { path: 'db/migrations/003_c.sql', text: longPlan(5) },
  ];
  const md = renderMigrationSql(files, { seeAll: '`git diff base...HEAD -- db/migrations`' });
  expect(md).toContain('<code>db/migrations/001_a.sql</code>: 200 lines</summary>');
  expect(md).toContain('<code>db/migrations/002_b.sql</code>: 200 lines, first 100 shown</summary>');
  expect(md).toContain('Not shown (the section is full):\n\n- <code>db/migrations/003_c.sql</code>: 5 lines');
  expect(md).toContain('showing 300 of 405 lines; 105 lines (');
  expect(md).toContain('To see it all: `git diff base...HEAD -- db/migrations`');
});

it('keeps the whole comment under GitHub limit with both SQL sections at their cap', () => {
  const plan = renderDeclaredPlan({
    from: 'live',
    sql: longPlan(5000),
    statements: 5000,
    unsupported: [],
    schemaDir: 'db/schema',
  });
  const added = renderMigrationSql([{ path: 'db/migrations/001.sql', text: longPlan(5000) }]);
  expect(plan.length).toBeLessThan(16_000);
  expect(added.length).toBeLessThan(16_000);
  const body = renderComment(
    new Map([
      ['migrate', `### schemagate/migrate\n\n${added}`],
      ['drift-check', `### schemagate/drift-check\n\n${plan}`],
    ]),
    ['migrate', 'drift-check'],
  );
  expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
  // Nothing was cut by the comment's last-resort guard: both notes are the sections' own.
  expect(body).not.toContain("cut to fit GitHub's comment size limit");
});
