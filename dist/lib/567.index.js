export const id = 567;
export const ids = [567];
export const modules = {

/***/ 18567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ji: () => (/* binding */ lintFiles),
  aO: () => (/* reexport */ rules_rules),
  K3: () => (/* binding */ tablesTouched)
});

// UNUSED EXPORTS: SMALL_TABLE_ROWS, ruleById

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/sql/index.ts + 2 modules
var sql = __webpack_require__(72833);
;// CONCATENATED MODULE: ./src/core/lint/ast.ts
/** Small readers over the libpg-query (PostgreSQL 18) parse tree, shared by the rules. */

function tableOf(rangeVar) {
    if (!rangeVar?.relname)
        return undefined;
    return rangeVar.schemaname
        ? { schema: rangeVar.schemaname, name: rangeVar.relname }
        : { name: rangeVar.relname };
}
/** Identity of a table for lookups; unqualified names are taken to be in `public`. */
const tableKey = (t) => `${t.schema ?? 'public'}.${t.name}`;
/** The table as written, for messages. */
const tableLabel = (t) => (t.schema ? `${t.schema}.${t.name}` : t.name);
/** The table as SQL, every part quoted as needed. */
const tableSql = (t) => t.schema ? (0,sql/* qualified */.LX)(t.schema, t.name) : (0,sql/* quoteIdent */.v4)(t.name);
/** A dotted name from a list of String nodes (DROP objects, type names). */
function nameList(items) {
    return (items ?? []).map((i) => i?.String?.sval).filter((s) => typeof s === 'string');
}
function refFromNames(names) {
    return names.length > 1
        ? { schema: names[names.length - 2], name: names[names.length - 1] }
        : { name: names[0] };
}
const TYPE_ALIASES = {
    int: 'int4',
    integer: 'int4',
    smallint: 'int2',
    bigint: 'int8',
    'character varying': 'varchar',
    decimal: 'numeric',
    timestamp: 'timestamp',
    float: 'float8',
    real: 'float4',
};
function columnTypeOf(typeName) {
    if (!typeName)
        return undefined;
    const names = nameList(typeName.names);
    const raw = (names[names.length - 1] ?? '').toLowerCase();
    const mods = (typeName.typmods ?? []).map((m) => m?.A_Const?.ival?.ival ?? 0);
    return { name: TYPE_ALIASES[raw] ?? raw, mods, array: Boolean(typeName.arrayBounds?.length) };
}
// Canonical catalog names back to the spelling people write.
const WRITTEN = {
    int2: 'smallint',
    int4: 'integer',
    int8: 'bigint',
    bpchar: 'char',
    float8: 'double precision',
    float4: 'real',
    bool: 'boolean',
};
function typeLabel(t) {
    return `${WRITTEN[t.name] ?? t.name}${t.mods.length ? `(${t.mods.join(',')})` : ''}${t.array ? '[]' : ''}`;
}
function constraintsOf(columnDef) {
    return (columnDef?.constraints ?? []).map((c) => c.Constraint).filter(Boolean);
}
const hasConstraint = (columnDef, contype) => constraintsOf(columnDef).some((c) => c.contype === contype);
function defaultExpr(columnDef) {
    return constraintsOf(columnDef).find((c) => c.contype === 'CONSTR_DEFAULT')?.raw_expr;
}
/** The ALTER TABLE sub-commands of a statement, with their subtype. */
function alterCmds(ast) {
    return (ast?.cmds ?? []).map((c) => c.AlterTableCmd).filter(Boolean);
}
// Functions whose value changes per row: a default using one forces a table rewrite on every version.
const VOLATILE = new Set([
    'random',
    'gen_random_uuid',
    'uuid_generate_v1',
    'uuid_generate_v1mc',
    'uuid_generate_v4',
    'uuidv4',
    'uuidv7',
    'clock_timestamp',
    'timeofday',
    'nextval',
    'txid_current',
    'setseed',
]);
// Stable or immutable: evaluated once when the column is added, so PostgreSQL 11+ stores the value.
const NON_VOLATILE = new Set([
    'now',
    'transaction_timestamp',
    'statement_timestamp',
    'current_setting',
    'lower',
    'upper',
    'coalesce',
    'to_timestamp',
    'make_interval',
    'jsonb_build_object',
    'json_build_object',
    'array',
    'concat',
]);
/** How a DEFAULT expression behaves when a column is added to existing rows. */
function classifyDefault(expr) {
    let kind = 'constant';
    const rank = { constant: 0, stable: 1, unknown: 2, volatile: 3 };
    const raise = (k) => {
        if (rank[k] > rank[kind])
            kind = k;
    };
    const walk = (n) => {
        if (n === null || typeof n !== 'object')
            return;
        if (Array.isArray(n)) {
            n.forEach(walk);
            return;
        }
        if (n.FuncCall) {
            const fname = nameList(n.FuncCall.funcname).pop()?.toLowerCase() ?? '';
            raise(VOLATILE.has(fname) ? 'volatile' : NON_VOLATILE.has(fname) ? 'stable' : 'unknown');
        }
        if (n.SQLValueFunction)
            raise('stable');
        if (n.SubLink)
            raise('unknown');
        for (const v of Object.values(n))
            walk(v);
    };
    walk(expr);
    return kind;
}
/** The statement on one line, shortened for tables and status lines. */
function excerpt(text, max = 120) {
    const one = text.replace(/\s+/g, ' ').trim();
    return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
}
const col = (name) => (0,sql/* quoteIdent */.v4)(name);
const BUILTIN_TYPES = new Set('int2 int4 int8 smallint integer bigint serial bigserial smallserial numeric float4 float8 bool boolean text varchar bpchar timestamp timestamptz date time timetz interval uuid json jsonb bytea inet cidr macaddr money xml tsvector oid'.split(' '));
/** A column type as SQL: built-in names bare, any other name quoted. */
function typeSql(t) {
    const base = WRITTEN[t.name] ?? (BUILTIN_TYPES.has(t.name) ? t.name : (0,sql/* quoteIdent */.v4)(t.name));
    return `${base}${t.mods.length ? `(${t.mods.join(',')})` : ''}${t.array ? '[]' : ''}`;
}
/** The type of a ColumnDef as SQL, for safe-alternative steps. */
function columnDefTypeSql(columnDef) {
    const t = columnTypeOf(columnDef?.typeName);
    return t ? typeSql(t) : 'text';
}

;// CONCATENATED MODULE: ./src/core/lint/pragmas.ts
/**
 * `-- schemagate:ignore <rule-id> <reason>` pragmas. A pragma in the comment block directly above
 * a statement (no blank line in between) covers that statement; a pragma before the first
 * statement that is not attached to it (a comment block at the top of the file, followed by a
 * blank line) covers the whole file. A reason is required; a pragma without one, naming an
 * unknown rule, or attached to nothing is bad input (InputError naming file:line).
 */

const IGNORE = 'schemagate:ignore';
function readIgnores(file, knownRules) {
    const attached = new Set();
    const byStatement = new Map();
    for (const s of file.statements) {
        const list = s.directives
            .filter((d) => d.name === IGNORE)
            .map((d) => parseIgnore(file.file, d, knownRules));
        for (const d of s.directives)
            if (d.name === IGNORE)
                attached.add(d.line);
        if (list.length)
            byStatement.set(s.index, list);
    }
    const firstLine = file.statements[0]?.line ?? Number.POSITIVE_INFINITY;
    const fileLevel = [];
    for (const d of file.directives) {
        if (d.name !== IGNORE || attached.has(d.line))
            continue;
        if (d.line < firstLine) {
            fileLevel.push(parseIgnore(file.file, d, knownRules));
            continue;
        }
        throw new errors/* InputError */.dz(`${file.file}:${d.line}: this ${IGNORE} pragma applies to no statement: put it on the line right above the statement, or in the comment block at the top of the file (followed by a blank line) to cover the whole file`);
    }
    return { file: fileLevel, byStatement };
}
function parseIgnore(file, d, knownRules) {
    const m = /^(\S+)(?:\s+(.*))?$/.exec(d.args);
    if (!m)
        throw new errors/* InputError */.dz(`${file}:${d.line}: ${IGNORE} needs a rule id and a reason: -- ${IGNORE} <rule-id> <reason>`);
    const [, ruleId, reason] = m;
    if (!knownRules.has(ruleId)) {
        throw new errors/* InputError */.dz(`${file}:${d.line}: ${IGNORE} names unknown rule "${ruleId}" (see docs/rules/README.md)`);
    }
    if (!reason?.trim()) {
        throw new errors/* InputError */.dz(`${file}:${d.line}: ${IGNORE} ${ruleId} needs a reason: -- ${IGNORE} ${ruleId} <why this is safe here>`);
    }
    return { ruleId, reason: reason.trim(), line: d.line };
}
function ignoreFor(ignores, stmt, ruleId) {
    return (ignores.byStatement.get(stmt.index)?.find((i) => i.ruleId === ruleId) ??
        ignores.file.find((i) => i.ruleId === ruleId));
}

// EXTERNAL MODULE: ./src/core/lint/risk.ts
var lint_risk = __webpack_require__(44274);
;// CONCATENATED MODULE: ./src/core/lint/rules/constraints.ts
/** Shared reading of ALTER TABLE ... ADD CONSTRAINT sub-commands. */

function addedConstraints(stmt, contype) {
    if (stmt.kind !== 'AlterTableStmt')
        return [];
    const table = tableOf(stmt.ast.relation);
    if (!table)
        return [];
    return alterCmds(stmt.ast)
        .filter((c) => c.subtype === 'AT_AddConstraint' && c.def?.Constraint?.contype === contype)
        .map((c) => ({
        table,
        constraint: c.def.Constraint,
        name: c.def.Constraint.conname,
        notValid: Boolean(c.def.Constraint.skip_validation),
    }));
}
/** The statement text with NOT VALID added, when it holds a single sub-command (the common case). */
function withNotValid(stmt) {
    return (stmt.ast.cmds ?? []).length === 1 ? `${stmt.text.replace(/\s+$/, '')} NOT VALID;` : undefined;
}

