export const id = 294;
export const ids = [294];
export const modules = {

/***/ 54294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   auditCommand: () => (/* binding */ auditCommand)
/* harmony export */ });
/* harmony import */ var _core_config_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36740);
/* harmony import */ var _core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20812);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _runtime_driftAudit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47988);
/* harmony import */ var _runtime_driftGitHistory_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88619);
/* harmony import */ var _runtime_project_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96618);
/* harmony import */ var _driftArgs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(10167);







const USAGE = `schemagate audit [dir] [--dry-run] [--pr <number>] [--commit <sha>] [--actor <login>]
                [--approver <login>]... [--schema-bundle-sha <sha256>] [--change-request <id>]
                [--validation-window <text>] [--notes <text>] [--date <iso>] [--config <file>]
schemagate audit verify [dir] [--config <file>]

Records the promotion to mode: strict as one row of the audit log (audit.log): date, kind,
pull request, the commit that set mode: strict (default: found in the git history of the config
file), actor, approvers, the schema bundle's SHA-256 (default: a hash of the declared schema and
migration files), change request, validation window and notes. Each row carries a SHA-256
chained to the row before it. --dry-run prints the row and writes nothing.
A promotion needs ${_core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_1__/* .PROMOTION_APPROVALS */ .zv} approvers other than the actor (--approver, repeated).
When audit.log is set and mode: strict is in effect, drift-check and lint-gate fail until the
commit that made it strict has its row.

verify checks every row's hash and names the first bad row.
Exit codes: 0 ok, 1 refused (too few approvals) or a broken chain, 2 bad input.`;
const OPTIONS = {
    'dry-run': { type: 'boolean', default: false },
    pr: { type: 'string' },
    commit: { type: 'string' },
    actor: { type: 'string' },
    approver: { type: 'string', multiple: true },
    'schema-bundle-sha': { type: 'string' },
    'change-request': { type: 'string' },
    'validation-window': { type: 'string' },
    notes: { type: 'string' },
    date: { type: 'string' },
    config: { type: 'string', short: 'c' },
};
const auditCommand = {
    name: 'audit',
    summary: 'Record a promotion to strict in the audit log, or verify the log',
    usage: USAGE,
    async run(args, io) {
        const { values, positionals } = (0,_driftArgs_js__WEBPACK_IMPORTED_MODULE_6__/* .parseDriftArgs */ .w)(args, OPTIONS, 'audit');
        const verify = positionals[0] === 'verify';
        const dir = positionals[verify ? 1 : 0] ?? io.cwd;
        const project = (0,_runtime_project_js__WEBPACK_IMPORTED_MODULE_5__/* .loadProject */ .g)({ root: dir, config: values.config, env: io.env });
        if (verify) {
            const { path, text } = await (0,_runtime_driftAudit_js__WEBPACK_IMPORTED_MODULE_3__/* .readAuditLog */ .Ob)(project);
            const shown = project.display(path);
            if (text === undefined)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`audit log ${shown} does not exist`);
            const result = (0,_core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyAuditChain */ .Oq)(text);
            if (!result.ok) {
                io.err(`${shown}:${result.line}: row ${result.row} is invalid: ${result.reason}`);
                return 1;
            }
            io.out(`${shown}: ${result.rows} row${result.rows === 1 ? '' : 's'}, hash chain intact`);
            return 0;
        }
        if (positionals.length > 1)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`unexpected argument ${JSON.stringify(positionals[1])}`);
        if (project.config.mode !== 'strict')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('no promotion to record: the mode in effect is canary (set mode: strict in the config first)');
        if (values.pr !== undefined && !/^\d+$/.test(values.pr))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`--pr must be a pull request number, got ${JSON.stringify(values.pr)}`);
        const bundle = values['schema-bundle-sha'];
        if (bundle !== undefined && !/^[0-9a-f]{64}$/i.test(bundle))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`--schema-bundle-sha must be 64 hex digits (a SHA-256), got ${JSON.stringify(bundle)}`);
        if (values.commit !== undefined && !/^[0-9a-f]{7,64}$/i.test(values.commit))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`--commit must be a commit SHA, got ${JSON.stringify(values.commit)}`);
        const actor = values.actor || io.env.GITHUB_ACTOR || io.env.USER || 'unknown';
        const approvers = (0,_core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_1__/* .countedApprovers */ .V2)(values.approver ?? [], actor);
        let commit = values.commit ?? '';
        let pr = values.pr !== undefined ? Number(values.pr) : null;
        let early = null;
        if (project.configFile) {
            const found = (0,_runtime_driftGitHistory_js__WEBPACK_IMPORTED_MODULE_4__/* .findStrictCommit */ .cE)(project.root, project.configFile);
            if (found.kind === 'found') {
                commit ||= found.sha;
                pr ??= found.pr;
            }
            // The canary window, when the history can tell it (drift-check enforces it on the PR).
            const start = found.kind === 'found'
                ? (0,_runtime_driftGitHistory_js__WEBPACK_IMPORTED_MODULE_4__/* .findCanaryStart */ .KX)(project.root, project.configFile, `${found.sha}^`)
                : found.kind === 'uncommitted'
                    ? (0,_runtime_driftGitHistory_js__WEBPACK_IMPORTED_MODULE_4__/* .findCanaryStart */ .KX)(project.root, project.configFile)
                    : found;
            const promotedAt = found.kind === 'found' ? (0,_runtime_driftGitHistory_js__WEBPACK_IMPORTED_MODULE_4__/* .commitDate */ .W8)(project.root, found.sha) : new Date();
            if (start.kind === 'found' && promotedAt)
                early = (0,_core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_1__/* .canaryWindowProblem */ .KM)(start.date, promotedAt, (0,_core_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(project.config.governance.canary_window), `commit ${start.sha.slice(0, 12)}`);
            else if (start.kind === 'unknown')
                io.err(`note: canary window not checked: ${start.reason}`);
        }
        const fields = {
            date: (0,_driftArgs_js__WEBPACK_IMPORTED_MODULE_6__/* .parseDate */ ._)(values.date, '--date') ?? new Date(),
            kind: 'promotion',
            pr,
            commit,
            actor,
            approvers,
            bundleSha: (bundle ?? (0,_runtime_driftAudit_js__WEBPACK_IMPORTED_MODULE_3__/* .schemaBundleHash */ .IA)(project)).toLowerCase(),
            changeRequest: values['change-request'] ?? '',
            validationWindow: values['validation-window'] ?? '',
            notes: values.notes ?? '',
        };
        if (approvers.length < _core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_1__/* .PROMOTION_APPROVALS */ .zv) {
            io.err(`refused: a promotion to strict needs ${_core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_1__/* .PROMOTION_APPROVALS */ .zv} approvers other than the actor (@${actor}), got ${approvers.length}${approvers.length ? ` (${approvers.map((a) => `@${a}`).join(', ')})` : ''}; pass --approver <login> for each`);
            return 1;
        }
        if (early) {
            io.err(`refused: ${early}`);
            return 1;
        }
        if (values['dry-run']) {
            const { text } = await (0,_runtime_driftAudit_js__WEBPACK_IMPORTED_MODULE_3__/* .readAuditLog */ .Ob)(project);
            io.out((0,_core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_1__/* .renderAuditRow */ .CO)(fields, (0,_core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_1__/* .chainHead */ .MF)((0,_core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_1__/* .parseAuditLog */ .lj)(text))).line);
            return 0;
        }
        const shown = project.display((0,_runtime_driftAudit_js__WEBPACK_IMPORTED_MODULE_3__/* .auditLogPath */ .Hx)(project));
        const result = await (0,_runtime_driftAudit_js__WEBPACK_IMPORTED_MODULE_3__/* .appendAuditRow */ .A5)(project, fields, (rows) => (0,_core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_1__/* .findPromotion */ .Dw)(rows, { pr: fields.pr, commit: fields.commit }));
        if (!result.appended) {
            io.out(`audit log ${shown}: this promotion is already recorded (row ${result.existing.index})`);
            return 0;
        }
        io.out(`audit log ${shown}: appended row ${result.row.index}\n${result.line}`);
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
/* harmony export */   jt: () => (/* binding */ detectModeChange),
/* harmony export */   ls: () => (/* binding */ followUpDue),
/* harmony export */   zh: () => (/* binding */ bundleHash)
/* harmony export */ });
/* unused harmony exports BYPASS_FOLLOW_UP_HOURS, modeOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27244);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28703);
/**
 * Mode changes (canary -> strict) between two config texts, the schema bundle hash and the bypass
 * follow-up time. The audit log table itself is auditLog.ts.
 */



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
    for (const f of [...files].sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_2__/* .byteOrder */ .T)(a.name, b.name))) {
        h.update(f.name);
        h.update('\0');
        h.update(f.content);
        h.update('\0');
    }
    return h.digest('hex');
}
function followUpDue(at) {
    return new Date(at.getTime() + BYPASS_FOLLOW_UP_HOURS * 3600_000);
}


