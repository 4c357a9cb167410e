/**
 * The migrate stage: apply the pending migrations to the target database (in the suite, the pull
 * request's Neon branch), or with dry-run show what would run. Posts schemagate/migrate and a
 * comment section listing each applied file with its duration, or the failing file, statement,
 * line:column and PostgreSQL's error. The database URL is never part of any output.
 */

import type { Db } from '../../core/db.js';
import { ConfigError } from '../../core/errors.js';
import { statementRisks } from '../../core/migrations/dryRunRisk.js';
import { baselineMigrations, migrateUp, type RunReport } from '../../core/migrations/index.js';
import { runMarkdown, summarizeRun } from '../../core/migrations/render.js';
import { loadMigrationSet, runnerOptionsFor } from '../../runtime/migrationDir.js';
import { rollbackEditedPrMigrations } from '../../runtime/prDatabaseRollback.js';
import { prMigrationSqlSection } from '../../runtime/prMigrationSql.js';
import { type Stage, type StageContext, type StageOutcome, statusContext } from '../types.js';
import { releaseSafetyAfter, releaseSafetyBefore } from './releaseSafety.js';

export const stage: Stage = {
  name: 'migrate',
  run: runMigrate,
};

function readBoolean(value: string, input: string): boolean {
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new ConfigError('input', input, `must be true or false, got ${JSON.stringify(value)}`);
}

async function runMigrate(ctx: StageContext): Promise<StageOutcome> {
  const { project } = ctx;
  const dryRun = readBoolean(ctx.input('dry-run'), 'dry-run');
  const overrides = {
    dir: ctx.input('dir') || undefined,
    format: ctx.input('format') || undefined,
    lockTimeout: ctx.input('lock-timeout') || undefined,
    statementTimeout: ctx.input('statement-timeout') || undefined,
  };
  const set = loadMigrationSet(project, overrides);
  const options = runnerOptionsFor(set, project.config, project.configFile, overrides);
  const url = ctx.input('database-url') || ctx.upstream['neon-branch.database-url'];
  if (url) ctx.log.mask(url);
  // A fork's pull request gets no secrets, so no Neon branch: the migrations are replayed on the
  // embedded database instead, which still proves they apply. A same-repository PR needs its database.
  const forkReplay = !url && !dryRun && ctx.pr?.isFork === true;
  if (!url && !dryRun && !forkReplay) {
    throw new ConfigError(
      'input',
      'database-url',
      'required: the database to migrate (in the suite it comes from the neon-branch stage)',
    );
  }
  const baseline = readBaselineVersion(ctx);

  const safety = await releaseSafetyBefore(ctx, url, options, dryRun); // release safety (issue 17)
  const db: Db = await ctx.openDb(url || undefined);
  let report: RunReport;
  let baselined: string[] = [];
  let rollback = { markdown: '', failed: false };
  try {
    // reset: auto without a Neon branch (one given by database-url): see runtime/prDatabaseRollback.ts.
    if (ctx.pr && url && !dryRun && !ctx.upstream['neon-branch.database-url'])
      rollback = await rollbackEditedPrMigrations({
        mode: readResetMode(ctx.input('reset')),
        db,
        options,
        eventName: ctx.run.eventName,
        repository: ctx.run.repository,
        pr: ctx.pr,
        github: ctx.github,
        root: project.root,
        workingDirectory: ctx.input('working-directory'),
        migrationsDir: project.path(overrides.dir || project.config.migrations.dir),
        log: ctx.log.info,
      });
    if (rollback.failed)
      return {
        state: 'failure',
        description: 'reset auto: rolling back the edited migrations failed',
        section: `### ${statusContext('migrate')}\n\n${rollback.markdown}`,
        outputs: {},
      };
    if (baseline && !dryRun)
      baselined = (await baselineMigrations(db, { ...options, version: baseline })).marked;
    report = await migrateUp(db, { ...options, dryRun, appliedBy: appliedBy(ctx), log: ctx.log.info });
  } finally {
    await db.close();
  }

  const risks = dryRun
    ? statementRisks(set, report, {
        pgVersion: project.config.lint.pg_version,
        ruleLevels: project.config.lint.rules,
        configFile: project.configFile,
      })
    : undefined;
  let section = runMarkdown(report, statusContext('migrate'), risks);
  if (rollback.markdown) section += `\n${rollback.markdown}`;
  const added = ctx.pr
    ? await prMigrationSqlSection(
        set,
        {
          github: ctx.github,
          prNumber: ctx.pr.number,
          baseSha: ctx.pr.baseSha,
          root: project.root,
          workingDirectory: ctx.input('working-directory'),
          migrationsDir: project.path(overrides.dir || project.config.migrations.dir),
        },
        ctx.log.info,
      )
    : '';
  if (added) section += `\n${added}`;
  if (baselined.length > 0)
    section += `\nBaseline: marked ${baselined.length} migration(s) up to \`${baseline}\` as applied without running them.\n`;
  if (dryRun && !url) section += '\nNo database was given: every migration is listed as pending.\n';
  if (forkReplay) section += `\n${FORK_REPLAY_NOTE}\n`;

  const after = releaseSafetyAfter(ctx, safety); // release safety (issue 17)
  section += after.section;
  const f = report.failure;
  if (f)
    ctx.log.error(`${f.message}${f.sqlState ? ` (SQLSTATE ${f.sqlState})` : ''}`, {
      file: f.file,
      line: f.line,
      col: f.column,
    });
  return {
    state: f || after.failed ? 'failure' : 'success',
    description: forkReplay
      ? `fork PR, replayed on the embedded database: ${summarizeRun(report)}`
      : (after.description ?? summarizeRun(report)),
    section,
    outputs: {
      applied: String(report.applied.length),
      'current-version': report.currentVersion ?? '',
      pending: String(report.pending.length),
      ...after.outputs,
    },
  };
}

function readResetMode(value: string): 'auto' | 'true' | 'false' {
  if (value === '' || value === 'auto' || value === 'true' || value === 'false') return value || 'auto';
  throw new ConfigError('input', 'reset', `must be auto, true or false, got ${JSON.stringify(value)}`);
}

/** Who applied it, as the revision table records it: the pull request run, when there is one. */
function appliedBy(ctx: StageContext): string | undefined {
  if (!ctx.run.actor) return undefined;
  return ctx.pr ? `${ctx.run.actor} (${ctx.run.repository}#${ctx.pr.number})` : ctx.run.actor;
}

export const FORK_REPLAY_NOTE =
  'Pull request from a fork: it gets no secrets, so there is no Neon branch. The migrations were replayed on a fresh embedded database (PGlite) to prove they apply; nothing else was migrated.';

/**
 * baseline-version; the old name `baseline` is still read when migrate runs alone, with a warning.
 * In the suite `baseline` is drift-check's snapshot path, so migrate never reads it there.
 */
function readBaselineVersion(ctx: StageContext): string {
  const version = ctx.input('baseline-version');
  if (version || ctx.inSuite) return version;
  const old = ctx.input('baseline');
  if (old) {
    ctx.log.warning(
      'input baseline of the migrate action is deprecated: use baseline-version (baseline means the drift snapshot path in the suite and drift-check)',
    );
  }
  return old;
}
