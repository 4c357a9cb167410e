/**
 * A fresh database per test file on the local server (127.0.0.1:5432 unless SCHEMAGATE_TEST_PG
 * says otherwise), dropped afterwards, so test files can run in parallel without interfering.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Db } from '../../src/core/db.js';
import { connectPg } from '../../src/db/pgDb.js';

export const ADMIN_URL = process.env.SCHEMAGATE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function urlFor(database: string): string {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export interface TestDatabase {
  readonly name: string;
  readonly url: string;
  readonly db: Db;
  drop(): Promise<void>;
}

/** Creates an empty database named `sg_<prefix>_<random>` and a Db on it. */
export async function createTestDatabase(prefix = 'test'): Promise<TestDatabase> {
  const name = `sg_${prefix.replace(/\W/g, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = urlFor(name);
  const db = connectPg(url);
  return {
    name,
    url,
    db,
    async drop() {
      await db.close().catch(() => {});
      await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
