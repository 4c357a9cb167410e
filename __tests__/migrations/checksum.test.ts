/** A migration's checksum is the sha256 of its UTF-8 text, however large, hashed in slices. */
import { createHash } from 'node:crypto';
import { sha256Hex } from '../../src/core/migrations/common.js';

const whole = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

it('equals the hash of the whole text, with a surrogate pair across a slice boundary', () => {
  const slice = 1 << 22;
  for (const text of [
    '',
    'SELECT 1;',
    `${'a'.repeat(slice - 1)}😀${'b'.repeat(10)}`,
    `${'é'.repeat(slice)}😀${'x'.repeat(slice + 3)}`,
  ])
    expect(sha256Hex(text)).toBe(whole(text));
});
