import { ConfigError } from '../../src/core/errors.js';
import { lintChange } from '../../src/core/lint/changeSet.js';
import { lintFiles, parseForLint, parseLazily } from '../../src/core/lint/index.js';
import { loadSqlParser, parseSqlFile } from '../../src/core/sql/index.js';
import { lintSql, ruleIds } from './helpers.js';

beforeAll(loadSqlParser);

const risks = (sql: string, opts = {}) => lintSql(sql, opts).findings.map((f) => `${f.ruleId}:${f.risk}`);

describe('same migration set exemption', () => {
  const body = [
    'CREATE TABLE accounts (id bigint PRIMARY KEY, email text, age int);',
    'ALTER TABLE accounts ADD COLUMN tenant bigint NOT NULL;',
    'ALTER TABLE accounts DROP COLUMN email;',
    'ALTER TABLE accounts ALTER COLUMN age TYPE bigint;',
    'CREATE INDEX accounts_tenant_idx ON accounts (tenant);',
    'UPDATE accounts SET tenant = 1 WHERE tenant IS NULL;',
  ].join('\n');

  it('exempts statements on a table created earlier in the same file, with or without BEGIN/COMMIT', () => {
    expect(ruleIds(lintSql(body))).toEqual([]);
    expect(ruleIds(lintSql(`BEGIN;\n${body}\nCOMMIT;`))).toEqual([]);
  });

  it('exempts a table created in an earlier linted file of the set, but not in an applied one', () => {
    const create = parseSqlFile('db/001.sql', 'CREATE TABLE accounts (id bigint, email text);');
    const later = parseSqlFile(
      'db/002.sql',
      "SET lock_timeout = '1s';\nALTER TABLE accounts DROP COLUMN email;",
    );
    expect(ruleIds(lintFiles([create, later], { pgVersion: 15 }))).toEqual([]);
    expect(
      ruleIds(lintFiles([create, later], { pgVersion: 15, contextOnly: new Set(['db/001.sql']) })),
    ).toEqual(['dropping-column']);
  });

  it('matches schema-qualified and unqualified names (public is the default schema)', () => {
    expect(ruleIds(lintSql('CREATE TABLE public.t (a int);\nALTER TABLE t DROP COLUMN a;'))).toEqual([]);
    expect(ruleIds(lintSql('CREATE TABLE app.t (a int);\nALTER TABLE t DROP COLUMN a;'))).toContain(
      'dropping-column',
    );
  });
});

describe('PostgreSQL version differences', () => {
  it('ADD COLUMN ... NOT NULL DEFAULT constant: high on 10, low on 11+', () => {
    const sql = "ALTER TABLE users ADD COLUMN status text NOT NULL DEFAULT 'active';";
    expect(risks(sql, { pgVersion: 10 })).toContain('adding-column-with-default:high');
    expect(risks(sql, { pgVersion: 11 })).toContain('adding-column-with-default:low');
  });

  it('a volatile default rewrites on every version', () => {
    expect(risks('ALTER TABLE t ADD COLUMN u uuid DEFAULT gen_random_uuid();', { pgVersion: 16 })).toContain(
      'volatile-default:high',
    );
  });

  it('SET NOT NULL after a validated CHECK is fine on 12+, still reported on 11', () => {
    const sql = [
      'ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;',
      'ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;',
      'ALTER TABLE users ALTER COLUMN email SET NOT NULL;',
    ].join('\n');
    expect(ruleIds(lintSql(sql, { pgVersion: 12 }))).not.toContain('setting-not-null');
    expect(ruleIds(lintSql(sql, { pgVersion: 11 }))).toContain('setting-not-null');
    // NOT VALID alone (never validated) does not help.
    expect(
      ruleIds(
        lintSql(
          sql
            .split('\n')
            .filter((l) => !l.includes('VALIDATE'))
            .join('\n'),
          { pgVersion: 16 },
        ),
      ),
    ).toContain('setting-not-null');
  });
});

