/**
 * The shapes every migration directory format is read into. Formats differ in file names,
 * version order and where the down part lives; the runner only ever sees these types.
 */
import type { MigrationFormat } from '../config/schema.js';

export type ResolvedFormat = Exclude<MigrationFormat, 'auto'>;

/** One executable part of a migration: a whole file or a section of one (dbmate). */
export interface MigrationPart {
  /** Path as messages show it (directory label + file name). */
  readonly file: string;
  readonly text: string;
  /** Line of `text`'s first line within `file` (dbmate sections start below their marker). */
  readonly firstLine: number;
}

export interface Migration {
  /** The version as the owning tool spells it; for Flyway repeatables `R__<description>`. */
  readonly version: string;
  readonly name: string;
  /** File name of the up part (without directory). */
  readonly file: string;
  /** sha256 hex of the up text: an applied file whose checksum changes is refused. */
  readonly checksum: string;
  readonly up: MigrationPart;
  readonly down?: MigrationPart;
  /** False when the format marks the file as running outside a transaction. */
  readonly transactional: boolean;
  /** Flyway `R__` files: re-applied whenever their checksum changes, after all versioned ones. */
  readonly repeatable?: boolean;
}

export interface SumFile {
  readonly file: string;
  readonly text: string;
}

export interface MigrationSet {
  readonly format: ResolvedFormat;
  /** Directory label used in messages. */
  readonly dir: string;
  /** In the order the owning tool applies them. */
  readonly migrations: readonly Migration[];
  /** atlas.sum, when the directory has one. */
  readonly sum?: SumFile;
  /** Every top-level `.sql` file with its content: what atlas.sum covers. */
  readonly sqlFiles: readonly MigrationDirFile[];
}

export interface MigrationDirFile {
  readonly name: string;
  readonly content: string;
}

/** What one format module provides. */
export interface FormatReader {
  readonly format: ResolvedFormat;
  /** True when the file name is one this format owns (used by detection and mixing checks). */
  claims(file: MigrationDirFile): boolean;
  /** Reads the claimed files into migrations sorted as the tool sorts them; `all` is the whole directory. */
  read(files: readonly MigrationDirFile[], dir: string, all: readonly MigrationDirFile[]): Migration[];
  /** Next file name(s) for a new migration called `name`. */
  nextFileName(set: MigrationSet, name: string, now: Date): { up: string; down?: string };
}
