/**
 * Executes the statements of one migration part and turns a PostgreSQL error into an
 * SqlExecutionError pointing at the file, line and column of the failing statement.
 */
import type { Queryable } from '../db.js';
import { dbErrorFields } from '../db.js';
import { SqlExecutionError } from '../errors.js';
import {
  parseSqlFile,
  type SqlStatement,
  splitTransactionWrapper,
  type TransactionControlUse,
} from '../sql/index.js';
import { MigrationDirError } from './errors.js';
import type { MigrationPart } from './types.js';

/**
 * Parses a part (the parser must be loaded) and strips the BEGIN/COMMIT wrapper the runner
 * replaces; any other transaction control is refused at its location, before anything runs.
 */
export function partStatements(part: MigrationPart): SqlStatement[] {
  const { body, refused } = splitTransactionWrapper(
    parseSqlFile(part.file, part.text, { firstLine: part.firstLine }).statements,
  );
  refuseTransactionControl(part, refused);
  return body;
}

/** Throws at the first transaction control statement of a part, if any: nothing has run yet. */
export function refuseTransactionControl(
  part: MigrationPart,
  refused: readonly TransactionControlUse[],
): void {
  const first = refused[0];
  if (first) {
    const s = first.statement;
    throw new MigrationDirError(
      [`${part.file}:${s.line}:${s.column}`],
      `${first.what} inside a migration file: schemagate runs each file in one transaction of its own (or, for a ` +
        'no-transaction file, statement by statement), so transaction control in the file would break all-or-nothing ' +
        `and what is recorded as applied. Remove it${refused.length > 1 ? ` (and the ${refused.length - 1} more after it)` : ''}; ` +
        'a plain leading BEGIN and trailing COMMIT are allowed and ignored. Put changes that must commit separately in separate files.',
    );
  }
}

/** Line and column inside the file of a 1-based character position within the statement text. */
function locate(stmt: SqlStatement, position: number | undefined): { line: number; column: number } {
  if (!position || position < 1 || position > stmt.text.length + 1)
    return { line: stmt.line, column: stmt.column };
  const before = stmt.text.slice(0, position - 1);
  const nl = before.lastIndexOf('\n');
  const newlines = before.split('\n').length - 1;
  return nl < 0
    ? { line: stmt.line, column: stmt.column + before.length }
    : { line: stmt.line + newlines, column: before.length - nl };
}

/** `prefix` is text sent in the same query before the statement (it shifts PostgreSQL's position). */
export function executionError(stmt: SqlStatement, err: unknown, prefix = ''): SqlExecutionError {
  const f = dbErrorFields(err);
  const raw = f.position === undefined ? undefined : Number(f.position) - prefix.length;
  const at = locate(stmt, raw);
  const extra = [f.detail && `DETAIL: ${f.detail}`, f.hint && `HINT: ${f.hint}`].filter(Boolean).join(' ');
  return new SqlExecutionError(
    stmt.file,
    at.line,
    at.column,
    extra ? `${f.message} (${extra})` : f.message,
    f.code,
    {
      cause: err,
    },
  );
}

/**
 * Runs one statement. `prefix` and `suffix` let the runner send BEGIN with the first statement of
 * a file and its revision row and COMMIT with the last: a migration run is mostly round trips.
 * The suffix starts on a new line so that a trailing `-- comment` cannot swallow it.
 */
export async function runStatement(
  conn: Queryable,
  stmt: SqlStatement,
  prefix = '',
  suffix = '',
): Promise<void> {
  try {
    await conn.exec(prefix + stmt.text + (suffix ? `\n;\n${suffix}` : ''));
  } catch (err) {
    throw executionError(stmt, err, prefix);
  }
}
