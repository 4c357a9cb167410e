// Agreement with squawk on the concepts both tools check (issue 14). Each case is the kind of input
// squawk's rule documentation uses to show its rule (a statement it reports, and the fix it
// recommends), rewritten with our own names. Both tools lint every case as a file of its own; a case
// agrees when both report the concept or neither does. Prints the agreement and every difference.
//
//   node bench/lint/agreement.mjs [--pg-version 15]
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importBuilt } from '../lib/build.mjs';
import { peerBin, root } from '../lib/paths.mjs';
import { option } from '../lib/proc.mjs';

const PG = Number(option('pg-version', '15'));

// [squawk rule(s), our rule(s), sql]. Comparison is per concept: only the named rules count.
// Differences we document as deliberate in docs/rules/README.md, by squawk rule.
const DELIBERATE = {
  'prefer-bigint-over-int': 'only key columns are reported',
  'require-concurrent-index-creation': 'tables created earlier in the change are exempt',
  'require-lock-timeout': 'tables created earlier in the change are exempt',
  'require-enum-value-ordering': 'we report inserting a value, squawk reports appending one',
};

const CASES = [
  [
    ['adding-field-with-default'],
    ['volatile-default', 'adding-column-with-default:high'],
    'ALTER TABLE shop ADD COLUMN bucket integer DEFAULT random();',
  ],
  [
    ['adding-field-with-default'],
    ['volatile-default', 'adding-column-with-default:high'],
    'ALTER TABLE shop ADD COLUMN qty integer DEFAULT 10;',
  ],
  [
    ['adding-field-with-default'],
    ['volatile-default', 'adding-column-with-default:high'],
    'ALTER TABLE shop ADD COLUMN token uuid DEFAULT gen_random_uuid();',
  ],
  [
    ['adding-field-with-default'],
    ['volatile-default', 'adding-column-with-default:high'],
    'ALTER TABLE shop ADD COLUMN ref text DEFAULT my_func();',
  ],
  [
    ['adding-field-with-default'],
    ['volatile-default', 'adding-column-with-default:high'],
    'ALTER TABLE shop ADD COLUMN seen timestamptz DEFAULT now();',
  ],
  [
    ['adding-field-with-default'],
    ['adding-stored-generated-column'],
    'ALTER TABLE shop ADD COLUMN total int GENERATED ALWAYS AS (a + b) STORED;',
  ],
  [
    ['adding-foreign-key-constraint'],
    ['foreign-key-without-not-valid', 'adding-foreign-key-column'],
    'ALTER TABLE mail ADD CONSTRAINT mail_owner_fk FOREIGN KEY (owner_id) REFERENCES owner (id);',
  ],
  [
    ['adding-foreign-key-constraint'],
    ['foreign-key-without-not-valid', 'adding-foreign-key-column'],
    'ALTER TABLE mail ADD CONSTRAINT mail_owner_fk FOREIGN KEY (owner_id) REFERENCES owner (id) NOT VALID;\nALTER TABLE mail VALIDATE CONSTRAINT mail_owner_fk;',
  ],
  [
    ['adding-foreign-key-constraint'],
    ['foreign-key-without-not-valid', 'adding-foreign-key-column'],
    'ALTER TABLE mail ADD COLUMN owner_id bigint REFERENCES owner (id);',
  ],
  [['adding-not-nullable-field'], ['setting-not-null'], 'ALTER TABLE dish ALTER COLUMN views SET NOT NULL;'],
  [
    ['adding-required-field'],
    ['adding-not-null-column-without-default'],
    'ALTER TABLE dish ADD COLUMN shared boolean NOT NULL;',
  ],
  [
    ['adding-required-field'],
    ['adding-not-null-column-without-default'],
    'ALTER TABLE dish ADD COLUMN shared boolean NOT NULL DEFAULT false;',
  ],
  [
    ['adding-required-field'],
    ['adding-not-null-column-without-default'],
    'ALTER TABLE dish ADD COLUMN shared boolean;',
  ],
  [
    ['adding-serial-primary-key-field'],
    ['adding-serial-primary-key', 'unique-constraint-without-index'],
    'ALTER TABLE goods ADD PRIMARY KEY (id);',
  ],
  [
    ['adding-serial-primary-key-field'],
    ['adding-serial-primary-key', 'unique-constraint-without-index'],
    'ALTER TABLE goods ADD CONSTRAINT goods_pk PRIMARY KEY USING INDEX goods_pk_idx;',
  ],
  [['ban-char-field'], ['char-type'], 'CREATE TABLE place (code char(2), name text);'],
  [['ban-char-field'], ['char-type'], 'CREATE TABLE place (code character(2));'],
  [['ban-char-field'], ['char-type'], 'CREATE TABLE place (code "char"(2));'],
  [['ban-char-field'], ['char-type'], 'CREATE TABLE place (code text);'],
  [
    ['ban-concurrent-index-creation-in-transaction'],
    ['concurrently-in-transaction'],
    'BEGIN;\nCREATE INDEX CONCURRENTLY mail_addr_idx ON mail (addr);\nCOMMIT;',
  ],
  [
    ['ban-concurrent-index-creation-in-transaction'],
    ['concurrently-in-transaction'],
    'CREATE INDEX CONCURRENTLY mail_addr_idx ON mail (addr);',
  ],
  [['ban-drop-column'], ['dropping-column'], 'ALTER TABLE shop DROP COLUMN notes;'],
  [['ban-drop-database'], ['dropping-database-or-schema'], 'DROP DATABASE shopdb;'],
  [['ban-drop-not-null'], ['dropping-not-null'], 'ALTER TABLE shop ALTER COLUMN label DROP NOT NULL;'],
  [['ban-drop-table'], ['dropping-table'], 'DROP TABLE shop;'],
  [['changing-column-type'], ['changing-column-type'], 'ALTER TABLE shop ALTER COLUMN qty TYPE bigint;'],
  [['changing-column-type'], ['changing-column-type'], 'ALTER TABLE shop ALTER COLUMN label TYPE text;'],
  [
    ['constraint-missing-not-valid'],
    ['adding-check-constraint', 'foreign-key-without-not-valid'],
    'ALTER TABLE ledger ADD CONSTRAINT ledger_positive CHECK (balance >= 0);',
  ],
  [
    ['constraint-missing-not-valid'],
    ['adding-check-constraint', 'foreign-key-without-not-valid'],
    'ALTER TABLE ledger ADD CONSTRAINT ledger_positive CHECK (balance >= 0) NOT VALID;\nALTER TABLE ledger VALIDATE CONSTRAINT ledger_positive;',
  ],
  [
    ['constraint-missing-not-valid'],
    ['validating-constraint-in-same-transaction'],
    'BEGIN;\nALTER TABLE ledger ADD CONSTRAINT ledger_positive CHECK (balance >= 0) NOT VALID;\nALTER TABLE ledger VALIDATE CONSTRAINT ledger_positive;\nCOMMIT;',
  ],
  [
    ['disallowed-unique-constraint'],
    ['unique-constraint-without-index', 'adding-unique-column'],
    'ALTER TABLE tbl ADD CONSTRAINT tbl_field_key UNIQUE (field);',
  ],
  [
    ['disallowed-unique-constraint'],
    ['unique-constraint-without-index', 'adding-unique-column'],
    'ALTER TABLE tbl ADD CONSTRAINT tbl_field_key UNIQUE USING INDEX tbl_field_idx;',
  ],
  [
    ['disallowed-unique-constraint'],
    ['unique-constraint-without-index', 'adding-unique-column'],
    'ALTER TABLE tbl ADD COLUMN handle text UNIQUE;',
  ],
  [['prefer-bigint-over-int'], ['int-primary-key'], 'CREATE TABLE item (id integer PRIMARY KEY);'],
  [
    ['prefer-bigint-over-int'],
    ['int-primary-key'],
    'CREATE TABLE item (id bigint PRIMARY KEY, qty integer);',
  ],
  [['prefer-bigint-over-smallint'], ['int-primary-key'], 'CREATE TABLE item (id smallint PRIMARY KEY);'],
  [['prefer-identity'], ['prefer-identity'], 'CREATE TABLE item (id bigserial PRIMARY KEY);'],
  [
    ['prefer-identity'],
    ['prefer-identity'],
    'CREATE TABLE item (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);',
  ],
  [
    ['prefer-robust-stmts'],
    ['missing-if-exists'],
    'ALTER TABLE account ADD COLUMN billing_email text;\nCREATE INDEX CONCURRENTLY account_billing_email_idx ON account (billing_email);',
  ],
  [
    ['prefer-robust-stmts'],
    ['missing-if-exists'],
    'ALTER TABLE account ADD COLUMN IF NOT EXISTS billing_email text;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS account_billing_email_idx ON account (billing_email);',
  ],
  [
    ['prefer-robust-stmts'],
    ['missing-if-exists'],
    'BEGIN;\nALTER TABLE account ADD COLUMN billing_email text;\nCOMMIT;',
  ],
  [['prefer-robust-stmts'], ['missing-if-exists'], 'DROP INDEX CONCURRENTLY account_old_idx;'],
  [['prefer-text-field'], ['prefer-text-over-varchar'], 'CREATE TABLE person (alias varchar(100));'],
  [['prefer-text-field'], ['prefer-text-over-varchar'], 'CREATE TABLE person (alias text);'],
  [
    ['prefer-timestamptz', 'prefer-timestamp-tz'],
    ['timestamp-without-time-zone'],
    'CREATE TABLE visit (at timestamp);',
  ],
  [
    ['prefer-timestamptz', 'prefer-timestamp-tz'],
    ['timestamp-without-time-zone'],
    'CREATE TABLE visit (at timestamptz);',
  ],
  [['renaming-column'], ['renaming-column'], 'ALTER TABLE person RENAME COLUMN alias TO nickname;'],
  [['renaming-table'], ['renaming-table'], 'ALTER TABLE person RENAME TO human;'],
  [
    ['require-concurrent-index-creation'],
    ['creating-index-without-concurrently'],
    'CREATE INDEX person_alias_idx ON person (alias);',
  ],
  [
    ['require-concurrent-index-creation'],
    ['creating-index-without-concurrently'],
    'CREATE INDEX CONCURRENTLY person_alias_idx ON person (alias);',
  ],
  [
    ['require-concurrent-index-creation'],
    ['creating-index-without-concurrently'],
    'CREATE TABLE pet (id bigint, name text);\nCREATE INDEX pet_name_idx ON pet (name);',
  ],
  [
    ['require-concurrent-index-deletion'],
    ['dropping-index-without-concurrently'],
    'DROP INDEX person_alias_idx;',
  ],
  [
    ['require-concurrent-index-deletion'],
    ['dropping-index-without-concurrently'],
    'DROP INDEX CONCURRENTLY IF EXISTS person_alias_idx;',
  ],
  [
    ['transaction-nesting'],
    ['nested-transaction'],
    'BEGIN;\nBEGIN;\nALTER TABLE person ADD COLUMN x text;\nCOMMIT;\nCOMMIT;',
  ],
  [['transaction-nesting'], ['nested-transaction'], 'BEGIN;\nALTER TABLE person ADD COLUMN x text;\nCOMMIT;'],
  [
    ['ban-create-domain-with-constraint'],
    ['domain-constraint'],
    'CREATE DOMAIN positive_amount AS numeric CHECK (VALUE > 0);',
  ],
  [['ban-create-domain-with-constraint'], ['domain-constraint'], 'CREATE DOMAIN amount AS numeric;'],
  [
    ['ban-alter-domain-with-add-constraint'],
    ['domain-constraint'],
    'ALTER DOMAIN amount ADD CONSTRAINT amount_positive CHECK (VALUE > 0);',
  ],
  [['ban-truncate-cascade'], ['using-cascade'], 'TRUNCATE TABLE person CASCADE;'],
  [['ban-truncate-cascade'], ['using-cascade'], 'TRUNCATE TABLE person;'],
  [
    ['require-lock-timeout', 'require-timeout-settings'],
    ['missing-lock-timeout'],
    'ALTER TABLE person ADD COLUMN c boolean;',
  ],
  [
    ['require-lock-timeout', 'require-timeout-settings'],
    ['missing-lock-timeout'],
    "SET lock_timeout = '1s';\nSET statement_timeout = '5s';\nALTER TABLE person ADD COLUMN c boolean;",
  ],
  [
    ['require-lock-timeout', 'require-timeout-settings'],
    ['missing-lock-timeout'],
    'CREATE TABLE pet (id bigint, name text);\nALTER TABLE pet ADD COLUMN c boolean;',
  ],
  [
    ['require-statement-timeout', 'require-timeout-settings'],
    ['missing-statement-timeout'],
    'CREATE INDEX person_alias_idx ON person (alias);',
  ],
  [
    ['ban-uncommitted-transaction'],
    ['transaction-never-closed'],
    'BEGIN;\nALTER TABLE person ADD COLUMN c boolean;',
  ],
  [
    ['ban-uncommitted-transaction'],
    ['transaction-never-closed'],
    'BEGIN;\nALTER TABLE person ADD COLUMN c boolean;\nCOMMIT;',
  ],
  [
    ['require-enum-value-ordering'],
    ['adding-enum-value'],
    "ALTER TYPE mood ADD VALUE 'calm' BEFORE 'happy';",
  ],
  [['require-enum-value-ordering'], ['adding-enum-value'], "ALTER TYPE mood ADD VALUE 'calm';"],
  [['identifier-too-long'], ['identifier-too-long'], `CREATE TABLE ${'a'.repeat(70)} (id bigint);`],
  [['identifier-too-long'], ['identifier-too-long'], `CREATE TABLE ${'a'.repeat(60)} (id bigint);`],
  [
    ['require-concurrent-partition-detach'],
    ['detaching-partition-without-concurrently'],
    'ALTER TABLE reading DETACH PARTITION reading_2020;',
  ],
  [
    ['require-concurrent-partition-detach'],
    ['detaching-partition-without-concurrently'],
    'ALTER TABLE reading DETACH PARTITION reading_2020 CONCURRENTLY;',
  ],
  [['require-concurrent-reindex'], ['reindex-without-concurrently'], 'REINDEX INDEX person_alias_idx;'],
  [
    ['require-concurrent-reindex'],
    ['reindex-without-concurrently'],
    'REINDEX INDEX CONCURRENTLY person_alias_idx;',
  ],
  // prefer-repack (CLUSTER, VACUUM FULL) is not in squawk 2.61, the pinned version: not compared.
  [['syntax-error'], ['syntax-error'], 'ALTER TABLE person ADD COLUMN;'],
];

