export const id = 9443;
export const ids = [9443];
export const modules = {

/***/ 84053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Q7: () => (/* binding */ connectionSettings),
/* harmony export */   T3: () => (/* binding */ looksLikeConnectionString),
/* harmony export */   mO: () => (/* binding */ isConnectionString)
/* harmony export */ });
/* unused harmony export parseKeyValue */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * Reads a connection string (a postgres:// URL or libpq key=value pairs) into node-postgres
 * settings, and into what messages may show about it: host, port, database and user, never the
 * password and never the string itself.
 */

const URL_SCHEME = /^postgres(?:ql)?:\/\//i;
const KEY_VALUE = /^\s*[A-Za-z_]+\s*=/;
/** True for anything that is meant as a connection string, so callers never echo it. */
function looksLikeConnectionString(s) {
    return URL_SCHEME.test(s) || KEY_VALUE.test(s) || /:\/\/|@|password/i.test(s);
}
function isConnectionString(s) {
    return URL_SCHEME.test(s) || KEY_VALUE.test(s);
}
const NOT_A_CONNECTION_STRING = 'not a connection string (the value is not shown): expected postgres://user@host:5432/database or key=value pairs such as host=... dbname=... user=...';
/** `database` replaces the string's database (the dev database's temporary one). */
function connectionSettings(conn, where = 'database URL', database) {
    const s = URL_SCHEME.test(conn)
        ? fromUrl(conn, where)
        : KEY_VALUE.test(conn)
            ? fromKeyValue(conn, where)
            : undefined;
    if (!s)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: ${NOT_A_CONNECTION_STRING}`);
    if (database === undefined)
        return s;
    let pg = { ...s.pg, database };
    if (typeof s.pg.connectionString === 'string') {
        const u = new URL(s.pg.connectionString);
        u.pathname = `/${encodeURIComponent(database)}`;
        pg = { connectionString: u.toString() };
    }
    return {
        pg,
        target: { ...s.target, database },
        secrets: [...s.secrets, String(pg.connectionString ?? '')].filter(Boolean),
    };
}
function fromUrl(conn, where) {
    let u;
    try {
        u = new URL(conn);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: not a valid postgres:// URL (the value is not shown)`);
    }
    const dec = (s) => {
        try {
            return decodeURIComponent(s);
        }
        catch {
            return s;
        }
    };
    const user = dec(u.username) || u.searchParams.get('user') || undefined;
    const password = dec(u.password) || u.searchParams.get('password') || '';
    const host = dec(u.hostname).replace(/^\[|\]$/g, '') || u.searchParams.get('host') || 'localhost';
    return {
        pg: { connectionString: conn },
        target: {
            host,
            port: Number(u.port || u.searchParams.get('port') || 5432),
            database: dec(u.pathname.replace(/^\//, '')) || u.searchParams.get('dbname') || user || 'postgres',
            user,
        },
        secrets: [conn, password, u.password].filter((s) => s.length > 0),
    };
}
/** libpq's key = value format: values may be single-quoted, with \' and \\ escapes. */
function parseKeyValue(conn, where = 'database URL') {
    const out = new Map();
    let i = 0;
    const n = conn.length;
    const ws = () => {
        while (i < n && /\s/.test(conn[i]))
            i++;
    };
    for (;;) {
        ws();
        if (i >= n)
            return out;
        const k = /^[A-Za-z_]+/.exec(conn.slice(i));
        if (!k)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: ${NOT_A_CONNECTION_STRING}`);
        i += k[0].length;
        ws();
        if (conn[i] !== '=')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: "${k[0]}" has no "=" after it (the value is not shown)`);
        i++;
        ws();
        let v = '';
        if (conn[i] === "'") {
            i++;
            for (;;) {
                if (i >= n)
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: unterminated quoted value for "${k[0]}"`);
                const c = conn[i++];
                if (c === "'")
                    break;
                v += c === '\\' && i < n ? conn[i++] : c;
            }
        }
        else {
            while (i < n && !/\s/.test(conn[i])) {
                const c = conn[i++];
                v += c === '\\' && i < n ? conn[i++] : c;
            }
        }
        out.set(k[0], v);
    }
}
const SSL = {
    disable: false,
    allow: false,
    prefer: false,
    require: { rejectUnauthorized: false },
    'verify-ca': true,
    'verify-full': true,
};
function fromKeyValue(conn, where) {
    const kv = parseKeyValue(conn, where);
    const pg = {};
    for (const [key, value] of kv) {
        switch (key) {
            case 'host':
            case 'hostaddr':
                pg.host = value;
                break;
            case 'port':
                pg.port = Number(value);
                if (!Number.isInteger(pg.port))
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: port must be a number`);
                break;
            case 'dbname':
                pg.database = value;
                break;
            case 'user':
                pg.user = value;
                break;
            case 'password':
                pg.password = value;
                break;
            case 'sslmode':
                if (!(value in SSL))
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: sslmode must be one of ${Object.keys(SSL).join(', ')}`);
                pg.ssl = SSL[value];
                break;
            case 'connect_timeout':
                pg.connectionTimeoutMillis = Number(value) * 1000;
                break;
            case 'application_name':
                pg.application_name = value;
                break;
            case 'options':
                pg.options = value;
                break;
            default:
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: unsupported connection parameter "${key}"`);
        }
    }
    const user = pg.user;
    const password = pg.password ?? '';
    return {
        pg,
        target: {
            host: pg.host ?? 'localhost',
            port: pg.port ?? 5432,
            database: pg.database ?? user ?? 'postgres',
            user,
        },
        secrets: [conn, password].filter((s) => s.length > 0),
    };
}
/** `text` with every secret replaced, for any message built from a driver's error. */
function redact(text, secrets) {
    let out = text;
    for (const s of [...secrets].sort((a, b) => b.length - a.length))
        if (s)
            out = out.split(s).join('***');
    return out;
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


/***/ })

};
