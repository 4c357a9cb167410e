/** Shared reading of ALTER TABLE ... ADD COLUMN sub-commands. */

import type { SqlStatement } from '../../sql/index.js';
import { alterCmds, classifyDefault, constraintsOf, type DefaultKind, defaultExpr, tableOf } from '../ast.js';
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
  if (stmt.kind !== 'AlterTableStmt') return [];
  const table = tableOf(stmt.ast.relation);
  if (!table) return [];
  return alterCmds(stmt.ast)
    .filter((c) => c.subtype === 'AT_AddColumn' && c.def?.ColumnDef)
    .map((c) => {
      const def = c.def.ColumnDef;
      const kinds = constraintsOf(def).map((k) => k.contype as string);
      const expr = defaultExpr(def);
      const typeName = (def.typeName?.names?.at(-1)?.String?.sval ?? '').toLowerCase();
      return {
        table,
        name: def.colname as string,
        def,
        notNull: kinds.includes('CONSTR_NOTNULL') || kinds.includes('CONSTR_PRIMARY'),
        primaryKey: kinds.includes('CONSTR_PRIMARY'),
        identity: kinds.includes('CONSTR_IDENTITY'),
        serial: /^(small|big)?serial[248]?$/.test(typeName),
        generated: kinds.includes('CONSTR_GENERATED'),
        // PostgreSQL 18 adds VIRTUAL generated columns (no storage, no rewrite); STORED is the default before 18.
        storedGenerated: constraintsOf(def).some(
          (k) => k.contype === 'CONSTR_GENERATED' && k.generated_kind !== 'v',
        ),
        defaultKind: expr === undefined ? undefined : classifyDefault(expr, ctx?.functionVolatility),
      };
    });
}
