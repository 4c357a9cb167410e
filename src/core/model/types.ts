/**
 * The schema model: plain, readonly data describing a PostgreSQL schema.
 *
 * THIS FILE IS THE CONTRACT SHARED WITH THE DIFF ENGINE (src/core/diff). Keep it stable: changes
 * are additive only, and each one is noted in the change log below.
 *
 * Conventions
 * - Every map is a `Record` keyed by `qualified(schema, name)` from src/core/sql/quote.ts (so
 *   `public.users`, or `"My Schema"."x y"` for names that need quoting); functions add their
 *   identity arguments: `public.f(integer, text)`. Objects that live inside a table (columns,
 *   constraints, triggers, policies) are keyed by their bare name inside the table.
 * - Names are stored unquoted (as in the catalog); SQL-text fields (`definition`, `default`, ...)
 *   are exactly what PostgreSQL's own pg_get_* / format_type functions print under an empty
 *   search_path, so every name inside them is schema-qualified.
 * - Absent optional facts are `null`, never `undefined`, so canonical JSON keeps every key.
 *
 * Change log (additive changes after the first version):
 * - View.definitionFingerprint added: compare views by it, not by `definition` text, which
 *   differs between PostgreSQL 15 and 16+ for the same view.
 * - SchemaModel.publications and SchemaModel.defaultPrivileges added (kinds `publication`,
 *   `defaultPrivilege`). A model read from an older baseline lacks them: treat absent as empty.
 */

/** Kinds of objects the model knows; used in ObjectId and in "unsupported" reports. */
export type ObjectKind =
  | 'schema'
  | 'extension'
  | 'enum'
  | 'domain'
  | 'composite'
  | 'sequence'
  | 'table'
  | 'column'
  | 'constraint'
  | 'index'
  | 'view'
  | 'materializedView'
  | 'function'
  | 'procedure'
  | 'aggregate'
  | 'trigger'
  | 'policy'
  | 'rule'
  | 'eventTrigger'
  | 'foreignTable'
  | 'collation'
  | 'replicaIdentity'
  | 'publication'
  | 'defaultPrivilege'
  | 'other';

/**
 * A typed identity for any object (never a bare string). `schema` is null for schemas and
 * extensions; `table` is set for objects that live inside a table; `args` for routines.
 */
export interface ObjectId {
  readonly kind: ObjectKind;
  /** Containing schema; null for schema and extension objects. */
  readonly schema: string | null;
  /** The object's own name (for a column, constraint, trigger, policy: its name in the table). */
  readonly name: string;
  /** Owning table or view for columns, constraints, triggers, policies, rules; otherwise null. */
  readonly table: string | null;
  /** Identity argument list for functions/procedures/aggregates, e.g. `integer, text`; else null. */
  readonly args: string | null;
}

/** Privileges held by one grantee on one object, as in aclexplode. */
export interface Grant {
  /** Role name receiving the privilege; `PUBLIC` for the public pseudo-role. */
  readonly grantee: string;
  /** Privilege keywords, sorted, e.g. ['INSERT', 'SELECT']. */
  readonly privileges: readonly string[];
  /** Privileges of `privileges` held WITH GRANT OPTION, sorted. */
  readonly grantable: readonly string[];
}

/** Fields every named object carries. */
export interface Commented {
  /** COMMENT ON text, or null when there is none. */
  readonly comment: string | null;
}

export interface Owned {
  /** Owning role name. Normalisation may blank it (see normalize.ts) when owners are not compared. */
  readonly owner: string;
}

export interface Schema extends Commented, Owned {
  readonly name: string;
  /** Explicit grants on the schema (empty when the ACL is the default). */
  readonly grants: readonly Grant[];
}

export interface Extension extends Commented {
  readonly name: string;
  /** Schema the extension's objects were installed into. */
  readonly schema: string;
  /** Installed version, e.g. '1.6'. */
  readonly version: string;
}

export interface EnumType extends Commented, Owned {
  readonly schema: string;
  readonly name: string;
  /** Labels in sort order (enumsortorder). */
  readonly labels: readonly string[];
  readonly grants: readonly Grant[];
}

export interface DomainCheck {
  /** Constraint name. */
  readonly name: string;
  /** pg_get_constraintdef text, e.g. `CHECK ((VALUE > 0))`. */
  readonly definition: string;
  /** False when created NOT VALID and not validated yet. */
  readonly validated: boolean;
}

