/**
 * schemagate_revisions: one row per applied migration. `progress` is set only while a
 * non-transactional file is part-way through: the number of its statements already done, so a
 * rerun resumes after them; `progress_checksum` fingerprints those statements so the rest of the
 * file may still be fixed.
 */
import type { Queryable } from '../db.js';
import { qualified, quoteIdent, quoteLiteral, quoteNullableLiteral } from '../sql/index.js';

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

  /** Creates the schema (only when missing: CREATE SCHEMA needs a privilege we may not have) and the table. */
  async ensure(conn: Queryable): Promise<void> {
    const s = await conn.query<{ n: string | null }>('SELECT to_regnamespace($1)::text AS n', [
      quoteIdent(this.schema),
    ]);
    if (s.rows[0]?.n == null) await conn.exec(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(this.schema)}`);
    await conn.exec(`CREATE TABLE IF NOT EXISTS ${this.table} (
  version text PRIMARY KEY,
  name text NOT NULL DEFAULT '',
  checksum text,
  applied_at timestamptz NOT NULL DEFAULT now(),
  execution_ms integer NOT NULL DEFAULT 0,
  applied_by text NOT NULL DEFAULT current_user,
  operation text NOT NULL DEFAULT 'apply',
  progress integer,
  progress_checksum text
)`);
  }

  async read(conn: Queryable): Promise<RevisionRow[]> {
    if (!(await this.exists(conn))) return [];
    const r = await conn.query<RevisionRow>(
      `SELECT version, name, checksum, applied_at::text AS applied_at, execution_ms, applied_by, operation, progress, progress_checksum
         FROM ${this.table} ORDER BY applied_at, version`,
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
         progress = NULL, progress_checksum = NULL`,
      [row.version, row.name, row.checksum, Math.round(row.executionMs), row.appliedBy, row.operation],
    );
  }

  /**
   * The same row as `record`, as SQL text with quoted literals, so the runner can send it together
   * with COMMIT in one round trip.
   */
  recordSql(row: {
    version: string;
    name: string;
    checksum: string | null;
    executionMs: number;
    appliedBy: string;
    operation: RevisionRow['operation'];
  }): string {
    const values = [
      quoteLiteral(row.version),
      quoteLiteral(row.name),
      quoteNullableLiteral(row.checksum),
      String(Math.round(row.executionMs)),
      quoteLiteral(row.appliedBy),
      quoteLiteral(row.operation),
    ].join(', ');
    return `INSERT INTO ${this.table} (version, name, checksum, execution_ms, applied_by, operation, progress, progress_checksum)
       VALUES (${values}, NULL, NULL)
       ON CONFLICT (version) DO UPDATE SET name = EXCLUDED.name, checksum = EXCLUDED.checksum, applied_at = now(),
         execution_ms = EXCLUDED.execution_ms, applied_by = EXCLUDED.applied_by, operation = EXCLUDED.operation,
         progress = NULL, progress_checksum = NULL`;
  }

  async startPartial(
    conn: Queryable,
    row: { version: string; name: string; checksum: string; appliedBy: string },
  ): Promise<void> {
    await conn.query(
      `INSERT INTO ${this.table} (version, name, checksum, applied_by, operation, progress, progress_checksum)
       VALUES ($1, $2, $3, $4, 'apply', 0, '')
       ON CONFLICT (version) DO UPDATE SET checksum = EXCLUDED.checksum, progress = 0, progress_checksum = ''`,
      [row.version, row.name, row.checksum, row.appliedBy],
    );
  }

  async setProgress(
    conn: Queryable,
    version: string,
    progress: number,
    progressChecksum: string,
    checksum: string,
  ): Promise<void> {
    await conn.query(
      `UPDATE ${this.table} SET progress = $2, progress_checksum = $3, checksum = $4 WHERE version = $1`,
      [version, progress, progressChecksum, checksum],
    );
  }

  async finishPartial(conn: Queryable, version: string, executionMs: number): Promise<void> {
    await conn.query(
      `UPDATE ${this.table} SET progress = NULL, progress_checksum = NULL, applied_at = now(), execution_ms = execution_ms + $2 WHERE version = $1`,
      [version, Math.round(executionMs)],
    );
  }

  async remove(conn: Queryable, version: string): Promise<void> {
    await conn.query(`DELETE FROM ${this.table} WHERE version = $1`, [version]);
  }
}
