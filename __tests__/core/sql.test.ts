import { SqlSyntaxError } from '../../src/core/errors.js';
import { loadSqlParser, parseSqlFile } from '../../src/core/sql/index.js';

beforeAll(loadSqlParser);

describe('parseSqlFile', () => {
  it('splits statements with exact text, positions and parse trees', () => {
    const text = [
      '-- create the users table',
      'CREATE TABLE users (id bigint PRIMARY KEY);',
      '',
      '/* a function with a body that contains ; and -- */',
      'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1; -- inside $body$;',
      '  ALTER TABLE users ADD COLUMN email text',
    ].join('\n');
    const f = parseSqlFile('db/001.sql', text);
    expect(f.statements.map((s) => [s.kind, s.line, s.column, s.endLine])).toEqual([
      ['CreateStmt', 2, 1, 2],
      ['CreateFunctionStmt', 5, 1, 5],
      ['AlterTableStmt', 6, 3, 6],
    ]);
    expect(f.statements[0].text).toBe('CREATE TABLE users (id bigint PRIMARY KEY)');
    expect(f.statements[1].text).toBe(
      'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1; -- inside $body$',
    );
    expect(f.statements[1].leadingText).toContain('/* a function');
    expect(f.statements[0].ast.relation.relname).toBe('users');
  });

  it('reports positions in characters when the file has non-ASCII text', () => {
    const f = parseSqlFile('x.sql', 'SELECT \'héllo wörld\';\nCREATE TABLE "ünï" (a int);');
    expect(f.statements[1].line).toBe(2);
    expect(f.statements[1].text).toBe('CREATE TABLE "ünï" (a int)');
  });

  it('throws a typed error with file:line:col for a syntax error', () => {
    let err: unknown;
    try {
      parseSqlFile('db/002.sql', 'SELECT 1;\n  CREAT TABLE x (a int);');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SqlSyntaxError);
    expect((err as Error).message).toBe('db/002.sql:2:3: syntax error: syntax error at or near "CREAT"');
  });

  it('keeps directives with their line, attached to the statement below them', () => {
    const text = [
      '-- atlas:sum ignore',
      '',
      '-- schemagate:ignore ban-drop-column the column was unused since v2',
      'ALTER TABLE t DROP COLUMN c;',
      "SELECT '-- schemagate:ignore not-a-directive';",
    ].join('\n');
    const f = parseSqlFile('m.sql', text);
    expect(f.directives).toEqual([
      { name: 'atlas:sum', args: 'ignore', line: 1 },
      { name: 'schemagate:ignore', args: 'ban-drop-column the column was unused since v2', line: 3 },
    ]);
    expect(f.statements[0].directives.map((d) => d.name)).toEqual(['schemagate:ignore']);
    expect(f.statements[1].directives).toEqual([]);
  });

  it('offsets lines for a section of a larger file', () => {
    const f = parseSqlFile('m.sql', '\nSELECT 1;', { firstLine: 10 });
    expect(f.statements[0].line).toBe(11);
  });

  it('returns no statements for a file of comments', () => {
    expect(parseSqlFile('e.sql', '-- nothing\n').statements).toEqual([]);
  });
});
