/** The `reset: auto` decision, on plain data: a migration set, revision rows, the PR's added files. */
import { migrationState } from '../../src/core/migrations/index.js';
import { readMigrationSet } from '../../src/core/migrations/readSet.js';
import type { RevisionRow } from '../../src/core/migrations/revisionTable.js';
import type { MigrationSet } from '../../src/core/migrations/types.js';
import {
  decideReset,
  describeReasons,
  outOfOrderOwnFiles,
  type ResetInput,
  rollbackBlocker,
} from '../../src/runtime/prBranchReset.js';

const MARK = 'acme/shop#12)';

function set(files: Record<string, string>, format: 'plain' | 'golang-migrate' = 'plain'): MigrationSet {
  return readMigrationSet(
    Object.entries(files).map(([name, content]) => ({ name, content })),
    format,
    'db/migrations',
  );
}

/** Rows as if `applied` were applied from `from` (their text then), by `by`. */
function rows(from: MigrationSet, applied: string[], by = 'dev'): RevisionRow[] {
  return applied.map((file) => {
    const m = from.migrations.find((x) => x.file === file)!;
    return {
      version: m.version,
      name: m.name,
      checksum: m.checksum,
      applied_at: '2026-12-01 10:00:00+00',
      execution_ms: 1,
      applied_by: by,
      operation: 'apply',
      progress: null,
      progress_checksum: null,
    };
  });
}

function input(
  s: MigrationSet,
  r: RevisionRow[],
  prFiles: string[] | undefined,
  eventName = 'pull_request',
): ResetInput {
  return {
    set: s,
    state: migrationState(s, r),
    prFiles: prFiles && new Set(prFiles),
    eventName,
    appliedByMarker: MARK,
  };
}

const BASE = { '001_init.sql': 'CREATE TABLE a (id int);', '002_b.sql': 'CREATE TABLE b (id int);' };
const FIRST = { ...BASE, '003_x.sql': 'CREATE TABLE x (id int);' };
const EDITED = { ...BASE, '003_x.sql': 'CREATE TABLE x (id bigint);' };

it('keeps a branch whose applied files are unchanged', () => {
  const s = set(FIRST);
  const d = decideReset(input(s, rows(s, ['001_init.sql', '002_b.sql', '003_x.sql']), ['003_x.sql']));
  expect(d).toEqual({ reset: false, reasons: [], notes: [], rollback: [] });
});

it('resets when a file the PR adds was edited since it was applied on the PR branch', () => {
  const applied = rows(set(FIRST), ['001_init.sql', '002_b.sql', '003_x.sql'], `dev (${MARK}`);
  const d = decideReset(input(set(EDITED), applied, ['003_x.sql']));
  expect(d.reset).toBe(true);
  expect(d.reasons).toEqual([{ kind: 'edited', files: ['db/migrations/003_x.sql'] }]);
  expect(describeReasons(d.reasons)).toEqual([
    "this pull request's `db/migrations/003_x.sql` changed since it was applied here",
  ]);
  // Without Neon: the PR's own file is the one to roll back.
  expect(d.rollback.map((m) => m.file)).toEqual(['003_x.sql']);
});

it('does not reset for an edited merged migration: that stays a refusal, and says so', () => {
  const before = set(FIRST);
  const after = set({ ...FIRST, '002_b.sql': 'CREATE TABLE b (id bigint);' });
  const d = decideReset(
    input(after, rows(before, ['001_init.sql', '002_b.sql', '003_x.sql']), ['003_x.sql']),
  );
  expect(d.reset).toBe(false);
  expect(d.notes).toEqual([
    'db/migrations/002_b.sql was already merged and has been edited: that is refused, not reset',
  ]);
});

it('resets when the base gained a migration that the branch lacks under the PR files', () => {
  const s = set({ ...FIRST, '002_c.sql': 'CREATE TABLE c (id int);' });
  const d = decideReset(input(s, rows(s, ['001_init.sql', '002_b.sql', '003_x.sql']), ['003_x.sql']));
  expect(d.reset).toBe(true);
  expect(d.reasons).toEqual([{ kind: 'base-moved', files: ['db/migrations/002_c.sql'] }]);
});