describe('type changes', () => {
  const ctx = 'CREATE TABLE t (v varchar(50), n numeric(10,2), i int, s text);';
  it.each([
    ['varchar(50) -> varchar(100)', 'ALTER TABLE t ALTER COLUMN v TYPE varchar(100);'],
    ['varchar(50) -> text', 'ALTER TABLE t ALTER COLUMN v TYPE text;'],
    ['varchar(50) -> varchar', 'ALTER TABLE t ALTER COLUMN v TYPE character varying;'],
    ['numeric(10,2) -> numeric(12,2)', 'ALTER TABLE t ALTER COLUMN n TYPE numeric(12,2);'],
    ['numeric(10,2) -> numeric', 'ALTER TABLE t ALTER COLUMN n TYPE numeric;'],
    ['text -> varchar', 'ALTER TABLE t ALTER COLUMN s TYPE varchar;'],
  ])('does not flag the safe widening %s', (_n, sql) => {
    expect(ruleIds(lintSql(sql, { context: ctx }))).not.toContain('changing-column-type');
  });

  it.each([
    ['varchar(50) -> varchar(20)', 'ALTER TABLE t ALTER COLUMN v TYPE varchar(20);'],
    ['numeric(10,2) -> numeric(12,4)', 'ALTER TABLE t ALTER COLUMN n TYPE numeric(12,4);'],
    ['int -> bigint', 'ALTER TABLE t ALTER COLUMN i TYPE bigint;'],
    ['with USING', 'ALTER TABLE t ALTER COLUMN v TYPE text USING upper(v);'],
  ])('flags the rewrite %s as high', (_n, sql) => {
    expect(risks(sql, { context: ctx })).toContain('changing-column-type:high');
  });

  it('follows a column through a rename and earlier type changes', () => {
    const sql = 'ALTER TABLE t RENAME COLUMN v TO w;\nALTER TABLE t ALTER COLUMN w TYPE varchar(60);';
    expect(ruleIds(lintSql(sql, { context: ctx }))).toEqual(['renaming-column', 'missing-lock-timeout']);
  });
});

describe('file state', () => {
  it('missing-lock-timeout: once per file, and not after SET lock_timeout', () => {
    const two = 'ALTER TABLE a ADD COLUMN x int;\nALTER TABLE b ADD COLUMN y int;';
    expect(ruleIds(lintSql(two)).filter((id) => id === 'missing-lock-timeout')).toHaveLength(1);
    expect(ruleIds(lintSql(`SET lock_timeout = '3s';\n${two}`))).not.toContain('missing-lock-timeout');
    expect(ruleIds(lintSql(`SET lock_timeout = 0;\n${two}`))).toContain('missing-lock-timeout');
  });

  it('concurrently-in-transaction only inside BEGIN ... COMMIT', () => {
    const idx = 'CREATE INDEX CONCURRENTLY i ON t (a);';
    expect(ruleIds(lintSql(`BEGIN;\n${idx}\nCOMMIT;`))).toContain('concurrently-in-transaction');
    expect(ruleIds(lintSql(`BEGIN;\nSELECT 1;\nCOMMIT;\n${idx}`))).not.toContain(
      'concurrently-in-transaction',
    );
  });

  it('missing-if-exists only in a file that cannot run in one transaction', () => {
    expect(ruleIds(lintSql('CREATE TABLE x (id bigint);'))).not.toContain('missing-if-exists');
    const f = lintSql('CREATE INDEX CONCURRENTLY i ON t (a);').findings.find(
      (x) => x.ruleId === 'missing-if-exists',
    )!;
    expect(f.safeAlternative).toBe(
      'DROP INDEX CONCURRENTLY IF EXISTS i;  -- removes an INVALID leftover of a failed build\nCREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t (a);',
    );
  });
});

describe('findings', () => {
  it('carry file, line, column, rule, risk, message, why, safe alternative, statement and table', () => {
    const r = lintSql("SET lock_timeout = '1s';\n\n  ALTER TABLE users DROP COLUMN email;");
    expect(r.findings).toEqual([
      {
        file: 'db/001_change.sql',
        line: 3,
        column: 3,
        ruleId: 'dropping-column',
        risk: 'high',
        message: 'drops column users.email: running code that uses it breaks and the data is lost',
        why: expect.stringContaining('fails the moment it is gone'),
        safeAlternative: expect.stringContaining('ALTER TABLE users DROP COLUMN IF EXISTS email;'),
        subject: 'DROP COLUMN users.email',
        statement: 'ALTER TABLE users DROP COLUMN email',
        table: 'users',
        docs: 'docs/rules/dropping-column.md',
      },
    ]);
    expect(r.highestRisk).toBe('high');
  });

  it('quote hostile names in the safe alternative', () => {
    const f = lintSql('ALTER TABLE "Order""s" DROP COLUMN "select";').findings.find(
      (x) => x.ruleId === 'dropping-column',
    )!;
    expect(f.safeAlternative).toContain('ALTER TABLE "Order""s" DROP COLUMN IF EXISTS "select";');
  });
});

