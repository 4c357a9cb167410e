/** Every column a statement declares or retypes (CREATE TABLE, ADD COLUMN, ALTER COLUMN TYPE). */

import type { SqlStatement } from '../../sql/index.js';
import { alterCmds, columnTypeOf, lastName, nameList, tableOf } from '../ast.js';
import type { ColumnType, TableRef } from '../types.js';

export interface DeclaredColumn {
  readonly table: TableRef;
  readonly name: string;
  readonly type: ColumnType;
  /** How the type was written (serial is not a real type, so keep the word). */
  readonly written: string;
  readonly primaryKey: boolean;
  readonly foreignKey: boolean;
}

// Five rules read the declared columns of each CREATE / ALTER TABLE, one statement after the
// other: compute them once per statement, remembering only the last one.
let lastStmt: SqlStatement | undefined;
let lastCols: DeclaredColumn[] = [];

export function declaredColumns(stmt: SqlStatement): DeclaredColumn[] {
  if (stmt !== lastStmt) {
    lastCols = computeDeclared(stmt);
    lastStmt = stmt;
  }
  return lastCols;
}

function computeDeclared(stmt: SqlStatement): DeclaredColumn[] {
  const table = tableOf(stmt.ast?.relation);
  if (!table) return [];
  const out: DeclaredColumn[] = [];
  const push = (name: string, typeName: any, pk: boolean, fk: boolean) => {
    const type = columnTypeOf(typeName);
    if (!type) return;
    const written = (lastName(typeName.names) ?? '').toLowerCase();
    out.push({ table, name, type, written, primaryKey: pk, foreignKey: fk });
  };
  const fromDef = (def: any, tablePk: Set<string> | undefined, tableFk: Set<string> | undefined) => {
    let pk = Boolean(tablePk?.has(def.colname));
    let fk = Boolean(tableFk?.has(def.colname));
    for (const k of def.constraints ?? []) {
      const contype = k?.Constraint?.contype;
      if (contype === 'CONSTR_PRIMARY') pk = true;
      else if (contype === 'CONSTR_FOREIGN') fk = true;
    }
    push(def.colname, def.typeName, pk, fk);
  };
  if (stmt.kind === 'CreateStmt') {
    const elts: any[] = stmt.ast.tableElts ?? [];
    const pk = new Set<string>();
    const fk = new Set<string>();
    for (const e of elts) {
      if (e.Constraint?.contype === 'CONSTR_PRIMARY') for (const k of nameList(e.Constraint.keys)) pk.add(k);
      if (e.Constraint?.contype === 'CONSTR_FOREIGN')
        for (const k of nameList(e.Constraint.fk_attrs)) fk.add(k);
    }
    for (const e of elts) if (e.ColumnDef) fromDef(e.ColumnDef, pk, fk);
  } else if (stmt.kind === 'AlterTableStmt') {
    for (const c of alterCmds(stmt.ast)) {
      if (c.subtype === 'AT_AddColumn' && c.def?.ColumnDef) fromDef(c.def.ColumnDef, undefined, undefined);
      if (c.subtype === 'AT_AlterColumnType' && c.def?.ColumnDef)
        push(c.name, c.def.ColumnDef.typeName, false, false);
    }
  }
  return out;
}
