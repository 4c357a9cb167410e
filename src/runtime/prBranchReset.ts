/**
 * `reset: auto`: whether the pull request's own database must go back to its parent before the
 * PR's migrations are applied again. Pure: it compares the migration set in the checkout with
 * what the PR's database has applied, knowing which files the PR itself adds.
 *
 * On the PR's disposable database, editing a migration the PR adds is the normal review loop, not
 * tampering: the database goes back to the parent and the PR's files are applied again. A
 * migration that was already merged stays a refusal (migrate refuses it), and reset does not hide
 * it, because the parent has the merged file applied too.
 */
import { describeFile, type MigrationState } from '../core/migrations/status.js';
import type { Migration, MigrationSet } from '../core/migrations/types.js';

export type ResetMode = 'auto' | 'true' | 'false';

export interface ResetInput {
  readonly set: MigrationSet;
  /** The PR database's state against `set` (migrationState / migrationStatus). */
  readonly state: MigrationState;
  /** File names (inside the migrations directory) that the pull request adds; undefined when unknown. */
  readonly prFiles: ReadonlySet<string> | undefined;
  /** The event that started the run: a review never resets (migrations do not run on a review). */
  readonly eventName: string;
  /** revision-table `applied_by` suffix of this PR's runs (`acme/shop#12)`), to recognise its own rows. */
  readonly appliedByMarker?: string;
}

export type ResetReason =
  | { readonly kind: 'edited'; readonly files: readonly string[] }
  | { readonly kind: 'removed'; readonly versions: readonly string[] }
  | { readonly kind: 'base-moved'; readonly files: readonly string[] };

export interface ResetDecision {
  readonly reset: boolean;
  readonly reasons: readonly ResetReason[];
  /** Why no reset happened although something changed (shown in the comment). */
  readonly notes: readonly string[];
  /** Applied migrations to undo when there is no Neon branch to reset: newest first. */
  readonly rollback: readonly Migration[];
}

const isOwn = (input: ResetInput, m: Migration): boolean =>
  input.prFiles !== undefined && (input.prFiles.has(m.file) || (!!m.down && input.prFiles.has(m.down.file)));

/** What `reset: auto` does with the PR's database before migrate runs. */
export function decideReset(input: ResetInput): ResetDecision {
  const { state, set } = input;
  const notes: string[] = [];
  if (input.eventName === 'pull_request_review') {
    return {
      reset: false,
      reasons: [],
      notes: ['a review re-evaluates approvals only: the branch is used as it is'],
      rollback: [],
    };
  }
  if (input.prFiles === undefined) {
    if (state.changed.length > 0)
      notes.push(
        'the files this pull request adds are unknown (no GitHub token and no git base), so nothing is reset',
      );
    return { reset: false, reasons: [], notes, rollback: [] };
  }
  const reasons: ResetReason[] = [];

  const editedOwn = state.changed.filter((c) => isOwn(input, c.migration));
  const editedMerged = state.changed.filter((c) => !isOwn(input, c.migration));
  if (editedOwn.length > 0)
    reasons.push({ kind: 'edited', files: editedOwn.map((c) => describeFile(set, c.migration)) });
  if (editedMerged.length > 0)
    notes.push(
      `${editedMerged.map((c) => describeFile(set, c.migration)).join(', ')} ${editedMerged.length === 1 ? 'was' : 'were'} already merged and ${editedMerged.length === 1 ? 'has' : 'have'} been edited: that is refused, not reset`,
    );

  // Rows this PR's own runs applied whose file is gone (renamed or dropped by a later push).
  const marker = input.appliedByMarker;
  const removed = marker ? state.missing.filter((r) => r.applied_by.endsWith(marker)) : [];
  if (removed.length > 0) reasons.push({ kind: 'removed', versions: removed.map((r) => r.version) });

  // Files of the base that this database lacks while it already has the PR's own files applied:
  // the parent moved on, and the PR's files must go on top of it.
  const ownApplied = state.applied.some((a) => isOwn(input, a.migration));
  const basePending = state.pending.filter((m) => !m.repeatable && !isOwn(input, m));
  if (basePending.length > 0 && (ownApplied || removed.length > 0))
    reasons.push({ kind: 'base-moved', files: basePending.map((m) => describeFile(set, m)) });

  if (reasons.length === 0) return { reset: false, reasons, notes, rollback: [] };
  return { reset: true, reasons, notes, rollback: rollbackPlan(input) };
}

/**
 * Without Neon: undo, newest first, every applied migration from the first one the PR adds. Only
 * the PR's own files may be undone; a merged file in between stops it (undefined).
 */
function rollbackPlan(input: ResetInput): Migration[] {
  const applied = input.state.applied.filter((a) => !a.migration.repeatable).map((a) => a.migration);
  const first = applied.findIndex((m) => isOwn(input, m));
  if (first < 0) return [];
  return applied.slice(first).reverse();
}

/** Why a rollback without Neon cannot be done, or undefined when it can. */
export function rollbackBlocker(input: ResetInput, plan: readonly Migration[]): string | undefined {
  const merged = plan.filter((m) => !isOwn(input, m));
  if (merged.length > 0)
    return `${merged.map((m) => describeFile(input.set, m)).join(', ')} ${merged.length === 1 ? 'is' : 'are'} merged migrations applied after this pull request's files, and are not rolled back`;
  const noDown = plan.filter((m) => !m.down);
  if (noDown.length > 0)
    return `${noDown.map((m) => describeFile(input.set, m)).join(', ')} ${noDown.length === 1 ? 'has' : 'have'} no down part`;
  return undefined;
}

/** PR files that now sort before a merged migration the database has applied: out of order. */
export function outOfOrderOwnFiles(
  input: Pick<ResetInput, 'set' | 'state' | 'prFiles'>,
): { file: string; after: string }[] {
  if (!input.prFiles) return [];
  const own = (m: Migration) => input.prFiles!.has(m.file);
  return input.state.outOfOrder
    .filter((o) => own(o.migration) && !own(o.after))
    .map((o) => ({ file: describeFile(input.set, o.migration), after: describeFile(input.set, o.after) }));
}

/** One sentence per reason, for the comment and the log. */
export function describeReasons(reasons: readonly ResetReason[]): string[] {
  return reasons.map((r) => {
    const list = (xs: readonly string[]) => xs.map((x) => `\`${x}\``).join(', ');
    switch (r.kind) {
      case 'edited':
        return `this pull request's ${list(r.files)} changed since ${r.files.length === 1 ? 'it was' : 'they were'} applied here`;
      case 'removed':
        return `version ${list(r.versions)}, applied here by this pull request, has no file any more`;
      default:
        return `the base branch has ${list(r.files)}, which this branch lacks`;
    }
  });
}
