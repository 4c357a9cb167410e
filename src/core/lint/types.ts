/**
 * The shapes of the lint domain: a rule, what it sees while checking a statement, and the
 * findings it produces. Rules are pure functions of the parse tree and the migration-set state.
 */
import type { RiskLevel } from '../config/schema.js';
import type { SqlFile, SqlStatement } from '../sql/index.js';

export type { RiskLevel };

/** A table as written in the SQL; `schema` is absent when the name was unqualified. */
export interface TableRef {
  readonly schema?: string;
  readonly name: string;
}

/** A column type reduced to what the rewrite analysis needs. */
export interface ColumnType {
  /** Canonical lower-case name without schema: int4, varchar, numeric, text, timestamptz... */
  readonly name: string;
  /** Type modifiers as integers (varchar length, numeric precision and scale). */
  readonly mods: readonly number[];
  readonly array: boolean;
}

export interface ConstraintInfo {
  readonly kind: 'primary' | 'unique' | 'foreign' | 'check' | 'exclusion' | 'other';
}

/** One problem a rule found in one statement, before ignores, overrides and data-awareness. */
export interface RuleHit {
  /** Risk of this hit when it differs from the rule's default (e.g. depends on the PG version). */
  readonly risk?: RiskLevel;
  readonly message: string;
  /** Short label for status lines, e.g. `DROP COLUMN users.email`. */
  readonly subject: string;
  /** Concrete SQL steps that do the same change safely. */
  readonly safeAlternative: string;
  /** Overrides the rule's general `why` for this hit. */
  readonly why?: string;
  readonly table?: TableRef;
}

/** What a rule may ask about the migration set while checking a statement. */
export interface RuleContext {
  readonly pgVersion: number;
  /**
   * Inside a transaction: an explicit BEGIN ... COMMIT of the current file, or anywhere in a
   * transactional file when the runner wraps each file in one (`--assume-in-transaction`).
   */
  readonly inTransaction: boolean;
  /** Inside a BEGIN ... COMMIT written in the current file. */
  readonly explicitTransaction: boolean;
  /** The runner wraps each transactional file in a transaction (lint.assume_in_transaction). */
  readonly assumeInTransaction: boolean;
  /** A non-zero statement_timeout was set earlier in the current file. */
  readonly statementTimeoutSet: boolean;
  /** The constraint was added NOT VALID earlier in the transaction that is still open. */
  addedNotValidInThisTransaction(table: TableRef, constraint: string): boolean;
  /** What the set knows of a named constraint on a table: its kind and whether foreign keys point at the table. */
  constraintInfo(table: TableRef, constraint: string): ConstraintInfo | undefined;
  /** Foreign keys created earlier in the set that reference the table. */
  referencedByForeignKeys(table: TableRef): boolean;
  /** Labels of an enum type created earlier in the set, in order. */
  enumLabels(type: TableRef): readonly string[] | undefined;
  /** Volatility of a function, from the built-in list or the user's declared functions. */
  functionVolatility(name: string): 'immutable' | 'stable' | 'volatile' | undefined;
  /** A non-zero lock_timeout was set earlier in the current file. */
  readonly lockTimeoutSet: boolean;
  /** True when the current file cannot run in one transaction (it has CONCURRENTLY or says so). */
  readonly nonTransactionalFile: boolean;
  /** Created by an earlier statement of the linted migrations (empty, so cheap to lock). */
  isNewTable(table: TableRef): boolean;
  /** The column's type when an earlier migration of the set declared it. */
  columnType(table: TableRef, column: string): ColumnType | undefined;
  /** The table of an index created earlier in the set. */
  indexTable(index: TableRef): TableRef | undefined;
  /** A validated CHECK (column IS NOT NULL) exists on the table (added and validated earlier). */
  hasValidatedNotNullCheck(table: TableRef, column: string): boolean;
}

export interface RuleExample {
  /** Earlier migrations that are already applied (they set the scene, they are not linted). */
  readonly context?: string;
  readonly sql: string;
  readonly pgVersion?: number;
  /** Lint as if the runner wrapped the file in a transaction. */
  readonly assumeInTransaction?: boolean;
  /** One line shown above the example in the docs. */
  readonly note?: string;
}

export interface LintRule {
  /** Stable kebab-case id, used in pragmas, config and SARIF. */
  readonly id: string;
  /** Default risk level; a hit may carry its own. */
  readonly risk: RiskLevel;
  /** Statement kinds (parse-tree node names) the rule looks at; the linter only calls it for these. */
  readonly kinds: readonly string[];
  /**
   * For ALTER TABLE: the sub-command types (AT_AddColumn, ...) the rule looks at; the linter calls
   * it only for statements that have one. Absent: called for every ALTER TABLE.
   */
  readonly alterSubtypes?: readonly string[];
  readonly summary: string;
  /** Path of the rule's documentation page, relative to the repository root. */
  readonly docs: string;
  /** Why the statement is dangerous, in one or two sentences. */
  readonly why: string;
  /** Exempt when the statement acts on a table created earlier in the linted migrations. */
  readonly lockRule: boolean;
  /** Cost grows with table size: large tables raise the risk, small tables lower it. */
  readonly dataAware: boolean;
  /** Reported at most once per file (a reminder, not a per-statement problem). */
  readonly oncePerFile?: boolean;
  /** Off unless lint.rules names a level for it (opinionated or noisy checks). */
  readonly defaultOff?: boolean;
  readonly examples: { readonly bad: readonly RuleExample[]; readonly good: readonly RuleExample[] };
  check(stmt: SqlStatement, ctx: RuleContext): readonly RuleHit[];
  /** Called once after the last statement of each linted file (file-level checks). */
  endOfFile?(file: SqlFile, ctx: EndOfFileContext): readonly FileHit[];
}

export interface EndOfFileContext extends RuleContext {
  /** The BEGIN that is still open at the end of the file. */
  readonly openTransaction?: SqlStatement;
}

/** A file-level hit, reported at a statement of the file. */
export interface FileHit {
  readonly stmt: SqlStatement;
  readonly hit: RuleHit;
  /** Where to report it, when not at the statement (a pragma's line). */
  readonly at?: { readonly line: number; readonly column: number };
}

export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly ruleId: string;
  readonly risk: RiskLevel;
  readonly message: string;
  readonly why: string;
  readonly safeAlternative: string;
  readonly subject: string;
  /** The statement text on one line, shortened. */
  readonly statement: string;
  /** Display name of the table (as written), when the finding is about one. */
  readonly table?: string;
  readonly docs: string;
  /** Estimated rows of the table, when a database was given. */
  readonly rows?: number;
  /** Present when a `schemagate:ignore` pragma covers this finding. */
  readonly ignored?: { readonly reason: string; readonly line: number };
}

export interface LintReport {
  readonly pgVersion: number;
  readonly files: readonly string[];
  readonly statements: number;
  readonly findings: readonly Finding[];
  /** Highest risk among findings that are not ignored. */
  readonly highestRisk: RiskLevel;
  /**
   * Files that could not be linted (syntax error, bad pragma), each also a finding. Bad input:
   * the edge exits with code 2 after reporting every other file's findings.
   */
  readonly inputErrors?: readonly InputProblem[];
}

/** A file the linter could not read as SQL, or a pragma it could not understand. */
export interface InputProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}
