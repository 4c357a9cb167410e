export const id = 2344;
export const ids = [2344];
export const modules = {

/***/ 1328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inspectCommand: () => (/* binding */ inspectCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/core/catalog/declared.ts
var declared = __webpack_require__(41477);
// EXTERNAL MODULE: ./src/core/catalog/index.ts + 1 modules
var catalog = __webpack_require__(36524);
// EXTERNAL MODULE: ./src/core/diff/index.ts + 27 modules
var diff = __webpack_require__(5709);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/model/ids.ts
var ids = __webpack_require__(63359);
// EXTERNAL MODULE: ./src/core/model/normalize.ts
var normalize = __webpack_require__(35918);
// EXTERNAL MODULE: ./src/core/model/types.ts
var types = __webpack_require__(58812);
;// CONCATENATED MODULE: ./src/core/model/index.ts




// EXTERNAL MODULE: ./src/core/sql/index.ts + 4 modules
var sql = __webpack_require__(79585);
// EXTERNAL MODULE: ./src/db/connectionTarget.ts
var connectionTarget = __webpack_require__(84053);
// EXTERNAL MODULE: ./src/runtime/devDatabase.ts
var devDatabase = __webpack_require__(61610);
// EXTERNAL MODULE: ./src/runtime/introspectUrl.ts
var introspectUrl = __webpack_require__(6864);
// EXTERNAL MODULE: ./src/runtime/project.ts
var runtime_project = __webpack_require__(413);
// EXTERNAL MODULE: ./src/runtime/sqlFiles.ts
var sqlFiles = __webpack_require__(62197);
;// CONCATENATED MODULE: ./src/cli/commands/inspect.ts
/**
 * `schemagate inspect <url|dir>`: prints the schema model of a live database (read-only) or of a
 * directory of declared-schema files (applied to the dev database) as canonical JSON, or as the
 * SQL that creates it from nothing.
 */













const inspectCommand = {
    name: 'inspect',
    summary: 'Print the schema of a database or directory as JSON or SQL',
    usage: [
        'schemagate inspect [<url|dir>] [--format json|sql] [--schema <name> ...] [--config <file>]',
        '  <url>   postgres:// connection string: the live database is read, never changed',
        '  <dir>   directory of declared-schema *.sql files, applied to the dev database',
        '          (dev_url from schemagate.yml, or the embedded database); default: the `schema` key',
        '  --format json (default) prints the model as canonical JSON; sql prints CREATE statements',
        '  --schema limits the output to these schemas (repeatable)',
        '  --partial with --format sql: print the SQL even when some objects cannot be created by it',
        '          (marked PARTIAL PLAN); without it such a schema is refused, naming each object',
        'Migration-tool bookkeeping tables (schemagate_revisions, schema_migrations, ...) are left out.',
        'Exit codes: 0 printed, 2 bad input (unknown directory, SQL error with file:line:col, refused SQL).',
    ].join('\n'),
    async run(args, io) {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args,
            options: {
                format: { type: 'string', default: 'json' },
                schema: { type: 'string', multiple: true },
                config: { type: 'string', short: 'c' },
                partial: { type: 'boolean', default: false },
            },
            allowPositionals: true,
        });
        if (values.format !== 'json' && values.format !== 'sql') {
            throw new errors/* InputError */.dz(`--format: expected json or sql, got ${values.format}`);
        }
        if (positionals.length > 1)
            throw new errors/* InputError */.dz(`inspect takes one <url|dir>, got ${positionals.length}`);
        const project = (0,runtime_project/* loadProject */.gi)({ root: io.cwd, config: values.config, env: io.env });
        const target = positionals[0] ?? project.config.schema;
        if (!target) {
            throw new errors/* InputError */.dz('inspect: give a database URL or a schema directory (or set `schema` in schemagate.yml)');
        }
        const options = (0,catalog/* withoutBookkeeping */.Pr)(project.config.migrations.revisions_schema, {
            includeSchemas: values.schema,
            ignore: (0,catalog/* ignoredKinds */.In)(project.config.ignore),
        });
        const model = (0,connectionTarget/* isConnectionString */.mO)(target)
            ? await inspectUrl(target, options)
            : await inspectDir(project, target, options);
        // An empty model for a schema that does not exist would read as "nothing there": say so.
        const missing = (values.schema ?? []).filter((name) => !((0,sql/* quoteIdent */.v4)(name) in model.schemas));
        if (missing.length > 0) {
            throw new errors/* InputError */.dz(`inspect: no schema ${missing.map((m) => JSON.stringify(m)).join(', ')} in ${(0,connectionTarget/* isConnectionString */.mO)(target) ? 'the database' : target}`);
        }
        if (values.format === 'json') {
            io.out((0,normalize/* canonicalJson */.dj)(model, normalize/* FULL */.eW, 2));
        }
        else {
            // Every new database has `public`: starting from one that has it keeps the SQL runnable there.
            const start = (0,types/* emptyModel */.$)(model.serverVersion);
            const base = model.schemas.public ? { ...start, schemas: { public: model.schemas.public } } : start;
            const plan = (0,diff.planDiff)(base, model);
            (0,diff.refuseUnsupported)('inspect', plan, values.partial ?? false);
            io.out((0,diff.renderPlanSql)(plan) || '-- schemagate: the schema is empty');
        }
        return 0;
    },
};
function inspectUrl(url, options) {
    return (0,introspectUrl/* introspectUrl */.N)(url, 'schemagate-inspect', options);
}
async function inspectDir(project, dir, options) {
    const abs = project.path(dir);
    if (!(0,external_node_fs_.existsSync)(abs) || !(0,external_node_fs_.statSync)(abs).isDirectory()) {
        throw new errors/* InputError */.dz((0,connectionTarget/* looksLikeConnectionString */.T3)(dir)
            ? 'inspect: the argument is neither a postgres:// URL, key=value connection string nor a directory (its value is not shown)'
            : `inspect: ${dir} is neither a postgres:// URL nor a directory`);
    }
    const files = await (0,sqlFiles/* parseSqlFiles */.VH)((0,sqlFiles/* listSqlFiles */.WP)(abs), (0,sqlFiles/* relativeTo */.Mf)(project.root));
    const dev = await (0,devDatabase.openDevDatabase)(project.config.dev_url);
    try {
        return (await (0,declared/* loadDeclaredSchema */.k)(dev.db, files, options)).model;
    }
    finally {
        await dev.dispose();
    }
}


