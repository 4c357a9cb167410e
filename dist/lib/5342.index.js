export const id = 5342;
export const ids = [5342];
export const modules = {

/***/ 35342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   baselineCommand: () => (/* binding */ baselineCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_drift_baseline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13584);
/* harmony import */ var _core_drift_check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80583);
/* harmony import */ var _core_drift_compare_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98148);
/* harmony import */ var _core_drift_filters_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61512);
/* harmony import */ var _core_drift_history_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(31);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74296);
/* harmony import */ var _db_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(61370);
/* harmony import */ var _runtime_driftHistory_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(25771);
/* harmony import */ var _runtime_driftStates_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(75533);
/* harmony import */ var _runtime_project_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(413);
/* harmony import */ var _driftArgs_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(10167);













const USAGE = `schemagate baseline check|update|refresh [dir] [--baseline <file>] [--from live|replayed|declared]
                   [--url <url>] [--dev-url <url>] [--date <iso>] [--config <file>]

  check    exit 1 when the baseline file differs from the source schema (lists the differences)
  update   write the baseline file from the source schema
  refresh  like update, but first keep the previous file as <name>.<UTC timestamp>.json

The file is --baseline or drift.baseline. The source is --from; default: live with --url (or
DATABASE_URL), else replayed (the migrations on a fresh dev database).
Exit codes: 0 ok, 1 the baseline is out of date (check), 2 bad input.`;
const baselineCommand = {
    name: 'baseline',
    summary: 'Check, update or refresh the drift baseline snapshot',
    usage: USAGE,
    async run(args, io) {
        const { values, positionals } = (0,_driftArgs_js__WEBPACK_IMPORTED_MODULE_12__/* .parseDriftArgs */ .w)(args, {
            baseline: { type: 'string' },
            from: { type: 'string' },
            url: { type: 'string' },
            'dev-url': { type: 'string' },
            date: { type: 'string' },
            config: { type: 'string', short: 'c' },
        }, 'baseline');
        const [action, dir] = positionals;
        if (action !== 'check' && action !== 'update' && action !== 'refresh') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`baseline needs an action: check, update or refresh (got ${JSON.stringify(action ?? '')})`);
        }
        const project = (0,_runtime_project_js__WEBPACK_IMPORTED_MODULE_11__/* .loadProject */ .gi)({ root: dir ?? io.cwd, config: values.config, env: io.env });
        const file = values.baseline ?? project.config.drift.baseline;
        if (!file)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL(project.configFile ?? 'schemagate.yml', 'drift.baseline', 'not set: pass --baseline <file> or set drift.baseline');
        const liveUrl = values.url || io.env.DATABASE_URL || undefined;
        const from = (values.from ?? (liveUrl ? 'live' : 'replayed'));
        if (!['live', 'replayed', 'declared'].includes(from))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`--from must be live, replayed or declared, got ${JSON.stringify(values.from)}`);
        const now = (0,_driftArgs_js__WEBPACK_IMPORTED_MODULE_12__/* .parseDate */ ._)(values.date, '--date') ?? new Date();
        let refreshed = false;
        // A refresh is recorded in the validation history (success or failure): the drift-management
        // targets (refresh success rate, false positives) are computed from it.
        const history = async (result) => {
            if (action !== 'refresh')
                return;
            const url = (0,_runtime_driftHistory_js__WEBPACK_IMPORTED_MODULE_9__/* .configuredHistoryUrl */ .s9)(project, io.env) ?? (from === 'live' ? liveUrl : undefined);
            if (!url)
                return;
            const db = await (0,_db_index_js__WEBPACK_IMPORTED_MODULE_8__/* .openDb */ .bI)(url, 'schemagate-baseline');
            try {
                await (0,_runtime_driftHistory_js__WEBPACK_IMPORTED_MODULE_9__/* .recordHistory */ .cJ)(db, project.config.migrations.revisions_schema, [
                    (0,_core_drift_history_js__WEBPACK_IMPORTED_MODULE_6__/* .refreshRow */ .ie)(result, project.config.mode, now),
                ]);
            }
            finally {
                await db.close();
            }
        };
        try {
            const states = await (0,_runtime_driftStates_js__WEBPACK_IMPORTED_MODULE_10__/* .buildStates */ .dY)(new Set([from]), {
                project,
                devUrl: values['dev-url'] || project.config.dev_url,
                liveUrl,
                openDb: (url) => (0,_db_index_js__WEBPACK_IMPORTED_MODULE_8__/* .openDb */ .bI)(url, 'schemagate-baseline'),
            });
            // The baseline holds what the drift check looks at: filters and bookkeeping tables applied.
            const filters = (0,_core_drift_filters_js__WEBPACK_IMPORTED_MODULE_5__/* .driftFilters */ .jg)(project.config.drift, project.configFile, (0,_runtime_driftStates_js__WEBPACK_IMPORTED_MODULE_10__/* .bookkeepingTables */ .w_)(project));
            const model = (0,_core_drift_filters_js__WEBPACK_IMPORTED_MODULE_5__/* .filterModel */ .WA)(states[from], filters);
            const text = (0,_core_drift_baseline_js__WEBPACK_IMPORTED_MODULE_2__/* .renderBaseline */ .qL)(model);
            const path = project.path(file);
            const shown = project.display(path);
            if (action === 'check') {
                if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
                    io.out(`baseline ${shown}: missing; write it with \`schemagate baseline update\``);
                    return 1;
                }
                const current = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
                if (current === text) {
                    io.out(`baseline ${shown}: up to date with the ${from} schema (sha256 ${(0,_core_drift_baseline_js__WEBPACK_IMPORTED_MODULE_2__/* .schemaHash */ .ir)(model)})`);
                    return 0;
                }
                const saved = (0,_core_drift_baseline_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBaseline */ .nk)(current, shown).model;
                const diffs = (0,_core_drift_compare_js__WEBPACK_IMPORTED_MODULE_4__/* .compareModels */ .wA)(saved, (0,_core_drift_filters_js__WEBPACK_IMPORTED_MODULE_5__/* .filterModel */ .WA)(model, filters));
                io.out(`baseline ${shown}: out of date with the ${from} schema: ${diffs.length} difference${diffs.length === 1 ? '' : 's'}`);
                for (const d of diffs)
                    io.out(`  ${(0,_core_drift_check_js__WEBPACK_IMPORTED_MODULE_3__/* .describeDifference */ .hF)(d)}`);
                if (diffs.length === 0)
                    io.out('  (same schema, different file layout: run `schemagate baseline update` to rewrite it)');
                io.out('Refresh it with `schemagate baseline refresh` and commit the file.');
                return 1;
            }
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
            if (action === 'refresh' && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
                const backup = (0,_core_drift_baseline_js__WEBPACK_IMPORTED_MODULE_2__/* .backupPath */ .wZ)(path, now);
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.copyFileSync)(path, backup);
                io.out(`baseline ${shown}: previous file kept as ${project.display(backup)}`);
            }
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, text);
            refreshed = true;
            io.out(`baseline ${shown}: written from the ${from} schema (sha256 ${(0,_core_drift_baseline_js__WEBPACK_IMPORTED_MODULE_2__/* .schemaHash */ .ir)(model)})`);
            return 0;
        }
        catch (err) {
            await history('failure').catch(() => { });
            throw err;
        }
        finally {
            if (action === 'refresh' && refreshed)
                await history('success');
        }
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

