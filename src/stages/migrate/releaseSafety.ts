/**
 * Release safety around the migrate stage's run (issue 17), kept out of the stage's own code:
 * before it, the round trip of each pending migration on a pull request's database, or a Neon
 * restore point of production on a push; after it, the comment section, status and outputs.
 */
import { parseDuration } from '../../core/config/index.js';
import { InputError } from '../../core/errors.js';
import { tableLabel } from '../../core/lint/ast.js';
import { migrationStatus, partStatements, type RunnerOptions } from '../../core/migrations/index.js';
import { roundTripMarkdown, roundTripProblems } from '../../core/migrations/roundTrip.js';
import { destructiveTables, pgDumpCommand } from '../../core/release/destructiveTables.js';
import { loadSqlParser } from '../../core/sql/index.js';
import { expiresAt } from '../../neon/naming.js';
import { NeonInputError } from '../../neon/port.js';
import { type NeonReleasePort, neonReleasePort } from '../../neon/restoreApi.js';
import { createRestorePoint, type RestorePoint } from '../../neon/restorePoint.js';
import { realSleep, type Sleep } from '../../neon/retry.js';
import { type RoundTripRun, verifyPendingRoundTrips } from '../../runtime/roundTrip.js';
import type { StageContext } from '../types.js';

export interface ReleaseSafety {
  readonly roundTrip?: RoundTripRun;
  readonly restorePoint?: RestorePoint;
  /** Why no restore point was taken although one was asked for, with what to do instead. */
  readonly restoreNote?: string;
}

export interface ReleaseSafetyDeps {
  readonly neon: (o: {
    apiKey: string;
    projectId: string;
    apiHost: string;
    sleep: Sleep;
    log: (m: string) => void;
  }) => NeonReleasePort;
  readonly sleep: Sleep;
}

export const defaultReleaseDeps: ReleaseSafetyDeps = {
  neon: (o) =>
    neonReleasePort({
      apiKey: o.apiKey,
      projectId: o.projectId,
      apiHost: o.apiHost,
      retry: {
        sleep: o.sleep,
        onRetry: (why, ms, n) => o.log(`Neon: ${why}; retry ${n} in ${Math.round(ms / 100) / 10} s`),
      },
    }),
  sleep: realSleep,
};

/** Tests replace the Neon client and the clock here. */
export const releaseDeps: { current: ReleaseSafetyDeps } = { current: defaultReleaseDeps };

function wantsRestorePoint(ctx: StageContext): boolean {
  const raw = (ctx.input('restore-point') || ctx.project.config.release.restore_point).toLowerCase();
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  if (raw !== 'auto')
    throw new InputError(`input restore-point must be auto, true or false, got ${JSON.stringify(raw)}`);
  // auto: the production run, which the documented workflow makes on push to the default branch.
  return ctx.run.eventName === 'push' && !ctx.pr;
}

/** Opens its own connection and closes it before returning: Neon copies the branch meanwhile. */
export async function releaseSafetyBefore(
  ctx: StageContext,
  url: string | undefined,
  options: RunnerOptions,
  dryRun: boolean,
): Promise<ReleaseSafety> {
  if (dryRun || !url) return {};
  const { config } = ctx.project;
  // Not while adopting an existing database (baseline input): its old files are not new changes.
  const verify =
    Boolean(ctx.pr) &&
    !ctx.input('baseline') &&
    (config.migrations.require_down || config.migrations.verify_down);
  if (!verify && !wantsRestorePoint(ctx)) return {};
  const db = await ctx.openDb(url);
  let status: Awaited<ReturnType<typeof migrationStatus>>;
  try {
    if (verify) {
      ctx.log.info('verifying the round trip (up, down, up) of each pending migration');
      return { roundTrip: await verifyPendingRoundTrips(db, options) };
    }
    status = await migrationStatus(db, options);
  } finally {
    await db.close();
  }
  return beforeProduction(ctx, status);
}

