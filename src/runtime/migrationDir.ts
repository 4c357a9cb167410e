/** Reads a migration directory's top-level files (the formats never look into subdirectories). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Config, MigrationFormat } from '../core/config/index.js';
import { MIGRATION_FORMATS, parseDuration } from '../core/config/index.js';
import { ConfigError, InputError } from '../core/errors.js';
import { joinPath } from '../core/migrations/common.js';
import type { MigrationSet, RunnerOptions } from '../core/migrations/index.js';
import { ATLAS_SUM, readMigrationSet } from '../core/migrations/index.js';
import type { Project } from './project.js';
import { entryKind, readSqlText, repositoryRootOf } from './sqlFiles.js';

/**
 * The directory's top-level files with their text. `*.sql` files and atlas.sum go through
 * readSqlText (NUL and invalid UTF-8 refused); a symlink to a file inside the repository is
 * followed; anything named `*.sql` that is not a readable regular file is an error naming it.
 */
export function readMigrationDir(
  dir: string,
  configFile = 'schemagate.yml',
  label: string = dir,
  root: string = repositoryRootOf(dir),
): { name: string; content: string }[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ConfigError(configFile, 'migrations.dir', `migration directory not found: ${dir}`);
  }
  const show = (p: string) => joinPath(label, relative(dir, p));
  const out: { name: string; content: string }[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)),
  );
  for (const e of entries) {
    const claimed = e.name.endsWith('.sql') || e.name === ATLAS_SUM;
    const kind = entryKind(dir, e, root, claimed, show);
    if (kind === 'directory' && claimed) {
      throw new InputError(
        `${show(join(dir, e.name))}: a directory named like a migration file; migrations are the files directly in ${label}`,
      );
    }
    if (kind !== 'file') continue;
    const path = join(dir, e.name);
    out.push({
      name: e.name,
      content: claimed ? readSqlText(path, show(path)) : readFileSync(path, 'utf8'),
    });
  }
  return out;
}

export interface MigrationOverrides {
  /** Directory instead of migrations.dir (an action input or CLI flag). */
  readonly dir?: string;
  readonly format?: string;
  readonly lockTimeout?: string;
  readonly statementTimeout?: string;
}

/** Reads the project's migration directory into a set, honouring input/flag overrides. */
export function loadMigrationSet(project: Project, overrides: MigrationOverrides = {}): MigrationSet {
  const { config } = project;
  const format = overrides.format || config.migrations.format;
  if (!(MIGRATION_FORMATS as readonly string[]).includes(format)) {
    throw new ConfigError(
      project.configFile ?? 'schemagate.yml',
      'migrations.format',
      `unknown format ${JSON.stringify(format)}; one of ${MIGRATION_FORMATS.join(', ')}`,
    );
  }
  const dir = project.path(overrides.dir || config.migrations.dir);
  const files = readMigrationDir(
    dir,
    project.configFile,
    project.display(dir),
    repositoryRootOf(dir, project.root),
  );
  return readMigrationSet(files, format as MigrationFormat, project.display(dir));
}

function duration(value: string | number, file: string, key: string): number {
  try {
    return parseDuration(value);
  } catch {
    throw new ConfigError(file, key, `not a duration: ${JSON.stringify(value)} (e.g. 500ms, 10s, 2min)`);
  }
}

/** Runner settings from migrations.* in the config, with overrides from inputs or flags. */
export function runnerOptionsFor(
  set: MigrationSet,
  config: Config,
  configFile: string | undefined,
  overrides: MigrationOverrides = {},
): RunnerOptions {
  const m = config.migrations;
  const file = configFile ?? 'schemagate.yml';
  return {
    set,
    revisionsSchema: m.revisions_schema,
    lockTimeoutMs: duration(
      overrides.lockTimeout || m.lock_timeout,
      overrides.lockTimeout ? 'input' : file,
      overrides.lockTimeout ? 'lock-timeout' : 'migrations.lock_timeout',
    ),
    statementTimeoutMs: duration(
      overrides.statementTimeout || m.statement_timeout,
      overrides.statementTimeout ? 'input' : file,
      overrides.statementTimeout ? 'statement-timeout' : 'migrations.statement_timeout',
    ),
    advisoryLockTimeoutMs: duration(m.advisory_lock_timeout, file, 'migrations.advisory_lock_timeout'),
    allowOutOfOrder: m.allow_out_of_order,
  };
}