/***/ }),

/***/ 50261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ dbErrorFields)
/* harmony export */ });
function dbErrorFields(err) {
    const e = err;
    return {
        message: typeof e?.message === 'string' ? e.message : String(err),
        code: typeof e?.code === 'string' ? e.code : undefined,
        position: e?.position ?? undefined,
        detail: typeof e?.detail === 'string' ? e.detail : undefined,
        hint: typeof e?.hint === 'string' ? e.hint : undefined,
        completedStatements: typeof e?.completedStatements === 'number' ? e.completedStatements : undefined,
    };
}


/***/ }),

/***/ 58812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ emptyModel)
/* harmony export */ });
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
function emptyModel(serverVersion = 0) {
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


/***/ }),

/***/ 89443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   connectPg: () => (/* binding */ connectPg)
/* harmony export */ });
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83849);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _connectionTarget_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84053);



/** Node socket and DNS errors that mean the server was never reached. */
const NETWORK_CODES = new Set([
    'ENOTFOUND',
    'EAI_AGAIN',
    'EAI_FAIL',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ECONNRESET',
    'EPIPE',
    'ENOENT',
]);
/** SQLSTATEs that mean an established session is gone. */
const LOST_STATES = new Set(['57P01', '57P02', '57P03', '57P05', '08000', '08003', '08006']);
function connectHint(code, message) {
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_FAIL')
        return 'the host name does not resolve; check the host in the connection string';
    if (code === 'ECONNREFUSED')
        return 'nothing accepts connections on that host and port; is the server running, and is the port right?';
    if (code === 'ETIMEDOUT' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || /timeout/i.test(message))
        return 'the host did not answer; check network access (firewall, VPN, allowed IPs) and the host';
    if (code?.startsWith('28'))
        return 'check the user name and the password (the password is never shown)';
    if (code === '3D000')
        return 'create the database, or fix the database name in the connection string';
    if (code === '53300' || code === '57P03')
        return 'the server does not accept more connections now; retry later';
    if (/ssl|tls|certificate/i.test(message))
        return 'check sslmode and the server certificate';
    return 'check the connection string (host, port, database, user, password) and that the server is reachable';
}
/** Turns a failure to open a connection into a DbConnectionError; other errors pass through. */
function connectError(err, t, secrets) {
    const e = err;
    // AggregateError (IPv4 and IPv6 both refused) has an empty message.
    const raw = e?.message || e?.errors?.map((x) => x.message).join('; ') || String(err);
    const reason = (0,_connectionTarget_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(raw, secrets);
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DbConnectionError */ .tD(t.host, t.port, t.database, reason, connectHint(e?.code, raw));
}
function isLostConnection(err) {
    const e = err;
    if (e?.code && (NETWORK_CODES.has(e.code) || LOST_STATES.has(e.code)))
        return true;
    return /Connection terminated|not queryable|Client has encountered a connection error/i.test(e?.message ?? '');
}
function lostError(err, secrets) {
    const e = err;
    const reason = (0,_connectionTarget_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(e?.message ?? String(err), secrets);
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DbConnectionLostError */ .P5(`the connection to the database was lost: ${reason}${e?.code && LOST_STATES.has(e.code) ? ` (SQLSTATE ${e.code})` : ''}`);
}
/** The client's socket: node-postgres keeps it on `connection.stream`, outside its typings. */
function socketOf(client) {
    return client.connection?.stream;
}
/** A real PostgreSQL server reached through node-postgres. */
function connectPg(url, options = {}) {
    const settings = (0,_connectionTarget_js__WEBPACK_IMPORTED_MODULE_2__/* .connectionSettings */ .Q7)(url, 'database URL', options.database);
    const { target, secrets } = settings;
    const pool = new pg__WEBPACK_IMPORTED_MODULE_0__["default"].Pool({
        connectionTimeoutMillis: 30_000,
        ...settings.pg,
        max: options.max ?? 4,
        application_name: options.applicationName ?? 'schemagate',
        ...(options.pipeline ? { pipeline: true } : {}),
    });
    // An idle client losing its server must not crash the process; the next query reports it.
    pool.on('error', () => { });
    const clients = new Set();
    pool.on('connect', (client) => clients.add(client));
    const checkout = async () => {
        try {
            return await pool.connect();
        }
        catch (err) {
            throw connectError(err, target, secrets);
        }
    };
    /**
     * A checked-out client with an 'error' listener for as long as it is out: a terminated backend
     * makes node-postgres emit 'error' on the client, which without a listener kills the process.
     */
    const lease = async (fn) => {
        const client = await checkout();
        let lost;
        const onError = (err) => {
            lost ??= err;
        };
        client.on('error', onError);
        const broken = (err) => {
            if (lost === undefined && !isLostConnection(err))
                return err;
            lost ??= err;
            return lostError(err, secrets);
        };
        const q = {
            async query(sql, params) {
                try {
                    const r = await client.query(sql, params);
                    return { rows: r.rows, rowCount: r.rowCount ?? 0 };
                }
                catch (err) {
                    throw broken(err);
                }
            },
            async exec(sql) {
                // Each statement of a simple query that completes sends CommandComplete: counting them tells
                // which statement of a script failed when PostgreSQL gives no position (or the session died).
                const wire = client.connection;
                let completed = 0;
                const onComplete = () => {
                    completed++;
                };
                wire?.on('commandComplete', onComplete);
                try {
                    await client.query(sql);
                }
                catch (err) {
                    const e = broken(err);
                    if (wire && e !== null && typeof e === 'object')
                        e.completedStatements = completed;
                    throw e;
                }
                finally {
                    wire?.off('commandComplete', onComplete);
                }
            },
        };
        try {
            return await fn(q);
        }
        finally {
            client.off('error', onError);
            // A broken client is destroyed rather than handed to the next caller.
            client.release(lost !== undefined ? lost : undefined);
        }
    };
    return {
        kind: 'server',
        pipelines: options.pipeline === true,
        query: (sql, params) => lease((q) => q.query(sql, params)),
        exec: (sql) => lease((q) => q.exec(sql)),
        session: (fn) => lease(fn),
        transaction: (fn) => lease(async (q) => {
            await q.exec('BEGIN');
            try {
                const out = await fn(q);
                await q.exec('COMMIT');
                return out;
            }
            catch (err) {
                await q.exec('ROLLBACK').catch(() => { });
                throw err;
            }
        }),
        async serverVersion() {
            const r = await lease((q) => q.query("SELECT current_setting('server_version_num')::int AS v"));
            return Number(r.rows[0].v);
        },
        async close() {
            await pool.end();
            // Each client has sent Terminate; waiting for the server to close the socket kept every
            // process alive ~70 ms after its work (a backend that read a large catalog is slow to exit).
            for (const client of clients)
                socketOf(client)?.unref?.();
            clients.clear();
        },
    };
}


/***/ }),