describe('pragmas', () => {
  const drop = 'ALTER TABLE users DROP COLUMN email;';
  it('ignore a statement with a reason; the finding stays in the report as ignored', () => {
    const r = lintSql(
      `SET lock_timeout = '1s';\n-- schemagate:ignore dropping-column nothing reads it since v42\n${drop}`,
    );
    expect(r.findings[0].ignored).toEqual({ reason: 'nothing reads it since v42', line: 2 });
    expect(r.highestRisk).toBe('none');
  });

  it('a pragma in the top comment block, followed by a blank line, covers the whole file', () => {
    const r = lintSql(
      `-- schemagate:ignore dropping-column agreed in RFC-12\n\n${drop}\n${drop.replace('email', 'phone')}`,
    );
    expect(r.findings.filter((f) => f.ruleId === 'dropping-column').map((f) => f.ignored?.reason)).toEqual([
      'agreed in RFC-12',
      'agreed in RFC-12',
    ]);
  });

  it.each([
    ['-- schemagate:ignore dropping-column\n', 'schemagate:ignore dropping-column needs a reason'],
    ['-- schemagate:ignore dropping-colum typo\n', 'schemagate:ignore names unknown rule "dropping-colum"'],
  ])('reports %j as bad input at its line, and still lints the statement', (pragma, message) => {
    const r = lintSql(`${pragma}${drop}`);
    expect(r.inputErrors).toEqual([
      { file: 'db/001_change.sql', line: 1, column: 1, message: expect.stringContaining(message) },
    ]);
    const bad = r.findings.find((f) => f.ruleId === 'invalid-pragma')!;
    expect(`${bad.file}:${bad.line}:${bad.column}`).toBe('db/001_change.sql:1:1');
    expect(bad.message).toContain(message);
    expect(ruleIds(r)).toContain('dropping-column');
  });

  it('reports a pragma that applies to no statement', () => {
    const r = lintSql(`SELECT 1;\n-- schemagate:ignore dropping-column reason\n\n${drop}`);
    expect(r.inputErrors?.map((e) => `${e.file}:${e.line}: ${e.message}`)).toEqual([
      expect.stringContaining('db/001_change.sql:2: this schemagate:ignore pragma applies to no statement'),
    ]);
  });

  it('reports a pragma that suppresses nothing, at its own line', () => {
    const r = lintSql(
      `SET lock_timeout = '1s';\n-- schemagate:ignore dropping-column old reason\nALTER TABLE users ADD COLUMN x text;`,
    );
    const f = r.findings.find((x) => x.ruleId === 'unused-ignore')!;
    expect(f.line).toBe(2);
    expect(f.message).toContain('dropping-column pragma suppresses nothing');
  });

  it('does not report a pragma for a rule that config turns off', () => {
    const r = lintSql(
      `-- schemagate:ignore dropping-column old reason\nALTER TABLE users ADD COLUMN x text;`,
      {
        ruleLevels: { 'dropping-column': 'off' },
      },
    );
    expect(ruleIds(r)).not.toContain('unused-ignore');
  });
});

describe('files that do not parse', () => {
  it('are findings at file:line:col while every other file is still linted', () => {
    const { files, unparsed } = parseForLint([
      { file: 'db/001_ok.sql', text: 'ALTER TABLE users DROP COLUMN a;' },
      { file: 'db/002_bad.sql', text: 'SELECT 1;\nALTER TABLE users DROPP COLUMN b;' },
      { file: 'db/003_ok.sql', text: 'DROP TABLE orders;' },
    ]);
    expect(files.map((f) => f.file)).toEqual(['db/001_ok.sql', 'db/003_ok.sql']);
    const r = lintFiles(files, { pgVersion: 15, unparsed });
    expect(r.inputErrors).toEqual([
      {
        file: 'db/002_bad.sql',
        line: 2,
        column: 19,
        message: 'syntax error: syntax error at or near "DROPP"',
      },
    ]);
    const bad = r.findings.find((f) => f.ruleId === 'syntax-error')!;
    expect(`${bad.file}:${bad.line}:${bad.column}`).toBe('db/002_bad.sql:2:19');
    expect(bad.risk).toBe('critical');
    expect(r.findings.map((f) => `${f.file}:${f.ruleId}`)).toEqual(
      expect.arrayContaining(['db/001_ok.sql:dropping-column', 'db/003_ok.sql:dropping-table']),
    );
  });
});

