/**
 * `schemagate rollback`, both paths. (a) Down migrations to a version, through the runner. (b) A
 * Neon restore of the production branch from a restore point or to a timestamp, with a dry run
 * that states what the restore discards: the time window, and, where a table has a creation or
 * update timestamp column, how many of its rows were written since.
 */
import type { Db } from '../core/db.js';
import { InputError } from '../core/errors.js';
import { tableLabel } from '../core/lint/ast.js';
import {
  migrateDown,
  migrationStatus,
  partStatements,
  type RunnerOptions,
} from '../core/migrations/index.js';
import { destructiveTables } from '../core/release/destructiveTables.js';
import { ReleaseEvents } from '../core/release/events.js';
import { loadSqlParser, qualified, quoteIdent } from '../core/sql/index.js';
import type { RestorePlan } from '../neon/restorePoint.js';

export interface DownPlan {
  readonly from?: string;
  readonly to: string;
  readonly steps: readonly {
    version: string;
    file: string;
    hasDown: boolean;
    destroys: string[];
    appliedAt: string;
  }[];
}

/** What rolling back to `to` runs: the applied migrations after it, newest first. */
export async function planDownTo(db: Db, options: RunnerOptions, to: string): Promise<DownPlan> {
  await loadSqlParser();
  const status = await migrationStatus(db, options);
  const applied = status.state.applied.filter((a) => !a.migration.repeatable);
  const index = to === '0' ? -1 : applied.findIndex((a) => a.migration.version === to);
  if (index === -1 && to !== '0') {
    throw new InputError(
      `rollback --to ${to}: no applied migration has that version (applied: ${applied.map((a) => a.migration.version).join(', ') || 'none'}; 0 rolls back everything)`,
    );
  }
  const after = applied.slice(index + 1).reverse();
  return {
    from: status.state.currentVersion,
    to,
    steps: after.map((a) => ({
      version: a.migration.version,
      file: a.migration.down?.file ?? a.migration.up.file,
      hasDown: Boolean(a.migration.down),
      destroys: a.migration.down ? destructiveTables(partStatements(a.migration.down)).map(tableLabel) : [],
      appliedAt: a.row.applied_at,
    })),
  };
}

export function downPlanText(plan: DownPlan): string[] {
  if (plan.steps.length === 0) return [`rollback: already at version ${plan.to}; nothing to roll back`];
  const lines = [
    `rollback: from version ${plan.from ?? 'none'} to ${plan.to}, running ${plan.steps.length} down part(s):`,
  ];
  for (const s of plan.steps) {
    lines.push(
      `  - ${s.version}: ${s.hasDown ? s.file : `${s.file} has NO down part`}${s.destroys.length ? ` (destroys data in ${s.destroys.join(', ')})` : ''}`,
    );
  }
  return lines;
}

export async function runDownTo(db: Db, options: RunnerOptions, plan: DownPlan, eventsTable: string) {
  const missing = plan.steps.filter((s) => !s.hasDown);
  if (missing.length > 0) {
    throw new InputError(
      `rollback: ${missing.map((s) => s.file).join(', ')} ${missing.length === 1 ? 'has' : 'have'} no down part; nothing was rolled back. Restore the Neon branch instead (schemagate rollback --restore-point ...) or write a forward fix.`,
    );
  }
  const report = await migrateDown(db, { ...options, count: plan.steps.length });
  if (!report.failure && plan.steps.length > 0) {
    await db.session((c) =>
      new ReleaseEvents(options.revisionsSchema, eventsTable).record(c, {
        kind: 'rollback',
        version: plan.from ?? '',
        detail: `down migrations to ${plan.to}`,
        // The oldest change undone went live first: the failure started there.
        deployedAt: plan.steps.at(-1)?.appliedAt ?? null,
      }),
    );
  }
  return report;
}

export interface WrittenSince {
  readonly table: string;
  readonly column: string;
  readonly rows: number;
}

/** Timestamp columns that say when a row was written, by convention. */
const WRITE_COLUMNS = ['updated_at', 'modified_at', 'created_at', 'inserted_at'];

/**
 * Rows written since `since` in every table that has one of the conventional timestamp columns
 * (updated_at preferred); the other tables cannot be read this way and are counted separately.
 */
export async function rowsWrittenSince(
  db: Db,
  since: string,
  excludeSchemas: readonly string[],
): Promise<{ counts: WrittenSince[]; unreadable: number }> {
  const cols = await db.query<{ schema: string; table: string; column: string }>(
    `SELECT c.table_schema AS schema, c.table_name AS table, c.column_name AS column
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE t.table_type = 'BASE TABLE'
        AND c.table_schema NOT IN ('pg_catalog', 'information_schema') AND NOT (c.table_schema = ANY($1::text[]))
        AND c.column_name = ANY($2::text[])
        AND c.data_type IN ('timestamp with time zone', 'timestamp without time zone')`,
    [[...excludeSchemas], WRITE_COLUMNS],
  );
  const best = new Map<string, { schema: string; table: string; column: string }>();
  for (const c of cols.rows) {
    const key = `${c.schema}.${c.table}`;
    const prev = best.get(key);
    if (!prev || WRITE_COLUMNS.indexOf(c.column) < WRITE_COLUMNS.indexOf(prev.column)) best.set(key, c);
  }
  const all = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM information_schema.tables
      WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') AND NOT (table_schema = ANY($1::text[]))`,
    [[...excludeSchemas]],
  );
  const counts: WrittenSince[] = [];
  for (const c of [...best.values()].sort((a, b) =>
    `${a.schema}.${a.table}`.localeCompare(`${b.schema}.${b.table}`),
  )) {
    const r = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${qualified(c.schema, c.table)} WHERE ${quoteIdent(c.column)} >= $1::timestamptz`,
      [since],
    );
    counts.push({ table: `${c.schema}.${c.table}`, column: c.column, rows: r.rows[0].n });
  }
  return { counts, unreadable: Number(all.rows[0].n) - counts.length };
}

export function restorePlanText(
  plan: RestorePlan,
  now: Date,
  written?: { counts: WrittenSince[]; unreadable: number },
): string[] {
  const source = plan.timestamp
    ? `its own history at ${plan.timestamp}`
    : `restore point ${plan.source.name} (${plan.source.id})`;
  const lines = [
    `rollback: restore Neon branch ${plan.target.name} (${plan.target.id}) from ${source}`,
    plan.since
      ? `  discards every write to ${plan.target.name} from ${plan.since} to now (${now.toISOString().replace(/\.\d{3}Z$/, 'Z')})`
      : `  discards every write to ${plan.target.name} since the restore point was taken (its creation time is not known)`,
    `  the current state is kept as branch ${plan.preserveUnderName} (to copy rows back from, or to undo the restore)`,
  ];
  if (written) {
    for (const c of written.counts)
      lines.push(`  ${c.table}: ${c.rows} row(s) written since (by ${c.column})`);
    if (written.unreadable > 0)
      lines.push(
        `  ${written.unreadable} table(s) have no created_at/updated_at column: their writes since cannot be counted`,
      );
  } else {
    lines.push('  rows written since: not counted (pass --url of the production database to count them)');
  }
  return lines;
}
