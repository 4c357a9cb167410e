/**
 * Atlas: `<version>[_<name>].sql` files ordered bytewise by name, guarded by atlas.sum. Atlas has
 * no down files. `-- atlas:txmode none` in the file header runs it outside a transaction.
 */

import { atlasDirective } from '../atlasSum.js';
import {
  assertUniqueVersions,
  compareBytes,
  fileSafeName,
  NO_TRANSACTION,
  sha256Hex,
  timestampVersion,
  wholeFile,
} from '../common.js';
import type { FormatReader, Migration, MigrationDirFile } from '../types.js';

const FILE = /^(\d[^_]*?)(?:_(.*))?\.sql$/;

export const atlasFormat: FormatReader = {
  format: 'atlas',
  claims: (f) => FILE.test(f.name),
  read(files, dir) {
    const out: Migration[] = [...files]
      .sort((a, b) => compareBytes(a.name, b.name))
      .map((f: MigrationDirFile) => {
        const m = FILE.exec(f.name)!;
        return {
          version: m[1],
          name: m[2] ?? '',
          file: f.name,
          checksum: sha256Hex(f.content),
          up: wholeFile(dir, f),
          transactional:
            atlasDirective(f.content, 'atlas:txmode') !== 'none' && !NO_TRANSACTION.test(f.content),
        };
      });
    assertUniqueVersions(out, dir);
    return out;
  },
  nextFileName(_set, name, now) {
    return { up: `${timestampVersion(now)}_${fileSafeName(name)}.sql` };
  },
};
