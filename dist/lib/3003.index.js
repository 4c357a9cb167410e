export const id = 3003;
export const ids = [3003];
export const modules = {

/***/ 13003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lintJson: () => (/* binding */ lintJson)
/* harmony export */ });
function lintJson(report, o) {
    return {
        tool: 'schemagate',
        version: o.version,
        mode: o.mode,
        selectedBy: o.selectedBy,
        ...(o.passed !== undefined ? { passed: o.passed } : {}),
        ...report,
        approvals: o.approvals && {
            satisfied: o.approvals.satisfied,
            present: o.approvals.present,
            requirements: o.approvals.results.map((r) => ({
                ...r.requirement,
                satisfied: r.satisfied,
                approvers: r.approvers,
                missing: r.missing,
                unreadableTeams: r.unreadableTeams,
            })),
            notes: o.approvals.notes,
        },
    };
}


/***/ })

};
