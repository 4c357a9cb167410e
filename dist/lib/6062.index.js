export const id = 6062;
export const ids = [6062];
export const modules = {

/***/ 43013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ typeLabel),
/* harmony export */   Eu: () => (/* binding */ refFromNames),
/* harmony export */   Fr: () => (/* binding */ tableLabel),
/* harmony export */   Im: () => (/* binding */ constraintsOf),
/* harmony export */   Kb: () => (/* binding */ excerpt),
/* harmony export */   MR: () => (/* binding */ classifyDefault),
/* harmony export */   OD: () => (/* binding */ nameList),
/* harmony export */   UK: () => (/* binding */ lastName),
/* harmony export */   c_: () => (/* binding */ tableOf),
/* harmony export */   dS: () => (/* binding */ tableSql),
/* harmony export */   gy: () => (/* binding */ columnTypeOf),
/* harmony export */   ih: () => (/* binding */ tableKey),
/* harmony export */   nz: () => (/* binding */ col),
/* harmony export */   rh: () => (/* binding */ defaultExpr),
/* harmony export */   s2: () => (/* binding */ columnDefTypeSql),
/* harmony export */   sy: () => (/* binding */ alterCmds),
/* harmony export */   xn: () => (/* binding */ typeSql)
/* harmony export */ });
/* unused harmony export hasConstraint */
/* harmony import */ var _sql_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79585);
/* harmony import */ var _functions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84320);
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
const tableSql = (t) => t.schema ? (0,_sql_index_js__WEBPACK_IMPORTED_MODULE_0__/* .qualified */ .LX)(t.schema, t.name) : (0,_sql_index_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdent */ .v4)(t.name);
/** A dotted name from a list of String nodes (DROP objects, type names). */
function nameList(items) {
    return (items ?? []).map((i) => i?.String?.sval).filter((s) => typeof s === 'string');
}
/** The last name of a list of String nodes: `nameList(items).at(-1)` without building the list. */
function lastName(items) {
    if (!items)
        return undefined;
    for (let i = items.length - 1; i >= 0; i--) {
        const s = items[i]?.String?.sval;
        if (typeof s === 'string')
            return s;
    }
    return undefined;
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
    'timestamp without time zone': 'timestamp',
    'timestamp with time zone': 'timestamptz',
    float: 'float8',
    real: 'float4',
    'double precision': 'float8',
    boolean: 'bool',
    // Quoted spellings ("char"(100), "character"(255)) reach us as written, not as bpchar.
    char: 'bpchar',
    character: 'bpchar',
    'time with time zone': 'timetz',
    'time without time zone': 'time',
};
function columnTypeOf(typeName) {
    if (!typeName)
        return undefined;
    const raw = (lastName(typeName.names) ?? '').toLowerCase();
    const mods = typeName.typmods ? typeName.typmods.map((m) => m?.A_Const?.ival?.ival ?? 0) : [];
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
    const out = [];
    for (const c of columnDef?.constraints ?? [])
        if (c.Constraint)
            out.push(c.Constraint);
    return out;
}
const hasConstraint = (columnDef, contype) => constraintsOf(columnDef).some((c) => c.contype === contype);
function defaultExpr(columnDef) {
    for (const c of columnDef?.constraints ?? [])
        if (c.Constraint?.contype === 'CONSTR_DEFAULT')
            return c.Constraint.raw_expr;
    return undefined;
}
/** The ALTER TABLE sub-commands of a statement, with their subtype. */
function alterCmds(ast) {
    if (!ast || typeof ast !== 'object')
        return [];
    // A dozen rules read the sub-commands of each ALTER TABLE, one statement after the other:
    // remembering the last one is enough (a WeakMap of every statement cost more in GC than it saved).
    if (ast !== lastAlter) {
        const cmds = [];
        for (const c of ast.cmds ?? [])
            if (c.AlterTableCmd)
                cmds.push(c.AlterTableCmd);
        lastAlter = ast;
        lastCmds = cmds;
    }
    return lastCmds;
}
let lastAlter;
let lastCmds = [];
/**
 * How a DEFAULT expression behaves when a column is added to existing rows. A function that is
 * neither a known built-in nor declared stable/immutable by the user counts as volatile (a rewrite
 * on every version): PostgreSQL's own default for CREATE FUNCTION is VOLATILE.
 */
function classifyDefault(expr, lookup) {
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
            const args = n.FuncCall.args?.length ?? 0;
            // A built-in name with arguments it does not take (now(123)) is some other function: unknown.
            const v = (0,_functions_js__WEBPACK_IMPORTED_MODULE_1__/* .isBuiltinFunction */ .gl)(fname) ? (0,_functions_js__WEBPACK_IMPORTED_MODULE_1__/* .builtinVolatility */ .ZN)(fname, args) : lookup?.(fname);
            raise(v === 'immutable' || v === 'stable' ? 'stable' : 'volatile');
        }
        if (n.SQLValueFunction)
            raise('stable');
        if (n.SubLink)
            raise('unknown');
        // for...in, not Object.values: no array per node (parse-tree objects have only own keys).
        for (const k in n)
            walk(n[k]);
    };
    walk(expr);
    return kind;
}
/** Whitespace other than a single space: what excerpt() has to normalise. */
const ODD_SPACE = /[^\S ]| {2}/;
/** The statement on one line, shortened for tables and status lines. */
function excerpt(text, max = 120) {
    // Only the start is shown: do not normalise the whole of a long statement.
    const cut = text.length > max * 2;
    const head = cut ? text.slice(0, max * 2) : text;
    // Most statements are already on one line with single spaces: nothing to replace.
    const one = (ODD_SPACE.test(head) ? head.replace(/\s+/g, ' ') : head).trim();
    return one.length <= max && !cut ? one : `${one.slice(0, max - 1)}…`;
}
const col = (name) => (0,_sql_index_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdent */ .v4)(name);
const BUILTIN_TYPES = new Set('int2 int4 int8 smallint integer bigint serial bigserial smallserial numeric float4 float8 bool boolean text varchar bpchar timestamp timestamptz date time timetz interval uuid json jsonb bytea inet cidr macaddr money xml tsvector oid'.split(' '));
/** A column type as SQL: built-in names bare, any other name quoted. */
function typeSql(t) {
    const base = WRITTEN[t.name] ?? (BUILTIN_TYPES.has(t.name) ? t.name : (0,_sql_index_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdent */ .v4)(t.name));
    return `${base}${t.mods.length ? `(${t.mods.join(',')})` : ''}${t.array ? '[]' : ''}`;
}
/** The type of a ColumnDef as SQL, for safe-alternative steps. */
function columnDefTypeSql(columnDef) {
    const t = columnTypeOf(columnDef?.typeName);
    return t ? typeSql(t) : 'text';
}


/***/ }),

/***/ 84320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZN: () => (/* binding */ builtinVolatility),
/* harmony export */   gl: () => (/* binding */ isBuiltinFunction),
/* harmony export */   iq: () => (/* binding */ declaredVolatility)
/* harmony export */ });
const VOLATILE = [
    'random',
    'random_normal',
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
    'gen_random_bytes',
];
const STABLE = [
    'now',
    'transaction_timestamp',
    'statement_timestamp',
    'current_setting',
    'to_timestamp',
    'current_database',
    'current_schema',
    'to_char',
    'date_part',
    'age',
    'jsonb_build_object',
    'json_build_object',
    'jsonb_build_array',
    'json_build_array',
    'concat',
    'concat_ws',
    'format',
];
const IMMUTABLE = [
    'lower',
    'upper',
    'coalesce',
    'nullif',
    'greatest',
    'least',
    'length',
    'abs',
    'round',
    'trim',
    'btrim',
    'ltrim',
    'rtrim',
    'substring',
    'substr',
    'replace',
    'md5',
    'make_interval',
    'make_date',
    'make_timestamp',
    'array',
    'jsonb',
    'to_jsonb',
    'int4',
    'int8',
    'numeric',
    'text',
];
const BUILTIN = new Map([
    ...VOLATILE.map((n) => [n, 'volatile']),
    ...STABLE.map((n) => [n, 'stable']),
    ...IMMUTABLE.map((n) => [n, 'immutable']),
]);
/** Built-ins that take no argument: `now(123)` is not the function we know, so it is unknown. */
const NO_ARGS = new Set(['now', 'transaction_timestamp', 'statement_timestamp', 'clock_timestamp', 'random']);
const isBuiltinFunction = (name) => BUILTIN.has(name.toLowerCase());
function builtinVolatility(name, argCount) {
    const n = name.toLowerCase();
    if (argCount !== undefined && argCount > 0 && NO_ARGS.has(n))
        return undefined;
    return BUILTIN.get(n);
}
/**
 * Volatility of the functions a set of SQL files declares (CREATE FUNCTION ... STABLE), e.g. the
 * declared schema directory; PostgreSQL's default for a function without a marker is VOLATILE.
 */
function declaredVolatility(files) {
    const out = new Map();
    for (const f of files) {
        for (const s of f.statements) {
            if (s.kind !== 'CreateFunctionStmt')
                continue;
            const names = (s.ast.funcname ?? []).map((n) => n?.String?.sval).filter(Boolean);
            const name = names.at(-1)?.toLowerCase();
            if (!name)
                continue;
            const v = (s.ast.options ?? []).map((o) => o.DefElem).find((d) => d?.defname === 'volatility')
                ?.arg?.String?.sval;
            out.set(name, v === 'immutable' || v === 'stable' ? v : 'volatile');
        }
    }
    return out;
}


/***/ }),

/***/ 16062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iq: () => (/* reexport */ functions/* declaredVolatility */.iq),
  ji: () => (/* binding */ lintFiles),
  yF: () => (/* binding */ parseForLint),
  zb: () => (/* binding */ parseLazily),
  aO: () => (/* reexport */ rules_rules),
  K3: () => (/* binding */ tablesTouched)
});

