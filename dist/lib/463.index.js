export const id = 463;
export const ids = [463];
export const modules = {

/***/ 8463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runStageEntry: () => (/* binding */ runStageEntry)
/* harmony export */ });
async function runStageEntry(entry) {
    process.stderr.write(`schemagate ${entry}: not built yet\n`);
    return 2;
}


/***/ })

};
