export const id = 1746;
export const ids = [1746];
export const modules = {

/***/ 3902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ defaultConfig)
/* harmony export */ });
const DEFAULTS = {
    migrations: {
        dir: 'db/migrations',
        format: 'auto',
        revisions_schema: 'public',
        allow_out_of_order: false,
        lock_timeout: '10s',
        statement_timeout: 0,
        advisory_lock_timeout: '60s',
        require_down: false,
        verify_down: false,
    },
    mode: 'canary',
    ignore: {
        publications: false,
        default_privileges: false,
    },
    drift: {
        ignore_tables: [],
        critical_tables: [],
        schemas: [],
        bypass_label: 'schemagate:emergency-bypass',
        pairs: [],
        strict_blocks: 'breaking',
        new_table_notify: [],
    },
    lint: {
        rules: {},
        approvals: {
            low: {
                count: 0,
                from: [],
                distinct_teams: false,
            },
            medium: {
                count: 1,
                from: [],
                distinct_teams: false,
            },
            high: {
                count: 1,
                from: [],
                distinct_teams: false,
            },
            critical: {
                count: 1,
                from: [],
                distinct_teams: false,
            },
        },
        owners: {},
        pg_version: 15,
        large_table_rows: 1000000,
        enforce: true,
        assume_in_transaction: false,
    },
    neon: {
        branch_name: 'preview/pr-{number}',
        expires_in: '7d',
        database: 'neondb',
        role: 'neondb_owner',
    },
    audit: {},
    governance: {
        canary_window: '48h',
        approvers: [],
    },
    metrics: {
        prefix: 'schemagate',
    },
    release: {
        restore_point: 'auto',
        restore_point_expires_in: '7d',
        events_table: 'schemagate_release_events',
    },
};
function defaultConfig() {
    // A fresh copy each time, as parsing gives: callers may build on it.
    return structuredClone(DEFAULTS);
}


/***/ }),

/***/ 79585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _N: () => (/* reexport */ decodeSqlText),
  A1: () => (/* reexport */ isPlainBegin),
  WF: () => (/* reexport */ isPlainCommit),
  Ok: () => (/* reexport */ parser/* loadSqlParser */.Ok),
  K5: () => (/* reexport */ parseSqlFile),
  LX: () => (/* reexport */ quote/* qualified */.LX),
  v4: () => (/* reexport */ quote/* quoteIdent */.v4),
  ce: () => (/* reexport */ quote/* quoteLiteral */.ce),
  Ro: () => (/* reexport */ quote/* quoteNullableLiteral */.Ro),
  qA: () => (/* reexport */ splitTransactionWrapper),
  Sj: () => (/* reexport */ transactionControlKind)
});

// UNUSED EXPORTS: TextPosition, fingerprint, quoteIdentAlways

// EXTERNAL MODULE: ./src/core/sql/parser.ts
var parser = __webpack_require__(5873);
// EXTERNAL MODULE: ./src/core/sql/quote.ts + 1 modules
var quote = __webpack_require__(95505);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/sql/sourceText.ts
/**
 * Turns the bytes of a SQL file into text, refusing what PostgreSQL would not see as we do: a NUL
 * byte (the server stops reading the query string there, so the rest of the file silently never
 * runs) and invalid UTF-8 (decoding would replace it with U+FFFD and change names and literals).
 */


