/**
 * schemagate_revisions: one row per applied migration. `progress` is set only while a
 * non-transactional file is part-way through: the number of its statements already done, so a
 * rerun resumes after them; `progress_checksum` fingerprints those statements so the rest of the
 * file may still be fixed. `in_flight` is the 1-based statement of such a file that was sent and
 * whose outcome is not yet recorded, with the backend that ran it: a rerun never runs it blind.
 */
import type { Queryable } from '../db.js';
import { qualified, quoteIdent, quoteLiteral, quoteNullableLiteral } from '../sql/index.js';

/**
 * Milliseconds since the current transaction began, by the server's clock. Every name is
 * schema-qualified, the operators too: it runs right after a migration file, which may have
 * changed search_path.
 */
const TRANSACTION_MS = `(pg_catalog.date_part('epoch', pg_catalog.clock_timestamp() OPERATOR(pg_catalog.-) pg_catalog.now())
         OPERATOR(pg_catalog.*) 1000)::integer`;

export const REVISION_TABLE = 'schemagate_revisions';

export interface RevisionRow {
  readonly version: string;
  readonly name: string;
  readonly checksum: string | null;
  readonly applied_at: string;
  readonly execution_ms: number;
  readonly applied_by: string;
  readonly operation: 'apply' | 'baseline' | 'adopt';
  readonly progress: number | null;
  readonly progress_checksum: string | null;
  /** 1-based statement of a no-transaction file that was running when the run stopped. */
  readonly in_flight?: number | null;
  readonly in_flight_pid?: number | null;
  readonly in_flight_at?: string | null;
}

export class RevisionTable {
  readonly table: string;
  constructor(readonly schema: string) {
    this.table = qualified(schema, REVISION_TABLE);
  }

