export const id = 4540;
export const ids = [4540];
export const modules = {

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

/***/ 4540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   metricsCommand: () => (/* binding */ metricsCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_drift_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_report_driftMetrics_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9268);
/* harmony import */ var _db_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61370);
/* harmony import */ var _runtime_driftHistory_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(25771);
/* harmony import */ var _runtime_project_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(413);
/* harmony import */ var _driftArgs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(10167);









const USAGE = `schemagate metrics [dir] [--url <history database>] [--format prometheus|json]
                  [--metrics-path <file>] [--config <file>]

Reads the validation history (schemagate_validations, written by every drift-check run) and
prints the cumulative counters and the drift-management figures: validation failures by
subject and mode (<prefix>_schema_validation_failures_total, prefix from metrics.prefix),
false-positive rate, baseline-refresh success rate and time from detection to resolution per
table. --url defaults to governance.history_url. --metrics-path writes the Prometheus text to
a file instead of printing it.
Exit codes: 0 ok, 2 bad input (no history database named).`;
const metricsCommand = {
    name: 'metrics',
    summary: 'Cumulative drift metrics from the validation history',
    usage: USAGE,
    async run(args, io) {
        const { values, positionals } = (0,_driftArgs_js__WEBPACK_IMPORTED_MODULE_8__/* .parseDriftArgs */ .w)(args, {
            url: { type: 'string' },
            format: { type: 'string', default: 'prometheus' },
            'metrics-path': { type: 'string' },
            config: { type: 'string', short: 'c' },
        }, 'metrics');
        const format = values.format;
        if (format !== 'prometheus' && format !== 'json')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`--format must be prometheus or json, got ${JSON.stringify(format)}`);
        const project = (0,_runtime_project_js__WEBPACK_IMPORTED_MODULE_7__/* .loadProject */ .gi)({ root: positionals[0] ?? io.cwd, config: values.config, env: io.env });
        const url = values.url || (0,_runtime_driftHistory_js__WEBPACK_IMPORTED_MODULE_6__/* .configuredHistoryUrl */ .s9)(project, io.env);
        if (!url)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('no history database: pass --url or set governance.history_url');
        const db = await (0,_db_index_js__WEBPACK_IMPORTED_MODULE_5__/* .openDb */ .bI)(url, 'schemagate metrics');
        let rows;
        try {
            rows = await (0,_runtime_driftHistory_js__WEBPACK_IMPORTED_MODULE_6__/* .readHistory */ .Lu)(db, project.config.migrations.revisions_schema);
        }
        finally {
            await db.close();
        }
        const summary = (0,_core_drift_history_js__WEBPACK_IMPORTED_MODULE_2__/* .summarizeHistory */ .qD)(rows, new Date());
        if (format === 'json') {
            io.out(JSON.stringify({ prefix: project.config.metrics.prefix, rows: rows.length, ...summary }, null, 2));
            return 0;
        }
        const text = await (0,_core_report_driftMetrics_js__WEBPACK_IMPORTED_MODULE_4__/* .renderHistoryMetrics */ .M7)(summary, project.config.metrics.prefix);
        if (values['metrics-path']) {
            const path = project.path(values['metrics-path']);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, text);
            io.out(`wrote ${project.display(path)}`);
        }
        else
            io.out(text);
        return 0;
    },
};


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

/***/ 9268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M7: () => (/* binding */ renderHistoryMetrics),
/* harmony export */   ti: () => (/* binding */ renderDriftMetrics)
/* harmony export */ });
/* unused harmony export DEFAULT_METRICS_PREFIX */
/* harmony import */ var prom_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95222);
/**
 * Prometheus text exposition of drift runs, through prom-client with a registry of its own (the
 * global one would mix in whatever else the process registered). The failure counter is a real
 * counter when a validation history is given: its value is the total over every recorded run,
 * so dashboards see it grow; without a history it holds this run only (0 or 1 per subject).
 */

