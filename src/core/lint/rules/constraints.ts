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
  if (stmt.kind !== 'AlterTableStmt') return [];
  const table = tableOf(stmt.ast.relation);
  if (!table) return [];
  return alterCmds(stmt.ast)
    .filter((c) => c.subtype === 'AT_AddConstraint' && c.def?.Constraint?.contype === contype)
    .map((c) => ({
      table,
      constraint: c.def.Constraint,
      name: c.def.Constraint.conname,
      notValid: Boolean(c.def.Constraint.skip_validation),
    }));
}

/** The statement text with NOT VALID added, when it holds a single sub-command (the common case). */
export function withNotValid(stmt: SqlStatement): string | undefined {
  return (stmt.ast.cmds ?? []).length === 1 ? `${stmt.text.replace(/\s+$/, '')} NOT VALID;` : undefined;
}
