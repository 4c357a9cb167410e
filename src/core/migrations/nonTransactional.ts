/**
 * Statements PostgreSQL refuses inside a transaction block, recognised from the parse tree (never
 * from text, so a comment or string mentioning CONCURRENTLY changes nothing).
 */
import type { SqlStatement } from '../sql/index.js';

function hasOption(list: unknown, name: string): boolean {
  return (
    Array.isArray(list) &&
    list.some((o) => (o as { DefElem?: { defname?: string } })?.DefElem?.defname === name)
  );
}

/**
 * Bare words without which nonTransactionalReason is always undefined: the migrate path parses
 * only statements holding one of them (first word, or any word), so this list must follow the
 * switch below.
 */
export function nonTransactionalWords(serverVersion: number): { first: string[]; any: string[] } {
  return {
    first: ['vacuum', 'cluster', 'reindex'],
    any: [
      'concurrently',
      'system',
      'database',
      'tablespace',
      'subscription',
      ...(serverVersion < 120000 ? ['value'] : []),
    ],
  };
}

/** Why `stmt` cannot run in a transaction on a server of `serverVersion`, or undefined. */
export function nonTransactionalReason(stmt: SqlStatement, serverVersion: number): string | undefined {
  const a = stmt.ast ?? {};
  switch (stmt.kind) {
    case 'IndexStmt':
      return a.concurrent ? 'CREATE INDEX CONCURRENTLY' : undefined;
    case 'DropStmt':
      return a.concurrent ? 'DROP INDEX CONCURRENTLY' : undefined;
    case 'ReindexStmt':
      return hasOption(a.params, 'concurrently') || a.concurrent
        ? 'REINDEX CONCURRENTLY'
        : a.kind === 'REINDEX_OBJECT_SYSTEM' || a.kind === 'REINDEX_OBJECT_DATABASE'
          ? 'REINDEX SYSTEM/DATABASE'
          : undefined;
    case 'AlterSystemStmt':
      return 'ALTER SYSTEM';
    case 'VacuumStmt':
      return a.is_vacuumcmd ? 'VACUUM' : undefined;
    case 'CreatedbStmt':
      return 'CREATE DATABASE';
    case 'DropdbStmt':
      return 'DROP DATABASE';
    case 'CreateTableSpaceStmt':
      return 'CREATE TABLESPACE';
    case 'DropTableSpaceStmt':
      return 'DROP TABLESPACE';
    case 'CreateSubscriptionStmt':
      return 'CREATE SUBSCRIPTION';
    case 'DropSubscriptionStmt':
      return 'DROP SUBSCRIPTION';
    case 'ClusterStmt':
      return a.relation ? undefined : 'CLUSTER without a table';
    case 'AlterEnumStmt':
      // Before PostgreSQL 12, ALTER TYPE ... ADD VALUE could not run inside a transaction block.
      return serverVersion < 120000 && a.newVal !== undefined && !a.oldVal
        ? 'ALTER TYPE ... ADD VALUE (before PostgreSQL 12)'
        : undefined;
    default:
      return undefined;
  }
}

/** Statements that are fine outside a transaction next to non-transactional ones. */
export function isSessionStatement(stmt: SqlStatement): boolean {
  return stmt.kind === 'VariableSetStmt' || stmt.kind === 'VariableShowStmt';
}

/** BEGIN / START TRANSACTION / COMMIT / END written in the file: the runner owns transactions. */
export function isTransactionControl(stmt: SqlStatement): boolean {
  if (stmt.kind !== 'TransactionStmt') return false;
  const k = stmt.ast?.kind;
  return k === 'TRANS_STMT_BEGIN' || k === 'TRANS_STMT_START' || k === 'TRANS_STMT_COMMIT';
}
