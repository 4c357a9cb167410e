import pg from 'pg';
import type { Db, Queryable, QueryResult } from '../core/db.js';
import { DbConnectionError, DbConnectionLostError } from '../core/errors.js';
import {
  type ConnectionSettings,
  type ConnectionTarget,
  connectionSettings,
  redact,
} from './connectionTarget.js';

/** Node socket and DNS errors that mean the server was never reached. */
const NETWORK_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_FAIL',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNRESET',
  'EPIPE',
  'ENOENT',
]);

/** SQLSTATEs that mean an established session is gone. */
const LOST_STATES = new Set(['57P01', '57P02', '57P03', '57P05', '08000', '08003', '08006']);

function connectHint(code: string | undefined, message: string): string {
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_FAIL')
    return 'the host name does not resolve; check the host in the connection string';
  if (code === 'ECONNREFUSED')
    return 'nothing accepts connections on that host and port; is the server running, and is the port right?';
  if (code === 'ETIMEDOUT' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || /timeout/i.test(message))
    return 'the host did not answer; check network access (firewall, VPN, allowed IPs) and the host';
  if (code?.startsWith('28')) return 'check the user name and the password (the password is never shown)';
  if (code === '3D000') return 'create the database, or fix the database name in the connection string';
  if (code === '53300' || code === '57P03')
    return 'the server does not accept more connections now; retry later';
  if (/ssl|tls|certificate/i.test(message)) return 'check sslmode and the server certificate';
  return 'check the connection string (host, port, database, user, password) and that the server is reachable';
}

/** Turns a failure to open a connection into a DbConnectionError; other errors pass through. */
function connectError(err: unknown, t: ConnectionTarget, secrets: readonly string[]): Error {
  const e = err as { code?: string; message?: string; errors?: { message?: string }[] };
  // AggregateError (IPv4 and IPv6 both refused) has an empty message.
  const raw = e?.message || e?.errors?.map((x) => x.message).join('; ') || String(err);
  const reason = redact(raw, secrets);
  return new DbConnectionError(t.host, t.port, t.database, reason, connectHint(e?.code, raw));
}

function isLostConnection(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  if (e?.code && (NETWORK_CODES.has(e.code) || LOST_STATES.has(e.code))) return true;
  return /Connection terminated|not queryable|Client has encountered a connection error/i.test(
    e?.message ?? '',
  );
}

function lostError(err: unknown, secrets: readonly string[]): DbConnectionLostError {
  const e = err as { message?: string; code?: string };
  const reason = redact(e?.message ?? String(err), secrets);
  return new DbConnectionLostError(
    `the connection to the database was lost: ${reason}${e?.code && LOST_STATES.has(e.code) ? ` (SQLSTATE ${e.code})` : ''}`,
  );
}

/** The client's socket: node-postgres keeps it on `connection.stream`, outside its typings. */
function socketOf(client: pg.PoolClient): { unref?: () => void } | undefined {
  return (client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream;
}

/** A real PostgreSQL server reached through node-postgres. */
export function connectPg(
  url: string,
  options: {
    applicationName?: string;
    max?: number;
    database?: string;
    /** Send queued queries without waiting for each answer (read-only work such as a catalog read). */
    pipeline?: boolean;
  } = {},
): Db {
  const settings: ConnectionSettings = connectionSettings(url, 'database URL', options.database);
  const { target, secrets } = settings;
  const pool = new pg.Pool({
    connectionTimeoutMillis: 30_000,
    ...settings.pg,
    max: options.max ?? 4,
    application_name: options.applicationName ?? 'schemagate',
    ...(options.pipeline ? { pipeline: true } : {}),
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const clients = new Set<pg.PoolClient>();
  pool.on('connect', (client) => clients.add(client));

  const checkout = async (): Promise<pg.PoolClient> => {
    try {
      return await pool.connect();
    } catch (err) {
      throw connectError(err, target, secrets);
    }
  };

  /**
   * A checked-out client with an 'error' listener for as long as it is out: a terminated backend
   * makes node-postgres emit 'error' on the client, which without a listener kills the process.
   */
  const lease = async <T>(fn: (q: Queryable) => Promise<T>): Promise<T> => {
    const client = await checkout();
    let lost: unknown;
    const onError = (err: unknown) => {
      lost ??= err;
    };
    client.on('error', onError);
    const broken = (err: unknown) => {
      if (lost === undefined && !isLostConnection(err)) return err;
      lost ??= err;
      return lostError(err, secrets);
    };
    const q: Queryable = {
      async query<R>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
        try {
          const r = await client.query(sql, params as unknown[] | undefined);
          return { rows: r.rows as R[], rowCount: r.rowCount ?? 0 };
        } catch (err) {
          throw broken(err);
        }
      },
      async exec(sql: string): Promise<void> {
        // Each statement of a simple query that completes sends CommandComplete: counting them tells
        // which statement of a script failed when PostgreSQL gives no position (or the session died).
        const wire = (client as unknown as { connection?: NodeJS.EventEmitter }).connection;
        let completed = 0;
        const onComplete = () => {
          completed++;
        };
        wire?.on('commandComplete', onComplete);
        try {
          await client.query(sql);
        } catch (err) {
          const e = broken(err);
          if (wire && e !== null && typeof e === 'object')
            (e as { completedStatements?: number }).completedStatements = completed;
          throw e;
        } finally {
          wire?.off('commandComplete', onComplete);
        }
      },
    };
    try {
      return await fn(q);
    } finally {
      client.off('error', onError);
      // A broken client is destroyed rather than handed to the next caller.
      client.release(lost !== undefined ? (lost as Error) : undefined);
    }
  };

  return {
    kind: 'server',
    pipelines: options.pipeline === true,
    query: (sql, params) => lease((q) => q.query(sql, params)),
    exec: (sql) => lease((q) => q.exec(sql)),
    session: (fn) => lease(fn),
    transaction: (fn) =>
      lease(async (q) => {
        await q.exec('BEGIN');
        try {
          const out = await fn(q);
          await q.exec('COMMIT');
          return out;
        } catch (err) {
          await q.exec('ROLLBACK').catch(() => {});
          throw err;
        }
      }),
    async serverVersion() {
      const r = await lease((q) =>
        q.query<{ v: number }>("SELECT current_setting('server_version_num')::int AS v"),
      );
      return Number(r.rows[0].v);
    },
    async close() {
      await pool.end();
      // Each client has sent Terminate; waiting for the server to close the socket kept every
      // process alive ~70 ms after its work (a backend that read a large catalog is slow to exit).
      for (const client of clients) socketOf(client)?.unref?.();
      clients.clear();
    },
  };
}
