/**
 * A transactional migration part as the runner sends it: the file's own text, cut at statement
 * boundaries into queries of about a megabyte, inside the file's transaction. The part is lexed,
 * not parsed: only statements that may be transaction control or may need to run outside a
 * transaction (their words say so) go to the parser. Syntax is PostgreSQL's to check: every
 * pending script is put through the server's parser before the run applies anything
 * (syntaxCheckScripts), and a position is mapped back to the file. Files of hundreds of megabytes apply in bounded memory this way, and a run of many
 * small files spends no time in the parser.
 */
import type { Queryable } from '../db.js';
import { dbErrorFields } from '../db.js';
import { DbConnectionLostError, SqlExecutionError, SqlSyntaxError } from '../errors.js';
import {
  isPlainBegin,
  isPlainCommit,
  parseSqlFile,
  type SqlStatement,
  type TransactionControlUse,
  transactionControlKind,
} from '../sql/index.js';
import { LineCounter, lexStatements } from '../sql/split.js';
import { refuseTransactionControl } from './executor.js';
import { nonTransactionalReason, nonTransactionalWords } from './nonTransactional.js';
import type { MigrationPart } from './types.js';

/** Statements PostgreSQL treats as transaction control all start with one of these words. */
const TRANSACTION_WORDS = [
  'begin',
  'start',
  'commit',
  'end',
  'rollback',
  'abort',
  'savepoint',
  'release',
  'prepare',
];

/** Size of one query: big enough that round trips do not count, small enough for any driver and server. */
export const SCRIPT_CHUNK_SIZE = 1_000_000;

export interface MigrationScript {
  readonly part: MigrationPart;
  /** Chunk k is `part.text.slice(bounds[k], bounds[k + 1])`; the leading BEGIN / trailing COMMIT are outside. */
  readonly bounds: readonly number[];
  readonly statementCount: number;
}

/** How a part runs: as a script, or (outside a transaction) statement by statement from its parse. */
export type PartPlan =
  | { readonly script: MigrationScript; readonly statements?: undefined }
  | { readonly script?: undefined; readonly needsStatements: true };

interface Flagged {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly next: number;
}

/**
 * Lexes a part and decides how it runs. Refuses (before anything runs) transaction control other
 * than the plain BEGIN/COMMIT wrapper, quotes left open at the end, and watched statements the
 * parser rejects. `needsStatements` when the part is marked to run without a transaction or holds
 * a statement that cannot run in one: the caller parses it whole and runs it statement by statement.
 */
export function planPart(
  part: MigrationPart,
  markedTransactional: boolean,
  serverVersion: number,
  chunkSize = SCRIPT_CHUNK_SIZE,
): PartPlan {
  const text = part.text;
  const nonTx = nonTransactionalWords(serverVersion);
  const flagged: Flagged[] = [];
  const cuts: number[] = [];
  let count = 0;
  let first: Flagged | undefined;
  let last: Flagged | undefined;
  let lastCut = 0;
  const open = lexStatements(
    text,
    (start, end, next, isFlagged) => {
      const span = { index: count, start, end, next };
      if (count === 0) first = span;
      last = span;
      count++;
      if (isFlagged) flagged.push(span);
      if (next - lastCut >= chunkSize) {
        cuts.push(next);
        lastCut = next;
      }
    },
    { watchFirst: new Set([...TRANSACTION_WORDS, ...nonTx.first]), watchAny: new Set(nonTx.any) },
  );
  if (open) {
    const at = new LineCounter(text, part.firstLine).at(open.at);
    throw new SqlSyntaxError(part.file, at.line, at.column, open.what);
  }

  const parsed = parseFlagged(part, flagged);
  const parsedAt = (span: Flagged | undefined) =>
    span === undefined ? undefined : parsed.find((p) => p.span === span)?.statements;
  const single = (list: SqlStatement[] | undefined) => (list?.length === 1 ? list[0] : undefined);
  const wrapped =
    count >= 2 && isPlainBegin(single(parsedAt(first))) && isPlainCommit(single(parsedAt(last)));

  const refused: TransactionControlUse[] = [];
  let needsNoTransaction = false;
  for (const p of parsed) {
    if (wrapped && (p.span === first || p.span === last)) continue;
    for (const statement of p.statements) {
      const what = transactionControlKind(statement);
      if (what) refused.push({ statement, what });
      else if (nonTransactionalReason(statement, serverVersion)) needsNoTransaction = true;
    }
  }
  refuseTransactionControl(part, refused);
  if (!markedTransactional || needsNoTransaction) return { needsStatements: true };

  const from = wrapped && first ? first.next : 0;
  const to = wrapped && last ? last.start : text.length;
  const bounds = [from, ...cuts.filter((c) => c > from && c < to), to];
  return { script: { part, bounds, statementCount: count - (wrapped ? 2 : 0) } };
}

