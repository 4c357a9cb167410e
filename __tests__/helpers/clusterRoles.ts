/**
 * Roles are cluster-wide, and several test runs (other checkouts, CI) share one server. So every
 * role a test needs carries this run's id (`sg_reader_{run}` in fixtures and corpus SQL becomes
 * `sg_reader_<id>`): runs never share a role, and one run cannot drop a role another still uses.
 * Within a run the jest workers share them: each creates the ones it needs if missing, under an
 * advisory lock, and records them in the run directory; globalTeardown (helpers/globalTeardown.mjs)
 * drops them once every test file has finished.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { ADMIN_URL } from './pgTestDb.js';

/** Set by helpers/globalSetup.mjs; the fallback keeps a lone process (no globalSetup) unique. */
export const TEST_RUN = process.env.SCHEMAGATE_TEST_RUN ?? `p${process.pid}`;

/** Replaces `{run}` with this run's id: role names in fixtures and corpus cases. */
export const withRun = (text: string): string => text.replaceAll('{run}', TEST_RUN);

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Any number of workers may call this at once: the lock makes create-if-missing race-free. */
export async function ensureClusterRoles(names: readonly string[], url = ADMIN_URL): Promise<void> {
  const runDir = process.env.SCHEMAGATE_TEST_RUN_DIR;
  if (!runDir) throw new Error('SCHEMAGATE_TEST_RUN_DIR is not set: run the tests with `npm test`');
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query('BEGIN');
    await c.query(`SELECT pg_advisory_xact_lock(hashtext('schemagate test roles'))`);
    const have = await c.query<{ rolname: string }>('SELECT rolname FROM pg_roles WHERE rolname = ANY($1)', [
      [...names],
    ]);
    const existing = new Set(have.rows.map((r) => r.rolname));
    for (const name of names) if (!existing.has(name)) await c.query(`CREATE ROLE ${quote(name)} NOLOGIN`);
    await c.query('COMMIT');
  } finally {
    await c.end();
  }
  // Recorded even when another worker created them: teardown drops each name once.
  appendFileSync(
    join(runDir, 'roles.jsonl'),
    names.map((name) => `${JSON.stringify({ url, name })}\n`).join(''),
  );
}

/** SQL that creates the roles if missing, for PGlite (one process, no other workers). */
export function createRolesSql(names: readonly string[]): string {
  return names
    .map(
      (r) =>
        `DO $$ BEGIN CREATE ROLE ${quote(r)} NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;`,
    )
    .join('\n');
}
