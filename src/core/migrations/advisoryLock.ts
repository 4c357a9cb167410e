/**
 * The migration lock: a session-level advisory lock on the connection that does all the work, so
 * two runs against one database never apply at once. Polling pg_try_advisory_lock (instead of a
 * blocking pg_advisory_lock) lets the wait end at migrations.advisory_lock_timeout with a clear
 * message rather than at an unrelated statement_timeout.
 */
import type { Queryable } from '../db.js';
import { MigrationLockError } from './errors.js';

export interface LockOptions {
  /** Scope of the lock: runs with different revision schemas do not exclude each other. */
  readonly scope: string;
  readonly timeoutMs: number;
  readonly pollMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly clock?: () => number;
}

const KEY = "hashtext('schemagate.migrate'), hashtext($1)";

export async function acquireMigrationLock(conn: Queryable, options: LockOptions): Promise<void> {
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const clock = options.clock ?? Date.now;
  const deadline = clock() + options.timeoutMs;
  for (;;) {
    const r = await conn.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock(${KEY}) AS ok`, [options.scope]);
    if (r.rows[0]?.ok) return;
    if (clock() >= deadline) {
      throw new MigrationLockError(
        `another schemagate migrate run holds the migration lock on this database; waited ${waited(options.timeoutMs)} ` +
          '(migrations.advisory_lock_timeout). Let it finish, or raise the timeout.',
      );
    }
    await sleep(Math.min(options.pollMs ?? 200, Math.max(1, deadline - clock())));
  }
}

const waited = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`);

export async function releaseMigrationLock(conn: Queryable, scope: string): Promise<void> {
  await conn.query(`SELECT pg_advisory_unlock(${KEY})`, [scope]);
}
