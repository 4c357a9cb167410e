export const id = 226;
export const ids = [226];
export const modules = {

/***/ 78670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diffCommand: () => (/* binding */ diffCommand),
/* harmony export */   loadBothSources: () => (/* binding */ loadBothSources),
/* harmony export */   loadSchemaSource: () => (/* binding */ loadSchemaSource),
/* harmony export */   reportUnsupported: () => (/* binding */ reportUnsupported)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_catalog_declared_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41477);
/* harmony import */ var _core_catalog_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36524);
/* harmony import */ var _core_diff_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36296);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74296);
/* harmony import */ var _db_connectionTarget_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(84053);
/* harmony import */ var _db_pgDb_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(89443);
/* harmony import */ var _runtime_devDatabase_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(61610);
/* harmony import */ var _runtime_project_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(96618);
/* harmony import */ var _runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(62197);












/**
 * A schema named on the command line: a connection URL is introspected; a directory of *.sql
 * files is applied to the dev database (embedded PGlite unless `devUrl`) and introspected there.
 * Two sources on the embedded database load one after the other (see loadBothSources).
 */
async function loadSchemaSource(source, flag, cwd, devUrl, options = {}) {
    if ((0,_db_connectionTarget_js__WEBPACK_IMPORTED_MODULE_7__/* .isConnectionString */ .mO)(source)) {
        const db = (0,_db_pgDb_js__WEBPACK_IMPORTED_MODULE_8__.connectPg)(source, { applicationName: 'schemagate-diff', max: 1 });
        try {
            return { model: await (0,_core_catalog_index_js__WEBPACK_IMPORTED_MODULE_4__/* .introspect */ .qb)(db, options), renames: [], usings: [] };
        }
        finally {
            await db.close();
        }
    }
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, source);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory()) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz((0,_db_connectionTarget_js__WEBPACK_IMPORTED_MODULE_7__/* .looksLikeConnectionString */ .T3)(source)
            ? `${flag}: not a postgres:// URL, key=value connection string or directory of *.sql files (its value is not shown)`
            : `${flag} ${source}: not a postgres:// URL or a directory of *.sql files`);
    }
    const files = await (0,_runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_11__/* .parseSqlFiles */ .VH)((0,_runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_11__/* .listSqlFiles */ .WP)(dir), (0,_runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_11__/* .relativeTo */ .Mf)(cwd));
    const dev = await (0,_runtime_devDatabase_js__WEBPACK_IMPORTED_MODULE_9__.openDevDatabase)(devUrl);
    try {
        return await (0,_core_catalog_declared_js__WEBPACK_IMPORTED_MODULE_3__/* .loadDeclaredSchema */ .k)(dev.db, files, options);
    }
    finally {
        await dev.dispose();
    }
}
/** True when the source will be loaded on the embedded database (one per process). */
function usesEmbedded(source, devUrl) {
    return !(0,_db_connectionTarget_js__WEBPACK_IMPORTED_MODULE_7__/* .isConnectionString */ .mO)(source) && (!devUrl || devUrl === 'embedded' || devUrl === 'pglite');
}
/**
 * Loads both sides at once when they do not share the embedded database (which is one database
 * per process); both loads are settled before an error is thrown so nothing is left open.
 */
async function loadBothSources(from, to, cwd, devUrl, options) {
    if (usesEmbedded(from, devUrl) && usesEmbedded(to, devUrl)) {
        const a = await loadSchemaSource(from, '--from', cwd, devUrl, options);
        return [a, await loadSchemaSource(to, '--to', cwd, devUrl, options)];
    }
    const [a, b] = await Promise.allSettled([
        loadSchemaSource(from, '--from', cwd, devUrl, options),
        loadSchemaSource(to, '--to', cwd, devUrl, options),
    ]);
    if (a.status === 'rejected')
        throw a.reason;
    if (b.status === 'rejected')
        throw b.reason;
    return [a.value, b.value];
}
/** Unsupported objects go to stderr too, so a script piping the SQL still sees them. */
function reportUnsupported(command, plan, io) {
    for (const u of plan.unsupported)
        io.err(`schemagate ${command}: unsupported ${(0,_core_diff_index_js__WEBPACK_IMPORTED_MODULE_5__/* .describeUnsupported */ .lN)(u)}`);
}
const diffCommand = {
    name: 'diff',
    summary: 'Print the SQL plan that turns one schema into another',
    usage: 'schemagate diff --from <url|dir> --to <url|dir> [--concurrent-indexes] [--partial] [--config <file>]\n\n' +
        'A directory of *.sql files is loaded on the dev database (dev_url, default embedded PGlite).\n' +
        'Prints nothing when the schemas are equal. When a change cannot be planned the whole plan is\n' +
        'refused (exit 2, every unsupported change named); --partial prints the supported part instead,\n' +
        'marked PARTIAL PLAN. Migration-tool bookkeeping tables are left out.\n' +
        'Exit codes: 0 ok, 2 bad input or a refused plan.',
    async run(args, io) {
        const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args,
            options: {
                from: { type: 'string' },
                to: { type: 'string' },
                'concurrent-indexes': { type: 'boolean', default: false },
                partial: { type: 'boolean', default: false },
                config: { type: 'string', short: 'c' },
            },
            allowPositionals: false,
        });
        if (!values.from || !values.to)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz('both --from and --to are required (a postgres:// URL or a directory)');
        const project = (0,_runtime_project_js__WEBPACK_IMPORTED_MODULE_10__/* .loadProject */ .g)({ root: io.cwd, config: values.config, env: io.env });
        const devUrl = project.config.dev_url;
        const options = (0,_core_catalog_index_js__WEBPACK_IMPORTED_MODULE_4__/* .withoutBookkeeping */ .Pr)(project.config.migrations.revisions_schema);
        const [from, to] = await loadBothSources(values.from, values.to, io.cwd, devUrl, options);
        const plan = (0,_core_diff_index_js__WEBPACK_IMPORTED_MODULE_5__/* .planDiff */ .Ry)(from.model, to.model, {
            concurrentIndexes: values['concurrent-indexes'],
            renames: to.renames,
            usings: to.usings,
        });
        (0,_core_diff_index_js__WEBPACK_IMPORTED_MODULE_5__/* .refuseUnsupported */ .Om)('diff', plan, values.partial ?? false);
        const sql = (0,_core_diff_index_js__WEBPACK_IMPORTED_MODULE_5__/* .renderPlanSql */ .s4)(plan);
        if (sql)
            io.out(sql);
        reportUnsupported('diff', plan, io);
        return 0;
    },
};


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
/** A real PostgreSQL server reached through node-postgres. */
function connectPg(url, options = {}) {
    const settings = (0,_connectionTarget_js__WEBPACK_IMPORTED_MODULE_2__/* .connectionSettings */ .Q7)(url, 'database URL', options.database);
    const { target, secrets } = settings;
    const pool = new pg__WEBPACK_IMPORTED_MODULE_0__["default"].Pool({
        connectionTimeoutMillis: 30_000,
        ...settings.pg,
        max: options.max ?? 4,
        application_name: options.applicationName ?? 'schemagate',
    });
    // An idle client losing its server must not crash the process; the next query reports it.
    pool.on('error', () => { });
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
                try {
                    await client.query(sql);
                }
                catch (err) {
                    throw broken(err);
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
        },
    };
}


/***/ })

};
