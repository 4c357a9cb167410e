import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tarEntries } from '../../src/db/tarEntries.js';
import { makeTempDir } from '../helpers/tempDir.js';

/** A ustar archive written by the system's tar, of a small tree made by `make` in a temp dir. */
function archive(make: (dir: string) => void, ...members: string[]): Uint8Array {
  const dir = makeTempDir('sg-tar-');
  const tree = join(dir, 'tree');
  mkdirSync(tree);
  make(tree);
  const file = join(dir, 'out.tar');
  execFileSync('tar', ['--format=ustar', '-cf', file, '-C', tree, ...members]);
  return new Uint8Array(readFileSync(file));
}

describe('tarEntries', () => {
  it('lists directories and files, each file a view over the archive buffer', () => {
    const tar = archive(
      (t) => {
        mkdirSync(join(t, 'base', '1'), { recursive: true });
        writeFileSync(join(t, 'PG_VERSION'), '18\n');
        writeFileSync(join(t, 'base', '1', '1259'), Buffer.alloc(1300, 7));
        writeFileSync(join(t, 'base', '1', 'empty'), '');
      },
      'PG_VERSION',
      'base',
    );
    const entries = tarEntries(tar);
    expect(entries.map((e) => [e.name, e.type, e.data.length])).toEqual(
      expect.arrayContaining([
        ['PG_VERSION', 'file', 3],
        ['base', 'dir', 0],
        ['base/1', 'dir', 0],
        ['base/1/1259', 'file', 1300],
        ['base/1/empty', 'file', 0],
      ]),
    );
    expect(entries).toHaveLength(5);
    const pgVersion = entries.find((e) => e.name === 'PG_VERSION')!;
    expect(new TextDecoder().decode(pgVersion.data)).toBe('18\n');
    expect(pgVersion.mtime).toBeGreaterThan(0);
    const big = entries.find((e) => e.name === 'base/1/1259')!;
    expect(big.data.every((b) => b === 7)).toBe(true);
    // No copy: the bytes live in the archive's own buffer.
    expect(big.data.buffer).toBe(tar.buffer);
  });

  it('joins the ustar prefix field to names longer than 100 bytes', () => {
    const deep = `${'d'.repeat(60)}/${'e'.repeat(60)}`;
    const tar = archive(
      (t) => {
        mkdirSync(join(t, deep), { recursive: true });
        writeFileSync(join(t, deep, 'f'.repeat(40)), 'x');
      },
      `${deep}/${'f'.repeat(40)}`,
    );
    expect(tarEntries(tar).map((e) => e.name)).toEqual([`${deep}/${'f'.repeat(40)}`]);
  });

  it('fails on a damaged header, naming the archive', () => {
    const tar = archive((t) => writeFileSync(join(t, 'a'), 'x'), 'a');
    tar[0] = 'b'.charCodeAt(0);
    expect(() => tarEntries(tar, 'pgdata.tar')).toThrow(
      'pgdata.tar: header checksum mismatch (header at byte 0)',
    );
  });

  it('fails on an archive cut short', () => {
    const tar = archive((t) => writeFileSync(join(t, 'a'), Buffer.alloc(2000, 1)), 'a');
    expect(() => tarEntries(tar.subarray(0, 1024))).toThrow('entry "a" is cut short');
    expect(() => tarEntries(tar.subarray(0, 512 + 2048))).toThrow('no end-of-archive marker');
  });

  it('refuses entries other than files and directories', () => {
    const tar = archive((t) => {
      writeFileSync(join(t, 'a'), 'x');
      symlinkSync('a', join(t, 'link'));
    }, 'link');
    expect(() => tarEntries(tar)).toThrow('entry "link" has type "2"; only files and directories are read');
  });

  it('refuses a name that leaves the directory', () => {
    const tar = archive((t) => writeFileSync(join(t, 'a'), 'x'), 'a');
    // Rename the entry to ../a and fix the checksum, as a hostile archive would.
    tar.set(new TextEncoder().encode('../a\0'), 0);
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : tar[i];
    tar.set(new TextEncoder().encode(`${sum.toString(8).padStart(6, '0')}\0 `), 148);
    expect(() => tarEntries(tar)).toThrow('entry name "../a" leaves the archive\'s directory');
  });
});