it('does not reset for a pending base file when nothing of the PR is applied yet (migrate applies it in order)', () => {
  const s = set({ ...FIRST, '002_c.sql': 'CREATE TABLE c (id int);' });
  const d = decideReset(input(s, rows(s, ['001_init.sql', '002_b.sql']), ['003_x.sql']));
  expect(d.reset).toBe(false);
});

it('resets when a version this PR applied has no file any more (renamed by a later push)', () => {
  const old = set(FIRST);
  const renamed = set({ ...BASE, '004_x.sql': 'CREATE TABLE x (id int);' });
  const applied = [...rows(old, ['001_init.sql', '002_b.sql']), ...rows(old, ['003_x.sql'], `dev (${MARK}`)];
  const d = decideReset(input(renamed, applied, ['004_x.sql']));
  expect(d.reasons).toEqual([{ kind: 'removed', versions: ['003_x'] }]);
  // A version without a file applied by someone else (production history) is no reason.
  const other = decideReset(
    input(renamed, rows(old, ['001_init.sql', '002_b.sql', '003_x.sql']), ['004_x.sql']),
  );
  expect(other.reset).toBe(false);
});

it('never resets on a review, and not when the PR files are unknown', () => {
  const applied = rows(set(FIRST), ['001_init.sql', '002_b.sql', '003_x.sql']);
  const review = decideReset(input(set(EDITED), applied, ['003_x.sql'], 'pull_request_review'));
  expect(review.reset).toBe(false);
  expect(review.notes[0]).toMatch(/review re-evaluates approvals only/);
  const unknown = decideReset(input(set(EDITED), applied, undefined));
  expect(unknown.reset).toBe(false);
  expect(unknown.notes[0]).toMatch(/files this pull request adds are unknown/);
});

it('rollback without Neon needs down parts, and never undoes a merged migration', () => {
  const files = {
    '1_a.up.sql': 'CREATE TABLE a (id int);',
    '1_a.down.sql': 'DROP TABLE a;',
    '2_x.up.sql': 'CREATE TABLE x (id int);',
    '2_x.down.sql': 'DROP TABLE x;',
  };
  const before = set(files, 'golang-migrate');
  const after = set({ ...files, '2_x.up.sql': 'CREATE TABLE x (id bigint);' }, 'golang-migrate');
  const ok = input(after, rows(before, ['1_a.up.sql', '2_x.up.sql']), ['2_x.up.sql', '2_x.down.sql']);
  const d = decideReset(ok);
  expect(d.rollback.map((m) => m.file)).toEqual(['2_x.up.sql']);
  expect(rollbackBlocker(ok, d.rollback)).toBeUndefined();

  const plain = set(EDITED);
  const p = input(plain, rows(set(FIRST), ['001_init.sql', '002_b.sql', '003_x.sql']), ['003_x.sql']);
  expect(rollbackBlocker(p, decideReset(p).rollback)).toBe('db/migrations/003_x.sql has no down part');

  // 001 belongs to the PR and was edited; 002 is merged and applied after it: not undone.
  const edited001 = set({ ...FIRST, '001_init.sql': 'CREATE TABLE a (id bigint);' });
  const mixed = input(edited001, rows(set(FIRST), ['001_init.sql', '002_b.sql', '003_x.sql']), [
    '001_init.sql',
  ]);
  expect(decideReset(mixed).reset).toBe(true);
  expect(rollbackBlocker(mixed, decideReset(mixed).rollback)).toBe(
    "db/migrations/003_x.sql, db/migrations/002_b.sql are merged migrations applied after this pull request's files, and are not rolled back",
  );
});

it('names PR files that sort before a merged migration the parent has applied', () => {
  const s = set({
    ...BASE,
    '003_x.sql': 'CREATE TABLE x (id int);',
    '004_m.sql': 'CREATE TABLE m (id int);',
  });
  const state = migrationState(s, rows(s, ['001_init.sql', '002_b.sql', '004_m.sql']));
  expect(outOfOrderOwnFiles({ set: s, state, prFiles: new Set(['003_x.sql']) })).toEqual([
    { file: 'db/migrations/003_x.sql', after: 'db/migrations/004_m.sql' },
  ]);
  expect(outOfOrderOwnFiles({ set: s, state, prFiles: new Set() })).toEqual([]);
});
