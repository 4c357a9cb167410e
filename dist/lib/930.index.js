export const id = 930;
export const ids = [930];
export const modules = {

/***/ 62930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   driftCommand: () => (/* binding */ driftCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_report_driftMarkdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95332);
/* harmony import */ var _core_report_driftMetrics_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9268);
/* harmony import */ var _core_report_driftReport_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(60251);
/* harmony import */ var _db_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61370);
/* harmony import */ var _runtime_driftRun_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(18804);
/* harmony import */ var _runtime_project_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(413);
/* harmony import */ var _driftArgs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(10167);










const USAGE = `schemagate drift [dir] [--url <url>] [--baseline <file>] [--pair <left:right>]...
                [--dev-url <url>] [--format text|json] [--report-path <file>] [--metrics-path <file>]
                [--mode canary|strict] [--config <file>]

States: declared (schema dir), replayed (migrations on a fresh dev database), live (--url or
DATABASE_URL, read only), baseline (--baseline or drift.baseline). Default pairs: declared:replayed,
replayed:live with a URL, and baseline:live (or baseline:replayed) with a baseline.
Exit codes: 0 no drift, or drift that does not fail (canary); 1 drift that fails (strict, or a
critical table); 2 bad input.`;
function write(path, text) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, text);
}
const driftCommand = {
    name: 'drift',
    summary: 'Compare declared schema, migrations, live database and baseline',
    usage: USAGE,
    async run(args, io) {
        const { values, positionals } = (0,_driftArgs_js__WEBPACK_IMPORTED_MODULE_8__/* .parseDriftArgs */ .w)(args, {
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
        if (values.format !== 'text' && values.format !== 'json')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`--format must be text or json, got ${JSON.stringify(values.format)}`);
        const project = (0,_runtime_project_js__WEBPACK_IMPORTED_MODULE_7__/* .loadProject */ .g)({
            root: positionals[0] ?? io.cwd,
            config: values.config,
            env: io.env,
            mode: values.mode,
        });
        const report = await (0,_runtime_driftRun_js__WEBPACK_IMPORTED_MODULE_6__/* .runDrift */ .l)({
            project,
            devUrl: values['dev-url'] || project.config.dev_url,
            liveUrl: values.url || io.env.DATABASE_URL || undefined,
            baselinePath: values.baseline,
            pairs: values.pair,
            openDb: (url) => (0,_db_index_js__WEBPACK_IMPORTED_MODULE_5__/* .openDb */ .b)(url, 'schemagate-drift'),
        });
        const json = (0,_core_report_driftReport_js__WEBPACK_IMPORTED_MODULE_9__/* .renderDriftJson */ .WF)(report);
        io.out(values.format === 'json' ? json : (0,_core_report_driftMarkdown_js__WEBPACK_IMPORTED_MODULE_3__/* .renderDriftMarkdown */ .b9)(report));
        if (values['report-path'])
            write(project.path(values['report-path']), json);
        const metrics = values['metrics-path'] ?? project.config.drift.metrics;
        if (metrics)
            write(project.path(metrics), await (0,_core_report_driftMetrics_js__WEBPACK_IMPORTED_MODULE_4__/* .renderDriftMetrics */ .t)(report));
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


/***/ })

};