/***/ 6864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ introspectUrl)
/* harmony export */ });
/* harmony import */ var _core_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36524);
/* harmony import */ var _db_pgDb_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89443);


/**
 * Reads the schema of the database at `url` on one pipelining connection (the catalog queries go
 * out together; the connection does nothing else), then closes it.
 */
async function introspectUrl(url, applicationName, options) {
    const db = (0,_db_pgDb_js__WEBPACK_IMPORTED_MODULE_1__.connectPg)(url, { applicationName, max: 1, pipeline: true });
    try {
        return await (0,_core_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .introspect */ .qb)(db, options);
    }
    finally {
        await db.close();
    }
}


/***/ }),

/***/ 413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gi: () => (/* binding */ loadProject)
/* harmony export */ });
/* harmony import */ var _projectConfig_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53733);
/* harmony import */ var _projectCore_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61746);
/**
 * loadProject: the project (config, paths, repository root) every command and stage starts from.
 * The logic is in projectCore.ts; this module adds the config readers, loaded up front.
 */



function loadProject(options) {
    return (0,_projectCore_js__WEBPACK_IMPORTED_MODULE_1__/* .loadProjectWith */ .ce)(options, _projectConfig_js__WEBPACK_IMPORTED_MODULE_0__.configReaders);
}


/***/ })

};