/** Parses each flagged statement alone, with its line and column in the file. */
function parseFlagged(
  part: MigrationPart,
  flagged: readonly Flagged[],
): { span: Flagged; statements: SqlStatement[] }[] {
  if (flagged.length === 0) return [];
  const lines = new LineCounter(part.text, part.firstLine);
  return flagged.map((span) => {
    const at = lines.at(span.start);
    // Padding keeps the parser's columns those of the file.
    const source = ' '.repeat(at.column - 1) + part.text.slice(span.start, span.end);
    return { span, statements: [...parseSqlFile(part.file, source, { firstLine: at.line }).statements] };
  });
}

/**
 * Runs the script on `conn`: `prefix` (settings and BEGIN) goes with the first chunk, `suffix`
 * (the revision row and COMMIT) with the last, on a new line so a trailing `-- comment` cannot
 * swallow it. On failure the transaction is rolled back and a ScriptFailure names the statement.
 */
export async function runScript(
  conn: Queryable,
  script: MigrationScript,
  prefix: string,
  suffix: () => string,
): Promise<void> {
  const { bounds } = script;
  const text = script.part.text;
  const chunks = bounds.length - 1;
  for (let k = 0; k < chunks; k++) {
    const head = k === 0 ? prefix : '';
    const query = head + text.slice(bounds[k], bounds[k + 1]) + (k === chunks - 1 ? `\n;\n${suffix()}` : '');
    try {
      await conn.exec(query);
    } catch (err) {
      await conn.exec('ROLLBACK').catch(() => {});
      throw await scriptFailure(conn, script, k, query, head.length, prefix, err);
    }
  }
}

/**
 * Has the server's parser read every pending script before any of them runs, so a syntax error in
 * a statement the lexer let through refuses the whole run (exit 2, nothing applied) as the parser
 * would have. A simple query is parsed whole before its first statement executes, so
 * `SELECT 1/0;` followed by the SQL fails with division by zero when all of it parses, and with
 * the parser's error (and its position) when it does not; nothing of it runs either way. Small
 * files share a query, so a run of many files costs a few round trips.
 */
export async function syntaxCheckScripts(
  conn: Queryable,
  scripts: readonly MigrationScript[],
  batchSize = SCRIPT_CHUNK_SIZE,
): Promise<void> {
  const PROBE = 'SELECT 1/0;\n';
  const SEPARATOR = '\n;\n';
  let segments: { script: MigrationScript; from: number; to: number; at: number }[] = [];
  let query = PROBE;
  const flush = async () => {
    if (segments.length === 0) return;
    const sent = segments;
    const text = query;
    segments = [];
    query = PROBE;
    try {
      await conn.exec(text);
    } catch (err) {
      const f = dbErrorFields(err);
      if (f.code === '22012') return;
      if (err instanceof DbConnectionLostError) throw err;
      const index =
        f.position !== undefined && Number(f.position) >= 1
          ? codeUnitIndex(text, Number(f.position) - 1)
          : -1;
      const seg = [...sent].reverse().find((s) => s.at <= index) ?? sent[0];
      const offset = index < 0 ? seg.from : Math.min(seg.from + (index - seg.at), seg.to);
      const { part } = seg.script;
      const at = new LineCounter(part.text, part.firstLine).at(offset);
      const where =
        index < 0
          ? ` (PostgreSQL gave no position; the error is in ${sent
              .map((s) => s.script.part.file)
              .filter((v, i, a) => a.indexOf(v) === i)
              .join(', ')})`
          : '';
      throw new SqlSyntaxError(part.file, at.line, at.column, `${f.message}${where}`);
    }
  };
  for (const script of scripts) {
    const { bounds, part } = script;
    for (let k = 0; k + 1 < bounds.length; k++) {
      if (segments.length > 0 && query.length + (bounds[k + 1] - bounds[k]) > batchSize) await flush();
      if (segments.length > 0) query += SEPARATOR;
      segments.push({ script, from: bounds[k], to: bounds[k + 1], at: query.length });
      query += part.text.slice(bounds[k], bounds[k + 1]);
    }
  }
  await flush();
}

