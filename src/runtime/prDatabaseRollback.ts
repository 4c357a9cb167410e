/**
 * `reset: auto` without a Neon branch: when the migrate stage runs for a pull request against a
 * database of its own (database-url) and the PR's own migrations were edited since they were
 * applied there (or the base moved under them), roll the PR's files back with their down parts,
 * so that migrate applies them again. Where a down part is missing, or a merged migration sits
 * in between, nothing is rolled back and migrate's own refusal stands, with the reason said.
 */
import type { Db } from '../core/db.js';
import { migrateDown, migrationStatus, type RunnerOptions } from '../core/migrations/index.js';
import type { GitHubPort } from '../github/port.js';
import { prAddedMigrations } from './prAddedMigrations.js';
import { decideReset, describeReasons, type ResetMode, rollbackBlocker } from './prBranchReset.js';

export interface RollbackRequest {
  readonly mode: ResetMode;
  readonly db: Db;
  readonly options: RunnerOptions;
  readonly eventName: string;
  readonly repository: string;
  readonly pr: { readonly number: number; readonly baseSha?: string };
  readonly github?: GitHubPort;
  readonly root: string;
  readonly workingDirectory: string;
  /** Absolute migrations directory. */
  readonly migrationsDir: string;
  readonly log: (message: string) => void;
}

export interface RollbackResult {
  /** Markdown for the migrate section ('' when nothing needed doing). */
  readonly markdown: string;
  /** A down part failed: migrate must not go on. */
  readonly failed: boolean;
}

const NOTHING: RollbackResult = { markdown: '', failed: false };

export async function rollbackEditedPrMigrations(r: RollbackRequest): Promise<RollbackResult> {
  if (r.mode === 'false') return NOTHING;
  const { set, revisionsSchema } = r.options;
  const status = await migrationStatus(r.db, { set, revisionsSchema });
  if (status.state.applied.length === 0 && status.state.missing.length === 0) return NOTHING;
  const prFiles = await prAddedMigrations(
    {
      github: r.github,
      prNumber: r.pr.number,
      baseSha: r.pr.baseSha,
      root: r.root,
      workingDirectory: r.workingDirectory,
      migrationsDir: r.migrationsDir,
    },
    r.log,
  );
  const input = {
    set,
    state: status.state,
    prFiles,
    eventName: r.eventName,
    ...(r.repository ? { appliedByMarker: `${r.repository}#${r.pr.number})` } : {}),
  };
  const decision = decideReset(input);
  const notes = decision.notes.map((n) => `:information_source: reset auto: ${n}.\n`).join('');
  if (!decision.reset) return { markdown: notes, failed: false };
  const why = describeReasons(decision.reasons).join('; ');
  const blocker =
    decision.rollback.length === 0
      ? 'nothing of it is applied in order'
      : rollbackBlocker(input, decision.rollback);
  if (blocker) {
    return {
      markdown: `${notes}:warning: reset auto: ${why}, but this database is not a Neon branch and cannot be rolled back: ${blocker}. Reset the database by hand, or give the suite a Neon branch.\n`,
      failed: false,
    };
  }
  r.log(`reset auto: ${why}; rolling back ${decision.rollback.map((m) => m.file).join(', ')}`);
  const down = await migrateDown(r.db, { ...r.options, count: decision.rollback.length });
  if (down.failure) {
    return {
      markdown: `${notes}:x: reset auto: rolling back \`${down.failure.file}\` failed at line ${down.failure.line}: ${down.failure.message}\n`,
      failed: true,
    };
  }
  const files = down.rolledBack.map((d) => `\`${d.file}\``).join(', ');
  const markdown = `${notes}:recycle: **Rolled back** ${files} with ${down.rolledBack.length === 1 ? 'its down part' : 'their down parts'} (reset: auto, no Neon branch) because ${why}. This pull request's migrations are applied again.\n`;
  return { markdown, failed: false };
}