/***/ }),

/***/ 20812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CO: () => (/* binding */ renderAuditRow),
/* harmony export */   Dw: () => (/* binding */ findPromotion),
/* harmony export */   KM: () => (/* binding */ canaryWindowProblem),
/* harmony export */   MF: () => (/* binding */ chainHead),
/* harmony export */   Oq: () => (/* binding */ verifyAuditChain),
/* harmony export */   V2: () => (/* binding */ countedApprovers),
/* harmony export */   jG: () => (/* binding */ AUDIT_LOG_HEADER),
/* harmony export */   lj: () => (/* binding */ parseAuditLog),
/* harmony export */   np: () => (/* binding */ AuditLogFormatError),
/* harmony export */   zv: () => (/* binding */ PROMOTION_APPROVALS)
/* harmony export */ });
/* unused harmony exports AUDIT_COLUMNS, GENESIS_HASH, escapeCell, unescapeCell, rowCells, chainHash */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The audit log (audit.log): a markdown table with one row per strict promotion or emergency
 * bypass, each row carrying a SHA-256 chained to the row before it so that an edited, removed or
 * reordered row is detected (`schemagate audit verify`). Pure: rendering, escaping, parsing and
 * chain checking; the edge (runtime/driftAudit.ts) locks, reads and appends.
 *
 * Every cell is escaped so that no user text can end a cell, start a row, or form an HTML
 * comment: `|`, `<`, `>`, `&`, backticks, backslashes and every control character (newlines
 * included) become HTML character references. A row is therefore always one line.
 */

