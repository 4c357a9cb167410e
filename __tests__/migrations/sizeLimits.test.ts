/** Large files are parsed in pieces with positions in the original file; empty files are recorded no-ops. */
import { migrateUp } from '../../src/core/migrations/index.js';
import { loadSqlParser, parseSqlFile } from '../../src/core/sql/index.js';
import { cutPoints } from '../../src/core/sql/split.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';
import { options, setOf } from './helpers.js';

let t: TestDatabase;
beforeAll(async () => {
  await loadSqlParser();
  t = await createTestDatabase('mig_size');
});
afterAll(async () => {
  await t.drop();
});

describe('cutPoints', () => {
  it('cuts only after top-level semicolons', () => {
    const text = [
      "SELECT 'a;b';",
      "SELECT E'x\\';y';",
      'SELECT "we;ird";',
      '-- a comment; here',
      '/* nested /* ; */ ; */ SELECT 1;',
      'CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;',
      'SELECT $$;$$;',
      'SELECT 2',
    ].join('\n');
    const cuts = cutPoints(text, 1);
    expect(cuts.map((c) => text.slice(0, c).split('\n').length)).toEqual([1, 2, 3, 5, 6, 7]);
    expect(cuts.every((c) => text[c - 1] === ';')).toBe(true);
  });
});

describe('parsing in pieces', () => {
  const lines = Array.from({ length: 3000 }, (_, i) =>
    i % 7 === 3
      ? `  INSERT INTO t VALUES (${i}, 'x;y'); INSERT INTO t VALUES (${i}, $$;$$);`
      : `INSERT INTO t VALUES (${i}, 'é');`,
  );
  const text = `${lines.join('\n')}\n`;

  it('gives the same statements, lines and columns as parsing the whole text', () => {
    const whole = parseSqlFile('big.sql', text, { pieceSize: Number.POSITIVE_INFINITY });
    const pieces = parseSqlFile('big.sql', text, { pieceSize: 5000 });
    const shape = (f: typeof whole) =>
      f.statements.map((s) => [s.index, s.line, s.column, s.endLine, s.text, s.kind]);
    expect(pieces.statements.length).toBe(whole.statements.length);
    expect(shape(pieces)).toEqual(shape(whole));
  });

  it('reports a syntax error at its line and column in the whole file', () => {
    const bad = text.replace("INSERT INTO t VALUES (2500, 'é');", "INSERT INTO t VALUES (2500, 'é') oops;");
    expect(() => parseSqlFile('big.sql', bad, { pieceSize: 5000 })).toThrow(
      /^big\.sql:2501:34: syntax error: syntax error at or near "oops"/,
    );
  });

  it('rejoins a piece cut inside a BEGIN ATOMIC body', () => {
    const body = `${'SELECT 1;\n'.repeat(50)}CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;\nSELECT 3;\n`;
    const f = parseSqlFile('atomic.sql', body, { pieceSize: 400 });
    expect(f.statements.map((s) => s.kind).slice(-2)).toEqual(['CreateFunctionStmt', 'SelectStmt']);
    expect(f.statements.at(-2)?.line).toBe(51);
  });

  it('a file of 1,000,000+ characters parses and applies (it is split before the parser)', async () => {
    const big = `CREATE TABLE big (id int, v text);\n${Array.from({ length: 30000 }, (_, i) => `INSERT INTO big VALUES (${i}, 'row ${i} padding padding');`).join('\n')}\n`;
    expect(big.length).toBeGreaterThan(1_000_000);
    const r = await migrateUp(t.db, options(setOf({ '1_big.up.sql': big })));
    expect(r.failure).toBeUndefined();
    expect((await t.db.query('SELECT count(*)::int AS n FROM big')).rows).toEqual([{ n: 30000 }]);
  }, 120_000);
});

it('an empty or comments-only file is applied as a no-op, recorded, with a warning', async () => {
  const set = setOf({ '1_empty.up.sql': '', '2_comments.up.sql': '-- nothing yet\n/* later */\n' });
  const r = await migrateUp(t.db, options(set, { revisionsSchema: 'empties' }));
  expect(r.failure).toBeUndefined();
  expect(r.applied.map((a) => a.version)).toEqual(['1', '2']);
  expect(r.warnings).toEqual([
    'db/migrations/1_empty.up.sql: no statements (empty or only comments); recorded as applied without running anything',
    'db/migrations/2_comments.up.sql: no statements (empty or only comments); recorded as applied without running anything',
  ]);
  expect((await t.db.query('SELECT version FROM empties.schemagate_revisions ORDER BY 1')).rows).toEqual([
    { version: '1' },
    { version: '2' },
  ]);
});