export interface DomainType extends Commented, Owned {
  readonly schema: string;
  readonly name: string;
  /** Underlying type, format_type text with typmod, e.g. `character varying(20)`. */
  readonly baseType: string;
  /** Explicit COLLATE (qualified name) or null for the default. */
  readonly collation: string | null;
  /** DEFAULT expression text or null. */
  readonly default: string | null;
  readonly notNull: boolean;
  /** CHECK constraints keyed by name. */
  readonly checks: Readonly<Record<string, DomainCheck>>;
  readonly grants: readonly Grant[];
}

export interface CompositeAttribute {
  readonly name: string;
  /** format_type text with typmod. */
  readonly type: string;
  /** Explicit COLLATE (qualified name) or null. */
  readonly collation: string | null;
  /** 1-based position in the type. Order matters for composites. */
  readonly position: number;
}

export interface CompositeType extends Commented, Owned {
  readonly schema: string;
  readonly name: string;
  /** Attributes in declaration order. */
  readonly attributes: readonly CompositeAttribute[];
  readonly grants: readonly Grant[];
}

export interface Sequence extends Commented, Owned {
  readonly schema: string;
  readonly name: string;
  /** Data type, e.g. `bigint`. */
  readonly dataType: string;
  /** START WITH, as a decimal string (bigint does not fit a JS number). */
  readonly start: string;
  /** INCREMENT BY, decimal string. */
  readonly increment: string;
  /** MINVALUE, decimal string. */
  readonly min: string;
  /** MAXVALUE, decimal string. */
  readonly max: string;
  /** CACHE, decimal string. */
  readonly cache: string;
  readonly cycle: boolean;
  /** OWNED BY column as {table: qualified table key, column}, or null. */
  readonly ownedBy: { readonly table: string; readonly column: string } | null;
  /** True when this sequence backs an identity column (then it is managed through the column). */
  readonly identity: boolean;
  readonly grants: readonly Grant[];
}

export interface Column extends Commented {
  readonly name: string;
  /** 1-based position among live columns; recorded, but column order is not a difference by default. */
  readonly position: number;
  /** format_type text with typmod, e.g. `numeric(10,2)`, `character varying(255)`, `public.mood[]`. */
  readonly type: string;
  /** Explicit COLLATE (qualified, e.g. `pg_catalog."C"`) or null when the type's default. */
  readonly collation: string | null;
  readonly notNull: boolean;
  /** DEFAULT expression text (pg_get_expr) or null; null for identity and generated columns. */
  readonly default: string | null;
  /** GENERATED ... AS IDENTITY kind, or null. */
  readonly identity: 'always' | 'byDefault' | null;
  /** Sequence options of an identity column (its implicit sequence), or null. */
  readonly identitySequence: IdentityOptions | null;
  /** GENERATED ALWAYS AS (expr) STORED expression text, or null. */
  readonly generated: string | null;
  /** Column-level grants (privileges granted on this column only). */
  readonly grants: readonly Grant[];
}

/** Options of an identity column's sequence (decimal strings). */
export interface IdentityOptions {
  readonly dataType: string;
  readonly start: string;
  readonly increment: string;
  readonly min: string;
  readonly max: string;
  readonly cache: string;
  readonly cycle: boolean;
}

export type ConstraintType = 'primaryKey' | 'unique' | 'check' | 'foreignKey' | 'exclusion';

/** FK action letters are expanded to their SQL keywords. */
export type ForeignKeyAction = 'NO ACTION' | 'RESTRICT' | 'CASCADE' | 'SET NULL' | 'SET DEFAULT';

export interface ForeignKeyFacts {
  /** Referenced table key (qualified). */
  readonly referencedTable: string;
  /** Referenced column names, in key order. */
  readonly referencedColumns: readonly string[];
  readonly onUpdate: ForeignKeyAction;
  readonly onDelete: ForeignKeyAction;
  readonly match: 'SIMPLE' | 'FULL' | 'PARTIAL';
}

export interface Constraint extends Commented {
  readonly name: string;
  readonly type: ConstraintType;
  /** pg_get_constraintdef text, the source of truth for recreating it, e.g. `PRIMARY KEY (id)`. */
  readonly definition: string;
  /** Constrained column names, in key order (empty for a CHECK on an expression only). */
  readonly columns: readonly string[];
  readonly deferrable: boolean;
  readonly initiallyDeferred: boolean;
  /** False when added NOT VALID and not validated yet. */
  readonly validated: boolean;
  /** True when declared NO INHERIT (CHECK only). */
  readonly noInherit: boolean;
  /** Name (qualified key) of the index backing a PK/UNIQUE/EXCLUDE constraint, else null. */
  readonly index: string | null;
  /** Set for foreign keys only. */
  readonly foreignKey: ForeignKeyFacts | null;
  /** True when inherited from a parent (partition or INHERITS) rather than declared locally. */
  readonly inherited: boolean;
}

