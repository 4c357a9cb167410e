/**
 * What the linter knows about the migration set while it walks the files in order: tables
 * created by the linted migrations (cheap to lock), declared column types (for rewrite
 * analysis), index owners, validated NOT NULL checks, and per-file transaction and lock_timeout state.
 */
import type { SqlFile, SqlStatement } from '../sql/index.js';
import { alterCmds, columnTypeOf, nameList, refFromNames, tableKey, tableOf } from './ast.js';
import type { ColumnType, RuleContext, TableRef } from './types.js';

export class MigrationSetState {
  private readonly newTables = new Set<string>();
  private readonly columns = new Map<string, ColumnType>();
  private readonly indexes = new Map<string, TableRef>();
  private readonly validatedChecks = new Set<string>();
  /** NOT VALID checks of the form (col IS NOT NULL), by table and constraint name. */
  private readonly pendingChecks = new Map<string, string>();
  private inTransaction = false;
  private lockTimeoutSet = false;
  private nonTransactional = false;

  constructor(readonly pgVersion: number) {}

  startFile(file: SqlFile): void {
    this.inTransaction = false;
    this.lockTimeoutSet = false;
    this.nonTransactional =
      file.statements.some((s) => (s.kind === 'IndexStmt' || s.kind === 'DropStmt') && s.ast.concurrent) ||
      file.directives.some(
        (d) =>
          (d.name === 'migrate:up' && /transaction:false/.test(d.args)) ||
          (d.name === 'atlas:txmode' && /none/.test(d.args)),
      );
  }

  context(): RuleContext {
    return {
      pgVersion: this.pgVersion,
      inTransaction: this.inTransaction,
      lockTimeoutSet: this.lockTimeoutSet,
      nonTransactionalFile: this.nonTransactional,
      isNewTable: (t) => this.isNewTable(t),
      columnType: (t, c) => this.columns.get(`${tableKey(t)}.${c}`),
      indexTable: (i) => this.indexes.get(tableKey(i)),
      hasValidatedNotNullCheck: (t, c) => this.validatedChecks.has(`${tableKey(t)}.${c}`),
    };
  }

  isNewTable(t: TableRef): boolean {
    return this.newTables.has(tableKey(t));
  }

  /** Records what a statement changes. `linted` is false for already-applied context files. */
  apply(stmt: SqlStatement, linted: boolean): void {
    const a = stmt.ast;
    switch (stmt.kind) {
      case 'TransactionStmt':
        if (a.kind === 'TRANS_STMT_BEGIN' || a.kind === 'TRANS_STMT_START') this.inTransaction = true;
        if (a.kind === 'TRANS_STMT_COMMIT' || a.kind === 'TRANS_STMT_ROLLBACK') this.inTransaction = false;
        return;
      case 'VariableSetStmt':
        if (a.name === 'lock_timeout')
          this.lockTimeoutSet = a.kind === 'VAR_SET_VALUE' && !isZero(a.args?.[0]);
        return;
      case 'CreateStmt':
      case 'CreateTableAsStmt': {
        const table = tableOf(stmt.kind === 'CreateStmt' ? a.relation : a.into?.rel);
        if (!table) return;
        if (linted) this.newTables.add(tableKey(table));
        for (const e of a.tableElts ?? []) {
          const t = columnTypeOf(e.ColumnDef?.typeName);
          if (t) this.columns.set(`${tableKey(table)}.${e.ColumnDef.colname}`, t);
        }
        return;
      }
      case 'IndexStmt': {
        const table = tableOf(a.relation);
        if (table && a.idxname) this.indexes.set(tableKey({ schema: table.schema, name: a.idxname }), table);
        return;
      }
      case 'RenameStmt': {
        const table = tableOf(a.relation);
        if (!table) return;
        if (a.renameType === 'OBJECT_TABLE' && this.isNewTable(table))
          this.newTables.add(tableKey({ schema: table.schema, name: a.newname }));
        if (a.renameType === 'OBJECT_COLUMN') {
          const t = this.columns.get(`${tableKey(table)}.${a.subname}`);
          if (t) this.columns.set(`${tableKey(table)}.${a.newname}`, t);
        }
        return;
      }
      case 'AlterTableStmt':
        this.applyAlter(stmt);
        return;
      case 'DropStmt':
        if (a.removeType === 'OBJECT_TABLE') {
          for (const o of a.objects ?? [])
            this.newTables.delete(tableKey(refFromNames(nameList(o.List?.items))));
        }
        return;
    }
  }

  private applyAlter(stmt: SqlStatement): void {
    const table = tableOf(stmt.ast.relation);
    if (!table) return;
    const key = tableKey(table);
    for (const c of alterCmds(stmt.ast)) {
      if (c.subtype === 'AT_AddColumn' || c.subtype === 'AT_AlterColumnType') {
        const def = c.def?.ColumnDef;
        const t = columnTypeOf(def?.typeName);
        const name = c.subtype === 'AT_AddColumn' ? def?.colname : c.name;
        if (t && name) this.columns.set(`${key}.${name}`, t);
      } else if (c.subtype === 'AT_DropColumn') {
        this.columns.delete(`${key}.${c.name}`);
      } else if (c.subtype === 'AT_AddConstraint' && c.def?.Constraint?.contype === 'CONSTR_CHECK') {
        const column = notNullColumn(c.def.Constraint.raw_expr);
        if (!column) continue;
        if (c.def.Constraint.skip_validation)
          this.pendingChecks.set(`${key}/${c.def.Constraint.conname}`, column);
        else this.validatedChecks.add(`${key}.${column}`);
      } else if (c.subtype === 'AT_ValidateConstraint') {
        const column = this.pendingChecks.get(`${key}/${c.name}`);
        if (column) this.validatedChecks.add(`${key}.${column}`);
      }
    }
  }
}

function isZero(arg: any): boolean {
  const v = arg?.A_Const;
  if (!v) return false;
  if (v.ival !== undefined) return (v.ival.ival ?? 0) === 0;
  if (v.sval !== undefined) return /^\s*0\s*(ms|s|min)?\s*$/.test(v.sval.sval ?? '');
  return false;
}

/** The column of a `column IS NOT NULL` expression. */
function notNullColumn(expr: any): string | undefined {
  const t = expr?.NullTest;
  if (t?.nulltesttype !== 'IS_NOT_NULL') return undefined;
  return nameList(t.arg?.ColumnRef?.fields).at(-1);
}
