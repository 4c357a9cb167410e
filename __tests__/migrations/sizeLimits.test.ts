/** Large files are parsed in pieces with positions in the original file; empty files are recorded no-ops. */
import type { Db } from '../../src/core/db.js';
import { SqlSyntaxError } from '../../src/core/errors.js';
import { migrateUp } from '../../src/core/migrations/index.js';
import { loadSqlParser, parseSqlFile } from '../../src/core/sql/index.js';
import { cutPoints } from '../../src/core/sql/split.js';
import { closeEmbedded, openEmbedded } from '../../src/db/pgliteDb.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';
import { options, setOf } from './helpers.js';

let t: TestDatabase;
let embedded: Db;
beforeAll(async () => {
  await loadSqlParser();
  t = await createTestDatabase('mig_size');
  embedded = await openEmbedded();
}, 60_000);
afterAll(async () => {
  await t.drop();
  await closeEmbedded();
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

/** `rows` INSERTs (quotes, dollar quotes, comments and non-ASCII on the way), one per line after a CREATE TABLE. */
function bigFile(table: string, rows: number): string {
  const out = [`CREATE TABLE ${table} (id int PRIMARY KEY, v text, w text);`];
  for (let i = 0; i < rows; i++)
    out.push(
      i % 10 === 0
        ? `INSERT INTO ${table} VALUES (${i}, $$semi;colon ${i}$$, E'it\\'s; é'); -- row ${i}; comment`
        : `INSERT INTO ${table} VALUES (${i}, 'row ${i}; it''s', /* c; */ 'padding padding')`,
    );
  return `${out.join(';\n')};\n`;
}

const count = async (db: Db, table: string) =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
const exists = async (db: Db, table: string) =>
  (await db.query<{ r: string | null }>('SELECT to_regclass($1)::text AS r', [table])).rows[0].r !== null;
const versions = async (db: Db, schema: string) =>
  (
    await db.query<{ version: string }>(`SELECT version FROM ${schema}.schemagate_revisions ORDER BY 1`)
  ).rows.map((r) => r.version);

describe.each([
  ['PostgreSQL', () => t.db],
  ['PGlite', () => embedded],
])('big files on %s', (_name, dbOf) => {
  it('a 5 MB file of INSERTs applies in one transaction and is recorded', async () => {
    const db = dbOf();
    const text = bigFile('big5', 90_000);
    expect(Buffer.byteLength(text)).toBeGreaterThan(5_000_000);
    const r = await migrateUp(db, options(setOf({ '1_big5.up.sql': text }), { revisionsSchema: 'size5' }));
    expect(r.failure).toBeUndefined();
    expect(r.applied.map((a) => [a.version, a.statements])).toEqual([['1', 90_001]]);
    expect(await count(db, 'big5')).toBe(90_000);
    expect(await versions(db, 'size5')).toEqual(['1']);
  }, 180_000);

  it('a syntax error in the middle of a big file is refused at its line and column before any file runs', async () => {
    const db = dbOf();
    const lines = bigFile('bigsyn', 40_000).split('\n');
    // Line 30,001 holds row 29,999: several chunks into the file.
    expect(lines[30_000]).toBe(
      "INSERT INTO bigsyn VALUES (29999, 'row 29999; it''s', /* c; */ 'padding padding');",
    );
    lines[30_000] = "INSERT INTO bigsyn VALUES (29999, 'row 29999; it''s', /* c; */ 'padding' padding);";
    const set = setOf({
      '1_ok.up.sql': 'CREATE TABLE before_big (id int);',
      '2_bigsyn.up.sql': lines.join('\n'),
    });
    const run = migrateUp(db, options(set, { revisionsSchema: 'sizesyn' }));
    await expect(run).rejects.toThrow(SqlSyntaxError);
    await expect(run).rejects.toThrow(
      /^db\/migrations\/2_bigsyn\.up\.sql:30001:74: syntax error: syntax error at or near "padding"$/,
    );
    // Refused before anything ran: not even the good file before it, nor the revision table.
    expect(await exists(db, 'before_big')).toBe(false);
    expect(await exists(db, 'bigsyn')).toBe(false);
    expect(await exists(db, 'sizesyn.schemagate_revisions')).toBe(false);
  }, 180_000);

  it('a syntax error in one of many small files is refused at its place, the files sharing one check', async () => {
    const db = dbOf();
    const files: Record<string, string> = {};
    for (let i = 1; i <= 40; i++)
      files[`${i}_t${i}.up.sql`] = `-- file ${i}\nCREATE TABLE small_${i} (id int);\n`;
    files['27_t27.up.sql'] = '-- file 27\nCREATE TABLE small_27 (id int);\nCREATE TABEL oops (id int);\n';
    const run = migrateUp(db, options(setOf(files), { revisionsSchema: 'sizemany' }));
    await expect(run).rejects.toThrow(
      /^db\/migrations\/27_t27\.up\.sql:3:8: syntax error: syntax error at or near "TABEL"$/,
    );
    expect(await exists(db, 'small_1')).toBe(false);
  }, 60_000);

  it('an error PostgreSQL gives no position for is reported at its statement; nothing is applied', async () => {
    const db = dbOf();
    const lines = bigFile('bigdup', 40_000).split('\n');
    lines[35_000] = lines[35_000].replace('(34999,', '(7,');
    const r = await migrateUp(
      db,
      options(setOf({ '1_bigdup.up.sql': lines.join('\n') }), { revisionsSchema: 'sizedup' }),
    );
    expect(r.failure).toMatchObject({ line: 35_001, column: 1, sqlState: '23505' });
    expect(r.failure?.statement).toMatch(/^INSERT INTO bigdup VALUES \(7, 'row 34999/);
    expect(await exists(db, 'bigdup')).toBe(false);
    expect(await versions(db, 'sizedup')).toEqual([]);
  }, 180_000);

  it('transaction control deep in a big file is refused at its line before anything runs', async () => {
    const db = dbOf();
    const lines = bigFile('bigtx', 20_000).split('\n');
    lines[15_000] = 'COMMIT;';
    const set = setOf({ '1_bigtx.up.sql': lines.join('\n') });
    await expect(migrateUp(db, options(set, { revisionsSchema: 'sizetx' }))).rejects.toThrow(
      /^db\/migrations\/1_bigtx\.up\.sql:15001:1: COMMIT inside a migration file/,
    );
    expect(await exists(db, 'bigtx')).toBe(false);
  }, 180_000);
});
