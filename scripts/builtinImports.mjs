/**
 * webpack (inside ncc) turns `await import('node:module')` into a namespace copied from the CJS
 * value of the builtin; for a function-valued builtin such as node:module the copy lacks
 * createRequire, and PGlite's loader then fails with "e is not a function". In an ESM bundle the
 * native import() is correct, so every dynamic import of a Node builtin is put back as one.
 *
 * The rewrite must match both layouts ncc writes: minified (`98995:e=>{e.exports=...}`) and
 * unminified, the debug build people profile (`/***\/ 98995:\n/***\/ ((module) => {\n\nmodule.exports = ...`).
 */

// An external module: `<id>: (module) => { ["use strict";] module.exports = <createRequire>(import.meta.url)("<name>") }`;
// the minifier may rename webpack's __WEBPACK_EXTERNAL_createRequire.
const EXTERNAL =
  /(\d+):\s*(?:\/\*+\/\s*)?\(?\(?([\w$]+)\)?\s*=>\s*\{\s*(?:"use strict";\s*)?\2\.exports\s*=\s*[\w$]+\(import\.meta\.url\)\("((?:node:)?[a-z_/]+)"\)/g;

// A dynamic import of an already-loaded module, as webpack emits it (mode 19: namespace object).
const DYNAMIC_IMPORT =
  /Promise\.resolve\(\s*(?:\/\* import\(\) \*\/\s*)?\)\s*\.then\(\s*__webpack_require__\.t\.bind\(\s*__webpack_require__\s*,\s*(\d+)\s*,\s*19\s*\)\s*\)/g;

/** Builtin modules the bundle declares as externals: module id -> specifier. */
export function externalBuiltins(entryText) {
  return new Map([...entryText.matchAll(EXTERNAL)].map((m) => [m[1], m[3]]));
}

/**
 * Rewrites webpack's dynamic imports of builtins back to native `import("<name>")`.
 * Returns the new text and how many imports were rewritten.
 */
export function rewriteBuiltinImports(text, builtins) {
  let count = 0;
  const out = text.replace(DYNAMIC_IMPORT, (all, id) => {
    if (!builtins.has(id)) return all;
    count++;
    return `import(${JSON.stringify(builtins.get(id))})`;
  });
  return { text: out, count };
}

/** Dynamic imports of builtins the rewrite left behind (each would break at run time). */
export function remainingBuiltinImports(text, builtins) {
  return [...text.matchAll(DYNAMIC_IMPORT)].map((m) => m[1]).filter((id) => builtins.has(id));
}
