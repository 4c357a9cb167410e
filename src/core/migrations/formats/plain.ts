/**
 * Plain: every top-level `*.sql` file is one migration, applied in bytewise name order; the
 * version is the file name without `.sql`. No down parts.
 */
import {
  compareBytes,
  fileSafeName,
  NO_TRANSACTION,
  sha256Hex,
  timestampVersion,
  wholeFile,
} from '../common.js';
import type { FormatReader, Migration } from '../types.js';

export const plainFormat: FormatReader = {
  format: 'plain',
  claims: (f) => f.name.endsWith('.sql'),
  read(files, dir) {
    return [...files]
      .sort((a, b) => compareBytes(a.name, b.name))
      .map(
        (f): Migration => ({
          version: f.name.slice(0, -'.sql'.length),
          name: f.name.slice(0, -'.sql'.length).replace(/^\d+[_-]?/, ''),
          file: f.name,
          checksum: sha256Hex(f.content),
          up: wholeFile(dir, f),
          transactional: !NO_TRANSACTION.test(f.content),
        }),
      );
  },
  nextFileName(set, name, now) {
    const safe = fileSafeName(name);
    const numbered = set.migrations.map((m) => /^(\d+)_/.exec(m.file)?.[1]);
    // `001_x.sql` style keeps counting with its width; anything else gets a timestamp prefix.
    if (numbered.length > 0 && numbered.every((n) => n !== undefined && n.length < 10)) {
      const width = Math.max(...numbered.map((n) => n!.length));
      const next = Math.max(...numbered.map((n) => Number(n))) + 1;
      return { up: `${String(next).padStart(width, '0')}_${safe}.sql` };
    }
    return { up: `${timestampVersion(now)}_${safe}.sql` };
  },
};
