/**
 * The baseline file is deterministic: the same schema built in a different order, or on another
 * server version (PostgreSQL 15 server and PGlite 18), gives a byte-identical file.
 */
import { jest } from '@jest/globals';
import { introspect } from '../../src/core/catalog/index.js';
import { backupPath, parseBaseline, renderBaseline, schemaHash } from '../../src/core/drift/baseline.js';
import { ConfigError } from '../../src/core/errors.js';
import { closeEmbedded, openDb } from '../../src/db/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';

jest.setTimeout(180_000);

const IN_ORDER = `
CREATE TYPE mood AS ENUM ('happy', 'it''s complicated');
CREATE TABLE authors (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL, mood mood);
CREATE TABLE books (
  id bigint PRIMARY KEY,
  author_id bigint NOT NULL REFERENCES authors (id),
  title text NOT NULL DEFAULT 'untitled',
  price numeric(10,2) CHECK (price >= 0)
);
CREATE INDEX books_title_idx ON books (lower(title));
CREATE VIEW cheap_books AS SELECT id, title FROM books WHERE price < 10;
COMMENT ON TABLE books IS 'every book';
`;

// The same schema, created in another order and partly through ALTER statements.
const OTHER_ORDER = `
CREATE TYPE mood AS ENUM ('happy');
ALTER TYPE mood ADD VALUE 'it''s complicated';
CREATE TABLE books (id bigint PRIMARY KEY, title text NOT NULL DEFAULT 'untitled');
COMMENT ON TABLE books IS 'every book';
CREATE INDEX books_title_idx ON books (lower(title));
CREATE TABLE authors (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, mood mood);
ALTER TABLE authors ADD COLUMN name text NOT NULL;
ALTER TABLE books ADD COLUMN price numeric(10,2);
ALTER TABLE books ADD CONSTRAINT books_price_check CHECK (price >= 0);
ALTER TABLE books ADD COLUMN author_id bigint NOT NULL;
ALTER TABLE books ADD CONSTRAINT books_author_id_fkey FOREIGN KEY (author_id) REFERENCES authors (id);
CREATE VIEW cheap_books AS SELECT id, title FROM books WHERE price < 10;
`;

let a: TestDatabase;
let b: TestDatabase;

beforeAll(async () => {
  [a, b] = await Promise.all([createTestDatabase('baseline_a'), createTestDatabase('baseline_b')]);
  await a.db.exec(IN_ORDER);
  await b.db.exec(OTHER_ORDER);
});
afterAll(async () => {
  await Promise.all([a?.drop(), b?.drop()]);
  await closeEmbedded();
});

describe('baseline file', () => {
  it('is byte-identical for the same schema built in a different order', async () => {
    const fileA = renderBaseline(await introspect(a.db));
    const fileB = renderBaseline(await introspect(b.db));
    expect(fileB).toBe(fileA);
    expect(fileA.endsWith('}\n')).toBe(true);
    // Sorted keys and a stable hash in the file.
    const doc = JSON.parse(fileA);
    expect(Object.keys(doc)).toEqual(['format', 'model', 'sha256']);
    expect(Object.keys(doc.model.tables)).toEqual(['public.authors', 'public.books']);
    expect(doc.model).not.toHaveProperty('serverVersion');
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is byte-identical on PostgreSQL 15 (server) and 18 (PGlite)', async () => {
    const embedded = await openDb(undefined);
    await embedded.exec(IN_ORDER);
    const onPglite = await introspect(embedded);
    const onServer = await introspect(a.db);
    expect(onPglite.serverVersion).toBeGreaterThanOrEqual(180000);
    expect(onServer.serverVersion).toBeLessThan(160000);
    expect(renderBaseline(onPglite)).toBe(renderBaseline(onServer));
  });

  it('round-trips, and refuses a hand-edited or malformed file naming it', async () => {
    const model = await introspect(a.db);
    const text = renderBaseline(model);
    const parsed = parseBaseline(text, 'ci/schema_baseline.json');
    expect(parsed.sha256).toBe(schemaHash(model));
    expect(renderBaseline(parsed.model)).toBe(text);

    const edited = text.replace("'untitled'", "'draft'");
    expect(edited).not.toBe(text);
    expect(() => parseBaseline(edited, 'ci/schema_baseline.json')).toThrow(ConfigError);
    expect(() => parseBaseline(edited, 'ci/schema_baseline.json')).toThrow(
      /^ci\/schema_baseline.json: sha256: does not match the model/,
    );
    expect(() => parseBaseline('{"format":', 'b.json')).toThrow(/^b.json: baseline is not valid JSON/);
    expect(() => parseBaseline('{"format":"other"}', 'b.json')).toThrow(
      /^b.json: format: not a schemagate baseline/,
    );
  });

  it('names backups with a UTC timestamp safe in file names', () => {
    const at = new Date('2026-11-30T02:15:00.123Z');
    expect(backupPath('ci/schema_baseline.json', at)).toBe('ci/schema_baseline.2026-11-30T02-15-00Z.json');
    expect(backupPath('baseline', at)).toBe('baseline.2026-11-30T02-15-00Z.json');
  });
});