export interface Partitioning {
  /** `RANGE` | `LIST` | `HASH`. */
  readonly strategy: 'RANGE' | 'LIST' | 'HASH';
  /** pg_get_partkeydef text, e.g. `RANGE (created_at)`. */
  readonly key: string;
}

export interface PartitionOf {
  /** Parent table key (qualified). */
  readonly parent: string;
  /** pg_get_expr(relpartbound) text, e.g. `FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')`. */
  readonly bound: string;
}

export interface Policy {
  readonly name: string;
  /** PERMISSIVE or RESTRICTIVE. */
  readonly permissive: boolean;
  /** ALL | SELECT | INSERT | UPDATE | DELETE. */
  readonly command: 'ALL' | 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE';
  /** Role names the policy applies to, sorted; ['PUBLIC'] for all roles. */
  readonly roles: readonly string[];
  /** USING expression text or null. */
  readonly using: string | null;
  /** WITH CHECK expression text or null. */
  readonly withCheck: string | null;
  readonly comment: string | null;
}

export interface Trigger extends Commented {
  readonly name: string;
  /** pg_get_triggerdef text: the full CREATE TRIGGER statement. */
  readonly definition: string;
  /** Function called (qualified key including identity args). */
  readonly function: string;
  /** `O` origin/local (enabled), `D` disabled, `R` replica, `A` always. */
  readonly enabled: 'O' | 'D' | 'R' | 'A';
  /** True when created by a constraint (CREATE CONSTRAINT TRIGGER). */
  readonly isConstraint: boolean;
}

export interface Table extends Commented, Owned {
  readonly schema: string;
  readonly name: string;
  /** Columns keyed by name (position recorded on each). On a partition, identity is the parent's and is left null. */
  readonly columns: Readonly<Record<string, Column>>;
  /** Constraints keyed by name (NOT NULL is a column property, never a constraint here). */
  readonly constraints: Readonly<Record<string, Constraint>>;
  /** Partition key when this table is partitioned, else null. */
  readonly partitioning: Partitioning | null;
  /** Parent and bound when this table is a partition, else null. */
  readonly partitionOf: PartitionOf | null;
  /** Parents of classic INHERITS (qualified keys, in order); empty normally. */
  readonly inherits: readonly string[];
  /** UNLOGGED table. */
  readonly unlogged: boolean;
  /** Storage parameters (reloptions) sorted, e.g. ['fillfactor=70']. */
  readonly options: readonly string[];
  /** ALTER TABLE ... ENABLE ROW LEVEL SECURITY. */
  readonly rowSecurity: boolean;
  /** ALTER TABLE ... FORCE ROW LEVEL SECURITY. */
  readonly forceRowSecurity: boolean;
  /** Row-level security policies keyed by name. */
  readonly policies: Readonly<Record<string, Policy>>;
  /** Triggers keyed by name (internal constraint triggers excluded). */
  readonly triggers: Readonly<Record<string, Trigger>>;
  /** Table-level grants. */
  readonly grants: readonly Grant[];
}

/** One key element of an index: a column or an expression. */
export interface IndexElement {
  /** Column name, or null for an expression element. */
  readonly column: string | null;
  /** Expression text for expression elements (pg_get_indexdef of that column), else null. */
  readonly expression: string | null;
  /** Operator class when not the default for the type (qualified), else null. */
  readonly opclass: string | null;
  /** Collation other than the column's own (qualified), or null; always null for expressions (see definition). */
  readonly collation: string | null;
  /** DESC ordering. */
  readonly descending: boolean;
  /** NULLS FIRST/LAST when not the default for the direction, else null. */
  readonly nulls: 'FIRST' | 'LAST' | null;
}

export interface Index extends Commented {
  readonly schema: string;
  readonly name: string;
  /** Table (or materialized view) key the index is on. */
  readonly table: string;
  /** pg_get_indexdef text: the full CREATE INDEX statement. */
  readonly definition: string;
  readonly unique: boolean;
  /** Access method, e.g. btree, gin, gist, hash, brin. */
  readonly method: string;
  /** Key elements in order. */
  readonly elements: readonly IndexElement[];
  /** INCLUDE columns in order. */
  readonly include: readonly string[];
  /** WHERE predicate text for partial indexes, else null. */
  readonly predicate: string | null;
  /** UNIQUE NULLS NOT DISTINCT (PostgreSQL 15+). */
  readonly nullsNotDistinct: boolean;
  /** Name of the constraint (PK/UNIQUE/EXCLUDE) this index backs, else null. Such indexes are created by their constraint. */
  readonly constraint: string | null;
  /** Parent index key when this is a partition's index attached to a partitioned index, else null. */
  readonly parentIndex: string | null;
  /** False for an INVALID index (a failed CREATE INDEX CONCURRENTLY). */
  readonly valid: boolean;
}