describe('files parsed as the linter reaches them', () => {
  const sources = [
    { file: 'db/001_ok.sql', text: 'ALTER TABLE users DROP COLUMN a;' },
    { file: 'db/002_bad.sql', text: 'SELECT 1;\nALTER TABLE users DROPP COLUMN b;' },
    {
      file: 'db/003_ok.sql',
      text: 'CREATE TABLE t (id int);\n-- schemagate:ignore nope because\nDROP TABLE orders;',
    },
  ];
  const seen = (r: ReturnType<typeof lintFiles>) => ({
    findings: r.findings.map((f) => `${f.file}:${f.line}:${f.ruleId}`),
    inputErrors: r.inputErrors,
  });

  it('report what parsing everything up front reports, files that do not parse first', () => {
    const eager = parseForLint(sources);
    const lazy = parseLazily(sources);
    expect(lazy.files.names).toEqual(['db/001_ok.sql', 'db/002_bad.sql', 'db/003_ok.sql']);
    const expected = seen(lintFiles(eager.files, { pgVersion: 15, unparsed: eager.unparsed }));
    expect(expected.findings[0]).toBe('db/002_bad.sql:2:syntax-error');
    expect(expected.inputErrors?.map((e) => e.file)).toEqual(['db/002_bad.sql', 'db/003_ok.sql']);
    expect(seen(lintFiles(lazy.files, { pgVersion: 15, unparsed: lazy.unparsed }))).toEqual(expected);
  });

  it('are parsed once for a change of named files and still reported when none parses', () => {
    const change = { kind: 'files' as const, files: new Set(['db/003_ok.sql']), description: 'x' };
    const eager = parseForLint(sources);
    const lazy = parseLazily(sources);
    expect(seen(lintChange(lazy.files, change, { pgVersion: 15, unparsed: lazy.unparsed }))).toEqual(
      seen(lintChange(eager.files, change, { pgVersion: 15, unparsed: eager.unparsed })),
    );
    const bad = parseLazily([sources[1]]);
    const eachFile = { kind: 'each-file' as const, description: 'x' };
    expect(seen(lintChange(bad.files, eachFile, { pgVersion: 15, unparsed: bad.unparsed })).findings).toEqual(
      ['db/002_bad.sql:2:syntax-error'],
    );
  });
});

describe('per-rule overrides and data-aware escalation', () => {
  const drop = "SET lock_timeout = '1s';\nALTER TABLE users DROP COLUMN email;";
  it('lint.rules sets a level or turns a rule off, and rejects unknown ids', () => {
    expect(risks(drop, { ruleLevels: { 'dropping-column': 'medium' } })).toEqual(['dropping-column:medium']);
    expect(risks(drop, { ruleLevels: { 'dropping-column': 'off' } })).toEqual([]);
    expect(() => lintSql(drop, { ruleLevels: { nope: 'off' } })).toThrow(ConfigError);
  });

  it('raises data-aware findings on large tables and lowers them on small ones', () => {
    const idx = "SET lock_timeout = '1s';\nCREATE INDEX i ON orders (user_id);";
    expect(risks(idx)).toEqual(['creating-index-without-concurrently:medium']);
    expect(
      risks(idx, { rowCounts: new Map([['public.orders', 5_000_000]]), largeTableRows: 1_000_000 }),
    ).toEqual(['creating-index-without-concurrently:high']);
    expect(risks(idx, { rowCounts: new Map([['public.orders', 200]]) })).toEqual([
      'creating-index-without-concurrently:low',
    ]);
    // Not data-aware: dropping a column is as dangerous on a small table.
    expect(risks(drop, { rowCounts: new Map([['public.users', 10]]) })).toEqual(['dropping-column:high']);
  });
});

