/**
 * Release events recorded next to the revision table: rollbacks, restores and failed releases.
 * With the revision table's applied times they give the DORA figures (change failure rate and
 * time to restore). The table is created on first use, like the revision table.
 */
import type { Queryable } from '../db.js';
import { qualified } from '../sql/index.js';

export type ReleaseEventKind = 'rollback' | 'restore' | 'failure';

export interface ReleaseEvent {
  readonly kind: ReleaseEventKind;
  /** The version the event is about (the release that failed or was rolled back). */
  readonly version: string;
  readonly detail: string;
  /** When it happened (ISO 8601); the database's now() when recording. */
  readonly at?: string;
  /** When the change it undid went live, when known (DORA's time to restore starts there). */
  readonly deployedAt?: string | null;
}

export class ReleaseEvents {
  readonly table: string;
  constructor(schema: string, name: string) {
    this.table = qualified(schema, name);
  }

  async ensure(conn: Queryable): Promise<void> {
    await conn.exec(`CREATE TABLE IF NOT EXISTS ${this.table} (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  kind text NOT NULL CHECK (kind IN ('rollback', 'restore', 'failure')),
  version text NOT NULL DEFAULT '',
  detail text NOT NULL DEFAULT '',
  deployed_at timestamptz
)`);
  }

  async record(conn: Queryable, e: ReleaseEvent): Promise<void> {
    await this.ensure(conn);
    await conn.query(
      `INSERT INTO ${this.table} (at, kind, version, detail, deployed_at) VALUES (coalesce($1::timestamptz, now()), $2, $3, $4, $5::timestamptz)`,
      [e.at ?? null, e.kind, e.version, e.detail, e.deployedAt ?? null],
    );
  }

  async read(conn: Queryable): Promise<ReleaseEvent[]> {
    const exists = await conn.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [this.table]);
    if (exists.rows[0]?.t == null) return [];
    const iso = (c: string) => `to_char(${c} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
    const r = await conn.query<{
      kind: ReleaseEventKind;
      version: string;
      detail: string;
      at: string;
      deployedAt: string | null;
    }>(
      `SELECT kind, version, detail, ${iso('at')} AS at, ${iso('deployed_at')} AS "deployedAt" FROM ${this.table} ORDER BY at, id`,
    );
    return r.rows;
  }
}