const AUDIT_COLUMNS = [
    'Date',
    'Kind',
    'PR',
    'Commit',
    'Actor',
    'Approvers',
    'Schema bundle SHA-256',
    'Change request',
    'Validation window',
    'Notes',
    'Row hash',
];
const AUDIT_LOG_HEADER = `# schemagate audit log

Strict-mode promotions and emergency bypasses, oldest first. Written by \`schemagate audit\` and
the drift-check stage; rows are hash-chained: check them with \`schemagate audit verify\`.

| ${AUDIT_COLUMNS.join(' | ')} |
|${AUDIT_COLUMNS.map(() => '---').join('|')}|
`;
/** Distinct approvals (not the actor) a promotion to strict needs. */
const PROMOTION_APPROVALS = 2;
/** The hash the first row chains to. */
const GENESIS_HASH = '0'.repeat(64);
const stamp = (d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
/** Escapes one cell: the result has no `|`, `<`, `>`, backtick, backslash or control character. */
function escapeCell(text) {
    return text.replace(/[&|<>`\\\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `&#${c.codePointAt(0)};`);
}
function unescapeCell(text) {
    return text.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)));
}
/** The escaped cells of a row, without the hash. */
function rowCells(f) {
    return [
        stamp(f.date),
        f.kind,
        f.pr === null ? '' : `#${f.pr}`,
        f.commit,
        f.actor,
        f.approvers.join(', '),
        f.bundleSha,
        f.changeRequest,
        f.validationWindow,
        f.notes,
    ].map(escapeCell);
}
/** SHA-256 of the previous row's hash and this row's escaped cells, as written. */
function chainHash(prev, cells) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(`${prev}\n${cells.join('\t')}`)
        .digest('hex');
}
/** One complete table row (with its newline), chained to `prev`. */
function renderAuditRow(f, prev) {
    const cells = rowCells(f);
    const hash = chainHash(prev, cells);
    return { line: `| ${[...cells, hash].join(' | ')} |\n`, hash };
}
class AuditLogFormatError extends Error {
    line;
    constructor(line, message) {
        super(`line ${line}: ${message}`);
        this.line = line;
        this.name = 'AuditLogFormatError';
    }
}
function rawRows(text) {
    const lines = text.split('\n');
    const head = `| ${AUDIT_COLUMNS.join(' | ')} |`;
    const at = lines.indexOf(head);
    if (at < 0)
        throw new AuditLogFormatError(1, `not a schemagate audit log (no table header "${head}")`);
    const rows = [];
    for (let i = at + 2; i < lines.length; i++) {
        const l = lines[i];
        if (l.trim() === '')
            continue;
        if (!l.startsWith('| ') || !l.endsWith(' |'))
            throw new AuditLogFormatError(i + 1, 'not a table row of the audit log');
        rows.push({ line: i + 1, cells: l.slice(2, -2).split(' | ') });
    }
    return rows;
}
function toRow(raw, index) {
    const c = raw.cells;
    if (c.length !== AUDIT_COLUMNS.length)
        throw new AuditLogFormatError(raw.line, `expected ${AUDIT_COLUMNS.length} cells, found ${c.length}`);
    const u = c.map(unescapeCell);
    const date = new Date(u[0]);
    if (Number.isNaN(date.getTime()))
        throw new AuditLogFormatError(raw.line, `bad date ${JSON.stringify(u[0])}`);
    if (u[1] !== 'promotion' && u[1] !== 'bypass')
        throw new AuditLogFormatError(raw.line, `bad kind ${JSON.stringify(u[1])}`);
    if (u[2] !== '' && !/^#\d+$/.test(u[2]))
        throw new AuditLogFormatError(raw.line, `bad pull request ${JSON.stringify(u[2])}`);
    return {
        index,
        line: raw.line,
        date,
        kind: u[1],
        pr: u[2] === '' ? null : Number(u[2].slice(1)),
        commit: u[3],
        actor: u[4],
        approvers: u[5] === '' ? [] : u[5].split(', '),
        bundleSha: u[6],
        changeRequest: u[7],
        validationWindow: u[8],
        notes: u[9],
        hash: u[10],
    };
}
/** The rows of a log (an empty or missing log has none). Throws AuditLogFormatError. */
function parseAuditLog(text) {
    if (text === undefined || text.trim() === '')
        return [];
    return rawRows(text).map((raw, i) => toRow(raw, i + 1));
}
/** Checks every row's hash against its cells and the row before; names the first bad row. */
function verifyAuditChain(text) {
    if (text === undefined || text.trim() === '')
        return { ok: true, rows: 0, head: GENESIS_HASH };
    let raws;
    try {
        raws = rawRows(text);
    }
    catch (e) {
        if (e instanceof AuditLogFormatError)
            return { ok: false, row: 0, line: e.line, reason: e.message };
        throw e;
    }
    let prev = GENESIS_HASH;
    for (const [i, raw] of raws.entries()) {
        try {
            toRow(raw, i + 1);
        }
        catch (e) {
            if (e instanceof AuditLogFormatError)
                return { ok: false, row: i + 1, line: raw.line, reason: e.message };
            throw e;
        }
        const cells = raw.cells.slice(0, -1);
        const stored = raw.cells[raw.cells.length - 1];
        const expected = chainHash(prev, cells);
        if (stored !== expected)
            return {
                ok: false,
                row: i + 1,
                line: raw.line,
                reason: 'its hash does not match its cells and the row before (edited, removed or reordered rows)',
            };
        prev = stored;
    }
    return { ok: true, rows: raws.length, head: prev };
}
/** The hash the next row chains to. */
function chainHead(rows) {
    return rows.length === 0 ? GENESIS_HASH : rows[rows.length - 1].hash;
}
/** A promotion row that records the given pull request or commit. */
function findPromotion(rows, key) {
    return rows.find((r) => r.kind === 'promotion' &&
        ((key.pr != null && r.pr === key.pr) ||
            (key.commit !== undefined &&
                key.commit !== '' &&
                r.commit !== '' &&
                sameCommit(r.commit, key.commit))));
}
/** Full and abbreviated SHAs match when one is a prefix (at least 7 hex digits) of the other. */
function sameCommit(a, b) {
    const [x, y] = [a.toLowerCase(), b.toLowerCase()];
    if (x.length < 7 || y.length < 7)
        return x === y;
    return x.startsWith(y) || y.startsWith(x);
}
/** Distinct approvers, not counting the actor. */
function countedApprovers(approvers, actor) {
    const seen = new Set();
    for (const a of approvers) {
        const login = a.replace(/^@/, '').trim();
        if (login !== '' && login.toLowerCase() !== actor.toLowerCase())
            seen.add(login.toLowerCase());
    }
    return [...seen].sort();
}
/** Why a promotion is too early (canary shorter than the window), or null. */
function canaryWindowProblem(canarySince, promotedAt, windowMs, where) {
    const ran = promotedAt.getTime() - canarySince.getTime();
    if (ran >= windowMs)
        return null;
    const h = (ms) => `${(Math.max(0, ms) / 3_600_000).toFixed(1)} h`;
    return `canary ran for ${h(ran)} (since ${where}, ${canarySince.toISOString().replace(/\.\d{3}Z$/, 'Z')}), less than governance.canary_window (${h(windowMs)}): promote after ${new Date(canarySince.getTime() + windowMs).toISOString().replace(/\.\d{3}Z$/, 'Z')}`;
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
/* harmony export */   A5: () => (/* binding */ appendAuditRow),
/* harmony export */   Hx: () => (/* binding */ auditLogPath),
/* harmony export */   IA: () => (/* binding */ schemaBundleHash),
/* harmony export */   Ob: () => (/* binding */ readAuditLog),
/* harmony export */   Pn: () => (/* binding */ auditRows)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var proper_lockfile__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83648);
/* harmony import */ var proper_lockfile__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(proper_lockfile__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_drift_audit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38336);
/* harmony import */ var _core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(20812);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74296);
/* harmony import */ var _migrationDir_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(66769);
/* harmony import */ var _sqlFiles_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(62197);
/**
 * The edge side of the audit log: the schema bundle's hash from the files on disk, where the log
 * is (always inside the repository, symlinks resolved), and appending one row under an exclusive
 * lock (proper-lockfile) so that concurrent writers chain their rows one after another and never
 * rewrite what is there: the file is only ever opened for appending.
 */









