/**
 * libpg-query reports statement locations in UTF-8 bytes and error cursors in characters.
 * This maps both to 1-based line and column (in characters) without re-encoding per lookup.
 */
export class TextPosition {
  private readonly lineStarts: number[] = [0];
  private readonly byteToChar: Int32Array | undefined;

  constructor(
    readonly text: string,
    private readonly firstLine = 1,
  ) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    const byteLength = Buffer.byteLength(text, 'utf8');
    if (byteLength !== text.length) {
      // Non-ASCII text: build a byte -> UTF-16 index table once.
      const map = new Int32Array(byteLength + 1);
      let b = 0;
      for (let i = 0; i < text.length; i++) {
        const cp = text.codePointAt(i)!;
        const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        for (let k = 0; k < n; k++) map[b + k] = i;
        b += n;
        if (cp >= 0x10000) i++; // surrogate pair
      }
      map[byteLength] = text.length;
      this.byteToChar = map;
    }
  }

  charIndexOfByte(byteOffset: number): number {
    return this.byteToChar ? this.byteToChar[Math.min(byteOffset, this.byteToChar.length - 1)] : byteOffset;
  }

  /** 1-based line and column of a 0-based character index. */
  lineCol(charIndex: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= charIndex) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + this.firstLine, column: charIndex - this.lineStarts[lo] + 1 };
  }
}
