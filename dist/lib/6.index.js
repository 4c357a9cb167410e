export const id = 6;
export const ids = [6];
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

/***/ 10102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sN: () => (/* reexport */ schema/* MIGRATION_FORMATS */.sN),
  sb: () => (/* reexport */ defaultConfig),
  o4: () => (/* reexport */ parseConfig),
  E9: () => (/* reexport */ parseDuration)
});

// UNUSED EXPORTS: RISK_LEVELS, configSchema

;// CONCATENATED MODULE: ./src/core/config/duration.ts
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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/config/schema.ts + 8 modules
var schema = __webpack_require__(44444);
;// CONCATENATED MODULE: ./src/core/config/load.ts



/** Parses and validates the text of a schemagate.yml. `file` is only used in messages. */
function parseConfig(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const at = lineCounter.linePos(e.pos[0]);
        throw new errors/* ConfigError */.xL(file, '', `invalid YAML: ${e.message.split('\n')[0]}`, at?.line, at?.col);
    }
    const raw = doc.toJS() ?? {};
    if (typeof raw !== 'object' || Array.isArray(raw)) {
        throw new errors/* ConfigError */.xL(file, '', 'the file must be a mapping of keys (see docs/config.md)', 1, 1);
    }
    const parsed = schema/* configSchema */.Qn.safeParse(raw);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    const path = issue.path.map(String);
    let detail = issue.message;
    let keyPath = path.join('.');
    let node = doc.getIn(path, true);
    if (issue.code === 'unrecognized_keys') {
        const key = issue.keys[0];
        keyPath = [...path, key].join('.');
        detail = `unknown key (allowed here: ${allowedKeys(path).join(', ')})`;
        const parent = path.length ? doc.getIn(path, true) : doc.contents;
        if ((0,dist/* isMap */.jh)(parent))
            node = parent.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === key)?.key;
    }
    // A default-filled key has no node in the file: point at the nearest ancestor that does.
    while (!hasRange(node) && path.length > 0) {
        path.pop();
        node = doc.getIn(path, true);
    }
    const range = hasRange(node) ? node.range : undefined;
    const at = range ? lineCounter.linePos(range[0]) : undefined;
    throw new errors/* ConfigError */.xL(file, keyPath, detail, at?.line, at?.col);
}
function hasRange(n) {
    return typeof n === 'object' && n !== null && Array.isArray(n.range);
}
function allowedKeys(path) {
    let s = schema/* configSchema */.Qn;
    for (const p of path) {
        s = unwrap(s);
        s = s?.shape?.[p];
    }
    s = unwrap(s);
    return s?.shape ? Object.keys(s.shape) : [];
}
function unwrap(s) {
    // Defaults, prefaults and preprocess pipes wrap the object schema; walk to the inner object.
    for (let i = 0; i < 6 && s && !s.shape; i++)
        s = s.def?.innerType ?? s.def?.out ?? s.def?.schema;
    return s;
}
/** The configuration used when the repository has no schemagate.yml. */
function defaultConfig() {
    return schema/* configSchema */.Qn.parse({});
}

;// CONCATENATED MODULE: ./src/core/config/index.ts





/***/ }),

/***/ 50261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ dbErrorFields)
/* harmony export */ });
function dbErrorFields(err) {
    const e = err;
    return {
        message: typeof e?.message === 'string' ? e.message : String(err),
        code: typeof e?.code === 'string' ? e.code : undefined,
        position: e?.position ?? undefined,
        detail: typeof e?.detail === 'string' ? e.detail : undefined,
        hint: typeof e?.hint === 'string' ? e.hint : undefined,
    };
}


/***/ }),

/***/ 72833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ok: () => (/* reexport */ parser/* loadSqlParser */.Ok),
  K5: () => (/* reexport */ parseSqlFile),
  LX: () => (/* reexport */ quote/* qualified */.LX),
  v4: () => (/* reexport */ quote/* quoteIdent */.v4),
  ce: () => (/* reexport */ quote/* quoteLiteral */.ce),
  Ro: () => (/* reexport */ quote/* quoteNullableLiteral */.Ro)
});

