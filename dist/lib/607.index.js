export const id = 607;
export const ids = [607];
export const modules = {

/***/ 78670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diffCommand: () => (/* binding */ diffCommand),
/* harmony export */   loadSchemaSource: () => (/* binding */ loadSchemaSource),
/* harmony export */   reportUnsupported: () => (/* binding */ reportUnsupported)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_catalog_declared_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41477);
/* harmony import */ var _core_catalog_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28331);
/* harmony import */ var _core_diff_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95581);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74296);
/* harmony import */ var _db_pgDb_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(89443);
/* harmony import */ var _runtime_devDatabase_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(61610);
/* harmony import */ var _runtime_project_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(413);
/* harmony import */ var _runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(62197);











const URL_PREFIX = /^postgres(ql)?:\/\//;
/**
 * A schema named on the command line: a connection URL is introspected; a directory of *.sql
 * files is applied to the dev database (embedded PGlite unless `devUrl`) and introspected there.
 * Callers load one source at a time: the embedded database is one database per process.
 */
async function loadSchemaSource(source, flag, cwd, devUrl) {
    if (URL_PREFIX.test(source)) {
        const db = (0,_db_pgDb_js__WEBPACK_IMPORTED_MODULE_7__/* .connectPg */ .Q)(source, { applicationName: 'schemagate-diff', max: 1 });
        try {
            return { model: await (0,_core_catalog_index_js__WEBPACK_IMPORTED_MODULE_4__/* .introspect */ .q)(db), renames: [] };
        }
        finally {
            await db.close();
        }
    }
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, source);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory()) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`${flag} ${source}: not a postgres:// URL or a directory of *.sql files`);
    }
    const files = await (0,_runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_10__/* .parseSqlFiles */ .VH)((0,_runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_10__/* .listSqlFiles */ .WP)(dir), (0,_runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_10__/* .relativeTo */ .Mf)(cwd));
    const dev = await (0,_runtime_devDatabase_js__WEBPACK_IMPORTED_MODULE_8__/* .openDevDatabase */ .d)(devUrl);
    try {
        return await (0,_core_catalog_declared_js__WEBPACK_IMPORTED_MODULE_3__/* .loadDeclaredSchema */ .k)(dev.db, files);
    }
    finally {
        await dev.dispose();
    }
}
/** Unsupported objects go to stderr too, so a script piping the SQL still sees them. */
function reportUnsupported(command, plan, io) {
    for (const u of plan.unsupported)
        io.err(`schemagate ${command}: unsupported ${u.kind} ${u.name}: ${u.reason}`);
}
const diffCommand = {
    name: 'diff',
    summary: 'Print the SQL plan that turns one schema into another',
    usage: 'schemagate diff --from <url|dir> --to <url|dir> [--concurrent-indexes] [--config <file>]\n\n' +
        'A directory of *.sql files is loaded on the dev database (dev_url, default embedded PGlite).\n' +
        'Prints nothing when the schemas are equal. Exit codes: 0 ok, 2 bad input.',
    async run(args, io) {
        const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args,
            options: {
                from: { type: 'string' },
                to: { type: 'string' },
                'concurrent-indexes': { type: 'boolean', default: false },
                config: { type: 'string', short: 'c' },
            },
            allowPositionals: false,
        });
        if (!values.from || !values.to)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz('both --from and --to are required (a postgres:// URL or a directory)');
        const project = (0,_runtime_project_js__WEBPACK_IMPORTED_MODULE_9__/* .loadProject */ .g)({ root: io.cwd, config: values.config, env: io.env });
        const devUrl = project.config.dev_url;
        const from = await loadSchemaSource(values.from, '--from', io.cwd, devUrl);
        const to = await loadSchemaSource(values.to, '--to', io.cwd, devUrl);
        const plan = (0,_core_diff_index_js__WEBPACK_IMPORTED_MODULE_5__/* .planDiff */ .Ry)(from.model, to.model, {
            concurrentIndexes: values['concurrent-indexes'],
            renames: to.renames,
        });
        const sql = (0,_core_diff_index_js__WEBPACK_IMPORTED_MODULE_5__/* .renderPlanSql */ .s4)(plan);
        if (sql)
            io.out(sql);
        reportUnsupported('diff', plan, io);
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
/* harmony import */ var _core_catalog_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28331);
/* harmony import */ var _core_diff_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95581);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74296);
/* harmony import */ var _core_migrations_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(86800);
/* harmony import */ var _runtime_devDatabase_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(61610);
/* harmony import */ var _runtime_migrationDir_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(66769);
/* harmony import */ var _runtime_project_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(413);
/* harmony import */ var _runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(62197);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(78670);













