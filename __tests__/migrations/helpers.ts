import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MigrationFormat } from '../../src/core/config/index.js';
import { type MigrationSet, type RunnerOptions, readMigrationSet } from '../../src/core/migrations/index.js';
import { readMigrationDir } from '../../src/runtime/migrationDir.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export const EXAMPLES: Record<string, { dir: string; format: Exclude<MigrationFormat, 'auto'> }> = {
  atlas: { dir: 'examples/migrations-atlas/migrations', format: 'atlas' },
  'golang-migrate': { dir: 'examples/migrations-golang-migrate/migrations', format: 'golang-migrate' },
  dbmate: { dir: 'examples/migrations-dbmate/db/migrations', format: 'dbmate' },
  flyway: { dir: 'examples/migrations-flyway/sql', format: 'flyway' },
  plain: { dir: 'examples/migrations-plain/migrations', format: 'plain' },
};

export function exampleSet(format: keyof typeof EXAMPLES): MigrationSet {
  const e = EXAMPLES[format];
  return readMigrationSet(readMigrationDir(join(repoRoot, e.dir)), 'auto', e.dir);
}

export function setOf(
  files: Record<string, string>,
  format: MigrationFormat = 'auto',
  dir = 'db/migrations',
): MigrationSet {
  return readMigrationSet(
    Object.entries(files).map(([name, content]) => ({ name, content })),
    format,
    dir,
  );
}

export function options(set: MigrationSet, extra: Partial<RunnerOptions> = {}): RunnerOptions {
  return {
    set,
    revisionsSchema: 'public',
    lockTimeoutMs: 5000,
    statementTimeoutMs: 0,
    advisoryLockTimeoutMs: 30_000,
    allowOutOfOrder: false,
    ...extra,
  };
}
