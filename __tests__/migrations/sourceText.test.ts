import { decodeSqlText, firstInvalidUtf8 } from '../../src/core/sql/sourceText.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeSqlText', () => {
  it('returns valid UTF-8 text unchanged, multi-byte characters included', () => {
    expect(decodeSqlText('a.sql', bytes('CREATE TABLE café (naïve int); -- 日本 😀\n'))).toBe(
      'CREATE TABLE café (naïve int); -- 日本 😀\n',
    );
  });

  it('refuses a NUL byte at its line and column', () => {
    const text = bytes(
      'CREATE TABLE n1(a int);\nCREATE TABLE é2(a int);',
      [0, 0, 0],
      'CREATE TABLE n2(a int);',
    );
    expect(() => decodeSqlText('db/migrations/1_a.sql', text)).toThrow(
      /^db\/migrations\/1_a\.sql:2:24: NUL byte \(0x00\) at byte offset 48/,
    );
  });

  it('refuses Latin-1 text instead of replacing it with U+FFFD', () => {
    const text = bytes('-- ok\nCREATE TABLE caf', [0xe9], ' (a int);');
    expect(() => decodeSqlText('x.sql', text)).toThrow(
      /^x\.sql:2:17: invalid UTF-8 \(byte 0xE9 at byte offset 22\)/,
    );
  });

  it('reports whichever of NUL and invalid UTF-8 comes first', () => {
    expect(() => decodeSqlText('x.sql', bytes('a', [0xff], 'b', [0]))).toThrow(/x\.sql:1:2: invalid UTF-8/);
    expect(() => decodeSqlText('x.sql', bytes('a', [0], 'b', [0xff]))).toThrow(/x\.sql:1:2: NUL byte/);
  });

  it.each([
    ['overlong', [0xc0, 0x80], 0],
    ['surrogate', [0xed, 0xa0, 0x80], 0],
    ['truncated at the end', [0x41, 0xe6, 0x97], 1],
    ['bad continuation', [0xe6, 0x41, 0x41], 0],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['lone continuation', [0x41, 0x80], 1],
  ])('finds the first invalid byte: %s', (_name, b, at) => {
    expect(firstInvalidUtf8(Uint8Array.from(b))).toBe(at);
  });
});
