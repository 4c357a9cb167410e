/** The statement lexer: where statements start and end, without the parser, for files of any size. */
import { cutPoints, LineCounter, lexStatements, splitStatements } from '../../src/core/sql/split.js';

const texts = (sql: string) => splitStatements(sql).statements.map((s) => s.text);

describe('splitStatements', () => {
  it('splits at top-level semicolons and drops empty statements', () => {
    expect(texts('SELECT 1; SELECT 2;;\n;SELECT 3')).toEqual(['SELECT 1', 'SELECT 2', 'SELECT 3']);
    expect(texts('')).toEqual([]);
    expect(texts('  -- only a comment\n/* and a block */\n')).toEqual([]);
  });

  it('keeps a semicolon inside single quotes, doubled quotes and E strings', () => {
    expect(texts("SELECT 'a;b'; SELECT 'it''s;'; SELECT 2")).toEqual([
      "SELECT 'a;b'",
      "SELECT 'it''s;'",
      'SELECT 2',
    ]);
    // E'' takes backslash escapes: \' does not close it, \\ is one backslash.
    expect(texts("SELECT E'x\\';y'; SELECT e'\\\\'; SELECT 3")).toEqual([
      "SELECT E'x\\';y'",
      "SELECT e'\\\\'",
      'SELECT 3',
    ]);
    // A plain string does not: with standard_conforming_strings the backslash is a character.
    expect(texts("SELECT 'a\\'; SELECT 4")).toEqual(["SELECT 'a\\'", 'SELECT 4']);
    expect(texts("SELECT U&'d\\0061t;a', X'1F', B'01;'; SELECT 5")).toEqual([
      "SELECT U&'d\\0061t;a', X'1F', B'01;'",
      'SELECT 5',
    ]);
  });

  it('keeps a semicolon inside double-quoted identifiers', () => {
    expect(texts('CREATE TABLE "we;ird" ("a""b;" int); SELECT 1')).toEqual([
      'CREATE TABLE "we;ird" ("a""b;" int)',
      'SELECT 1',
    ]);
  });

  it('keeps a semicolon inside dollar quotes, with or without a tag', () => {
    const fn = 'CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $$ not the end $$; $body$ LANGUAGE sql';
    expect(texts(`${fn}; SELECT $$;$$; SELECT $1; SELECT a$b; SELECT $_x$;$_x$`)).toEqual([
      fn,
      'SELECT $$;$$',
      'SELECT $1',
      'SELECT a$b',
      'SELECT $_x$;$_x$',
    ]);
  });

  it('skips line comments and nested block comments', () => {
    const sql = 'SELECT 1 -- a; comment\n; /* outer /* inner; */ still; */ SELECT 2; --x;\nSELECT 3 /* ; */';
    expect(texts(sql)).toEqual(['SELECT 1', 'SELECT 2', 'SELECT 3']);
  });

  it('keeps a SQL-standard routine body (BEGIN ATOMIC … END) in one statement', () => {
    const body =
      'CREATE OR REPLACE FUNCTION f(x int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN x > 0 THEN 1 ELSE 2 END; SELECT 3; END';
    const proc = 'CREATE PROCEDURE p() BEGIN ATOMIC INSERT INTO t VALUES (1); END';
    expect(texts(`${body}; ${proc}; SELECT 4`)).toEqual([body, proc, 'SELECT 4']);
    // BEGIN outside a routine is a transaction statement of its own.
    expect(texts('BEGIN; SELECT 1; END;')).toEqual(['BEGIN', 'SELECT 1', 'END']);
  });

  it('keeps semicolons inside parentheses (multi-action rules)', () => {
    const rule =
      'CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2))';
    expect(texts(`${rule}; SELECT 1`)).toEqual([rule, 'SELECT 1']);
  });

  it('gives each statement its line and column, counted in the original file', () => {
    const sql = '-- header\n\n  SELECT 1;  SELECT\n  2;\n/* c */ SELECT 3';
    expect(splitStatements(sql).statements.map((s) => [s.line, s.column, s.text])).toEqual([
      [3, 3, 'SELECT 1'],
      [3, 14, 'SELECT\n  2'],
      [5, 9, 'SELECT 3'],
    ]);
    expect(splitStatements('SELECT 1;\nSELECT 2', { firstLine: 10 }).statements.map((s) => s.line)).toEqual([
      10, 11,
    ]);
  });

  it('reports offsets: start and end of the text, and just after the semicolon', () => {
    const sql = ' SELECT 1 ; SELECT 2';
    expect(splitStatements(sql).statements.map(({ start, end, next }) => [start, end, next])).toEqual([
      [1, 9, 11],
      [12, 20, 20],
    ]);
  });

  it('reports what is left open at the end, where it opens', () => {
    expect(splitStatements("SELECT 1; SELECT 'abc").unterminated).toEqual({
      what: 'unterminated quoted string',
      at: 17,
    });
    expect(splitStatements('SELECT $x$ abc $y$').unterminated?.what).toBe(
      'unterminated dollar-quoted string',
    );
    expect(splitStatements('SELECT 1 /* a /* b */').unterminated?.what).toBe('unterminated /* comment');
    expect(splitStatements('SELECT "abc').unterminated?.what).toBe('unterminated quoted identifier');
    expect(splitStatements("SELECT 'a''b'").unterminated).toBeUndefined();
  });

  it('flags statements by their first word or by any bare word, never inside quotes or comments', () => {
    const watch = {
      watchFirst: new Set(['begin', 'commit', 'end']),
      watchAny: new Set(['concurrently']),
    };
    const sql = [
      'begin',
      "SELECT 'commit'",
      '-- COMMIT\nSELECT 1',
      'SELECT CASE WHEN true THEN 1 END',
      'CREATE INDEX CONCURRENTLY i ON t (a)',
      'SELECT "concurrently" FROM t',
      'COMMIT',
    ].join(';\n');
    expect(splitStatements(sql, watch).statements.map((s) => s.flagged)).toEqual([
      true,
      false,
      false,
      false,
      true,
      false,
      true,
    ]);
  });

  it('lexes a range of the text', () => {
    const sql = 'SELECT 1; SELECT 2; SELECT 3;';
    const seen: string[] = [];
    lexStatements(sql, (s, e) => seen.push(sql.slice(s, e)), { from: 9, to: 19 });
    expect(seen).toEqual(['SELECT 2']);
  });
});

describe('LineCounter', () => {
  it('counts lines and columns forward', () => {
    const lc = new LineCounter('ab\ncd\n\nef', 1);
    expect([lc.at(0), lc.at(4), lc.at(7), lc.at(8)]).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 2 },
      { line: 4, column: 1 },
      { line: 4, column: 2 },
    ]);
  });
});

describe('cutPoints', () => {
  it('cuts after top-level semicolons only, about every `target` characters', () => {
    const stmts = Array.from({ length: 100 }, (_, i) => `INSERT INTO t VALUES (${i}, 'a;b', $$;$$)`);
    const sql = `${stmts.join(';\n')};\n`;
    const cuts = cutPoints(sql, 500);
    expect(cuts.length).toBeGreaterThan(5);
    for (const c of cuts) {
      expect(sql[c - 1]).toBe(';');
      expect(sql[c]).toBe('\n');
    }
    expect(cutPoints('SELECT 1; SELECT 2;', 1000)).toEqual([]);
  });

  it('never cuts inside a routine body', () => {
    const sql = `CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END; SELECT 3;`;
    expect(cutPoints(sql, 1).map((c) => sql.slice(0, c))).toEqual([
      'CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;',
    ]);
  });
});
