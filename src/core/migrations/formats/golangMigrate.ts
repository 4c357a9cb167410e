/**
 * golang-migrate: `<version>_<title>.up.sql` and `.down.sql`, version an unsigned integer
 * compared numerically (so `001` and `1` are the same version).
 */
import {
  assertUniqueVersions,
  fileSafeName,
  joinPath,
  NO_TRANSACTION,
  sha256Hex,
  timestampVersion,
  wholeFile,
} from '../common.js';
import { MigrationDirError } from '../errors.js';
import type { FormatReader, Migration, MigrationDirFile } from '../types.js';

const FILE = /^(\d+)_(.*)\.(up|down)\.sql$/;

export const golangMigrateFormat: FormatReader = {
  format: 'golang-migrate',
  claims: (f) => FILE.test(f.name),
  read(files, dir) {
    const ups = new Map<string, MigrationDirFile>();
    const downs = new Map<string, MigrationDirFile>();
    for (const f of files) {
      const m = FILE.exec(f.name)!;
      const key = BigInt(m[1]).toString();
      const bucket = m[3] === 'up' ? ups : downs;
      const prev = bucket.get(key);
      if (prev) {
        throw new MigrationDirError(
          [joinPath(dir, prev.name), joinPath(dir, f.name)],
          `two ${m[3]} files with version ${key}; rename one of them`,
        );
      }
      bucket.set(key, f);
    }
    for (const [key, f] of downs) {
      if (!ups.has(key))
        throw new MigrationDirError(
          [joinPath(dir, f.name)],
          `down file without an up file for version ${key}`,
        );
    }
    const out: Migration[] = [...ups.entries()]
      .sort(([a], [b]) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0))
      .map(([key, f]) => {
        const down = downs.get(key);
        return {
          version: key,
          name: FILE.exec(f.name)![2],
          file: f.name,
          checksum: sha256Hex(f.content),
          up: wholeFile(dir, f),
          down: down ? wholeFile(dir, down) : undefined,
          transactional: !NO_TRANSACTION.test(f.content),
        };
      });
    assertUniqueVersions(out, dir);
    return out;
  },
  nextFileName(set, name, now) {
    const versions = set.migrations.map((m) => m.version);
    const safe = fileSafeName(name);
    // Sequential directories (`migrate create -seq`) keep their width; timestamped ones stay timestamped.
    const sequential = versions.length > 0 && versions.every((v) => v.length < 10);
    let version: string;
    if (sequential) {
      const width = Math.max(...set.migrations.map((m) => /^\d+/.exec(m.file)![0].length));
      const next = versions.reduce((max, v) => (BigInt(v) > max ? BigInt(v) : max), 0n) + 1n;
      version = next.toString().padStart(width, '0');
    } else {
      version = timestampVersion(now);
    }
    return { up: `${version}_${safe}.up.sql`, down: `${version}_${safe}.down.sql` };
  },
};