export interface ViewColumn {
  readonly name: string;
  /** format_type text. */
  readonly type: string;
  readonly position: number;
}

export interface View extends Commented, Owned {
  readonly schema: string;
  readonly name: string;
  /** pg_get_viewdef text, normalised (see normalize.ts: trailing semicolon and whitespace). */
  readonly definition: string;
  /** Hash of the definition's parse tree, equal across server versions; the field to compare. */
  readonly definitionFingerprint: string;
  /** Output columns in order. */
  readonly columns: readonly ViewColumn[];
  /** reloptions sorted, e.g. ['security_barrier=true', 'check_option=local']. */
  readonly options: readonly string[];
  /** Column comments keyed by column name (only columns that have one). */
  readonly columnComments: Readonly<Record<string, string>>;
  /** Table-level grants. */
  readonly grants: readonly Grant[];
}

export interface MaterializedView extends View {
  /** True when created WITH DATA / refreshed at least once (relispopulated). */
  readonly populated: boolean;
}

export interface FunctionArg {
  /** Argument name or null when unnamed. */
  readonly name: string | null;
  /** format_type text. */
  readonly type: string;
  /** IN, OUT, INOUT, VARIADIC, TABLE. */
  readonly mode: 'IN' | 'OUT' | 'INOUT' | 'VARIADIC' | 'TABLE';
}

export interface Routine extends Commented, Owned {
  readonly schema: string;
  readonly name: string;
  readonly kind: 'function' | 'procedure';
  /** pg_get_function_identity_arguments text, e.g. `a integer, b text`. */
  readonly identityArgs: string;
  /** Identity argument types only (names stripped), e.g. `integer, text`; part of the map key. */
  readonly argTypes: string;
  /** pg_get_functiondef text: the full CREATE OR REPLACE statement, normalised (trailing whitespace). */
  readonly definition: string;
  /** Arguments in order, all modes. */
  readonly args: readonly FunctionArg[];
  /** pg_get_function_result text, e.g. `integer`, `SETOF public.t`, `TABLE(a integer)`; null for procedures. */
  readonly returns: string | null;
  /** Language name, e.g. plpgsql, sql. */
  readonly language: string;
  readonly volatility: 'IMMUTABLE' | 'STABLE' | 'VOLATILE';
  /** SECURITY DEFINER. */
  readonly securityDefiner: boolean;
  readonly strict: boolean;
  /** PARALLEL SAFE | RESTRICTED | UNSAFE. */
  readonly parallel: 'SAFE' | 'RESTRICTED' | 'UNSAFE';
  /** SET clauses (proconfig) sorted, e.g. ['search_path=public']. */
  readonly config: readonly string[];
  readonly grants: readonly Grant[];
}

/** One table listed in a publication (FOR TABLE t [(columns)] [WHERE (…)]). */
export interface PublicationTable {
  /** Qualified table key. */
  readonly table: string;
  /** Published columns (PostgreSQL 15+), sorted by name; null: every column. */
  readonly columns: readonly string[] | null;
  /** Row filter (PostgreSQL 15+), pg_get_expr text without the outer parentheses, or null. */
  readonly where: string | null;
}

/** A logical replication publication (CREATE PUBLICATION). Keyed by its quoted name. */
export interface Publication extends Commented, Owned {
  readonly name: string;
  /** FOR ALL TABLES (then `tables` and `schemas` are empty). */
  readonly allTables: boolean;
  /** Operations published, in the order insert, update, delete, truncate. */
  readonly publish: readonly ('insert' | 'update' | 'delete' | 'truncate')[];
  /** publish_via_partition_root. */
  readonly viaRoot: boolean;
  /** publish_generated_columns (PostgreSQL 18+; `none` before). */
  readonly generatedColumns: 'none' | 'stored';
  /** Tables listed one by one, keyed by qualified table key. */
  readonly tables: Readonly<Record<string, PublicationTable>>;
  /** FOR TABLES IN SCHEMA (PostgreSQL 15+), schema names sorted. */
  readonly schemas: readonly string[];
}

/** Object types ALTER DEFAULT PRIVILEGES applies to (ON TABLES, ...). */
export type DefaultPrivilegeObjects = 'tables' | 'sequences' | 'functions' | 'types' | 'schemas';

