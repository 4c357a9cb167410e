/**
 * Roles are cluster-wide: a test that needs a fixed role name (the corpus SQL names them) creates
 * it if missing and drops it when done, so the server is left as found. A role another test run
 * still uses (objects depend on it, SQLSTATE 2BP01) is left to that run, which drops it in turn.
 */
import pg from 'pg';
import { ADMIN_URL } from './pgTestDb.js';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function dropClusterRoles(names: readonly string[], url = ADMIN_URL): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    for (const name of names) {
      await c.query(`DROP ROLE IF EXISTS ${quote(name)}`).catch((err: { code?: string }) => {
        if (err.code !== '2BP01' && err.code !== '55006') throw err;
      });
    }
  } finally {
    await c.end();
  }
}
