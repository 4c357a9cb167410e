/**
 * Turns the bytes of a SQL file into text, refusing what PostgreSQL would not see as we do: a NUL
 * byte (the server stops reading the query string there, so the rest of the file silently never
 * runs) and invalid UTF-8 (decoding would replace it with U+FFFD and change names and literals).
 */
import { isUtf8 } from 'node:buffer';
import { SourceTextError } from '../errors.js';

/** Decodes `bytes` as UTF-8, or throws a SourceTextError at the line and column of the first bad byte. */
export function decodeSqlText(file: string, bytes: Uint8Array): string {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const nul = buf.indexOf(0);
  const valid = isUtf8(buf);
  if (nul < 0 && valid) return buf.toString('utf8');
  const invalid = valid ? -1 : firstInvalidUtf8(buf);
  const at = invalid >= 0 && (nul < 0 || invalid < nul) ? invalid : nul;
  const { line, column } = byteLineCol(buf, at);
  const detail =
    at === nul
      ? `NUL byte (0x00) at byte offset ${at}: SQL files cannot contain NUL bytes (PostgreSQL stops reading the statement there, so the rest of the file would never run)`
      : `invalid UTF-8 (byte 0x${buf[at].toString(16).toUpperCase().padStart(2, '0')} at byte offset ${at}): save the file as UTF-8`;
  throw new SourceTextError(file, line, column, detail);
}

/** 1-based line and column (in UTF-16 units, as everywhere else) of a byte offset in valid-before-it text. */
function byteLineCol(buf: Buffer, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = buf.indexOf(10); i >= 0 && i < offset; i = buf.indexOf(10, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: buf.toString('utf8', lineStart, offset).length + 1 };
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0; // overlong
      if (c === 0xed) hi = 0x9f; // surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= n) return i; // truncated at the end of the file
    const second = b[i + 1];
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) if ((b[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}
