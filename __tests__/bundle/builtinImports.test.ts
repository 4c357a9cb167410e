/**
 * The bundle build's rewrite of webpack's dynamic imports of Node builtins (scripts/builtinImports.mjs),
 * on excerpts of real ncc output in both layouts: minified (the committed build) and unminified
 * (`npm run bundle -- --no-minify`, the debug build). Without it PGlite fails with "e is not a function".
 */
import {
  externalBuiltins,
  remainingBuiltinImports,
  rewriteBuiltinImports,
} from '../../scripts/builtinImports.mjs';

const MINIFIED_ENTRY =
  // The minifier may rename webpack's createRequire (here to `e`).
  '},12345:t=>{t.exports=e(import.meta.url)("node:os")},77030:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2")},98995:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module")},91943:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises")},';
const MINIFIED_CHUNK =
  'if(ENVIRONMENT_IS_NODE){let{createRequire:e}=await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 98995, 19));var require=e(import.meta.url)}' +
  'let i=await(await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 91943, 19))).readFile(r)' +
  'const mod=await __webpack_require__.e(/* import() */ 627).then(__webpack_require__.t.bind(__webpack_require__, 2627, 23));';

const UNMINIFIED_ENTRY = `
/***/ 98995:
/***/ ((module) => {

"use strict";
module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),
`;
const UNMINIFIED_CHUNK = `
if (ENVIRONMENT_IS_NODE) {
  let { createRequire: e } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 98995, 19));
  var require = e(import.meta.url);
}
        const mod = await __webpack_require__.e(/* import() */ 627).then(__webpack_require__.t.bind(__webpack_require__, 2627, 23));
`;

describe.each([
  ['minified', MINIFIED_ENTRY, MINIFIED_CHUNK, 2],
  ['unminified (debug build)', UNMINIFIED_ENTRY, UNMINIFIED_CHUNK, 1],
])('%s bundle', (_layout, entry, chunk, expected) => {
  it('finds the externals and rewrites every dynamic import of a builtin to a native import()', () => {
    const builtins = externalBuiltins(entry);
    expect(builtins.get('98995')).toBe('node:module');
    expect(builtins.get('91943')).toBe('fs/promises');
    if (entry === MINIFIED_ENTRY) expect(builtins.get('12345')).toBe('node:os');
    const { text, count } = rewriteBuiltinImports(chunk, builtins);
    expect(count).toBe(expected);
    expect(text).toContain('await import("node:module")');
    expect(text).not.toContain('__webpack_require__, 98995, 19');
    expect(remainingBuiltinImports(text, builtins)).toEqual([]);
    // Imports of bundled (non-builtin) chunks stay webpack's.
    expect(text).toContain('__webpack_require__.t.bind(__webpack_require__, 2627, 23)');
  });

  it('reports a builtin import it could not rewrite', () => {
    const builtins = externalBuiltins(entry);
    expect(remainingBuiltinImports(chunk, builtins)).toContain('98995');
  });
});
