/** Reads a migration directory's top-level files (the formats never look into subdirectories). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Config, MigrationFormat } from '../core/config/index.js';
import { MIGRATION_FORMATS, parseDuration } from '../core/config/index.js';
import { ConfigError } from '../core/errors.js';
import type { MigrationSet, RunnerOptions } from '../core/migrations/index.js';
import { readMigrationSet } from '../core/migrations/index.js';
import type { Project } from './project.js';

export function readMigrationDir(
  dir: string,
  configFile = 'schemagate.yml',
): { name: string; content: string }[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ConfigError(configFile, 'migrations.dir', `migration directory not found: ${dir}`);
  }
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    .map((name) => ({ name, content: readFileSync(join(dir, name), 'utf8') }));
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
  const files = readMigrationDir(dir, project.configFile);
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
