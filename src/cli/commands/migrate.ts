import { parseArgs } from 'node:util';
import type { Db } from '../../core/db.js';
import { ConfigError, errorMessage, InputError } from '../../core/errors.js';
import {
  baselineMigrations,
  MigrationLockError,
  migrateDown,
  migrateUp,
  migrationStatus,
  resolveInFlight,
} from '../../core/migrations/index.js';
import {
  appliedLine,
  downJson,
  downText,
  runJson,
  runText,
  statusText,
} from '../../core/migrations/render.js';
import { closeEmbedded, openDb } from '../../db/index.js';
import { loadMigrationSet, runnerOptionsFor } from '../../runtime/migrationDir.js';
import { loadProject } from '../../runtime/project.js';
import type { Command } from '../command.js';
import { startProgress } from '../progress.js';

const USAGE = `schemagate migrate [up|down [n]|status|baseline <version>] [--url <url>] [--dry-run]
                  [--dir <dir>] [--dir-format <format>] [--format text|json] [--config <file>]
       schemagate migrate resolve <version> --statement <n> --applied|--not-applied [--url <url>]

  up (default)        apply every pending migration, each file in its own transaction
  down [n]            run the down parts of the last n applied migrations (default 1)
  status              list applied and pending migrations and which have a down part
  baseline <version>  mark every migration up to <version> as applied without running it
  resolve <version>   record whether the statement <n> of a no-transaction file that was running
                      when a run stopped completed (--applied: skip it) or not (--not-applied: rerun it)

  --restore-point     before \`up\`: a Neon restore point of the target (NEON_API_KEY, neon.project_id or
                      --neon-project-id, --production-branch, --restore-point-expires-in), or without
                      Neon a pg_dump of the tables destructive statements touch to --backup-file

The database is --url or DATABASE_URL. It is required: the embedded database keeps nothing
between runs. Only \`up --dry-run\` works without one (every migration is then pending).
One line per applied file, with its time, on standard output (progress and warnings on standard
error: a bar on a terminal, otherwise one line when the run starts, e.g. "applying migrations: 120
files"); --format json prints one JSON document instead (up, down) and no progress. --dir-format (or --format with
a directory format name) overrides migrations.format.
Exit codes: 0 ok, 1 a migration failed or another run held the lock, 2 bad input.`;

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Apply, roll back or show versioned migrations',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        url: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        dir: { type: 'string' },
        format: { type: 'string' },
        'dir-format': { type: 'string' },
        config: { type: 'string', short: 'c' },
        statement: { type: 'string' },
        applied: { type: 'boolean', default: false },
        'not-applied': { type: 'boolean', default: false },
        // Release safety (issue 17): a Neon restore point, or a pg_dump backup, before migrating.
        'restore-point': { type: 'boolean', default: false },
        'backup-file': { type: 'string' },
        'neon-project-id': { type: 'string' },
        'production-branch': { type: 'string' },
        'restore-point-expires-in': { type: 'string' },
      },
      allowPositionals: true,
    });
    const [action = 'up', ...rest] = positionals;
    if (!['up', 'down', 'status', 'baseline', 'resolve'].includes(action)) {
      throw new InputError(`unknown migrate action "${action}"; one of up, down, status, baseline, resolve`);
    }
    const resolve = action === 'resolve' ? resolveArgs(rest, values) : undefined;
    const dryRun = values['dry-run'] === true;
    if (dryRun && action !== 'up') throw new InputError('--dry-run applies to `migrate up` only');
    const project = loadProject({ root: io.cwd, config: values.config, env: io.env });
    // --format names the output (text, json); a directory format name there still works as before.
    const output = values.format === 'json' || values.format === 'text' ? values.format : 'text';
    const dirFormat = values['dir-format'] || (values.format === output ? undefined : values.format);
    if (output === 'json' && action !== 'up' && action !== 'down')
      throw new InputError('--format json applies to `migrate up` and `migrate down`');
    const overrides = { dir: values.dir, format: dirFormat };
    const set = loadMigrationSet(project, overrides);
    const options = runnerOptionsFor(set, project.config, project.configFile, overrides);
    const url = values.url || io.env.DATABASE_URL;
    if (!url && !(dryRun && action === 'up')) {
      throw new ConfigError(
        '--url',
        '',
        'no database: pass --url <postgres://...> or set DATABASE_URL (the embedded database keeps nothing between runs)',
      );
    }

    if (values['restore-point'] && (action !== 'up' || dryRun || !url))
      throw new InputError(
        '--restore-point applies to `migrate up` against a database (--url), not a dry run',
      );
    if (values['restore-point'] && url) {
      const { restorePointBeforeMigrate } = await import('../../runtime/restorePoint.js');
      const lines = await restorePointBeforeMigrate({
        project,
        options,
        url,
        openDb: (u) => openDb(u, 'schemagate migrate'),
        env: io.env,
        cwd: io.cwd,
        neonProjectId: values['neon-project-id'],
        productionBranch: values['production-branch'],
        expiresIn: values['restore-point-expires-in'],
        backupFile: values['backup-file'],
        now: new Date(),
        log: (m) => io.err(m),
      });
      for (const line of lines) io.out(line);
    }

    let db: Db | undefined;
    try {
      db = await openDb(url, 'schemagate migrate');
      switch (action) {
        case 'status':
          io.out(statusText(await migrationStatus(db, options)));
          return 0;
        case 'resolve':
          io.out(await resolveInFlight(db, { ...options, ...resolve! }));
          return 0;
        case 'baseline': {
          if (!rest[0]) throw new InputError('usage: schemagate migrate baseline <version>');
          const b = await baselineMigrations(db, { ...options, version: rest[0] });
          io.out(
            `baseline: marked ${b.marked.length} migration(s) as applied without running them${b.marked.length ? ` (${b.marked.join(', ')})` : ''}; current version ${b.currentVersion}`,
          );
          return 0;
        }
        case 'down': {
          const count = rest[0] === undefined ? 1 : Number(rest[0]);
          if (!Number.isInteger(count) || count < 1)
            throw new InputError(`migrate down: n must be a positive whole number, got "${rest[0]}"`);
          const d = await migrateDown(db, { ...options, count });
          io.out(output === 'json' ? downJson(d) : downText(d));
          return d.failure ? 1 : 0;
        }
        default: {
          // Progress on stderr: a bar on a terminal, one line on CI; none for JSON or a dry run.
          const progress = startProgress(io, { quiet: output === 'json' || dryRun });
          const shown = progress.io;
          let r: Awaited<ReturnType<typeof migrateUp>>;
          try {
            // Text: each file's line goes out as it is applied, once, on stdout.
            r = await migrateUp(db, {
              ...options,
              dryRun,
              log: (m) => shown.err(m),
              onApplied: output === 'text' ? (a) => shown.out(appliedLine(a)) : () => {},
              onProgress: progress.onProgress,
            });
          } finally {
            progress.stop();
          }
          // The linter is loaded only for a dry run: `migrate up` should start fast.
          const risks = dryRun
            ? (await import('../../core/migrations/dryRunRisk.js')).statementRisks(set, r, {
                pgVersion: project.config.lint.pg_version,
                ruleLevels: project.config.lint.rules,
                configFile: project.configFile,
              })
            : undefined;
          if (output === 'json') io.out(runJson(r, risks));
          else (r.failure ? io.err : io.out)(runText(r, risks, { perFile: false }));
          // A syntax error is bad input (exit 2) even when PostgreSQL, not the parser, found it.
          return r.failure ? (r.failure.sqlState === '42601' ? 2 : 1) : 0;
        }
      }
    } catch (err) {
      if (err instanceof MigrationLockError) {
        io.err(`schemagate migrate: ${errorMessage(err)}`);
        return 1;
      }
      throw err;
    } finally {
      await db?.close();
      if (!url) await closeEmbedded();
    }
  },
};

function resolveArgs(
  rest: string[],
  values: { statement?: string; applied?: boolean; 'not-applied'?: boolean },
): { version: string; statement: number; applied: boolean } {
  const usage = 'usage: schemagate migrate resolve <version> --statement <n> --applied|--not-applied';
  const version = rest[0];
  const statement = Number(values.statement);
  if (!version || rest.length > 1) throw new InputError(usage);
  if (!values.statement || !Number.isInteger(statement) || statement < 1)
    throw new InputError(`--statement: a statement number (1 or more) is required; ${usage}`);
  if (values.applied === values['not-applied'])
    throw new InputError(`give exactly one of --applied and --not-applied; ${usage}`);
  return { version, statement, applied: values.applied === true };
}
