/**
 * What the linter knows about the migration set while it walks the files in order: tables
 * created by the linted migrations (cheap to lock), declared column types (for rewrite
 * analysis), index owners, validated NOT NULL checks, and per-file transaction and lock_timeout state.
 */
import type { SqlFile, SqlStatement } from '../sql/index.js';
import { alterCmds, columnTypeOf, nameList, refFromNames, tableKey, tableOf } from './ast.js';
import { builtinVolatility } from './functions.js';
import type { ColumnType, ConstraintInfo, EndOfFileContext, RuleContext, TableRef } from './types.js';

const CONSTRAINT_KINDS: Record<string, ConstraintInfo['kind']> = {
  CONSTR_PRIMARY: 'primary',
  CONSTR_UNIQUE: 'unique',
  CONSTR_FOREIGN: 'foreign',
  CONSTR_CHECK: 'check',
  CONSTR_EXCLUSION: 'exclusion',
};

/** The suffix PostgreSQL gives a constraint's default name. */
const NAME_SUFFIX: Record<ConstraintInfo['kind'], string> = {
  primary: 'pkey',
  unique: 'key',
  foreign: 'fkey',
  check: 'check',
  exclusion: 'excl',
  other: '',
};

export interface StateOptions {
  /** Functions known from outside the set (the declared schema), by lower-case name. */
  readonly functionVolatility?: ReadonlyMap<string, 'immutable' | 'stable' | 'volatile'>;
  /** Every file without a no-transaction directive runs in a transaction (a generic runner). */
  readonly assumeInTransaction?: boolean;
  /**
   * Files schemagate's own runner wraps in a transaction; like the runner, a file whose
   * statements cannot run in one (CONCURRENTLY) is still taken to run without.
   */
  readonly transactionalFiles?: ReadonlySet<string>;
}

export class MigrationSetState {
  private readonly newTables = new Set<string>();
  /** Column types by table key, then column name (no composite key string per lookup). */
  private readonly columns = new Map<string, Map<string, ColumnType>>();
  private readonly indexes = new Map<string, TableRef>();
  private readonly validatedChecks = new Set<string>();
  /** NOT VALID checks of the form (col IS NOT NULL), by table and constraint name. */
  private readonly pendingChecks = new Map<string, string>();
  private readonly constraints = new Map<string, ConstraintInfo>();
  private readonly referenced = new Set<string>();
  private readonly enums = new Map<string, string[]>();
  private readonly functions = new Map<string, 'immutable' | 'stable' | 'volatile'>();
  /** NOT VALID constraints added in the transaction still open, by `table/constraint`. */
  private readonly notValidInTx = new Set<string>();
  private inTransaction = false;
  private openTransaction: SqlStatement | undefined;
  private lockTimeoutSet = false;
  private statementTimeoutSet = false;
  private nonTransactional = false;
  private wrapped = false;

  constructor(
    readonly pgVersion: number,
    private readonly options: StateOptions = {},
  ) {
    for (const [name, v] of options.functionVolatility ?? []) this.functions.set(name, v);
  }

  startFile(file: SqlFile): void {
    this.inTransaction = false;
    this.openTransaction = undefined;
    this.notValidInTx.clear();
    this.lockTimeoutSet = false;
    this.statementTimeoutSet = false;
    const declaredNonTx = file.directives.some(
      (d) =>
        d.name === 'schemagate:no-transaction' ||
        (d.name === 'migrate:up' && /transaction:false/.test(d.args)) ||
        (d.name === 'atlas:txmode' && /none/.test(d.args)),
    );
    this.nonTransactional =
      declaredNonTx ||
      file.statements.some((s) => (s.kind === 'IndexStmt' || s.kind === 'DropStmt') && s.ast.concurrent);
    this.wrapped =
      (Boolean(this.options.assumeInTransaction) && !declaredNonTx) ||
      (Boolean(this.options.transactionalFiles?.has(file.file)) && !this.nonTransactional);
  }

  /**
   * What rules see. One object per linter run, reading the live state: building a fresh object
   * with a dozen closures for each of 10,000 statements was a large share of the lint time.
   */
  context(): RuleContext {
    this.ctx ??= this.makeContext();
    return this.ctx;
  }

  private ctx: RuleContext | undefined;

  private makeContext(): RuleContext {
    const st = this;
    return {
      pgVersion: this.pgVersion,
      get inTransaction() {
        return st.inTransaction || st.wrapped;
      },
      get explicitTransaction() {
        return st.inTransaction;
      },
      get assumeInTransaction() {
        return st.wrapped;
      },
      get lockTimeoutSet() {
        return st.lockTimeoutSet;
      },
      get statementTimeoutSet() {
        return st.statementTimeoutSet;
      },
      get nonTransactionalFile() {
        return st.nonTransactional;
      },
      addedNotValidInThisTransaction: (t, c) => this.notValidInTx.has(`${tableKey(t)}/${c}`),
      constraintInfo: (t, c) => this.constraints.get(`${tableKey(t)}/${c}`),
      referencedByForeignKeys: (t) => this.referenced.has(tableKey(t)),
      enumLabels: (t) => this.enums.get(tableKey(t)),
      functionVolatility: (name) => this.functions.get(name.toLowerCase()) ?? builtinVolatility(name),
      isNewTable: (t) => this.isNewTable(t),
      columnType: (t, c) => this.columns.get(tableKey(t))?.get(c),
      indexTable: (i) => this.indexes.get(tableKey(i)),
      hasValidatedNotNullCheck: (t, c) => this.validatedChecks.has(`${tableKey(t)}.${c}`),
    };
  }

