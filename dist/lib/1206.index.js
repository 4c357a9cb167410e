export const id = 1206;
export const ids = [1206];
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

/***/ 21206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   restorePointBeforeMigrate: () => (/* binding */ restorePointBeforeMigrate)
/* harmony export */ });
/* unused harmony export pgEnvFor */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_config_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92946);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_lint_ast_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43013);
/* harmony import */ var _core_migrations_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24652);
/* harmony import */ var _core_release_destructiveTables_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(78276);
/* harmony import */ var _core_sql_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(79585);
/* harmony import */ var _neon_naming_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(71322);
/* harmony import */ var _neon_port_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(74237);
/* harmony import */ var _neon_restoreApi_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(47864);
/* harmony import */ var _neon_restorePoint_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(89602);
/* harmony import */ var _neon_retry_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8949);
/**
 * `schemagate migrate --restore-point`: before migrating, a Neon restore point of the target
 * (NEON_API_KEY and a project id), or without Neon a pg_dump of the tables the pending destructive
 * statements touch (`--backup-file`). When neither can be done, nothing is migrated.
 */













const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
async function currentSha(env, cwd) {
    if (env.GITHUB_SHA)
        return env.GITHUB_SHA;
    try {
        return (await run('git', ['rev-parse', 'HEAD'], { cwd })).stdout.trim();
    }
    catch {
        return 'nogit00';
    }
}
/** The PG* variables of a connection URL, so the password never appears on a command line. */
function pgEnvFor(url) {
    const u = new URL(url);
    const out = {};
    if (u.hostname)
        out.PGHOST = decodeURIComponent(u.hostname);
    if (u.port)
        out.PGPORT = u.port;
    if (u.username)
        out.PGUSER = decodeURIComponent(u.username);
    if (u.password)
        out.PGPASSWORD = decodeURIComponent(u.password);
    const db = u.pathname.replace(/^\//, '');
    if (db)
        out.PGDATABASE = decodeURIComponent(db);
    const ssl = u.searchParams.get('sslmode');
    if (ssl)
        out.PGSSLMODE = ssl;
    return out;
}
/** Returns the lines to print; throws InputError (nothing migrated) when no safety net can be made. */
async function restorePointBeforeMigrate(r) {
    const db = await r.openDb(r.url);
    let status;
    try {
        status = await (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_5__/* .migrationStatus */ .vd)(db, r.options);
    }
    finally {
        await db.close();
    }
    const pending = status.state.pending;
    if (pending.length === 0)
        return ['restore point: nothing pending, none taken'];
    const apiKey = r.env.NEON_API_KEY;
    const projectId = r.neonProjectId || r.project.config.neon.project_id;
    const release = r.project.config.release;
    if (apiKey && projectId) {
        let lifetime;
        try {
            lifetime = (0,_core_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(r.expiresIn || release.restore_point_expires_in);
        }
        catch {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`--restore-point-expires-in must be a duration such as 7d, got ${JSON.stringify(r.expiresIn)}`);
        }
        const neon = (0,_neon_restoreApi_js__WEBPACK_IMPORTED_MODULE_9__/* .neonReleasePort */ .X)({
            apiKey,
            projectId,
            apiHost: r.apiHost || r.env.NEON_API_HOST || 'https://console.neon.tech/api/v2',
            retry: {
                sleep: _neon_retry_js__WEBPACK_IMPORTED_MODULE_11__/* .realSleep */ .uk,
                onRetry: (why, ms) => r.log(`Neon: ${why}; retrying in ${Math.round(ms / 1000)} s`),
            },
        });
        try {
            const point = await (0,_neon_restorePoint_js__WEBPACK_IMPORTED_MODULE_10__/* .createRestorePoint */ .Fy)({ neon, sleep: _neon_retry_js__WEBPACK_IMPORTED_MODULE_11__/* .realSleep */ .uk, log: r.log }, {
                target: r.productionBranch || release.production_branch,
                version: status.state.currentVersion,
                sha: await currentSha(r.env, r.cwd),
                expiresAt: (0,_neon_naming_js__WEBPACK_IMPORTED_MODULE_12__/* .expiresAt */ .WJ)(r.now, lifetime),
            });
            return [
                `restore point: ${point.name} (${point.id}) of ${point.target.name}${point.lsn ? ` at LSN ${point.lsn}` : ''}${point.expiresAt ? `, expires ${point.expiresAt}` : ''}`,
                `  roll back with: schemagate rollback --restore-point ${point.name} --yes`,
            ];
        }
        catch (err) {
            if (err instanceof _neon_port_js__WEBPACK_IMPORTED_MODULE_8__/* .NeonInputError */ .V || err instanceof RangeError)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(err.message);
            throw err;
        }
    }
    await (0,_core_sql_index_js__WEBPACK_IMPORTED_MODULE_7__/* .loadSqlParser */ .Ok)();
    const tables = (0,_core_release_destructiveTables_js__WEBPACK_IMPORTED_MODULE_6__/* .destructiveTables */ .aH)(pending.flatMap((m) => (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_5__/* .partStatements */ .Yi)(m.up)));
    const noNeon = 'restore point: no Neon (set NEON_API_KEY and neon.project_id or --neon-project-id), so no branch can be taken';
    if (tables.length === 0) {
        return [
            `${noNeon}; no pending statement drops, truncates, deletes, updates or retypes data, so there is nothing to back up`,
        ];
    }
    if (!r.backupFile) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${noNeon}. Back up the tables the destructive statements touch (${tables.map(_core_lint_ast_js__WEBPACK_IMPORTED_MODULE_4__/* .tableLabel */ .Fr).join(', ')}) first: pass --backup-file <path> and schemagate runs\n  ${(0,_core_release_destructiveTables_js__WEBPACK_IMPORTED_MODULE_6__/* .pgDumpCommand */ .BB)(tables, '<path>')}\nor drop --restore-point. Nothing was migrated.`);
    }
    // PATH from the command's environment, so a test (or a user) can point at a given client.
    const path = { ...process.env, PATH: r.env.PATH ?? process.env.PATH };
    try {
        await run('pg_dump', ['--version'], { env: path });
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('pg_dump was not found on PATH: install the PostgreSQL client tools (e.g. apt-get install postgresql-client, of the server major version or newer), or take the backup another way. Nothing was migrated.');
    }
    try {
        await run('pg_dump', (0,_core_release_destructiveTables_js__WEBPACK_IMPORTED_MODULE_6__/* .pgDumpArgs */ .vy)(tables, r.backupFile), {
            cwd: r.cwd,
            env: { ...path, ...pgEnvFor(r.url) },
        });
    }
    catch (err) {
        const stderr = String(err.stderr ?? '').trim();
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`pg_dump failed, so nothing was migrated: ${stderr || err.message}`);
    }
    return [
        noNeon,
        `backup: ${tables.map(_core_lint_ast_js__WEBPACK_IMPORTED_MODULE_4__/* .tableLabel */ .Fr).join(', ')} saved to ${r.backupFile} (pg_dump custom format; restore with pg_restore --clean --dbname <url> ${r.backupFile})`,
    ];
}


/***/ })

};
