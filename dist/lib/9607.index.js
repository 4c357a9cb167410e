export const id = 9607;
export const ids = [9607];
export const modules = {

/***/ 82359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  diffCommand: () => (/* binding */ diffCommand),
  loadBothSources: () => (/* binding */ loadBothSources),
  loadSchemaSource: () => (/* binding */ loadSchemaSource),
  reportUnsupported: () => (/* binding */ reportUnsupported)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/core/catalog/declared.ts
var declared = __webpack_require__(41477);
// EXTERNAL MODULE: ./src/core/catalog/index.ts + 1 modules
var catalog = __webpack_require__(36524);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/progress.ts
/**
 * Progress of long work (a migration run over many files, a diff of thousands of tables), reported
 * by the core through an `onProgress` callback in its options. The core only counts; drawing a bar
 * or printing a line per phase is the CLI edge's job (src/cli/progress.ts), and the stages pass no
 * callback at all.
 */
/** The same callback with the phase renamed, e.g. to say which side of a diff is being read. */
function relabel(on, name) {
    return on && ((e) => on({ ...e, phase: name(e.phase) }));
}

// EXTERNAL MODULE: ./src/db/connectionTarget.ts
var connectionTarget = __webpack_require__(84053);
// EXTERNAL MODULE: ./src/runtime/devDatabase.ts
var devDatabase = __webpack_require__(61610);
// EXTERNAL MODULE: ./src/runtime/introspectUrl.ts
var introspectUrl = __webpack_require__(6864);
// EXTERNAL MODULE: ./src/runtime/projectCore.ts + 1 modules
var projectCore = __webpack_require__(61746);
// EXTERNAL MODULE: ./src/runtime/sqlFiles.ts
var sqlFiles = __webpack_require__(62197);
// EXTERNAL MODULE: ./src/cli/progress.ts
var cli_progress = __webpack_require__(9851);
;// CONCATENATED MODULE: ./src/cli/commands/diff.ts













/**
 * A schema named on the command line: a connection URL is introspected; a directory of *.sql
 * files is applied to the dev database (embedded PGlite unless `devUrl`) and introspected there.
 * Two sources on the embedded database load one after the other (see loadBothSources).
 */
async function loadSchemaSource(source, flag, cwd, devUrl, options = {}) {
    if ((0,connectionTarget/* isConnectionString */.mO)(source)) {
        return { model: await (0,introspectUrl/* introspectUrl */.N)(source, 'schemagate-diff', options), renames: [], usings: [] };
    }
    const dir = (0,external_node_path_.resolve)(cwd, source);
    if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory()) {
        throw new errors/* InputError */.dz((0,connectionTarget/* looksLikeConnectionString */.T3)(source)
            ? `${flag}: not a postgres:// URL, key=value connection string or directory of *.sql files (its value is not shown)`
            : `${flag} ${source}: not a postgres:// URL or a directory of *.sql files`);
    }
    const files = await (0,sqlFiles/* parseSqlFiles */.VH)((0,sqlFiles/* listSqlFiles */.WP)(dir), (0,sqlFiles/* relativeTo */.Mf)(cwd));
    const dev = await (0,devDatabase.openDevDatabase)(devUrl);
    try {
        return await (0,declared/* loadDeclaredSchema */.k)(dev.db, files, options);
    }
    finally {
        await dev.dispose();
    }
}
/** True when the source will be loaded on the embedded database (one per process). */
function usesEmbedded(source, devUrl) {
    return !(0,connectionTarget/* isConnectionString */.mO)(source) && (!devUrl || devUrl === 'embedded' || devUrl === 'pglite');
}
/**
 * Loads both sides at once when they do not share the embedded database (which is one database
 * per process); both loads are settled before an error is thrown so nothing is left open.
 */
