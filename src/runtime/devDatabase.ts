/**
 * The dev database on which the declared schema is applied and normalised: the embedded PGlite
 * database by default, or, with `dev_url`, a fresh temporary database on that server, dropped
 * afterwards. Nothing that already exists on the server is touched.
 */
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { Db } from '../core/db.js';
import { isEmbeddedUrl, loadPg, loadPgDb } from '../db/index.js';
import { openEmbedded } from '../db/pgliteDb.js';

export interface DevDatabase {
  readonly db: Db;
  /** Where it lives, for messages (never includes credentials). */
  readonly description: string;
  dispose(): Promise<void>;
}

export async function openDevDatabase(devUrl: string | undefined): Promise<DevDatabase> {
  if (isEmbeddedUrl(devUrl)) {
    const db = await openEmbedded();
    return { db, description: 'embedded PGlite', dispose: async () => db.close() };
  }
  const name = `schemagate_dev_${randomBytes(6).toString('hex')}`;
  await onServer(devUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(devUrl);
  url.pathname = `/${name}`;
  const { connectPg } = await loadPgDb();
  const db = connectPg(url.toString(), { applicationName: 'schemagate-dev' });
  return {
    db,
    description: `temporary database ${name} on ${url.hostname}`,
    async dispose() {
      await db.close().catch(() => {});
      await onServer(devUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function onServer<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new (await loadPg()).Client({ connectionString: url, application_name: 'schemagate-dev' });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}