;// CONCATENATED MODULE: ./src/core/lint/rules/define.ts
/** Fills in what every rule shares (the docs path) so a rule module states only its own logic. */
function defineRule(rule) {
    return { ...rule, docs: `docs/rules/${rule.id}.md` };
}
/** Prefix for every safe alternative that takes a lock: fail fast instead of queueing traffic. */
const LOCK_TIMEOUT = "SET lock_timeout = '5s';";

;// CONCATENATED MODULE: ./src/core/lint/rules/adding-check-constraint.ts



const addingCheckConstraint = defineRule({
    id: 'adding-check-constraint',
    kinds: ['AlterTableStmt'],
    risk: 'medium',
    summary: 'ADD CONSTRAINT ... CHECK without NOT VALID',
    why: 'Adding a validated CHECK scans the whole table while holding an ACCESS EXCLUSIVE lock. NOT VALID skips the scan; VALIDATE CONSTRAINT then checks old rows under a lock that lets reads and writes continue.',
    lockRule: true,
    dataAware: true,
    examples: {
        bad: [{ sql: 'ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0);' }],
        good: [
            {
                sql: 'ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive;',
            },
        ],
    },
    check(stmt) {
        return addedConstraints(stmt, 'CONSTR_CHECK')
            .filter((c) => !c.notValid)
            .map((c) => {
            const name = col(c.name ?? `${c.table.name}_check`);
            const t = tableSql(c.table);
            return {
                message: `adds CHECK constraint ${c.name ?? ''} on ${tableLabel(c.table)} without NOT VALID: scans the table under an exclusive lock`.replace('  ', ' '),
                subject: `ADD CHECK ${tableLabel(c.table)}${c.name ? `.${c.name}` : ''}`,
                safeAlternative: [
                    LOCK_TIMEOUT,
                    withNotValid(stmt) ?? `ALTER TABLE ${t} ADD CONSTRAINT ${name} CHECK (...) NOT VALID;`,
                    `ALTER TABLE ${t} VALIDATE CONSTRAINT ${name};  -- SHARE UPDATE EXCLUSIVE: reads and writes go on`,
                ].join('\n'),
                table: c.table,
            };
        });
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/addColumn.ts
/** Shared reading of ALTER TABLE ... ADD COLUMN sub-commands. */

function addedColumns(stmt) {
    if (stmt.kind !== 'AlterTableStmt')
        return [];
    const table = tableOf(stmt.ast.relation);
    if (!table)
        return [];
    return alterCmds(stmt.ast)
        .filter((c) => c.subtype === 'AT_AddColumn' && c.def?.ColumnDef)
        .map((c) => {
        const def = c.def.ColumnDef;
        const kinds = constraintsOf(def).map((k) => k.contype);
        const expr = defaultExpr(def);
        const typeName = (def.typeName?.names?.at(-1)?.String?.sval ?? '').toLowerCase();
        return {
            table,
            name: def.colname,
            def,
            notNull: kinds.includes('CONSTR_NOTNULL') || kinds.includes('CONSTR_PRIMARY'),
            primaryKey: kinds.includes('CONSTR_PRIMARY'),
            identity: kinds.includes('CONSTR_IDENTITY'),
            serial: /^(small|big)?serial[248]?$/.test(typeName),
            generated: kinds.includes('CONSTR_GENERATED'),
            defaultKind: expr === undefined ? undefined : classifyDefault(expr),
        };
    });
}

;// CONCATENATED MODULE: ./src/core/lint/rules/adding-column-with-default.ts



const addingColumnWithDefault = defineRule({
    id: 'adding-column-with-default',
    kinds: ['AlterTableStmt'],
    risk: 'low',
    summary: 'ADD COLUMN with a DEFAULT: free on PostgreSQL 11+, a full table rewrite before',
    why: 'Before PostgreSQL 11 adding a column with a DEFAULT rewrites every row under an ACCESS EXCLUSIVE lock. From 11 on a non-volatile default is stored once in the catalog and nothing is rewritten.',
    lockRule: true,
    dataAware: true,
    examples: {
        bad: [
            {
                sql: "ALTER TABLE users ADD COLUMN status text NOT NULL DEFAULT 'active';",
                pgVersion: 10,
                note: 'On PostgreSQL 10 this rewrites the table (high).',
            },
            {
                sql: 'ALTER TABLE users ADD COLUMN score int NOT NULL DEFAULT 0;',
                pgVersion: 15,
                note: 'On PostgreSQL 11+ it is reported as low.',
            },
        ],
        good: [{ sql: 'ALTER TABLE users ADD COLUMN score int;', pgVersion: 10 }],
    },
    check(stmt, ctx) {
        return addedColumns(stmt)
            .filter((c) => c.defaultKind && c.defaultKind !== 'volatile' && !c.serial && !c.identity && !c.generated)
            .map((c) => {
            const t = tableLabel(c.table);
            const rewrite = ctx.pgVersion < 11;
            const unknown = c.defaultKind === 'unknown';
            const risk = rewrite ? 'high' : unknown ? 'medium' : 'low';
            const type = columnDefTypeSql(c.def);
            const steps = [
                LOCK_TIMEOUT,
                `ALTER TABLE ${tableSql(c.table)} ADD COLUMN ${col(c.name)} ${type};`,
                `ALTER TABLE ${tableSql(c.table)} ALTER COLUMN ${col(c.name)} SET DEFAULT <the default>;  -- new rows only`,
                `-- backfill existing rows in batches from a script, outside the migration`,
            ];
            if (c.notNull) {
                steps.push(`ALTER TABLE ${tableSql(c.table)} ADD CONSTRAINT ${col(`${c.table.name}_${c.name}_not_null`)} CHECK (${col(c.name)} IS NOT NULL) NOT VALID;`, `ALTER TABLE ${tableSql(c.table)} VALIDATE CONSTRAINT ${col(`${c.table.name}_${c.name}_not_null`)};`);
            }
            return {
                risk,
                message: rewrite
                    ? `adds column ${t}.${c.name} with a DEFAULT on PostgreSQL ${ctx.pgVersion}: rewrites the whole table`
                    : unknown
                        ? `adds column ${t}.${c.name} with a DEFAULT that calls a function schemagate cannot classify: if it is volatile the table is rewritten`
                        : `adds column ${t}.${c.name} with a constant DEFAULT: catalog-only on PostgreSQL 11+`,
                subject: `ADD COLUMN ${t}.${c.name} DEFAULT`,
                safeAlternative: rewrite || unknown ? steps.join('\n') : `${LOCK_TIMEOUT}\n-- then the statement as written`,
                table: c.table,
            };
        });
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/adding-not-null-column-without-default.ts



const addingNotNullColumnWithoutDefault = defineRule({
    id: 'adding-not-null-column-without-default',
    kinds: ['AlterTableStmt'],
    risk: 'high',
    summary: 'ADD COLUMN ... NOT NULL without a DEFAULT',
    why: 'Existing rows would get NULL, so the statement fails on any table that has rows; it only works on an empty table, which production tables are not.',
    lockRule: true,
    dataAware: true,
    examples: {
        bad: [{ sql: 'ALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL;' }],
        good: [
            { sql: 'ALTER TABLE users ADD COLUMN tenant_id bigint;' },
            {
                sql: 'CREATE TABLE users (id bigint);\nALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL;',
                note: 'Exempt: the table is new.',
            },
        ],
    },
    check(stmt) {
        return addedColumns(stmt)
            .filter((c) => c.notNull &&
            c.defaultKind === undefined &&
            !c.serial &&
            !c.identity &&
            !c.generated &&
            !c.primaryKey)
            .map((c) => {
            const t = tableSql(c.table);
            const check = col(`${c.table.name}_${c.name}_not_null`);
            return {
                message: `adds NOT NULL column ${tableLabel(c.table)}.${c.name} without a DEFAULT: fails as soon as the table has a row`,
                subject: `ADD COLUMN ${tableLabel(c.table)}.${c.name} NOT NULL`,
                safeAlternative: [
                    LOCK_TIMEOUT,
                    `ALTER TABLE ${t} ADD COLUMN ${col(c.name)} ${columnDefTypeSql(c.def)};`,
                    `-- backfill ${col(c.name)} in batches from a script, outside the migration`,
                    `ALTER TABLE ${t} ADD CONSTRAINT ${check} CHECK (${col(c.name)} IS NOT NULL) NOT VALID;`,
                    `ALTER TABLE ${t} VALIDATE CONSTRAINT ${check};`,
                    `ALTER TABLE ${t} ALTER COLUMN ${col(c.name)} SET NOT NULL;  -- PostgreSQL 12+ uses the check, no scan`,
                    `ALTER TABLE ${t} DROP CONSTRAINT ${check};`,
                ].join('\n'),
                table: c.table,
            };
        });
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/adding-nullable-column.ts


const addingNullableColumn = defineRule({
    id: 'adding-nullable-column',
    kinds: ['AlterTableStmt'],
    risk: 'low',
    summary: 'ADD COLUMN of a nullable column without a default',
    why: 'Only the catalog changes, but ALTER TABLE still needs a brief ACCESS EXCLUSIVE lock, which queues behind long-running queries.',
    lockRule: true,
    dataAware: false,
    examples: {
        bad: [{ sql: 'ALTER TABLE users ADD COLUMN nickname text;' }],
        good: [
            {
                sql: 'CREATE TABLE users (id bigint PRIMARY KEY);\nALTER TABLE users ADD COLUMN nickname text;',
                note: 'A table created in the same migration set is exempt.',
            },
        ],
    },
    check(stmt) {
        if (stmt.kind !== 'AlterTableStmt')
            return [];
        const table = tableOf(stmt.ast.relation);
        if (!table)
            return [];
        return alterCmds(stmt.ast)
            .filter((c) => c.subtype === 'AT_AddColumn')
            .filter((c) => {
            const def = c.def?.ColumnDef;
            const kinds = constraintsOf(def).map((k) => k.contype);
            const serial = /serial$/.test(def?.typeName?.names?.at(-1)?.String?.sval ?? '');
            return (!defaultExpr(def) &&
                !serial &&
                !kinds.some((k) => ['CONSTR_NOTNULL', 'CONSTR_PRIMARY', 'CONSTR_IDENTITY', 'CONSTR_GENERATED'].includes(k)));
        })
            .map((c) => {
            const name = c.def.ColumnDef.colname;
            return {
                message: `adds nullable column ${tableLabel(table)}.${name}: a catalog-only change`,
                subject: `ADD COLUMN ${tableLabel(table)}.${name}`,
                safeAlternative: `${LOCK_TIMEOUT}\nALTER TABLE ${tableSql(table)} ADD COLUMN ${col(name)} ${columnDefTypeSql(c.def.ColumnDef)};  -- retry if the lock times out`,
                table,
            };
        });
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/adding-serial-primary-key.ts




const addingSerialPrimaryKey = defineRule({
    id: 'adding-serial-primary-key',
    kinds: ['AlterTableStmt'],
    risk: 'high',
    summary: 'ADD COLUMN serial / identity / PRIMARY KEY on an existing table',
    why: 'A serial or identity column fills every existing row (a full rewrite), and a PRIMARY KEY builds its index while holding an ACCESS EXCLUSIVE lock.',
    lockRule: true,
    dataAware: true,
    examples: {
        bad: [
            { sql: 'ALTER TABLE events ADD COLUMN id bigserial PRIMARY KEY;' },
            { sql: 'ALTER TABLE events ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY;' },
        ],
        good: [
            {
                sql: 'CREATE TABLE events (payload jsonb);\nALTER TABLE events ADD COLUMN id bigserial PRIMARY KEY;',
                note: 'Exempt: the table is new.',
            },
        ],
    },
    check(stmt) {
        return addedColumns(stmt)
            .filter((c) => c.serial || c.identity || c.primaryKey)
            .map((c) => {
            const t = tableSql(c.table);
            const seq = col(`${c.table.name}_${c.name}_seq`);
            const idx = col(`${c.table.name}_pkey`);
            return {
                message: `adds ${c.serial ? 'a serial' : c.identity ? 'an identity' : 'a primary key'} column ${tableLabel(c.table)}.${c.name} to an existing table: rewrites it and builds an index under an exclusive lock`,
                subject: `ADD COLUMN ${tableLabel(c.table)}.${c.name} ${c.primaryKey ? 'PRIMARY KEY' : 'serial'}`,
                safeAlternative: [
                    LOCK_TIMEOUT,
                    `CREATE SEQUENCE ${seq};`,
                    `ALTER TABLE ${t} ADD COLUMN ${col(c.name)} bigint;`,
                    `ALTER TABLE ${t} ALTER COLUMN ${col(c.name)} SET DEFAULT nextval(${(0,sql/* quoteLiteral */.ce)(seq)});  -- new rows only`,
                    `-- backfill ${col(c.name)} in batches from a script, outside the migration`,
                    `CREATE UNIQUE INDEX CONCURRENTLY ${idx} ON ${t} (${col(c.name)});`,
                    `ALTER TABLE ${t} ADD CONSTRAINT ${idx} PRIMARY KEY USING INDEX ${idx};`,
                ].join('\n'),
                table: c.table,
            };
        });
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/dml.ts
/** Shared reading of data-changing statements inside a migration. */

function dataChange(stmt) {
    const table = tableOf(stmt.ast?.relation);
    if (!table)
        return undefined;
    if (stmt.kind === 'UpdateStmt')
        return { verb: 'UPDATE', table, bounded: Boolean(stmt.ast.whereClause) };
    if (stmt.kind === 'DeleteStmt')
        return { verb: 'DELETE', table, bounded: Boolean(stmt.ast.whereClause) };
    // INSERT ... SELECT ... FROM copies rows: a backfill. INSERT ... VALUES is seed data and is fine.
    if (stmt.kind === 'InsertStmt' && stmt.ast.selectStmt?.SelectStmt?.fromClause)
        return { verb: 'INSERT', table, bounded: true };
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/lint/rules/backfill-in-migration.ts



const backfillInMigration = defineRule({
    id: 'backfill-in-migration',
    kinds: ['UpdateStmt', 'DeleteStmt', 'InsertStmt'],
    risk: 'high',
    summary: 'UPDATE / DELETE / INSERT ... SELECT (a backfill) inside a schema migration',
    why: 'A backfill in a migration runs in the same transaction as the DDL: its row locks, and any ACCESS EXCLUSIVE lock taken earlier in the file, are held until the whole file commits. Run it as a separate batched script.',
    lockRule: true,
    dataAware: true,
    examples: {
        bad: [{ sql: "UPDATE users SET status = 'active' WHERE status IS NULL;" }],
        good: [
            {
                sql: "CREATE TABLE flags (name text);\nINSERT INTO flags (name) VALUES ('beta');",
                note: 'Seed rows into a new table are fine.',
            },
        ],
    },
    check(stmt) {
        const change = dataChange(stmt);
        if (!change?.bounded)
            return [];
        const t = tableSql(change.table);
        return [
            {
                message: `${change.verb} on ${tableLabel(change.table)} inside a schema migration: a backfill holds its locks until the migration commits`,
                subject: `${change.verb} ${tableLabel(change.table)} (backfill)`,
                safeAlternative: [
                    '-- move it out of the migration into a script that repeats until it changes 0 rows:',
                    change.verb === 'INSERT'
                        ? `INSERT INTO ${t} SELECT ... FROM ... WHERE <not yet copied> ORDER BY <key> LIMIT 1000;`
                        : `${change.verb === 'UPDATE' ? `UPDATE ${t} SET ...` : `DELETE FROM ${t}`} WHERE ctid IN (SELECT ctid FROM ${t} WHERE <same condition> LIMIT 1000);`,
                ].join('\n'),
                table: change.table,
            },
        ];
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/changing-column-type.ts


const changingColumnType = defineRule({
    id: 'changing-column-type',
    kinds: ['AlterTableStmt'],
    risk: 'high',
    summary: 'ALTER COLUMN ... TYPE that rewrites the table',
    why: 'Most type changes rewrite the table and rebuild its indexes under an ACCESS EXCLUSIVE lock. Widening varchar(n) to varchar(m > n) or text, and raising numeric precision at the same scale, do not.',
    lockRule: true,
    dataAware: true,
    examples: {
        bad: [
            {
                context: 'CREATE TABLE users (id bigint, age int);',
                sql: 'ALTER TABLE users ALTER COLUMN age TYPE bigint;',
            },
            {
                sql: 'ALTER TABLE users ALTER COLUMN age TYPE bigint;',
                note: 'Old type unknown (not in the migrations): medium.',
            },
        ],
        good: [
            {
                context: 'CREATE TABLE users (id bigint, nickname varchar(50));',
                sql: 'ALTER TABLE users ALTER COLUMN nickname TYPE varchar(100);',
            },
            {
                context: 'CREATE TABLE users (id bigint, nickname varchar(50));',
                sql: 'ALTER TABLE users ALTER COLUMN nickname TYPE text;',
            },
            {
                context: 'CREATE TABLE prices (amount numeric(10,2));',
                sql: 'ALTER TABLE prices ALTER COLUMN amount TYPE numeric(12,2);',
            },
        ],
    },
    check(stmt, ctx) {
        if (stmt.kind !== 'AlterTableStmt')
            return [];
        const table = tableOf(stmt.ast.relation);
        if (!table)
            return [];
        return alterCmds(stmt.ast)
            .filter((c) => c.subtype === 'AT_AlterColumnType')
            .flatMap((c) => {
            // Safe widenings are not reported at all: flagging them is the most common false positive.
            const target = columnTypeOf(c.def?.ColumnDef?.typeName);
            if (!target)
                return [];
            const before = ctx.columnType(table, c.name);
            const using = Boolean(c.def?.ColumnDef?.raw_default);
            const label = `${tableLabel(table)}.${c.name}`;
            const verdict = !before ? 'unknown' : !using && isSafeWidening(before, target) ? 'safe' : 'rewrite';
            if (verdict === 'safe')
                return [];
            const message = verdict === 'rewrite'
                ? `changes ${label} from ${typeLabel(before)} to ${typeLabel(target)}: rewrites the table and its indexes`
                : `changes the type of ${label} to ${typeLabel(target)}: rewrites the table unless the old type is a narrower varchar or numeric (the old type is not in the migrations linted here)`;
            const newCol = col(`${c.name}_new`);
            return [
                {
                    risk: verdict === 'rewrite' ? 'high' : 'medium',
                    message,
                    subject: `ALTER COLUMN ${label} TYPE ${typeLabel(target)}`,
                    safeAlternative: [
                        LOCK_TIMEOUT,
                        `ALTER TABLE ${tableSql(table)} ADD COLUMN ${newCol} ${typeSql(target)};`,
                        `-- keep ${newCol} in sync with a trigger, backfill it in batches from a script`,
                        `-- deploy code that reads ${newCol}; then, in a later migration:`,
                        `ALTER TABLE ${tableSql(table)} DROP COLUMN ${col(c.name)};`,
                        `ALTER TABLE ${tableSql(table)} RENAME COLUMN ${newCol} TO ${col(c.name)};`,
                    ].join('\n'),
                    table,
                },
            ];
        });
    },
});
const TEXTUAL = new Set(['varchar', 'text']);
/** Type changes PostgreSQL does without a rewrite (binary-coercible, same or wider typmod). */
function isSafeWidening(from, to) {
    if (from.array !== to.array)
        return false;
    if (TEXTUAL.has(from.name) && TEXTUAL.has(to.name)) {
        if (to.name === 'text' || to.mods.length === 0)
            return true;
        return from.name === 'varchar' && from.mods.length > 0 && to.mods[0] >= from.mods[0];
    }
    if (from.name === 'numeric' && to.name === 'numeric') {
        if (to.mods.length === 0)
            return true;
        if (from.mods.length === 0)
            return false;
        return to.mods[0] >= from.mods[0] && (to.mods[1] ?? 0) === (from.mods[1] ?? 0);
    }
    return from.name === to.name && from.mods.join(',') === to.mods.join(',');
}

;// CONCATENATED MODULE: ./src/core/lint/rules/columns.ts
/** Every column a statement declares or retypes (CREATE TABLE, ADD COLUMN, ALTER COLUMN TYPE). */

function declaredColumns(stmt) {
    const table = tableOf(stmt.ast?.relation);
    if (!table)
        return [];
    const out = [];
    const push = (name, typeName, pk, fk) => {
        const type = columnTypeOf(typeName);
        if (!type)
            return;
        const written = (nameList(typeName.names).at(-1) ?? '').toLowerCase();
        out.push({ table, name, type, written, primaryKey: pk, foreignKey: fk });
    };
    const fromDef = (def, tablePk, tableFk) => {
        const kinds = constraintsOf(def).map((k) => k.contype);
        push(def.colname, def.typeName, kinds.includes('CONSTR_PRIMARY') || tablePk.has(def.colname), kinds.includes('CONSTR_FOREIGN') || tableFk.has(def.colname));
    };
    if (stmt.kind === 'CreateStmt') {
        const elts = stmt.ast.tableElts ?? [];
        const pk = new Set();
        const fk = new Set();
        for (const e of elts) {
            if (e.Constraint?.contype === 'CONSTR_PRIMARY')
                for (const k of nameList(e.Constraint.keys))
                    pk.add(k);
            if (e.Constraint?.contype === 'CONSTR_FOREIGN')
                for (const k of nameList(e.Constraint.fk_attrs))
                    fk.add(k);
        }
        for (const e of elts)
            if (e.ColumnDef)
                fromDef(e.ColumnDef, pk, fk);
    }
    else if (stmt.kind === 'AlterTableStmt') {
        for (const c of alterCmds(stmt.ast)) {
            if (c.subtype === 'AT_AddColumn' && c.def?.ColumnDef)
                fromDef(c.def.ColumnDef, new Set(), new Set());
            if (c.subtype === 'AT_AlterColumnType' && c.def?.ColumnDef)
                push(c.name, c.def.ColumnDef.typeName, false, false);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/lint/rules/char-type.ts



const charType = defineRule({
    id: 'char-type',
    kinds: ['CreateStmt', 'AlterTableStmt'],
    risk: 'low',
    summary: 'char(n) / character(n) columns',
    why: 'char(n) pads values with spaces, compares in surprising ways and is no faster than text or varchar; widening it later rewrites the table.',
    lockRule: false,
    dataAware: false,
    examples: {
        bad: [{ sql: 'CREATE TABLE countries (code char(2) PRIMARY KEY);' }],
        good: [{ sql: 'CREATE TABLE countries (code text PRIMARY KEY CHECK (length(code) = 2));' }],
    },
    check(stmt) {
        return declaredColumns(stmt)
            .filter((c) => c.type.name === 'bpchar')
            .map((c) => ({
            message: `column ${tableLabel(c.table)}.${c.name} uses char(${c.type.mods[0] ?? 1}): space-padded; use text or varchar`,
            subject: `char column ${tableLabel(c.table)}.${c.name}`,
            safeAlternative: `-- declare it as: ${col(c.name)} text CHECK (length(${col(c.name)}) <= ${c.type.mods[0] ?? 1})`,
            table: c.table,
        }));
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/concurrently-in-transaction.ts


const concurrentlyInTransaction = defineRule({
    id: 'concurrently-in-transaction',
    kinds: ['IndexStmt', 'DropStmt', 'ReindexStmt'],
    risk: 'high',
    summary: 'CREATE / DROP INDEX CONCURRENTLY inside BEGIN ... COMMIT',
    why: 'PostgreSQL refuses to run a concurrent index build or drop inside a transaction block ("cannot run inside a transaction block"), so the migration fails when deployed.',
    lockRule: false,
    dataAware: false,
    examples: {
        bad: [{ sql: 'BEGIN;\nCREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);\nCOMMIT;' }],
        good: [{ sql: 'CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);' }],
    },
    check(stmt, ctx) {
        if (!ctx.inTransaction)
            return [];
        const concurrent = ((stmt.kind === 'IndexStmt' || stmt.kind === 'DropStmt') && stmt.ast.concurrent) ||
            (stmt.kind === 'ReindexStmt' && JSON.stringify(stmt.ast.params ?? []).includes('"concurrently"'));
        if (!concurrent)
            return [];
        const table = stmt.kind === 'IndexStmt' ? tableOf(stmt.ast.relation) : undefined;
        const what = stmt.kind === 'IndexStmt' ? 'CREATE INDEX' : stmt.kind === 'DropStmt' ? 'DROP INDEX' : 'REINDEX';
        return [
            {
                message: `${what} CONCURRENTLY inside an explicit transaction fails: "cannot run inside a transaction block"`,
                subject: `${what} CONCURRENTLY in a transaction${table ? ` on ${tableLabel(table)}` : ''}`,
                safeAlternative: [
                    '-- move the statement into its own migration file, without BEGIN/COMMIT:',
                    `${stmt.text};`,
                    '-- and mark that file non-transactional for your runner (dbmate: -- migrate:up transaction:false; atlas: -- atlas:txmode none)',
                ].join('\n'),
                table,
            },
        ];
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/creating-index-without-concurrently.ts


const creatingIndexWithoutConcurrently = defineRule({
    id: 'creating-index-without-concurrently',
    kinds: ['IndexStmt'],
    risk: 'medium',
    summary: 'CREATE INDEX without CONCURRENTLY on an existing table',
    why: 'A plain CREATE INDEX holds a SHARE lock for the whole build: every INSERT, UPDATE and DELETE on the table waits until it finishes.',
    lockRule: true,
    dataAware: true,
    examples: {
        bad: [{ sql: 'CREATE INDEX orders_user_id_idx ON orders (user_id);' }],
        good: [
            { sql: 'CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);' },
            {
                sql: 'CREATE TABLE orders (id bigint, user_id bigint);\nCREATE INDEX orders_user_id_idx ON orders (user_id);',
                note: 'Exempt: the table is new.',
            },
        ],
    },
    check(stmt) {
        if (stmt.kind !== 'IndexStmt' || stmt.ast.concurrent)
            return [];
        const table = tableOf(stmt.ast.relation);
        // ON ONLY a partitioned parent builds nothing; the partitions are indexed one by one.
        if (!table || stmt.ast.relation.inh === false)
            return [];
        const name = stmt.ast.idxname;
        const concurrent = stmt.text.replace(/^(CREATE\s+(?:UNIQUE\s+)?INDEX)\b/i, '$1 CONCURRENTLY');
        return [
            {
                message: `creates index ${name ?? ''} on ${tableLabel(table)} without CONCURRENTLY: blocks writes for the whole build`.replace('  ', ' '),
                subject: `CREATE INDEX ${tableLabel(table)}`,
                safeAlternative: [
                    `${concurrent};  -- outside a transaction block, in its own migration file`,
                    name
                        ? `-- a failed concurrent build leaves an INVALID index (IF NOT EXISTS would then hide it): DROP INDEX CONCURRENTLY IF EXISTS ${col(name)}; and retry`
                        : '-- a failed concurrent build leaves an INVALID index: drop it with DROP INDEX CONCURRENTLY and retry',
                ].join('\n'),
                table,
            },
        ];
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/dropping-column.ts


const droppingColumn = defineRule({
    id: 'dropping-column',
    kinds: ['AlterTableStmt'],
    risk: 'high',
    summary: 'ALTER TABLE ... DROP COLUMN',
    why: 'Application code that is still deployed reads or writes the column and fails the moment it is gone; the data cannot be brought back without a restore.',
    lockRule: true,
    dataAware: false,
    examples: {
        bad: [{ sql: 'ALTER TABLE users DROP COLUMN email;' }],
        good: [
            {
                sql: 'CREATE TABLE users (id bigint, email text);\nALTER TABLE users DROP COLUMN email;',
                note: 'Exempt: the table is new.',
            },
        ],
    },
    check(stmt) {
        if (stmt.kind !== 'AlterTableStmt')
            return [];
        const table = tableOf(stmt.ast.relation);
        if (!table)
            return [];
        return alterCmds(stmt.ast)
            .filter((c) => c.subtype === 'AT_DropColumn')
            .map((c) => ({
            message: `drops column ${tableLabel(table)}.${c.name}: running code that uses it breaks and the data is lost`,
            subject: `DROP COLUMN ${tableLabel(table)}.${c.name}`,
            safeAlternative: [
                `-- expand/contract: 1. deploy code that no longer reads or writes ${tableLabel(table)}.${c.name}`,
                `-- 2. optionally keep a copy: CREATE TABLE ${col(`${table.name}_${c.name}_backup`)} AS SELECT <primary key>, ${col(c.name)} FROM ${tableSql(table)};`,
                `-- 3. then, in a later migration:`,
                LOCK_TIMEOUT,
                `ALTER TABLE ${tableSql(table)} DROP COLUMN IF EXISTS ${col(c.name)};`,
            ].join('\n'),
            table,
        }));
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/dropping-database-or-schema.ts



const droppingDatabaseOrSchema = defineRule({
    id: 'dropping-database-or-schema',
    kinds: ['DropdbStmt', 'DropStmt'],
    risk: 'critical',
    summary: 'DROP DATABASE / DROP SCHEMA',
    why: 'Everything inside goes at once, with no way back but a restore. It does not belong in a versioned migration.',
    lockRule: false,
    dataAware: false,
    examples: {
        bad: [{ sql: 'DROP SCHEMA reporting CASCADE;' }, { sql: 'DROP DATABASE analytics;' }],
        good: [{ sql: 'CREATE SCHEMA IF NOT EXISTS reporting;' }],
    },
    check(stmt) {
        const names = stmt.kind === 'DropdbStmt'
            ? [stmt.ast.dbname]
            : stmt.kind === 'DropStmt' && stmt.ast.removeType === 'OBJECT_SCHEMA'
                ? (stmt.ast.objects ?? []).map((o) => nameList([o])[0])
                : [];
        const what = stmt.kind === 'DropdbStmt' ? 'DATABASE' : 'SCHEMA';
        return names.map((name) => ({
            message: `drops ${what.toLowerCase()} ${name} and everything in it`,
            subject: `DROP ${what} ${name}`,
            safeAlternative: [
                `-- take a backup, then retire it first and drop it by hand once nothing uses it:`,
                what === 'SCHEMA'
                    ? `ALTER SCHEMA ${(0,sql/* quoteIdent */.v4)(name)} RENAME TO ${(0,sql/* quoteIdent */.v4)(`${name}_retired`)};`
                    : `ALTER DATABASE ${(0,sql/* quoteIdent */.v4)(name)} RENAME TO ${(0,sql/* quoteIdent */.v4)(`${name}_retired`)};`,
            ].join('\n'),
            table: { name },
        }));
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/dropping-index-without-concurrently.ts


const droppingIndexWithoutConcurrently = defineRule({
    id: 'dropping-index-without-concurrently',
    kinds: ['DropStmt'],
    risk: 'medium',
    summary: 'DROP INDEX without CONCURRENTLY',
    why: 'DROP INDEX takes an ACCESS EXCLUSIVE lock on the table; behind a long query it queues every other query on that table.',
    lockRule: true,
    dataAware: false,
    examples: {
        bad: [{ sql: 'DROP INDEX orders_user_id_idx;' }],
        good: [{ sql: 'DROP INDEX CONCURRENTLY IF EXISTS orders_user_id_idx;' }],
    },
    check(stmt, ctx) {
        if (stmt.kind !== 'DropStmt' || stmt.ast.removeType !== 'OBJECT_INDEX' || stmt.ast.concurrent)
            return [];
        return (stmt.ast.objects ?? []).map((o) => {
            const index = refFromNames(nameList(o.List?.items));
            return {
                message: `drops index ${tableLabel(index)} without CONCURRENTLY: locks its table exclusively`,
                subject: `DROP INDEX ${tableLabel(index)}`,
                safeAlternative: `DROP INDEX CONCURRENTLY IF EXISTS ${tableSql(index)};  -- outside a transaction block`,
                table: ctx.indexTable(index),
            };
        });
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/dropping-table.ts



const droppingTable = defineRule({
    id: 'dropping-table',
    kinds: ['DropStmt'],
    risk: 'critical',
    summary: 'DROP TABLE',
    why: 'The data is gone for good unless restored from a backup, and any code or view still using the table fails. Critical findings need the sign-off of the table owners (lint.owners).',
    lockRule: true,
    dataAware: false,
    examples: {
        bad: [{ sql: 'DROP TABLE legacy_orders;' }],
        good: [
            {
                sql: 'CREATE TABLE scratch (id int);\nDROP TABLE scratch;',
                note: 'Exempt: the table was created in the same migration set.',
            },
        ],
    },
    check(stmt) {
        if (stmt.kind !== 'DropStmt' || stmt.ast.removeType !== 'OBJECT_TABLE')
            return [];
        return (stmt.ast.objects ?? []).map((o) => {
            const table = refFromNames(nameList(o.List?.items));
            const retired = table.schema
                ? tableSql({ schema: table.schema, name: `${table.name}_retired` })
                : col(`${table.name}_retired`);
            return {
                message: `drops table ${tableLabel(table)} and all its data`,
                subject: `DROP TABLE ${tableLabel(table)}`,
                safeAlternative: [
                    `-- 1. check nothing uses it: SELECT seq_scan, idx_scan, n_tup_ins, n_tup_upd FROM pg_stat_user_tables WHERE relid = ${(0,sql/* quoteLiteral */.ce)(tableSql(table))}::regclass;`,
                    `-- 2. retire it first and keep the data for one release:`,
                    `ALTER TABLE ${tableSql(table)} RENAME TO ${col(`${table.name}_retired`)};`,
                    `-- 3. then, in a later migration, with a backup taken:`,
                    `DROP TABLE IF EXISTS ${retired};`,
                ].join('\n'),
                table,
            };
        });
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/foreign-key-without-not-valid.ts



const foreignKeyWithoutNotValid = defineRule({
    id: 'foreign-key-without-not-valid',
    kinds: ['AlterTableStmt'],
    risk: 'medium',
    summary: 'ADD CONSTRAINT ... FOREIGN KEY without NOT VALID',
    why: 'Validating a new foreign key scans the table while both it and the referenced table are locked against writes (SHARE ROW EXCLUSIVE). NOT VALID then VALIDATE CONSTRAINT keeps writes flowing.',
    lockRule: true,
    dataAware: true,
    examples: {
        bad: [
            {
                sql: 'ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);',
            },
        ],
        good: [
            {
                sql: 'ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;',
            },
        ],
    },
    check(stmt) {
        return addedConstraints(stmt, 'CONSTR_FOREIGN')
            .filter((c) => !c.notValid)
            .map((c) => {
            const name = col(c.name ?? `${c.table.name}_fkey`);
            const t = tableSql(c.table);
            const target = tableOf(c.constraint.pktable);
            return {
                message: `adds foreign key on ${tableLabel(c.table)}${target ? ` to ${tableLabel(target)}` : ''} without NOT VALID: blocks writes to both tables while it scans`,
                subject: `ADD FOREIGN KEY ${tableLabel(c.table)}${c.name ? `.${c.name}` : ''}`,
                safeAlternative: [
                    LOCK_TIMEOUT,
                    withNotValid(stmt) ??
                        `ALTER TABLE ${t} ADD CONSTRAINT ${name} FOREIGN KEY (...) REFERENCES ... NOT VALID;`,
                    `ALTER TABLE ${t} VALIDATE CONSTRAINT ${name};`,
                ].join('\n'),
                table: c.table,
            };
        });
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/int-primary-key.ts



const SMALL_INTS = new Set(['int2', 'int4', 'serial', 'serial4', 'smallserial', 'serial2']);
const intPrimaryKey = defineRule({
    id: 'int-primary-key',
    kinds: ['CreateStmt', 'AlterTableStmt'],
    risk: 'medium',
    summary: 'integer / serial primary or foreign key where bigint is expected',
    why: 'A 32-bit key runs out at 2,147,483,647; growing it later means rewriting the table and every table that references it, usually during an outage.',
    lockRule: false,
    dataAware: false,
    examples: {
        bad: [
            { sql: 'CREATE TABLE orders (id serial PRIMARY KEY);' },
            { sql: 'CREATE TABLE items (order_id int REFERENCES orders (id));' },
        ],
        good: [{ sql: 'CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);' }],
    },
    check(stmt) {
        return declaredColumns(stmt)
            .filter((c) => (c.primaryKey || c.foreignKey) && (SMALL_INTS.has(c.type.name) || SMALL_INTS.has(c.written)))
            .map((c) => {
            const serial = c.written.includes('serial');
            return {
                message: `${c.primaryKey ? 'primary' : 'foreign'} key ${tableLabel(c.table)}.${c.name} is ${c.written}: 32-bit keys run out`,
                subject: `${c.written} key ${tableLabel(c.table)}.${c.name}`,
                safeAlternative: `-- declare it as: ${col(c.name)} ${serial ? 'bigint GENERATED ALWAYS AS IDENTITY' : 'bigint'}`,
                table: c.table,
            };
        });
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/missing-if-exists.ts


const missingIfExists = defineRule({
    id: 'missing-if-exists',
    kinds: ['CreateStmt', 'IndexStmt', 'DropStmt', 'AlterTableStmt'],
    risk: 'low',
    summary: 'DDL without IF [NOT] EXISTS in a file that cannot run in one transaction',
    why: 'A file with CONCURRENTLY (or marked non-transactional) is not rolled back when it fails half-way; rerunning it then fails on the objects the first run already created or dropped.',
    lockRule: false,
    dataAware: false,
    examples: {
        bad: [{ sql: 'CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);' }],
        good: [
            {
                sql: 'DROP INDEX CONCURRENTLY IF EXISTS orders_user_id_idx;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_id_idx ON orders (user_id);',
                note: 'Dropping first removes an INVALID index a failed build may have left, which IF NOT EXISTS alone would hide.',
            },
        ],
    },
    check(stmt, ctx) {
        if (!ctx.nonTransactionalFile)
            return [];
        const a = stmt.ast;
        let what;
        let fix = '';
        if (stmt.kind === 'CreateStmt' && !a.if_not_exists) {
            what = 'CREATE TABLE';
            fix = `CREATE TABLE IF NOT EXISTS ${tableSql(tableOf(a.relation))} (...);`;
        }
        else if (stmt.kind === 'IndexStmt' && !a.if_not_exists && a.idxname) {
            what = 'CREATE INDEX';
            fix = `DROP INDEX CONCURRENTLY IF EXISTS ${col(a.idxname)};  -- removes an INVALID leftover of a failed build\n${stmt.text.replace(/\bINDEX\s+(CONCURRENTLY\s+)?/i, (m) => `${m}IF NOT EXISTS `)};`;
        }
        else if (stmt.kind === 'DropStmt' && !a.missing_ok) {
            what = `DROP ${String(a.removeType).replace('OBJECT_', '')}`;
            fix = `${stmt.text.replace(/^(DROP\s+\w+(\s+CONCURRENTLY)?)/i, '$1 IF EXISTS')};`;
        }
        else if (stmt.kind === 'AlterTableStmt') {
            const cmd = alterCmds(a).find((c) => (c.subtype === 'AT_AddColumn' || c.subtype === 'AT_DropColumn') && !c.missing_ok);
            if (cmd) {
                what = cmd.subtype === 'AT_AddColumn' ? 'ADD COLUMN' : 'DROP COLUMN';
                fix = `-- write it as ${what === 'ADD COLUMN' ? 'ADD COLUMN IF NOT EXISTS' : 'DROP COLUMN IF EXISTS'}`;
            }
        }
        if (!what)
            return [];
        return [
            {
                message: `${what} without IF ${what.startsWith('DROP') ? '' : 'NOT '}EXISTS in a non-transactional file: a rerun after a partial failure fails here`,
                subject: `${what} not rerunnable`,
                safeAlternative: fix,
                table: stmt.kind === 'IndexStmt' || stmt.kind === 'CreateStmt' || stmt.kind === 'AlterTableStmt'
                    ? tableOf(a.relation)
                    : undefined,
            },
        ];
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/missing-lock-timeout.ts


const missingLockTimeout = defineRule({
    id: 'missing-lock-timeout',
    kinds: ['AlterTableStmt', 'RenameStmt', 'TruncateStmt', 'IndexStmt', 'DropStmt'],
    risk: 'low',
    summary: 'Locking DDL on an existing table without SET lock_timeout earlier in the file',
    why: 'A DDL statement waiting for its lock blocks every query that arrives after it; without lock_timeout one long-running query behind it turns into an outage. `schemagate migrate` sets migrations.lock_timeout for you, so this is low by default; raise it in lint.rules if another tool applies your migrations.',
    lockRule: true,
    dataAware: false,
    examples: {
        bad: [{ sql: 'ALTER TABLE users ADD COLUMN nickname text;' }],
        good: [{ sql: "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN nickname text;" }],
    },
    check(stmt, ctx) {
        if (ctx.lockTimeoutSet)
            return [];
        const locking = stmt.kind === 'AlterTableStmt' ||
            stmt.kind === 'RenameStmt' ||
            stmt.kind === 'TruncateStmt' ||
            (stmt.kind === 'IndexStmt' && !stmt.ast.concurrent) ||
            (stmt.kind === 'DropStmt' && stmt.ast.removeType === 'OBJECT_TABLE');
        if (!locking)
            return [];
        const table = stmt.kind === 'TruncateStmt'
            ? tableOf(stmt.ast.relations?.[0]?.RangeVar)
            : stmt.kind === 'DropStmt'
                ? undefined
                : tableOf(stmt.ast.relation);
        if (stmt.kind !== 'DropStmt' && !table)
            return [];
        return [
            {
                message: `takes a lock${table ? ` on ${tableLabel(table)}` : ''} with no lock_timeout set earlier in the file`,
                subject: `no lock_timeout${table ? ` before locking ${tableLabel(table)}` : ''}`,
                safeAlternative: `${LOCK_TIMEOUT}  -- at the top of the file; retry the migration if it times out`,
                table,
            },
        ];
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/renaming-column.ts


const renamingColumn = defineRule({
    id: 'renaming-column',
    kinds: ['RenameStmt'],
    risk: 'high',
    summary: 'ALTER TABLE ... RENAME COLUMN',
    why: 'Deployed code keeps using the old name and fails the moment the rename commits; a rename can only be done safely in several steps (expand/contract).',
    lockRule: true,
    dataAware: false,
    examples: {
        bad: [{ sql: 'ALTER TABLE users RENAME COLUMN name TO full_name;' }],
        good: [{ sql: 'ALTER TABLE users ADD COLUMN full_name text;' }],
    },
    check(stmt) {
        if (stmt.kind !== 'RenameStmt' || stmt.ast.renameType !== 'OBJECT_COLUMN')
            return [];
        const table = tableOf(stmt.ast.relation);
        if (!table)
            return [];
        const from = stmt.ast.subname;
        const to = stmt.ast.newname;
        const t = tableSql(table);
        return [
            {
                message: `renames column ${tableLabel(table)}.${from} to ${to}: running code that uses the old name breaks`,
                subject: `RENAME COLUMN ${tableLabel(table)}.${from}`,
                safeAlternative: [
                    LOCK_TIMEOUT,
                    `ALTER TABLE ${t} ADD COLUMN ${col(to)} <type of ${col(from)}>;`,
                    `-- a trigger copies ${col(from)} to ${col(to)} on write; backfill ${col(to)} in batches from a script`,
                    `-- deploy code that reads and writes ${col(to)}; then, in a later migration:`,
                    `ALTER TABLE ${t} DROP COLUMN ${col(from)};`,
                ].join('\n'),
                table,
            },
        ];
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/renaming-table.ts


const renamingTable = defineRule({
    id: 'renaming-table',
    kinds: ['RenameStmt'],
    risk: 'high',
    summary: 'ALTER TABLE ... RENAME TO',
    why: 'Deployed code keeps using the old name and fails the moment the rename commits; keep the old name working with a view until every client has moved.',
    lockRule: true,
    dataAware: false,
    examples: {
        bad: [{ sql: 'ALTER TABLE customers RENAME TO clients;' }],
        good: [
            {
                sql: 'CREATE TABLE customers (id bigint);\nALTER TABLE customers RENAME TO clients;',
                note: 'Exempt: the table is new.',
            },
        ],
    },
    check(stmt) {
        if (stmt.kind !== 'RenameStmt' || stmt.ast.renameType !== 'OBJECT_TABLE')
            return [];
        const table = tableOf(stmt.ast.relation);
        if (!table)
            return [];
        const to = stmt.ast.newname;
        const next = table.schema ? tableSql({ schema: table.schema, name: to }) : col(to);
        return [
            {
                message: `renames table ${tableLabel(table)} to ${to}: running code that uses the old name breaks`,
                subject: `RENAME TABLE ${tableLabel(table)}`,
                safeAlternative: [
                    'BEGIN;',
                    LOCK_TIMEOUT,
                    `ALTER TABLE ${tableSql(table)} RENAME TO ${col(to)};`,
                    `CREATE VIEW ${tableSql(table)} AS SELECT * FROM ${next};  -- simple views are updatable: old code keeps working`,
                    'COMMIT;',
                    `-- once no client uses the old name, in a later migration: DROP VIEW ${tableSql(table)};`,
                ].join('\n'),
                table,
            },
        ];
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/setting-not-null.ts


const settingNotNull = defineRule({
    id: 'setting-not-null',
    kinds: ['AlterTableStmt'],
    risk: 'medium',
    summary: 'ALTER COLUMN ... SET NOT NULL without a validated CHECK first',
    why: 'SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock. On PostgreSQL 12+ a validated CHECK (column IS NOT NULL) lets it skip the scan.',
    lockRule: true,
    dataAware: true,
    examples: {
        bad: [{ sql: 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;' }],
        good: [
            {
                sql: 'ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;\nALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;',
                pgVersion: 12,
            },
        ],
    },
    check(stmt, ctx) {
        if (stmt.kind !== 'AlterTableStmt')
            return [];
        const table = tableOf(stmt.ast.relation);
        if (!table)
            return [];
        return alterCmds(stmt.ast)
            .filter((c) => c.subtype === 'AT_SetNotNull')
            .filter((c) => !(ctx.pgVersion >= 12 && ctx.hasValidatedNotNullCheck(table, c.name)))
            .map((c) => {
            const t = tableSql(table);
            const check = col(`${table.name}_${c.name}_not_null`);
            const steps = ctx.pgVersion >= 12
                ? [
                    LOCK_TIMEOUT,
                    `ALTER TABLE ${t} ADD CONSTRAINT ${check} CHECK (${col(c.name)} IS NOT NULL) NOT VALID;`,
                    `ALTER TABLE ${t} VALIDATE CONSTRAINT ${check};  -- scans without blocking writes`,
                    `ALTER TABLE ${t} ALTER COLUMN ${col(c.name)} SET NOT NULL;  -- uses the check, no scan`,
                    `ALTER TABLE ${t} DROP CONSTRAINT ${check};`,
                ]
                : [
                    `-- PostgreSQL ${ctx.pgVersion} always scans for SET NOT NULL; keep a validated CHECK instead:`,
                    LOCK_TIMEOUT,
                    `ALTER TABLE ${t} ADD CONSTRAINT ${check} CHECK (${col(c.name)} IS NOT NULL) NOT VALID;`,
                    `ALTER TABLE ${t} VALIDATE CONSTRAINT ${check};`,
                ];
            return {
                message: `sets ${tableLabel(table)}.${c.name} NOT NULL without a validated CHECK: scans the table under an exclusive lock`,
                subject: `SET NOT NULL ${tableLabel(table)}.${c.name}`,
                safeAlternative: steps.join('\n'),
                table,
            };
        });
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/timestamp-without-time-zone.ts



const timestampWithoutTimeZone = defineRule({
    id: 'timestamp-without-time-zone',
    kinds: ['CreateStmt', 'AlterTableStmt'],
    risk: 'low',
    summary: 'timestamp (without time zone) columns',
    why: 'timestamp stores a wall-clock reading with no zone: the same instant is stored differently by clients in different time zones, and DST changes make values ambiguous. timestamptz stores an instant.',
    lockRule: false,
    dataAware: false,
    examples: {
        bad: [{ sql: 'CREATE TABLE events (id bigint, happened_at timestamp);' }],
        good: [{ sql: 'CREATE TABLE events (id bigint, happened_at timestamptz);' }],
    },
    check(stmt) {
        return declaredColumns(stmt)
            .filter((c) => c.type.name === 'timestamp')
            .map((c) => ({
            message: `column ${tableLabel(c.table)}.${c.name} is timestamp without time zone; use timestamptz`,
            subject: `timestamp column ${tableLabel(c.table)}.${c.name}`,
            safeAlternative: `-- declare it as: ${col(c.name)} timestamptz`,
            table: c.table,
        }));
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/truncating-table.ts


const truncatingTable = defineRule({
    id: 'truncating-table',
    kinds: ['TruncateStmt'],
    risk: 'high',
    summary: 'TRUNCATE',
    why: 'TRUNCATE deletes every row at once under an ACCESS EXCLUSIVE lock; in a migration it is rarely intended for a production table, and the data cannot be recovered.',
    lockRule: true,
    dataAware: false,
    examples: {
        bad: [{ sql: 'TRUNCATE audit_log;' }],
        good: [
            {
                sql: 'CREATE TABLE staging (id int);\nINSERT INTO staging VALUES (1);\nTRUNCATE staging;',
                note: 'Exempt: the table is new.',
            },
        ],
    },
    check(stmt) {
        if (stmt.kind !== 'TruncateStmt')
            return [];
        return (stmt.ast.relations ?? []).flatMap((r) => {
            const table = tableOf(r.RangeVar);
            if (!table)
                return [];
            return [
                {
                    message: `truncates ${tableLabel(table)}: every row is deleted`,
                    subject: `TRUNCATE ${tableLabel(table)}`,
                    safeAlternative: [
                        '-- if the data must go, do it outside the migration, in batches:',
                        `DELETE FROM ${tableSql(table)} WHERE ctid IN (SELECT ctid FROM ${tableSql(table)} LIMIT 1000);  -- repeat until 0 rows`,
                    ].join('\n'),
                    table,
                },
            ];
        });
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/unbounded-update-delete.ts



const unboundedUpdateDelete = defineRule({
    id: 'unbounded-update-delete',
    kinds: ['UpdateStmt', 'DeleteStmt'],
    risk: 'high',
    summary: 'UPDATE or DELETE without WHERE',
    why: 'It touches every row of the table in one transaction: long row locks, a burst of WAL and dead tuples, and replication lag. Often it is also a mistake.',
    lockRule: true,
    dataAware: true,
    examples: {
        bad: [{ sql: 'UPDATE users SET newsletter = false;' }, { sql: 'DELETE FROM sessions;' }],
        good: [
            {
                sql: 'DELETE FROM sessions WHERE id IN (SELECT id FROM sessions WHERE expires_at < now() LIMIT 1000);',
            },
        ],
    },
    check(stmt) {
        const change = dataChange(stmt);
        if (!change || change.bounded)
            return [];
        const t = tableSql(change.table);
        return [
            {
                message: `${change.verb} without WHERE changes every row of ${tableLabel(change.table)}`,
                subject: `${change.verb} ${tableLabel(change.table)} (all rows)`,
                safeAlternative: [
                    '-- move it out of the migration into a script that repeats until it changes 0 rows:',
                    `${change.verb === 'UPDATE' ? `UPDATE ${t} SET ...` : `DELETE FROM ${t}`} WHERE ctid IN (SELECT ctid FROM ${t} LIMIT 1000);`,
                    change.verb === 'DELETE'
                        ? `-- or, when the whole table really goes: TRUNCATE ${t}; (see truncating-table)`
                        : '',
                ]
                    .filter(Boolean)
                    .join('\n'),
                table: change.table,
            },
        ];
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/unique-constraint-without-index.ts



const uniqueConstraintWithoutIndex = defineRule({
    id: 'unique-constraint-without-index',
    kinds: ['AlterTableStmt'],
    risk: 'medium',
    summary: 'ADD CONSTRAINT ... UNIQUE / PRIMARY KEY without USING INDEX',
    why: 'The constraint builds its index while holding an ACCESS EXCLUSIVE lock: no reads or writes for as long as the build takes. Build the index CONCURRENTLY first and attach it.',
    lockRule: true,
    dataAware: true,
    examples: {
        bad: [
            { sql: 'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);' },
            { sql: 'ALTER TABLE users ADD PRIMARY KEY (id);' },
        ],
        good: [
            {
                sql: 'CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);\nALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;',
            },
        ],
    },
    check(stmt) {
        return [...addedConstraints(stmt, 'CONSTR_UNIQUE'), ...addedConstraints(stmt, 'CONSTR_PRIMARY')]
            .filter((c) => !c.constraint.indexname)
            .map((c) => {
            const primary = c.constraint.contype === 'CONSTR_PRIMARY';
            const keys = nameList(c.constraint.keys);
            const name = c.name ?? `${c.table.name}_${primary ? 'pkey' : `${keys.join('_')}_key`}`;
            const t = tableSql(c.table);
            return {
                message: `adds ${primary ? 'PRIMARY KEY' : 'UNIQUE'} on ${tableLabel(c.table)} (${keys.join(', ')}): builds the index under an exclusive lock`,
                subject: `ADD ${primary ? 'PRIMARY KEY' : 'UNIQUE'} ${tableLabel(c.table)}`,
                safeAlternative: [
                    `CREATE UNIQUE INDEX CONCURRENTLY ${col(name)} ON ${t} (${keys.map(col).join(', ')});  -- outside a transaction`,
                    `-- if it fails it leaves an INVALID index: DROP INDEX CONCURRENTLY IF EXISTS ${col(name)}; then retry`,
                    LOCK_TIMEOUT,
                    `ALTER TABLE ${t} ADD CONSTRAINT ${col(name)} ${primary ? 'PRIMARY KEY' : 'UNIQUE'} USING INDEX ${col(name)};`,
                ].join('\n'),
                table: c.table,
            };
        });
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/using-cascade.ts


const usingCascade = defineRule({
    id: 'using-cascade',
    kinds: ['DropStmt', 'TruncateStmt'],
    risk: 'high',
    summary: 'DROP ... CASCADE / TRUNCATE ... CASCADE',
    why: 'CASCADE silently drops or empties every dependent object (views, foreign keys, referencing tables), which the migration text does not show.',
    lockRule: false,
    dataAware: false,
    examples: {
        bad: [{ sql: 'DROP VIEW IF EXISTS report_v CASCADE;' }],
        good: [{ sql: 'DROP VIEW IF EXISTS report_v;' }],
    },
    check(stmt) {
        if ((stmt.kind !== 'DropStmt' && stmt.kind !== 'TruncateStmt') || stmt.ast.behavior !== 'DROP_CASCADE')
            return [];
        const verb = stmt.kind === 'TruncateStmt'
            ? 'TRUNCATE'
            : `DROP ${String(stmt.ast.removeType ?? '').replace('OBJECT_', '')}`;
        const names = stmt.kind === 'DropStmt'
            ? (stmt.ast.objects ?? [])
                .map((o) => (o.List ? nameList(o.List.items) : nameList([o])).join('.'))
                .join(', ')
            : (stmt.ast.relations ?? []).map((r) => r.RangeVar?.relname).join(', ');
        return [
            {
                message: `${verb} ... CASCADE also removes every object that depends on ${names}`,
                subject: `${verb} ${names} CASCADE`,
                safeAlternative: [
                    '-- list what depends on it first (pg_depend, or \\d+ in psql), drop those explicitly, then:',
                    `${stmt.text.replace(/\s+CASCADE\s*$/i, '')};  -- RESTRICT (the default) fails instead of dropping more`,
                ].join('\n'),
            },
        ];
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/volatile-default.ts



const volatileDefault = defineRule({
    id: 'volatile-default',
    kinds: ['AlterTableStmt'],
    risk: 'high',
    summary: 'ADD COLUMN with a volatile DEFAULT (random(), gen_random_uuid(), clock_timestamp(), nextval())',
    why: 'A volatile default must be computed per row, so PostgreSQL rewrites the whole table under an ACCESS EXCLUSIVE lock on every version.',
    lockRule: true,
    dataAware: true,
    examples: {
        bad: [{ sql: 'ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid();' }],
        good: [
            {
                sql: 'ALTER TABLE orders ADD COLUMN created_at timestamptz DEFAULT now();',
                note: 'now() is stable: evaluated once, no rewrite on PostgreSQL 11+.',
            },
        ],
    },
    check(stmt) {
        return addedColumns(stmt)
            .filter((c) => c.defaultKind === 'volatile' && !c.serial)
            .map((c) => ({
            message: `adds column ${tableLabel(c.table)}.${c.name} with a volatile DEFAULT: every row is rewritten`,
            subject: `ADD COLUMN ${tableLabel(c.table)}.${c.name} volatile DEFAULT`,
            safeAlternative: [
                LOCK_TIMEOUT,
                `ALTER TABLE ${tableSql(c.table)} ADD COLUMN ${col(c.name)} ${columnDefTypeSql(c.def)};`,
                `ALTER TABLE ${tableSql(c.table)} ALTER COLUMN ${col(c.name)} SET DEFAULT <the volatile default>;  -- new rows only, no rewrite`,
                `-- backfill existing rows in batches from a script, outside the migration`,
            ].join('\n'),
            table: c.table,
        }));
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/index.ts



























const rules_rules = [
    addingNullableColumn,
    addingColumnWithDefault,
    addingNotNullColumnWithoutDefault,
    volatileDefault,
    addingSerialPrimaryKey,
    droppingColumn,
    changingColumnType,
    droppingTable,
    addingCheckConstraint,
    foreignKeyWithoutNotValid,
    uniqueConstraintWithoutIndex,
    settingNotNull,
    renamingColumn,
    renamingTable,
    backfillInMigration,
    unboundedUpdateDelete,
    creatingIndexWithoutConcurrently,
    droppingIndexWithoutConcurrently,
    concurrentlyInTransaction,
    charType,
    intPrimaryKey,
    timestampWithoutTimeZone,
    truncatingTable,
    usingCascade,
    droppingDatabaseOrSchema,
    missingLockTimeout,
    missingIfExists,
];
const ruleById = new Map(rules_rules.map((r) => [r.id, r]));

;// CONCATENATED MODULE: ./src/core/lint/setState.ts

class MigrationSetState {
    pgVersion;
    newTables = new Set();
    columns = new Map();
    indexes = new Map();
    validatedChecks = new Set();
    /** NOT VALID checks of the form (col IS NOT NULL), by table and constraint name. */
    pendingChecks = new Map();
    inTransaction = false;
    lockTimeoutSet = false;
    nonTransactional = false;
    constructor(pgVersion) {
        this.pgVersion = pgVersion;
    }
    startFile(file) {
        this.inTransaction = false;
        this.lockTimeoutSet = false;
        this.nonTransactional =
            file.statements.some((s) => (s.kind === 'IndexStmt' || s.kind === 'DropStmt') && s.ast.concurrent) ||
                file.directives.some((d) => (d.name === 'migrate:up' && /transaction:false/.test(d.args)) ||
                    (d.name === 'atlas:txmode' && /none/.test(d.args)));
    }
    context() {
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
    isNewTable(t) {
        return this.newTables.has(tableKey(t));
    }
    /** Records what a statement changes. `linted` is false for already-applied context files. */
    apply(stmt, linted) {
        const a = stmt.ast;
        switch (stmt.kind) {
            case 'TransactionStmt':
                if (a.kind === 'TRANS_STMT_BEGIN' || a.kind === 'TRANS_STMT_START')
                    this.inTransaction = true;
                if (a.kind === 'TRANS_STMT_COMMIT' || a.kind === 'TRANS_STMT_ROLLBACK')
                    this.inTransaction = false;
                return;
            case 'VariableSetStmt':
                if (a.name === 'lock_timeout')
                    this.lockTimeoutSet = a.kind === 'VAR_SET_VALUE' && !isZero(a.args?.[0]);
                return;
            case 'CreateStmt':
            case 'CreateTableAsStmt': {
                const table = tableOf(stmt.kind === 'CreateStmt' ? a.relation : a.into?.rel);
                if (!table)
                    return;
                if (linted)
                    this.newTables.add(tableKey(table));
                for (const e of a.tableElts ?? []) {
                    const t = columnTypeOf(e.ColumnDef?.typeName);
                    if (t)
                        this.columns.set(`${tableKey(table)}.${e.ColumnDef.colname}`, t);
                }
                return;
            }
            case 'IndexStmt': {
                const table = tableOf(a.relation);
                if (table && a.idxname)
                    this.indexes.set(tableKey({ schema: table.schema, name: a.idxname }), table);
                return;
            }
            case 'RenameStmt': {
                const table = tableOf(a.relation);
                if (!table)
                    return;
                if (a.renameType === 'OBJECT_TABLE' && this.isNewTable(table))
                    this.newTables.add(tableKey({ schema: table.schema, name: a.newname }));
                if (a.renameType === 'OBJECT_COLUMN') {
                    const t = this.columns.get(`${tableKey(table)}.${a.subname}`);
                    if (t)
                        this.columns.set(`${tableKey(table)}.${a.newname}`, t);
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
    applyAlter(stmt) {
        const table = tableOf(stmt.ast.relation);
        if (!table)
            return;
        const key = tableKey(table);
        for (const c of alterCmds(stmt.ast)) {
            if (c.subtype === 'AT_AddColumn' || c.subtype === 'AT_AlterColumnType') {
                const def = c.def?.ColumnDef;
                const t = columnTypeOf(def?.typeName);
                const name = c.subtype === 'AT_AddColumn' ? def?.colname : c.name;
                if (t && name)
                    this.columns.set(`${key}.${name}`, t);
            }
            else if (c.subtype === 'AT_DropColumn') {
                this.columns.delete(`${key}.${c.name}`);
            }
            else if (c.subtype === 'AT_AddConstraint' && c.def?.Constraint?.contype === 'CONSTR_CHECK') {
                const column = notNullColumn(c.def.Constraint.raw_expr);
                if (!column)
                    continue;
                if (c.def.Constraint.skip_validation)
                    this.pendingChecks.set(`${key}/${c.def.Constraint.conname}`, column);
                else
                    this.validatedChecks.add(`${key}.${column}`);
            }
            else if (c.subtype === 'AT_ValidateConstraint') {
                const column = this.pendingChecks.get(`${key}/${c.name}`);
                if (column)
                    this.validatedChecks.add(`${key}.${column}`);
            }
        }
    }
}
function isZero(arg) {
    const v = arg?.A_Const;
    if (!v)
        return false;
    if (v.ival !== undefined)
        return (v.ival.ival ?? 0) === 0;
    if (v.sval !== undefined)
        return /^\s*0\s*(ms|s|min)?\s*$/.test(v.sval.sval ?? '');
    return false;
}
/** The column of a `column IS NOT NULL` expression. */
function notNullColumn(expr) {
    const t = expr?.NullTest;
    if (t?.nulltesttype !== 'IS_NOT_NULL')
        return undefined;
    return nameList(t.arg?.ColumnRef?.fields).at(-1);
}

;// CONCATENATED MODULE: ./src/core/lint/index.ts







/** Below this many rows a rewrite or index build takes well under a second: one level lower. */
const SMALL_TABLE_ROWS = 10_000;
function lintFiles(files, options) {
    const rules = options.rules ?? rules_rules;
    const known = new Set(rules_rules.map((r) => r.id));
    for (const id of Object.keys(options.ruleLevels ?? {})) {
        if (!known.has(id)) {
            throw new errors/* ConfigError */.xL(options.configFile ?? 'schemagate.yml', `lint.rules.${id}`, `unknown rule "${id}"; see docs/rules/README.md`);
        }
    }
    const byKind = new Map();
    for (const r of rules) {
        if (options.ruleLevels?.[r.id] === 'off')
            continue;
        for (const k of r.kinds)
            byKind.set(k, [...(byKind.get(k) ?? []), r]);
    }
    const state = new MigrationSetState(options.pgVersion);
    const findings = [];
    const linted = [];
    let statements = 0;
    for (const file of files) {
        const isLinted = !options.contextOnly?.has(file.file);
        state.startFile(file);
        const ignores = isLinted ? readIgnores(file, known) : undefined;
        if (isLinted) {
            linted.push(file.file);
            statements += file.statements.length;
        }
        const reportedOnce = new Set();
        for (const stmt of file.statements) {
            if (ignores) {
                const ctx = state.context();
                for (const rule of byKind.get(stmt.kind) ?? []) {
                    for (const hit of rule.check(stmt, ctx)) {
                        if (rule.lockRule && hit.table && state.isNewTable(hit.table))
                            continue;
                        // One lock_timeout reminder per file is enough.
                        if (rule.id === 'missing-lock-timeout') {
                            if (reportedOnce.has(rule.id))
                                continue;
                            reportedOnce.add(rule.id);
                        }
                        const rows = hit.table ? options.rowCounts?.get(tableKey(hit.table)) : undefined;
                        let risk = options.ruleLevels?.[rule.id] ?? hit.risk ?? rule.risk;
                        if (rule.dataAware && rows !== undefined) {
                            if (rows >= (options.largeTableRows ?? 1_000_000))
                                risk = (0,lint_risk/* shiftRisk */.gd)(risk, +1);
                            else if (rows < (options.smallTableRows ?? SMALL_TABLE_ROWS))
                                risk = (0,lint_risk/* shiftRisk */.gd)(risk, -1);
                        }
                        const ignore = ignoreFor(ignores, stmt, rule.id);
                        findings.push({
                            file: file.file,
                            line: stmt.line,
                            column: stmt.column,
                            ruleId: rule.id,
                            risk,
                            message: hit.message,
                            why: hit.why ?? rule.why,
                            safeAlternative: hit.safeAlternative,
                            subject: hit.subject,
                            statement: excerpt(stmt.text),
                            table: hit.table ? tableLabel(hit.table) : undefined,
                            docs: rule.docs,
                            ...(rows !== undefined ? { rows } : {}),
                            ...(ignore ? { ignored: { reason: ignore.reason, line: ignore.line } } : {}),
                        });
                    }
                }
            }
            state.apply(stmt, isLinted);
        }
    }
    return {
        pgVersion: options.pgVersion,
        files: linted,
        statements,
        findings,
        highestRisk: (0,lint_risk/* maxRisk */.id)(findings.filter((f) => !f.ignored).map((f) => f.risk)),
    };
}
/** Tables the linted statements act on, for the one row-count query. */
function tablesTouched(files) {
    const keys = new Set();
    for (const f of files) {
        for (const s of f.statements) {
            const rv = s.ast?.relation ?? s.ast?.relations?.[0]?.RangeVar;
            if (rv?.relname)
                keys.add(tableKey(rv.schemaname ? { schema: rv.schemaname, name: rv.relname } : { name: rv.relname }));
        }
    }
    return [...keys].sort();
}


/***/ }),

/***/ 44274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gd: () => (/* binding */ shiftRisk),
/* harmony export */   id: () => (/* binding */ maxRisk)
/* harmony export */ });
/* unused harmony export riskRank */
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44444);

const riskRank = (r) => _config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .RISK_LEVELS */ .WA.indexOf(r);
function maxRisk(levels) {
    let best = 'none';
    for (const l of levels)
        if (riskRank(l) > riskRank(best))
            best = l;
    return best;
}
/** Moves a level up or down, staying within low..critical (data-awareness never hides a finding). */
function shiftRisk(level, by) {
    if (level === 'none')
        return level;
    const i = Math.min(_config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .RISK_LEVELS */ .WA.length - 1, Math.max(1, riskRank(level) + by));
    return _config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .RISK_LEVELS */ .WA[i];
}


/***/ })

};
