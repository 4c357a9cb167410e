/**
 * `schemagate migrate --restore-point`: before migrating, a Neon restore point of the target
 * (NEON_API_KEY and a project id), or without Neon a pg_dump of the tables the pending destructive
 * statements touch (`--backup-file`). When neither can be done, nothing is migrated.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parseDuration } from '../core/config/index.js';
import type { Db } from '../core/db.js';
import { InputError } from '../core/errors.js';
import { tableLabel } from '../core/lint/ast.js';
import { migrationStatus, partStatements, type RunnerOptions } from '../core/migrations/index.js';
import { destructiveTables, pgDumpArgs, pgDumpCommand } from '../core/release/destructiveTables.js';
import { loadSqlParser } from '../core/sql/index.js';
import { expiresAt } from '../neon/naming.js';
import { NeonInputError } from '../neon/port.js';
import { neonReleasePort } from '../neon/restoreApi.js';
import { createRestorePoint } from '../neon/restorePoint.js';
import { realSleep } from '../neon/retry.js';
import type { Project } from './project.js';

const run = promisify(execFile);

export interface RestorePointRequest {
  readonly project: Project;
  readonly options: RunnerOptions;
  readonly url: string;
  readonly openDb: (url: string) => Promise<Db>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly neonProjectId?: string;
  readonly productionBranch?: string;
  readonly expiresIn?: string;
  readonly apiHost?: string;
  readonly backupFile?: string;
  readonly now: Date;
  readonly log: (line: string) => void;
}

async function currentSha(env: RestorePointRequest['env'], cwd: string): Promise<string> {
  if (env.GITHUB_SHA) return env.GITHUB_SHA;
  try {
    return (await run('git', ['rev-parse', 'HEAD'], { cwd })).stdout.trim();
  } catch {
    return 'nogit00';
  }
}

/** The PG* variables of a connection URL, so the password never appears on a command line. */
export function pgEnvFor(url: string): Record<string, string> {
  const u = new URL(url);
  const out: Record<string, string> = {};
  if (u.hostname) out.PGHOST = decodeURIComponent(u.hostname);
  if (u.port) out.PGPORT = u.port;
  if (u.username) out.PGUSER = decodeURIComponent(u.username);
  if (u.password) out.PGPASSWORD = decodeURIComponent(u.password);
  const db = u.pathname.replace(/^\//, '');
  if (db) out.PGDATABASE = decodeURIComponent(db);
  const ssl = u.searchParams.get('sslmode');
  if (ssl) out.PGSSLMODE = ssl;
  return out;
}

/** Returns the lines to print; throws InputError (nothing migrated) when no safety net can be made. */
export async function restorePointBeforeMigrate(r: RestorePointRequest): Promise<string[]> {
  const db = await r.openDb(r.url);
  let status: Awaited<ReturnType<typeof migrationStatus>>;
  try {
    status = await migrationStatus(db, r.options);
  } finally {
    await db.close();
  }
  const pending = status.state.pending;
  if (pending.length === 0) return ['restore point: nothing pending, none taken'];

  const apiKey = r.env.NEON_API_KEY;
  const projectId = r.neonProjectId || r.project.config.neon.project_id;
  const release = r.project.config.release;
  if (apiKey && projectId) {
    let lifetime: number;
    try {
      lifetime = parseDuration(r.expiresIn || release.restore_point_expires_in);
    } catch {
      throw new InputError(
        `--restore-point-expires-in must be a duration such as 7d, got ${JSON.stringify(r.expiresIn)}`,
      );
    }
    const neon = neonReleasePort({
      apiKey,
      projectId,
      apiHost: r.apiHost || r.env.NEON_API_HOST || 'https://console.neon.tech/api/v2',
      retry: {
        sleep: realSleep,
        onRetry: (why, ms) => r.log(`Neon: ${why}; retrying in ${Math.round(ms / 1000)} s`),
      },
    });
    try {
      const point = await createRestorePoint(
        { neon, sleep: realSleep, log: r.log },
        {
          target: r.productionBranch || release.production_branch,
          version: status.state.currentVersion,
          sha: await currentSha(r.env, r.cwd),
          expiresAt: expiresAt(r.now, lifetime),
        },
      );
      return [
        `restore point: ${point.name} (${point.id}) of ${point.target.name}${point.lsn ? ` at LSN ${point.lsn}` : ''}${point.expiresAt ? `, expires ${point.expiresAt}` : ''}`,
        `  roll back with: schemagate rollback --restore-point ${point.name} --yes`,
      ];
    } catch (err) {
      if (err instanceof NeonInputError || err instanceof RangeError)
        throw new InputError((err as Error).message);
      throw err;
    }
  }

  await loadSqlParser();
  const tables = destructiveTables(pending.flatMap((m) => partStatements(m.up)));
  const noNeon =
    'restore point: no Neon (set NEON_API_KEY and neon.project_id or --neon-project-id), so no branch can be taken';
  if (tables.length === 0) {
    return [
      `${noNeon}; no pending statement drops, truncates, deletes, updates or retypes data, so there is nothing to back up`,
    ];
  }
  if (!r.backupFile) {
    throw new InputError(
      `${noNeon}. Back up the tables the destructive statements touch (${tables.map(tableLabel).join(', ')}) first: pass --backup-file <path> and schemagate runs\n  ${pgDumpCommand(tables, '<path>')}\nor drop --restore-point. Nothing was migrated.`,
    );
  }
  // PATH from the command's environment, so a test (or a user) can point at a given client.
  const path = { ...process.env, PATH: r.env.PATH ?? process.env.PATH };
  try {
    await run('pg_dump', ['--version'], { env: path });
  } catch {
    throw new InputError(
      'pg_dump was not found on PATH: install the PostgreSQL client tools (e.g. apt-get install postgresql-client, of the server major version or newer), or take the backup another way. Nothing was migrated.',
    );
  }
  try {
    await run('pg_dump', pgDumpArgs(tables, r.backupFile), {
      cwd: r.cwd,
      env: { ...path, ...pgEnvFor(r.url) },
    });
  } catch (err) {
    const stderr = String((err as { stderr?: unknown }).stderr ?? '').trim();
    throw new InputError(`pg_dump failed, so nothing was migrated: ${stderr || (err as Error).message}`);
  }
  return [
    noNeon,
    `backup: ${tables.map(tableLabel).join(', ')} saved to ${r.backupFile} (pg_dump custom format; restore with pg_restore --clean --dbname <url> ${r.backupFile})`,
  ];
}
