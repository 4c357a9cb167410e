/** Shared reading of data-changing statements inside a migration. */

import type { SqlStatement } from '../../sql/index.js';
import { tableOf } from '../ast.js';
import type { TableRef } from '../types.js';

export interface DataChange {
  readonly verb: 'UPDATE' | 'DELETE' | 'INSERT';
  readonly table: TableRef;
  readonly bounded: boolean;
}

export function dataChange(stmt: SqlStatement): DataChange | undefined {
  const table = tableOf(stmt.ast?.relation);
  if (!table) return undefined;
  if (stmt.kind === 'UpdateStmt') return { verb: 'UPDATE', table, bounded: Boolean(stmt.ast.whereClause) };
  if (stmt.kind === 'DeleteStmt') return { verb: 'DELETE', table, bounded: Boolean(stmt.ast.whereClause) };
  // INSERT ... SELECT ... FROM copies rows: a backfill. INSERT ... VALUES is seed data and is fine.
  if (stmt.kind === 'InsertStmt' && stmt.ast.selectStmt?.SelectStmt?.fromClause)
    return { verb: 'INSERT', table, bounded: true };
  return undefined;
}