/** Decodes `bytes` as UTF-8, or throws a SourceTextError at the line and column of the first bad byte. */
function decodeSqlText(file, bytes) {
    const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const nul = buf.indexOf(0);
    const valid = (0,external_node_buffer_.isUtf8)(buf);
    if (nul < 0 && valid)
        return buf.toString('utf8');
    const invalid = valid ? -1 : firstInvalidUtf8(buf);
    const at = invalid >= 0 && (nul < 0 || invalid < nul) ? invalid : nul;
    const { line, column } = byteLineCol(buf, at);
    const detail = at === nul
        ? `NUL byte (0x00) at byte offset ${at}: SQL files cannot contain NUL bytes (PostgreSQL stops reading the statement there, so the rest of the file would never run)`
        : `invalid UTF-8 (byte 0x${buf[at].toString(16).toUpperCase().padStart(2, '0')} at byte offset ${at}): save the file as UTF-8`;
    throw new errors/* SourceTextError */.BR(file, line, column, detail);
}
/** 1-based line and column (in UTF-16 units, as everywhere else) of a byte offset in valid-before-it text. */
function byteLineCol(buf, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = buf.indexOf(10); i >= 0 && i < offset; i = buf.indexOf(10, i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: buf.toString('utf8', lineStart, offset).length + 1 };
}
/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8(b) {
    const n = b.length;
    let i = 0;
    while (i < n) {
        const c = b[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        let need;
        let lo = 0x80;
        let hi = 0xbf;
        if (c >= 0xc2 && c <= 0xdf)
            need = 1;
        else if (c >= 0xe0 && c <= 0xef) {
            need = 2;
            if (c === 0xe0)
                lo = 0xa0; // overlong
            if (c === 0xed)
                hi = 0x9f; // surrogates
        }
        else if (c >= 0xf0 && c <= 0xf4) {
            need = 3;
            if (c === 0xf0)
                lo = 0x90;
            if (c === 0xf4)
                hi = 0x8f;
        }
        else
            return i;
        if (i + need >= n)
            return i; // truncated at the end of the file
        const second = b[i + 1];
        if (second < lo || second > hi)
            return i;
        for (let k = 2; k <= need; k++)
            if ((b[i + k] & 0xc0) !== 0x80)
                return i;
        i += need + 1;
    }
    return -1;
}

// EXTERNAL MODULE: ./src/core/sql/split.ts
var split = __webpack_require__(27908);
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




/** Well below where libpg-query starts failing (tens of MB), and fast to parse. */
const PARSE_PIECE_SIZE = 1_000_000;
const DIRECTIVE = /^--\s*((?:schemagate|atlas|migrate):[A-Za-z_-]+)\s*(.*)$/;
function parseSqlFile(file, text, options = {}) {
    const pieceSize = options.pieceSize ?? PARSE_PIECE_SIZE;
    if (text.length > pieceSize) {
        const cuts = (0,split/* cutPoints */.y4)(text, pieceSize);
        if (cuts.length > 0)
            return parseInPieces(file, text, cuts, options.firstLine ?? 1);
    }
    return parseWhole(file, text, options.firstLine ?? 1);
}
/**
 * Parses each piece with its original line and column (a piece starting mid-line is padded with
 * spaces), so positions are those of the whole file. A piece that fails is retried joined with the
 * next one: the cut may have fallen inside a BEGIN ATOMIC body.
 */
function parseInPieces(file, text, cuts, firstLine) {
    const bounds = [0, ...cuts, text.length];
    const statements = [];
    const directives = [];
    let line = firstLine;
    let counted = 0;
    let k = 0;
    while (k < bounds.length - 1) {
        const start = bounds[k];
        for (let i = text.indexOf('\n', counted); i >= 0 && i < start; i = text.indexOf('\n', i + 1))
            line++;
        counted = start;
        const lineStart = text.lastIndexOf('\n', start - 1) + 1;
        const pad = ' '.repeat(start - lineStart);
        let end = k + 1;
        let parsed;
        for (;;) {
            try {
                parsed = parseWhole(file, pad + text.slice(start, bounds[end]), line);
                break;
            }
            catch (err) {
                if (!(err instanceof errors/* SqlSyntaxError */.MO) || end >= bounds.length - 1 || end - k >= 4)
                    throw err;
                end++;
            }
        }
        for (const st of parsed.statements)
            statements.push({ ...st, index: statements.length });
        directives.push(...parsed.directives);
        k = end;
    }
    return { file, text, statements, directives };
}
function parseWhole(file, text, firstLine) {
    const pos = new TextPosition(text, firstLine);
    // Only whitespace and comments: no statements (the parser itself calls that an error).
    if (leadingSpan(text) >= text.length)
        return { file, text, statements: [], directives: collectDirectives(text, pos) };
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
    if (all.length === 0)
        return [];
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

;// CONCATENATED MODULE: ./src/core/sql/transactionControl.ts
const WHAT = {
    TRANS_STMT_BEGIN: 'BEGIN',
    TRANS_STMT_START: 'START TRANSACTION',
    TRANS_STMT_COMMIT: 'COMMIT',
    TRANS_STMT_ROLLBACK: 'ROLLBACK',
    TRANS_STMT_SAVEPOINT: 'SAVEPOINT',
    TRANS_STMT_RELEASE: 'RELEASE SAVEPOINT',
    TRANS_STMT_ROLLBACK_TO: 'ROLLBACK TO SAVEPOINT',
    TRANS_STMT_PREPARE: 'PREPARE TRANSACTION',
    TRANS_STMT_COMMIT_PREPARED: 'COMMIT PREPARED',
    TRANS_STMT_ROLLBACK_PREPARED: 'ROLLBACK PREPARED',
};
/** `BEGIN`/`COMMIT`... for a TransactionStmt, undefined for any other statement. */
function transactionControlKind(stmt) {
    if (stmt.kind !== 'TransactionStmt')
        return undefined;
    return WHAT[String(stmt.ast?.kind)] ?? 'transaction control';
}
/** A BEGIN or START TRANSACTION without options: the wrapper a file may open with. */
const isPlainBegin = (s) => s !== undefined &&
    s.kind === 'TransactionStmt' &&
    (s.ast?.kind === 'TRANS_STMT_BEGIN' || s.ast?.kind === 'TRANS_STMT_START') &&
    // BEGIN ISOLATION LEVEL ... would be lost if stripped: not a plain wrapper.
    !(Array.isArray(s.ast?.options) && s.ast.options.length > 0);
/** A COMMIT without AND CHAIN: the wrapper a file may close with. */
const isPlainCommit = (s) => s !== undefined && s.kind === 'TransactionStmt' && s.ast?.kind === 'TRANS_STMT_COMMIT' && !s.ast?.chain;
/**
 * Splits a file's statements into its body (the wrapper removed) and the transaction control
 * that must be refused, in file order. The wrapper is a plain BEGIN first and COMMIT last, both.
 */
function splitTransactionWrapper(statements) {
    const wrapped = statements.length >= 2 && isPlainBegin(statements[0]) && isPlainCommit(statements[statements.length - 1]);
    const body = wrapped ? statements.slice(1, -1) : statements.slice();
    const refused = [];
    for (const statement of body) {
        const what = transactionControlKind(statement);
        if (what)
            refused.push({ statement, what });
    }
    return { body, refused };
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
/* harmony import */ var _baselineWasm_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13913);

let lib;
let loading;
async function loadSqlParser() {
    if (lib)
        return;
    loading ??= (async () => {
        // Dynamic import: in the ncc bundle a shim must set __dirname before libpg-query evaluates.
        const mod = await __webpack_require__.e(/* import() */ 2627).then(__webpack_require__.t.bind(__webpack_require__, 2627, 23));
        await (0,_baselineWasm_js__WEBPACK_IMPORTED_MODULE_0__/* .baselineWasm */ .o)(() => mod.loadModule());
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

/***/ 27908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HN: () => (/* binding */ LineCounter),
/* harmony export */   oT: () => (/* binding */ lexStatements),
/* harmony export */   y4: () => (/* binding */ cutPoints)
/* harmony export */ });
/* unused harmony export splitStatements */
/**
 * A SQL lexer that finds where statements start and end without parsing them, so that a file of
 * any size can be cut at statement boundaries and only the statements that matter are handed to
 * libpg-query (whose WASM parser fails on inputs of tens of megabytes, and costs time and memory
 * for every statement it sees).
 *
 * It knows what keeps a `;` from ending a statement, as psql's own lexer does: single quotes
 * (with E'' backslash escapes), double-quoted identifiers, dollar quotes, `--` comments, nested
 * block comments, parentheses, and SQL-standard routine bodies (`CREATE FUNCTION … BEGIN ATOMIC
 * … END`, recognised with psql's heuristic). It assumes standard_conforming_strings = on (the
 * default since PostgreSQL 9.1): a backslash in a plain '…' string is an ordinary character.
 */
const CH_TAB = 9;
const CH_LF = 10;
const CH_CR = 13;
const CH_SPACE = 32;
const isIdentStart = (c) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
const isIdentChar = (c) => isIdentStart(c) || (c >= 48 && c <= 57) || c === 36;
const isSpace = (c) => c === CH_SPACE || (c >= CH_TAB && c <= CH_CR);
/** Words the routine-body heuristic needs, besides the caller's. */
const ROUTINE_WORDS = ['create', 'or', 'replace', 'function', 'procedure', 'begin', 'case', 'end'];
/** Cheap pre-filter: a word is lower-cased and looked up only if its length and first letter match a known one. */
function keyOf(len, first) {
    return len * 128 + ((first | 32) & 127);
}
/**
 * Calls `onStatement` for each statement of `text` in order, and returns what was left open at the
 * end (a syntax error PostgreSQL would report), if anything.
 */
function lexStatements(text, onStatement, options = {}) {
    const watchFirst = options.watchFirst ?? new Set();
    const watchAny = options.watchAny ?? new Set();
    const candidates = new Set();
    for (const w of [...ROUTINE_WORDS, ...watchFirst, ...watchAny])
        candidates.add(keyOf(w.length, w.charCodeAt(0)));
    const n = options.to ?? text.length;
    let i = options.from ?? 0;
    let stmtStart = -1;
    let lastEnd = -1;
    let flagged = false;
    let parens = 0;
    let words = 0;
    // First letters of create / or / replace / function / procedure among the first four words.
    let ids = '';
    let routine = false;
    let beginDepth = 0;
    let open;
    const endStatement = (next) => {
        if (stmtStart >= 0)
            onStatement(stmtStart, lastEnd, next, flagged);
        stmtStart = -1;
        flagged = false;
        parens = 0;
        words = 0;
        ids = '';
        routine = false;
        beginDepth = 0;
    };
    while (i < n) {
        const c = text.charCodeAt(i);
        if (isSpace(c)) {
            i++;
            continue;
        }
        if (c === 45 /* - */ && text.charCodeAt(i + 1) === 45) {
            while (i < n) {
                const d = text.charCodeAt(i);
                if (d === CH_LF || d === CH_CR)
                    break;
                i++;
            }
            continue;
        }
        if (c === 47 /* / */ && text.charCodeAt(i + 1) === 42 /* * */) {
            const at = i;
            let depth = 1;
            i += 2;
            while (i < n && depth > 0) {
                const d = text.charCodeAt(i);
                if (d === 47 && text.charCodeAt(i + 1) === 42) {
                    depth++;
                    i += 2;
                }
                else if (d === 42 && text.charCodeAt(i + 1) === 47) {
                    depth--;
                    i += 2;
                }
                else
                    i++;
            }
            if (depth > 0) {
                open ??= { what: 'unterminated /* comment', at };
                i = n;
            }
            continue;
        }
        if (c === 59 /* ; */ && parens === 0 && beginDepth === 0) {
            endStatement(i + 1);
            i++;
            continue;
        }
        if (stmtStart < 0)
            stmtStart = i;
        const tokenStart = i;
        if (c === 59 /* ; */) {
            i++;
        }
        else if (c === 39 /* ' */) {
            i = skipString(text, i, n, false);
            if (i > n) {
                open ??= { what: 'unterminated quoted string', at: tokenStart };
                i = n;
            }
        }
        else if (c === 34 /* " */) {
            i = skipQuotedIdent(text, i, n);
            if (i > n) {
                open ??= { what: 'unterminated quoted identifier', at: tokenStart };
                i = n;
            }
        }
        else if (c === 36 /* $ */) {
            const tagEnd = dollarTagEnd(text, i, n);
            if (tagEnd < 0) {
                i++;
                while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57)
                    i++;
            }
            else {
                const tag = text.slice(i, tagEnd);
                const close = text.indexOf(tag, tagEnd);
                if (close < 0 || close + tag.length > n) {
                    open ??= { what: 'unterminated dollar-quoted string', at: tokenStart };
                    i = n;
                }
                else
                    i = close + tag.length;
            }
        }
        else if (isIdentStart(c)) {
            let j = i + 1;
            while (j < n && isIdentChar(text.charCodeAt(j)))
                j++;
            const len = j - i;
            const after = text.charCodeAt(j);
            if (len === 1 && after === 39 /* ' */) {
                // E'…' takes backslash escapes; B'', X'', N'' are plain strings.
                i = skipString(text, j, n, c === 69 || c === 101);
                if (i > n) {
                    open ??= { what: 'unterminated quoted string', at: tokenStart };
                    i = n;
                }
            }
            else if (len === 1 &&
                (c === 85 || c === 117) &&
                after === 38 /* & */ &&
                text.charCodeAt(j + 1) === 39) {
                i = skipString(text, j + 1, n, false);
                if (i > n) {
                    open ??= { what: 'unterminated quoted string', at: tokenStart };
                    i = n;
                }
            }
            else {
                const first = words === 0;
                words++;
                if (len <= 12 && candidates.has(keyOf(len, c))) {
                    const w = text.slice(i, j).toLowerCase();
                    if ((first && watchFirst.has(w)) || watchAny.has(w))
                        flagged = true;
                    if (words <= 4)
                        ids +=
                            w === 'create' || w === 'or' || w === 'replace' || w === 'function' || w === 'procedure'
                                ? w[0]
                                : '.';
                    if (words <= 4 && !routine)
                        routine = /^c(?:f|p|or[fp])/.test(ids);
                    if (routine && parens === 0) {
                        if (w === 'begin')
                            beginDepth++;
                        else if (w === 'case') {
                            if (beginDepth > 0)
                                beginDepth++;
                        }
                        else if (w === 'end' && beginDepth > 0)
                            beginDepth--;
                    }
                }
                else if (words <= 4)
                    ids += '.';
                i = j;
            }
        }
        else {
            if (c === 40 /* ( */)
                parens++;
            else if (c === 41 /* ) */ && parens > 0)
                parens--;
            i++;
        }
        lastEnd = Math.min(i, n);
    }
    endStatement(n);
    return open;
}
/** Index just past the string opening at `i` (a `'`), or n + 1 when it never closes. */
function skipString(text, i, n, escapes) {
    i++;
    for (;;) {
        const q = text.indexOf("'", i);
        if (q < 0 || q >= n)
            return n + 1;
        if (escapes) {
            // Count the backslashes right before the quote: an odd number escapes it.
            let b = q - 1;
            while (b >= i && text.charCodeAt(b) === 92)
                b--;
            if ((q - 1 - b) % 2 === 1) {
                i = q + 1;
                continue;
            }
        }
        if (text.charCodeAt(q + 1) === 39 && q + 1 < n) {
            i = q + 2;
            continue;
        }
        return q + 1;
    }
}
function skipQuotedIdent(text, i, n) {
    i++;
    for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0 || q >= n)
            return n + 1;
        if (text.charCodeAt(q + 1) === 34 && q + 1 < n) {
            i = q + 2;
            continue;
        }
        return q + 1;
    }
}
/** End of a `$tag$` opening at `i`, or -1 when the `$` starts no dollar quote (`$1`, an operator). */
function dollarTagEnd(text, i, n) {
    let j = i + 1;
    if (j < n && text.charCodeAt(j) === 36)
        return j + 1;
    if (j >= n || !isIdentStart(text.charCodeAt(j)))
        return -1;
    j++;
    while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 36)
            return j + 1;
        if (!(isIdentChar(d) && d !== 36))
            return -1;
        j++;
    }
    return -1;
}
/** Counts lines forward through a text, so positions of increasing offsets cost one pass in all. */
class LineCounter {
    text;
    offset = 0;
    line;
    lineStart = 0;
    constructor(text, firstLine = 1) {
        this.text = text;
        this.line = firstLine;
    }
    /** 1-based line and column (UTF-16 units) of `offset`; offsets must not decrease between calls. */
    at(offset) {
        if (offset < this.offset)
            throw new Error('internal: LineCounter offsets must not decrease');
        for (let k = this.text.indexOf('\n', this.offset); k >= 0 && k < offset; k = this.text.indexOf('\n', k + 1)) {
            this.line++;
            this.lineStart = k + 1;
        }
        this.offset = offset;
        return { line: this.line, column: offset - this.lineStart + 1 };
    }
}
/** Every statement of a (small) text with its position; for large texts use lexStatements. */
function splitStatements(text, options = {}) {
    const lines = new LineCounter(text, options.firstLine ?? 1);
    const statements = [];
    const unterminated = lexStatements(text, (start, end, next, flagged) => {
        statements.push({ start, end, next, flagged, ...lines.at(start), text: text.slice(start, end) });
    }, options);
    return { statements, unterminated };
}
/**
 * Offsets just after top-level `;`, chosen so that pieces are about `target` characters long
 * (never cutting inside a quote, comment or routine body). Empty when the text needs no cut.
 */