async function loadBothSources(from, to, cwd, devUrl, options) {
    // One set of options for both sides, or one per side (progress names the side it reports on).
    const sides = 'from' in options ? options : { from: options, to: options };
    if (usesEmbedded(from, devUrl) && usesEmbedded(to, devUrl)) {
        const a = await loadSchemaSource(from, '--from', cwd, devUrl, sides.from);
        return [a, await loadSchemaSource(to, '--to', cwd, devUrl, sides.to)];
    }
    const [a, b] = await Promise.allSettled([
        loadSchemaSource(from, '--from', cwd, devUrl, sides.from),
        loadSchemaSource(to, '--to', cwd, devUrl, sides.to),
    ]);
    if (a.status === 'rejected')
        throw a.reason;
    if (b.status === 'rejected')
        throw b.reason;
    return [a.value, b.value];
}
/** Unsupported objects go to stderr too, so a script piping the SQL still sees them. */
async function reportUnsupported(command, plan, io) {
    if (plan.unsupported.length === 0)
        return;
    const { describeUnsupported } = await __webpack_require__.e(/* import() */ 5709).then(__webpack_require__.bind(__webpack_require__, 5709));
    for (const u of plan.unsupported)
        io.err(`schemagate ${command}: unsupported ${describeUnsupported(u)}`);
}
const diffCommand = {
    name: 'diff',
    summary: 'Print the SQL plan that turns one schema into another',
    usage: 'schemagate diff --from <url|dir> --to <url|dir> [--concurrent-indexes] [--partial] [--config <file>]\n\n' +
        'A directory of *.sql files is loaded on the dev database (dev_url, default embedded PGlite).\n' +
        'Prints nothing when the schemas are equal. When a change cannot be planned the whole plan is\n' +
        'refused (exit 2, every unsupported change named); --partial prints the supported part instead,\n' +
        'marked PARTIAL PLAN. Migration-tool bookkeeping tables are left out.\n' +
        'Progress goes to standard error: a bar on a terminal, otherwise one line per phase (reading\n' +
        'each side, diffing, planning); standard output has only the SQL.\n' +
        'Exit codes: 0 ok, 2 bad input or a refused plan.',
    async run(args, io) {
        const { values } = (0,external_node_util_.parseArgs)({
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
            throw new errors/* InputError */.dz('both --from and --to are required (a postgres:// URL or a directory)');
        const project = await (0,projectCore/* loadProjectLazily */.Nj)({ root: io.cwd, config: values.config, env: io.env });
        const devUrl = project.config.dev_url;
        const options = (0,catalog/* withoutBookkeeping */.Pr)(project.config.migrations.revisions_schema, {
            ignore: (0,catalog/* ignoredKinds */.In)(project.config.ignore),
        });
        const progress = (0,cli_progress/* startProgress */.o)(io, { quiet: false });
        // The planner loads while the catalogs are read (the process would otherwise wait on both).
        const planner = __webpack_require__.e(/* import() */ 5709).then(__webpack_require__.bind(__webpack_require__, 5709));
        planner.catch(() => { });
        let plan;
        let engine;
        try {
            const on = progress.onProgress;
            const [from, to] = await loadBothSources(values.from, values.to, io.cwd, devUrl, {
                from: { ...options, onProgress: relabel(on, (p) => `${p} (--from)`) },
                to: { ...options, onProgress: relabel(on, (p) => `${p} (--to)`) },
            });
            engine = await planner;
            plan = engine.planDiff(from.model, to.model, {
                concurrentIndexes: values['concurrent-indexes'],
                renames: to.renames,
                usings: to.usings,
                onProgress: on,
            });
        }
        finally {
            progress.stop();
        }
        engine.refuseUnsupported('diff', plan, values.partial ?? false);
        const sql = engine.renderPlanSql(plan);
        if (sql)
            io.out(sql);
        await reportUnsupported('diff', plan, io);
        return 0;
    },
};


/***/ }),

/***/ 19607:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   newCommand: () => (/* binding */ newCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_catalog_declared_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41477);
/* harmony import */ var _core_catalog_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36524);
/* harmony import */ var _core_diff_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5709);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74296);
/* harmony import */ var _core_migrations_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(24652);
/* harmony import */ var _runtime_devDatabase_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(61610);
/* harmony import */ var _runtime_migrationDir_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(66769);
/* harmony import */ var _runtime_project_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(413);
/* harmony import */ var _runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(62197);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(82359);













