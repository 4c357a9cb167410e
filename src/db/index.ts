import type { Db } from '../core/db.js';
import { openEmbedded, warmEmbedded } from './pgliteDb.js';

export { closeEmbedded } from './pgliteDb.js';

/** `undefined`, empty, `embedded` or `pglite` names the embedded PGlite database. */
export function isEmbeddedUrl(url: string | undefined): url is undefined | '' | 'embedded' | 'pglite' {
  return !url || url === 'embedded' || url === 'pglite';
}

// node-postgres loads only when a server connection is opened (50-80 ms of every start otherwise).
// One import promise each: concurrent first imports of one module trip jest's ESM loader.
let pgDbModule: Promise<typeof import('./pgDb.js')> | undefined;
let pgModule: Promise<typeof import('pg')> | undefined;
export function loadPgDb(): Promise<typeof import('./pgDb.js')> {
  pgDbModule ??= import('./pgDb.js');
  return pgDbModule;
}
export async function loadPg(): Promise<typeof import('pg').default> {
  pgModule ??= import('pg');
  return (await pgModule).default;
}

/** `undefined`, empty or `embedded` means the embedded PGlite database. */
export async function openDb(url: string | undefined, applicationName?: string): Promise<Db> {
  if (isEmbeddedUrl(url)) return openEmbedded();
  const { connectPg } = await loadPgDb();
  return connectPg(url, { applicationName });
}

/** Starts the embedded database in the background when `url` names it; a no-op for a server. */
export function warmDb(url: string | undefined): void {
  if (isEmbeddedUrl(url)) warmEmbedded();
}
