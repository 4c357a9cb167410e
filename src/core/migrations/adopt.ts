/**
 * Adopting another tool's record of what is applied, so a database migrated with Atlas,
 * golang-migrate, dbmate or Flyway can switch to schemagate without a manual baseline. Read only
 * when schemagate_revisions does not exist yet; the rows are then copied into it on the first run.
 */
import type { Queryable } from '../db.js';
import { MigrationStateError } from './errors.js';
import type { RevisionRow } from './revisionTable.js';
import { versionKey } from './status.js';
import type { MigrationSet } from './types.js';

export interface ForeignState {
  /** e.g. `golang-migrate (schema_migrations)` */
  readonly source: string;
  readonly rows: RevisionRow[];
}

async function columns(conn: Queryable, table: string): Promise<Set<string> | undefined> {
  const r = await conn.query<{ a: string | null }>(
    'SELECT a.attname::text AS a FROM pg_attribute a WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped',
    [table],
  );
  return r.rows.length === 0 ? undefined : new Set(r.rows.map((x) => x.a ?? ''));
}

function adoptedRows(set: MigrationSet, versions: readonly string[]): RevisionRow[] {
  const applied = new Set(versions.map((v) => versionKey(set, v)));
  return set.migrations
    .filter((m) => !m.repeatable && applied.has(versionKey(set, m.version)))
    .map((m) => ({
      version: m.version,
      name: m.name,
      // The file as it is now is taken as what the other tool applied; later edits are then caught.
      checksum: m.checksum,
      applied_at: '',
      execution_ms: 0,
      applied_by: '',
      operation: 'adopt' as const,
      progress: null,
      progress_checksum: null,
    }));
}

export async function readForeignState(
  conn: Queryable,
  set: MigrationSet,
): Promise<ForeignState | undefined> {
  if (set.format === 'golang-migrate' || set.format === 'dbmate') {
    const cols = await columns(conn, 'schema_migrations');
    if (!cols?.has('version')) return undefined;
    if (cols.has('dirty')) {
      const r = await conn.query<{ version: string; dirty: boolean }>(
        'SELECT version::text AS version, dirty FROM schema_migrations',
      );
      const row = r.rows[0];
      if (!row) return undefined;
      if (row.dirty) {
        throw new MigrationStateError(
          `golang-migrate left this database dirty at version ${row.version} (schema_migrations.dirty): a migration failed half-way. ` +
            'Repair it and clear the flag (`migrate force <version>`) before switching to schemagate.',
        );
      }
      // golang-migrate keeps only the latest version: everything up to it is applied.
      const upTo = BigInt(row.version);
      const versions = set.migrations
        .filter((m) => /^\d+$/.test(m.version) && BigInt(m.version) <= upTo)
        .map((m) => m.version);
      return { source: 'golang-migrate (schema_migrations)', rows: adoptedRows(set, versions) };
    }
    const r = await conn.query<{ version: string }>('SELECT version::text AS version FROM schema_migrations');
    return {
      source: 'dbmate (schema_migrations)',
      rows: adoptedRows(
        set,
        r.rows.map((x) => x.version),
      ),
    };
  }
  if (set.format === 'atlas') {
    for (const table of ['atlas_schema_revisions.atlas_schema_revisions', 'public.atlas_schema_revisions']) {
      const cols = await columns(conn, table);
      if (!cols?.has('version') || !cols.has('applied') || !cols.has('total')) continue;
      const r = await conn.query<{ version: string }>(`SELECT version FROM ${table} WHERE applied = total`);
      return {
        source: `Atlas (${table})`,
        rows: adoptedRows(
          set,
          r.rows.map((x) => x.version),
        ),
      };
    }
    return undefined;
  }
  if (set.format === 'flyway') {
    const cols = await columns(conn, 'flyway_schema_history');
    if (!cols?.has('version') || !cols.has('success')) return undefined;
    const r = await conn.query<{ version: string }>(
      'SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL',
    );
    return {
      source: 'Flyway (flyway_schema_history)',
      rows: adoptedRows(
        set,
        r.rows.map((x) => x.version),
      ),
    };
  }
  return undefined;
}