async function beforeProduction(
  ctx: StageContext,
  status: Awaited<ReturnType<typeof migrationStatus>>,
): Promise<ReleaseSafety> {
  const { config } = ctx.project;
  const pending = status.state.pending;
  if (pending.length === 0) return { restoreNote: 'Nothing pending: no restore point was needed.' };

  const apiKey = ctx.input('neon-api-key');
  const projectId = ctx.input('neon-project-id') || config.neon.project_id;
  if (!apiKey || !projectId) {
    await loadSqlParser();
    const tables = destructiveTables(pending.flatMap((m) => partStatements(m.up)));
    const offer =
      tables.length > 0
        ? `Back up the tables the destructive statements touch (${tables.map(tableLabel).join(', ')}) before migrating:\n\n\`\`\`sh\n${pgDumpCommand(tables, 'schemagate-backup.dump')}\n\`\`\`\n\nor run \`schemagate migrate --restore-point --backup-file schemagate-backup.dump\`, which does it for you.`
        : 'No pending statement drops, truncates, deletes, updates or retypes data.';
    return {
      restoreNote: `No restore point: the target is not a Neon branch schemagate can reach (no neon-api-key or neon-project-id). ${offer}`,
    };
  }
  ctx.log.mask(apiKey);
  const rawExpiry = ctx.input('restore-point-expires-in') || config.release.restore_point_expires_in;
  let lifetime: number;
  try {
    lifetime = parseDuration(rawExpiry);
  } catch {
    throw new InputError(
      `input restore-point-expires-in must be a duration such as 7d, got ${JSON.stringify(rawExpiry)}`,
    );
  }
  const deps = releaseDeps.current;
  const log = (m: string) => ctx.log.info(m);
  const neon = deps.neon({
    apiKey,
    projectId,
    apiHost: ctx.input('api-host') || 'https://console.neon.tech/api/v2',
    sleep: deps.sleep,
    log,
  });
  try {
    const restorePoint = await createRestorePoint(
      { neon, sleep: deps.sleep, log },
      {
        target: ctx.input('production-branch') || config.release.production_branch,
        version: status.state.currentVersion,
        sha: ctx.run.sha,
        expiresAt: expiresAt(ctx.now(), lifetime),
      },
    );
    return { restorePoint };
  } catch (err) {
    // Fail closed: production is not migrated without the restore point it was promised.
    if (err instanceof NeonInputError) throw new InputError(err.message);
    if (err instanceof RangeError) throw new InputError(`input restore-point-expires-in: ${err.message}`);
    throw new Error(`could not take the restore point, so nothing was migrated: ${(err as Error).message}`);
  }
}

export interface ReleaseSafetyAfter {
  readonly section: string;
  readonly failed: boolean;
  readonly description?: string;
  readonly outputs: Record<string, string>;
}

export function releaseSafetyAfter(ctx: StageContext, safety: ReleaseSafety | undefined): ReleaseSafetyAfter {
  const rp = safety?.restorePoint;
  // Only set when taken: the outputs of a run without one stay as they were.
  const outputs: Record<string, string> = rp
    ? { 'restore-point-branch-id': rp.id, 'restore-point-branch-name': rp.name }
    : {};
  let section = '';
  if (rp) {
    section += `\nRestore point: Neon branch \`${rp.name}\` (\`${rp.id}\`) of \`${rp.target.name}\`${rp.lsn ? ` at LSN ${rp.lsn}` : ''}${rp.expiresAt ? `, expires ${rp.expiresAt}` : ''}${rp.created ? '' : ' (taken by an earlier attempt of this commit)'}. Roll back with \`schemagate rollback --restore-point ${rp.name}\` (docs/rollback.md).\n`;
  }
  if (safety?.restoreNote) section += `\n${safety.restoreNote}\n`;
  const run = safety?.roundTrip;
  if (!run) return { section, failed: false, outputs };
  section += `\n${roundTripMarkdown(run.results, 'the pull request database')}`;
  if (!run.rewound)
    section +=
      '\n:warning: The verified migrations could not all be rolled back after the round trip; the run continued from that state.\n';
  for (const r of run.results)
    for (const l of r.dataLoss)
      ctx.log.warning(`down migration loses data: ${l.what}`, { file: l.file, line: l.line });
  const problems = roundTripProblems(run.results);
  if (problems.length === 0) return { section, failed: false, outputs };
  for (const p of problems)
    ctx.log.error(`round trip: ${p.outcome}${p.error ? `: ${p.error}` : ''}`, { file: p.file });
  const canary = ctx.project.config.mode === 'canary';
  const text = `${problems.length} down migration(s) fail the round trip: ${problems.map((p) => p.file).join(', ')}`;
  return { section, failed: !canary, description: canary ? `canary: ${text}` : text, outputs };
}