  async exists(conn: Queryable): Promise<boolean> {
    const r = await conn.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [this.table]);
    return r.rows[0]?.t != null;
  }

  /**
   * Creates the schema (only when missing: CREATE SCHEMA needs a privilege we may not have) and the
   * table, or adds the in-flight columns to a table an older version created. One query when all is there.
   */
  async ensure(conn: Queryable): Promise<void> {
    const s = await conn.query<{ n: string | null; t: boolean; f: boolean }>(
      `SELECT to_regnamespace($1)::text AS n, to_regclass($2) IS NOT NULL AS t,
              EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass($2) AND attname = 'in_flight_at' AND NOT attisdropped) AS f`,
      [quoteIdent(this.schema), this.table],
    );
    const { n, t, f } = s.rows[0] ?? { n: null, t: false, f: false };
    if (t && f) return;
    if (t) {
      await conn.exec(
        `ALTER TABLE ${this.table} ADD COLUMN IF NOT EXISTS in_flight integer, ADD COLUMN IF NOT EXISTS in_flight_pid integer, ADD COLUMN IF NOT EXISTS in_flight_at timestamptz`,
      );
      return;
    }
    if (n == null) await conn.exec(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(this.schema)}`);
    await conn.exec(`CREATE TABLE IF NOT EXISTS ${this.table} (
  version text PRIMARY KEY,
  name text NOT NULL DEFAULT '',
  checksum text,
  applied_at timestamptz NOT NULL DEFAULT now(),
  execution_ms integer NOT NULL DEFAULT 0,
  applied_by text NOT NULL DEFAULT current_user,
  operation text NOT NULL DEFAULT 'apply',
  progress integer,
  progress_checksum text,
  in_flight integer,
  in_flight_pid integer,
  in_flight_at timestamptz
)`);
  }

  async read(conn: Queryable): Promise<RevisionRow[]> {
    if (!(await this.exists(conn))) return [];
    const r = await conn.query<RevisionRow>(
      // to_jsonb: a table from an older version has no in-flight columns yet (read runs before ensure).
      `SELECT version, name, checksum, applied_at::text AS applied_at, execution_ms, applied_by, operation, progress, progress_checksum,
              (to_jsonb(r) ->> 'in_flight')::int AS in_flight, (to_jsonb(r) ->> 'in_flight_pid')::int AS in_flight_pid,
              to_jsonb(r) ->> 'in_flight_at' AS in_flight_at
         FROM ${this.table} AS r ORDER BY applied_at, version`,
    );
    return r.rows;
  }

  async record(
    conn: Queryable,
    row: {
      version: string;
      name: string;
      checksum: string | null;
      executionMs: number;
      appliedBy: string;
      operation: RevisionRow['operation'];
    },
  ): Promise<void> {
    await conn.query(
      `INSERT INTO ${this.table} (version, name, checksum, execution_ms, applied_by, operation, progress, progress_checksum)
       VALUES ($1, $2, $3, $4, $5, $6, NULL, NULL)
       ON CONFLICT (version) DO UPDATE SET name = EXCLUDED.name, checksum = EXCLUDED.checksum, applied_at = now(),
         execution_ms = EXCLUDED.execution_ms, applied_by = EXCLUDED.applied_by, operation = EXCLUDED.operation,
         progress = NULL, progress_checksum = NULL, in_flight = NULL`,
      [row.version, row.name, row.checksum, Math.round(row.executionMs), row.appliedBy, row.operation],
    );
  }

  /**
   * The same row as `record`, as SQL text with quoted literals, so the runner can send it together
   * with COMMIT in one round trip. The row then goes out with the file, before the client could
   * know how long the file takes: `executionMs: 'transaction'` has the server count it, from the
   * start of the file's transaction to the writing of the row.
   */
  recordSql(row: {
    version: string;
    name: string;
    checksum: string | null;
    executionMs: number | 'transaction';
    appliedBy: string;
    operation: RevisionRow['operation'];
  }): string {
    const values = [
      quoteLiteral(row.version),
      quoteLiteral(row.name),
      quoteNullableLiteral(row.checksum),
      row.executionMs === 'transaction' ? TRANSACTION_MS : String(Math.round(row.executionMs)),
      quoteLiteral(row.appliedBy),
      quoteLiteral(row.operation),
    ].join(', ');
    return `INSERT INTO ${this.table} (version, name, checksum, execution_ms, applied_by, operation, progress, progress_checksum)
       VALUES (${values}, NULL, NULL)
       ON CONFLICT (version) DO UPDATE SET name = EXCLUDED.name, checksum = EXCLUDED.checksum, applied_at = now(),
         execution_ms = EXCLUDED.execution_ms, applied_by = EXCLUDED.applied_by, operation = EXCLUDED.operation,
         progress = NULL, progress_checksum = NULL, in_flight = NULL`;
  }

  /** The row of a no-transaction file about to start: nothing done, statement 1 in flight. */
  async startPartial(
    conn: Queryable,
    row: { version: string; name: string; checksum: string; appliedBy: string },
  ): Promise<void> {
    await conn.query(
      `INSERT INTO ${this.table} (version, name, checksum, applied_by, operation, progress, progress_checksum, in_flight, in_flight_pid, in_flight_at)
       VALUES ($1, $2, $3, $4, 'apply', 0, '', 1, pg_backend_pid(), now())
       ON CONFLICT (version) DO UPDATE SET checksum = EXCLUDED.checksum, progress = 0, progress_checksum = '',
         in_flight = 1, in_flight_pid = pg_backend_pid(), in_flight_at = now()`,
      [row.version, row.name, row.checksum, row.appliedBy],
    );
  }

  /**
   * `progress` statements are done; `inFlight` (1-based) is the one about to be sent, in the same
   * round trip as the progress, or null when nothing is about to run.
   */
  async setProgress(
    conn: Queryable,
    version: string,
    progress: number,
    progressChecksum: string,
    checksum: string,
    inFlight: number | null = null,
  ): Promise<void> {
    await conn.query(
      `UPDATE ${this.table} SET progress = $2, progress_checksum = $3, checksum = $4,
         in_flight = $5::int, in_flight_pid = CASE WHEN $5::int IS NULL THEN NULL ELSE pg_backend_pid() END,
         in_flight_at = CASE WHEN $5::int IS NULL THEN NULL ELSE now() END
       WHERE version = $1`,
      [version, progress, progressChecksum, checksum, inFlight],
    );
  }

  async finishPartial(conn: Queryable, version: string, executionMs: number): Promise<void> {
    await conn.query(
      `UPDATE ${this.table} SET progress = NULL, progress_checksum = NULL, in_flight = NULL, in_flight_pid = NULL, in_flight_at = NULL, applied_at = now(), execution_ms = execution_ms + $2 WHERE version = $1`,
      [version, Math.round(executionMs)],
    );
  }

  async remove(conn: Queryable, version: string): Promise<void> {
    await conn.query(`DELETE FROM ${this.table} WHERE version = $1`, [version]);
  }
}
