/** Every column a statement declares or retypes (CREATE TABLE, ADD COLUMN, ALTER COLUMN TYPE). */

import type { SqlStatement } from '../../sql/index.js';
import { alterCmds, columnTypeOf, constraintsOf, nameList, tableOf } from '../ast.js';
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

// Five rules read the declared columns of each CREATE / ALTER TABLE: compute them once per statement.
const DECLARED = new WeakMap<SqlStatement, DeclaredColumn[]>();

export function declaredColumns(stmt: SqlStatement): DeclaredColumn[] {
  let cols = DECLARED.get(stmt);
  if (!cols) {
    cols = computeDeclared(stmt);
    DECLARED.set(stmt, cols);
  }
  return cols;
}

function computeDeclared(stmt: SqlStatement): DeclaredColumn[] {
  const table = tableOf(stmt.ast?.relation);
  if (!table) return [];
  const out: DeclaredColumn[] = [];
  const push = (name: string, typeName: any, pk: boolean, fk: boolean) => {
    const type = columnTypeOf(typeName);
    if (!type) return;
    const written = (nameList(typeName.names).at(-1) ?? '').toLowerCase();
    out.push({ table, name, type, written, primaryKey: pk, foreignKey: fk });
  };
  const fromDef = (def: any, tablePk: Set<string>, tableFk: Set<string>) => {
    const kinds = constraintsOf(def).map((k) => k.contype);
    push(
      def.colname,
      def.typeName,
      kinds.includes('CONSTR_PRIMARY') || tablePk.has(def.colname),
      kinds.includes('CONSTR_FOREIGN') || tableFk.has(def.colname),
    );
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
      if (c.subtype === 'AT_AddColumn' && c.def?.ColumnDef) fromDef(c.def.ColumnDef, new Set(), new Set());
      if (c.subtype === 'AT_AlterColumnType' && c.def?.ColumnDef)
        push(c.name, c.def.ColumnDef.typeName, false, false);
    }
  }
  return out;
}
