export const id = 9756;
export const ids = [9756];
export const modules = {

/***/ 49756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   statementRisks: () => (/* binding */ statementRisks)
/* harmony export */ });
/* harmony import */ var _lint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16062);
/* harmony import */ var _lint_risk_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44274);
/* harmony import */ var _sql_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79585);



function statementRisks(set, report, options) {
    const pending = new Set(report.pending.map((p) => p.file));
    const files = set.migrations.map((m) => (0,_sql_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSqlFile */ .K5)(m.up.file, m.up.text, { firstLine: m.up.firstLine }));
    const lint = (0,_lint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .lintFiles */ .ji)(files, {
        pgVersion: options.pgVersion,
        ruleLevels: options.ruleLevels,
        configFile: options.configFile,
        contextOnly: new Set(files.map((f) => f.file).filter((f) => !pending.has(f))),
        transactionalFiles: new Set(set.migrations.filter((m) => m.transactional).map((m) => m.up.file)),
    });
    const byStatement = new Map();
    for (const f of lint.findings) {
        if (f.ignored)
            continue;
        const key = `${f.file}:${f.line}`;
        byStatement.set(key, [...(byStatement.get(key) ?? []), f.risk]);
    }
    return new Map([...byStatement].map(([k, v]) => [k, (0,_lint_risk_js__WEBPACK_IMPORTED_MODULE_2__/* .maxRisk */ .id)(v)]));
}


/***/ })

};