/** SHA-256 of the declared schema files and the migration directory (names and bytes). */
function schemaBundleHash(project) {
    const { config } = project;
    const files = [];
    if (config.schema) {
        const dir = project.path(config.schema);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
            for (const p of (0,_sqlFiles_js__WEBPACK_IMPORTED_MODULE_8__/* .listSqlFiles */ .WP)(dir))
                files.push({ name: `schema/${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(dir, p)}`, content: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p) });
    }
    const dir = project.path(config.migrations.dir);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
        for (const f of (0,_migrationDir_js__WEBPACK_IMPORTED_MODULE_7__/* .readMigrationDir */ .Oz)(dir, project.configFile))
            files.push({ name: `migrations/${f.name}`, content: f.content });
    return (0,_core_drift_audit_js__WEBPACK_IMPORTED_MODULE_4__/* .bundleHash */ .zh)(files);
}
const inside = (root, p) => {
    const r = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, p);
    return r !== '' && !r.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(r);
};
/** The nearest existing ancestor of `p` (itself included), with symlinks resolved. */
function realExisting(p) {
    let at = p;
    const rest = [];
    while (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(at)) {
        const up = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(at);
        if (up === at)
            break;
        rest.unshift((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(up, at));
        at = up;
    }
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(at), ...rest);
}
/** Absolute path of audit.log; a ConfigError when unset or when it resolves outside the repository. */
function auditLogPath(project) {
    const file = project.configFile ?? 'schemagate.yml';
    const log = project.config.audit.log;
    if (!log)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL(file, 'audit.log', 'not set: add `audit: { log: docs/schema-audit.md }` (any markdown path)');
    const path = project.path(log);
    const root = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(project.root);
    if (!inside(project.root, path) || !inside(root, realExisting(path)))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL(file, 'audit.log', `${JSON.stringify(log)} resolves outside the repository${(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) ? ' (through a symlink)' : ''}: use a path inside it, such as docs/schema-audit.md`);
    return path;
}
async function readAuditLog(project) {
    const path = auditLogPath(project);
    return { path, text: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8') : undefined };
}
/** The rows of audit.log; an InputError naming the file and line when it cannot be read as a log. */
async function auditRows(project) {
    const { path, text } = await readAuditLog(project);
    try {
        return (0,_core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_5__/* .parseAuditLog */ .lj)(text);
    }
    catch (e) {
        if (e instanceof _core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_5__/* .AuditLogFormatError */ .np)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`${project.display(path)}:${e.line}: ${e.message.replace(/^line \d+: /, '')}`);
        throw e;
    }
}
/**
 * Appends one row, chained to the last, under an exclusive lock. `duplicateOf` finds an existing
 * row that already records the same event (then nothing is written). A log whose chain is broken
 * is not appended to: the first bad row is named instead.
 */
