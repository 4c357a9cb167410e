/**
 * Reads a POSIX ustar archive (the embedded database's data directory, dist/lib/pgdata.tar) as
 * entries whose data are views over the archive's own buffer: nothing is copied, so the 16 MB
 * snapshot is held once while PGlite starts (its own loader copies it three times over). Only
 * what the snapshot needs: regular files and directories; anything else is an error, as is a
 * damaged header or a path that would leave the data directory.
 */

export interface TarEntry {
  /** Path inside the archive, without a trailing slash. */
  readonly name: string;
  readonly type: 'file' | 'dir';
  readonly mode: number;
  /** Modification time, seconds since the epoch. */
  readonly mtime: number;
  /** The file's bytes: a view over the archive buffer (empty for a directory). */
  readonly data: Uint8Array;
}

const BLOCK = 512;
const decoder = new TextDecoder();

export function tarEntries(archive: Uint8Array, label = 'tar archive'): TarEntry[] {
  const out: TarEntry[] = [];
  let at = 0;
  while (at + BLOCK <= archive.length) {
    const header = archive.subarray(at, at + BLOCK);
    if (header.every((b) => b === 0)) return out; // end of archive
    const fail = (why: string): never => {
      throw new Error(`${label}: ${why} (header at byte ${at})`);
    };
    if (checksum(header) !== octal(header, 148, 8)) fail('header checksum mismatch');
    const name = [str(header, 345, 155), str(header, 0, 100)].filter(Boolean).join('/').replace(/\/+$/, '');
    const flag = String.fromCharCode(header[156]);
    const type = flag === '0' || flag === '\0' ? 'file' : flag === '5' ? 'dir' : undefined;
    if (!type)
      fail(
        `entry ${JSON.stringify(name)} has type ${JSON.stringify(flag)}; only files and directories are read`,
      );
    if (!name || name.startsWith('/') || name.split('/').some((p) => p === '..' || p === '.'))
      fail(`entry name ${JSON.stringify(name)} leaves the archive's directory`);
    const size = type === 'dir' ? 0 : octal(header, 124, 12);
    if (!Number.isSafeInteger(size)) fail(`entry ${JSON.stringify(name)} has no valid size`);
    const start = at + BLOCK;
    if (start + size > archive.length) fail(`entry ${JSON.stringify(name)} is cut short`);
    out.push({
      name,
      type: type as TarEntry['type'],
      mode: octal(header, 100, 8),
      mtime: octal(header, 136, 12),
      data: archive.subarray(start, start + size),
    });
    at = start + Math.ceil(size / BLOCK) * BLOCK;
  }
  throw new Error(`${label}: no end-of-archive marker (cut short?)`);
}

function str(block: Uint8Array, offset: number, length: number): string {
  const field = block.subarray(offset, offset + length);
  const end = field.indexOf(0);
  return decoder.decode(end === -1 ? field : field.subarray(0, end));
}

function octal(block: Uint8Array, offset: number, length: number): number {
  const text = str(block, offset, length).trim();
  return text ? Number.parseInt(text, 8) : 0;
}

/** The header's byte sum with the checksum field counted as spaces. */
function checksum(header: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i];
  return sum;
}
