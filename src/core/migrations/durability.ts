/**
 * A run commits every transactional file in its own transaction, and each commit used to wait
 * for the server to flush its WAL to disk: on 500 small files that wait was most of the run.
 * Commits followed by another file of the run now skip the wait (SET LOCAL synchronous_commit =
 * off); the run's last commit waits, and since the WAL is one sequence, its flush makes every
 * earlier commit durable too. A run that stops on a failed file waits for the WAL writer to flush
 * what it committed before reporting. A server crash in between loses whole files with their
 * revision rows, never one without the other, and the next run applies them again.
 */
import type { Queryable } from '../db.js';

/** Sent after BEGIN of a file whose commit a later commit of the same run will make durable. */
export const DEFERRED_FLUSH = 'SET LOCAL synchronous_commit = off;\n';

export interface FlushWaitOptions {
  readonly sleep?: (ms: number) => Promise<void>;
  /** How long to wait for the WAL writer before giving up (it flushes within 3 × wal_writer_delay). */
  readonly timeoutMs?: number;
  readonly clock?: () => number;
}

/**
 * Waits until the WAL written so far is on disk. False when it was not confirmed in time (the
 * commits are then as durable as the server's own WAL writer makes them, within seconds).
 */
export async function waitForFlush(conn: Queryable, options: FlushWaitOptions = {}): Promise<boolean> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const clock = options.clock ?? (() => performance.now());
  const deadline = clock() + (options.timeoutMs ?? 35_000);
  const target = (
    await conn.query<{ lsn: string }>('SELECT pg_catalog.pg_current_wal_insert_lsn()::text AS lsn')
  ).rows[0].lsn;
  for (;;) {
    const r = await conn.query<{ flushed: boolean }>(
      'SELECT pg_catalog.pg_current_wal_flush_lsn() >= $1::pg_lsn AS flushed',
      [target],
    );
    if (r.rows[0].flushed) return true;
    if (clock() >= deadline) return false;
    await sleep(20);
  }
}
