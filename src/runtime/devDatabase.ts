/**
 * The dev database on which the declared schema is applied and normalised: the embedded PGlite
 * database by default, or, with `dev_url`, a fresh temporary database on that server, dropped
 * afterwards. Nothing that already exists on the server is touched.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from '../core/db.js';
import { connectionSettings } from '../db/connectionTarget.js';
import { isEmbeddedUrl, loadPgDb } from '../db/index.js';
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
  await onServer(devUrl, (c) => c.exec(`CREATE DATABASE "${name}"`));
  // connectPg takes URLs and key=value strings alike and never echoes them in errors.
  const { connectPg } = await loadPgDb();
  const db = connectPg(devUrl, { applicationName: 'schemagate-dev', database: name });
  return {
    db,
    description: `temporary database ${name} on ${connectionSettings(devUrl).target.host}`,
    async dispose() {
      await db.close().catch(() => {});
      await onServer(devUrl, (c) => c.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function onServer<T>(url: string, fn: (c: Db) => Promise<T>): Promise<T> {
  const { connectPg } = await loadPgDb();
  const c = connectPg(url, { applicationName: 'schemagate-dev', max: 1 });
  try {
    return await fn(c);
  } finally {
    await c.close();
  }
}