/***/ 31:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AV: () => (/* binding */ insertHistorySql),
/* harmony export */   F_: () => (/* binding */ selectHistorySql),
/* harmony export */   GQ: () => (/* binding */ HISTORY_TABLE),
/* harmony export */   NA: () => (/* binding */ createHistorySql),
/* harmony export */   ie: () => (/* binding */ refreshRow),
/* harmony export */   qD: () => (/* binding */ summarizeHistory),
/* harmony export */   vK: () => (/* binding */ validationRows)
/* harmony export */ });
/* harmony import */ var _sql_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95505);
/**
 * The validation history (`schemagate_validations`): one row per pair checked in a drift run,
 * and one per baseline refresh. The cumulative counters and the drift-management targets
 * (false-positive rate, baseline-refresh success rate, time from detection to resolution) are
 * computed from these rows, so they survive across runs. Pure: SQL text and arithmetic; the
 * edge runs the SQL (runtime/driftHistory.ts).
 */

const HISTORY_TABLE = 'schemagate_validations';
function createHistorySql(schema) {
    return `CREATE SCHEMA IF NOT EXISTS ${(0,_sql_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdent */ .v4)(schema)};
CREATE TABLE IF NOT EXISTS ${(0,_sql_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .qualified */ .LX)(schema, HISTORY_TABLE)} (
  id bigserial PRIMARY KEY,
  kind text NOT NULL,
  subject text NOT NULL,
  mode text NOT NULL,
  result text NOT NULL,
  total integer NOT NULL,
  breaking integer NOT NULL,
  critical integer NOT NULL,
  tables text[] NOT NULL,
  commit text NOT NULL,
  recorded_at timestamptz NOT NULL
);`;
}
function insertHistorySql(schema) {
    return `INSERT INTO ${(0,_sql_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .qualified */ .LX)(schema, HISTORY_TABLE)} (kind, subject, mode, result, total, breaking, critical, tables, commit, recorded_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text[], $9, $10)`;
}
function selectHistorySql(schema) {
    return `SELECT kind, subject, mode, result, total, breaking, critical, tables::text[] AS tables, commit, recorded_at
FROM ${(0,_sql_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .qualified */ .LX)(schema, HISTORY_TABLE)} ORDER BY recorded_at, id`;
}
/** The rows one drift run adds: one per pair. */
function validationRows(pairs, mode, commit, at) {
    return pairs.map((p) => ({
        kind: 'validation',
        subject: p.subject,
        mode,
        result: p.result,
        total: p.counts.total,
        breaking: p.counts.breaking,
        critical: p.counts.critical,
        tables: [...new Set(p.differences.flatMap((d) => (d.table === null ? [] : [d.table])))].sort(),
        commit,
        at,
    }));
}
/** The row of one baseline refresh. */
function refreshRow(result, mode, at) {
    return {
        kind: 'baseline-refresh',
        subject: 'baseline',
        mode,
        result,
        total: 0,
        breaking: 0,
        critical: 0,
        tables: [],
        commit: '',
        at,
    };
}
const hasDrift = (r) => r.kind === 'validation' && r.total > 0;
function counted(rows) {
    const m = new Map();
    for (const r of rows) {
        const key = `${r.subject}\u0000${r.mode}`;
        const e = m.get(key) ?? { subject: r.subject, mode: r.mode, count: 0 };
        m.set(key, { ...e, count: e.count + 1 });
    }
    return [...m.values()].sort((a, b) => (a.subject + a.mode < b.subject + b.mode ? -1 : 1));
}
/** Aggregates the history (rows in time order) at `now`. */
function summarizeHistory(rows, now) {
    const validations = rows.filter((r) => r.kind === 'validation');
    const refreshes = rows.filter((r) => r.kind === 'baseline-refresh');
    // A drift finding is a false positive when a successful baseline refresh followed it before
    // any run of its subject came back clean: the difference was accepted, not fixed.
    const findings = validations.filter(hasDrift);
    let accepted = 0;
    for (const f of findings) {
        const later = rows.filter((r) => r.at.getTime() >= f.at.getTime() && r !== f);
        const firstClean = later.find((r) => r.kind === 'validation' && r.subject === f.subject && r.total === 0);
        const refresh = later.find((r) => r.kind === 'baseline-refresh' && r.result === 'success');
        if (refresh && (!firstClean || refresh.at.getTime() <= firstClean.at.getTime()))
            accepted++;
    }
    const resolutions = [];
    const open = [];
    const firstSeen = new Map();
    const key = (s, t) => `${s}\u0000${t}`;
    for (const r of validations) {
        const now = new Set(r.tables);
        for (const t of now)
            if (!firstSeen.has(key(r.subject, t)))
                firstSeen.set(key(r.subject, t), r.at);
        for (const [k, since] of [...firstSeen]) {
            const [subject, table] = k.split('\u0000');
            if (subject !== r.subject || now.has(table))
                continue;
            resolutions.push({ subject, table, seconds: (r.at.getTime() - since.getTime()) / 1000 });
            firstSeen.delete(k);
        }
    }
    for (const [k, since] of firstSeen) {
        const [subject, table] = k.split('\u0000');
        open.push({ subject, table, seconds: (now.getTime() - since.getTime()) / 1000 });
    }
    return {
        failures: counted(findings),
        validations: counted(validations),
        falsePositiveRate: findings.length === 0 ? null : accepted / findings.length,
        baselineRefreshSuccessRate: refreshes.length === 0
            ? null
            : refreshes.filter((r) => r.result === 'success').length / refreshes.length,
        resolutions,
        open,
    };
}