describe('precision', () => {
  it.each([
    ['uuid()', 'volatile-default'],
    ['my_fn()', 'volatile-default'],
    ['now(123)', 'volatile-default'],
    ['now()', 'adding-column-with-default'],
  ])('a default calling %s is judged by what is known about the function', (call, rule) => {
    const ids = ruleIds(lintSql(`ALTER TABLE orders ADD COLUMN x text DEFAULT ${call};`));
    expect(ids).toContain(rule);
    if (rule !== 'volatile-default') expect(ids).not.toContain('volatile-default');
  });

  it('a function the migrations declare STABLE is not volatile', () => {
    const context = "CREATE FUNCTION my_fn() RETURNS text LANGUAGE sql STABLE AS $$ SELECT 'x' $$;";
    expect(
      ruleIds(lintSql('ALTER TABLE orders ADD COLUMN x text DEFAULT my_fn();', { context })),
    ).not.toContain('volatile-default');
  });

  it.each(['"char"(100)', '"character"(255)', 'character(3)'])('recognises %s as char(n)', (type) => {
    expect(ruleIds(lintSql(`CREATE TABLE t (c ${type});`))).toContain('char-type');
  });

  it('DROP INDEX and CREATE TABLE ... REFERENCES an existing table need lock_timeout', () => {
    expect(ruleIds(lintSql('DROP INDEX orders_user_idx;'))).toContain('missing-lock-timeout');
    const create = lintSql('CREATE TABLE notes (id bigint, user_id bigint REFERENCES users (id));');
    expect(create.findings.find((f) => f.ruleId === 'missing-lock-timeout')?.message).toContain(
      'references users',
    );
    expect(
      ruleIds(
        lintSql(
          'CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE notes (id bigint, user_id bigint REFERENCES users (id), parent bigint REFERENCES notes (id));',
        ),
      ),
    ).not.toContain('missing-lock-timeout');
  });

  it('rules that are off by default fire only when lint.rules gives them a level', () => {
    const sql = 'CREATE TABLE users (id bigint, email varchar(255));\nCREATE INDEX ON orders (user_id);';
    expect(ruleIds(lintSql(sql))).not.toEqual(
      expect.arrayContaining(['prefer-text-over-varchar', 'missing-statement-timeout']),
    );
    const on = lintSql(sql, {
      ruleLevels: { 'prefer-text-over-varchar': 'low', 'missing-statement-timeout': 'medium' },
    });
    expect(risks(sql, { ruleLevels: { 'missing-statement-timeout': 'medium' } })).toContain(
      'missing-statement-timeout:medium',
    );
    expect(ruleIds(on)).toEqual(
      expect.arrayContaining(['prefer-text-over-varchar', 'missing-statement-timeout']),
    );
  });

  it('dropping a primary key that foreign keys reference is high, another constraint medium', () => {
    const context =
      'CREATE TABLE users (id bigint PRIMARY KEY, email text UNIQUE);\nCREATE TABLE orders (user_id bigint REFERENCES users (id));';
    expect(
      risks("SET lock_timeout = '1s';\nALTER TABLE users DROP CONSTRAINT users_pkey;", { context }),
    ).toEqual(['dropping-constraint:high']);
    expect(
      risks("SET lock_timeout = '1s';\nALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;", { context }),
    ).toEqual(['dropping-constraint:medium']);
  });

  it('VALIDATE in the same file is only a problem when the file runs in one transaction', () => {
    const sql =
      "SET lock_timeout = '1s';\nALTER TABLE orders ADD CONSTRAINT c CHECK (total > 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT c;";
    expect(ruleIds(lintSql(sql))).not.toContain('validating-constraint-in-same-transaction');
    expect(ruleIds(lintSql(sql, { assumeInTransaction: true }))).toContain(
      'validating-constraint-in-same-transaction',
    );
  });

  it('an identifier of 64 bytes is reported with the name PostgreSQL keeps', () => {
    const long = `t_${'é'.repeat(31)}`; // 2 + 62 = 64 bytes
    const f = lintSql(`CREATE TABLE "${long}" (id int);`).findings.find(
      (x) => x.ruleId === 'identifier-too-long',
    );
    expect(f?.message).toContain('64 bytes');
    expect(ruleIds(lintSql(`CREATE TABLE "t_${'é'.repeat(30)}x" (id int);`))).not.toContain(
      'identifier-too-long',
    );
  });
});

describe('files the runner wraps in a transaction', () => {
  const enumFile = "ALTER TYPE mood ADD VALUE 'calm';";
  it('transactionalFiles: like schemagate migrate, a CONCURRENTLY-only file still runs without one', () => {
    const files = [
      parseSqlFile('db/001.sql', enumFile),
      parseSqlFile('db/002.sql', 'CREATE INDEX CONCURRENTLY i ON t (c);'),
    ];
    const wrapped = new Set(['db/001.sql', 'db/002.sql']);
    const r = lintFiles(files, { pgVersion: 11, transactionalFiles: wrapped });
    expect(r.findings.map((f) => `${f.file}:${f.ruleId}`)).toContain('db/001.sql:adding-enum-value');
    expect(r.findings.map((f) => `${f.file}:${f.ruleId}`)).not.toContain(
      'db/002.sql:concurrently-in-transaction',
    );
    expect(ruleIds(lintFiles(files, { pgVersion: 11 }))).not.toContain('adding-enum-value');
  });

  it('--assume-in-transaction honours no-transaction directives', () => {
    const marked = `-- migrate:up transaction:false\n${enumFile}`;
    expect(ruleIds(lintSql(enumFile, { pgVersion: 11, assumeInTransaction: true }))).toContain(
      'adding-enum-value',
    );
    expect(ruleIds(lintSql(marked, { pgVersion: 11, assumeInTransaction: true }))).not.toContain(
      'adding-enum-value',
    );
  });
});