// UNUSED EXPORTS: TextPosition, fingerprint, quoteIdentAlways

// EXTERNAL MODULE: ./src/core/sql/parser.ts
var parser = __webpack_require__(5873);
// EXTERNAL MODULE: ./src/core/sql/quote.ts + 1 modules
var quote = __webpack_require__(95505);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/sql/textPosition.ts
/**
 * libpg-query reports statement locations in UTF-8 bytes and error cursors in characters.
 * This maps both to 1-based line and column (in characters) without re-encoding per lookup.
 */
class TextPosition {
    text;
    firstLine;
    lineStarts = [0];
    byteToChar;
    constructor(text, firstLine = 1) {
        this.text = text;
        this.firstLine = firstLine;
        for (let i = 0; i < text.length; i++)
            if (text.charCodeAt(i) === 10)
                this.lineStarts.push(i + 1);
        const byteLength = Buffer.byteLength(text, 'utf8');
        if (byteLength !== text.length) {
            // Non-ASCII text: build a byte -> UTF-16 index table once.
            const map = new Int32Array(byteLength + 1);
            let b = 0;
            for (let i = 0; i < text.length; i++) {
                const cp = text.codePointAt(i);
                const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                for (let k = 0; k < n; k++)
                    map[b + k] = i;
                b += n;
                if (cp >= 0x10000)
                    i++; // surrogate pair
            }
            map[byteLength] = text.length;
            this.byteToChar = map;
        }
    }
    charIndexOfByte(byteOffset) {
        return this.byteToChar ? this.byteToChar[Math.min(byteOffset, this.byteToChar.length - 1)] : byteOffset;
    }
    /** 1-based line and column of a 0-based character index. */
    lineCol(charIndex) {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= charIndex)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + this.firstLine, column: charIndex - this.lineStarts[lo] + 1 };
    }
}

;// CONCATENATED MODULE: ./src/core/sql/statements.ts



const DIRECTIVE = /^--\s*((?:schemagate|atlas|migrate):[A-Za-z_-]+)\s*(.*)$/;
function parseSqlFile(file, text, options = {}) {
    const pos = new TextPosition(text, options.firstLine ?? 1);
    const result = (0,parser/* parseRaw */.kY)(text);
    if ((0,parser/* isParserFailure */.YP)(result)) {
        const at = pos.lineCol(Math.min(result.cursor ?? 0, text.length));
        throw new errors/* SqlSyntaxError */.MO(file, at.line, at.column, result.message);
    }
    const directives = collectDirectives(text, pos);
    const stmts = result.stmts ?? [];
    const statements = [];
    let prevEndChar = 0;
    for (let i = 0; i < stmts.length; i++) {
        const raw = stmts[i];
        const startByte = raw.stmt_location ?? 0;
        const startChar = pos.charIndexOfByte(startByte);
        const endChar = raw.stmt_len === undefined || raw.stmt_len === 0
            ? trimmedEnd(text)
            : pos.charIndexOfByte(startByte + raw.stmt_len);
        const body = text.slice(startChar, endChar);
        // PostgreSQL before 18 put stmt_location right after the previous ';'; skip to the first token.
        const lead = leadingSpan(body);
        const textStart = startChar + lead;
        const start = pos.lineCol(textStart);
        const end = pos.lineCol(Math.max(textStart, endChar - 1));
        const leadingText = text.slice(prevEndChar, textStart).replace(/^;/, '');
        const node = raw.stmt;
        const kind = Object.keys(node)[0];
        statements.push({
            file,
            index: i,
            line: start.line,
            column: start.column,
            endLine: end.line,
            text: text.slice(textStart, endChar).trimEnd(),
            leadingText,
            directives: directivesAbove(directives, leadingText, start.line),
            kind,
            ast: node[kind],
            node,
        });
        prevEndChar = endChar;
    }
    return { file, text, statements, directives };
}
function trimmedEnd(text) {
    return text.replace(/[\s;]+$/, '').length;
}
/** Length of the whitespace and comments at the start of a statement's span. */
function leadingSpan(s) {
    let i = 0;
    for (;;) {
        while (i < s.length && /\s/.test(s[i]))
            i++;
        if (s.startsWith('--', i)) {
            const nl = s.indexOf('\n', i);
            i = nl < 0 ? s.length : nl + 1;
        }
        else if (s.startsWith('/*', i)) {
            const close = s.indexOf('*/', i + 2);
            i = close < 0 ? s.length : close + 2;
        }
        else
            return i;
    }
}
const MAYBE_DIRECTIVE = /--\s*(?:schemagate|atlas|migrate):/;
function collectDirectives(text, pos) {
    const out = [];
    // Scanning is the costly part; most files have no directive at all.
    if (!MAYBE_DIRECTIVE.test(text))
        return out;
    // The scanner knows where comments really are (never inside strings or dollar quotes).
    for (const tok of (0,parser/* scanRaw */.it)(text).tokens) {
        if (tok.tokenName !== 'SQL_COMMENT')
            continue;
        const m = DIRECTIVE.exec(tok.text.trim());
        if (!m)
            continue;
        out.push({ name: m[1], args: m[2].trim(), line: pos.lineCol(pos.charIndexOfByte(tok.start)).line });
    }
    return out;
}
/** Directives inside the comment block that ends right above `line` (no blank line in between). */
function directivesAbove(all, leadingText, line) {
    const lines = leadingText.split('\n');
    // Walk upwards from the statement's line while lines are comments.
    let first = line;
    for (let k = lines.length - 2; k >= 0; k--) {
        const l = lines[k].trim();
        if (!l.startsWith('--'))
            break;
        first--;
    }
    return all.filter((d) => d.line >= first && d.line < line);
}

