/**
 * Splits a SQL file into statements with the real PostgreSQL parser. Each statement keeps its
 * exact original text (comments and dollar-quoted bodies untouched), its position, its parse
 * tree, and the comment directives written just above it.
 */
import type { Node } from 'libpg-query';
import { SqlSyntaxError } from '../errors.js';
import { isParserFailure, parseRaw, scanRaw } from './parser.js';
import { cutPoints } from './split.js';
import { TextPosition } from './textPosition.js';

/** A `-- schemagate:...`, `-- atlas:...` or `-- migrate:...` comment. */
export interface Directive {
  /** Namespace and verb, e.g. `schemagate:ignore`, `atlas:sum`, `migrate:up`. */
  readonly name: string;
  /** The rest of the comment line, trimmed. */
  readonly args: string;
  readonly line: number;
}

export interface SqlStatement {
  readonly file: string;
  /** 0-based position in the file. */
  readonly index: number;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  /** Exact source text from the first token to the end of the statement, without the `;`. */
  readonly text: string;
  /** Comments and blank lines between the previous statement and this one. */
  readonly leadingText: string;
  /** Directives in the comment block immediately above this statement. */
  readonly directives: readonly Directive[];
  /** Node type name, e.g. `CreateStmt`, `IndexStmt`. */
  readonly kind: string;
  /** The parse tree of the statement (the inner object of `{ [kind]: ... }`). */
  readonly ast: any;
  readonly node: Node;
}

export interface SqlFile {
  readonly file: string;
  readonly text: string;
  readonly statements: readonly SqlStatement[];
  /** Every directive in the file, in order, with its line. */
  readonly directives: readonly Directive[];
}

export interface ParseOptions {
  /** Line number of the first line of `text` within `file` (for sections of a larger file). */
  readonly firstLine?: number;
  /** Texts longer than this many characters are parsed in pieces (the WASM parser's limit). */
  readonly pieceSize?: number;
}

/** Well below where libpg-query starts failing (tens of MB), and fast to parse. */
export const PARSE_PIECE_SIZE = 1_000_000;

const DIRECTIVE = /^--\s*((?:schemagate|atlas|migrate):[A-Za-z_-]+)\s*(.*)$/;

export function parseSqlFile(file: string, text: string, options: ParseOptions = {}): SqlFile {
  const pieceSize = options.pieceSize ?? PARSE_PIECE_SIZE;
  if (text.length > pieceSize) {
    const cuts = cutPoints(text, pieceSize);
    if (cuts.length > 0) return parseInPieces(file, text, cuts, options.firstLine ?? 1);
  }
  return parseWhole(file, text, options.firstLine ?? 1);
}

/**
 * Parses each piece with its original line and column (a piece starting mid-line is padded with
 * spaces), so positions are those of the whole file. A piece that fails is retried joined with the
 * next one: the cut may have fallen inside a BEGIN ATOMIC body.
 */
function parseInPieces(file: string, text: string, cuts: readonly number[], firstLine: number): SqlFile {
  const bounds = [0, ...cuts, text.length];
  const statements: SqlStatement[] = [];
  const directives: Directive[] = [];
  let line = firstLine;
  let counted = 0;
  let k = 0;
  while (k < bounds.length - 1) {
    const start = bounds[k];
    for (let i = text.indexOf('\n', counted); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) line++;
    counted = start;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const pad = ' '.repeat(start - lineStart);
    let end = k + 1;
    let parsed: SqlFile | undefined;
    for (;;) {
      try {
        parsed = parseWhole(file, pad + text.slice(start, bounds[end]), line);
        break;
      } catch (err) {
        if (!(err instanceof SqlSyntaxError) || end >= bounds.length - 1 || end - k >= 4) throw err;
        end++;
      }
    }
    for (const st of parsed.statements) statements.push({ ...st, index: statements.length });
    directives.push(...parsed.directives);
    k = end;
  }
  return { file, text, statements, directives };
}