const DEFAULT_METRICS_PREFIX = 'schemagate';
function historyMetrics(registry, prefix, history) {
    const failures = new prom_client__WEBPACK_IMPORTED_MODULE_0__.Counter({
        name: `${prefix}_schema_validation_failures_total`,
        help: 'Schema validations (pairs of states compared) that found drift, by subject and mode, over the whole validation history.',
        labelNames: ['subject', 'mode'],
        registers: [registry],
    });
    const runs = new prom_client__WEBPACK_IMPORTED_MODULE_0__.Counter({
        name: `${prefix}_schema_validations_total`,
        help: 'Schema validations recorded in the validation history, by subject and mode.',
        labelNames: ['subject', 'mode'],
        registers: [registry],
    });
    for (const r of history.validations) {
        runs.inc({ subject: r.subject, mode: r.mode }, r.count);
        failures.inc({ subject: r.subject, mode: r.mode }, 0);
    }
    for (const f of history.failures)
        failures.inc({ subject: f.subject, mode: f.mode }, f.count);
    const rate = (name, help, value) => {
        const g = new prom_client__WEBPACK_IMPORTED_MODULE_0__.Gauge({ name: `${prefix}_${name}`, help, registers: [registry] });
        if (value !== null)
            g.set(value);
    };
    rate('drift_false_positive_ratio', 'Share of drift findings later accepted by a baseline refresh (target: at most 0.05).', history.falsePositiveRate);
    rate('baseline_refresh_success_ratio', 'Successful baseline refreshes over all refreshes (target: at least 0.95).', history.baselineRefreshSuccessRate);
    const resolved = new prom_client__WEBPACK_IMPORTED_MODULE_0__.Gauge({
        name: `${prefix}_drift_resolution_seconds`,
        help: 'Seconds from first detection of drift on a table to the first run without it (latest resolution per table; target: at most 1800).',
        labelNames: ['subject', 'table'],
        registers: [registry],
    });
    for (const r of history.resolutions)
        resolved.set({ subject: r.subject, table: r.table }, r.seconds);
    const open = new prom_client__WEBPACK_IMPORTED_MODULE_0__.Gauge({
        name: `${prefix}_drift_open_seconds`,
        help: 'Seconds since drift on a table was first detected, for tables still drifting.',
        labelNames: ['subject', 'table'],
        registers: [registry],
    });
    for (const r of history.open)
        open.set({ subject: r.subject, table: r.table }, r.seconds);
    return failures;
}
async function renderHistoryMetrics(history, prefix = DEFAULT_METRICS_PREFIX) {
    const registry = new prom_client__WEBPACK_IMPORTED_MODULE_0__.Registry();
    historyMetrics(registry, prefix, history);
    return registry.metrics();
}
async function renderDriftMetrics(report, options = {}) {
    const prefix = options.prefix ?? DEFAULT_METRICS_PREFIX;
    const registry = new prom_client__WEBPACK_IMPORTED_MODULE_0__.Registry();
    const failures = options.history
        ? undefined
        : new prom_client__WEBPACK_IMPORTED_MODULE_0__.Counter({
            name: `${prefix}_schema_validation_failures_total`,
            help: 'Schema validations (pairs of states compared) that found drift, by subject and mode (this run only: no validation history).',
            labelNames: ['subject', 'mode'],
            registers: [registry],
        });
    if (options.history)
        historyMetrics(registry, prefix, options.history);
    const objects = new prom_client__WEBPACK_IMPORTED_MODULE_0__.Gauge({
        name: `${prefix}_drift_objects`,
        help: 'Objects that drifted, by subject, object kind and change (missing, extra, changed).',
        labelNames: ['subject', 'kind', 'change'],
        registers: [registry],
    });
    const critical = new prom_client__WEBPACK_IMPORTED_MODULE_0__.Gauge({
        name: `${prefix}_drift_critical_objects`,
        help: 'Drifted objects on critical tables, by subject.',
        labelNames: ['subject'],
        registers: [registry],
    });
    const breaking = new prom_client__WEBPACK_IMPORTED_MODULE_0__.Gauge({
        name: `${prefix}_drift_breaking_objects`,
        help: 'Drifted objects whose change is breaking, by subject.',
        labelNames: ['subject'],
        registers: [registry],
    });
    const duration = new prom_client__WEBPACK_IMPORTED_MODULE_0__.Gauge({
        name: `${prefix}_drift_check_duration_seconds`,
        help: 'Wall time of the drift check run, in seconds.',
        registers: [registry],
    });
    const result = new prom_client__WEBPACK_IMPORTED_MODULE_0__.Gauge({
        name: `${prefix}_drift_check_result`,
        help: '1 for the result of this run (pass, drift, fail, bypassed), 0 for the others.',
        labelNames: ['result', 'mode'],
        registers: [registry],
    });
    for (const p of report.pairs) {
        failures?.inc({ subject: p.subject, mode: report.mode }, p.differences.length > 0 ? 1 : 0);
        critical.set({ subject: p.subject }, p.counts.critical);
        breaking.set({ subject: p.subject }, p.counts.breaking);
        const byKindChange = new Map();
        for (const d of p.differences) {
            const key = `${d.kind}\u0000${d.change}`;
            byKindChange.set(key, (byKindChange.get(key) ?? 0) + 1);
        }
        for (const [key, n] of [...byKindChange].sort()) {
            const [kind, change] = key.split('\u0000');
            objects.set({ subject: p.subject, kind, change }, n);
        }
    }
    duration.set(report.durationMs / 1000);
    for (const r of ['pass', 'drift', 'fail', 'bypassed'])
        result.set({ result: r, mode: report.mode }, r === report.result ? 1 : 0);
    return registry.metrics();
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
