/** Small helpers shared by the format modules. */
import { createHash } from 'node:crypto';
import { MigrationDirError } from './errors.js';
import type { Migration, MigrationDirFile } from './types.js';

/** Slice of a text encoded at a time: hashing a 200 MB file must not need a second copy of it. */
const HASH_SLICE = 1 << 22;

export function sha256Hex(text: string): string {
  const hash = createHash('sha256');
  for (let i = 0; i < text.length; ) {
    let end = Math.min(i + HASH_SLICE, text.length);
    // Never split a surrogate pair: each half alone would encode as U+FFFD.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
    hash.update(text.slice(i, end), 'utf8');
    i = end;
  }
  return hash.digest('hex');
}

export function joinPath(dir: string, name: string): string {
  if (!dir || dir === '.') return name;
  return dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`;
}

/** Bytewise comparison of file names, as Go's sort of strings (Atlas, dbmate) does. */
export function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** UTC timestamp in Go's 20060102150405 layout, which Atlas and dbmate use for versions. */
export function timestampVersion(now: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(now.getUTCFullYear(), 4)}${p(now.getUTCMonth() + 1)}${p(now.getUTCDate())}${p(now.getUTCHours())}${p(now.getUTCMinutes())}${p(now.getUTCSeconds())}`;
}

/** A migration name safe in every format's file name pattern. */
export function fileSafeName(name: string): string {
  const safe = name
    .trim()
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return safe || 'migration';
}

/** Fails naming both files when two migrations share a version under the tool's own equality. */
export function assertUniqueVersions(
  migrations: readonly Migration[],
  dir: string,
  key: (m: Migration) => string = (m) => m.version,
): void {
  const seen = new Map<string, Migration>();
  for (const m of migrations) {
    const k = key(m);
    const prev = seen.get(k);
    if (prev) {
      throw new MigrationDirError(
        [joinPath(dir, prev.file), joinPath(dir, m.file)],
        `two migrations with version ${m.version}; rename one of them`,
      );
    }
    seen.set(k, m);
  }
}

export function wholeFile(dir: string, f: MigrationDirFile) {
  return { file: joinPath(dir, f.name), text: f.content, firstLine: 1 };
}

/** Explicit opt-out of the per-file transaction that any format may use. */
export const NO_TRANSACTION = /^--\s*schemagate:no-transaction\b/m;