function parseWhole(file: string, text: string, firstLine: number): SqlFile {
  const pos = new TextPosition(text, firstLine);
  // Only whitespace and comments: no statements (the parser itself calls that an error).
  if (leadingSpan(text) >= text.length)
    return { file, text, statements: [], directives: collectDirectives(text, pos) };
  const result = parseRaw(text);
  if (isParserFailure(result)) {
    const at = pos.lineCol(Math.min(result.cursor ?? 0, text.length));
    throw new SqlSyntaxError(file, at.line, at.column, result.message);
  }

  const directives = collectDirectives(text, pos);
  const stmts = result.stmts ?? [];
  const statements: SqlStatement[] = [];
  let prevEndChar = 0;
  for (let i = 0; i < stmts.length; i++) {
    const raw = stmts[i];
    const startByte = raw.stmt_location ?? 0;
    const startChar = pos.charIndexOfByte(startByte);
    const endChar =
      raw.stmt_len === undefined || raw.stmt_len === 0
        ? trimmedEnd(text)
        : pos.charIndexOfByte(startByte + raw.stmt_len);
    const body = text.slice(startChar, endChar);
    // PostgreSQL before 18 put stmt_location right after the previous ';'; skip to the first token.
    const lead = leadingSpan(body);
    const textStart = startChar + lead;
    const start = pos.lineCol(textStart);
    const end = pos.lineCol(Math.max(textStart, endChar - 1));
    const leadingText = text.slice(prevEndChar, textStart).replace(/^;/, '');
    const node = raw.stmt as Node;
    const kind = Object.keys(node)[0];
    statements.push({
      file,
      index: i,
      line: start.line,
      column: start.column,
      endLine: end.line,
      text: text.slice(textStart, endChar).trimEnd(),
      leadingText,
      directives: directivesAbove(directives, leadingText, start.line),
      kind,
      ast: (node as Record<string, unknown>)[kind],
      node,
    });
    prevEndChar = endChar;
  }
  return { file, text, statements, directives };
}

function trimmedEnd(text: string): number {
  return text.replace(/[\s;]+$/, '').length;
}

/** Length of the whitespace and comments at the start of a statement's span. */
function leadingSpan(s: string): number {
  let i = 0;
  for (;;) {
    while (i < s.length && /\s/.test(s[i])) i++;
    if (s.startsWith('--', i)) {
      const nl = s.indexOf('\n', i);
      i = nl < 0 ? s.length : nl + 1;
    } else if (s.startsWith('/*', i)) {
      const close = s.indexOf('*/', i + 2);
      i = close < 0 ? s.length : close + 2;
    } else return i;
  }
}

const MAYBE_DIRECTIVE = /--\s*(?:schemagate|atlas|migrate):/;

function collectDirectives(text: string, pos: TextPosition): Directive[] {
  const out: Directive[] = [];
  // Scanning is the costly part; most files have no directive at all.
  if (!MAYBE_DIRECTIVE.test(text)) return out;
  // The scanner knows where comments really are (never inside strings or dollar quotes).
  for (const tok of scanRaw(text).tokens) {
    if (tok.tokenName !== 'SQL_COMMENT') continue;
    const m = DIRECTIVE.exec(tok.text.trim());
    if (!m) continue;
    out.push({ name: m[1], args: m[2].trim(), line: pos.lineCol(pos.charIndexOfByte(tok.start)).line });
  }
  return out;
}

/** Directives inside the comment block that ends right above `line` (no blank line in between). */
function directivesAbove(all: readonly Directive[], leadingText: string, line: number): Directive[] {
  if (all.length === 0) return [];
  const lines = leadingText.split('\n');
  // Walk upwards from the statement's line while lines are comments.
  let first = line;
  for (let k = lines.length - 2; k >= 0; k--) {
    const l = lines[k].trim();
    if (!l.startsWith('--')) break;
    first--;
  }
  return all.filter((d) => d.line >= first && d.line < line);
}
