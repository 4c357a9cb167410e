export const id = 1633;
export const ids = [1633];
export const modules = {

/***/ 1633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hashCommand: () => (/* binding */ hashCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_migrations_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24652);
/* harmony import */ var _runtime_migrationDir_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66769);
/* harmony import */ var _runtime_project_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(413);






const hashCommand = {
    name: 'hash',
    summary: 'Rewrite the migration directory sum file (atlas.sum)',
    usage: 'schemagate hash [--dir <dir>] [--format <format>] [--config <file>]\n\nWrites atlas.sum exactly as `atlas migrate hash` does, for any directory format.\nExit codes: 0 written, 2 bad input (no such directory, an unreadable format).',
    async run(args, io) {
        const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args,
            options: {
                dir: { type: 'string' },
                format: { type: 'string' },
                config: { type: 'string', short: 'c' },
            },
        });
        const project = (0,_runtime_project_js__WEBPACK_IMPORTED_MODULE_5__/* .loadProject */ .gi)({ root: io.cwd, config: values.config, env: io.env });
        // Reading the set first refuses a directory that mixes formats or repeats a version.
        const set = (0,_runtime_migrationDir_js__WEBPACK_IMPORTED_MODULE_4__/* .loadMigrationSet */ .B_)(project, { dir: values.dir, format: values.format });
        const dir = project.path(values.dir || project.config.migrations.dir);
        const text = (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_3__/* .writeAtlasSum */ .ej)(set.sqlFiles);
        const changed = set.sum?.text !== text;
        if (changed)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, _core_migrations_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ATLAS_SUM */ .Si), text);
        io.out(`${project.display((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, _core_migrations_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ATLAS_SUM */ .Si))}: ${changed ? 'written' : 'already up to date'} (${set.sqlFiles.length} files)`);
        return 0;
    },
};


/***/ }),

/***/ 36740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration)
/* harmony export */ });
const UNIT_MS = {
    ms: 1,
    s: 1000,
    min: 60_000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
};
/** A config duration (number of ms, or `5s`, `2min`, `1h`, `7d`) in milliseconds. */
function parseDuration(value) {
    if (typeof value === 'number')
        return value;
    const m = /^(\d+)(ms|s|min|m|h|d)?$/.exec(value.trim());
    if (!m)
        throw new Error(`not a duration: ${value}`);
    return Number(m[1]) * UNIT_MS[m[2] ?? 'ms'];
}


/***/ }),

/***/ 92946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* reexport safe */ _duration_js__WEBPACK_IMPORTED_MODULE_1__.E),
/* harmony export */   o4: () => (/* reexport safe */ _load_js__WEBPACK_IMPORTED_MODULE_2__.o),
/* harmony export */   sN: () => (/* reexport safe */ _schema_js__WEBPACK_IMPORTED_MODULE_3__.sN)
/* harmony export */ });
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3902);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36740);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9168);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47967);






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
/* harmony import */ var _core_config_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92946);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_migrations_common_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57992);
/* harmony import */ var _core_migrations_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24652);
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