  endContext(): EndOfFileContext {
    return Object.assign(Object.create(this.context()), { openTransaction: this.openTransaction });
  }

  isNewTable(t: TableRef): boolean {
    return this.newTables.has(tableKey(t));
  }

  /** Records what a statement changes. `linted` is false for already-applied context files. */
  apply(stmt: SqlStatement, linted: boolean): void {
    const a = stmt.ast;
    switch (stmt.kind) {
      case 'TransactionStmt':
        if (a.kind === 'TRANS_STMT_BEGIN' || a.kind === 'TRANS_STMT_START') {
          if (!this.inTransaction) this.openTransaction = stmt;
          this.inTransaction = true;
        }
        if (
          a.kind === 'TRANS_STMT_COMMIT' ||
          a.kind === 'TRANS_STMT_ROLLBACK' ||
          a.kind === 'TRANS_STMT_COMMIT_PREPARED' ||
          a.kind === 'TRANS_STMT_PREPARE'
        ) {
          this.inTransaction = false;
          this.openTransaction = undefined;
          this.notValidInTx.clear();
        }
        return;
      case 'VariableSetStmt':
        if (a.name === 'lock_timeout')
          this.lockTimeoutSet = a.kind === 'VAR_SET_VALUE' && !isZero(a.args?.[0]);
        if (a.name === 'statement_timeout')
          this.statementTimeoutSet = a.kind === 'VAR_SET_VALUE' && !isZero(a.args?.[0]);
        return;
      case 'CreateStmt':
      case 'CreateTableAsStmt': {
        const table = tableOf(stmt.kind === 'CreateStmt' ? a.relation : a.into?.rel);
        if (!table) return;
        const key = tableKey(table);
        if (linted) this.newTables.add(key);
        for (const e of a.tableElts ?? []) {
          const t = columnTypeOf(e.ColumnDef?.typeName);
          if (t) this.tableColumns(key).set(e.ColumnDef.colname, t);
          // NOT NULL and DEFAULT, most column constraints, have no name to remember.
          for (const c of e.ColumnDef?.constraints ?? [])
            if (CONSTRAINT_KINDS[c.Constraint?.contype])
              this.recordConstraint(table, c.Constraint, [e.ColumnDef.colname]);
          if (e.Constraint) this.recordConstraint(table, e.Constraint, nameList(e.Constraint.keys));
        }
        return;
      }
      case 'CreateEnumStmt':
        this.enums.set(tableKey(refFromNames(nameList(a.typeName))), nameList(a.vals));
        return;
      case 'AlterEnumStmt': {
        const labels = this.enums.get(tableKey(refFromNames(nameList(a.typeName))));
        if (!labels || !a.newVal || a.oldVal) return;
        const at = a.newValNeighbor ? labels.indexOf(a.newValNeighbor) : -1;
        if (at < 0) labels.push(a.newVal);
        else labels.splice(a.newValIsAfter ? at + 1 : at, 0, a.newVal);
        return;
      }
      case 'CreateFunctionStmt': {
        const name = nameList(a.funcname).at(-1)?.toLowerCase();
        if (!name) return;
        const v = (a.options ?? []).map((o: any) => o.DefElem).find((d: any) => d?.defname === 'volatility')
          ?.arg?.String?.sval;
        this.functions.set(name, v === 'immutable' || v === 'stable' ? v : 'volatile');
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
          const cols = this.columns.get(tableKey(table));
          const t = cols?.get(a.subname);
          if (cols && t) cols.set(a.newname, t);
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

  private tableColumns(key: string): Map<string, ColumnType> {
    let cols = this.columns.get(key);
    if (!cols) {
      cols = new Map();
      this.columns.set(key, cols);
    }
    return cols;
  }

  private assumedTransaction(): boolean {
    return this.wrapped;
  }

  /** Remembers a constraint by name (explicit, or the name PostgreSQL gives it by default). */
  private recordConstraint(table: TableRef, k: any, columns: string[]): void {
    if (!k) return;
    const kind = CONSTRAINT_KINDS[k.contype];
    if (!kind) return;
    if (kind === 'foreign') {
      const target = tableOf(k.pktable);
      if (target) this.referenced.add(tableKey(target));
    }
    const suffix = NAME_SUFFIX[kind];
    const name =
      k.conname ??
      (kind === 'primary' ? `${table.name}_pkey` : `${table.name}_${columns.join('_')}_${suffix}`);
    this.constraints.set(`${tableKey(table)}/${name}`, { kind });
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
        if (t && name) this.tableColumns(key).set(name, t);
      } else if (c.subtype === 'AT_DropColumn') {
        this.columns.get(key)?.delete(c.name);
      } else if (c.subtype === 'AT_AddConstraint' && c.def?.Constraint) {
        const k = c.def.Constraint;
        this.recordConstraint(table, k, nameList(k.keys ?? k.fk_attrs));
        if (k.skip_validation && k.conname && (this.inTransaction || this.assumedTransaction()))
          this.notValidInTx.add(`${key}/${k.conname}`);
      }
      if (c.subtype === 'AT_AddColumn' && c.def?.ColumnDef) {
        for (const k of c.def.ColumnDef.constraints ?? [])
          this.recordConstraint(table, k.Constraint, [c.def.ColumnDef.colname]);
      }
      if (c.subtype === 'AT_DropConstraint') this.constraints.delete(`${key}/${c.name}`);
      if (c.subtype === 'AT_AddConstraint' && c.def?.Constraint?.contype === 'CONSTR_CHECK') {
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
  if (arg === undefined) return false;
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
