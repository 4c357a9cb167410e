/**
 * Builds the pre-initialised PGlite data directory that ships in dist/lib, so the embedded
 * database starts with `loadDataDir` instead of running initdb on every start (initdb is about
 * 3.6 s of PGlite's 4.5 s first start).
 *
 *   node scripts/pgliteSnapshot.mjs <out.tar>
 *
 * The output is byte-identical across runs for one PGlite version (CI rebuilds dist/ and fails on
 * any diff): initdb here runs against a counting clock and a seeded random source (PostgreSQL
 * derives the system identifier from the time and fills the mock-authentication nonce from
 * random bytes), and the tar is written in name order with fixed owners and times.
 * Run it in its own process: it replaces the clock and random source of the process.
 *
 * Trimmed: 1 MB WAL segments instead of 16 MB, only the segment holding the shutdown
 * checkpoint, no statistics file, no template0 (nothing here creates databases from it).
 */

import * as nodeCrypto from 'node:crypto';
import { webcrypto } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const out = process.argv[2];
if (!out) throw new Error('usage: node scripts/pgliteSnapshot.mjs <out.tar>');

// --- determinism: a clock that only advances when read, and a seeded random source ---------
let ticks = 0;
const EPOCH = Date.UTC(2025, 0, 1);
Date.now = () => EPOCH + ticks++;
performance.now = () => ticks++ * 0.001;
let seed = 0x2545f491;
const fill = (buf) => {
  const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  for (let i = 0; i < bytes.length; i++) {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    bytes[i] = seed & 0xff;
  }
  return buf;
};
nodeCrypto.default.randomFillSync = fill;
webcrypto.getRandomValues = fill;
if (globalThis.crypto) globalThis.crypto.getRandomValues = fill;

const require = createRequire(import.meta.url);
const pkg = join(dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json');
const { version } = JSON.parse(readFileSync(pkg, 'utf8'));
const { PGlite } = await import('@electric-sql/pglite');

const PGDATA = '/pglite/data';
const pg = await PGlite.create({ initDbStartParams: ['--wal-segsize=1'] });
// One statement per call: DROP DATABASE and VACUUM cannot run in the implicit transaction of a script.
await pg.exec("UPDATE pg_database SET datistemplate = false WHERE datname = 'template0'");
await pg.exec('DROP DATABASE template0');
await pg.exec('VACUUM FREEZE');
await pg.exec('CHECKPOINT');
const FS = pg.mod.FS;
// A clean shutdown: pg_control says "shut down", so a start needs no recovery.
await pg.close();

const control = FS.readFile(`${PGDATA}/global/pg_control`);
const view = new DataView(control.buffer, control.byteOffset, control.byteLength);
// ControlFileData: system_identifier u64, version u32, catversion u32, state u32 (+pad), time i64, checkPoint u64.
const checkPoint = view.getBigUint64(32, true);
const segSize = 1n << 20n;
const segNo = checkPoint / segSize;
const perId = 0x100000000n / segSize;
const hex = (n) => n.toString(16).toUpperCase().padStart(8, '0');
const keepWal = `00000001${hex(segNo / perId)}${hex(segNo % perId)}`;

const skip = (rel) =>
  (rel.startsWith('pg_wal/') && /^pg_wal\/[0-9A-F]{24}$/.test(rel) && rel !== `pg_wal/${keepWal}`) ||
  rel.startsWith('pg_stat/') ||
  rel === 'postmaster.pid' ||
  rel === 'postmaster.opts';

const entries = [];
const walk = (dir, rel) => {
  for (const name of FS.readdir(dir)
    .filter((n) => n !== '.' && n !== '..')
    .sort()) {
    const path = `${dir}/${name}`;
    const r = rel ? `${rel}/${name}` : name;
    if (skip(r)) continue;
    const st = FS.stat(path);
    if (FS.isDir(st.mode)) {
      entries.push({ name: `${r}/`, dir: true, mode: 0o700 });
      walk(path, r);
    } else entries.push({ name: r, dir: false, mode: 0o600, data: FS.readFile(path) });
  }
};
walk(PGDATA, '');
if (!entries.some((e) => e.name === `pg_wal/${keepWal}`))
  throw new Error(`pgliteSnapshot: the checkpoint's WAL segment ${keepWal} is missing`);

writeFileSync(out, tar(entries));
console.log(
  `pglite ${version} data directory: ${entries.length} entries, ${(tarSize(entries) / 1048576).toFixed(1)} MiB -> ${out}`,
);

/** A POSIX ustar archive: fixed owner, mode and time, so equal trees give equal bytes. */
function tar(list) {
  const blocks = [];
  for (const e of list) {
    const header = Buffer.alloc(512);
    if (Buffer.byteLength(e.name) > 100) throw new Error(`pgliteSnapshot: name too long for tar: ${e.name}`);
    header.write(e.name, 0);
    const size = e.dir ? 0 : e.data.length;
    header.write(`${e.mode.toString(8).padStart(7, '0')}\0`, 100);
    header.write('0000000\0', 108); // uid
    header.write('0000000\0', 116); // gid
    header.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
    header.write('00000000000\0', 136); // mtime
    header.write('        ', 148); // checksum placeholder
    header.write(e.dir ? '5' : '0', 156);
    header.write('ustar\0', 257);
    header.write('00', 263);
    let sum = 0;
    for (const b of header) sum += b;
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    blocks.push(header);
    if (!e.dir) {
      blocks.push(Buffer.from(e.data.buffer, e.data.byteOffset, e.data.length));
      const pad = (512 - (size % 512)) % 512;
      if (pad) blocks.push(Buffer.alloc(pad));
    }
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

function tarSize(list) {
  return list.reduce((n, e) => n + 512 + (e.dir ? 0 : Math.ceil(e.data.length / 512) * 512), 1024);
}
