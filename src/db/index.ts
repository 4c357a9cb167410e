import type { Db } from '../core/db.js';
import { connectPg } from './pgDb.js';
import { openEmbedded } from './pgliteDb.js';

export { closeEmbedded } from './pgliteDb.js';

/** `undefined`, empty or `embedded` means the embedded PGlite database. */
export async function openDb(url: string | undefined, applicationName?: string): Promise<Db> {
  if (!url || url === 'embedded' || url === 'pglite') return openEmbedded();
  return connectPg(url, { applicationName });
}
