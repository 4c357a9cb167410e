/**
 * Flyway: `V<version>__<description>.sql`, `U<version>__...` undo files, `R__<description>.sql`
 * repeatables. Versions compare as Flyway compares them: dot- or underscore-separated integer
 * parts, numerically, trailing zero parts ignored (1.10 > 1.9; 1.0 == 1). Repeatables run after
 * every versioned migration, ordered by description, and again whenever their checksum changes.
 */
import {
  assertUniqueVersions,
  compareBytes,
  fileSafeName,
  joinPath,
  NO_TRANSACTION,
  sha256Hex,
  timestampVersion,
  wholeFile,
} from '../common.js';
import { MigrationDirError } from '../errors.js';
import type { FormatReader, Migration, MigrationDirFile } from '../types.js';

const VERSIONED = /^([VU])(\d+(?:[._]\d+)*)__(.+)\.sql$/;
const REPEATABLE = /^R__(.+)\.sql$/;

/** Flyway's version parts as integers, trailing zeros dropped so that equal versions are equal. */
export function flywayVersionParts(version: string): bigint[] {
  const parts = version.split(/[._]/).map((p) => BigInt(p));
  while (parts.length > 1 && parts.at(-1) === 0n) parts.pop();
  return parts;
}

export function compareFlywayVersions(a: string, b: string): number {
  const pa = flywayVersionParts(a);
  const pb = flywayVersionParts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0n;
    const y = pb[i] ?? 0n;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

const description = (raw: string) => raw.replace(/_/g, ' ');

/** Flyway's per-script config `<script>.conf` may say `executeInTransaction=false`. */
function executeInTransaction(f: MigrationDirFile, all: readonly MigrationDirFile[]): boolean {
  const conf = all.find((c) => c.name === `${f.name}.conf`);
  if (conf && /^\s*executeInTransaction\s*=\s*false\s*$/m.test(conf.content)) return false;
  return !NO_TRANSACTION.test(f.content);
}

export const flywayFormat: FormatReader = {
  format: 'flyway',
  claims: (f) => VERSIONED.test(f.name) || REPEATABLE.test(f.name),
  read(files, dir, all) {
    const versioned: Migration[] = [];
    const undo = new Map<string, MigrationDirFile>();
    const repeatable: Migration[] = [];
    for (const f of files) {
      const r = REPEATABLE.exec(f.name);
      if (r) {
        repeatable.push({
          version: `R__${r[1]}`,
          name: description(r[1]),
          file: f.name,
          checksum: sha256Hex(f.content),
          up: wholeFile(dir, f),
          transactional: executeInTransaction(f, all),
          repeatable: true,
        });
        continue;
      }
      const m = VERSIONED.exec(f.name)!;
      const version = m[2].replace(/_/g, '.');
      if (m[1] === 'U') {
        const key = flywayVersionParts(version).join('.');
        const prev = undo.get(key);
        if (prev)
          throw new MigrationDirError(
            [joinPath(dir, prev.name), joinPath(dir, f.name)],
            `two undo files for version ${version}`,
          );
        undo.set(key, f);
        continue;
      }
      versioned.push({
        version,
        name: description(m[3]),
        file: f.name,
        checksum: sha256Hex(f.content),
        up: wholeFile(dir, f),
        transactional: executeInTransaction(f, all),
      });
    }
    versioned.sort((a, b) => compareFlywayVersions(a.version, b.version));
    assertUniqueVersions(versioned, dir, (m) => flywayVersionParts(m.version).join('.'));
    const withUndo = versioned.map((m) => {
      const key = flywayVersionParts(m.version).join('.');
      const u = undo.get(key);
      undo.delete(key);
      return u ? { ...m, down: wholeFile(dir, u) } : m;
    });
    for (const u of undo.values()) {
      throw new MigrationDirError(
        [joinPath(dir, u.name)],
        'undo file without a versioned migration of the same version',
      );
    }
    repeatable.sort((a, b) => compareBytes(a.name, b.name));
    assertUniqueVersions(repeatable, dir);
    return [...withUndo, ...repeatable];
  },
  nextFileName(set, name, now) {
    const versioned = set.migrations.filter((m) => !m.repeatable);
    const safe = fileSafeName(name);
    const integers = versioned.length > 0 && versioned.every((m) => /^\d{1,9}$/.test(m.version));
    const version = integers
      ? String(Math.max(...versioned.map((m) => Number(m.version))) + 1)
      : timestampVersion(now);
    const hasUndo = set.migrations.some((m) => m.down);
    return { up: `V${version}__${safe}.sql`, down: hasUndo ? `U${version}__${safe}.sql` : undefined };
  },
};