// UNUSED EXPORTS: INVALID_PRAGMA, SMALL_TABLE_ROWS, SYNTAX_ERROR, ruleById

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/sql/index.ts + 4 modules
var sql = __webpack_require__(79585);
// EXTERNAL MODULE: ./src/core/lint/ast.ts
var lint_ast = __webpack_require__(43013);
;// CONCATENATED MODULE: ./src/core/lint/pragmas.ts
class PragmaError extends Error {
    line;
    constructor(line, message) {
        super(message);
        this.line = line;
    }
}
const IGNORE = 'schemagate:ignore';
function readIgnores(file, knownRules) {
    // Statements' directives are among the file's: a file without any has no pragma to read.
    if (file.directives.length === 0)
        return { file: [], byStatement: new Map(), errors: [] };
    const attached = new Set();
    const byStatement = new Map();
    const errors = [];
    const tryParse = (d) => {
        try {
            return [parseIgnore(file.file, d, knownRules)];
        }
        catch (err) {
            if (!(err instanceof PragmaError))
                throw err;
            errors.push({ line: err.line, message: err.message });
            return [];
        }
    };
    for (const s of file.statements) {
        const list = s.directives.filter((d) => d.name === IGNORE).flatMap(tryParse);
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
            fileLevel.push(...tryParse(d));
            continue;
        }
        errors.push({
            line: d.line,
            message: `this ${IGNORE} pragma applies to no statement: put it on the line right above the statement, or in the comment block at the top of the file (followed by a blank line) to cover the whole file`,
        });
    }
    return { file: fileLevel, byStatement, errors };
}
function parseIgnore(_file, d, knownRules) {
    const m = /^(\S+)(?:\s+(.*))?$/.exec(d.args);
    if (!m)
        throw new PragmaError(d.line, `${IGNORE} needs a rule id and a reason: -- ${IGNORE} <rule-id> <reason>`);
    const [, ruleId, reason] = m;
    if (!knownRules.has(ruleId)) {
        throw new PragmaError(d.line, `${IGNORE} names unknown rule "${ruleId}" (see docs/rules/README.md)`);
    }
    if (!reason?.trim()) {
        throw new PragmaError(d.line, `${IGNORE} ${ruleId} needs a reason: -- ${IGNORE} ${ruleId} <why this is safe here>`);
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
    // Four checks of three rules read the added constraints of each ADD CONSTRAINT, one statement
    // after the other: unwrap them once per statement.
    if (stmt !== lastStmt) {
        lastAdded = computeAdded(stmt);
        lastStmt = stmt;
    }
    return lastAdded.filter((c) => c.constraint.contype === contype);
}
let lastStmt;
let lastAdded = [];
function computeAdded(stmt) {
    if (stmt.kind !== 'AlterTableStmt')
        return [];
    const table = (0,lint_ast/* tableOf */.c_)(stmt.ast.relation);
    if (!table)
        return [];
    const out = [];
    for (const c of (0,lint_ast/* alterCmds */.sy)(stmt.ast)) {
        const k = c.subtype === 'AT_AddConstraint' ? c.def?.Constraint : undefined;
        if (k)
            out.push({ table, constraint: k, name: k.conname, notValid: Boolean(k.skip_validation) });
    }
    return out;
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
    alterSubtypes: ['AT_AddConstraint'],
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
            const name = (0,lint_ast/* col */.nz)(c.name ?? `${c.table.name}_check`);
            const t = (0,lint_ast/* tableSql */.dS)(c.table);
            return {
                message: `adds CHECK constraint ${c.name ?? ''} on ${(0,lint_ast/* tableLabel */.Fr)(c.table)} without NOT VALID: scans the table under an exclusive lock`.replace('  ', ' '),
                subject: `ADD CHECK ${(0,lint_ast/* tableLabel */.Fr)(c.table)}${c.name ? `.${c.name}` : ''}`,
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

function addedColumns(stmt, ctx) {
    // Seven rules read the added columns of each ADD COLUMN, one statement after the other: compute
    // them once per statement (and volatility lookup, which the set's state answers).
    const lookup = ctx?.functionVolatility;
    if (stmt !== addColumn_lastStmt || lookup !== lastLookup) {
        lastColumns = addColumn_computeAdded(stmt, lookup);
        addColumn_lastStmt = stmt;
        lastLookup = lookup;
    }
    return lastColumns;
}
let addColumn_lastStmt;
let lastLookup;
let lastColumns = [];
const SERIAL = /^(small|big)?serial[248]?$/;
function addColumn_computeAdded(stmt, lookup) {
    if (stmt.kind !== 'AlterTableStmt')
        return [];
    const table = (0,lint_ast/* tableOf */.c_)(stmt.ast.relation);
    if (!table)
        return [];
    const out = [];
    for (const c of (0,lint_ast/* alterCmds */.sy)(stmt.ast)) {
        if (c.subtype !== 'AT_AddColumn' || !c.def?.ColumnDef)
            continue;
        const def = c.def.ColumnDef;
        let notNull = false;
        let primaryKey = false;
        let identity = false;
        let generated = false;
        let storedGenerated = false;
        let expr;
        let hasDefault = false;
        for (const item of def.constraints ?? []) {
            const k = item?.Constraint;
            if (!k)
                continue;
            switch (k.contype) {
                case 'CONSTR_NOTNULL':
                    notNull = true;
                    break;
                case 'CONSTR_PRIMARY':
                    notNull = true;
                    primaryKey = true;
                    break;
                case 'CONSTR_IDENTITY':
                    identity = true;
                    break;
                case 'CONSTR_GENERATED':
                    generated = true;
                    // PostgreSQL 18 adds VIRTUAL generated columns (no storage, no rewrite); STORED is the default before 18.
                    if (k.generated_kind !== 'v')
                        storedGenerated = true;
                    break;
                case 'CONSTR_DEFAULT':
                    if (!hasDefault)
                        expr = k.raw_expr;
                    hasDefault = true;
                    break;
            }
        }
        const typeName = (def.typeName?.names?.at(-1)?.String?.sval ?? '').toLowerCase();
        out.push({
            table,
            name: def.colname,
            def,
            notNull,
            primaryKey,
            identity,
            serial: SERIAL.test(typeName),
            generated,
            storedGenerated,
            defaultKind: expr === undefined ? undefined : (0,lint_ast/* classifyDefault */.MR)(expr, lookup),
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/lint/rules/adding-column-with-default.ts



const addingColumnWithDefault = defineRule({
    id: 'adding-column-with-default',
    kinds: ['AlterTableStmt'],
    alterSubtypes: ['AT_AddColumn'],
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
        return addedColumns(stmt, ctx)
            .filter((c) => c.defaultKind && c.defaultKind !== 'volatile' && !c.serial && !c.identity && !c.generated)
            .map((c) => {
            const t = (0,lint_ast/* tableLabel */.Fr)(c.table);
            const rewrite = ctx.pgVersion < 11;
            const unknown = c.defaultKind === 'unknown';
            const risk = rewrite ? 'high' : unknown ? 'medium' : 'low';
            const type = (0,lint_ast/* columnDefTypeSql */.s2)(c.def);
            const steps = [
                LOCK_TIMEOUT,
                `ALTER TABLE ${(0,lint_ast/* tableSql */.dS)(c.table)} ADD COLUMN ${(0,lint_ast/* col */.nz)(c.name)} ${type};`,
                `ALTER TABLE ${(0,lint_ast/* tableSql */.dS)(c.table)} ALTER COLUMN ${(0,lint_ast/* col */.nz)(c.name)} SET DEFAULT <the default>;  -- new rows only`,
                `-- backfill existing rows in batches from a script, outside the migration`,
            ];
            if (c.notNull) {
                steps.push(`ALTER TABLE ${(0,lint_ast/* tableSql */.dS)(c.table)} ADD CONSTRAINT ${(0,lint_ast/* col */.nz)(`${c.table.name}_${c.name}_not_null`)} CHECK (${(0,lint_ast/* col */.nz)(c.name)} IS NOT NULL) NOT VALID;`, `ALTER TABLE ${(0,lint_ast/* tableSql */.dS)(c.table)} VALIDATE CONSTRAINT ${(0,lint_ast/* col */.nz)(`${c.table.name}_${c.name}_not_null`)};`);
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

;// CONCATENATED MODULE: ./src/core/lint/rules/adding-enum-value.ts



const addingEnumValue = defineRule({
    id: 'adding-enum-value',
    kinds: ['AlterEnumStmt'],
    risk: 'high',
    summary: 'ALTER TYPE ... ADD VALUE inside a transaction before PostgreSQL 12, or not at the end of the enum',
    why: 'Before PostgreSQL 12, ALTER TYPE ... ADD VALUE cannot run inside a transaction block, so the migration fails. On any version, a value added BEFORE or AFTER an existing one changes the sort order of the enum, which ORDER BY, comparisons and range checks on it rely on.',
    lockRule: false,
    dataAware: false,
    examples: {
        bad: [
            {
                sql: "BEGIN;\nALTER TYPE order_status ADD VALUE 'refunded';\nCOMMIT;",
                pgVersion: 11,
                note: 'Fails inside a transaction.',
            },
            {
                context: "CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');",
                sql: "ALTER TYPE order_status ADD VALUE 'packed' BEFORE 'shipped';",
                note: 'Changes the order of existing values (low).',
            },
        ],
        good: [
            { sql: "ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded';" },
            { sql: "BEGIN;\nALTER TYPE order_status ADD VALUE 'refunded';\nCOMMIT;", pgVersion: 12 },
        ],
    },
    check(stmt, ctx) {
        const a = stmt.ast;
        if (!a.newVal || a.oldVal)
            return [];
        const type = (0,lint_ast/* refFromNames */.Eu)((0,lint_ast/* nameList */.OD)(a.typeName));
        const hits = [];
        if (ctx.pgVersion < 12 && ctx.inTransaction) {
            hits.push({
                message: `ALTER TYPE ${(0,lint_ast/* tableLabel */.Fr)(type)} ADD VALUE cannot run inside a transaction block before PostgreSQL 12`,
                subject: `ADD VALUE ${(0,sql/* quoteLiteral */.ce)(a.newVal)} to ${(0,lint_ast/* tableLabel */.Fr)(type)} in a transaction`,
                safeAlternative: `-- in a migration file of its own, run without a transaction:\nALTER TYPE ${(0,lint_ast/* tableLabel */.Fr)(type)} ADD VALUE IF NOT EXISTS ${(0,sql/* quoteLiteral */.ce)(a.newVal)};`,
            });
        }
        if (a.newValNeighbor) {
            const labels = ctx.enumLabels(type);
            const atEnd = a.newValIsAfter && labels !== undefined && labels.at(-1) === a.newValNeighbor;
            if (!atEnd) {
                hits.push({
                    risk: 'low',
                    message: `adds ${(0,sql/* quoteLiteral */.ce)(a.newVal)} ${a.newValIsAfter ? 'after' : 'before'} ${(0,sql/* quoteLiteral */.ce)(a.newValNeighbor)}, not at the end of ${(0,lint_ast/* tableLabel */.Fr)(type)}: changes how existing values sort`,
                    subject: `ADD VALUE ${(0,sql/* quoteLiteral */.ce)(a.newVal)} inside ${(0,lint_ast/* tableLabel */.Fr)(type)}`,
                    safeAlternative: `-- add it at the end if nothing orders by this enum:\nALTER TYPE ${(0,lint_ast/* tableLabel */.Fr)(type)} ADD VALUE IF NOT EXISTS ${(0,sql/* quoteLiteral */.ce)(a.newVal)};\n-- otherwise check every ORDER BY, < and > on columns of this type first`,
                });
            }
        }
        return hits;
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/adding-foreign-key-column.ts



const addingForeignKeyColumn = defineRule({
    id: 'adding-foreign-key-column',
    kinds: ['AlterTableStmt'],
    alterSubtypes: ['AT_AddColumn'],
    risk: 'medium',
    summary: 'ADD COLUMN ... REFERENCES on an existing table',
    why: 'An inline REFERENCES cannot be NOT VALID: it takes a SHARE ROW EXCLUSIVE lock on the referenced table (blocking its writes) together with the ACCESS EXCLUSIVE lock on the altered one. With a DEFAULT the new column is validated against the referenced table row by row.',
    lockRule: true,
    dataAware: true,
    examples: {
        bad: [{ sql: 'ALTER TABLE orders ADD COLUMN coupon_id bigint REFERENCES coupons (id);' }],
        good: [
            {
                sql: "SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN coupon_id bigint;\nALTER TABLE orders ADD CONSTRAINT orders_coupon_id_fkey FOREIGN KEY (coupon_id) REFERENCES coupons (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_coupon_id_fkey;",
            },
        ],
    },
    check(stmt, ctx) {
        return addedColumns(stmt, ctx).flatMap((c) => {
            const fk = c.def.constraints
                ?.map((k) => k?.Constraint)
                .find((k) => k?.contype === 'CONSTR_FOREIGN');
            if (!fk)
                return [];
            const t = (0,lint_ast/* tableSql */.dS)(c.table);
            const target = (0,lint_ast/* tableOf */.c_)(fk.pktable);
            const name = (0,lint_ast/* col */.nz)(fk.conname ?? `${c.table.name}_${c.name}_fkey`);
            const refCols = (fk.pk_attrs ?? []).map((a) => (0,lint_ast/* col */.nz)(a.String.sval)).join(', ');
            return [
                {
                    message: `adds column ${(0,lint_ast/* tableLabel */.Fr)(c.table)}.${c.name} with REFERENCES${target ? ` ${(0,lint_ast/* tableLabel */.Fr)(target)}` : ''}: a foreign key that cannot be NOT VALID, locking both tables`,
                    subject: `ADD COLUMN ${(0,lint_ast/* tableLabel */.Fr)(c.table)}.${c.name} REFERENCES`,
                    safeAlternative: [
                        LOCK_TIMEOUT,
                        `ALTER TABLE ${t} ADD COLUMN ${(0,lint_ast/* col */.nz)(c.name)} ${(0,lint_ast/* columnDefTypeSql */.s2)(c.def)};`,
                        `ALTER TABLE ${t} ADD CONSTRAINT ${name} FOREIGN KEY (${(0,lint_ast/* col */.nz)(c.name)}) REFERENCES ${target ? (0,lint_ast/* tableSql */.dS)(target) : '<table>'}${refCols ? ` (${refCols})` : ''} NOT VALID;`,
                        `ALTER TABLE ${t} VALIDATE CONSTRAINT ${name};`,
                    ].join('\n'),
                    table: c.table,
                },
            ];
        });
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/adding-not-null-column-without-default.ts



const addingNotNullColumnWithoutDefault = defineRule({
    id: 'adding-not-null-column-without-default',
    kinds: ['AlterTableStmt'],
    alterSubtypes: ['AT_AddColumn'],
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
    check(stmt, ctx) {
        return addedColumns(stmt, ctx)
            .filter((c) => c.notNull &&
            c.defaultKind === undefined &&
            !c.serial &&
            !c.identity &&
            !c.generated &&
            !c.primaryKey)
            .map((c) => {
            const t = (0,lint_ast/* tableSql */.dS)(c.table);
            const check = (0,lint_ast/* col */.nz)(`${c.table.name}_${c.name}_not_null`);
            return {
                message: `adds NOT NULL column ${(0,lint_ast/* tableLabel */.Fr)(c.table)}.${c.name} without a DEFAULT: fails as soon as the table has a row`,
                subject: `ADD COLUMN ${(0,lint_ast/* tableLabel */.Fr)(c.table)}.${c.name} NOT NULL`,
                safeAlternative: [
                    LOCK_TIMEOUT,
                    `ALTER TABLE ${t} ADD COLUMN ${(0,lint_ast/* col */.nz)(c.name)} ${(0,lint_ast/* columnDefTypeSql */.s2)(c.def)};`,
                    `-- backfill ${(0,lint_ast/* col */.nz)(c.name)} in batches from a script, outside the migration`,
                    `ALTER TABLE ${t} ADD CONSTRAINT ${check} CHECK (${(0,lint_ast/* col */.nz)(c.name)} IS NOT NULL) NOT VALID;`,
                    `ALTER TABLE ${t} VALIDATE CONSTRAINT ${check};`,
                    `ALTER TABLE ${t} ALTER COLUMN ${(0,lint_ast/* col */.nz)(c.name)} SET NOT NULL;  -- PostgreSQL 12+ uses the check, no scan`,
                    `ALTER TABLE ${t} DROP CONSTRAINT ${check};`,
                ].join('\n'),
                table: c.table,
            };
        });
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/adding-nullable-column.ts


const NOT_NULLABLE = new Set(['CONSTR_NOTNULL', 'CONSTR_PRIMARY', 'CONSTR_IDENTITY', 'CONSTR_GENERATED']);
const addingNullableColumn = defineRule({
    id: 'adding-nullable-column',
    kinds: ['AlterTableStmt'],
    alterSubtypes: ['AT_AddColumn'],
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
        const table = (0,lint_ast/* tableOf */.c_)(stmt.ast.relation);
        if (!table)
            return [];
        return (0,lint_ast/* alterCmds */.sy)(stmt.ast)
            .filter((c) => c.subtype === 'AT_AddColumn')
            .filter((c) => {
            const def = c.def?.ColumnDef;
            if (/serial$/.test(def?.typeName?.names?.at(-1)?.String?.sval ?? ''))
                return false;
            if ((0,lint_ast/* defaultExpr */.rh)(def))
                return false;
            for (const k of (0,lint_ast/* constraintsOf */.Im)(def))
                if (NOT_NULLABLE.has(k.contype))
                    return false;
            return true;
        })
            .map((c) => {
            const name = c.def.ColumnDef.colname;
            return {
                message: `adds nullable column ${(0,lint_ast/* tableLabel */.Fr)(table)}.${name}: a catalog-only change`,
                subject: `ADD COLUMN ${(0,lint_ast/* tableLabel */.Fr)(table)}.${name}`,
                safeAlternative: `${LOCK_TIMEOUT}\nALTER TABLE ${(0,lint_ast/* tableSql */.dS)(table)} ADD COLUMN ${(0,lint_ast/* col */.nz)(name)} ${(0,lint_ast/* columnDefTypeSql */.s2)(c.def.ColumnDef)};  -- retry if the lock times out`,
                table,
            };
        });
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/adding-serial-primary-key.ts




const addingSerialPrimaryKey = defineRule({
    id: 'adding-serial-primary-key',
    kinds: ['AlterTableStmt'],
    alterSubtypes: ['AT_AddColumn'],
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
    check(stmt, ctx) {
        return addedColumns(stmt, ctx)
            .filter((c) => c.serial || c.identity || c.primaryKey)
            .map((c) => {
            const t = (0,lint_ast/* tableSql */.dS)(c.table);
            const seq = (0,lint_ast/* col */.nz)(`${c.table.name}_${c.name}_seq`);
            const idx = (0,lint_ast/* col */.nz)(`${c.table.name}_pkey`);
            return {
                message: `adds ${c.serial ? 'a serial' : c.identity ? 'an identity' : 'a primary key'} column ${(0,lint_ast/* tableLabel */.Fr)(c.table)}.${c.name} to an existing table: rewrites it and builds an index under an exclusive lock`,
                subject: `ADD COLUMN ${(0,lint_ast/* tableLabel */.Fr)(c.table)}.${c.name} ${c.primaryKey ? 'PRIMARY KEY' : 'serial'}`,
                safeAlternative: [
                    LOCK_TIMEOUT,
                    `CREATE SEQUENCE ${seq};`,
                    `ALTER TABLE ${t} ADD COLUMN ${(0,lint_ast/* col */.nz)(c.name)} bigint;`,
                    `ALTER TABLE ${t} ALTER COLUMN ${(0,lint_ast/* col */.nz)(c.name)} SET DEFAULT nextval(${(0,sql/* quoteLiteral */.ce)(seq)});  -- new rows only`,
                    `-- backfill ${(0,lint_ast/* col */.nz)(c.name)} in batches from a script, outside the migration`,
                    `CREATE UNIQUE INDEX CONCURRENTLY ${idx} ON ${t} (${(0,lint_ast/* col */.nz)(c.name)});`,
                    `ALTER TABLE ${t} ADD CONSTRAINT ${idx} PRIMARY KEY USING INDEX ${idx};`,
                ].join('\n'),
                table: c.table,
            };
        });
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/adding-stored-generated-column.ts



const addingStoredGeneratedColumn = defineRule({
    id: 'adding-stored-generated-column',
    kinds: ['AlterTableStmt'],
    alterSubtypes: ['AT_AddColumn'],
    risk: 'high',
    summary: 'ADD COLUMN ... GENERATED ALWAYS AS (...) STORED on an existing table',
    why: 'A stored generated column is computed and written for every existing row: a full table rewrite under an ACCESS EXCLUSIVE lock. PostgreSQL 18 VIRTUAL generated columns are computed on read and add no rewrite.',
    lockRule: true,
    dataAware: true,
    examples: {
        bad: [
            {
                sql: 'ALTER TABLE orders ADD COLUMN total_cents bigint GENERATED ALWAYS AS (quantity * price_cents) STORED;',
            },
        ],
        good: [
            {
                sql: 'ALTER TABLE orders ADD COLUMN total_cents bigint GENERATED ALWAYS AS (quantity * price_cents) VIRTUAL;',
                pgVersion: 18,
            },
        ],
    },
    check(stmt, ctx) {
        return addedColumns(stmt, ctx)
            .filter((c) => c.storedGenerated)
            .map((c) => {
            const t = (0,lint_ast/* tableSql */.dS)(c.table);
            return {
                message: `adds stored generated column ${(0,lint_ast/* tableLabel */.Fr)(c.table)}.${c.name}: rewrites every row under an ACCESS EXCLUSIVE lock`,
                subject: `ADD COLUMN ${(0,lint_ast/* tableLabel */.Fr)(c.table)}.${c.name} GENERATED STORED`,
                safeAlternative: ctx.pgVersion >= 18
                    ? `${LOCK_TIMEOUT}\n-- computed on read, no rewrite:\nALTER TABLE ${t} ADD COLUMN ${(0,lint_ast/* col */.nz)(c.name)} ${(0,lint_ast/* columnDefTypeSql */.s2)(c.def)} GENERATED ALWAYS AS (<expression>) VIRTUAL;`
                    : [
                        LOCK_TIMEOUT,
                        `ALTER TABLE ${t} ADD COLUMN ${(0,lint_ast/* col */.nz)(c.name)} ${(0,lint_ast/* columnDefTypeSql */.s2)(c.def)};  -- plain column, no rewrite`,
                        '-- fill it for new rows with a BEFORE INSERT OR UPDATE trigger, backfill old rows in batches outside the migration',
                    ].join('\n'),
                table: c.table,
            };
        });
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/adding-unique-column.ts



const addingUniqueColumn = defineRule({
    id: 'adding-unique-column',
    kinds: ['AlterTableStmt'],
    alterSubtypes: ['AT_AddColumn'],
    risk: 'high',
    summary: 'ADD COLUMN ... UNIQUE on an existing table',
    why: 'The UNIQUE index is built while ALTER TABLE holds its ACCESS EXCLUSIVE lock: no reads or writes on the table until the build over every row ends.',
    lockRule: true,
    dataAware: true,
    examples: {
        bad: [{ sql: 'ALTER TABLE users ADD COLUMN handle text UNIQUE;' }],
        good: [
            {
                sql: "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN handle text;\nCREATE UNIQUE INDEX CONCURRENTLY users_handle_key ON users (handle);",
            },
        ],
    },
    check(stmt, ctx) {
        return addedColumns(stmt, ctx)
            .filter((c) => !c.primaryKey && c.def.constraints?.some((k) => k?.Constraint?.contype === 'CONSTR_UNIQUE'))
            .map((c) => {
            const t = (0,lint_ast/* tableSql */.dS)(c.table);
            const idx = (0,lint_ast/* col */.nz)(`${c.table.name}_${c.name}_key`);
            return {
                message: `adds column ${(0,lint_ast/* tableLabel */.Fr)(c.table)}.${c.name} with UNIQUE: builds the index under an ACCESS EXCLUSIVE lock`,
                subject: `ADD COLUMN ${(0,lint_ast/* tableLabel */.Fr)(c.table)}.${c.name} UNIQUE`,
                safeAlternative: [
                    LOCK_TIMEOUT,
                    `ALTER TABLE ${t} ADD COLUMN ${(0,lint_ast/* col */.nz)(c.name)} ${(0,lint_ast/* columnDefTypeSql */.s2)(c.def)};`,
                    `CREATE UNIQUE INDEX CONCURRENTLY ${idx} ON ${t} (${(0,lint_ast/* col */.nz)(c.name)});  -- in a file without a transaction`,
                    `ALTER TABLE ${t} ADD CONSTRAINT ${idx} UNIQUE USING INDEX ${idx};`,
                ].join('\n'),
                table: c.table,
            };
        });
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/altering-constraint.ts


const alteringConstraint = defineRule({
    id: 'altering-constraint',
    kinds: ['AlterTableStmt'],
    alterSubtypes: ['AT_AlterConstraint'],
    risk: 'medium',
    summary: 'ALTER TABLE ... ALTER CONSTRAINT (deferrability, enforcement, inheritance)',
    why: 'ALTER CONSTRAINT changes when or whether a constraint is checked (DEFERRABLE, NOT ENFORCED on PostgreSQL 18) under a lock on the table, and the application may rely on the old timing; making a constraint ENFORCED again validates every row.',
    lockRule: true,
    dataAware: false,
    examples: {
        bad: [{ sql: 'ALTER TABLE orders ALTER CONSTRAINT orders_user_fk DEFERRABLE INITIALLY DEFERRED;' }],
        good: [
            {
                sql: 'CREATE TABLE drafts (id bigint PRIMARY KEY, parent bigint CONSTRAINT drafts_parent_fk REFERENCES drafts (id));\nALTER TABLE drafts ALTER CONSTRAINT drafts_parent_fk DEFERRABLE;',
                note: 'Exempt: the table is new.',
            },
        ],
    },
    check(stmt) {
        const table = (0,lint_ast/* tableOf */.c_)(stmt.ast.relation);
        if (!table)
            return [];
        return (0,lint_ast/* alterCmds */.sy)(stmt.ast)
            .filter((c) => c.subtype === 'AT_AlterConstraint')
            .map((c) => {
            const name = c.def?.ATAlterConstraint?.conname ?? c.name ?? 'constraint';
            return {
                message: `alters constraint ${name} on ${(0,lint_ast/* tableLabel */.Fr)(table)}: changes when or whether it is checked`,
                subject: `ALTER CONSTRAINT ${(0,lint_ast/* tableLabel */.Fr)(table)}.${name}`,
                safeAlternative: [
                    '-- check that no code relies on the old checking time (deferred vs immediate), then:',
                    LOCK_TIMEOUT,
                    `${stmt.text};`,
                    `-- to re-enforce a constraint on a large table instead: ADD a new one NOT VALID, then VALIDATE it, then DROP ${(0,lint_ast/* col */.nz)(name)}`,
                ].join('\n'),
                table,
            };
        });
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/dml.ts
/** Shared reading of data-changing statements inside a migration. */

function dataChange(stmt) {
    const table = (0,lint_ast/* tableOf */.c_)(stmt.ast?.relation);
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
        const t = (0,lint_ast/* tableSql */.dS)(change.table);
        return [
            {
                message: `${change.verb} on ${(0,lint_ast/* tableLabel */.Fr)(change.table)} inside a schema migration: a backfill holds its locks until the migration commits`,
                subject: `${change.verb} ${(0,lint_ast/* tableLabel */.Fr)(change.table)} (backfill)`,
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
    alterSubtypes: ['AT_AlterColumnType'],
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
        const table = (0,lint_ast/* tableOf */.c_)(stmt.ast.relation);
        if (!table)
            return [];
        return (0,lint_ast/* alterCmds */.sy)(stmt.ast)
            .filter((c) => c.subtype === 'AT_AlterColumnType')
            .flatMap((c) => {
            // Safe widenings are not reported at all: flagging them is the most common false positive.
            const target = (0,lint_ast/* columnTypeOf */.gy)(c.def?.ColumnDef?.typeName);
            if (!target)
                return [];
            const before = ctx.columnType(table, c.name);
            const using = Boolean(c.def?.ColumnDef?.raw_default);
            const label = `${(0,lint_ast/* tableLabel */.Fr)(table)}.${c.name}`;
            const verdict = !before ? 'unknown' : !using && isSafeWidening(before, target) ? 'safe' : 'rewrite';
            if (verdict === 'safe')
                return [];
            const message = verdict === 'rewrite'
                ? `changes ${label} from ${(0,lint_ast/* typeLabel */.Dd)(before)} to ${(0,lint_ast/* typeLabel */.Dd)(target)}: rewrites the table and its indexes`
                : `changes the type of ${label} to ${(0,lint_ast/* typeLabel */.Dd)(target)}: rewrites the table unless the old type is a narrower varchar or numeric (the old type is not in the migrations linted here)`;
            const newCol = (0,lint_ast/* col */.nz)(`${c.name}_new`);
            return [
                {
                    risk: verdict === 'rewrite' ? 'high' : 'medium',
                    message,
                    subject: `ALTER COLUMN ${label} TYPE ${(0,lint_ast/* typeLabel */.Dd)(target)}`,
                    safeAlternative: [
                        LOCK_TIMEOUT,
                        `ALTER TABLE ${(0,lint_ast/* tableSql */.dS)(table)} ADD COLUMN ${newCol} ${(0,lint_ast/* typeSql */.xn)(target)};`,
                        `-- keep ${newCol} in sync with a trigger, backfill it in batches from a script`,
                        `-- deploy code that reads ${newCol}; then, in a later migration:`,
                        `ALTER TABLE ${(0,lint_ast/* tableSql */.dS)(table)} DROP COLUMN ${(0,lint_ast/* col */.nz)(c.name)};`,
                        `ALTER TABLE ${(0,lint_ast/* tableSql */.dS)(table)} RENAME COLUMN ${newCol} TO ${(0,lint_ast/* col */.nz)(c.name)};`,
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

// Five rules read the declared columns of each CREATE / ALTER TABLE, one statement after the
// other: compute them once per statement, remembering only the last one.
let columns_lastStmt;
let lastCols = [];
function declaredColumns(stmt) {
    if (stmt !== columns_lastStmt) {
        lastCols = computeDeclared(stmt);
        columns_lastStmt = stmt;
    }
    return lastCols;
}
function computeDeclared(stmt) {
    const table = (0,lint_ast/* tableOf */.c_)(stmt.ast?.relation);
    if (!table)
        return [];
    const out = [];
    const push = (name, typeName, pk, fk) => {
        const type = (0,lint_ast/* columnTypeOf */.gy)(typeName);
        if (!type)
            return;
        const written = ((0,lint_ast/* lastName */.UK)(typeName.names) ?? '').toLowerCase();
        out.push({ table, name, type, written, primaryKey: pk, foreignKey: fk });
    };
    const fromDef = (def, tablePk, tableFk) => {
        let pk = Boolean(tablePk?.has(def.colname));
        let fk = Boolean(tableFk?.has(def.colname));
        for (const k of def.constraints ?? []) {
            const contype = k?.Constraint?.contype;
            if (contype === 'CONSTR_PRIMARY')
                pk = true;
            else if (contype === 'CONSTR_FOREIGN')
                fk = true;
        }
        push(def.colname, def.typeName, pk, fk);
    };
    if (stmt.kind === 'CreateStmt') {
        const elts = stmt.ast.tableElts ?? [];
        const pk = new Set();
        const fk = new Set();
        for (const e of elts) {
            if (e.Constraint?.contype === 'CONSTR_PRIMARY')
                for (const k of (0,lint_ast/* nameList */.OD)(e.Constraint.keys))
                    pk.add(k);
            if (e.Constraint?.contype === 'CONSTR_FOREIGN')
                for (const k of (0,lint_ast/* nameList */.OD)(e.Constraint.fk_attrs))
                    fk.add(k);
        }
        for (const e of elts)
            if (e.ColumnDef)
                fromDef(e.ColumnDef, pk, fk);
    }
    else if (stmt.kind === 'AlterTableStmt') {
        for (const c of (0,lint_ast/* alterCmds */.sy)(stmt.ast)) {
            if (c.subtype === 'AT_AddColumn' && c.def?.ColumnDef)
                fromDef(c.def.ColumnDef, undefined, undefined);
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
    alterSubtypes: ['AT_AddColumn', 'AT_AlterColumnType'],
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
            message: `column ${(0,lint_ast/* tableLabel */.Fr)(c.table)}.${c.name} uses char(${c.type.mods[0] ?? 1}): space-padded; use text or varchar`,
            subject: `char column ${(0,lint_ast/* tableLabel */.Fr)(c.table)}.${c.name}`,
            safeAlternative: `-- declare it as: ${(0,lint_ast/* col */.nz)(c.name)} text CHECK (length(${(0,lint_ast/* col */.nz)(c.name)}) <= ${c.type.mods[0] ?? 1})`,
            table: c.table,
        }));
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/clustering-table.ts


const clusteringTable = defineRule({
    id: 'clustering-table',
    kinds: ['ClusterStmt'],
    risk: 'high',
    summary: 'CLUSTER',
    why: 'CLUSTER rewrites the whole table in index order under an ACCESS EXCLUSIVE lock: no reads or writes until it ends, and it needs disk for a second copy.',
    lockRule: true,
    dataAware: true,
    examples: {
        bad: [{ sql: 'CLUSTER orders USING orders_created_at_idx;' }],
        good: [
            {
                sql: 'CREATE TABLE events (id bigint, at timestamptz);\nCREATE INDEX events_at_idx ON events (at);\nCLUSTER events USING events_at_idx;',
                note: 'Exempt: the table is new.',
            },
        ],
    },
    check(stmt) {
        const table = (0,lint_ast/* tableOf */.c_)(stmt.ast.relation);
        const label = table ? (0,lint_ast/* tableLabel */.Fr)(table) : 'every previously clustered table';
        return [
            {
                message: `CLUSTER rewrites ${label} under an ACCESS EXCLUSIVE lock`,
                subject: `CLUSTER ${label}`,
                safeAlternative: '-- do not cluster in a migration; run pg_repack (online) from a maintenance job instead:\n-- pg_repack --table=<table> --order-by=<columns> <database>',
                table,
            },
        ];
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
        const table = stmt.kind === 'IndexStmt' ? (0,lint_ast/* tableOf */.c_)(stmt.ast.relation) : undefined;
        const what = stmt.kind === 'IndexStmt' ? 'CREATE INDEX' : stmt.kind === 'DropStmt' ? 'DROP INDEX' : 'REINDEX';
        return [
            {
                message: `${what} CONCURRENTLY inside an explicit transaction fails: "cannot run inside a transaction block"`,
                subject: `${what} CONCURRENTLY in a transaction${table ? ` on ${(0,lint_ast/* tableLabel */.Fr)(table)}` : ''}`,
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
        const table = (0,lint_ast/* tableOf */.c_)(stmt.ast.relation);
        // ON ONLY a partitioned parent builds nothing; the partitions are indexed one by one.
        if (!table || stmt.ast.relation.inh === false)
            return [];
        const name = stmt.ast.idxname;
        const concurrent = stmt.text.replace(/^(CREATE\s+(?:UNIQUE\s+)?INDEX)\b/i, '$1 CONCURRENTLY');
        return [
            {
                message: `creates index ${name ?? ''} on ${(0,lint_ast/* tableLabel */.Fr)(table)} without CONCURRENTLY: blocks writes for the whole build`.replace('  ', ' '),
                subject: `CREATE INDEX ${(0,lint_ast/* tableLabel */.Fr)(table)}`,
                safeAlternative: [
                    `${concurrent};  -- outside a transaction block, in its own migration file`,
                    name
                        ? `-- a failed concurrent build leaves an INVALID index (IF NOT EXISTS would then hide it): DROP INDEX CONCURRENTLY IF EXISTS ${(0,lint_ast/* col */.nz)(name)}; and retry`
                        : '-- a failed concurrent build leaves an INVALID index: drop it with DROP INDEX CONCURRENTLY and retry',
                ].join('\n'),
                table,
            },
        ];
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/detaching-partition-without-concurrently.ts


const detachingPartitionWithoutConcurrently = defineRule({
    id: 'detaching-partition-without-concurrently',
    kinds: ['AlterTableStmt'],
    alterSubtypes: ['AT_DetachPartition'],
    risk: 'medium',
    summary: 'ALTER TABLE ... DETACH PARTITION without CONCURRENTLY (PostgreSQL 14+)',
    why: 'DETACH PARTITION takes an ACCESS EXCLUSIVE lock on the partitioned table, blocking every query on every partition. On PostgreSQL 14+ DETACH PARTITION ... CONCURRENTLY only takes SHARE UPDATE EXCLUSIVE.',
    lockRule: true,
    dataAware: false,
    examples: {
        bad: [{ sql: 'ALTER TABLE measurements DETACH PARTITION measurements_2020;' }],
        good: [
            { sql: 'ALTER TABLE measurements DETACH PARTITION measurements_2020 CONCURRENTLY;' },
            {
                sql: 'ALTER TABLE measurements DETACH PARTITION measurements_2020;',
                pgVersion: 13,
                note: 'Nothing better exists before 14.',
            },
        ],
    },
    check(stmt, ctx) {
        if (ctx.pgVersion < 14)
            return [];
        const table = (0,lint_ast/* tableOf */.c_)(stmt.ast.relation);
        if (!table)
            return [];
        return (0,lint_ast/* alterCmds */.sy)(stmt.ast)
            .filter((c) => c.subtype === 'AT_DetachPartition' && !c.def?.PartitionCmd?.concurrent)
            .map((c) => {
            const part = (0,lint_ast/* tableOf */.c_)(c.def?.PartitionCmd?.name);
            const partLabel = part ? (0,lint_ast/* tableLabel */.Fr)(part) : 'a partition';
            return {
                message: `detaches ${partLabel} from ${(0,lint_ast/* tableLabel */.Fr)(table)} without CONCURRENTLY: locks the whole partitioned table`,
                subject: `DETACH PARTITION ${partLabel}`,
                safeAlternative: `${stmt.text.replace(/\s*(finalize)?\s*$/i, '')} CONCURRENTLY;  -- outside a transaction block, in its own file`,
                table,
            };
        });
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/domain-constraint.ts


const domainConstraint = defineRule({
    id: 'domain-constraint',
    kinds: ['AlterDomainStmt', 'CreateDomainStmt'],
    risk: 'medium',
    summary: 'ALTER DOMAIN ... ADD CONSTRAINT, CREATE DOMAIN ... CHECK',
    why: 'ALTER DOMAIN ADD CONSTRAINT checks every column of every table that uses the domain while holding locks on them, and a later change to a domain constraint has the same cost. A CHECK on a domain is hidden from the table definition and cannot be added NOT VALID per table; a CHECK on the table column is easier to change safely.',
    lockRule: false,
    dataAware: false,
    examples: {
        bad: [
            { sql: 'ALTER DOMAIN positive_int ADD CONSTRAINT positive CHECK (VALUE > 0);' },
            {
                sql: 'CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);',
                note: 'Low: the domain is new, but its checks will be costly to change.',
            },
        ],
        good: [
            {
                sql: 'ALTER DOMAIN positive_int ADD CONSTRAINT positive CHECK (VALUE > 0) NOT VALID;\nALTER DOMAIN positive_int VALIDATE CONSTRAINT positive;',
            },
            { sql: 'CREATE DOMAIN email AS text;' },
        ],
    },
    check(stmt) {
        if (stmt.kind === 'CreateDomainStmt') {
            const checks = (stmt.ast.constraints ?? []).filter((c) => c?.Constraint?.contype === 'CONSTR_CHECK');
            if (!checks.length)
                return [];
            const name = (0,lint_ast/* tableLabel */.Fr)((0,lint_ast/* refFromNames */.Eu)((0,lint_ast/* nameList */.OD)(stmt.ast.domainname)));
            return [
                {
                    risk: 'low',
                    message: `domain ${name} has a CHECK: every later change to it re-checks all columns of the domain`,
                    subject: `CREATE DOMAIN ${name} CHECK`,
                    safeAlternative: `CREATE DOMAIN ${name} AS <type>;  -- and put the CHECK on each table column, where NOT VALID + VALIDATE works`,
                },
            ];
        }
        const a = stmt.ast;
        if (a.subtype !== 'C' || !a.def?.Constraint || a.def.Constraint.skip_validation)
            return [];
        const name = (0,lint_ast/* tableLabel */.Fr)((0,lint_ast/* refFromNames */.Eu)((0,lint_ast/* nameList */.OD)(a.typeName)));
        const con = a.def.Constraint.conname ?? '<constraint>';
        return [
            {
                message: `ALTER DOMAIN ${name} ADD CONSTRAINT checks every column that uses the domain, under lock`,
                subject: `ALTER DOMAIN ${name} ADD CONSTRAINT`,
                safeAlternative: `${stmt.text} NOT VALID;\nALTER DOMAIN ${name} VALIDATE CONSTRAINT ${con};  -- in a later step; does not block writes`,
            },
        ];
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/dropping-column.ts


const droppingColumn = defineRule({
    id: 'dropping-column',
    kinds: ['AlterTableStmt'],
    alterSubtypes: ['AT_DropColumn'],
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
        const table = (0,lint_ast/* tableOf */.c_)(stmt.ast.relation);
        if (!table)
            return [];
        return (0,lint_ast/* alterCmds */.sy)(stmt.ast)
            .filter((c) => c.subtype === 'AT_DropColumn')
            .map((c) => ({
            message: `drops column ${(0,lint_ast/* tableLabel */.Fr)(table)}.${c.name}: running code that uses it breaks and the data is lost`,
            subject: `DROP COLUMN ${(0,lint_ast/* tableLabel */.Fr)(table)}.${c.name}`,
            safeAlternative: [
                `-- expand/contract: 1. deploy code that no longer reads or writes ${(0,lint_ast/* tableLabel */.Fr)(table)}.${c.name}`,
                `-- 2. optionally keep a copy: CREATE TABLE ${(0,lint_ast/* col */.nz)(`${table.name}_${c.name}_backup`)} AS SELECT <primary key>, ${(0,lint_ast/* col */.nz)(c.name)} FROM ${(0,lint_ast/* tableSql */.dS)(table)};`,
                `-- 3. then, in a later migration:`,
                LOCK_TIMEOUT,
                `ALTER TABLE ${(0,lint_ast/* tableSql */.dS)(table)} DROP COLUMN IF EXISTS ${(0,lint_ast/* col */.nz)(c.name)};`,
            ].join('\n'),
            table,
        }));
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/dropping-constraint.ts


const droppingConstraint = defineRule({
    id: 'dropping-constraint',
    kinds: ['AlterTableStmt'],
    alterSubtypes: ['AT_DropConstraint'],
    risk: 'medium',
    summary: 'ALTER TABLE ... DROP CONSTRAINT (above all a PRIMARY KEY or UNIQUE that foreign keys use)',
    why: 'Dropping a constraint removes a guarantee readers and writers may rely on (uniqueness, referential integrity, a check), and takes an ACCESS EXCLUSIVE lock. Dropping a primary key or unique constraint that foreign keys reference fails, or with CASCADE silently drops those foreign keys too.',
    lockRule: true,
    dataAware: false,
    examples: {
        bad: [
            { sql: 'ALTER TABLE orders DROP CONSTRAINT orders_status_check;' },
            {
                context: 'CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));',
                sql: 'ALTER TABLE users DROP CONSTRAINT users_pkey;',
                note: 'A primary key that a foreign key references: high.',
            },
        ],
        good: [
            {
                sql: 'CREATE TABLE drafts (id bigint, CONSTRAINT drafts_id_check CHECK (id > 0));\nALTER TABLE drafts DROP CONSTRAINT drafts_id_check;',
                note: 'Exempt: the table is new.',
            },
        ],
    },
    check(stmt, ctx) {
        const table = (0,lint_ast/* tableOf */.c_)(stmt.ast.relation);
        if (!table || stmt.ast.objtype !== 'OBJECT_TABLE')
            return [];
        return (0,lint_ast/* alterCmds */.sy)(stmt.ast)
            .filter((c) => c.subtype === 'AT_DropConstraint' && c.name)
            .map((c) => {
            const info = ctx.constraintInfo(table, c.name);
            // A name PostgreSQL gives primary keys by default tells us its kind even without history.
            const kind = info?.kind ?? (c.name.endsWith('_pkey') ? 'primary' : undefined);
            const keyUsed = (kind === 'primary' || kind === 'unique') && ctx.referencedByForeignKeys(table);
            const cascade = c.behavior === 'DROP_CASCADE';
            const what = kind === 'primary' ? 'primary key' : kind === 'unique' ? 'unique constraint' : 'constraint';
            return {
                risk: keyUsed || (cascade && (kind === 'primary' || kind === 'unique')) ? 'high' : undefined,
                message: `drops ${what} ${c.name} on ${(0,lint_ast/* tableLabel */.Fr)(table)}${keyUsed ? ': foreign keys reference this table and may depend on it' : ''}${cascade ? ' with CASCADE (dependent foreign keys go too)' : ''}`,
                subject: `DROP CONSTRAINT ${(0,lint_ast/* tableLabel */.Fr)(table)}.${c.name}`,
                safeAlternative: [
                    `-- first ship code that no longer relies on ${c.name}${keyUsed ? ', and drop or re-point the foreign keys that use it in their own step' : ''}`,
                    LOCK_TIMEOUT,
                    `ALTER TABLE ${(0,lint_ast/* tableSql */.dS)(table)} DROP CONSTRAINT IF EXISTS ${(0,lint_ast/* col */.nz)(c.name)};`,
                ].join('\n'),
                table,
            };
        });
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
                ? (stmt.ast.objects ?? []).map((o) => (0,lint_ast/* nameList */.OD)([o])[0])
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
            const index = (0,lint_ast/* refFromNames */.Eu)((0,lint_ast/* nameList */.OD)(o.List?.items));
            return {
                message: `drops index ${(0,lint_ast/* tableLabel */.Fr)(index)} without CONCURRENTLY: locks its table exclusively`,
                subject: `DROP INDEX ${(0,lint_ast/* tableLabel */.Fr)(index)}`,
                safeAlternative: `DROP INDEX CONCURRENTLY IF EXISTS ${(0,lint_ast/* tableSql */.dS)(index)};  -- outside a transaction block`,
                table: ctx.indexTable(index),
            };
        });
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/dropping-not-null.ts


const droppingNotNull = defineRule({
    id: 'dropping-not-null',
    kinds: ['AlterTableStmt'],
    alterSubtypes: ['AT_DropNotNull'],
    risk: 'medium',
    summary: 'ALTER COLUMN ... DROP NOT NULL',
    why: 'Cheap for the database, but a contract change: readers that assume the column always has a value (generated types, NOT NULL joins, downstream pipelines) start receiving NULLs, and putting NOT NULL back later needs a full scan.',
    lockRule: true,
    dataAware: false,
    examples: {
        bad: [{ sql: 'ALTER TABLE users ALTER COLUMN email DROP NOT NULL;' }],
        good: [
            {
                sql: 'CREATE TABLE drafts (id bigint NOT NULL, title text NOT NULL);\nALTER TABLE drafts ALTER COLUMN title DROP NOT NULL;',
                note: 'Exempt: the table is new.',
            },
        ],
    },
    check(stmt) {
        const table = (0,lint_ast/* tableOf */.c_)(stmt.ast.relation);
        if (!table)
            return [];
        return (0,lint_ast/* alterCmds */.sy)(stmt.ast)
            .filter((c) => c.subtype === 'AT_DropNotNull' && c.name)
            .map((c) => ({
            message: `drops NOT NULL on ${(0,lint_ast/* tableLabel */.Fr)(table)}.${c.name}: readers may start seeing NULLs`,
            subject: `DROP NOT NULL ${(0,lint_ast/* tableLabel */.Fr)(table)}.${c.name}`,
            safeAlternative: [
                `-- first ship readers that handle NULL in ${c.name}, then:`,
                `ALTER TABLE ${(0,lint_ast/* tableSql */.dS)(table)} ALTER COLUMN ${(0,lint_ast/* col */.nz)(c.name)} DROP NOT NULL;`,
            ].join('\n'),
            table,
        }));
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
            const table = (0,lint_ast/* refFromNames */.Eu)((0,lint_ast/* nameList */.OD)(o.List?.items));
            const retired = table.schema
                ? (0,lint_ast/* tableSql */.dS)({ schema: table.schema, name: `${table.name}_retired` })
                : (0,lint_ast/* col */.nz)(`${table.name}_retired`);
            return {
                message: `drops table ${(0,lint_ast/* tableLabel */.Fr)(table)} and all its data`,
                subject: `DROP TABLE ${(0,lint_ast/* tableLabel */.Fr)(table)}`,
                safeAlternative: [
                    `-- 1. check nothing uses it: SELECT seq_scan, idx_scan, n_tup_ins, n_tup_upd FROM pg_stat_user_tables WHERE relid = ${(0,sql/* quoteLiteral */.ce)((0,lint_ast/* tableSql */.dS)(table))}::regclass;`,
                    `-- 2. retire it first and keep the data for one release:`,
                    `ALTER TABLE ${(0,lint_ast/* tableSql */.dS)(table)} RENAME TO ${(0,lint_ast/* col */.nz)(`${table.name}_retired`)};`,
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
    alterSubtypes: ['AT_AddConstraint'],
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
            const name = (0,lint_ast/* col */.nz)(c.name ?? `${c.table.name}_fkey`);
            const t = (0,lint_ast/* tableSql */.dS)(c.table);
            const target = (0,lint_ast/* tableOf */.c_)(c.constraint.pktable);
            return {
                message: `adds foreign key on ${(0,lint_ast/* tableLabel */.Fr)(c.table)}${target ? ` to ${(0,lint_ast/* tableLabel */.Fr)(target)}` : ''} without NOT VALID: blocks writes to both tables while it scans`,
                subject: `ADD FOREIGN KEY ${(0,lint_ast/* tableLabel */.Fr)(c.table)}${c.name ? `.${c.name}` : ''}`,
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

// EXTERNAL MODULE: ./src/core/sql/parser.ts
var parser = __webpack_require__(5873);
;// CONCATENATED MODULE: ./src/core/lint/rules/identifier-too-long.ts


const MAX = 63;
// Cheap pre-checks before the scanner: an ASCII name needs a run of 64 name characters; a quoted
// or non-ASCII name is checked by its bytes.
// A linear scan: the equivalent regular expression backtracks at every position of every statement.
function hasLongRun(text) {
    let run = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        // space, \t \n \r, ' " ( ) , . ;
        if (c <= 32 || c === 39 || c === 34 || c === 40 || c === 41 || c === 44 || c === 46 || c === 59)
            run = 0;
        else if (++run > MAX)
            return true;
    }
    return false;
}
const QUOTED = /"(?:[^"]|"")+"/g;
const NON_ASCII = /[^\x00-\x7f]/;
const maybeLong = (text) => {
    // A name of more than 63 bytes has at least 16 characters (4 bytes each at most).
    if (text.length < 16)
        return false;
    if (hasLongRun(text))
        return true;
    if (text.includes('"'))
        for (const m of text.matchAll(QUOTED))
            if (Buffer.byteLength(m[0]) > MAX + 2)
                return true;
    return NON_ASCII.test(text) && Buffer.byteLength(text) > MAX;
};
const NONE = new Set();
/** Identifiers as written, longer than 63 bytes. The parse tree cannot tell: the parser has truncated them. */
function longNames(text) {
    if (!maybeLong(text))
        return NONE;
    const out = new Set();
    for (const tok of (0,parser/* scanRaw */.it)(text).tokens) {
        if (tok.tokenName !== 'IDENT')
            continue;
        const name = tok.text.startsWith('"')
            ? tok.text.slice(1, -1).replace(/""/g, '"')
            : tok.text.toLowerCase();
        if (Buffer.byteLength(name) > MAX)
            out.add(name);
    }
    return out;
}
const identifierTooLong = defineRule({
    id: 'identifier-too-long',
    kinds: [
        'CreateStmt',
        'AlterTableStmt',
        'IndexStmt',
        'RenameStmt',
        'CreateEnumStmt',
        'CreateDomainStmt',
        'CreateSchemaStmt',
        'ViewStmt',
        'CreateTableAsStmt',
        'CreateSeqStmt',
        'CreateFunctionStmt',
        'CreateTrigStmt',
        'CompositeTypeStmt',
    ],
    risk: 'medium',
    summary: 'An identifier longer than 63 bytes',
    why: 'PostgreSQL silently truncates identifiers to 63 bytes (NAMEDATALEN - 1): the object gets a different name than the migration says, two long names can collide, and later migrations or code that use the full name fail.',
    lockRule: false,
    dataAware: false,
    examples: {
        bad: [
            {
                sql: 'CREATE INDEX orders_customer_id_created_at_status_shipping_country_region_postal_code_idx ON orders (customer_id);',
            },
        ],
        good: [{ sql: 'CREATE INDEX orders_customer_created_idx ON orders (customer_id, created_at);' }],
    },
    check(stmt) {
        return [...longNames(stmt.text)].map((name) => {
            const bytes = Buffer.from(name);
            const kept = bytes
                .subarray(0, MAX)
                .toString('utf8')
                .replace(/\uFFFD+$/, '');
            return {
                message: `identifier "${name}" is ${bytes.length} bytes: PostgreSQL truncates it to "${kept}"`,
                subject: `identifier longer than ${MAX} bytes`,
                safeAlternative: `-- choose a name of at most ${MAX} bytes, e.g. "${kept.slice(0, 40)}…", and use it everywhere`,
            };
        });
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/int-primary-key.ts



const SMALL_INTS = new Set(['int2', 'int4', 'serial', 'serial4', 'smallserial', 'serial2']);
const intPrimaryKey = defineRule({
    id: 'int-primary-key',
    kinds: ['CreateStmt', 'AlterTableStmt'],
    alterSubtypes: ['AT_AddColumn', 'AT_AlterColumnType'],
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
                message: `${c.primaryKey ? 'primary' : 'foreign'} key ${(0,lint_ast/* tableLabel */.Fr)(c.table)}.${c.name} is ${c.written}: 32-bit keys run out`,
                subject: `${c.written} key ${(0,lint_ast/* tableLabel */.Fr)(c.table)}.${c.name}`,
                safeAlternative: `-- declare it as: ${(0,lint_ast/* col */.nz)(c.name)} ${serial ? 'bigint GENERATED ALWAYS AS IDENTITY' : 'bigint'}`,
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
            fix = `CREATE TABLE IF NOT EXISTS ${(0,lint_ast/* tableSql */.dS)((0,lint_ast/* tableOf */.c_)(a.relation))} (...);`;
        }
        else if (stmt.kind === 'IndexStmt' && !a.if_not_exists && a.idxname) {
            what = 'CREATE INDEX';
            fix = `DROP INDEX CONCURRENTLY IF EXISTS ${(0,lint_ast/* col */.nz)(a.idxname)};  -- removes an INVALID leftover of a failed build\n${stmt.text.replace(/\bINDEX\s+(CONCURRENTLY\s+)?/i, (m) => `${m}IF NOT EXISTS `)};`;
        }
        else if (stmt.kind === 'DropStmt' && !a.missing_ok) {
            what = `DROP ${String(a.removeType).replace('OBJECT_', '')}`;
            fix = `${stmt.text.replace(/^(DROP\s+\w+(\s+CONCURRENTLY)?)/i, '$1 IF EXISTS')};`;
        }
        else if (stmt.kind === 'AlterTableStmt') {
            const cmd = (0,lint_ast/* alterCmds */.sy)(a).find((c) => (c.subtype === 'AT_AddColumn' || c.subtype === 'AT_DropColumn') && !c.missing_ok);
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
                    ? (0,lint_ast/* tableOf */.c_)(a.relation)
                    : undefined,
            },
        ];
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/missing-lock-timeout.ts


const missingLockTimeout = defineRule({
    id: 'missing-lock-timeout',
    kinds: ['AlterTableStmt', 'RenameStmt', 'TruncateStmt', 'IndexStmt', 'DropStmt', 'CreateStmt'],
    oncePerFile: true,
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
        if (stmt.kind === 'CreateStmt') {
            const target = existingReferencedTable(stmt.ast, ctx);
            if (!target)
                return [];
            return [
                {
                    message: `references ${(0,lint_ast/* tableLabel */.Fr)(target)}: creating the foreign key locks that table (SHARE ROW EXCLUSIVE) with no lock_timeout set earlier in the file`,
                    subject: `no lock_timeout before locking ${(0,lint_ast/* tableLabel */.Fr)(target)}`,
                    safeAlternative: `${LOCK_TIMEOUT}  -- at the top of the file; retry the migration if it times out`,
                    table: target,
                },
            ];
        }
        if (stmt.kind === 'DropStmt' && stmt.ast.removeType === 'OBJECT_INDEX' && !stmt.ast.concurrent) {
            const index = (0,lint_ast/* refFromNames */.Eu)((0,lint_ast/* nameList */.OD)(stmt.ast.objects?.[0]?.List?.items));
            const table = ctx.indexTable(index);
            return [
                {
                    message: `drops index ${(0,lint_ast/* tableLabel */.Fr)(index)} (ACCESS EXCLUSIVE on its table) with no lock_timeout set earlier in the file`,
                    subject: `no lock_timeout before DROP INDEX ${(0,lint_ast/* tableLabel */.Fr)(index)}`,
                    safeAlternative: `${LOCK_TIMEOUT}  -- at the top of the file; retry the migration if it times out`,
                    table,
                },
            ];
        }
        const locking = stmt.kind === 'AlterTableStmt' ||
            stmt.kind === 'RenameStmt' ||
            stmt.kind === 'TruncateStmt' ||
            (stmt.kind === 'IndexStmt' && !stmt.ast.concurrent) ||
            (stmt.kind === 'DropStmt' && stmt.ast.removeType === 'OBJECT_TABLE');
        if (!locking)
            return [];
        const table = stmt.kind === 'TruncateStmt'
            ? (0,lint_ast/* tableOf */.c_)(stmt.ast.relations?.[0]?.RangeVar)
            : stmt.kind === 'DropStmt'
                ? undefined
                : (0,lint_ast/* tableOf */.c_)(stmt.ast.relation);
        if (stmt.kind !== 'DropStmt' && !table)
            return [];
        return [
            {
                message: `takes a lock${table ? ` on ${(0,lint_ast/* tableLabel */.Fr)(table)}` : ''} with no lock_timeout set earlier in the file`,
                subject: `no lock_timeout${table ? ` before locking ${(0,lint_ast/* tableLabel */.Fr)(table)}` : ''}`,
                safeAlternative: `${LOCK_TIMEOUT}  -- at the top of the file; retry the migration if it times out`,
                table,
            },
        ];
    },
});
/** The first table a CREATE TABLE references by foreign key that is not created by the linted set. */
function existingReferencedTable(ast, ctx) {
    const self = (0,lint_ast/* tableOf */.c_)(ast.relation);
    const fks = [];
    for (const e of ast.tableElts ?? []) {
        if (e.Constraint?.contype === 'CONSTR_FOREIGN')
            fks.push(e.Constraint);
        for (const k of (0,lint_ast/* constraintsOf */.Im)(e.ColumnDef))
            if (k.contype === 'CONSTR_FOREIGN')
                fks.push(k);
    }
    for (const fk of fks) {
        const target = (0,lint_ast/* tableOf */.c_)(fk.pktable);
        if (!target || (self && (0,lint_ast/* tableKey */.ih)(target) === (0,lint_ast/* tableKey */.ih)(self)))
            continue;
        if (!ctx.isNewTable(target))
            return target;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/lint/rules/missing-statement-timeout.ts


// Sub-commands that scan or rewrite the table (their run time grows with its size).
const LONG_ALTERS = new Set([
    'AT_AlterColumnType',
    'AT_SetNotNull',
    'AT_ValidateConstraint',
    'AT_SetTableSpace',
    'AT_SetLogged',
    'AT_SetUnLogged',
]);
function canRunLong(kind, ast) {
    switch (kind) {
        case 'IndexStmt':
            // A concurrent build cancelled by a timeout leaves an INVALID index behind: not this rule's advice.
            return !ast.concurrent;
        case 'UpdateStmt':
        case 'DeleteStmt':
        case 'ClusterStmt':
        case 'ReindexStmt':
        case 'RefreshMatViewStmt':
        case 'CreateTableAsStmt':
            return true;
        case 'AlterTableStmt':
            return (0,lint_ast/* alterCmds */.sy)(ast).some((c) => LONG_ALTERS.has(c.subtype) ||
                (c.subtype === 'AT_AddConstraint' &&
                    c.def?.Constraint &&
                    !c.def.Constraint.skip_validation &&
                    c.def.Constraint.contype !== 'CONSTR_NOTNULL'));
        default:
            return false;
    }
}
const missingStatementTimeout = defineRule({
    id: 'missing-statement-timeout',
    kinds: [
        'IndexStmt',
        'UpdateStmt',
        'DeleteStmt',
        'ClusterStmt',
        'ReindexStmt',
        'RefreshMatViewStmt',
        'CreateTableAsStmt',
        'AlterTableStmt',
    ],
    risk: 'low',
    summary: 'A statement that can run long (scan, rewrite, index build, backfill) without SET statement_timeout earlier in the file (off unless lint.rules sets a level)',
    why: 'A migration that holds locks for longer than planned is worse than one that fails: statement_timeout bounds how long one statement may hold them. Off by default because a right limit depends on the table, and a timeout on a deliberate long operation fails the deploy.',
    lockRule: true,
    dataAware: false,
    defaultOff: true,
    oncePerFile: true,
    examples: {
        bad: [{ sql: 'CREATE INDEX orders_user_id_idx ON orders (user_id);' }],
        good: [{ sql: "SET statement_timeout = '15min';\nCREATE INDEX orders_user_id_idx ON orders (user_id);" }],
    },
    check(stmt, ctx) {
        if (ctx.statementTimeoutSet || !canRunLong(stmt.kind, stmt.ast))
            return [];
        return [
            {
                message: 'can run long and no statement_timeout is set earlier in the file',
                subject: 'no statement_timeout',
                safeAlternative: "SET statement_timeout = '15min';  -- at the top of the file: the longest you accept this migration to hold its locks",
                table: stmt.ast.relation?.relname
                    ? {
                        ...(stmt.ast.relation.schemaname ? { schema: stmt.ast.relation.schemaname } : {}),
                        name: stmt.ast.relation.relname,
                    }
                    : undefined,
            },
        ];
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/nested-transaction.ts

const OPENS = new Set(['TRANS_STMT_BEGIN', 'TRANS_STMT_START']);
const CONTROLS = new Set([...OPENS, 'TRANS_STMT_COMMIT', 'TRANS_STMT_ROLLBACK']);
const nestedTransaction = defineRule({
    id: 'nested-transaction',
    kinds: ['TransactionStmt'],
    risk: 'high',
    summary: 'BEGIN inside an open transaction, or transaction control in a file the runner wraps in one',
    why: "PostgreSQL has no nested transactions: a second BEGIN only warns, and the first COMMIT ends the outer transaction, so what follows runs outside it and is no longer all-or-nothing. A BEGIN/COMMIT in a file that the runner already wraps in a transaction does the same to the runner's transaction.",
    lockRule: false,
    dataAware: false,
    examples: {
        bad: [
            {
                sql: 'BEGIN;\nALTER TABLE users ADD COLUMN a text;\nBEGIN;\nALTER TABLE users ADD COLUMN b text;\nCOMMIT;\nCOMMIT;',
            },
            {
                sql: 'BEGIN;\nALTER TABLE users ADD COLUMN a text;\nCOMMIT;',
                assumeInTransaction: true,
                note: 'With --assume-in-transaction (the runner wraps the file).',
            },
        ],
        good: [
            {
                sql: 'BEGIN;\nALTER TABLE users ADD COLUMN a text;\nSAVEPOINT before_b;\nALTER TABLE users ADD COLUMN b text;\nCOMMIT;',
            },
        ],
    },
    check(stmt, ctx) {
        const kind = stmt.ast.kind;
        if (ctx.explicitTransaction && OPENS.has(kind)) {
            return [
                {
                    message: 'BEGIN inside a transaction that is already open: PostgreSQL ignores it, and the next COMMIT ends the outer transaction',
                    subject: 'nested BEGIN',
                    safeAlternative: 'SAVEPOINT <name>;  -- instead of the inner BEGIN; ROLLBACK TO SAVEPOINT <name> / RELEASE SAVEPOINT <name> instead of its end',
                },
            ];
        }
        if (!ctx.explicitTransaction && ctx.assumeInTransaction && CONTROLS.has(kind)) {
            return [
                {
                    message: `${stmt.text.split(/\s+/)[0].toUpperCase()} in a file the runner already runs in a transaction: it ends or nests the runner's transaction`,
                    subject: 'transaction control in a transactional file',
                    safeAlternative: '-- remove BEGIN/COMMIT: the runner wraps the file in a transaction already',
                },
            ];
        }
        return [];
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/prefer-identity.ts



const prefer_identity_SERIAL = {
    serial: 'integer',
    serial4: 'integer',
    bigserial: 'bigint',
    serial8: 'bigint',
    smallserial: 'smallint',
    serial2: 'smallint',
};
const preferIdentity = defineRule({
    id: 'prefer-identity',
    kinds: ['CreateStmt', 'AlterTableStmt'],
    alterSubtypes: ['AT_AddColumn', 'AT_AlterColumnType'],
    risk: 'low',
    summary: 'serial / bigserial columns instead of identity columns',
    why: 'serial is a legacy shorthand: the sequence is a separate object with its own permissions and ownership, is easy to get out of step when copying data, and allows explicit inserts that later collide. GENERATED ... AS IDENTITY is the SQL-standard replacement.',
    lockRule: false,
    dataAware: false,
    examples: {
        bad: [{ sql: 'CREATE TABLE events (id bigserial PRIMARY KEY, payload jsonb);' }],
        good: [
            { sql: 'CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, payload jsonb);' },
        ],
    },
    check(stmt) {
        return declaredColumns(stmt)
            .filter((c) => prefer_identity_SERIAL[c.written])
            .map((c) => ({
            message: `column ${(0,lint_ast/* tableLabel */.Fr)(c.table)}.${c.name} is ${c.written}: prefer an identity column`,
            subject: `${c.written} column ${(0,lint_ast/* tableLabel */.Fr)(c.table)}.${c.name}`,
            safeAlternative: `-- declare it as: ${(0,lint_ast/* col */.nz)(c.name)} ${prefer_identity_SERIAL[c.written]} GENERATED ALWAYS AS IDENTITY`,
            table: c.table,
        }));
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/prefer-text-over-varchar.ts



const preferTextOverVarchar = defineRule({
    id: 'prefer-text-over-varchar',
    kinds: ['CreateStmt', 'AlterTableStmt'],
    alterSubtypes: ['AT_AddColumn', 'AT_AlterColumnType'],
    risk: 'low',
    summary: 'varchar(n) columns instead of text with a CHECK (off unless lint.rules sets a level)',
    why: 'varchar(n) is stored exactly like text; its only effect is the length limit, and lowering that limit later rewrites or scans the table under an exclusive lock, while a CHECK (length(col) <= n) can be replaced NOT VALID then validated without blocking. Opinionated, so off by default.',
    lockRule: false,
    dataAware: false,
    defaultOff: true,
    examples: {
        bad: [{ sql: 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255));' }],
        good: [{ sql: 'CREATE TABLE users (id bigint PRIMARY KEY, email text CHECK (length(email) <= 255));' }],
    },
    check(stmt) {
        return declaredColumns(stmt)
            .filter((c) => c.type.name === 'varchar' && c.type.mods.length > 0)
            .map((c) => ({
            message: `column ${(0,lint_ast/* tableLabel */.Fr)(c.table)}.${c.name} is varchar(${c.type.mods[0]}): prefer text with a CHECK`,
            subject: `varchar column ${(0,lint_ast/* tableLabel */.Fr)(c.table)}.${c.name}`,
            safeAlternative: `-- declare it as: ${(0,lint_ast/* col */.nz)(c.name)} text CHECK (length(${(0,lint_ast/* col */.nz)(c.name)}) <= ${c.type.mods[0]})`,
            table: c.table,
        }));
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/reindex-without-concurrently.ts


const hasOption = (ast, name) => (ast?.params ?? ast?.options ?? []).some((p) => p?.DefElem?.defname === name);
const reindexWithoutConcurrently = defineRule({
    id: 'reindex-without-concurrently',
    kinds: ['ReindexStmt'],
    risk: 'high',
    summary: 'REINDEX without CONCURRENTLY',
    why: 'REINDEX locks out writes to the table (and reads that use the index) until the rebuild ends. PostgreSQL 12+ can REINDEX CONCURRENTLY without blocking.',
    lockRule: true,
    dataAware: true,
    examples: {
        bad: [{ sql: 'REINDEX INDEX orders_user_id_idx;' }, { sql: 'REINDEX TABLE orders;' }],
        good: [{ sql: 'REINDEX INDEX CONCURRENTLY orders_user_id_idx;' }],
    },
    check(stmt, ctx) {
        if (hasOption(stmt.ast, 'concurrently'))
            return [];
        const rel = stmt.ast.relation;
        const target = rel?.relname ?? stmt.ast.name ?? 'the target';
        const table = stmt.ast.kind === 'REINDEX_OBJECT_TABLE' ? (0,lint_ast/* tableOf */.c_)(rel) : undefined;
        const index = stmt.ast.kind === 'REINDEX_OBJECT_INDEX' ? (0,lint_ast/* tableOf */.c_)(rel) : undefined;
        const concurrentSql = stmt.text.replace(/^(\s*reindex\s*(?:\([^)]*\)\s*)?\w+)/i, '$1 CONCURRENTLY');
        return [
            {
                message: `REINDEX of ${target} without CONCURRENTLY: blocks writes until the rebuild ends`,
                subject: `REINDEX ${target}`,
                safeAlternative: ctx.pgVersion >= 12
                    ? `${concurrentSql};  -- outside a transaction block`
                    : [
                        `-- PostgreSQL ${ctx.pgVersion} has no REINDEX CONCURRENTLY: build a replacement, then swap`,
                        'CREATE INDEX CONCURRENTLY <new_index> ON <table> (<same columns>);',
                        'DROP INDEX CONCURRENTLY <old_index>;',
                        'ALTER INDEX <new_index> RENAME TO <old_index>;',
                    ].join('\n'),
                table: table ?? (index ? ctx.indexTable(index) : undefined),
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
        const table = (0,lint_ast/* tableOf */.c_)(stmt.ast.relation);
        if (!table)
            return [];
        const from = stmt.ast.subname;
        const to = stmt.ast.newname;
        const t = (0,lint_ast/* tableSql */.dS)(table);
        return [
            {
                message: `renames column ${(0,lint_ast/* tableLabel */.Fr)(table)}.${from} to ${to}: running code that uses the old name breaks`,
                subject: `RENAME COLUMN ${(0,lint_ast/* tableLabel */.Fr)(table)}.${from}`,
                safeAlternative: [
                    LOCK_TIMEOUT,
                    `ALTER TABLE ${t} ADD COLUMN ${(0,lint_ast/* col */.nz)(to)} <type of ${(0,lint_ast/* col */.nz)(from)}>;`,
                    `-- a trigger copies ${(0,lint_ast/* col */.nz)(from)} to ${(0,lint_ast/* col */.nz)(to)} on write; backfill ${(0,lint_ast/* col */.nz)(to)} in batches from a script`,
                    `-- deploy code that reads and writes ${(0,lint_ast/* col */.nz)(to)}; then, in a later migration:`,
                    `ALTER TABLE ${t} DROP COLUMN ${(0,lint_ast/* col */.nz)(from)};`,
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
        const table = (0,lint_ast/* tableOf */.c_)(stmt.ast.relation);
        if (!table)
            return [];
        const to = stmt.ast.newname;
        const next = table.schema ? (0,lint_ast/* tableSql */.dS)({ schema: table.schema, name: to }) : (0,lint_ast/* col */.nz)(to);
        return [
            {
                message: `renames table ${(0,lint_ast/* tableLabel */.Fr)(table)} to ${to}: running code that uses the old name breaks`,
                subject: `RENAME TABLE ${(0,lint_ast/* tableLabel */.Fr)(table)}`,
                safeAlternative: [
                    'BEGIN;',
                    LOCK_TIMEOUT,
                    `ALTER TABLE ${(0,lint_ast/* tableSql */.dS)(table)} RENAME TO ${(0,lint_ast/* col */.nz)(to)};`,
                    `CREATE VIEW ${(0,lint_ast/* tableSql */.dS)(table)} AS SELECT * FROM ${next};  -- simple views are updatable: old code keeps working`,
                    'COMMIT;',
                    `-- once no client uses the old name, in a later migration: DROP VIEW ${(0,lint_ast/* tableSql */.dS)(table)};`,
                ].join('\n'),
                table,
            },
        ];
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/setting-logged-or-unlogged.ts


const settingLoggedOrUnlogged = defineRule({
    id: 'setting-logged-or-unlogged',
    kinds: ['AlterTableStmt'],
    alterSubtypes: ['AT_SetLogged', 'AT_SetUnLogged'],
    risk: 'high',
    summary: 'ALTER TABLE ... SET LOGGED / SET UNLOGGED',
    why: 'Switching persistence rewrites the whole table under an ACCESS EXCLUSIVE lock (SET LOGGED also writes it all to the WAL); an UNLOGGED table is emptied after a crash and is not replicated.',
    lockRule: true,
    dataAware: true,
    examples: {
        bad: [{ sql: 'ALTER TABLE events SET UNLOGGED;' }, { sql: 'ALTER TABLE events SET LOGGED;' }],
        good: [
            {
                sql: 'CREATE UNLOGGED TABLE staging (id bigint);\nALTER TABLE staging SET LOGGED;',
                note: 'Exempt: the table is new.',
            },
        ],
    },
    check(stmt) {
        const table = (0,lint_ast/* tableOf */.c_)(stmt.ast.relation);
        if (!table)
            return [];
        return (0,lint_ast/* alterCmds */.sy)(stmt.ast)
            .filter((c) => c.subtype === 'AT_SetLogged' || c.subtype === 'AT_SetUnLogged')
            .map((c) => {
            const to = c.subtype === 'AT_SetLogged' ? 'LOGGED' : 'UNLOGGED';
            return {
                message: `SET ${to} rewrites ${(0,lint_ast/* tableLabel */.Fr)(table)} under an ACCESS EXCLUSIVE lock`,
                subject: `SET ${to} ${(0,lint_ast/* tableLabel */.Fr)(table)}`,
                safeAlternative: `-- create a new ${to.toLowerCase()} table, copy the rows in batches, then swap names in a short transaction:\nCREATE ${to === 'UNLOGGED' ? 'UNLOGGED ' : ''}TABLE <new_table> (LIKE <table> INCLUDING ALL);`,
                table,
            };
        });
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/setting-not-null.ts


const settingNotNull = defineRule({
    id: 'setting-not-null',
    kinds: ['AlterTableStmt'],
    alterSubtypes: ['AT_SetNotNull'],
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
        const table = (0,lint_ast/* tableOf */.c_)(stmt.ast.relation);
        if (!table)
            return [];
        return (0,lint_ast/* alterCmds */.sy)(stmt.ast)
            .filter((c) => c.subtype === 'AT_SetNotNull')
            .filter((c) => !(ctx.pgVersion >= 12 && ctx.hasValidatedNotNullCheck(table, c.name)))
            .map((c) => {
            const t = (0,lint_ast/* tableSql */.dS)(table);
            const check = (0,lint_ast/* col */.nz)(`${table.name}_${c.name}_not_null`);
            const steps = ctx.pgVersion >= 12
                ? [
                    LOCK_TIMEOUT,
                    `ALTER TABLE ${t} ADD CONSTRAINT ${check} CHECK (${(0,lint_ast/* col */.nz)(c.name)} IS NOT NULL) NOT VALID;`,
                    `ALTER TABLE ${t} VALIDATE CONSTRAINT ${check};  -- scans without blocking writes`,
                    `ALTER TABLE ${t} ALTER COLUMN ${(0,lint_ast/* col */.nz)(c.name)} SET NOT NULL;  -- uses the check, no scan`,
                    `ALTER TABLE ${t} DROP CONSTRAINT ${check};`,
                ]
                : [
                    `-- PostgreSQL ${ctx.pgVersion} always scans for SET NOT NULL; keep a validated CHECK instead:`,
                    LOCK_TIMEOUT,
                    `ALTER TABLE ${t} ADD CONSTRAINT ${check} CHECK (${(0,lint_ast/* col */.nz)(c.name)} IS NOT NULL) NOT VALID;`,
                    `ALTER TABLE ${t} VALIDATE CONSTRAINT ${check};`,
                ];
            return {
                message: `sets ${(0,lint_ast/* tableLabel */.Fr)(table)}.${c.name} NOT NULL without a validated CHECK: scans the table under an exclusive lock`,
                subject: `SET NOT NULL ${(0,lint_ast/* tableLabel */.Fr)(table)}.${c.name}`,
                safeAlternative: steps.join('\n'),
                table,
            };
        });
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/setting-tablespace.ts


const settingTablespace = defineRule({
    id: 'setting-tablespace',
    kinds: ['AlterTableStmt'],
    alterSubtypes: ['AT_SetTableSpace'],
    risk: 'high',
    summary: 'ALTER TABLE / INDEX ... SET TABLESPACE',
    why: 'Moving a table or index to another tablespace copies every block under an ACCESS EXCLUSIVE lock: no reads or writes until the copy ends.',
    lockRule: true,
    dataAware: true,
    examples: {
        bad: [
            { sql: 'ALTER TABLE orders SET TABLESPACE fast_ssd;' },
            { sql: 'ALTER INDEX orders_pkey SET TABLESPACE fast_ssd;' },
        ],
        good: [
            {
                sql: 'CREATE TABLE archive (id bigint);\nALTER TABLE archive SET TABLESPACE slow_disk;',
                note: 'Exempt: the table is new.',
            },
        ],
    },
    check(stmt, ctx) {
        const rel = (0,lint_ast/* tableOf */.c_)(stmt.ast.relation);
        if (!rel)
            return [];
        const isIndex = stmt.ast.objtype === 'OBJECT_INDEX';
        return (0,lint_ast/* alterCmds */.sy)(stmt.ast)
            .filter((c) => c.subtype === 'AT_SetTableSpace')
            .map((c) => ({
            message: `moves ${isIndex ? 'index' : 'table'} ${(0,lint_ast/* tableLabel */.Fr)(rel)} to tablespace ${c.name}: copies it under an ACCESS EXCLUSIVE lock`,
            subject: `SET TABLESPACE ${(0,lint_ast/* tableLabel */.Fr)(rel)}`,
            safeAlternative: isIndex
                ? `-- build a copy in the new tablespace without blocking, then swap:\nCREATE INDEX CONCURRENTLY <new_index> ON <table> (<same columns>) TABLESPACE ${c.name};\nDROP INDEX CONCURRENTLY ${(0,lint_ast/* tableLabel */.Fr)(rel)};`
                : `-- move it online with pg_repack from a maintenance job:\n-- pg_repack --table=${(0,lint_ast/* tableLabel */.Fr)(rel)} --tablespace=${c.name} <database>`,
            table: isIndex ? ctx.indexTable(rel) : rel,
        }));
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/timestamp-without-time-zone.ts



const timestampWithoutTimeZone = defineRule({
    id: 'timestamp-without-time-zone',
    kinds: ['CreateStmt', 'AlterTableStmt'],
    alterSubtypes: ['AT_AddColumn', 'AT_AlterColumnType'],
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
            message: `column ${(0,lint_ast/* tableLabel */.Fr)(c.table)}.${c.name} is timestamp without time zone; use timestamptz`,
            subject: `timestamp column ${(0,lint_ast/* tableLabel */.Fr)(c.table)}.${c.name}`,
            safeAlternative: `-- declare it as: ${(0,lint_ast/* col */.nz)(c.name)} timestamptz`,
            table: c.table,
        }));
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/transaction-never-closed.ts

const transactionNeverClosed = defineRule({
    id: 'transaction-never-closed',
    kinds: [],
    risk: 'high',
    summary: 'A file that opens a transaction and never commits it',
    why: 'Without COMMIT the changes of the file are rolled back when the session ends, or stay uncommitted holding their locks while the runner goes on to the next file, depending on the tool. Either way the migration does not do what it says.',
    lockRule: false,
    dataAware: false,
    examples: {
        bad: [{ sql: 'BEGIN;\nALTER TABLE users ADD COLUMN nickname text;' }],
        good: [{ sql: 'BEGIN;\nALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;' }],
    },
    check: () => [],
    endOfFile(file, ctx) {
        if (!ctx.openTransaction)
            return [];
        return [
            {
                stmt: ctx.openTransaction,
                hit: {
                    message: `the transaction opened at line ${ctx.openTransaction.line} is never committed: add COMMIT at the end of ${file.file}`,
                    subject: 'transaction never closed',
                    safeAlternative: `${ctx.openTransaction.text};\n-- ... the statements of the migration ...\nCOMMIT;`,
                },
            },
        ];
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
            const table = (0,lint_ast/* tableOf */.c_)(r.RangeVar);
            if (!table)
                return [];
            return [
                {
                    message: `truncates ${(0,lint_ast/* tableLabel */.Fr)(table)}: every row is deleted`,
                    subject: `TRUNCATE ${(0,lint_ast/* tableLabel */.Fr)(table)}`,
                    safeAlternative: [
                        '-- if the data must go, do it outside the migration, in batches:',
                        `DELETE FROM ${(0,lint_ast/* tableSql */.dS)(table)} WHERE ctid IN (SELECT ctid FROM ${(0,lint_ast/* tableSql */.dS)(table)} LIMIT 1000);  -- repeat until 0 rows`,
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
        const t = (0,lint_ast/* tableSql */.dS)(change.table);
        return [
            {
                message: `${change.verb} without WHERE changes every row of ${(0,lint_ast/* tableLabel */.Fr)(change.table)}`,
                subject: `${change.verb} ${(0,lint_ast/* tableLabel */.Fr)(change.table)} (all rows)`,
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
    alterSubtypes: ['AT_AddConstraint'],
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
            const keys = (0,lint_ast/* nameList */.OD)(c.constraint.keys);
            const name = c.name ?? `${c.table.name}_${primary ? 'pkey' : `${keys.join('_')}_key`}`;
            const t = (0,lint_ast/* tableSql */.dS)(c.table);
            return {
                message: `adds ${primary ? 'PRIMARY KEY' : 'UNIQUE'} on ${(0,lint_ast/* tableLabel */.Fr)(c.table)} (${keys.join(', ')}): builds the index under an exclusive lock`,
                subject: `ADD ${primary ? 'PRIMARY KEY' : 'UNIQUE'} ${(0,lint_ast/* tableLabel */.Fr)(c.table)}`,
                safeAlternative: [
                    `CREATE UNIQUE INDEX CONCURRENTLY ${(0,lint_ast/* col */.nz)(name)} ON ${t} (${keys.map(lint_ast/* col */.nz).join(', ')});  -- outside a transaction`,
                    `-- if it fails it leaves an INVALID index: DROP INDEX CONCURRENTLY IF EXISTS ${(0,lint_ast/* col */.nz)(name)}; then retry`,
                    LOCK_TIMEOUT,
                    `ALTER TABLE ${t} ADD CONSTRAINT ${(0,lint_ast/* col */.nz)(name)} ${primary ? 'PRIMARY KEY' : 'UNIQUE'} USING INDEX ${(0,lint_ast/* col */.nz)(name)};`,
                ].join('\n'),
                table: c.table,
            };
        });
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/unused-ignore.ts

/** Reported by the linter itself after each file: a pragma is unused only once every rule has run. */
const unusedIgnore = defineRule({
    id: 'unused-ignore',
    kinds: [],
    risk: 'low',
    summary: 'A schemagate:ignore pragma that suppresses nothing',
    why: 'A pragma whose finding no longer occurs (the statement changed, or the rule became more precise) hides the next real finding of that rule on the same statement or file; stale pragmas pile up unless they are reported.',
    lockRule: false,
    dataAware: false,
    examples: {
        bad: [
            {
                sql: '-- schemagate:ignore dropping-column the column was never read\nALTER TABLE users ADD COLUMN nickname text;',
            },
        ],
        good: [
            {
                sql: '-- schemagate:ignore dropping-column the column was never read\nALTER TABLE users DROP COLUMN nickname;',
            },
        ],
    },
    check: () => [],
});
function unusedIgnores(file, ignores, used, enabledRules) {
    const first = file.statements[0];
    if (!first)
        return [];
    const out = [];
    const check = (i, stmt, scope) => {
        // A pragma for a rule turned off in config suppresses nothing today, but is not stale.
        if (used.has(i) || !enabledRules.has(i.ruleId))
            return;
        out.push({
            stmt,
            at: { line: i.line, column: 1 },
            hit: {
                message: `this schemagate:ignore ${i.ruleId} pragma suppresses nothing ${scope}: remove it`,
                subject: `unused ignore of ${i.ruleId}`,
                safeAlternative: `-- delete line ${i.line}: ${i.ruleId} does not fire ${scope}`,
            },
        });
    };
    for (const i of ignores.file)
        check(i, first, 'in this file');
    for (const s of file.statements)
        for (const i of ignores.byStatement.get(s.index) ?? [])
            check(i, s, 'on this statement');
    return out.sort((a, b) => a.at.line - b.at.line);
}

;// CONCATENATED MODULE: ./src/core/lint/rules/update-assigns-column-twice.ts


const updateAssignsColumnTwice = defineRule({
    id: 'update-assigns-column-twice',
    kinds: ['UpdateStmt', 'InsertStmt'],
    risk: 'high',
    summary: 'An UPDATE (or ON CONFLICT DO UPDATE) that assigns the same column twice',
    why: 'PostgreSQL rejects it ("multiple assignments to same column"), so the migration fails when deployed; it is usually a copy-paste slip where another column was meant.',
    lockRule: false,
    dataAware: false,
    examples: {
        bad: [{ sql: "UPDATE users SET status = 'active', status = 'verified' WHERE id = 1;" }],
        good: [{ sql: "UPDATE users SET status = 'active', verified_at = now() WHERE id = 1;" }],
    },
    check(stmt) {
        const targets = stmt.kind === 'UpdateStmt' ? stmt.ast.targetList : stmt.ast.onConflictClause?.targetList;
        if (!targets?.length)
            return [];
        const seen = new Set();
        const twice = new Set();
        for (const t of targets) {
            const name = t?.ResTarget?.name;
            if (!name)
                continue;
            // `SET a[1] = x, a[2] = y` and `SET c.f1 = x, c.f2 = y` assign parts, which is allowed.
            if (t.ResTarget.indirection?.length)
                continue;
            if (seen.has(name))
                twice.add(name);
            seen.add(name);
        }
        const table = (0,lint_ast/* tableOf */.c_)(stmt.ast.relation);
        return [...twice].map((name) => ({
            message: `assigns ${table ? `${(0,lint_ast/* tableLabel */.Fr)(table)}.` : ''}${name} more than once: PostgreSQL rejects the statement`,
            subject: `column ${name} assigned twice`,
            safeAlternative: `-- keep one assignment of ${name} (or fix the column name of the other)`,
        }));
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
                .map((o) => (o.List ? (0,lint_ast/* nameList */.OD)(o.List.items) : (0,lint_ast/* nameList */.OD)([o])).join('.'))
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

;// CONCATENATED MODULE: ./src/core/lint/rules/vacuum-full.ts


const vacuumFull = defineRule({
    id: 'vacuum-full',
    kinds: ['VacuumStmt'],
    risk: 'high',
    summary: 'VACUUM FULL',
    why: 'VACUUM FULL rewrites each table under an ACCESS EXCLUSIVE lock (no reads or writes until it ends), and it cannot run inside a transaction block.',
    lockRule: true,
    dataAware: true,
    examples: {
        bad: [{ sql: 'VACUUM FULL orders;' }, { sql: 'VACUUM (FULL, ANALYZE) orders;' }],
        good: [{ sql: 'VACUUM (ANALYZE) orders;' }],
    },
    check(stmt) {
        if (!stmt.ast.is_vacuumcmd)
            return [];
        if (!(stmt.ast.options ?? []).some((o) => o?.DefElem?.defname === 'full'))
            return [];
        const rels = (stmt.ast.rels ?? []).map((r) => (0,lint_ast/* tableOf */.c_)(r?.VacuumRelation?.relation)).filter(Boolean);
        const targets = rels.length ? rels : [undefined];
        return targets.map((table) => ({
            message: `VACUUM FULL rewrites ${table ? (0,lint_ast/* tableLabel */.Fr)(table) : 'every table of the database'} under an ACCESS EXCLUSIVE lock`,
            subject: `VACUUM FULL ${table ? (0,lint_ast/* tableLabel */.Fr)(table) : '(database)'}`,
            safeAlternative: '-- plain VACUUM does not block; to give space back online use pg_repack from a maintenance job:\nVACUUM (ANALYZE) <table>;',
            table,
        }));
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/validating-constraint-in-same-transaction.ts


const validatingConstraintInSameTransaction = defineRule({
    id: 'validating-constraint-in-same-transaction',
    kinds: ['AlterTableStmt'],
    alterSubtypes: ['AT_ValidateConstraint'],
    risk: 'medium',
    summary: 'VALIDATE CONSTRAINT in the same transaction as the ADD ... NOT VALID it validates',
    why: 'NOT VALID exists so the lock of ADD CONSTRAINT is short and the long validation runs later under a weaker lock. In the same transaction the ACCESS EXCLUSIVE lock of the ADD is still held while VALIDATE scans the table, which is exactly what NOT VALID was meant to avoid.',
    lockRule: true,
    dataAware: true,
    examples: {
        bad: [
            {
                sql: 'BEGIN;\nALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;\nCOMMIT;',
            },
        ],
        good: [
            {
                sql: 'BEGIN;\nALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\nCOMMIT;\nALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;',
            },
        ],
    },
    check(stmt, ctx) {
        const table = (0,lint_ast/* tableOf */.c_)(stmt.ast.relation);
        if (!table)
            return [];
        return (0,lint_ast/* alterCmds */.sy)(stmt.ast)
            .filter((c) => c.subtype === 'AT_ValidateConstraint' && ctx.addedNotValidInThisTransaction(table, c.name))
            .map((c) => ({
            message: `validates ${c.name} in the transaction that added it NOT VALID: the exclusive lock of the ADD is held during the scan`,
            subject: `VALIDATE ${(0,lint_ast/* tableLabel */.Fr)(table)}.${c.name} in the same transaction`,
            safeAlternative: `COMMIT;  -- end the transaction of the ADD ... NOT VALID first (or move this to the next migration file)\nALTER TABLE ${(0,lint_ast/* tableSql */.dS)(table)} VALIDATE CONSTRAINT ${(0,lint_ast/* col */.nz)(c.name)};`,
            table,
        }));
    },
});

;// CONCATENATED MODULE: ./src/core/lint/rules/volatile-default.ts



const volatileDefault = defineRule({
    id: 'volatile-default',
    kinds: ['AlterTableStmt'],
    alterSubtypes: ['AT_AddColumn'],
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
    check(stmt, ctx) {
        return addedColumns(stmt, ctx)
            .filter((c) => c.defaultKind === 'volatile' && !c.serial)
            .map((c) => ({
            message: `adds column ${(0,lint_ast/* tableLabel */.Fr)(c.table)}.${c.name} with a volatile DEFAULT: every row is rewritten`,
            subject: `ADD COLUMN ${(0,lint_ast/* tableLabel */.Fr)(c.table)}.${c.name} volatile DEFAULT`,
            safeAlternative: [
                LOCK_TIMEOUT,
                `ALTER TABLE ${(0,lint_ast/* tableSql */.dS)(c.table)} ADD COLUMN ${(0,lint_ast/* col */.nz)(c.name)} ${(0,lint_ast/* columnDefTypeSql */.s2)(c.def)};`,
                `ALTER TABLE ${(0,lint_ast/* tableSql */.dS)(c.table)} ALTER COLUMN ${(0,lint_ast/* col */.nz)(c.name)} SET DEFAULT <the volatile default>;  -- new rows only, no rewrite`,
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
    addingStoredGeneratedColumn,
    addingUniqueColumn,
    addingForeignKeyColumn,
    addingSerialPrimaryKey,
    droppingColumn,
    changingColumnType,
    droppingTable,
    addingCheckConstraint,
    foreignKeyWithoutNotValid,
    uniqueConstraintWithoutIndex,
    settingNotNull,
    droppingNotNull,
    droppingConstraint,
    alteringConstraint,
    validatingConstraintInSameTransaction,
    domainConstraint,
    renamingColumn,
    renamingTable,
    backfillInMigration,
    unboundedUpdateDelete,
    updateAssignsColumnTwice,
    creatingIndexWithoutConcurrently,
    droppingIndexWithoutConcurrently,
    concurrentlyInTransaction,
    reindexWithoutConcurrently,
    detachingPartitionWithoutConcurrently,
    clusteringTable,
    vacuumFull,
    settingLoggedOrUnlogged,
    settingTablespace,
    addingEnumValue,
    charType,
    intPrimaryKey,
    timestampWithoutTimeZone,
    preferIdentity,
    preferTextOverVarchar,
    identifierTooLong,
    truncatingTable,
    usingCascade,
    droppingDatabaseOrSchema,
    missingLockTimeout,
    missingStatementTimeout,
    transactionNeverClosed,
    nestedTransaction,
    missingIfExists,
    unusedIgnore,
];
const ruleById = new Map(rules_rules.map((r) => [r.id, r]));

// EXTERNAL MODULE: ./src/core/lint/functions.ts
var functions = __webpack_require__(84320);
;// CONCATENATED MODULE: ./src/core/lint/setState.ts


const CONSTRAINT_KINDS = {
    CONSTR_PRIMARY: 'primary',
    CONSTR_UNIQUE: 'unique',
    CONSTR_FOREIGN: 'foreign',
    CONSTR_CHECK: 'check',
    CONSTR_EXCLUSION: 'exclusion',
};
/** The suffix PostgreSQL gives a constraint's default name. */
const NAME_SUFFIX = {
    primary: 'pkey',
    unique: 'key',
    foreign: 'fkey',
    check: 'check',
    exclusion: 'excl',
    other: '',
};
class MigrationSetState {
    pgVersion;
    options;
    newTables = new Set();
    /** Column types by table key, then column name (no composite key string per lookup). */
    columns = new Map();
    indexes = new Map();
    validatedChecks = new Set();
    /** NOT VALID checks of the form (col IS NOT NULL), by table and constraint name. */
    pendingChecks = new Map();
    constraints = new Map();
    referenced = new Set();
    enums = new Map();
    functions = new Map();
    /** NOT VALID constraints added in the transaction still open, by `table/constraint`. */
    notValidInTx = new Set();
    inTransaction = false;
    openTransaction;
    lockTimeoutSet = false;
    statementTimeoutSet = false;
    nonTransactional = false;
    wrapped = false;
    constructor(pgVersion, options = {}) {
        this.pgVersion = pgVersion;
        this.options = options;
        for (const [name, v] of options.functionVolatility ?? [])
            this.functions.set(name, v);
    }
    startFile(file) {
        this.inTransaction = false;
        this.openTransaction = undefined;
        this.notValidInTx.clear();
        this.lockTimeoutSet = false;
        this.statementTimeoutSet = false;
        const declaredNonTx = file.directives.some((d) => d.name === 'schemagate:no-transaction' ||
            (d.name === 'migrate:up' && /transaction:false/.test(d.args)) ||
            (d.name === 'atlas:txmode' && /none/.test(d.args)));
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
    context() {
        this.ctx ??= this.makeContext();
        return this.ctx;
    }
    ctx;
    makeContext() {
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
            addedNotValidInThisTransaction: (t, c) => this.notValidInTx.has(`${(0,lint_ast/* tableKey */.ih)(t)}/${c}`),
            constraintInfo: (t, c) => this.constraints.get(`${(0,lint_ast/* tableKey */.ih)(t)}/${c}`),
            referencedByForeignKeys: (t) => this.referenced.has((0,lint_ast/* tableKey */.ih)(t)),
            enumLabels: (t) => this.enums.get((0,lint_ast/* tableKey */.ih)(t)),
            functionVolatility: (name) => this.functions.get(name.toLowerCase()) ?? (0,functions/* builtinVolatility */.ZN)(name),
            isNewTable: (t) => this.isNewTable(t),
            columnType: (t, c) => this.columns.get((0,lint_ast/* tableKey */.ih)(t))?.get(c),
            indexTable: (i) => this.indexes.get((0,lint_ast/* tableKey */.ih)(i)),
            hasValidatedNotNullCheck: (t, c) => this.validatedChecks.has(`${(0,lint_ast/* tableKey */.ih)(t)}.${c}`),
        };
    }
    endContext() {
        return Object.assign(Object.create(this.context()), { openTransaction: this.openTransaction });
    }
    isNewTable(t) {
        return this.newTables.has((0,lint_ast/* tableKey */.ih)(t));
    }
    /** Records what a statement changes. `linted` is false for already-applied context files. */
    apply(stmt, linted) {
        const a = stmt.ast;
        switch (stmt.kind) {
            case 'TransactionStmt':
                if (a.kind === 'TRANS_STMT_BEGIN' || a.kind === 'TRANS_STMT_START') {
                    if (!this.inTransaction)
                        this.openTransaction = stmt;
                    this.inTransaction = true;
                }
                if (a.kind === 'TRANS_STMT_COMMIT' ||
                    a.kind === 'TRANS_STMT_ROLLBACK' ||
                    a.kind === 'TRANS_STMT_COMMIT_PREPARED' ||
                    a.kind === 'TRANS_STMT_PREPARE') {
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
                const table = (0,lint_ast/* tableOf */.c_)(stmt.kind === 'CreateStmt' ? a.relation : a.into?.rel);
                if (!table)
                    return;
                const key = (0,lint_ast/* tableKey */.ih)(table);
                if (linted)
                    this.newTables.add(key);
                for (const e of a.tableElts ?? []) {
                    const t = (0,lint_ast/* columnTypeOf */.gy)(e.ColumnDef?.typeName);
                    if (t)
                        this.tableColumns(key).set(e.ColumnDef.colname, t);
                    // NOT NULL and DEFAULT, most column constraints, have no name to remember.
                    for (const c of e.ColumnDef?.constraints ?? [])
                        if (CONSTRAINT_KINDS[c.Constraint?.contype])
                            this.recordConstraint(table, c.Constraint, [e.ColumnDef.colname]);
                    if (e.Constraint)
                        this.recordConstraint(table, e.Constraint, (0,lint_ast/* nameList */.OD)(e.Constraint.keys));
                }
                return;
            }
            case 'CreateEnumStmt':
                this.enums.set((0,lint_ast/* tableKey */.ih)((0,lint_ast/* refFromNames */.Eu)((0,lint_ast/* nameList */.OD)(a.typeName))), (0,lint_ast/* nameList */.OD)(a.vals));
                return;
            case 'AlterEnumStmt': {
                const labels = this.enums.get((0,lint_ast/* tableKey */.ih)((0,lint_ast/* refFromNames */.Eu)((0,lint_ast/* nameList */.OD)(a.typeName))));
                if (!labels || !a.newVal || a.oldVal)
                    return;
                const at = a.newValNeighbor ? labels.indexOf(a.newValNeighbor) : -1;
                if (at < 0)
                    labels.push(a.newVal);
                else
                    labels.splice(a.newValIsAfter ? at + 1 : at, 0, a.newVal);
                return;
            }
            case 'CreateFunctionStmt': {
                const name = (0,lint_ast/* nameList */.OD)(a.funcname).at(-1)?.toLowerCase();
                if (!name)
                    return;
                const v = (a.options ?? []).map((o) => o.DefElem).find((d) => d?.defname === 'volatility')
                    ?.arg?.String?.sval;
                this.functions.set(name, v === 'immutable' || v === 'stable' ? v : 'volatile');
                return;
            }
            case 'IndexStmt': {
                const table = (0,lint_ast/* tableOf */.c_)(a.relation);
                if (table && a.idxname)
                    this.indexes.set((0,lint_ast/* tableKey */.ih)({ schema: table.schema, name: a.idxname }), table);
                return;
            }
            case 'RenameStmt': {
                const table = (0,lint_ast/* tableOf */.c_)(a.relation);
                if (!table)
                    return;
                if (a.renameType === 'OBJECT_TABLE' && this.isNewTable(table))
                    this.newTables.add((0,lint_ast/* tableKey */.ih)({ schema: table.schema, name: a.newname }));
                if (a.renameType === 'OBJECT_COLUMN') {
                    const cols = this.columns.get((0,lint_ast/* tableKey */.ih)(table));
                    const t = cols?.get(a.subname);
                    if (cols && t)
                        cols.set(a.newname, t);
                }
                return;
            }
            case 'AlterTableStmt':
                this.applyAlter(stmt);
                return;
            case 'DropStmt':
                if (a.removeType === 'OBJECT_TABLE') {
                    for (const o of a.objects ?? [])
                        this.newTables.delete((0,lint_ast/* tableKey */.ih)((0,lint_ast/* refFromNames */.Eu)((0,lint_ast/* nameList */.OD)(o.List?.items))));
                }
                return;
        }
    }
    tableColumns(key) {
        let cols = this.columns.get(key);
        if (!cols) {
            cols = new Map();
            this.columns.set(key, cols);
        }
        return cols;
    }
    assumedTransaction() {
        return this.wrapped;
    }
    /** Remembers a constraint by name (explicit, or the name PostgreSQL gives it by default). */
    recordConstraint(table, k, columns) {
        if (!k)
            return;
        const kind = CONSTRAINT_KINDS[k.contype];
        if (!kind)
            return;
        if (kind === 'foreign') {
            const target = (0,lint_ast/* tableOf */.c_)(k.pktable);
            if (target)
                this.referenced.add((0,lint_ast/* tableKey */.ih)(target));
        }
        const suffix = NAME_SUFFIX[kind];
        const name = k.conname ??
            (kind === 'primary' ? `${table.name}_pkey` : `${table.name}_${columns.join('_')}_${suffix}`);
        this.constraints.set(`${(0,lint_ast/* tableKey */.ih)(table)}/${name}`, { kind });
    }
    applyAlter(stmt) {
        const table = (0,lint_ast/* tableOf */.c_)(stmt.ast.relation);
        if (!table)
            return;
        const key = (0,lint_ast/* tableKey */.ih)(table);
        for (const c of (0,lint_ast/* alterCmds */.sy)(stmt.ast)) {
            if (c.subtype === 'AT_AddColumn' || c.subtype === 'AT_AlterColumnType') {
                const def = c.def?.ColumnDef;
                const t = (0,lint_ast/* columnTypeOf */.gy)(def?.typeName);
                const name = c.subtype === 'AT_AddColumn' ? def?.colname : c.name;
                if (t && name)
                    this.tableColumns(key).set(name, t);
            }
            else if (c.subtype === 'AT_DropColumn') {
                this.columns.get(key)?.delete(c.name);
            }
            else if (c.subtype === 'AT_AddConstraint' && c.def?.Constraint) {
                const k = c.def.Constraint;
                this.recordConstraint(table, k, (0,lint_ast/* nameList */.OD)(k.keys ?? k.fk_attrs));
                if (k.skip_validation && k.conname && (this.inTransaction || this.assumedTransaction()))
                    this.notValidInTx.add(`${key}/${k.conname}`);
            }
            if (c.subtype === 'AT_AddColumn' && c.def?.ColumnDef) {
                for (const k of c.def.ColumnDef.constraints ?? [])
                    this.recordConstraint(table, k.Constraint, [c.def.ColumnDef.colname]);
            }
            if (c.subtype === 'AT_DropConstraint')
                this.constraints.delete(`${key}/${c.name}`);
            if (c.subtype === 'AT_AddConstraint' && c.def?.Constraint?.contype === 'CONSTR_CHECK') {
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
    if (arg === undefined)
        return false;
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
    return (0,lint_ast/* nameList */.OD)(t.arg?.ColumnRef?.fields).at(-1);
}

;// CONCATENATED MODULE: ./src/core/lint/index.ts










/** Below this many rows a rewrite or index build takes well under a second: one level lower. */
const SMALL_TABLE_ROWS = 10_000;
const SYNTAX_ERROR = 'syntax-error';
const INVALID_PRAGMA = 'invalid-pragma';
/**
 * Parses every file, keeping going past a file that does not parse, so one bad file never hides
 * the findings of the others. Needs loadSqlParser().
 */
function parseForLint(sources) {
    const lazy = parseLazily(sources);
    return { files: [...lazy.files], unparsed: lazy.unparsed };
}
/**
 * {@link parseForLint}, but each file is parsed only when the linter reaches it: its parse trees
 * are garbage once the file is linted instead of living through the whole run (at 10,000
 * statements the trees kept alive cost more in garbage collection than building them). A file
 * that does not parse is added to `unparsed` when it is reached; {@link lintFiles} reads
 * `unparsed` after its last file. Iterating twice parses twice. Needs loadSqlParser().
 */
function parseLazily(sources) {
    const unparsed = [];
    const files = {
        names: sources.map((s) => s.file),
        *[Symbol.iterator]() {
            for (const src of sources) {
                try {
                    yield (0,sql/* parseSqlFile */.K5)(src.file, src.text, { firstLine: src.firstLine });
                }
                catch (err) {
                    if (!(err instanceof errors/* SqlSyntaxError */.MO))
                        throw err;
                    unparsed.push({
                        file: err.file,
                        line: err.line,
                        column: err.column,
                        message: `syntax error: ${err.detail}`,
                    });
                }
            }
        },
    };
    return { files, unparsed };
}
function inputFinding(p, ruleId, fix) {
    return {
        file: p.file,
        line: p.line,
        column: p.column,
        ruleId,
        // Nothing in the file was checked: fail closed, at the top level.
        risk: 'critical',
        message: p.message,
        why: 'A file that cannot be read cannot be checked; none of its statements were linted.',
        safeAlternative: fix,
        subject: `${ruleId} in ${p.file}`,
        statement: '',
        docs: 'docs/rules/README.md',
    };
}
function lintFiles(files, options) {
    const rules = options.rules ?? rules_rules;
    const known = new Set(rules_rules.map((r) => r.id));
    for (const id of Object.keys(options.ruleLevels ?? {})) {
        if (!known.has(id)) {
            throw new errors/* ConfigError */.xL(options.configFile ?? 'schemagate.yml', `lint.rules.${id}`, `unknown rule "${id}"; see docs/rules/README.md`);
        }
    }
    const levelOf = (r) => options.ruleLevels?.[r.id];
    const enabled = rules.filter((r) => r.defaultOff ? levelOf(r) !== undefined && levelOf(r) !== 'off' : levelOf(r) !== 'off');
    const enabledIds = new Set(enabled.map((r) => r.id));
    // lint.rules levels looked up once per rule, not once per finding.
    const overrides = new Map(enabled.map((r) => [r.id, levelOf(r)]));
    // One dispatch table: each statement visits only the rules subscribed to its node kind, and an
    // ALTER TABLE only the rules subscribed to one of its sub-command types.
    const byKind = new Map();
    const alterAny = [];
    const byAlterSubtype = new Map();
    const add = (map, key, r) => {
        const list = map.get(key);
        if (list)
            list.push(r);
        else
            map.set(key, [r]);
    };
    for (const r of enabled) {
        for (const k of r.kinds) {
            if (k !== 'AlterTableStmt')
                add(byKind, k, r);
            else if (!r.alterSubtypes)
                alterAny.push(r);
            else
                for (const t of r.alterSubtypes)
                    add(byAlterSubtype, t, r);
        }
    }
    const order = new Map(enabled.map((r, i) => [r, i]));
    const merged = new Map();
    const alterRules = (ast) => {
        const cmds = (0,lint_ast/* alterCmds */.sy)(ast);
        if (cmds.length === 1) {
            const subtype = cmds[0].subtype;
            let list = merged.get(subtype);
            if (!list) {
                list = [...alterAny, ...(byAlterSubtype.get(subtype) ?? [])].sort((a, b) => order.get(a) - order.get(b));
                merged.set(subtype, list);
            }
            return list;
        }
        const set = new Set(alterAny);
        for (const c of cmds)
            for (const r of byAlterSubtype.get(c.subtype) ?? [])
                set.add(r);
        return [...set].sort((a, b) => order.get(a) - order.get(b));
    };
    const fileRules = enabled.filter((r) => r.endOfFile);
    const state = new MigrationSetState(options.pgVersion, {
        assumeInTransaction: options.assumeInTransaction,
        transactionalFiles: options.transactionalFiles,
        functionVolatility: options.functionVolatility,
    });
    let findings = [];
    let inputErrors = [];
    const linted = [];
    let statements = 0;
    for (const file of files) {
        const isLinted = !options.contextOnly?.has(file.file);
        state.startFile(file);
        const ignores = isLinted ? readIgnores(file, known) : undefined;
        if (ignores) {
            for (const e of ignores.errors) {
                const p = { file: file.file, line: e.line, column: 1, message: e.message };
                inputErrors.push(p);
                findings.push(inputFinding(p, INVALID_PRAGMA, `-- schemagate:ignore <rule-id> <why this is safe here>`));
            }
        }
        if (isLinted) {
            linted.push(file.file);
            statements += file.statements.length;
        }
        const usedIgnores = new Set();
        const reportedOnce = new Set();
        // Findings of one statement come together: shorten its text once.
        let excerptOf;
        let excerptText = '';
        const excerptFor = (stmt) => {
            if (excerptOf !== stmt) {
                excerptOf = stmt;
                excerptText = (0,lint_ast/* excerpt */.Kb)(stmt.text);
            }
            return excerptText;
        };
        const emit = (rule, stmt, hit, at) => {
            if (!ignores)
                return;
            if (rule.lockRule && hit.table && state.isNewTable(hit.table))
                return;
            // One timeout reminder per file is enough.
            if (rule.oncePerFile) {
                if (reportedOnce.has(rule.id))
                    return;
                reportedOnce.add(rule.id);
            }
            const rows = hit.table ? options.rowCounts?.get((0,lint_ast/* tableKey */.ih)(hit.table)) : undefined;
            let risk = overrides.get(rule.id) ?? hit.risk ?? rule.risk;
            if (rule.dataAware && rows !== undefined) {
                if (rows >= (options.largeTableRows ?? 1_000_000))
                    risk = (0,lint_risk/* shiftRisk */.gd)(risk, +1);
                else if (rows < (options.smallTableRows ?? SMALL_TABLE_ROWS))
                    risk = (0,lint_risk/* shiftRisk */.gd)(risk, -1);
            }
            const ignore = ignoreFor(ignores, stmt, rule.id);
            if (ignore)
                usedIgnores.add(ignore);
            const finding = {
                file: file.file,
                line: at?.line ?? stmt.line,
                column: at?.column ?? stmt.column,
                ruleId: rule.id,
                risk,
                message: hit.message,
                why: hit.why ?? rule.why,
                safeAlternative: hit.safeAlternative,
                subject: hit.subject,
                statement: excerptFor(stmt),
                table: hit.table ? (0,lint_ast/* tableLabel */.Fr)(hit.table) : undefined,
                docs: rule.docs,
            };
            // Set after, not spread in: same key order, without two throwaway objects per finding.
            if (rows !== undefined)
                finding.rows = rows;
            if (ignore)
                finding.ignored = { reason: ignore.reason, line: ignore.line };
            findings.push(finding);
        };
        for (const stmt of file.statements) {
            const subscribed = !ignores
                ? undefined
                : stmt.kind === 'AlterTableStmt'
                    ? alterRules(stmt.ast)
                    : byKind.get(stmt.kind);
            if (subscribed) {
                const ctx = state.context();
                for (let r = 0; r < subscribed.length; r++) {
                    const rule = subscribed[r];
                    const hits = rule.check(stmt, ctx);
                    for (let h = 0; h < hits.length; h++)
                        emit(rule, stmt, hits[h]);
                }
            }
            state.apply(stmt, isLinted);
        }
        if (ignores) {
            if (fileRules.length) {
                const ctx = state.endContext();
                for (const rule of fileRules)
                    for (const h of rule.endOfFile(file, ctx))
                        emit(rule, h.stmt, h.hit, h.at);
            }
            if (enabledIds.has(unusedIgnore.id)) {
                for (const hit of unusedIgnores(file, ignores, usedIgnores, enabledIds))
                    emit(unusedIgnore, hit.stmt, hit.hit, hit.at);
            }
        }
    }
    // Read after the last file: a lazy parse (parseLazily) fills it as the files are reached. Files
    // that did not parse come first, as they would have had they all been parsed up front.
    const unparsed = options.unparsed ?? [];
    if (unparsed.length) {
        findings = [
            ...unparsed.map((p) => inputFinding(p, SYNTAX_ERROR, '-- fix the SQL at this position; the file was not linted')),
            ...findings,
        ];
        inputErrors = [...unparsed, ...inputErrors];
    }
    return {
        pgVersion: options.pgVersion,
        files: linted,
        statements,
        findings,
        highestRisk: (0,lint_risk/* maxRisk */.id)(findings.filter((f) => !f.ignored).map((f) => f.risk)),
        ...(inputErrors.length ? { inputErrors } : {}),
    };
}
/** Tables the linted statements act on, for the one row-count query. */
function tablesTouched(files) {
    const keys = new Set();
    for (const f of files) {
        for (const s of f.statements) {
            const rv = s.ast?.relation ?? s.ast?.relations?.[0]?.RangeVar;
            if (rv?.relname)
                keys.add((0,lint_ast/* tableKey */.ih)(rv.schemaname ? { schema: rv.schemaname, name: rv.relname } : { name: rv.relname }));
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
/* harmony import */ var _config_riskLevels_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71320);

const riskRank = (r) => _config_riskLevels_js__WEBPACK_IMPORTED_MODULE_0__/* .RISK_LEVELS */ .W.indexOf(r);
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
    const i = Math.min(_config_riskLevels_js__WEBPACK_IMPORTED_MODULE_0__/* .RISK_LEVELS */ .W.length - 1, Math.max(1, riskRank(level) + by));
    return _config_riskLevels_js__WEBPACK_IMPORTED_MODULE_0__/* .RISK_LEVELS */ .W[i];
}


/***/ })

};
