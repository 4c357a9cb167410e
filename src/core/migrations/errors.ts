import { InputError } from '../errors.js';

/** A migration directory that cannot be read as one format: names every file involved. */
export class MigrationDirError extends InputError {
  override readonly name = 'MigrationDirError';
  constructor(
    readonly files: readonly string[],
    readonly detail: string,
  ) {
    super(`${files.join(', ')}: ${detail}`);
  }
}

/** The database state does not allow the run (edited applied file, out of order, no down part...). */
export class MigrationStateError extends InputError {
  override readonly name = 'MigrationStateError';
}

/** Another run holds the migration lock for longer than migrations.advisory_lock_timeout. */
export class MigrationLockError extends Error {
  override readonly name = 'MigrationLockError';
}

/**
 * A no-transaction file was interrupted while a statement was running and nothing can tell whether
 * it completed: the run stops (exit 1) rather than run it a second time, and names the
 * `schemagate migrate resolve` command that records the answer.
 */
export class MigrationInFlightError extends Error {
  override readonly name = 'MigrationInFlightError';
  readonly exitCode = 1;
}
