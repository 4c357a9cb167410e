/**
 * A SQL lexer that finds where statements start and end without parsing them, so that a file of
 * any size can be cut at statement boundaries and only the statements that matter are handed to
 * libpg-query (whose WASM parser fails on inputs of tens of megabytes, and costs time and memory
 * for every statement it sees).
 *
 * It knows what keeps a `;` from ending a statement, as psql's own lexer does: single quotes
 * (with E'' backslash escapes), double-quoted identifiers, dollar quotes, `--` comments, nested
 * block comments, parentheses, and SQL-standard routine bodies (`CREATE FUNCTION … BEGIN ATOMIC
 * … END`, recognised with psql's heuristic). It assumes standard_conforming_strings = on (the
 * default since PostgreSQL 9.1): a backslash in a plain '…' string is an ordinary character.
 */

/** One statement found by the lexer; offsets are UTF-16 indexes into the text. */
export interface StatementSpan {
  /** Offset of the statement's first token (leading comments and blanks excluded). */
  readonly start: number;
  /** Offset just after its last token, before the `;`. */
  readonly end: number;
  /** Offset just after the terminating `;` (the text's end when the last statement has none). */
  readonly next: number;
  /** True when a watched word appears in the statement (see LexOptions). */
  readonly flagged: boolean;
}

export interface LexOptions {
  /** Lexing starts here (a statement boundary); default 0. */
  readonly from?: number;
  /** Lexing stops here (a statement boundary); default the text's length. */
  readonly to?: number;
  /** Lower-case words that flag a statement when they are its first word. */
  readonly watchFirst?: ReadonlySet<string>;
  /** Lower-case words that flag a statement wherever they appear as a bare word. */
  readonly watchAny?: ReadonlySet<string>;
}

/** A quote or comment still open at the end of the text. */
export interface Unterminated {
  readonly what: string;
  /** Offset where it opens. */
  readonly at: number;
}

const CH_TAB = 9;
const CH_LF = 10;
const CH_CR = 13;
const CH_SPACE = 32;

const isIdentStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
const isIdentChar = (c: number) => isIdentStart(c) || (c >= 48 && c <= 57) || c === 36;
const isSpace = (c: number) => c === CH_SPACE || (c >= CH_TAB && c <= CH_CR);

/** Words the routine-body heuristic needs, besides the caller's. */
const ROUTINE_WORDS = ['create', 'or', 'replace', 'function', 'procedure', 'begin', 'case', 'end'];

/** Cheap pre-filter: a word is lower-cased and looked up only if its length and first letter match a known one. */
function keyOf(len: number, first: number): number {
  return len * 128 + ((first | 32) & 127);
}

/**
 * Calls `onStatement` for each statement of `text` in order, and returns what was left open at the
 * end (a syntax error PostgreSQL would report), if anything.
 */
export function lexStatements(
  text: string,
  onStatement: (start: number, end: number, next: number, flagged: boolean) => void,
  options: LexOptions = {},
): Unterminated | undefined {
  const watchFirst = options.watchFirst ?? new Set<string>();
  const watchAny = options.watchAny ?? new Set<string>();
  const candidates = new Set<number>();
  for (const w of [...ROUTINE_WORDS, ...watchFirst, ...watchAny])
    candidates.add(keyOf(w.length, w.charCodeAt(0)));
  const n = options.to ?? text.length;
  let i = options.from ?? 0;

  let stmtStart = -1;
  let lastEnd = -1;
  let flagged = false;
  let parens = 0;
  let words = 0;
  // First letters of create / or / replace / function / procedure among the first four words.
  let ids = '';
  let routine = false;
  let beginDepth = 0;
  let open: Unterminated | undefined;

  const endStatement = (next: number) => {
    if (stmtStart >= 0) onStatement(stmtStart, lastEnd, next, flagged);
    stmtStart = -1;
    flagged = false;
    parens = 0;
    words = 0;
    ids = '';
    routine = false;
    beginDepth = 0;
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === 45 /* - */ && text.charCodeAt(i + 1) === 45) {
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === CH_LF || d === CH_CR) break;
        i++;
      }
      continue;
    }
    if (c === 47 /* / */ && text.charCodeAt(i + 1) === 42 /* * */) {
      const at = i;
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        const d = text.charCodeAt(i);
        if (d === 47 && text.charCodeAt(i + 1) === 42) {
          depth++;
          i += 2;
        } else if (d === 42 && text.charCodeAt(i + 1) === 47) {
          depth--;
          i += 2;
        } else i++;
      }
      if (depth > 0) {
        open ??= { what: 'unterminated /* comment', at };
        i = n;
      }
      continue;
    }
    if (c === 59 /* ; */ && parens === 0 && beginDepth === 0) {
      endStatement(i + 1);
      i++;
      continue;
    }
    if (stmtStart < 0) stmtStart = i;
    const tokenStart = i;
    if (c === 59 /* ; */) {
      i++;
    } else if (c === 39 /* ' */) {
      i = skipString(text, i, n, false);
      if (i > n) {
        open ??= { what: 'unterminated quoted string', at: tokenStart };
        i = n;
      }
    } else if (c === 34 /* " */) {
      i = skipQuotedIdent(text, i, n);
      if (i > n) {
        open ??= { what: 'unterminated quoted identifier', at: tokenStart };
        i = n;
      }
    } else if (c === 36 /* $ */) {
      const tagEnd = dollarTagEnd(text, i, n);
      if (tagEnd < 0) {
        i++;
        while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
      } else {
        const tag = text.slice(i, tagEnd);
        const close = text.indexOf(tag, tagEnd);
        if (close < 0 || close + tag.length > n) {
          open ??= { what: 'unterminated dollar-quoted string', at: tokenStart };
          i = n;
        } else i = close + tag.length;
      }
    } else if (isIdentStart(c)) {
      let j = i + 1;
      while (j < n && isIdentChar(text.charCodeAt(j))) j++;
      const len = j - i;
      const after = text.charCodeAt(j);
      if (len === 1 && after === 39 /* ' */) {
        // E'…' takes backslash escapes; B'', X'', N'' are plain strings.
        i = skipString(text, j, n, c === 69 || c === 101);
        if (i > n) {
          open ??= { what: 'unterminated quoted string', at: tokenStart };
          i = n;
        }
      } else if (
        len === 1 &&
        (c === 85 || c === 117) &&
        after === 38 /* & */ &&
        text.charCodeAt(j + 1) === 39
      ) {
        i = skipString(text, j + 1, n, false);
        if (i > n) {
          open ??= { what: 'unterminated quoted string', at: tokenStart };
          i = n;
        }
      } else {
        const first = words === 0;
        words++;
        if (len <= 12 && candidates.has(keyOf(len, c))) {
          const w = text.slice(i, j).toLowerCase();
          if ((first && watchFirst.has(w)) || watchAny.has(w)) flagged = true;
          if (words <= 4)
            ids +=
              w === 'create' || w === 'or' || w === 'replace' || w === 'function' || w === 'procedure'
                ? w[0]
                : '.';
          if (words <= 4 && !routine) routine = /^c(?:f|p|or[fp])/.test(ids);
          if (routine && parens === 0) {
            if (w === 'begin') beginDepth++;
            else if (w === 'case') {
              if (beginDepth > 0) beginDepth++;
            } else if (w === 'end' && beginDepth > 0) beginDepth--;
          }
        } else if (words <= 4) ids += '.';
        i = j;
      }
    } else {
      if (c === 40 /* ( */) parens++;
      else if (c === 41 /* ) */ && parens > 0) parens--;
      i++;
    }
    lastEnd = Math.min(i, n);
  }
  endStatement(n);
  return open;
}