const work = join(root, '.tmp', 'lint-agreement');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const names = CASES.map((_, i) => `case${String(i).padStart(3, '0')}.sql`);
CASES.forEach(([, , sql], i) => {
  writeFileSync(join(work, names[i]), `${sql}\n`);
});

let raw;
try {
  raw = execFileSync(peerBin('squawk'), ['--pg-version', `${PG}.0`, '--reporter', 'json', ...names], {
    cwd: work,
    encoding: 'utf8',
  });
} catch (e) {
  raw = e.stdout;
}
const squawkByFile = new Map();
for (const v of JSON.parse(raw)) squawkByFile.set(v.file, [...(squawkByFile.get(v.file) ?? []), v.rule_name]);

const { loadSqlParser } = await importBuilt('src/core/sql/index.ts');
const { lintFiles, parseForLint, rules } = await importBuilt('src/core/lint/index.ts');
await loadSqlParser();
// Rules that are off by default take part, as squawk's counterparts are on by default.
const ruleLevels = Object.fromEntries(rules.filter((r) => r.defaultOff).map((r) => [r.id, r.risk]));

let agree = 0;
const differences = [];
CASES.forEach(([theirs, ours, sql], i) => {
  const { files, unparsed } = parseForLint([{ file: names[i], text: sql }]);
  const report = lintFiles(files, { pgVersion: PG, ruleLevels, unparsed });
  const ourHit = ours.some((spec) => {
    const [id, level] = spec.split(':');
    return report.findings.some((f) => f.ruleId === id && (!level || f.risk === level));
  });
  const theirHit = theirs.some((r) => (squawkByFile.get(names[i]) ?? []).includes(r));
  if (ourHit === theirHit) agree++;
  else
    differences.push({
      theirs: theirs[0],
      text: `${theirHit ? 'squawk only' : 'schemagate only'} (${theirs[0]} / ${ours.join(', ')}): ${sql.replace(/\n/g, ' ')}`,
    });
});
const pct = (n, d) => `${n}/${d} = ${((100 * n) / d).toFixed(1)} %`;
const deliberate = differences.filter((d) => DELIBERATE[d.theirs]).length;
console.log(
  `agreement with squawk ${JSON.parse(
    execFileSync(peerBin('squawk'), ['--version'], { encoding: 'utf8' })
      .replace(/^squawk\s*/, '"')
      .trim() + '"',
  )} on ${CASES.length} cases: ${pct(agree, CASES.length)}`,
);
console.log(`excluding documented deliberate differences: ${pct(agree, CASES.length - deliberate)}`);
for (const d of differences)
  console.log(`  - ${d.text}${DELIBERATE[d.theirs] ? ` [deliberate: ${DELIBERATE[d.theirs]}]` : ''}`);