async function appendAuditRow(project, fields, duplicateOf) {
    const path = auditLogPath(project);
    const shown = project.display(path);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    // Create the file if needed without truncating it; the lock needs a file to lock.
    await (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'a')).close();
    const release = await proper_lockfile__WEBPACK_IMPORTED_MODULE_3___default().lock(path, {
        retries: { retries: 200, minTimeout: 10, maxTimeout: 200, randomize: true },
        stale: 30_000,
    });
    try {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
        const chain = (0,_core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyAuditChain */ .Oq)(text);
        if (!chain.ok)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`${shown}:${chain.line}: audit log row ${chain.row} is invalid: ${chain.reason}; nothing was appended (run \`schemagate audit verify\`)`);
        const rows = (0,_core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_5__/* .parseAuditLog */ .lj)(text);
        const existing = duplicateOf?.(rows);
        if (existing)
            return { appended: false, existing };
        const { line, hash } = (0,_core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_5__/* .renderAuditRow */ .CO)(fields, (0,_core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_5__/* .chainHead */ .MF)(rows));
        // One complete row per append call; the header only when the file is empty.
        const prefix = text.trim() === '' ? _core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_5__/* .AUDIT_LOG_HEADER */ .jG : text.endsWith('\n') ? '' : '\n';
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.appendFile)(path, prefix + line);
        const lineNo = (text.trim() === '' ? prefix : text + prefix).split('\n').length;
        return { appended: true, row: { ...fields, index: rows.length + 1, line: lineNo, hash }, line };
    }
    finally {
        await release();
    }
}