/**
 * One pg_default_acl entry: the privileges objects created later by `role` (in `schema`, or
 * anywhere) receive. Keyed by defaultPrivilegeKey(role, schema, objects).
 */
export interface DefaultPrivilege {
  /** The creating role (FOR ROLE). */
  readonly role: string;
  /** IN SCHEMA, or null for the role's global entry. */
  readonly schema: string | null;
  readonly objects: DefaultPrivilegeObjects;
  /** Privileges granted beyond the built-in default (acldefault), per grantee. */
  readonly grants: readonly Grant[];
  /** Built-in default privileges revoked (global entries only), per grantee; `grantable` is empty. */
  readonly revoked: readonly Grant[];
}

/** An object the introspector saw but the model does not describe; reported, never dropped silently. */
export interface UnsupportedObject {
  readonly id: ObjectId;
  /** Why it is not modelled, e.g. 'aggregates are not supported'. */
  readonly reason: string;
  /**
   * Text that changes when the object does (e.g. pg_get_ruledef), so an object present and equal on
   * both sides is no change; absent: cannot be compared.
   */
  readonly definition?: string;
  /** The complete statement that creates it, when one can be printed: the diff then creates it. */
  readonly create?: string;
  /** The statement that drops it. */
  readonly drop?: string;
  /** Text naming what it depends on (qualified names), for ordering. */
  readonly uses?: string;
}

export interface SchemaModel {
  /** server_version_num of the database this was read from, e.g. 150019 (0 for an empty model). */
  readonly serverVersion: number;
  /** Schemas keyed by quoted name (`public`, `"My Schema"`). */
  readonly schemas: Readonly<Record<string, Schema>>;
  /** Extensions keyed by quoted name. */
  readonly extensions: Readonly<Record<string, Extension>>;
  readonly enums: Readonly<Record<string, EnumType>>;
  readonly domains: Readonly<Record<string, DomainType>>;
  readonly composites: Readonly<Record<string, CompositeType>>;
  /** Standalone and OWNED BY sequences; identity sequences are described on their column instead. */
  readonly sequences: Readonly<Record<string, Sequence>>;
  /** Ordinary and partitioned tables, and partitions. */
  readonly tables: Readonly<Record<string, Table>>;
  /** Indexes keyed by qualified index name. */
  readonly indexes: Readonly<Record<string, Index>>;
  readonly views: Readonly<Record<string, View>>;
  readonly materializedViews: Readonly<Record<string, MaterializedView>>;
  /** Functions and procedures keyed by `schema.name(argTypes)`. */
  readonly routines: Readonly<Record<string, Routine>>;
  /** Publications keyed by quoted name. */
  readonly publications: Readonly<Record<string, Publication>>;
  /** Default privileges (ALTER DEFAULT PRIVILEGES) keyed by defaultPrivilegeKey. */
  readonly defaultPrivileges: Readonly<Record<string, DefaultPrivilege>>;
  /** Objects seen but not modelled (aggregates, rules, foreign tables, event triggers...), sorted by key. */
  readonly unsupported: readonly UnsupportedObject[];
}

export function emptyModel(serverVersion = 0): SchemaModel {
  return {
    serverVersion,
    schemas: {},
    extensions: {},
    enums: {},
    domains: {},
    composites: {},
    sequences: {},
    tables: {},
    indexes: {},
    views: {},
    materializedViews: {},
    routines: {},
    publications: {},
    defaultPrivileges: {},
    unsupported: [],
  };
}

/**
 * An explicit rename declared with `-- schemagate:rename <old> <new>` in the declared schema. The
 * diff engine turns a matching drop+add into a rename; it never guesses renames by itself.
 */
export interface RenameHint {
  readonly kind: 'table' | 'column';
  /** Schema of the table. */
  readonly schema: string;
  /** For a column rename: the table (its new name). For a table rename: the new table name. */
  readonly table: string;
  /** Old name (table or column). */
  readonly from: string;
  /** New name (table or column). */
  readonly to: string;
  /** Where the directive was written, for error messages. */
  readonly file: string;
  readonly line: number;
}

/**
 * A conversion declared with `-- schemagate:using <schema.table.column> <expression>` for a column
 * type change that has no cast the engine can rely on (e.g. integer -> uuid): the plan writes
 * `ALTER COLUMN … TYPE … USING <expression>`. The expression is SQL written by the user and
 * checked by the parser to be one expression.
 */
export interface UsingHint {
  readonly schema: string;
  readonly table: string;
  readonly column: string;
  readonly expression: string;
  readonly file: string;
  readonly line: number;
}
