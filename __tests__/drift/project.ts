/** Temporary schemagate projects for the drift tests. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeTempDir } from '../helpers/tempDir.js';

export const SCHEMA_SQL = `CREATE TABLE customers (
  id bigint PRIMARY KEY,
  email text NOT NULL,
  status text NOT NULL DEFAULT 'active'
);
CREATE INDEX customers_email_idx ON customers (email);
CREATE VIEW active_customers AS SELECT id, email FROM customers WHERE status = 'active';
CREATE TABLE temp_import (x integer);
`;

/** A project directory with the given files (paths relative to its root). */
export function makeProject(files: Record<string, string>): string {
  const root = makeTempDir('sg-drift-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

export function config(extra = ''): string {
  return `schema: db/schema
migrations:
  dir: db/migrations
  format: plain
mode: canary
drift:
  ignore_tables: ['^temp_.*']
${extra}`;
}
