/**
 * Cuts a large SQL text into pieces at top-level semicolons, so that each piece can go to the
 * parser on its own: libpg-query's WASM parser fails ("No parse tree generated", or exits the
 * process) on inputs of tens of megabytes. The lexer knows what the parser needs to keep a `;`
 * from ending a statement: single quotes (with E'' backslash escapes), double-quoted identifiers,
 * dollar quotes, line comments and nested block comments. SQL-standard function bodies
 * (BEGIN ATOMIC … END) hold bare semicolons; the caller rejoins a piece that fails to parse with
 * the next one, so a cut inside such a body costs a retry, never a wrong result.
 */

const isIdentChar = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c >= 128;

/**
 * Offsets just after top-level `;`, chosen so that pieces are about `target` characters long
 * (never cutting inside a quote or comment). Empty when the text needs no cut.
 */
export function cutPoints(text: string, target: number): number[] {
  const cuts: number[] = [];
  const n = text.length;
  let last = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 39 /* ' */) {
      // E'…' allows backslash escapes; with standard_conforming_strings a plain '…' does not.
      const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
      const escapes = (prev === 69 || prev === 101) && !(i > 1 && isIdentChar(text.charCodeAt(i - 2)));
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (escapes && d === 92 /* \ */) i += 2;
        else if (d === 39) {
          if (text.charCodeAt(i + 1) === 39) i += 2;
          else break;
        } else i++;
      }
      i++;
    } else if (c === 34 /* " */) {
      const end = text.indexOf('"', i + 1);
      i = end < 0 ? n : end + 1;
      while (i < n && text.charCodeAt(i) === 34) {
        const next = text.indexOf('"', i + 1);
        i = next < 0 ? n : next + 1;
      }
    } else if (c === 45 /* - */ && text.charCodeAt(i + 1) === 45) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? n : nl + 1;
    } else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 42 /* * */) {
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        if (text.charCodeAt(i) === 47 && text.charCodeAt(i + 1) === 42) {
          depth++;
          i += 2;
        } else if (text.charCodeAt(i) === 42 && text.charCodeAt(i + 1) === 47) {
          depth--;
          i += 2;
        } else i++;
      }
    } else if (c === 36 /* $ */ && !(i > 0 && isIdentChar(text.charCodeAt(i - 1)))) {
      const m = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(text.slice(i, i + 64));
      if (m) {
        const end = text.indexOf(m[0], i + m[0].length);
        i = end < 0 ? n : end + m[0].length;
      } else i++;
    } else if (c === 59 /* ; */) {
      i++;
      if (i - last >= target && i < n) {
        cuts.push(i);
        last = i;
      }
    } else i++;
  }
  return cuts;
}
