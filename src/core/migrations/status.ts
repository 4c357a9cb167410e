/**
 * Compares a migration set with the revision table: what is applied, pending, part-way, edited
 * or out of order. Pure, so the CLI, the stage and the runner agree on one answer.
 */
import { joinPath } from './common.js';
import { compareFlywayVersions } from './formats/flyway.js';
import type { RevisionRow } from './revisionTable.js';
import type { Migration, MigrationSet } from './types.js';

export interface MigrationState {
  readonly applied: readonly { migration: Migration; row: RevisionRow }[];
  /** In apply order; part-way non-transactional files first among their peers, as they resume. */
  readonly pending: readonly Migration[];
  /** Applied files whose checksum no longer matches what was applied. */
  readonly changed: readonly { migration: Migration; row: RevisionRow }[];
  /** Part-way non-transactional files (progress recorded). */
  readonly partial: readonly { migration: Migration; row: RevisionRow }[];
  /** Pending files that sort before an applied one. */
  readonly outOfOrder: readonly { migration: Migration; after: Migration }[];
  /** Revision rows with no file in the directory. */
  readonly missing: readonly RevisionRow[];
  /** Latest applied version in the set's order. */
  readonly currentVersion?: string;
}

/** The row key of a migration: versions compare the way the format compares them. */
export function versionKey(set: MigrationSet, version: string): string {
  if (set.format === 'golang-migrate' && /^\d+$/.test(version)) return BigInt(version).toString();
  if (set.format === 'flyway' && /^\d+(?:[._]\d+)*$/.test(version)) {
    return version
      .split(/[._]/)
      .map((p) => BigInt(p).toString())
      .join('.')
      .replace(/(\.0)+$/, '');
  }
  return version;
}

export function migrationState(set: MigrationSet, rows: readonly RevisionRow[]): MigrationState {
  const byKey = new Map(rows.map((r) => [versionKey(set, r.version), r]));
  const applied: { migration: Migration; row: RevisionRow }[] = [];
  const pending: Migration[] = [];
  const changed: { migration: Migration; row: RevisionRow }[] = [];
  const partial: { migration: Migration; row: RevisionRow }[] = [];
  const seen = new Set<string>();
  let lastApplied = -1;
  set.migrations.forEach((m, i) => {
    const key = versionKey(set, m.version);
    const row = byKey.get(key);
    if (!row) {
      pending.push(m);
      return;
    }
    seen.add(key);
    if (row.progress !== null) {
      partial.push({ migration: m, row });
      pending.push(m);
      return;
    }
    if (m.repeatable) {
      if (row.checksum !== m.checksum) pending.push(m);
      else applied.push({ migration: m, row });
      return;
    }
    applied.push({ migration: m, row });
    lastApplied = i;
    if (row.checksum !== null && row.checksum !== m.checksum) changed.push({ migration: m, row });
  });
  const outOfOrder: { migration: Migration; after: Migration }[] = [];
  if (lastApplied >= 0) {
    const after = set.migrations[lastApplied];
    for (const m of pending) {
      if (!m.repeatable && set.migrations.indexOf(m) < lastApplied && !partial.some((p) => p.migration === m))
        outOfOrder.push({ migration: m, after });
    }
  }
  const missing = rows.filter((r) => !seen.has(versionKey(set, r.version)));
  return {
    applied,
    pending,
    changed,
    partial,
    outOfOrder,
    missing,
    currentVersion: lastApplied >= 0 ? set.migrations[lastApplied].version : latestMissing(set, missing),
  };
}

function latestMissing(set: MigrationSet, missing: readonly RevisionRow[]): string | undefined {
  if (missing.length === 0) return undefined;
  const sorted = [...missing].sort((a, b) =>
    set.format === 'flyway' ? compareFlywayVersions(a.version, b.version) : a.version < b.version ? -1 : 1,
  );
  return sorted.at(-1)?.version;
}

export function describeFile(set: MigrationSet, m: Migration): string {
  return joinPath(set.dir, m.file);
}

/** The migration a user means by `version` (a version or a file name). */
export function findMigration(set: MigrationSet, version: string): Migration | undefined {
  const key = versionKey(set, version);
  return set.migrations.find((m) => m.file === version || versionKey(set, m.version) === key);
}
