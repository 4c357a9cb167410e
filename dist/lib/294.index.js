export const id = 294;
export const ids = [294];
export const modules = {

/***/ 54294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   auditCommand: () => (/* binding */ auditCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_drift_audit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38336);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _runtime_driftAudit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47988);
/* harmony import */ var _runtime_project_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(413);
/* harmony import */ var _driftArgs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(10167);






const USAGE = `schemagate audit [dir] [--dry-run] [--from canary|strict] [--to canary|strict] [--pr <number>]
                [--actor <login>] [--approver <login>]... [--date <iso>] [--config <file>]

Prints (--dry-run) or appends to audit.log the entry for a mode change: date, pull request,
actor, the schema bundle's SHA-256 and the change. --to defaults to the mode in schemagate.yml,
--from to canary. The drift-check stage writes the same entry itself when a pull request
promotes canary to strict with two distinct approvals.
Exit codes: 0 ok, 2 bad input (no mode change, audit.log not set).`;
const MODES = ['canary', 'strict'];
function mode(text, flag, fallback) {
    if (text === undefined)
        return fallback;
    if (!MODES.includes(text))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${flag} must be canary or strict, got ${JSON.stringify(text)}`);
    return text;
}
const auditCommand = {
    name: 'audit',
    summary: 'Print or append the audit log entry for a mode change',
    usage: USAGE,
    async run(args, io) {
        const { values, positionals } = (0,_driftArgs_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDriftArgs */ .w)(args, {
            'dry-run': { type: 'boolean', default: false },
            from: { type: 'string' },
            to: { type: 'string' },
            pr: { type: 'string' },
            actor: { type: 'string' },
            approver: { type: 'string', multiple: true },
            date: { type: 'string' },
            config: { type: 'string', short: 'c' },
        }, 'audit');
        const project = (0,_runtime_project_js__WEBPACK_IMPORTED_MODULE_4__/* .loadProject */ .g)({ root: positionals[0] ?? io.cwd, config: values.config, env: io.env });
        const from = mode(values.from, '--from', 'canary');
        const to = mode(values.to, '--to', project.config.mode);
        if (from === to)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`no mode change: --from and --to are both ${from} (--to defaults to the mode in the config)`);
        if (values.pr !== undefined && !/^\d+$/.test(values.pr))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`--pr must be a pull request number, got ${JSON.stringify(values.pr)}`);
        const approvers = values.approver ?? [];
        const entry = {
            kind: 'promotion',
            date: (0,_driftArgs_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDate */ ._)(values.date, '--date') ?? new Date(),
            pr: values.pr !== undefined ? Number(values.pr) : null,
            actor: values.actor || io.env.GITHUB_ACTOR || io.env.USER || 'unknown',
            schemaHash: (0,_runtime_driftAudit_js__WEBPACK_IMPORTED_MODULE_3__/* .schemaBundleHash */ .IA)(project),
            change: { from, to },
            approvers,
            requiredApprovals: 2,
        };
        if (values['dry-run']) {
            io.out((0,_core_drift_audit_js__WEBPACK_IMPORTED_MODULE_1__/* .renderAuditEntry */ .iU)(entry));
            return 0;
        }
        const path = (0,_runtime_driftAudit_js__WEBPACK_IMPORTED_MODULE_3__/* .auditLogPath */ .Hx)(project);
        const shown = project.display(path);
        // Preview the outcome first so "already recorded" is reported without touching the file.
        const existing = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8') : undefined;
        if (!(0,_core_drift_audit_js__WEBPACK_IMPORTED_MODULE_1__/* .appendAuditEntry */ .Up)(existing, entry).appended) {
            io.out(`audit log ${shown}: this entry is already recorded`);
            return 0;
        }
        (0,_runtime_driftAudit_js__WEBPACK_IMPORTED_MODULE_3__/* .appendAuditLog */ .Iq)(project, entry);
        io.out(`audit log ${shown}: appended\n\n${(0,_core_drift_audit_js__WEBPACK_IMPORTED_MODULE_1__/* .renderAuditEntry */ .iU)(entry)}`);
        return 0;
    },
};


/***/ }),

/***/ 10167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ parseDate),
/* harmony export */   w: () => (/* binding */ parseDriftArgs)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/** Argument parsing shared by `drift` and `baseline`: a parse error is bad input (exit 2), not a crash. */


function parseDriftArgs(args, options, command) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options, allowPositionals: true, strict: true });
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${err.message}; see schemagate ${command} --help`);
    }
}
function parseDate(text, flag) {
    if (text === undefined)
        return undefined;
    const d = new Date(text);
    if (Number.isNaN(d.getTime()))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${flag} must be an ISO date such as 2026-11-30T02:15:00Z, got ${JSON.stringify(text)}`);
    return d;
}


/***/ }),

/***/ 38336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Up: () => (/* binding */ appendAuditEntry),
/* harmony export */   iU: () => (/* binding */ renderAuditEntry),
/* harmony export */   jt: () => (/* binding */ detectModeChange),
/* harmony export */   ls: () => (/* binding */ followUpDue),
/* harmony export */   zh: () => (/* binding */ bundleHash)
/* harmony export */ });
/* unused harmony exports AUDIT_LOG_HEADER, BYPASS_FOLLOW_UP_HOURS, modeOf, entryMarker */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10102);
/* harmony import */ var _sql_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95505);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28703);
/**
 * The audit log (audit.log, markdown): one entry per strict promotion or emergency bypass. Pure
 * rendering and appending; the edge reads and writes the file. Each entry starts with a hidden
 * marker so a re-run of the same check does not append it twice.
 */




const AUDIT_LOG_HEADER = '# schemagate audit log\n\nStrict-mode promotions and emergency bypasses, newest last. Written by schemagate; do not edit entries.\n';
const BYPASS_FOLLOW_UP_HOURS = 24;
/** Mode in a schemagate.yml text (canary when absent or unreadable, as the defaults say). */
function modeOf(configText, file) {
    if (configText === undefined)
        return 'canary';
    return (0,_config_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseConfig */ .o4)(configText, file).mode;
}
/**
 * The mode change between the base and head config texts, or null when there is none. Without a
 * config at the base the repository is adopting schemagate, not moving between modes.
 */
function detectModeChange(baseText, headText, file) {
    if (baseText === undefined)
        return null;
    let from;
    try {
        from = modeOf(baseText, file);
    }
    catch {
        // An unreadable base config cannot be the start of a promotion we could verify.
        return null;
    }
    const to = modeOf(headText, file);
    return from === to ? null : { from, to };
}
/** SHA-256 over the schema files: each name (sorted bytewise), a NUL, its bytes, a NUL. */
function bundleHash(files) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const f of [...files].sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_3__/* .byteOrder */ .T)(a.name, b.name))) {
        h.update(f.name);
        h.update('\0');
        h.update(f.content);
        h.update('\0');
    }
    return h.digest('hex');
}
const stamp = (d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
function entryMarker(e) {
    const what = e.kind === 'promotion' ? `promotion ${e.change.from}-${e.change.to}` : `bypass ${(0,_sql_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteLiteral */ .ce)(e.label)}`;
    return `<!-- schemagate:audit ${what} pr=${e.pr ?? 'none'} sha256=${e.schemaHash} -->`;
}
function renderAuditEntry(e) {
    const pr = e.pr === null ? 'none' : `#${e.pr}`;
    const lines = [entryMarker(e)];
    if (e.kind === 'promotion') {
        lines.push(`## ${stamp(e.date)}: mode ${e.change.from} → ${e.change.to} (PR ${pr})`, '', `- Date: ${stamp(e.date)}`, `- Pull request: ${pr}`, `- Actor: @${e.actor}`, `- Schema bundle SHA-256: \`${e.schemaHash}\``, `- Mode change: ${e.change.from} → ${e.change.to}`, `- Approvals (${e.approvers.length} of ${e.requiredApprovals} required): ${e.approvers.length > 0 ? e.approvers.map((a) => `@${a}`).join(', ') : 'none'}`);
    }
    else {
        lines.push(`## ${stamp(e.date)}: emergency bypass of drift-check (PR ${pr})`, '', `- Date: ${stamp(e.date)}`, `- Pull request: ${pr}`, `- Actor: @${e.actor}`, `- Schema bundle SHA-256: \`${e.schemaHash}\``, `- Label: \`${e.label}\` (mode ${e.mode})`, `- Follow-up due by: ${stamp(e.dueBy)} (within ${BYPASS_FOLLOW_UP_HOURS} hours)`, '- To reconcile:', ...(e.reconcile.length > 0 ? e.reconcile.map((r) => `  - ${r}`) : ['  - (nothing listed)']));
    }
    return `${lines.join('\n')}\n`;
}
/** The log with the entry appended; unchanged when the same entry is already there. */
function appendAuditEntry(existing, entry) {
    const base = existing && existing.trim() !== '' ? existing : AUDIT_LOG_HEADER;
    if (base.includes(entryMarker(entry)))
        return { text: base, appended: false };
    const sep = base.endsWith('\n') ? '\n' : '\n\n';
    return { text: `${base}${sep}${renderAuditEntry(entry)}`, appended: true };
}
function followUpDue(at) {
    return new Date(at.getTime() + BYPASS_FOLLOW_UP_HOURS * 3600_000);
}


