/**
 * Every concept the best-known PostgreSQL migration linters check, mapped to the schemagate rule
 * that covers it or to a written decision. Rendered into docs/rules/README.md; a test checks that
 * every rule named here exists.
 */
export interface Concept {
  readonly concept: string;
  readonly squawk?: string;
  readonly strongMigrations?: string;
  readonly atlas?: string;
  /** Rule ids that cover it. */
  readonly rules: readonly string[];
  /** Why schemagate differs or does not check it. */
  readonly decision?: string;
}

export const CONCEPTS: readonly Concept[] = [
  {
    concept: 'ADD COLUMN with a volatile DEFAULT (rewrite)',
    squawk: 'adding-field-with-default',
    strongMigrations: 'add column with volatile default',
    atlas: 'PG302',
    rules: ['volatile-default'],
    decision:
      'An unknown function counts as volatile, as in squawk; functions that the migrations or the declared schema directory (`schema`) declare STABLE/IMMUTABLE do not. Reading volatility from the target database is not done yet.',
  },
  {
    concept: 'ADD COLUMN with a DEFAULT before PostgreSQL 11',
    squawk: 'adding-field-with-default',
    strongMigrations: 'add column with default (PG < 11)',
    rules: ['adding-column-with-default'],
  },
  {
    concept: 'ADD COLUMN NOT NULL without DEFAULT',
    squawk: 'adding-required-field',
    atlas: 'MF103',
    rules: ['adding-not-null-column-without-default'],
  },
  {
    concept: 'ADD COLUMN serial / identity (rewrite)',
    strongMigrations: 'add auto-incrementing column',
    atlas: 'PG310',
    rules: ['adding-serial-primary-key'],
  },
  {
    concept: 'ADD COLUMN ... GENERATED ... STORED (rewrite)',
    strongMigrations: 'add stored generated column',
    atlas: 'PG309',
    rules: ['adding-stored-generated-column'],
  },
  {
    concept: 'ADD PRIMARY KEY / ADD COLUMN ... PRIMARY KEY',
    squawk: 'adding-serial-primary-key-field',
    atlas: 'PG104, PG304',
    rules: ['adding-serial-primary-key', 'unique-constraint-without-index'],
  },
  {
    concept: 'ADD UNIQUE constraint without an index',
    squawk: 'disallowed-unique-constraint',
    strongMigrations: 'add unique constraint',
    atlas: 'PG105, MF101, MF102',
    rules: ['unique-constraint-without-index', 'adding-unique-column'],
  },
  {
    concept: 'ADD FOREIGN KEY without NOT VALID',
    squawk: 'adding-foreign-key-constraint',
    strongMigrations: 'add foreign key / add reference',
    atlas: 'PG306',
    rules: ['foreign-key-without-not-valid', 'adding-foreign-key-column'],
  },
  {
    concept: 'ADD CHECK without NOT VALID',
    squawk: 'constraint-missing-not-valid',
    strongMigrations: 'add check constraint',
    atlas: 'PG305',
    rules: ['adding-check-constraint'],
  },
  {
    concept: 'ADD EXCLUDE constraint',
    strongMigrations: 'add exclusion constraint',
    rules: ['missing-lock-timeout'],
    decision:
      'No dedicated rule yet (accepted gap): only the lock_timeout reminder fires. There is no NOT VALID or USING INDEX form for EXCLUDE, so the only safe path is a new table or a maintenance window.',
  },
  {
    concept: 'VALIDATE in the same transaction as ADD ... NOT VALID',
    rules: ['validating-constraint-in-same-transaction'],
  },
  {
    concept: 'SET NOT NULL (full scan)',
    squawk: 'adding-not-nullable-field',
    strongMigrations: 'change column null',
    atlas: 'PG303, MF104',
    rules: ['setting-not-null'],
    decision:
      'More precise than squawk: not reported on PostgreSQL 12+ after a validated CHECK (col IS NOT NULL) in the set.',
  },
  { concept: 'DROP NOT NULL (contract change)', squawk: 'ban-drop-not-null', rules: ['dropping-not-null'] },
  {
    concept: 'Column type change (rewrite)',
    squawk: 'changing-column-type',
    strongMigrations: 'change column type',
    atlas: 'PG301, PG303',
    rules: ['changing-column-type'],
    decision:
      'More precise than squawk: varchar(n) to a larger n or to text, and numeric precision increases, are not reported (no rewrite).',
  },
  {
    concept: 'DROP COLUMN',
    squawk: 'ban-drop-column',
    strongMigrations: 'remove column',
    atlas: 'DS103',
    rules: ['dropping-column'],
  },
  { concept: 'DROP TABLE', squawk: 'ban-drop-table', atlas: 'DS102', rules: ['dropping-table'] },
  {
    concept: 'DROP DATABASE / DROP SCHEMA',
    squawk: 'ban-drop-database',
    atlas: 'DS101',
    rules: ['dropping-database-or-schema'],
  },
  {
    concept: 'DROP CONSTRAINT (PK, UNIQUE, FK, CHECK)',
    atlas: 'CD101, CD102, CD103',
    rules: ['dropping-constraint'],
  },
  { concept: 'ALTER CONSTRAINT', rules: ['altering-constraint'] },
  {
    concept: 'RENAME COLUMN',
    squawk: 'renaming-column',
    strongMigrations: 'rename column',
    atlas: 'BC102',
    rules: ['renaming-column'],
  },
  {
    concept: 'RENAME TABLE',
    squawk: 'renaming-table',
    strongMigrations: 'rename table',
    atlas: 'BC101',
    rules: ['renaming-table'],
  },
  {
    concept: 'CREATE INDEX without CONCURRENTLY',
    squawk: 'require-concurrent-index-creation',
    strongMigrations: 'add index',
    atlas: 'PG101',
    rules: ['creating-index-without-concurrently'],
  },
  {
    concept: 'DROP INDEX without CONCURRENTLY',
    squawk: 'require-concurrent-index-deletion',
    strongMigrations: 'remove index (opt-in)',
    atlas: 'PG102',
    rules: ['dropping-index-without-concurrently'],
  },
  {
    concept: 'CONCURRENTLY inside a transaction',
    squawk: 'ban-concurrent-index-creation-in-transaction',
    atlas: 'PG103, TX101',
    rules: ['concurrently-in-transaction'],
  },
  {
    concept: 'REINDEX without CONCURRENTLY',
    squawk: 'require-concurrent-reindex',
    rules: ['reindex-without-concurrently'],
  },
  {
    concept: 'DETACH PARTITION without CONCURRENTLY',
    squawk: 'require-concurrent-partition-detach',
    rules: ['detaching-partition-without-concurrently'],
  },
  { concept: 'CLUSTER / VACUUM FULL', squawk: 'prefer-repack', rules: ['clustering-table', 'vacuum-full'] },
  { concept: 'SET LOGGED / UNLOGGED', atlas: 'PG307', rules: ['setting-logged-or-unlogged'] },
  { concept: 'SET TABLESPACE', rules: ['setting-tablespace'] },
  {
    concept: 'Access method change (SET ACCESS METHOD)',
    atlas: 'PG311',
    rules: ['missing-lock-timeout'],
    decision:
      'No dedicated rule (accepted gap, rare in application migrations): only the lock_timeout reminder fires.',
  },
  {
    concept: 'CREATE TRIGGER (SHARE ROW EXCLUSIVE)',
    atlas: 'PG308',
    rules: ['missing-lock-timeout'],
    decision: 'Short lock; the lock_timeout reminder covers the queueing risk. No separate rule.',
  },
  {
    concept: 'TRUNCATE / TRUNCATE CASCADE',
    squawk: 'ban-truncate-cascade',
    rules: ['truncating-table', 'using-cascade'],
  },
  { concept: 'CASCADE on DROP', rules: ['using-cascade'] },
  {
    concept: 'Enum ADD VALUE (in a transaction before 12; not at the end)',
    squawk: 'require-enum-value-ordering',
    rules: ['adding-enum-value'],
    decision:
      'Deliberately different from squawk: squawk asks for an explicit BEFORE/AFTER; we report a value that is not appended, because inserting changes how existing values sort.',
  },
  {
    concept: 'ALTER DOMAIN ADD CONSTRAINT / CREATE DOMAIN CHECK',
    squawk: 'ban-alter-domain-with-add-constraint, ban-create-domain-with-constraint',
    rules: ['domain-constraint'],
    decision: 'ADD CONSTRAINT ... NOT VALID on a domain is not reported (it does not scan).',
  },
  { concept: 'char(n)', squawk: 'ban-char-field', rules: ['char-type'] },
  {
    concept: 'varchar(n) instead of text',
    squawk: 'prefer-text-field',
    rules: ['prefer-text-over-varchar'],
    decision: 'Off by default (opinion, not a hazard); turn on in lint.rules.',
  },
  {
    concept: 'timestamp without time zone',
    squawk: 'prefer-timestamptz',
    rules: ['timestamp-without-time-zone'],
  },
  {
    concept: 'int / smallint instead of bigint',
    squawk: 'prefer-bigint-over-int, prefer-bigint-over-smallint',
    strongMigrations: 'bigint primary keys (best practice)',
    rules: ['int-primary-key'],
    decision:
      'Deliberately narrower than squawk: only primary and foreign key columns, where exhausting 2^31 is an outage; an int counter column is not reported.',
  },
  { concept: 'serial instead of identity', squawk: 'prefer-identity', rules: ['prefer-identity'] },
  {
    concept: 'json column (no equality operator)',
    strongMigrations: 'add json column',
    rules: [],
    decision: 'Not checked: only matters for Rails DISTINCT queries; no lock or data risk.',
  },
  {
    concept: 'Identifier longer than 63 bytes',
    squawk: 'identifier-too-long',
    rules: ['identifier-too-long'],
  },
  {
    concept: 'Missing lock_timeout',
    squawk: 'require-timeout-settings',
    strongMigrations: 'lock timeout setting',
    rules: ['missing-lock-timeout'],
    decision:
      'Fires once per file, before the first statement that takes a lock on an existing table (ALTER, RENAME, TRUNCATE, CREATE/DROP INDEX without CONCURRENTLY, DROP TABLE, CREATE TABLE referencing an existing table). squawk requires it for any DDL, even on tables created in the same file, and requires statement_timeout in the same rule; we do not, because those locks are free and `schemagate migrate` sets both timeouts itself (low by default).',
  },
  {
    concept: 'Missing statement_timeout',
    squawk: 'require-timeout-settings',
    strongMigrations: 'statement timeout setting',
    rules: ['missing-statement-timeout'],
    decision:
      'Off by default: the right limit depends on the table, and a timeout on a deliberate long build fails the deploy.',
  },
  {
    concept: 'IF [NOT] EXISTS (re-runnable statements)',
    squawk: 'prefer-robust-stmts',
    rules: ['missing-if-exists'],
    decision:
      'Fires only in files that run without a transaction (CONCURRENTLY, or marked no-transaction), where a failure leaves the file half applied and the retry must skip what is done. squawk also fires on non-transactional DDL without IF EXISTS; on transactional files both tools agree that the transaction makes the file re-runnable. We never recommend CREATE INDEX CONCURRENTLY IF NOT EXISTS without the invalid-index caveat.',
  },
  {
    concept: 'Nested BEGIN / transaction control in a wrapped file',
    squawk: 'transaction-nesting',
    atlas: 'TX201',
    rules: ['nested-transaction'],
  },
  {
    concept: 'Transaction never committed',
    squawk: 'ban-uncommitted-transaction',
    rules: ['transaction-never-closed'],
  },
  {
    concept: 'Statements that cannot share a transaction',
    atlas: 'TX101',
    rules: ['concurrently-in-transaction', 'adding-enum-value'],
  },
  { concept: 'UPDATE assigning a column twice', rules: ['update-assigns-column-twice'] },
  {
    concept: 'Backfill / data change in a schema migration',
    strongMigrations: 'backfilling data',
    rules: ['backfill-in-migration', 'unbounded-update-delete'],
  },
  {
    concept: 'Raw SQL (execute)',
    strongMigrations: 'executing SQL directly',
    rules: [],
    decision: 'Not applicable: every migration here is SQL and every statement is linted.',
  },
  {
    concept: 'create_table force: true',
    strongMigrations: 'create table with force',
    rules: ['dropping-table'],
    decision: 'The SQL it produces is DROP TABLE ... CASCADE, which dropping-table and using-cascade report.',
  },
  {
    concept: 'Syntax error',
    squawk: 'syntax-error',
    rules: ['syntax-error'],
    decision:
      'Reported as a critical finding at file:line:col (exit code 2); every other file is still linted.',
  },
  {
    concept: 'Unqualified table names',
    squawk: 'require-table-schema (opt-in)',
    rules: [],
    decision:
      'Not checked: the runner fixes search_path, and requiring a schema on every name is noise for single-schema projects.',
  },
  {
    concept: 'Column order / alignment padding',
    atlas: 'PG110',
    rules: [],
    decision: 'Not checked: a storage optimisation, not a migration hazard.',
  },
  {
    concept: 'Naming conventions',
    atlas: 'NM1xx',
    rules: [],
    decision: 'Not checked: team style, better in a schema linter.',
  },
  { concept: 'Stale ignore pragma', rules: ['unused-ignore'] },
  {
    concept: 'Migration directory order / checksum',
    atlas: 'non-linear changes, atlas.sum',
    rules: [],
    decision: 'Handled by the migrate stage (sum file, out-of-order refusal), not by lint.',
  },
];
