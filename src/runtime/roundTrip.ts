/**
 * Round-trip verification of the pending migrations on a real database (the pull request's Neon
 * branch, or the embedded database in `check`). For each pending migration, in order, through the
 * real runner (locks, revision rows, non-transactional files): snapshot → up → snapshot A → down →
 * snapshot (must equal the one before) → up → snapshot (must equal A). At the end the migrations
 * verified are rolled back again, so the normal `migrate up` that follows applies and reports them
 * as it always does. A migration without a down part stops the chain before its up runs (it
 * could not be rewound); the later ones are reported as not verified.
 */
import { introspect } from '../core/catalog/index.js';
import type { Db } from '../core/db.js';
import { errorMessage } from '../core/errors.js';
import {
  type MigrationFailure,
  migrateDown,
  migrateUp,
  migrationStatus,
  partStatements,
  type RunnerOptions,
} from '../core/migrations/index.js';
import { judgeRoundTrip, type RoundTripResult } from '../core/migrations/roundTrip.js';
import type { Migration, MigrationSet } from '../core/migrations/types.js';
import type { SchemaModel } from '../core/model/types.js';
import { loadSqlParser } from '../core/sql/index.js';
import { BOOKKEEPING_SCHEMAS } from './driftStates.js';

/** The schema as the round trip compares it: migration-tool bookkeeping left out. */
export function roundTripSnapshot(db: Db): Promise<SchemaModel> {
  return introspect(db, {
    excludeSchemas: BOOKKEEPING_SCHEMAS,
    ignoreTables: [/^schemagate_revisions$/, /^schema_migrations$/, /^flyway_schema_history$/],
  });
}

export interface RoundTripRun {
  readonly results: readonly RoundTripResult[];
  /** False when the verified migrations could not all be rolled back again (they stay applied). */
  readonly rewound: boolean;
}

const failureText = (step: string, f: MigrationFailure) =>
  `${step}: ${f.file}:${f.line}:${f.column}: ${f.message}${f.sqlState ? ` (SQLSTATE ${f.sqlState})` : ''}`;

/** The set cut after `m`, without its sum (verified on the whole set before this runs). */
function upTo(set: MigrationSet, m: Migration): MigrationSet {
  const i = set.migrations.indexOf(m);
  return { ...set, migrations: set.migrations.slice(0, i + 1).filter((x) => !x.repeatable), sum: undefined };
}

export async function verifyPendingRoundTrips(
  db: Db,
  options: RunnerOptions,
  snapshot: (db: Db) => Promise<SchemaModel> = roundTripSnapshot,
): Promise<RoundTripRun> {
  await loadSqlParser();
  const status = await migrationStatus(db, options);
  const pending = status.state.pending.filter((m) => !m.repeatable);
  const results: RoundTripResult[] = [];
  let applied: MigrationSet | undefined;
  let appliedCount = 0;
  let stopped: string | undefined;
  let before = pending.length > 0 ? await snapshot(db) : undefined;
  for (const m of pending) {
    if (stopped || !before) {
      results.push({
        version: m.version,
        file: m.up.file,
        downFile: m.down?.file,
        outcome: 'skipped',
        differences: [],
        dataLoss: [],
      });
      continue;
    }
    const set = upTo(options.set, m);
    const o = { ...options, set };
    const fail = (error: string): RoundTripResult => ({
      version: m.version,
      file: m.up.file,
      downFile: m.down?.file,
      outcome: 'failed',
      differences: [],
      dataLoss: [],
      error,
    });
    if (!m.down) {
      // Checked before its up runs: applied, it could not be rolled back for the normal run.
      results.push({
        version: m.version,
        file: m.up.file,
        outcome: 'no-down',
        differences: [],
        dataLoss: [],
      });
      stopped = 'no down part';
      continue;
    }
    try {
      const up = await migrateUp(db, o);
      if (up.failure) {
        results.push(fail(failureText('up', up.failure)));
        stopped = 'up failed';
        continue;
      }
      applied = set;
      appliedCount++;
      const afterUp = await snapshot(db);
      const down = await migrateDown(db, { ...o, count: 1 });
      if (down.failure) {
        results.push(fail(failureText('down', down.failure)));
        stopped = 'down failed';
        continue;
      }
      appliedCount--;
      const afterDown = await snapshot(db);
      const again = await migrateUp(db, o);
      if (again.failure) {
        const r = judgeRoundTrip(
          m,
          { before, afterUp, afterDown, afterReUp: afterDown },
          partStatements(m.down),
        );
        // A down that leaves objects behind usually makes the second up fail: report why.
        results.push(
          r.outcome === 'not-restored'
            ? r
            : { ...fail(failureText('up again after down', again.failure)), dataLoss: r.dataLoss },
        );
        stopped = 'up again failed';
        continue;
      }
      appliedCount++;
      const afterReUp = await snapshot(db);
      results.push(judgeRoundTrip(m, { before, afterUp, afterDown, afterReUp }, partStatements(m.down)));
      before = afterReUp;
    } catch (err) {
      results.push(fail(errorMessage(err)));
      stopped = 'error';
    }
  }

  let rewound = appliedCount === 0;
  if (applied && appliedCount > 0) {
    try {
      const back = await migrateDown(db, { ...options, set: applied, count: appliedCount });
      rewound = !back.failure;
    } catch {
      rewound = false;
    }
  }
  return { results, rewound };
}

/**
 * What `schemagate check` does for down migrations: every migration round-tripped on a fresh dev
 * database (the embedded one by default). Lines to print and whether a problem was found.
 */
export async function checkRoundTrips(
  options: RunnerOptions,
  devUrl: string | undefined,
): Promise<{ lines: string[]; failed: boolean }> {
  const { openDevDatabase } = await import('./devDatabase.js');
  const { roundTripProblems, roundTripText } = await import('../core/migrations/roundTrip.js');
  const dev = await openDevDatabase(devUrl);
  try {
    const run = await verifyPendingRoundTrips(dev.db, options);
    const problems = roundTripProblems(run.results);
    const verified = run.results.filter((r) => r.outcome === 'ok').length;
    return {
      lines: [
        `down: ${verified} of ${run.results.length} migration(s) round-trip (up, down, up) on ${dev.description}${problems.length ? `, ${problems.length} fail` : ''}`,
        ...roundTripText(run.results),
      ],
      failed: problems.length > 0,
    };
  } finally {
    await dev.dispose();
  }
}
