/**
 * Transaction control written inside a migration file. The runner owns the transaction of each
 * file: a ROLLBACK, COMMIT or SAVEPOINT in the middle would end it early and the file would no
 * longer be all-or-nothing (a later statement would commit on its own). Only the wrapper the
 * formats allow, a plain leading BEGIN and trailing COMMIT, is accepted and stripped.
 * Pure and parse-tree based, so lint can report the same statements as a finding.
 */
import type { SqlStatement } from './statements.js';

export interface TransactionControlUse {
  readonly statement: SqlStatement;
  /** What the statement is, as a user wrote it: `ROLLBACK`, `SAVEPOINT`, `COMMIT PREPARED`... */
  readonly what: string;
}

const WHAT: Record<string, string> = {
  TRANS_STMT_BEGIN: 'BEGIN',
  TRANS_STMT_START: 'START TRANSACTION',
  TRANS_STMT_COMMIT: 'COMMIT',
  TRANS_STMT_ROLLBACK: 'ROLLBACK',
  TRANS_STMT_SAVEPOINT: 'SAVEPOINT',
  TRANS_STMT_RELEASE: 'RELEASE SAVEPOINT',
  TRANS_STMT_ROLLBACK_TO: 'ROLLBACK TO SAVEPOINT',
  TRANS_STMT_PREPARE: 'PREPARE TRANSACTION',
  TRANS_STMT_COMMIT_PREPARED: 'COMMIT PREPARED',
  TRANS_STMT_ROLLBACK_PREPARED: 'ROLLBACK PREPARED',
};

/** `BEGIN`/`COMMIT`... for a TransactionStmt, undefined for any other statement. */
export function transactionControlKind(stmt: SqlStatement): string | undefined {
  if (stmt.kind !== 'TransactionStmt') return undefined;
  return WHAT[String(stmt.ast?.kind)] ?? 'transaction control';
}

/** A BEGIN or START TRANSACTION without options: the wrapper a file may open with. */
export const isPlainBegin = (s: SqlStatement | undefined) =>
  s !== undefined &&
  s.kind === 'TransactionStmt' &&
  (s.ast?.kind === 'TRANS_STMT_BEGIN' || s.ast?.kind === 'TRANS_STMT_START') &&
  // BEGIN ISOLATION LEVEL ... would be lost if stripped: not a plain wrapper.
  !(Array.isArray(s.ast?.options) && s.ast.options.length > 0);

/** A COMMIT without AND CHAIN: the wrapper a file may close with. */
export const isPlainCommit = (s: SqlStatement | undefined) =>
  s !== undefined && s.kind === 'TransactionStmt' && s.ast?.kind === 'TRANS_STMT_COMMIT' && !s.ast?.chain;

/**
 * Splits a file's statements into its body (the wrapper removed) and the transaction control
 * that must be refused, in file order. The wrapper is a plain BEGIN first and COMMIT last, both.
 */
export function splitTransactionWrapper(statements: readonly SqlStatement[]): {
  readonly body: SqlStatement[];
  readonly refused: TransactionControlUse[];
} {
  const wrapped =
    statements.length >= 2 && isPlainBegin(statements[0]) && isPlainCommit(statements[statements.length - 1]);
  const body = wrapped ? statements.slice(1, -1) : statements.slice();
  const refused: TransactionControlUse[] = [];
  for (const statement of body) {
    const what = transactionControlKind(statement);
    if (what) refused.push({ statement, what });
  }
  return { body, refused };
}