/** Index just past the string opening at `i` (a `'`), or n + 1 when it never closes. */
function skipString(text: string, i: number, n: number, escapes: boolean): number {
  i++;
  for (;;) {
    const q = text.indexOf("'", i);
    if (q < 0 || q >= n) return n + 1;
    if (escapes) {
      // Count the backslashes right before the quote: an odd number escapes it.
      let b = q - 1;
      while (b >= i && text.charCodeAt(b) === 92) b--;
      if ((q - 1 - b) % 2 === 1) {
        i = q + 1;
        continue;
      }
    }
    if (text.charCodeAt(q + 1) === 39 && q + 1 < n) {
      i = q + 2;
      continue;
    }
    return q + 1;
  }
}

function skipQuotedIdent(text: string, i: number, n: number): number {
  i++;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0 || q >= n) return n + 1;
    if (text.charCodeAt(q + 1) === 34 && q + 1 < n) {
      i = q + 2;
      continue;
    }
    return q + 1;
  }
}

/** End of a `$tag$` opening at `i`, or -1 when the `$` starts no dollar quote (`$1`, an operator). */
function dollarTagEnd(text: string, i: number, n: number): number {
  let j = i + 1;
  if (j < n && text.charCodeAt(j) === 36) return j + 1;
  if (j >= n || !isIdentStart(text.charCodeAt(j))) return -1;
  j++;
  while (j < n) {
    const d = text.charCodeAt(j);
    if (d === 36) return j + 1;
    if (!(isIdentChar(d) && d !== 36)) return -1;
    j++;
  }
  return -1;
}

/** Counts lines forward through a text, so positions of increasing offsets cost one pass in all. */
export class LineCounter {
  private offset = 0;
  private line: number;
  private lineStart = 0;

  constructor(
    private readonly text: string,
    firstLine = 1,
  ) {
    this.line = firstLine;
  }

  /** 1-based line and column (UTF-16 units) of `offset`; offsets must not decrease between calls. */
  at(offset: number): { line: number; column: number } {
    if (offset < this.offset) throw new Error('internal: LineCounter offsets must not decrease');
    for (
      let k = this.text.indexOf('\n', this.offset);
      k >= 0 && k < offset;
      k = this.text.indexOf('\n', k + 1)
    ) {
      this.line++;
      this.lineStart = k + 1;
    }
    this.offset = offset;
    return { line: this.line, column: offset - this.lineStart + 1 };
  }
}

export interface SplitStatement extends StatementSpan {
  readonly line: number;
  readonly column: number;
  /** The statement from its first token to its last, without the `;`. */
  readonly text: string;
}

/** Every statement of a (small) text with its position; for large texts use lexStatements. */
export function splitStatements(
  text: string,
  options: LexOptions & { readonly firstLine?: number } = {},
): { statements: SplitStatement[]; unterminated?: Unterminated } {
  const lines = new LineCounter(text, options.firstLine ?? 1);
  const statements: SplitStatement[] = [];
  const unterminated = lexStatements(
    text,
    (start, end, next, flagged) => {
      statements.push({ start, end, next, flagged, ...lines.at(start), text: text.slice(start, end) });
    },
    options,
  );
  return { statements, unterminated };
}

/**
 * Offsets just after top-level `;`, chosen so that pieces are about `target` characters long
 * (never cutting inside a quote, comment or routine body). Empty when the text needs no cut.
 */
export function cutPoints(text: string, target: number): number[] {
  const cuts: number[] = [];
  let last = 0;
  lexStatements(text, (_start, _end, next) => {
    if (next - last >= target && next < text.length && text.charCodeAt(next - 1) === 59) {
      cuts.push(next);
      last = next;
    }
  });
  return cuts;
}
