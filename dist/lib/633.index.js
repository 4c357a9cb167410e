export const id = 633;
export const ids = [633];
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
/* harmony import */ var _core_migrations_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86800);
/* harmony import */ var _runtime_migrationDir_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66769);
/* harmony import */ var _runtime_project_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(413);






const hashCommand = {
    name: 'hash',
    summary: 'Rewrite the migration directory sum file (atlas.sum)',
    usage: 'schemagate hash [--dir <dir>] [--format <format>] [--config <file>]\n\nWrites atlas.sum exactly as `atlas migrate hash` does, for any directory format.',
    async run(args, io) {
        const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args,
            options: {
                dir: { type: 'string' },
                format: { type: 'string' },
                config: { type: 'string', short: 'c' },
            },
        });
        const project = (0,_runtime_project_js__WEBPACK_IMPORTED_MODULE_5__/* .loadProject */ .g)({ root: io.cwd, config: values.config, env: io.env });
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


/***/ })

};
