export const id = 342;
export const ids = [342];
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
/* harmony import */ var _core_drift_compare_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61493);
/* harmony import */ var _core_drift_filters_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61512);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74296);
/* harmony import */ var _db_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(61370);
/* harmony import */ var _runtime_driftStates_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(75533);
/* harmony import */ var _runtime_project_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(413);
/* harmony import */ var _driftArgs_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(10167);











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
        const { values, positionals } = (0,_driftArgs_js__WEBPACK_IMPORTED_MODULE_10__/* .parseDriftArgs */ .w)(args, {
            baseline: { type: 'string' },
            from: { type: 'string' },
            url: { type: 'string' },
            'dev-url': { type: 'string' },
            date: { type: 'string' },
            config: { type: 'string', short: 'c' },
        }, 'baseline');
        const [action, dir] = positionals;
        if (action !== 'check' && action !== 'update' && action !== 'refresh') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`baseline needs an action: check, update or refresh (got ${JSON.stringify(action ?? '')})`);
        }
        const project = (0,_runtime_project_js__WEBPACK_IMPORTED_MODULE_9__/* .loadProject */ .g)({ root: dir ?? io.cwd, config: values.config, env: io.env });
        const file = values.baseline ?? project.config.drift.baseline;
        if (!file)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL(project.configFile ?? 'schemagate.yml', 'drift.baseline', 'not set: pass --baseline <file> or set drift.baseline');
        const liveUrl = values.url || io.env.DATABASE_URL || undefined;
        const from = (values.from ?? (liveUrl ? 'live' : 'replayed'));
        if (!['live', 'replayed', 'declared'].includes(from))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`--from must be live, replayed or declared, got ${JSON.stringify(values.from)}`);
        const now = (0,_driftArgs_js__WEBPACK_IMPORTED_MODULE_10__/* .parseDate */ ._)(values.date, '--date') ?? new Date();
        const states = await (0,_runtime_driftStates_js__WEBPACK_IMPORTED_MODULE_8__/* .buildStates */ .dY)(new Set([from]), {
            project,
            devUrl: values['dev-url'] || project.config.dev_url,
            liveUrl,
            openDb: (url) => (0,_db_index_js__WEBPACK_IMPORTED_MODULE_7__/* .openDb */ .b)(url, 'schemagate-baseline'),
        });
        // The baseline holds what the drift check looks at: filters and bookkeeping tables applied.
        const filters = (0,_core_drift_filters_js__WEBPACK_IMPORTED_MODULE_5__/* .driftFilters */ .jg)(project.config.drift, project.configFile, (0,_runtime_driftStates_js__WEBPACK_IMPORTED_MODULE_8__/* .bookkeepingTables */ .w_)(project));
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
        io.out(`baseline ${shown}: written from the ${from} schema (sha256 ${(0,_core_drift_baseline_js__WEBPACK_IMPORTED_MODULE_2__/* .schemaHash */ .ir)(model)})`);
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


/***/ })

};