const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
function body(plan, schemaDir, direction) {
    const head = direction === 'up'
        ? `-- Generated by schemagate new: migrations -> declared schema (${schemaDir.replace(/[\r\n]+/g, ' ')}).\n`
        : `-- Generated by schemagate new: reverts the up migration.\n`;
    return `${head}${(0,_core_diff_index_js__WEBPACK_IMPORTED_MODULE_5__.renderPlanSql)(plan)}`;
}
const newCommand = {
    name: 'new',
    summary: 'Write the next migration from the declared schema',
    usage: 'schemagate new <name> [--partial] [--config <file>]\n\n' +
        'Compares the declared schema (config `schema`) with the schema the migrations produce and\n' +
        'writes the difference as the next migration file. Nothing is written when they are equal.\n' +
        'When a change (or its reverse, for a down file) cannot be planned nothing is written and every\n' +
        'unsupported change is named (exit 2); --partial writes the supported part, marked PARTIAL PLAN.\n' +
        'Exit codes: 0 ok (written or nothing to do), 2 bad input, configuration or a refused plan.',
    async run(args, io) {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args,
            options: { config: { type: 'string', short: 'c' }, partial: { type: 'boolean', default: false } },
            allowPositionals: true,
        });
        const name = positionals[0];
        if (!name || positionals.length > 1)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz('usage: schemagate new <name>');
        if (!NAME.test(name)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`migration name ${JSON.stringify(name)}: use letters, digits, _ and - only`);
        }
        const project = (0,_runtime_project_js__WEBPACK_IMPORTED_MODULE_10__/* .loadProject */ .gi)({ root: io.cwd, config: values.config, env: io.env });
        const { config } = project;
        const configFile = project.configFile ?? 'schemagate.yml';
        if (!config.schema) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL(configFile, 'schema', 'set `schema` to the directory of declarative *.sql files to use `new`');
        }
        const schemaDir = project.path(config.schema);
        (0,_runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_11__/* .requireDir */ .pt)(schemaDir, 'schema', project.configFile);
        const set = (0,_runtime_migrationDir_js__WEBPACK_IMPORTED_MODULE_9__/* .loadMigrationSet */ .B_)(project);
        const schemaFiles = await (0,_runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_11__/* .parseSqlFiles */ .VH)((0,_runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_11__/* .listSqlFiles */ .WP)(schemaDir), (0,_runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_11__/* .relativeTo */ .Mf)(project.root));
        const options = (0,_core_catalog_index_js__WEBPACK_IMPORTED_MODULE_4__/* .withoutBookkeeping */ .Pr)(config.migrations.revisions_schema, {
            ignore: (0,_core_catalog_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ignoredKinds */ .In)(config.ignore),
        });
        // One dev database at a time: the embedded one is a single database per process.
        let migrated;
        const dev = await (0,_runtime_devDatabase_js__WEBPACK_IMPORTED_MODULE_8__.openDevDatabase)(config.dev_url);
        try {
            await (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_7__/* .replayMigrations */ .fM)(dev.db, set);
            migrated = await (0,_core_catalog_index_js__WEBPACK_IMPORTED_MODULE_4__/* .introspect */ .qb)(dev.db, options);
        }
        finally {
            await dev.dispose();
        }
        const dev2 = await (0,_runtime_devDatabase_js__WEBPACK_IMPORTED_MODULE_8__.openDevDatabase)(config.dev_url);
        let declared;
        try {
            declared = await (0,_core_catalog_declared_js__WEBPACK_IMPORTED_MODULE_3__/* .loadDeclaredSchema */ .k)(dev2.db, schemaFiles, options);
        }
        finally {
            await dev2.dispose();
        }
        const up = (0,_core_diff_index_js__WEBPACK_IMPORTED_MODULE_5__.planDiff)(migrated, declared.model, { renames: declared.renames, usings: declared.usings });
        (0,_core_diff_index_js__WEBPACK_IMPORTED_MODULE_5__.refuseUnsupported)('new', up, values.partial ?? false);
        await (0,_diff_js__WEBPACK_IMPORTED_MODULE_12__.reportUnsupported)('new', up, io);
        if (up.statements.length === 0 && up.unsupported.length === 0) {
            io.out('schemagate new: the migrations already produce the declared schema; nothing written');
            return 0;
        }
        const files = (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_7__/* .nextMigrationFileName */ .Lv)(set, name, new Date());
        const down = (0,_core_diff_index_js__WEBPACK_IMPORTED_MODULE_5__.planDiff)(declared.model, migrated);
        if (files.down || set.format === 'dbmate') {
            (0,_core_diff_index_js__WEBPACK_IMPORTED_MODULE_5__.refuseUnsupported)('new', {
                ...down,
                unsupported: down.unsupported.map((u) => ({
                    ...u,
                    reason: `in the reverse (down) plan: ${u.reason}`,
                })),
            }, values.partial ?? false);
        }
        const dir = project.path(config.migrations.dir);
        for (const f of [files.up, files.down]) {
            if (f && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, f)))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`${project.display((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, f))} already exists; nothing written`);
        }
        const schemaLabel = project.display(schemaDir);
        if (set.format === 'dbmate') {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, files.up), (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_7__/* .dbmateTemplate */ .kj)(body(up, schemaLabel, 'up'), body(down, schemaLabel, 'down')));
        }
        else {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, files.up), body(up, schemaLabel, 'up'));
            if (files.down)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, files.down), body(down, schemaLabel, 'down'));
        }
        io.out(`schemagate new: wrote ${project.display((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, files.up))} (${up.statements.length} statements)`);
        if (files.down)
            io.out(`schemagate new: wrote ${project.display((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, files.down))}`);
        if (set.sum) {
            // Keep atlas.sum in step with the directory, as `atlas migrate diff` does.
            const all = (0,_runtime_migrationDir_js__WEBPACK_IMPORTED_MODULE_9__/* .readMigrationDir */ .Oz)(dir, project.configFile);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, _core_migrations_index_js__WEBPACK_IMPORTED_MODULE_7__/* .ATLAS_SUM */ .Si), (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_7__/* .writeAtlasSum */ .ej)(all.filter((f) => f.name.endsWith('.sql'))));
            io.out(`schemagate new: updated ${project.display((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, _core_migrations_index_js__WEBPACK_IMPORTED_MODULE_7__/* .ATLAS_SUM */ .Si))}`);
        }
        return 0;
    },
};