/***/ }),

/***/ 88619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KX: () => (/* binding */ findCanaryStart),
/* harmony export */   W8: () => (/* binding */ commitDate),
/* harmony export */   Z$: () => (/* binding */ lenientMode),
/* harmony export */   cE: () => (/* binding */ findStrictCommit)
/* harmony export */ });
/* unused harmony export prFromSubject */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/**
 * Which commit put `mode: strict` into the config file, read from the git history of that file.
 * Old versions of the file are read leniently (only the `mode` key): a config written for an
 * older schemagate must still tell its mode.
 */


function git(root, args) {
    return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['-C', root, ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 64 * 1024 * 1024,
    });
}
function tryGit(root, args) {
    try {
        return git(root, args);
    }
    catch {
        return undefined;
    }
}
/** The mode a config text sets: `strict` only when it says so; unreadable text is not strict. */
function lenientMode(text) {
    if (text === undefined)
        return 'canary';
    try {
        const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
        return doc && typeof doc === 'object' && doc.mode === 'strict' ? 'strict' : 'canary';
    }
    catch {
        return 'canary';
    }
}
/** The pull request number a merge or squash commit subject names (GitHub's conventions). */
function prFromSubject(subject) {
    const m = /^Merge pull request #(\d+)\b/.exec(subject) ?? /\(#(\d+)\)\s*$/.exec(subject);
    return m ? Number(m[1]) : null;
}
/**
 * Finds the commit that made `configFile` (relative to `root`) strict. The caller has checked
 * that the file in the working tree is strict.
 */