function cutPoints(text, target) {
    const cuts = [];
    let last = 0;
    lexStatements(text, (_start, _end, next) => {
        if (next - last >= target && next < text.length && text.charCodeAt(next - 1) === 59) {
            cuts.push(next);
            last = next;
        }
    });
    return cuts;
}


/***/ }),

/***/ 61746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Nj: () => (/* binding */ loadProjectLazily),
  ce: () => (/* binding */ loadProjectWith)
});

// UNUSED EXPORTS: DEFAULT_CONFIG_FILE

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/config/defaults.ts
var defaults = __webpack_require__(3902);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/runtime/gitTopLevel.ts
/**
 * The top level of the git work tree that holds a directory, found by walking up to the nearest
 * `.git` (a directory, or the file a linked worktree or submodule has) instead of spawning
 * `git rev-parse --show-toplevel`: every command loads the project, and a spawn costs 5-10 ms of
 * each start. When the environment redirects git (GIT_DIR, GIT_WORK_TREE) the walk cannot know
 * the answer, so git is asked.
 */



function gitTopLevel(cwd, env = process.env) {
    if (env.GIT_DIR || env.GIT_WORK_TREE)
        return askGit(cwd, env);
    for (let dir = (0,external_node_path_.resolve)(cwd);; dir = (0,external_node_path_.dirname)(dir)) {
        const st = (0,external_node_fs_.statSync)((0,external_node_path_.join)(dir, '.git'), { throwIfNoEntry: false });
        if (st?.isDirectory() || st?.isFile())
            return dir;
        if ((0,external_node_path_.dirname)(dir) === dir)
            return undefined;
    }
}
function askGit(cwd, env) {
    try {
        return (0,external_node_child_process_.execFileSync)('git', ['rev-parse', '--show-toplevel'], {
            cwd,
            env: { ...process.env, ...env },
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
        }).trim();
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/runtime/sqlFiles.ts
var sqlFiles = __webpack_require__(62197);
;// CONCATENATED MODULE: ./src/runtime/projectCore.ts
/**
 * Reads the repository's schemagate.yml (or the defaults when there is none) and applies the
 * overrides that belong to the edge: action inputs and SCHEMAGATE_MODE. Every configured path is
 * checked here, once, for every command and stage alike: one that resolves outside the
 * repository, or a configured directory that does not exist, is a configuration error naming the
 * key (exit 2), never a silent "nothing to compare".
 */






const DEFAULT_CONFIG_FILE = 'schemagate.yml';
/** Config keys that hold paths, with whether the directory must exist when the key is set. */
const PATH_KEYS = [
    { key: 'schema', get: (c) => c.schema, dir: true },
    { key: 'migrations.dir', get: (c) => c.migrations.dir, dir: true },
    { key: 'drift.baseline', get: (c) => c.drift.baseline, dir: false },
    { key: 'drift.metrics', get: (c) => c.drift.metrics, dir: false },
    { key: 'audit.log', get: (c) => c.audit.log, dir: false },
];
/**
 * loadProject (project.ts) without loading the config readers unless the project has a config
 * file (schemagate.yml, the file given, or atlas.hcl): they are most of a lint's start-up.
 */
async function loadProjectLazily(options) {
    const root = (0,external_node_path_.resolve)(options.root);
    const needed = isExplicit(options) || (0,external_node_fs_.existsSync)(configCandidate(root, options)) || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, 'atlas.hcl'));
    return loadProjectWith(options, needed ? (await Promise.all(/* import() */[__webpack_require__.e(2311), __webpack_require__.e(8815), __webpack_require__.e(3733)]).then(__webpack_require__.bind(__webpack_require__, 53733))).configReaders : undefined);
}
const isExplicit = (options) => options.config !== undefined && options.config !== '';
// One expression for both callers: the bundler's asset relocator rewrites a literal file name
// resolved against a path into a path inside the bundle, which is no longer the project's.
function configCandidate(root, options) {
    return (0,external_node_path_.resolve)(root, isExplicit(options) ? options.config : DEFAULT_CONFIG_FILE);
}
/** Reads the project with `readers`; without them, a config source found is an internal error. */
function loadProjectWith(options, readers) {
    const read = () => {
        if (!readers)
            throw new Error('internal: a config file was found but its readers were not loaded');
        return readers;
    };
    const root = (0,external_node_path_.resolve)(options.root);
    const rootKey = options.rootKey ?? 'working directory';
    if (!(0,external_node_fs_.existsSync)(root) || !(0,external_node_fs_.statSync)(root).isDirectory())
        throw new errors/* ConfigError */.xL(rootKey, '', `directory not found: ${root}`);
    const repoRoot = (0,external_node_path_.resolve)(options.repoRoot ?? gitTopLevel(root, options.env) ?? root);
    if (!within(repoRoot, root))
        throw new errors/* ConfigError */.xL(rootKey, '', `${root} is outside the repository ${repoRoot}`);
    const explicit = isExplicit(options);
    const candidate = configCandidate(root, options);
    let config;
    let configFile;
    let setKeys = new Set();
    if (explicit && !within(repoRoot, candidate))
        throw new errors/* ConfigError */.xL(options.config, '', `config file resolves outside the repository (${repoRoot})`);
    let notes;
    if ((0,external_node_fs_.existsSync)(candidate)) {
        configFile = (0,external_node_path_.relative)(root, candidate) || candidate;
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(candidate, 'utf8');
        }
        catch (err) {
            throw new errors/* ConfigError */.xL(configFile, '', `cannot read the config file: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
        config = read().parseConfig(text, configFile);
        setKeys = read().keysSetIn(text);
    }
    else if (explicit) {
        throw new errors/* ConfigError */.xL(options.config, '', 'config file not found');
    }
    else {
        const atlas = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, 'atlas.hcl'))
            ? read().readAtlasHcl(root, options.atlasEnv || options.env?.SCHEMAGATE_ATLAS_ENV || undefined)
            : undefined;
        // configFile stays undefined: it names a schemagate.yml (the promotion check reads its YAML).
        if (atlas) {
            notes = [`no schemagate.yml: read atlas.hcl, env "${atlas.env}"`, ...atlas.notes];
            // A migrations dir that atlas.hcl names must exist, as one written in schemagate.yml must.
            setKeys = new Set(['migrations.dir']);
        }
        config = atlas?.config ?? (0,defaults/* defaultConfig */.s)();
    }
    config = applyModeOverride(config, options.mode, options.env?.SCHEMAGATE_MODE, configFile ?? DEFAULT_CONFIG_FILE);
    const path = (p) => ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(root, p));
    const file = configFile ?? DEFAULT_CONFIG_FILE;
    const inside = (p, key) => {
        const abs = path(p);
        if (!within(repoRoot, abs)) {
            const [where, k] = key.startsWith('input ') ? ['input', key.slice(6)] : [file, key];
            throw new errors/* ConfigError */.xL(where, k, `${JSON.stringify(p)} resolves outside the repository (${repoRoot})`);
        }
        return abs;
    };
    for (const { key, get, dir } of PATH_KEYS) {
        const value = get(config);
        if (value === undefined)
            continue;
        const abs = inside(value, key);
        // A default migrations dir may be absent (a project with only a schema): the commands that
        // need it check it. One written in the file must exist.
        const schemaFile = key === 'schema' && (0,sqlFiles/* isSqlFile */.$v)(abs);
        if (dir && (key !== 'migrations.dir' || setKeys.has(key)) && !isDir(abs) && !schemaFile)
            throw new errors/* ConfigError */.xL(file, key, `directory not found: ${value}`);
    }
    return {
        root,
        repoRoot,
        configFile,
        config,
        path,
        display: (p) => ((0,external_node_path_.isAbsolute)(p) ? (0,external_node_path_.relative)(root, p) || '.' : p),
        inside,
        ...(notes && notes.length > 0 ? { notes } : {}),
    };
}
function within(parent, child) {
    const r = (0,external_node_path_.relative)(parent, child);
    return r === '' || (!r.startsWith('..') && !(0,external_node_path_.isAbsolute)(r));
}
function isDir(p) {
    return (0,external_node_fs_.existsSync)(p) && (0,external_node_fs_.statSync)(p).isDirectory();
}
/** Precedence: explicit input/flag, then SCHEMAGATE_MODE, then the file. */
function applyModeOverride(config, input, env, file) {
    const chosen = input || env;
    if (!chosen)
        return config;
    if (chosen !== 'canary' && chosen !== 'strict') {
        const where = input ? 'input mode' : 'SCHEMAGATE_MODE';
        throw new errors/* ConfigError */.xL(file, 'mode', `${where} must be "canary" or "strict", got ${JSON.stringify(chosen)}`);
    }
    return { ...config, mode: chosen };
}


/***/ }),

/***/ 62197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ isSqlFile),
/* harmony export */   FY: () => (/* binding */ entryKind),
/* harmony export */   Ko: () => (/* binding */ repositoryRootOf),
/* harmony export */   Mf: () => (/* binding */ relativeTo),
/* harmony export */   VH: () => (/* binding */ parseSqlFiles),
/* harmony export */   WP: () => (/* binding */ listSqlFiles),
/* harmony export */   Yb: () => (/* binding */ readSqlText),
/* harmony export */   pt: () => (/* binding */ requireDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_sql_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79585);




/**
 * The one function that reads a SQL file (migrations, schema files, lint targets, atlas.sum):
 * NUL bytes and invalid UTF-8 are refused here at file:line:col, so every command agrees.
 */
function readSqlText(path, display = path) {
    let bytes;
    try {
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${display}: cannot read: ${err.code ?? String(err)}`);
    }
    return (0,_core_sql_index_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeSqlText */ ._N)(display, bytes);
}
/** The nearest directory above `dir` holding `.git`, else `fallback`: symlinks may not leave it. */
function repositoryRootOf(dir, fallback = dir) {
    for (let d = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir);; d = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(d, '.git')))
            return d;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d) === d)
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(fallback);
    }
}
/**
 * What a directory entry is once symlinks are followed. A symlink is followed only to a target
 * inside `root`; a dangling symlink, one leaving the repository, or a FIFO/socket/device is an
 * error when `claimed` (its name is one we would read), and skipped otherwise.
 */