;// CONCATENATED MODULE: ./src/core/sql/index.ts






/***/ }),

/***/ 5873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ok: () => (/* binding */ loadSqlParser),
/* harmony export */   YP: () => (/* binding */ isParserFailure),
/* harmony export */   it: () => (/* binding */ scanRaw),
/* harmony export */   kY: () => (/* binding */ parseRaw)
/* harmony export */ });
/* unused harmony export fingerprint */
let lib;
let loading;
async function loadSqlParser() {
    if (lib)
        return;
    loading ??= (async () => {
        // Dynamic import: in the ncc bundle a shim must set __dirname before libpg-query evaluates.
        const mod = await __webpack_require__.e(/* import() */ 627).then(__webpack_require__.t.bind(__webpack_require__, 2627, 23));
        await mod.loadModule();
        lib = mod;
        return mod;
    })();
    await loading;
}
function loaded() {
    if (!lib)
        throw new Error('internal: loadSqlParser() must be awaited before parsing');
    return lib;
}
function parseRaw(text) {
    try {
        return loaded().parseSync(text);
    }
    catch (err) {
        const e = err;
        return {
            message: e.sqlDetails?.message ?? e.message ?? String(err),
            cursor: e.sqlDetails?.cursorPosition,
        };
    }
}
function isParserFailure(r) {
    return 'message' in r && !('stmts' in r);
}
function scanRaw(text) {
    return loaded().scanSync(text);
}
/** Parses a PL/pgSQL-free expression or statement and returns its fingerprint; used to compare SQL text. */
function fingerprint(text) {
    return loaded().fingerprintSync(text);
}


/***/ }),

/***/ 95505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LX: () => (/* binding */ qualified),
  v4: () => (/* binding */ quoteIdent),
  ce: () => (/* binding */ quoteLiteral),
  Ro: () => (/* binding */ quoteNullableLiteral)
});

// UNUSED EXPORTS: quoteIdentAlways

;// CONCATENATED MODULE: ./src/core/sql/keywords.ts
/**
 * Keywords that cannot be used as a bare identifier everywhere: PostgreSQL's reserved (R),
 * type/function-name (T) and column-name (C) categories, from pg_get_keywords().
 */