/** A failed script: the error at its place in the file, and the text of the statement there. */
export class ScriptFailure extends Error {
  override readonly name = 'ScriptFailure';
  constructor(
    readonly error: SqlExecutionError,
    readonly statement: string,
  ) {
    super(error.message, { cause: error });
  }
}

async function scriptFailure(
  conn: Queryable,
  script: MigrationScript,
  chunk: number,
  query: string,
  headLength: number,
  prefix: string,
  err: unknown,
): Promise<ScriptFailure> {
  const f = dbErrorFields(err);
  const { part, bounds } = script;
  const from = bounds[chunk];
  const to = bounds[chunk + 1];
  let offset: number | undefined;
  let note = '';
  if (f.position !== undefined && Number(f.position) >= 1) {
    // PostgreSQL counts characters (code points) from 1 across the whole query string.
    const index = codeUnitIndex(query, Number(f.position) - 1);
    offset = Math.min(Math.max(from, from + index - headLength), to);
  } else if (f.completedStatements !== undefined) {
    // The driver counted the statements that completed: the next one failed.
    const index = f.completedStatements - countStatements(query.slice(0, headLength));
    offset = nthStatement(part.text, from, to, index)?.start;
  } else if (!(err instanceof DbConnectionLostError) && f.code !== '57014') {
    // No position (a constraint violation, a lock timeout...): replay in a transaction that is
    // rolled back, one statement at a time in the failing chunk, to find the statement.
    offset = await replayToFind(conn, script, chunk, prefix).catch(() => undefined);
  }
  const statement = statementAt(part.text, from, to, offset ?? from);
  if (offset === undefined) {
    offset = statement?.start ?? from;
    const lines = new LineCounter(part.text, part.firstLine);
    const a = lines.at(from).line;
    const b = lines.at(to).line;
    if (b > a)
      note = ` (in the statements of lines ${a}-${b}, sent together: PostgreSQL gave no position for this error)`;
  }
  const at = new LineCounter(part.text, part.firstLine).at(offset);
  const extra = [f.detail && `DETAIL: ${f.detail}`, f.hint && `HINT: ${f.hint}`].filter(Boolean).join(' ');
  const error = new SqlExecutionError(
    part.file,
    at.line,
    at.column,
    `${f.message}${extra ? ` (${extra})` : ''}${note}`,
    f.code,
    { cause: err },
  );
  return new ScriptFailure(error, statement ? part.text.slice(statement.start, statement.end) : '');
}

/** The UTF-16 index of the `points`-th code point of `s`. */
function codeUnitIndex(s: string, points: number): number {
  if (!/[\uD800-\uDFFF]/.test(s)) return points;
  let i = 0;
  for (let p = 0; p < points && i < s.length; p++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  }
  return i;
}

function countStatements(text: string): number {
  let n = 0;
  lexStatements(text, () => {
    n++;
  });
  return n;
}

/** The 0-based `index`-th statement of [from, to), if there is one. */
function nthStatement(text: string, from: number, to: number, index: number) {
  let k = 0;
  let found: { start: number; end: number } | undefined;
  if (index < 0) return undefined;
  lexStatements(
    text,
    (start, end) => {
      if (k++ === index) found = { start, end };
    },
    { from, to },
  );
  return found;
}

/** The statement of [from, to) that holds `offset` (or the last one before it). */
function statementAt(text: string, from: number, to: number, offset: number) {
  let found: { start: number; end: number } | undefined;
  lexStatements(
    text,
    (start, end) => {
      if (found === undefined || start <= offset) found = { start, end };
    },
    { from, to },
  );
  return found;
}

/** Offset of the statement that fails when the chunk is run one statement at a time, if one does. */
async function replayToFind(
  conn: Queryable,
  script: MigrationScript,
  chunk: number,
  prefix: string,
): Promise<number | undefined> {
  const { part, bounds } = script;
  const spans: { start: number; end: number }[] = [];
  lexStatements(part.text, (start, end) => spans.push({ start, end }), {
    from: bounds[chunk],
    to: bounds[chunk + 1],
  });
  try {
    await conn.exec(prefix);
    for (let k = 0; k < chunk; k++) await conn.exec(part.text.slice(bounds[k], bounds[k + 1]));
    for (const s of spans) {
      try {
        await conn.exec(part.text.slice(s.start, s.end));
      } catch (err) {
        const pos = Number(dbErrorFields(err).position);
        const text = part.text.slice(s.start, s.end);
        return pos >= 1 ? s.start + Math.min(codeUnitIndex(text, pos - 1), text.length) : s.start;
      }
    }
    return undefined;
  } finally {
    await conn.exec('ROLLBACK').catch(() => {});
  }
}