/***/ }),

/***/ 28703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ byteOrder)
/* harmony export */ });
/** Bytewise string order: the same on every platform and locale, so reports and files are stable. */
function byteOrder(a, b) {
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
}


/***/ }),

/***/ 47988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hx: () => (/* binding */ auditLogPath),
/* harmony export */   IA: () => (/* binding */ schemaBundleHash),
/* harmony export */   Iq: () => (/* binding */ appendAuditLog)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_drift_audit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38336);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _migrationDir_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66769);
/* harmony import */ var _sqlFiles_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62197);
/**
 * The edge side of the audit log: the schema bundle's hash from the files on disk, and appending
 * an entry to audit.log (created with a header when absent; never the same entry twice).
 */






/** SHA-256 of the declared schema files (or, without `schema:`, of the migration directory). */
function schemaBundleHash(project) {
    const { config } = project;
    if (config.schema) {
        const dir = project.path(config.schema);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir)) {
            return (0,_core_drift_audit_js__WEBPACK_IMPORTED_MODULE_2__/* .bundleHash */ .zh)((0,_sqlFiles_js__WEBPACK_IMPORTED_MODULE_5__/* .listSqlFiles */ .WP)(dir).map((p) => ({ name: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(dir, p), content: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p) })));
        }
    }
    const dir = project.path(config.migrations.dir);
    return (0,_core_drift_audit_js__WEBPACK_IMPORTED_MODULE_2__/* .bundleHash */ .zh)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir)
        ? (0,_migrationDir_js__WEBPACK_IMPORTED_MODULE_4__/* .readMigrationDir */ .Oz)(dir, project.configFile).map((f) => ({ name: f.name, content: f.content }))
        : []);
}
function auditLogPath(project) {
    const log = project.config.audit.log;
    if (!log)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(project.configFile ?? 'schemagate.yml', 'audit.log', 'not set: add `audit: { log: docs/schema-audit.md }` (any markdown path)');
    return project.path(log);
}
/** Appends `entry`; false when the same entry was already there. */
function appendAuditLog(project, entry) {
    const path = auditLogPath(project);
    const existing = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8') : undefined;
    const { text, appended } = (0,_core_drift_audit_js__WEBPACK_IMPORTED_MODULE_2__/* .appendAuditEntry */ .Up)(existing, entry);
    if (appended) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, text);
    }
    return appended;
}


