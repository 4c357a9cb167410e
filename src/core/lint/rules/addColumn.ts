/** Shared reading of ALTER TABLE ... ADD COLUMN sub-commands. */

import type { SqlStatement } from '../../sql/index.js';
import { alterCmds, classifyDefault, type DefaultKind, tableOf } from '../ast.js';
import type { RuleContext, TableRef } from '../types.js';

export interface AddedColumn {
  readonly table: TableRef;
  readonly name: string;
  readonly def: any;
  readonly notNull: boolean;
  readonly primaryKey: boolean;
  readonly identity: boolean;
  readonly serial: boolean;
  readonly generated: boolean;
  readonly storedGenerated: boolean;
  /** Absent when the column has no DEFAULT. */
  readonly defaultKind?: DefaultKind;
}

export function addedColumns(
  stmt: SqlStatement,
  ctx?: Pick<RuleContext, 'functionVolatility'>,
): AddedColumn[] {
  // Seven rules read the added columns of each ADD COLUMN, one statement after the other: compute
  // them once per statement (and volatility lookup, which the set's state answers).
  const lookup = ctx?.functionVolatility;
  if (stmt !== lastStmt || lookup !== lastLookup) {
    lastColumns = computeAdded(stmt, lookup);
    lastStmt = stmt;
    lastLookup = lookup;
  }
  return lastColumns;
}

let lastStmt: SqlStatement | undefined;
let lastLookup: RuleContext['functionVolatility'] | undefined;
let lastColumns: AddedColumn[] = [];

const SERIAL = /^(small|big)?serial[248]?$/;

function computeAdded(
  stmt: SqlStatement,
  lookup: RuleContext['functionVolatility'] | undefined,
): AddedColumn[] {
  if (stmt.kind !== 'AlterTableStmt') return [];
  const table = tableOf(stmt.ast.relation);
  if (!table) return [];
  const out: AddedColumn[] = [];
  for (const c of alterCmds(stmt.ast)) {
    if (c.subtype !== 'AT_AddColumn' || !c.def?.ColumnDef) continue;
    const def = c.def.ColumnDef;
    let notNull = false;
    let primaryKey = false;
    let identity = false;
    let generated = false;
    let storedGenerated = false;
    let expr: any;
    let hasDefault = false;
    for (const item of def.constraints ?? []) {
      const k = item?.Constraint;
      if (!k) continue;
      switch (k.contype) {
        case 'CONSTR_NOTNULL':
          notNull = true;
          break;
        case 'CONSTR_PRIMARY':
          notNull = true;
          primaryKey = true;
          break;
        case 'CONSTR_IDENTITY':
          identity = true;
          break;
        case 'CONSTR_GENERATED':
          generated = true;
          // PostgreSQL 18 adds VIRTUAL generated columns (no storage, no rewrite); STORED is the default before 18.
          if (k.generated_kind !== 'v') storedGenerated = true;
          break;
        case 'CONSTR_DEFAULT':
          if (!hasDefault) expr = k.raw_expr;
          hasDefault = true;
          break;
      }
    }
    const typeName = (def.typeName?.names?.at(-1)?.String?.sval ?? '').toLowerCase();
    out.push({
      table,
      name: def.colname as string,
      def,
      notNull,
      primaryKey,
      identity,
      serial: SERIAL.test(typeName),
      generated,
      storedGenerated,
      defaultKind: expr === undefined ? undefined : classifyDefault(expr, lookup),
    });
  }
  return out;
}