/***/ }),

/***/ 9851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ startProgress)
/* harmony export */ });
/* unused harmony export progressMode */
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var cli_progress__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98502);
/* harmony import */ var cli_progress__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(cli_progress__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The CLI edge of progress (core/progress.ts): a bar on standard error when it is a terminal, one
 * line per phase elsewhere (CI logs, pipes, tests), nothing in quiet mode (`--format json`,
 * `--dry-run`). Never on standard output, which carries the command's result.
 */


/** A bar only for a person at a terminal: CI runners and TERM=dumb get the plain lines. */
function progressMode(io, quiet) {
    if (quiet)
        return 'off';
    const ci = io.env.CI !== undefined && io.env.CI !== '' && io.env.CI !== 'false' && io.env.CI !== '0';
    return io.progressStream?.isTTY && !ci && io.env.TERM !== 'dumb' ? 'bar' : 'lines';
}
function startProgress(io, options) {
    const mode = progressMode(io, options.quiet);
    if (mode === 'off')
        return { onProgress: undefined, io, stop: () => { } };
    if (mode === 'lines')
        return linesDisplay(io);
    return barDisplay(io, io.progressStream);
}
/** One line per phase, when it starts, with its size; a phase with nothing to do says nothing. */
function linesDisplay(io) {
    const started = new Set();
    const onProgress = (e) => {
        if (e.total === 0 || started.has(e.phase))
            return;
        started.add(e.phase);
        io.err(`${e.phase}: ${e.total} ${e.total === 1 ? e.unit.replace(/s$/, '') : e.unit}`);
    };
    return { onProgress, io, stop: () => { } };
}
/**
 * One bar for the whole command, showing the phase that reported last (two sides of a diff are
 * read at once). Cleared when stopped: the bar is for watching, the output says what was done.
 */
function barDisplay(io, stream) {
    const bar = new (cli_progress__WEBPACK_IMPORTED_MODULE_1___default().SingleBar)({
        stream: withoutCursorRestore(stream),
        format: '{phase} [{bar}] {value}/{total} {unit}',
        barsize: 30,
        clearOnComplete: true,
        hideCursor: true,
        // Redraw on every tick, so the bar comes back below a line printed over it.
        forceRedraw: true,
        gracefulExit: true,
    });
    let running = false;
    const onProgress = (e) => {
        if (e.total === 0)
            return;
        const payload = { phase: e.phase, unit: e.unit };
        if (!running) {
            running = true;
            bar.start(e.total, e.done, payload);
            return;
        }
        bar.setTotal(e.total);
        bar.update(e.done, payload);
    };
    const clear = () => {
        if (!running)
            return;
        // readline's helpers write the escape codes to any stream, a real terminal or not.
        (0,node_readline__WEBPACK_IMPORTED_MODULE_0__.cursorTo)(stream, 0);
        (0,node_readline__WEBPACK_IMPORTED_MODULE_0__.clearLine)(stream, 0);
    };
    const wrapped = {
        ...io,
        out: (t) => {
            clear();
            io.out(t);
        },
        err: (t) => {
            clear();
            io.err(t);
        },
    };
    return {
        onProgress,
        io: wrapped,
        stop: () => {
            if (running)
                bar.stop();
            running = false;
        },
    };
}
/**
 * cli-progress saves the cursor at start and restores it at stop; with command output printed
 * between the two, the restore would jump back up and the next lines would overwrite that output.
 * The bar's stream therefore drops the save/restore sequences (ESC 7, ESC 8).
 */
function withoutCursorRestore(stream) {
    const write = (chunk, ...rest) => chunk === '\u001b7' || chunk === '\u001b8'
        ? true
        : stream.write.call(stream, chunk, ...rest);
    return new Proxy(stream, {
        get: (target, key) => (key === 'write' ? write : Reflect.get(target, key, target)),
    });
}


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


/***/ }),

/***/ 6864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ introspectUrl)
/* harmony export */ });
/* harmony import */ var _core_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36524);
/* harmony import */ var _db_pgDb_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89443);


/**
 * Reads the schema of the database at `url` on one pipelining connection (the catalog queries go
 * out together; the connection does nothing else), then closes it.
 */
async function introspectUrl(url, applicationName, options) {
    const db = (0,_db_pgDb_js__WEBPACK_IMPORTED_MODULE_1__.connectPg)(url, { applicationName, max: 1, pipeline: true });
    try {
        return await (0,_core_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .introspect */ .qb)(db, options);
    }
    finally {
        await db.close();
    }
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
