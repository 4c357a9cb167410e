export const id = 6702;
export const ids = [6702];
export const modules = {

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createOctokit: () => (/* binding */ createOctokit)
/* harmony export */ });
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86856);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62264);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The one place an Octokit is built: REST client with the retry plugin (5xx, network) and the
 * throttling plugin (primary and secondary rate limits). Everything else receives the instance,
 * so tests can inject one pointed at nock or a local server.
 */




const RetryingOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_1__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
function createOctokit(options) {
    const limit = options.rateLimitRetries ?? 2;
    return new RetryingOctokit({
        auth: options.token,
        baseUrl: (options.baseUrl || 'https://api.github.com').replace(/\/+$/, ''),
        userAgent: 'schemagate',
        // Undici's own fetch is invisible to nock and local stand-ins; the global one is not.
        request: { fetch: globalThis.fetch },
        retry: { retryAfterBaseValue: options.retryBaseMs ?? 1000 },
        throttle: {
            ...writeGroups(options.writeIntervalMs),
            onRateLimit: (_after, _opts, _o, retryCount) => retryCount < limit,
            onSecondaryRateLimit: (_after, _opts, _o, retryCount) => retryCount < limit,
        },
        log: { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } },
    });
}
/** The throttling plugin's write queues with another spacing (still one write at a time). */
function writeGroups(intervalMs) {
    if (intervalMs === undefined)
        return {};
    const group = (id) => new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({ id, maxConcurrent: 1, minTime: intervalMs });
    return { write: group('schemagate-write'), notifications: group('schemagate-notifications') };
}


/***/ })

};
