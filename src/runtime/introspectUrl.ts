import { type IntrospectOptions, introspect } from '../core/catalog/index.js';
import type { SchemaModel } from '../core/model/types.js';
import { connectPg } from '../db/pgDb.js';

/**
 * Reads the schema of the database at `url` on one pipelining connection (the catalog queries go
 * out together; the connection does nothing else), then closes it.
 */
export async function introspectUrl(
  url: string,
  applicationName: string,
  options: IntrospectOptions,
): Promise<SchemaModel> {
  const db = connectPg(url, { applicationName, max: 1, pipeline: true });
  try {
    return await introspect(db, options);
  } finally {
    await db.close();
  }
}