/***/ }),

/***/ 25771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lu: () => (/* binding */ readHistory),
/* harmony export */   cJ: () => (/* binding */ recordHistory),
/* harmony export */   om: () => (/* binding */ historyTarget),
/* harmony export */   s9: () => (/* binding */ configuredHistoryUrl)
/* harmony export */ });
/* harmony import */ var _core_drift_history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_sql_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95505);



/** governance.history_url, with `$NAME` read from the environment. */
function configuredHistoryUrl(project, env) {
    const value = project.config.governance.history_url;
    if (value === undefined)
        return undefined;
    const m = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(value);
    if (!m)
        return value;
    const url = env[m[1]];
    if (!url)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(project.configFile ?? 'schemagate.yml', 'governance.history_url', `environment variable ${m[1]} is not set (pass it to the step's env)`);
    return url;
}
/**
 * Where this run's history goes: the named history database, else the live database the check
 * read, unless that is a throw-away branch (the PR's Neon branch), where history would be lost.
 */
function historyTarget(opts) {
    if (opts.configured)
        return { url: opts.configured, where: 'the history database (governance.history_url)' };
    if (!opts.liveUrl)
        return { url: null, why: 'no live database was checked and governance.history_url is not set' };
    if (opts.liveIsEphemeral)
        return {
            url: null,
            why: "the live database is this pull request's Neon branch, which is thrown away; set governance.history_url to keep it",
        };
    return { url: opts.liveUrl, where: 'the live database' };
}
async function recordHistory(db, schema, rows) {
    await db.transaction(async (tx) => {
        await tx.exec((0,_core_drift_history_js__WEBPACK_IMPORTED_MODULE_0__/* .createHistorySql */ .NA)(schema));
        for (const r of rows)
            await tx.query((0,_core_drift_history_js__WEBPACK_IMPORTED_MODULE_0__/* .insertHistorySql */ .AV)(schema), [
                r.kind,
                r.subject,
                r.mode,
                r.result,
                r.total,
                r.breaking,
                r.critical,
                r.tables,
                r.commit,
                r.at.toISOString(),
            ]);
    });
}
async function readHistory(db, schema) {
    const exists = await db.query('SELECT to_regclass($1)::text AS t', [
        (0,_core_sql_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .qualified */ .LX)(schema, _core_drift_history_js__WEBPACK_IMPORTED_MODULE_0__/* .HISTORY_TABLE */ .GQ),
    ]);
    if (!exists.rows[0]?.t)
        return [];
    const res = await db.query((0,_core_drift_history_js__WEBPACK_IMPORTED_MODULE_0__/* .selectHistorySql */ .F_)(schema));
    return res.rows.map((r) => ({
        kind: r.kind,
        subject: String(r.subject),
        mode: r.mode,
        result: String(r.result),
        total: Number(r.total),
        breaking: Number(r.breaking),
        critical: Number(r.critical),
        tables: parseTextArray(r.tables),
        commit: String(r.commit),
        at: new Date(r.recorded_at),
    }));
}
/** node-postgres returns text[] as a JS array; be lenient with the `{a,b}` form too. */
function parseTextArray(v) {
    if (Array.isArray(v))
        return v.map(String);
    if (typeof v !== 'string' || v === '{}')
        return [];
    return v
        .slice(1, -1)
        .split(',')
        .map((s) => s.replace(/^"(.*)"$/, '$1').replace(/\\(.)/g, '$1'));
}


/***/ })

};