function entryKind(dir, entry, root, claimed, show) {
    const p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
    if (entry.isFile())
        return 'file';
    if (entry.isDirectory())
        return 'directory';
    if (entry.isSymbolicLink()) {
        let target;
        try {
            target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(p);
        }
        catch {
            if (!claimed)
                return 'skip';
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${show(p)}: dangling symbolic link (its target does not exist); fix or remove it`);
        }
        const realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
        if (target !== realRoot && !target.startsWith(realRoot + node_path__WEBPACK_IMPORTED_MODULE_1__.sep)) {
            if (!claimed)
                return 'skip';
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${show(p)}: symbolic link to ${target}, outside the repository (${realRoot}); copy the file into the repository instead`);
        }
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target);
        if (st.isFile())
            return 'file';
        if (st.isDirectory())
            return 'directory';
    }
    if (!claimed)
        return 'skip';
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${show(p)}: not a regular file (${describe(entry)}); a SQL file must be a readable regular file`);
}
function describe(e) {
    if (e.isFIFO())
        return 'a named pipe';
    if (e.isSocket())
        return 'a socket';
    if (e.isBlockDevice() || e.isCharacterDevice())
        return 'a device';
    if (e.isSymbolicLink())
        return 'a symbolic link to something that is not a file';
    return 'not a file';
}
/**
 * Every `*.sql` file under `dir` (recursively, following symlinks inside the repository), sorted
 * bytewise by path. Anything named `*.sql` that cannot be read as a regular file is an error.
 */
function listSqlFiles(dir, root = repositoryRootOf(dir)) {
    // A declared schema may be one file (Atlas's `src = "file://schema.sql"`).
    if (isSqlFile(dir))
        return [dir];
    const out = [];
    const seen = new Set();
    const show = relativeTo(root);
    const walk = (d) => {
        const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(d);
        if (seen.has(real))
            return; // a symlink loop
        seen.add(real);
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(d, { withFileTypes: true })) {
            const p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(d, entry.name);
            const kind = entryKind(d, entry, root, entry.name.endsWith('.sql'), show);
            if (kind === 'directory')
                walk(p);
            else if (kind === 'file' && entry.name.endsWith('.sql'))
                out.push(p);
        }
    };
    walk(dir);
    return out.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}
/** Checks that a configured directory exists; the message names the config key. */
/** A regular `.sql` file (a declared schema given as one file). */
function isSqlFile(p) {
    return p.endsWith('.sql') && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isFile();
}
function requireDir(dir, key, configFile) {
    if (key === 'schema' && isSqlFile(dir))
        return;
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory()) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(configFile ?? 'schemagate.yml', key, `directory not found: ${dir}`);
    }
}
/** Parses files with the real parser; `display` turns a path into what messages show. */
async function parseSqlFiles(paths, display) {
    await (0,_core_sql_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadSqlParser */ .Ok)();
    return paths.map((p) => (0,_core_sql_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSqlFile */ .K5)(display(p), readSqlText(p, display(p))));
}
function relativeTo(root) {
    return (p) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, p) || p;
}


/***/ })

};
