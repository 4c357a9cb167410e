export const id = 2127;
export const ids = [2127];
export const modules = {

/***/ 22127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  driftCommand: () => (/* binding */ driftCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/report/driftMarkdown.ts + 2 modules
var driftMarkdown = __webpack_require__(39977);
// EXTERNAL MODULE: ./src/core/report/driftMetrics.ts
var driftMetrics = __webpack_require__(9268);
// EXTERNAL MODULE: ./src/core/report/driftReport.ts
var driftReport = __webpack_require__(60251);
// EXTERNAL MODULE: ./src/core/drift/types.ts
var types = __webpack_require__(5022);
;// CONCATENATED MODULE: ./src/core/report/terminalDrift.ts


const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const indent = (text, by = '      ') => text
    .split('\n')
    .map((l) => `${by}${l}`)
    .join('\n');
function difference(d, p, s) {
    const { left, right } = p.pair;
    const mark = d.change === 'missing' ? s.red('-') : d.change === 'extra' ? s.green('+') : s.yellow('~');
    const fields = d.fields.length > 0
        ? ` (${[...new Set(d.fields.map((f) => f.replace(/Fingerprint$/, '')))].join(', ')})`
        : '';
    const critical = d.critical ? ` ${s.red(s.bold('CRITICAL'))}` : '';
    const out = [`  ${mark} ${d.change} ${d.kind} ${s.bold(d.object)}${fields}${critical}`];
    const side = (label, text) => {
        if (text === null)
            out.push(`      ${label}: ${s.dim('(absent)')}`);
        else if (!text.includes('\n'))
            out.push(`      ${label}: ${text}`);
        else
            out.push(`      ${label}:`, indent(text, '        '));
    };
    side(types/* STATE_LABELS */.In[left], d.left);
    side(types/* STATE_LABELS */.In[right], d.right);
    return out;
}
function renderDriftText(report, s) {
    const out = [];
    const counts = (0,driftReport/* totalCounts */.xW)(report);
    if (report.pairs.length === 0) {
        out.push('drift: nothing to compare: configure schema, a --url or drift.baseline');
    }
    else if (!(0,driftReport/* hasDrift */.uL)(report)) {
        out.push(`${s.green('no drift')} (${report.pairs.map((p) => (0,types/* pairTitle */.xq)(p.pair)).join('; ')}; mode ${report.mode})`);
    }
    else {
        const verdict = report.result === 'fail'
            ? s.red(s.bold('drift found'))
            : report.result === 'bypassed'
                ? s.yellow('drift found, bypassed')
                : s.yellow('drift found (reported only: canary mode)');
        out.push(`${verdict}: ${plural(counts.total, 'difference')}${counts.critical > 0 ? ` (${counts.critical} critical)` : ''}; missing ${counts.missing}, extra ${counts.extra}, changed ${counts.changed}; mode ${report.mode}`);
    }
    if (report.bypass)
        out.push(s.yellow(`bypassed by the label ${report.bypass.label}; fix it by ${report.bypass.dueBy.toISOString().slice(0, 10)}`));
    for (const p of report.pairs) {
        out.push('', `${s.bold((0,types/* pairTitle */.xq)(p.pair))}: ${p.differences.length === 0 ? 'no drift' : plural(p.differences.length, 'difference')}`);
        for (const d of p.differences)
            out.push(...difference(d, p, s));
        if (p.fix) {
            out.push(`  suggested fix: SQL to ${p.fix.purpose}:`);
            if (p.fix.sql.trim() !== '')
                out.push(indent(p.fix.sql.trimEnd(), '    '));
            for (const u of p.fix.unsupported)
                out.push(s.yellow(`    not expressible as SQL by schemagate: ${u}`));
            if (p.fix.note)
                out.push(`    ${p.fix.note}`);
        }
    }
    if (report.declaredPlan)
        out.push('', ...declaredPlanLines(report, report.declaredPlan, s));
    return `${out.join('\n')}\n`;
}
/** The whole plan: a terminal has no comment size limit, and the reader can page or pipe it. */
function declaredPlanLines(report, plan, s) {
    const source = types/* STATE_LABELS */.In[plan.from];
    const title = s.bold('declared plan');
    if (plan.statements === 0 && plan.unsupported.length === 0)
        return [`${title}: nothing would run: the ${source} and the declared schema are the same`];
    // Without a database the plan is often the declared-vs-migrations fix printed just above.
    if (plan.sql.trim() !== '' && report.pairs.some((p) => p.fix?.sql.trim() === plan.sql.trim()))
        return [`${title}: the suggested fix above is the SQL from the ${source} to the declared schema`];
    const out = [
        `${title}: SQL from the ${source} to the declared schema (${plural(plan.statements, 'statement')}):`,
    ];
    if (plan.sql.trim() !== '')
        out.push(indent(plan.sql.trimEnd(), '    '));
    for (const u of plan.unsupported)
        out.push(s.yellow(`    not expressible as SQL by schemagate: ${u}`));
    return out;
}

// EXTERNAL MODULE: ./src/core/report/terminalStyle.ts
var terminalStyle = __webpack_require__(63143);
// EXTERNAL MODULE: ./src/db/index.ts
var db = __webpack_require__(61370);
// EXTERNAL MODULE: ./src/runtime/driftRun.ts + 1 modules
var driftRun = __webpack_require__(18804);
// EXTERNAL MODULE: ./src/runtime/project.ts
var runtime_project = __webpack_require__(413);
// EXTERNAL MODULE: ./src/cli/commands/driftArgs.ts
var driftArgs = __webpack_require__(10167);
;// CONCATENATED MODULE: ./src/cli/commands/drift.ts












const USAGE = `schemagate drift [dir] [--url <url>] [--baseline <file>] [--pair <left:right>]...
                [--dev-url <url>] [--format text|markdown|json] [--report-path <file>] [--metrics-path <file>]
                [--mode canary|strict] [--config <file>]

States: declared (schema dir), replayed (migrations on a fresh dev database), live (--url or
DATABASE_URL, read only), baseline (--baseline or drift.baseline). Default pairs: declared:replayed,
replayed:live with a URL, and baseline:live (or baseline:replayed) with a baseline.
Exit codes: 0 no drift, or drift that does not fail (canary); 1 drift that fails (strict, or a
critical table); 2 bad input.`;
function write(path, text) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    (0,external_node_fs_.writeFileSync)(path, text);
}
const driftCommand = {
    name: 'drift',
    summary: 'Compare declared schema, migrations, live database and baseline',
    usage: USAGE,
    async run(args, io) {
        const { values, positionals } = (0,driftArgs/* parseDriftArgs */.w)(args, {
            url: { type: 'string' },
            'dev-url': { type: 'string' },
            baseline: { type: 'string' },
            pair: { type: 'string', multiple: true },
            format: { type: 'string', default: 'text' },
            'report-path': { type: 'string' },
            'metrics-path': { type: 'string' },
            mode: { type: 'string' },
            config: { type: 'string', short: 'c' },
        }, 'drift');
        if (values.format !== 'text' && values.format !== 'json' && values.format !== 'markdown')
            throw new errors/* InputError */.dz(`--format must be text, markdown or json, got ${JSON.stringify(values.format)}`);
        const project = (0,runtime_project/* loadProject */.gi)({
            root: positionals[0] ?? io.cwd,
            config: values.config,
            env: io.env,
            mode: values.mode,
        });
        const report = await (0,driftRun/* runDrift */.l)({
            project,
            devUrl: values['dev-url'] || project.config.dev_url,
            liveUrl: values.url || io.env.DATABASE_URL || undefined,
            baselinePath: values.baseline,
            pairs: values.pair,
            openDb: (url) => (0,db/* openDb */.bI)(url, 'schemagate-drift'),
        });
        const json = (0,driftReport/* renderDriftJson */.WF)(report);
        io.out(values.format === 'json'
            ? json
            : values.format === 'markdown'
                ? (0,driftMarkdown/* renderDriftMarkdown */.b9)(report)
                : renderDriftText(report, (0,terminalStyle/* terminalStyle */.w)((0,terminalStyle/* colourWanted */.q)(io.env, io.isTTY ?? false))));
        if (values['report-path'])
            write(project.path(values['report-path']), json);
        const metrics = values['metrics-path'] ?? project.config.drift.metrics;
        if (metrics)
            write(project.path(metrics), await (0,driftMetrics/* renderDriftMetrics */.ti)(report));
        return report.result === 'fail' ? 1 : 0;
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

/***/ 63143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ colourWanted),
/* harmony export */   w: () => (/* binding */ terminalStyle)
/* harmony export */ });
/**
 * Colour for the terminal sink only: on when stdout is a TTY, off under NO_COLOR (any non-empty
 * value, no-color.org), forced by FORCE_COLOR (except 0/false), off for TERM=dumb. The comment
 * and job summary renderers never use it, so escape codes cannot leak into them. Pure: the edge
 * passes the environment and whether stdout is a TTY.
 */
function colourWanted(env, isTTY) {
    if (env.NO_COLOR)
        return false;
    const force = env.FORCE_COLOR;
    if (force !== undefined && force !== '')
        return force !== '0' && force.toLowerCase() !== 'false';
    return isTTY && env.TERM !== 'dumb';
}
const sgr = (open, close) => (text) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text) => text;
function terminalStyle(colour) {
    return colour
        ? { colour, red: sgr(31, 39), yellow: sgr(33, 39), green: sgr(32, 39), bold: sgr(1, 22), dim: sgr(2, 22) }
        : { colour, red: plain, yellow: plain, green: plain, bold: plain, dim: plain };
}


/***/ })

};