function findStrictCommit(root, configFile) {
    if (tryGit(root, ['rev-parse', '--is-inside-work-tree'])?.trim() !== 'true')
        return { kind: 'unknown', reason: `${root} is not a git repository` };
    const spec = `./${configFile}`;
    const atHead = tryGit(root, ['show', `HEAD:${spec}`]);
    if (lenientMode(atHead) !== 'strict')
        return { kind: 'uncommitted' };
    const log = tryGit(root, ['log', '--format=%H%x09%s', '--', spec]);
    if (log === undefined)
        return { kind: 'unknown', reason: `git log of ${configFile} failed` };
    const commits = log
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => {
        const tab = l.indexOf('\t');
        return { sha: l.slice(0, tab), subject: l.slice(tab + 1) };
    });
    for (let i = 0; i < commits.length; i++) {
        const c = commits[i];
        const parentText = tryGit(root, ['show', `${c.sha}^:${spec}`]);
        const hasParent = tryGit(root, ['rev-parse', '--verify', '--quiet', `${c.sha}^`]) !== undefined;
        if (hasParent && parentText !== undefined && lenientMode(parentText) === 'strict')
            continue;
        if (!hasParent && tryGit(root, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true')
            return {
                kind: 'unknown',
                reason: `the history of ${configFile} is cut at ${c.sha.slice(0, 12)} (shallow clone)`,
            };
        if (lenientMode(tryGit(root, ['show', `${c.sha}:${spec}`])) !== 'strict')
            continue;
        return { kind: 'found', sha: c.sha, subject: c.subject, pr: prFromSubject(c.subject) };
    }
    return { kind: 'unknown', reason: `no commit in the history of ${configFile} sets mode: strict` };
}
/**
 * When the config file last entered canary as seen from `ref`: the oldest commit of the newest
 * unbroken run of non-strict versions (canary is also the default, so a file created without
 * `mode` starts canary). Measured by committer date.
 */
function findCanaryStart(root, configFile, ref = 'HEAD') {
    const spec = `./${configFile}`;
    const log = tryGit(root, ['log', '--format=%H%x09%cI', ref, '--', spec]);
    if (log === undefined)
        return { kind: 'unknown', reason: `git log of ${configFile} at ${ref} failed` };
    const commits = log
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => {
        const [sha, date] = l.split('\t');
        return { sha, date: new Date(date) };
    });
    let start;
    for (const c of commits) {
        const mode = lenientMode(tryGit(root, ['show', `${c.sha}:${spec}`]));
        if (mode === 'strict') {
            if (start)
                break;
            continue;
        }
        start = c;
        const hasParent = tryGit(root, ['rev-parse', '--verify', '--quiet', `${c.sha}^`]) !== undefined;
        if (!hasParent && tryGit(root, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true')
            return {
                kind: 'unknown',
                reason: `the history of ${configFile} is cut at ${c.sha.slice(0, 12)} (shallow clone)`,
            };
    }
    return start
        ? { kind: 'found', sha: start.sha, date: start.date }
        : { kind: 'unknown', reason: `no commit in the history of ${configFile} runs in canary mode` };
}
/** Committer date of a commit. */
function commitDate(root, sha) {
    const out = tryGit(root, ['show', '-s', '--format=%cI', sha]);
    return out ? new Date(out.trim()) : undefined;
}


/***/ }),