/***/ }),

/***/ 62197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mf: () => (/* binding */ relativeTo),
/* harmony export */   VH: () => (/* binding */ parseSqlFiles),
/* harmony export */   WP: () => (/* binding */ listSqlFiles),
/* harmony export */   pt: () => (/* binding */ requireDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_sql_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72833);




/** Every `*.sql` file under `dir` (recursively), sorted bytewise by relative path. */
function listSqlFiles(dir) {
    const out = [];
    const walk = (d) => {
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(d, { withFileTypes: true })) {
            const p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(d, entry.name);
            if (entry.isDirectory())
                walk(p);
            else if (entry.isFile() && entry.name.endsWith('.sql'))
                out.push(p);
        }
    };
    walk(dir);
    return out.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}
/** Checks that a configured directory exists; the message names the config key. */
function requireDir(dir, key, configFile) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory()) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(configFile ?? 'schemagate.yml', key, `directory not found: ${dir}`);
    }
}
/** Parses files with the real parser; `display` turns a path into what messages show. */
async function parseSqlFiles(paths, display) {
    await (0,_core_sql_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadSqlParser */ .Ok)();
    return paths.map((p) => (0,_core_sql_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSqlFile */ .K5)(display(p), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p, 'utf8')));
}
function relativeTo(root) {
    return (p) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, p) || p;
}


/***/ })

};