const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
function body(plan, schemaDir, direction) {
    const head = direction === 'up'
        ? `-- Generated by schemagate new: migrations -> declared schema (${schemaDir.replace(/[\r\n]+/g, ' ')}).\n`
        : `-- Generated by schemagate new: reverts the up migration.\n`;
    return `${head}${(0,_core_diff_index_js__WEBPACK_IMPORTED_MODULE_5__/* .renderPlanSql */ .s4)(plan)}`;
}
const newCommand = {
    name: 'new',
    summary: 'Write the next migration from the declared schema',
    usage: 'schemagate new <name> [--config <file>]\n\n' +
        'Compares the declared schema (config `schema`) with the schema the migrations produce and\n' +
        'writes the difference as the next migration file. Nothing is written when they are equal.\n' +
        'Exit codes: 0 ok (written or nothing to do), 2 bad input or configuration.',
    async run(args, io) {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args,
            options: { config: { type: 'string', short: 'c' } },
            allowPositionals: true,
        });
        const name = positionals[0];
        if (!name || positionals.length > 1)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz('usage: schemagate new <name>');
        if (!NAME.test(name)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`migration name ${JSON.stringify(name)}: use letters, digits, _ and - only`);
        }
        const project = (0,_runtime_project_js__WEBPACK_IMPORTED_MODULE_10__/* .loadProject */ .g)({ root: io.cwd, config: values.config, env: io.env });
        const { config } = project;
        const configFile = project.configFile ?? 'schemagate.yml';
        if (!config.schema) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL(configFile, 'schema', 'set `schema` to the directory of declarative *.sql files to use `new`');
        }
        const schemaDir = project.path(config.schema);
        (0,_runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_11__/* .requireDir */ .pt)(schemaDir, 'schema', project.configFile);
        const set = (0,_runtime_migrationDir_js__WEBPACK_IMPORTED_MODULE_9__/* .loadMigrationSet */ .B_)(project);
        const schemaFiles = await (0,_runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_11__/* .parseSqlFiles */ .VH)((0,_runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_11__/* .listSqlFiles */ .WP)(schemaDir), (0,_runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_11__/* .relativeTo */ .Mf)(project.root));
        // One dev database at a time: the embedded one is a single database per process.
        let migrated;
        const dev = await (0,_runtime_devDatabase_js__WEBPACK_IMPORTED_MODULE_8__/* .openDevDatabase */ .d)(config.dev_url);
        try {
            await (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_7__/* .replayMigrations */ .fM)(dev.db, set);
            migrated = await (0,_core_catalog_index_js__WEBPACK_IMPORTED_MODULE_4__/* .introspect */ .q)(dev.db);
        }
        finally {
            await dev.dispose();
        }
        const dev2 = await (0,_runtime_devDatabase_js__WEBPACK_IMPORTED_MODULE_8__/* .openDevDatabase */ .d)(config.dev_url);
        let declared;
        try {
            declared = await (0,_core_catalog_declared_js__WEBPACK_IMPORTED_MODULE_3__/* .loadDeclaredSchema */ .k)(dev2.db, schemaFiles);
        }
        finally {
            await dev2.dispose();
        }
        const up = (0,_core_diff_index_js__WEBPACK_IMPORTED_MODULE_5__/* .planDiff */ .Ry)(migrated, declared.model, { renames: declared.renames });
        (0,_diff_js__WEBPACK_IMPORTED_MODULE_12__.reportUnsupported)('new', up, io);
        if (up.statements.length === 0) {
            io.out('schemagate new: the migrations already produce the declared schema; nothing written');
            return 0;
        }
        const down = (0,_core_diff_index_js__WEBPACK_IMPORTED_MODULE_5__/* .planDiff */ .Ry)(declared.model, migrated);
        const files = (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_7__/* .nextMigrationFileName */ .Lv)(set, name, new Date());
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


/***/ })

};