const RESERVED_KEYWORDS = new Set(`
  all analyse analyze and any array as asc asymmetric authorization between bigint binary bit
  boolean both case cast char character check coalesce collate collation column concurrently
  constraint create cross current_catalog current_date current_role current_schema current_time
  current_timestamp current_user dec decimal default deferrable desc distinct do else end except
  exists extract false fetch float for foreign freeze from full grant greatest group grouping
  having ilike in initially inner inout int integer intersect interval into is isnull join lateral
  leading least left like limit localtime localtimestamp national natural nchar none normalize not
  notnull null nullif numeric offset on only or order out outer overlaps overlay placing position
  precision primary real references returning right row select session_user setof similar smallint
  some substring symmetric table tablesample then time timestamp to trailing treat trim true union
  unique user using values varchar variadic verbose when where window with xmlattributes xmlconcat
  xmlelement xmlexists xmlforest xmlnamespaces xmlparse xmlpi xmlroot xmlserialize xmltable
`
    .split(/\s+/)
    .filter(Boolean));

;// CONCATENATED MODULE: ./src/core/sql/quote.ts
/**
 * All identifier and literal quoting for generated SQL goes through here. Never build SQL from a
 * name or value any other way.
 */

const SIMPLE_IDENT = /^[a-z_][a-z0-9_$]*$/;
/** Quotes an identifier unless it is a lower-case, non-reserved simple name. */
function quoteIdent(name) {
    if (name.includes('\u0000'))
        throw new Error('identifier contains a NUL character');
    if (SIMPLE_IDENT.test(name) && !RESERVED_KEYWORDS.has(name))
        return name;
    return `"${name.replace(/"/g, '""')}"`;
}
/** Always quotes, for places where readability matters less than certainty. */
function quoteIdentAlways(name) {
    return `"${name.replace(/"/g, '""')}"`;
}
/** `schema.name`, each part quoted as needed. */
function qualified(schema, name) {
    return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}
/** A string literal; uses E'' only when backslashes would otherwise be ambiguous. */
function quoteLiteral(value) {
    if (value.includes('\u0000'))
        throw new Error('string literal contains a NUL character');
    const body = value.replace(/'/g, "''");
    return value.includes('\\') ? `E'${body.replace(/\\/g, '\\\\')}'` : `'${body}'`;
}
/** Literal for a nullable text value (comments): NULL when absent. */
function quoteNullableLiteral(value) {
    return value === null || value === undefined ? 'NULL' : quoteLiteral(value);
}


/***/ }),

/***/ 413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ loadProject)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_config_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10102);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/**
 * Reads the repository's schemagate.yml (or the defaults when there is none) and applies the
 * overrides that belong to the edge: action inputs and SCHEMAGATE_MODE.
 */




function loadProject(options) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.root);
    const explicit = options.config !== undefined && options.config !== '';
    const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, explicit ? options.config : 'schemagate.yml');
    let config;
    let configFile;
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate)) {
        configFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, candidate) || candidate;
        config = (0,_core_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseConfig */ .o4)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(candidate, 'utf8'), configFile);
    }
    else if (explicit) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(options.config, '', 'config file not found');
    }
    else {
        config = (0,_core_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultConfig */ .sb)();
    }
    config = applyModeOverride(config, options.mode, options.env?.SCHEMAGATE_MODE, configFile ?? 'schemagate.yml');
    return {
        root,
        configFile,
        config,
        path: (p) => ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, p)),
        display: (p) => ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(p) ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, p) || '.' : p),
    };
}
/** Precedence: explicit input/flag, then SCHEMAGATE_MODE, then the file. */
function applyModeOverride(config, input, env, file) {
    const chosen = input || env;
    if (!chosen)
        return config;
    if (chosen !== 'canary' && chosen !== 'strict') {
        const where = input ? 'input mode' : 'SCHEMAGATE_MODE';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(file, 'mode', `${where} must be "canary" or "strict", got ${JSON.stringify(chosen)}`);
    }
    return { ...config, mode: chosen };
}


/***/ })

};
