/** Shared reading of ALTER TABLE ... ADD CONSTRAINT sub-commands. */

import type { SqlStatement } from '../../sql/index.js';
import { alterCmds, tableOf } from '../ast.js';
import type { TableRef } from '../types.js';

export interface AddedConstraint {
  readonly table: TableRef;
  readonly constraint: any;
  readonly name?: string;
  readonly notValid: boolean;
}

export function addedConstraints(stmt: SqlStatement, contype: string): AddedConstraint[] {
  // Four checks of three rules read the added constraints of each ADD CONSTRAINT, one statement
  // after the other: unwrap them once per statement.
  if (stmt !== lastStmt) {
    lastAdded = computeAdded(stmt);
    lastStmt = stmt;
  }
  return lastAdded.filter((c) => c.constraint.contype === contype);
}

let lastStmt: SqlStatement | undefined;
let lastAdded: AddedConstraint[] = [];

function computeAdded(stmt: SqlStatement): AddedConstraint[] {
  if (stmt.kind !== 'AlterTableStmt') return [];
  const table = tableOf(stmt.ast.relation);
  if (!table) return [];
  const out: AddedConstraint[] = [];
  for (const c of alterCmds(stmt.ast)) {
    const k = c.subtype === 'AT_AddConstraint' ? c.def?.Constraint : undefined;
    if (k) out.push({ table, constraint: k, name: k.conname, notValid: Boolean(k.skip_validation) });
  }
  return out;
}

/** The statement text with NOT VALID added, when it holds a single sub-command (the common case). */
export function withNotValid(stmt: SqlStatement): string | undefined {
  return (stmt.ast.cmds ?? []).length === 1 ? `${stmt.text.replace(/\s+$/, '')} NOT VALID;` : undefined;
}