/***/ 66769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ loadMigrationSet),
/* harmony export */   Oz: () => (/* binding */ readMigrationDir),
/* harmony export */   St: () => (/* binding */ runnerOptionsFor)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_config_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27244);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_migrations_common_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57992);
/* harmony import */ var _core_migrations_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(54249);
/* harmony import */ var _sqlFiles_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(62197);
/** Reads a migration directory's top-level files (the formats never look into subdirectories). */







/**
 * The directory's top-level files with their text. `*.sql` files and atlas.sum go through
 * readSqlText (NUL and invalid UTF-8 refused); a symlink to a file inside the repository is
 * followed; anything named `*.sql` that is not a readable regular file is an error naming it.
 */
function readMigrationDir(dir, configFile = 'schemagate.yml', label = dir, root = (0,_sqlFiles_js__WEBPACK_IMPORTED_MODULE_6__/* .repositoryRootOf */ .Ko)(dir)) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory()) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(configFile, 'migrations.dir', `migration directory not found: ${dir}`);
    }
    const show = (p) => (0,_core_migrations_common_js__WEBPACK_IMPORTED_MODULE_4__/* .joinPath */ .uJ)(label, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(dir, p));
    const out = [];
    const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
    for (const e of entries) {
        const claimed = e.name.endsWith('.sql') || e.name === _core_migrations_index_js__WEBPACK_IMPORTED_MODULE_5__/* .ATLAS_SUM */ .Si;
        const kind = (0,_sqlFiles_js__WEBPACK_IMPORTED_MODULE_6__/* .entryKind */ .FY)(dir, e, root, claimed, show);
        if (kind === 'directory' && claimed) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${show((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name))}: a directory named like a migration file; migrations are the files directly in ${label}`);
        }
        if (kind !== 'file')
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name);
        out.push({
            name: e.name,
            content: claimed ? (0,_sqlFiles_js__WEBPACK_IMPORTED_MODULE_6__/* .readSqlText */ .Yb)(path, show(path)) : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'),
        });
    }
    return out;
}
/** Reads the project's migration directory into a set, honouring input/flag overrides. */
function loadMigrationSet(project, overrides = {}) {
    const { config } = project;
    const format = overrides.format || config.migrations.format;
    if (!_core_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MIGRATION_FORMATS */ .sN.includes(format)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(project.configFile ?? 'schemagate.yml', 'migrations.format', `unknown format ${JSON.stringify(format)}; one of ${_core_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MIGRATION_FORMATS */ .sN.join(', ')}`);
    }
    const dir = project.path(overrides.dir || config.migrations.dir);
    const files = readMigrationDir(dir, project.configFile, project.display(dir), (0,_sqlFiles_js__WEBPACK_IMPORTED_MODULE_6__/* .repositoryRootOf */ .Ko)(dir, project.root));
    return (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_5__/* .readMigrationSet */ .PJ)(files, format, project.display(dir));
}
function duration(value, file, key) {
    try {
        return (0,_core_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(value);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(file, key, `not a duration: ${JSON.stringify(value)} (e.g. 500ms, 10s, 2min)`);
    }
}
/** Runner settings from migrations.* in the config, with overrides from inputs or flags. */
function runnerOptionsFor(set, config, configFile, overrides = {}) {
    const m = config.migrations;
    const file = configFile ?? 'schemagate.yml';
    return {
        set,
        revisionsSchema: m.revisions_schema,
        lockTimeoutMs: duration(overrides.lockTimeout || m.lock_timeout, overrides.lockTimeout ? 'input' : file, overrides.lockTimeout ? 'lock-timeout' : 'migrations.lock_timeout'),
        statementTimeoutMs: duration(overrides.statementTimeout || m.statement_timeout, overrides.statementTimeout ? 'input' : file, overrides.statementTimeout ? 'statement-timeout' : 'migrations.statement_timeout'),
        advisoryLockTimeoutMs: duration(m.advisory_lock_timeout, file, 'migrations.advisory_lock_timeout'),
        allowOutOfOrder: m.allow_out_of_order,
    };
}


/***/ })

};
