export const id = 133;
export const ids = [133];
export const modules = {

/***/ 8133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   octokitGitHub: () => (/* binding */ octokitGitHub)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/** The Octokit-backed GitHub port (issue #8). */
function octokitGitHub(_token, _env) {
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NotImplementedError */ .EH('posting to GitHub is not built yet (issue #8)');
}


/***/ })

};
