/**
 * `reset: auto` on a reused PR branch: read what the branch has applied, decide (runtime/
 * prBranchReset.ts), reset it from its parent when the PR's own files were edited or the base
 * moved, then check the PR's files still sort after what the parent has applied.
 */
import { existsSync } from 'node:fs';
import { migrationStatus } from '../../core/migrations/index.js';
import type { MigrationState } from '../../core/migrations/status.js';
import type { MigrationSet } from '../../core/migrations/types.js';
import { loadMigrationSet } from '../../runtime/migrationDir.js';
import { prAddedMigrations } from '../../runtime/prAddedMigrations.js';
import { decideReset, describeReasons, outOfOrderOwnFiles } from '../../runtime/prBranchReset.js';
import type { StageContext } from '../types.js';

export interface AutoResetResult {
  readonly reset: boolean;
  /** Markdown lines for the comment section (may be empty). */
  readonly lines: readonly string[];
  /** The PR's files that sort before a merged, applied migration: the stage fails with this. */
  readonly outOfOrder?: string;
}

/** `reset` resets the branch (Neon restore, or re-create for schema-only) and returns its URI then. */
export async function autoReset(
  ctx: StageContext,
  uri: string,
  reset: () => Promise<string>,
): Promise<AutoResetResult> {
  const { project, pr } = ctx;
  if (!pr) return { reset: false, lines: [] };
  const dir = project.path(project.config.migrations.dir);
  if (!existsSync(dir)) {
    ctx.log.info(`reset auto: no migrations directory ${project.display(dir)}, nothing to compare`);
    return { reset: false, lines: [] };
  }
  const set = loadMigrationSet(project);
  const prFiles = await prAddedMigrations(
    {
      github: ctx.github,
      prNumber: pr.number,
      baseSha: pr.baseSha,
      root: project.root,
      workingDirectory: ctx.input('working-directory'),
      migrationsDir: dir,
    },
    (m) => ctx.log.warning(m),
  );
  const state = await readState(ctx, uri, set);
  const decision = decideReset({
    set,
    state,
    prFiles,
    eventName: ctx.run.eventName,
    ...(ctx.run.repository ? { appliedByMarker: `${ctx.run.repository}#${pr.number})` } : {}),
  });
  const lines: string[] = decision.notes.map((n) => `:information_source: reset auto: ${n}.`);
  let after = state;
  if (decision.reset) {
    const why = describeReasons(decision.reasons);
    ctx.log.info(`reset auto: ${why.join('; ')}`);
    const resetUri = await reset();
    lines.unshift(
      `:recycle: **Reset from its parent** (reset: auto) because ${why.join('; ')}. This pull request's migrations are applied again.`,
    );
    after = await readState(ctx, resetUri, set);
  }
  if (project.config.migrations.allow_out_of_order) return { reset: decision.reset, lines };
  const late = outOfOrderOwnFiles({ set, state: after, prFiles });
  if (late.length === 0) return { reset: decision.reset, lines };
  const list = late.map((l) => `\`${l.file}\` sorts before \`${l.after}\``).join(', ');
  return {
    reset: decision.reset,
    lines,
    outOfOrder:
      `out of order: ${list}, which the base branch merged and its database has applied. ` +
      "Give this pull request's migration a later version (rename it to sort after the newest merged one) and push, " +
      'or set migrations.allow_out_of_order: true.',
  };
}

async function readState(ctx: StageContext, uri: string, set: MigrationSet): Promise<MigrationState> {
  const db = await ctx.openDb(uri);
  try {
    return (
      await migrationStatus(db, { set, revisionsSchema: ctx.project.config.migrations.revisions_schema })
    ).state;
  } finally {
    await db.close();
  }
}
