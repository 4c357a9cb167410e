export const id = 4652;
export const ids = [4652];
export const modules = {

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
        completedStatements: typeof e?.completedStatements === 'number' ? e.completedStatements : undefined,
    };
}


/***/ }),

/***/ 57992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AA: () => (/* binding */ wholeFile),
/* harmony export */   RI: () => (/* binding */ timestampVersion),
/* harmony export */   Xo: () => (/* binding */ compareBytes),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   lE: () => (/* binding */ assertUniqueVersions),
/* harmony export */   p_: () => (/* binding */ NO_TRANSACTION),
/* harmony export */   t_: () => (/* binding */ fileSafeName),
/* harmony export */   uJ: () => (/* binding */ joinPath)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13102);
/** Small helpers shared by the format modules. */


/** Slice of a text encoded at a time: hashing a 200 MB file must not need a second copy of it. */
const HASH_SLICE = 1 << 22;
function sha256Hex(text) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (let i = 0; i < text.length;) {
        let end = Math.min(i + HASH_SLICE, text.length);
        // Never split a surrogate pair: each half alone would encode as U+FFFD.
        const last = text.charCodeAt(end - 1);
        if (end < text.length && last >= 0xd800 && last <= 0xdbff)
            end++;
        hash.update(text.slice(i, end), 'utf8');
        i = end;
    }
    return hash.digest('hex');
}
function joinPath(dir, name) {
    if (!dir || dir === '.')
        return name;
    return dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`;
}
/** Bytewise comparison of file names, as Go's sort of strings (Atlas, dbmate) does. */
function compareBytes(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
/** UTC timestamp in Go's 20060102150405 layout, which Atlas and dbmate use for versions. */
function timestampVersion(now) {
    const p = (n, w = 2) => String(n).padStart(w, '0');
    return `${p(now.getUTCFullYear(), 4)}${p(now.getUTCMonth() + 1)}${p(now.getUTCDate())}${p(now.getUTCHours())}${p(now.getUTCMinutes())}${p(now.getUTCSeconds())}`;
}
/** A migration name safe in every format's file name pattern. */
function fileSafeName(name) {
    const safe = name
        .trim()
        .replace(/[^A-Za-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '');
    return safe || 'migration';
}
/** Fails naming both files when two migrations share a version under the tool's own equality. */
function assertUniqueVersions(migrations, dir, key = (m) => m.version) {
    const seen = new Map();
    for (const m of migrations) {
        const k = key(m);
        const prev = seen.get(k);
        if (prev) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MigrationDirError */ .ey([joinPath(dir, prev.file), joinPath(dir, m.file)], `two migrations with version ${m.version}; rename one of them`);
        }
        seen.set(k, m);
    }
}
function wholeFile(dir, f) {
    return { file: joinPath(dir, f.name), text: f.content, firstLine: 1 };
}
/** Explicit opt-out of the per-file transaction that any format may use. */
const NO_TRANSACTION = /^--\s*schemagate:no-transaction\b/m;


/***/ }),

/***/ 13102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q9: () => (/* binding */ MigrationInFlightError),
/* harmony export */   SR: () => (/* binding */ MigrationStateError),
/* harmony export */   ey: () => (/* binding */ MigrationDirError),
/* harmony export */   uR: () => (/* binding */ MigrationLockError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/** A migration directory that cannot be read as one format: names every file involved. */
class MigrationDirError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz {
    files;
    detail;
    name = 'MigrationDirError';
    constructor(files, detail) {
        super(`${files.join(', ')}: ${detail}`);
        this.files = files;
        this.detail = detail;
    }
}
/** The database state does not allow the run (edited applied file, out of order, no down part...). */
class MigrationStateError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz {
    name = 'MigrationStateError';
}
/** Another run holds the migration lock for longer than migrations.advisory_lock_timeout. */
class MigrationLockError extends Error {
    name = 'MigrationLockError';
}
/**
 * A no-transaction file was interrupted while a statement was running and nothing can tell whether
 * it completed: the run stops (exit 1) rather than run it a second time, and names the
 * `schemagate migrate resolve` command that records the answer.
 */
class MigrationInFlightError extends Error {
    name = 'MigrationInFlightError';
    exitCode = 1;
}


/***/ }),

/***/ 26128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tr: () => (/* binding */ compareFlywayVersions),
/* harmony export */   eD: () => (/* binding */ flywayFormat)
/* harmony export */ });
/* unused harmony export flywayVersionParts */
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57992);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13102);
/**
 * Flyway: `V<version>__<description>.sql`, `U<version>__...` undo files, `R__<description>.sql`
 * repeatables. Versions compare as Flyway compares them: dot- or underscore-separated integer
 * parts, numerically, trailing zero parts ignored (1.10 > 1.9; 1.0 == 1). Repeatables run after
 * every versioned migration, ordered by description, and again whenever their checksum changes.
 */


const VERSIONED = /^([VU])(\d+(?:[._]\d+)*)__(.+)\.sql$/;
const REPEATABLE = /^R__(.+)\.sql$/;
/** Flyway's version parts as integers, trailing zeros dropped so that equal versions are equal. */
function flywayVersionParts(version) {
    const parts = version.split(/[._]/).map((p) => BigInt(p));
    while (parts.length > 1 && parts.at(-1) === 0n)
        parts.pop();
    return parts;
}
function compareFlywayVersions(a, b) {
    const pa = flywayVersionParts(a);
    const pb = flywayVersionParts(b);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const x = pa[i] ?? 0n;
        const y = pb[i] ?? 0n;
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}
const description = (raw) => raw.replace(/_/g, ' ');
/** Flyway's per-script config `<script>.conf` may say `executeInTransaction=false`. */
function executeInTransaction(f, all) {
    const conf = all.find((c) => c.name === `${f.name}.conf`);
    if (conf && /^\s*executeInTransaction\s*=\s*false\s*$/m.test(conf.content))
        return false;
    return !_common_js__WEBPACK_IMPORTED_MODULE_0__/* .NO_TRANSACTION */ .p_.test(f.content);
}
const flywayFormat = {
    format: 'flyway',
    claims: (f) => VERSIONED.test(f.name) || REPEATABLE.test(f.name),
    read(files, dir, all) {
        const versioned = [];
        const undo = new Map();
        const repeatable = [];
        for (const f of files) {
            const r = REPEATABLE.exec(f.name);
            if (r) {
                repeatable.push({
                    version: `R__${r[1]}`,
                    name: description(r[1]),
                    file: f.name,
                    checksum: (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)(f.content),
                    up: (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .wholeFile */ .AA)(dir, f),
                    transactional: executeInTransaction(f, all),
                    repeatable: true,
                });
                continue;
            }
            const m = VERSIONED.exec(f.name);
            const version = m[2].replace(/_/g, '.');
            if (m[1] === 'U') {
                const key = flywayVersionParts(version).join('.');
                const prev = undo.get(key);
                if (prev)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MigrationDirError */ .ey([(0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .joinPath */ .uJ)(dir, prev.name), (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .joinPath */ .uJ)(dir, f.name)], `two undo files for version ${version}`);
                undo.set(key, f);
                continue;
            }
            versioned.push({
                version,
                name: description(m[3]),
                file: f.name,
                checksum: (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)(f.content),
                up: (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .wholeFile */ .AA)(dir, f),
                transactional: executeInTransaction(f, all),
            });
        }
        versioned.sort((a, b) => compareFlywayVersions(a.version, b.version));
        (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .assertUniqueVersions */ .lE)(versioned, dir, (m) => flywayVersionParts(m.version).join('.'));
        const withUndo = versioned.map((m) => {
            const key = flywayVersionParts(m.version).join('.');
            const u = undo.get(key);
            undo.delete(key);
            return u ? { ...m, down: (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .wholeFile */ .AA)(dir, u) } : m;
        });
        for (const u of undo.values()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MigrationDirError */ .ey([(0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .joinPath */ .uJ)(dir, u.name)], 'undo file without a versioned migration of the same version');
        }
        repeatable.sort((a, b) => (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .compareBytes */ .Xo)(a.name, b.name));
        (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .assertUniqueVersions */ .lE)(repeatable, dir);
        return [...withUndo, ...repeatable];
    },
    nextFileName(set, name, now) {
        const versioned = set.migrations.filter((m) => !m.repeatable);
        const safe = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .fileSafeName */ .t_)(name);
        const integers = versioned.length > 0 && versioned.every((m) => /^\d{1,9}$/.test(m.version));
        const version = integers
            ? String(Math.max(...versioned.map((m) => Number(m.version))) + 1)
            : (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestampVersion */ .RI)(now);
        const hasUndo = set.migrations.some((m) => m.down);
        return { up: `V${version}__${safe}.sql`, down: hasUndo ? `U${version}__${safe}.sql` : undefined };
    },
};


/***/ }),

/***/ 24652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Si: () => (/* reexport */ ATLAS_SUM),
  uR: () => (/* reexport */ errors/* MigrationLockError */.uR),
  fE: () => (/* reexport */ baselineMigrations),
  kj: () => (/* reexport */ dbmateTemplate),
  Y4: () => (/* reexport */ migrateDown),
  Pi: () => (/* reexport */ migrateUp),
  vd: () => (/* reexport */ migrationStatus),
  Lv: () => (/* binding */ nextMigrationFileName),
  Yi: () => (/* reexport */ partStatements),
  PJ: () => (/* reexport */ readMigrationSet),
  fM: () => (/* reexport */ replayMigrations),
  Qu: () => (/* reexport */ resolveInFlight),
  R3: () => (/* reexport */ verifySum),
  ej: () => (/* reexport */ writeAtlasSum)
});

// UNUSED EXPORTS: FORMATS, MigrationDirError, MigrationInFlightError, MigrationStateError, REVISION_TABLE, compareFlywayVersions, computeAtlasSum, findMigration, formatAtlasSum, migrationState, nonTransactionalReason, parseAtlasSum, verifyAtlasSum

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/migrations/common.ts
var common = __webpack_require__(57992);
// EXTERNAL MODULE: ./src/core/migrations/errors.ts
var errors = __webpack_require__(13102);
;// CONCATENATED MODULE: ./src/core/migrations/atlasSum.ts
/**
 * atlas.sum, byte-for-byte as Atlas writes it: one running SHA-256 over the top-level `.sql`
 * files sorted bytewise, fed each file's name then (unless the file opts out with
 * `-- atlas:sum ignore` on its first line) its bytes; each listed file gets the running hash so
 * far. The first line hashes the listed names and hashes together.
 */



const ATLAS_SUM = 'atlas.sum';
// Atlas matches its directives against the first line only, printable ASCII around them.
const FIRST_LINE_DIRECTIVE = /^([ -~]*)atlas:(\w+)(?: +([ -~]*))*/;
/** A directive on the file's first line, as Atlas reads `atlas:sum`; its argument or undefined. */
function firstLineDirective(content, name) {
    const m = FIRST_LINE_DIRECTIVE.exec(content);
    return m && m[2] === name ? (m[3] ?? '') : undefined;
}
/**
 * A file-level directive (`-- atlas:txmode none`): Atlas only honours comment lines at the very
 * top of the file that are separated from the statements by a blank line.
 */
function atlasDirective(content, name) {
    const comments = [];
    let rest = content;
    while (rest.startsWith('--') || rest.startsWith('#')) {
        const nl = rest.indexOf('\n');
        if (nl < 0) {
            comments.push(rest);
            rest = '';
            break;
        }
        comments.push(rest.slice(0, nl).trim());
        rest = rest.slice(nl + 1);
    }
    if (rest !== '' && !rest.startsWith('\n') && !rest.startsWith('\r\n'))
        return undefined;
    for (const c of comments) {
        const arg = firstLineDirective(c, name.replace(/^atlas:/, ''));
        if (arg !== undefined)
            return arg.trim();
    }
    return undefined;
}
function computeAtlasSum(files) {
    const sorted = files.filter((f) => f.name.endsWith('.sql')).sort((a, b) => (0,common/* compareBytes */.Xo)(a.name, b.name));
    const running = (0,external_node_crypto_.createHash)('sha256');
    const out = [];
    for (const f of sorted) {
        running.update(f.name, 'utf8');
        if (firstLineDirective(f.content, 'sum') === 'ignore')
            continue;
        running.update(f.content, 'utf8');
        // copy(): the running state goes on; a digest of a copy is the hash "so far".
        out.push({ name: f.name, hash: running.copy().digest('base64') });
    }
    return out;
}
function totalSum(entries) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    for (const e of entries) {
        h.update(e.name, 'utf8');
        h.update(e.hash, 'utf8');
    }
    return h.digest('base64');
}
/** The text of atlas.sum for these files, exactly as `atlas migrate hash` writes it. */
function formatAtlasSum(entries) {
    return `h1:${totalSum(entries)}\n${entries.map((e) => `${e.name} h1:${e.hash}\n`).join('')}`;
}
function writeAtlasSum(files) {
    return formatAtlasSum(computeAtlasSum(files));
}
/** The first line (without `h1:`) and the entries; a line that is not `<file> h1:<hash>` is an error at its line. */
function readSumLines(text, file) {
    const lines = text.split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    const head = (lines.shift() ?? '').replace(/\r$/, '').replace(/^h1:/, '');
    const entries = [];
    lines.forEach((raw, i) => {
        const line = raw.replace(/\r$/, '');
        const at = line.indexOf('h1:');
        if (at < 0) {
            throw new errors/* MigrationDirError */.ey([`${file}:${i + 2}`], 'atlas.sum line is not "<file> h1:<hash>"; run `schemagate hash`');
        }
        entries.push({ name: line.slice(0, at).trim(), hash: line.slice(at + 3) });
    });
    return { head, entries };
}
const EDITED = 'atlas.sum was edited by hand: this line does not match the directory and the first line does not match the lines below it; ' +
    'run `schemagate hash` after reviewing the directory';
/** Parses atlas.sum; a malformed file or a first line that does not match its entries is an error. */
function parseAtlasSum(text, file) {
    const { head, entries } = readSumLines(text, file);
    if (head !== totalSum(entries))
        throw new MigrationDirError([`${file}:1`], EDITED);
    return entries;
}
/**
 * Verifies the directory against its atlas.sum and names the first file that was changed,
 * added or removed. Atlas only compares the totals; naming the file is what makes it fixable.
 */
function verifyAtlasSum(files, sumText, dir) {
    const sumFile = (0,common/* joinPath */.uJ)(dir, ATLAS_SUM);
    const { head, entries: recorded } = readSumLines(sumText, sumFile);
    const actual = computeAtlasSum(files);
    const consistent = head === totalSum(recorded);
    if (consistent && formatAtlasSum(recorded) === formatAtlasSum(actual))
        return;
    if (!consistent) {
        // Tampered with: point at the first line that differs from what the directory gives (line 1
        // when only the first line was touched).
        let i = 0;
        while (i < recorded.length &&
            i < actual.length &&
            recorded[i].name === actual[i].name &&
            recorded[i].hash === actual[i].hash)
            i++;
        const line = i === recorded.length && i === actual.length ? 1 : i + 2;
        throw new errors/* MigrationDirError */.ey([`${sumFile}:${line}`], EDITED);
    }
    const before = new Map(recorded.map((e) => [e.name, e.hash]));
    const now = new Map(actual.map((e) => [e.name, e.hash]));
    const fix = 'if the change is intended, run `schemagate hash` to rewrite atlas.sum';
    for (const e of actual) {
        if (!before.has(e.name))
            throw new errors/* MigrationDirError */.ey([(0,common/* joinPath */.uJ)(dir, e.name)], `file added but not in ${sumFile}; ${fix}`);
    }
    for (const e of recorded) {
        if (!now.has(e.name))
            throw new errors/* MigrationDirError */.ey([(0,common/* joinPath */.uJ)(dir, e.name)], `file listed in ${sumFile} was removed; ${fix}`);
    }
    // The hashes are cumulative: the first differing line is the file that changed.
    for (let i = 0; i < actual.length; i++) {
        if (actual[i].name !== recorded[i].name || actual[i].hash !== recorded[i].hash) {
            throw new errors/* MigrationDirError */.ey([(0,common/* joinPath */.uJ)(dir, actual[i].name)], `file changed since ${sumFile} was written; ${fix}`);
        }
    }
    throw new errors/* MigrationDirError */.ey([sumFile], `does not match the directory; ${fix}`);
}

// EXTERNAL MODULE: ./src/core/db.ts
var db = __webpack_require__(50261);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/sql/index.ts + 4 modules
var sql = __webpack_require__(79585);
;// CONCATENATED MODULE: ./src/core/migrations/executor.ts




/**
 * Parses a part (the parser must be loaded) and strips the BEGIN/COMMIT wrapper the runner
 * replaces; any other transaction control is refused at its location, before anything runs.
 */
function partStatements(part) {
    const { body, refused } = (0,sql/* splitTransactionWrapper */.qA)((0,sql/* parseSqlFile */.K5)(part.file, part.text, { firstLine: part.firstLine }).statements);
    refuseTransactionControl(part, refused);
    return body;
}
/** Throws at the first transaction control statement of a part, if any: nothing has run yet. */
function refuseTransactionControl(part, refused) {
    const first = refused[0];
    if (first) {
        const s = first.statement;
        throw new errors/* MigrationDirError */.ey([`${part.file}:${s.line}:${s.column}`], `${first.what} inside a migration file: schemagate runs each file in one transaction of its own (or, for a ` +
            'no-transaction file, statement by statement), so transaction control in the file would break all-or-nothing ' +
            `and what is recorded as applied. Remove it${refused.length > 1 ? ` (and the ${refused.length - 1} more after it)` : ''}; ` +
            'a plain leading BEGIN and trailing COMMIT are allowed and ignored. Put changes that must commit separately in separate files.');
    }
}
/** Line and column inside the file of a 1-based character position within the statement text. */
function locate(stmt, position) {
    if (!position || position < 1 || position > stmt.text.length + 1)
        return { line: stmt.line, column: stmt.column };
    const before = stmt.text.slice(0, position - 1);
    const nl = before.lastIndexOf('\n');
    const newlines = before.split('\n').length - 1;
    return nl < 0
        ? { line: stmt.line, column: stmt.column + before.length }
        : { line: stmt.line + newlines, column: before.length - nl };
}
/** `prefix` is text sent in the same query before the statement (it shifts PostgreSQL's position). */
function executionError(stmt, err, prefix = '') {
    const f = (0,db/* dbErrorFields */.O)(err);
    const raw = f.position === undefined ? undefined : Number(f.position) - prefix.length;
    const at = locate(stmt, raw);
    const extra = [f.detail && `DETAIL: ${f.detail}`, f.hint && `HINT: ${f.hint}`].filter(Boolean).join(' ');
    return new core_errors/* SqlExecutionError */.TS(stmt.file, at.line, at.column, extra ? `${f.message} (${extra})` : f.message, f.code, {
        cause: err,
    });
}
/**
 * Runs one statement. `prefix` and `suffix` let the runner send BEGIN with the first statement of
 * a file and its revision row and COMMIT with the last: a migration run is mostly round trips.
 * The suffix starts on a new line so that a trailing `-- comment` cannot swallow it.
 */
async function runStatement(conn, stmt, prefix = '', suffix = '') {
    try {
        await conn.exec(prefix + stmt.text + (suffix ? `\n;\n${suffix}` : ''));
    }
    catch (err) {
        throw executionError(stmt, err, prefix);
    }
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/dbmate.ts
/**
 * dbmate: one file per migration, `<digits>_<name>.sql`, with `-- migrate:up` and
 * `-- migrate:down` sections; `transaction:false` on a marker line runs that section outside a
 * transaction. Files apply in name order, as dbmate applies them.
 */


const FILE = /^(\d+)(?:_(.*))?\.sql$/;
const MARKER = /^--\s*migrate:(up|down)\b(.*)$/;
const DBMATE_UP = /^--\s*migrate:up\b/m;
/**
 * Finds the marker lines by searching for `--` at line starts only (a file of hundreds of
 * megabytes is not split into lines), and cuts the sections as `lines.slice().join('\n')` would.
 */
function splitSections(dir, f) {
    const text = f.content;
    const marks = [];
    let line = 0;
    let counted = 0;
    for (let at = text.indexOf('--'); at >= 0; at = text.indexOf('--', at + 2)) {
        const start = text.lastIndexOf('\n', at - 1) + 1;
        if (start !== at)
            continue;
        const nl = text.indexOf('\n', at);
        const end = nl < 0 ? text.length : nl;
        const m = MARKER.exec(text.slice(at, end).replace(/\r$/, ''));
        if (m) {
            for (let k = text.indexOf('\n', counted); k >= 0 && k < at; k = text.indexOf('\n', k + 1))
                line++;
            counted = at;
            marks.push({
                kind: m[1],
                line,
                start,
                next: nl < 0 ? text.length + 1 : nl + 1,
                options: m[2],
            });
        }
        at = end - 1;
    }
    const out = {};
    marks.forEach((mark, k) => {
        if (out[mark.kind]) {
            throw new errors/* MigrationDirError */.ey([`${(0,common/* joinPath */.uJ)(dir, f.name)}:${mark.line + 1}`], `second -- migrate:${mark.kind} section`);
        }
        const end = k + 1 < marks.length ? marks[k + 1].start - 1 : text.length;
        out[mark.kind] = {
            part: {
                file: (0,common/* joinPath */.uJ)(dir, f.name),
                text: mark.next > end ? '' : text.slice(mark.next, end),
                firstLine: mark.line + 2,
            },
            transactional: !/\btransaction:false\b/.test(mark.options),
        };
    });
    return out;
}
const dbmateFormat = {
    format: 'dbmate',
    claims: (f) => FILE.test(f.name) && DBMATE_UP.test(f.content),
    read(files, dir) {
        const out = [...files]
            .sort((a, b) => (0,common/* compareBytes */.Xo)(a.name, b.name))
            .map((f) => {
            const m = FILE.exec(f.name);
            if (!m)
                throw new errors/* MigrationDirError */.ey([(0,common/* joinPath */.uJ)(dir, f.name)], 'dbmate file names start with a version number: <version>_<name>.sql');
            const { up, down } = splitSections(dir, f);
            if (!up)
                throw new errors/* MigrationDirError */.ey([(0,common/* joinPath */.uJ)(dir, f.name)], 'no -- migrate:up section (dbmate requires one)');
            return {
                version: m[1],
                name: m[2] ?? '',
                file: f.name,
                checksum: (0,common/* sha256Hex */.fg)(up.part.text),
                up: up.part,
                down: down && down.part.text.trim() !== '' ? down.part : undefined,
                transactional: up.transactional,
            };
        });
        (0,common/* assertUniqueVersions */.lE)(out, dir);
        return out;
    },
    nextFileName(_set, name, now) {
        return { up: `${(0,common/* timestampVersion */.RI)(now)}_${(0,common/* fileSafeName */.t_)(name)}.sql` };
    },
};
/** The skeleton dbmate's `new` writes; the engine fills the up section. */
function dbmateTemplate(up, down = '') {
    return `-- migrate:up\n${up}\n\n-- migrate:down\n${down}\n`;
}

// EXTERNAL MODULE: ./src/core/migrations/formats/flyway.ts
var flyway = __webpack_require__(26128);
;// CONCATENATED MODULE: ./src/core/migrations/formats/atlas.ts
/**
 * Atlas: `<version>[_<name>].sql` files ordered bytewise by name, guarded by atlas.sum. Atlas has
 * no down files. `-- atlas:txmode none` in the file header runs it outside a transaction.
 */


const atlas_FILE = /^(\d[^_]*?)(?:_(.*))?\.sql$/;
const atlasFormat = {
    format: 'atlas',
    claims: (f) => atlas_FILE.test(f.name),
    read(files, dir) {
        const out = [...files]
            .sort((a, b) => (0,common/* compareBytes */.Xo)(a.name, b.name))
            .map((f) => {
            const m = atlas_FILE.exec(f.name);
            return {
                version: m[1],
                name: m[2] ?? '',
                file: f.name,
                checksum: (0,common/* sha256Hex */.fg)(f.content),
                up: (0,common/* wholeFile */.AA)(dir, f),
                transactional: atlasDirective(f.content, 'atlas:txmode') !== 'none' && !common/* NO_TRANSACTION */.p_.test(f.content),
            };
        });
        (0,common/* assertUniqueVersions */.lE)(out, dir);
        return out;
    },
    nextFileName(_set, name, now) {
        return { up: `${(0,common/* timestampVersion */.RI)(now)}_${(0,common/* fileSafeName */.t_)(name)}.sql` };
    },
};

;// CONCATENATED MODULE: ./src/core/migrations/formats/golangMigrate.ts
/**
 * golang-migrate: `<version>_<title>.up.sql` and `.down.sql`, version an unsigned integer
 * compared numerically (so `001` and `1` are the same version).
 */


const golangMigrate_FILE = /^(\d+)_(.*)\.(up|down)\.sql$/;
const golangMigrateFormat = {
    format: 'golang-migrate',
    claims: (f) => golangMigrate_FILE.test(f.name),
    read(files, dir) {
        const ups = new Map();
        const downs = new Map();
        for (const f of files) {
            const m = golangMigrate_FILE.exec(f.name);
            const key = BigInt(m[1]).toString();
            const bucket = m[3] === 'up' ? ups : downs;
            const prev = bucket.get(key);
            if (prev) {
                throw new errors/* MigrationDirError */.ey([(0,common/* joinPath */.uJ)(dir, prev.name), (0,common/* joinPath */.uJ)(dir, f.name)], `two ${m[3]} files with version ${key}; rename one of them`);
            }
            bucket.set(key, f);
        }
        for (const [key, f] of downs) {
            if (!ups.has(key))
                throw new errors/* MigrationDirError */.ey([(0,common/* joinPath */.uJ)(dir, f.name)], `down file without an up file for version ${key}`);
        }
        const out = [...ups.entries()]
            .sort(([a], [b]) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0))
            .map(([key, f]) => {
            const down = downs.get(key);
            return {
                version: key,
                name: golangMigrate_FILE.exec(f.name)[2],
                file: f.name,
                checksum: (0,common/* sha256Hex */.fg)(f.content),
                up: (0,common/* wholeFile */.AA)(dir, f),
                down: down ? (0,common/* wholeFile */.AA)(dir, down) : undefined,
                transactional: !common/* NO_TRANSACTION */.p_.test(f.content),
            };
        });
        (0,common/* assertUniqueVersions */.lE)(out, dir);
        return out;
    },
    nextFileName(set, name, now) {
        const versions = set.migrations.map((m) => m.version);
        const safe = (0,common/* fileSafeName */.t_)(name);
        // Sequential directories (`migrate create -seq`) keep their width; timestamped ones stay timestamped.
        const sequential = versions.length > 0 && versions.every((v) => v.length < 10);
        let version;
        if (sequential) {
            const width = Math.max(...set.migrations.map((m) => /^\d+/.exec(m.file)[0].length));
            const next = versions.reduce((max, v) => (BigInt(v) > max ? BigInt(v) : max), 0n) + 1n;
            version = next.toString().padStart(width, '0');
        }
        else {
            version = (0,common/* timestampVersion */.RI)(now);
        }
        return { up: `${version}_${safe}.up.sql`, down: `${version}_${safe}.down.sql` };
    },
};

;// CONCATENATED MODULE: ./src/core/migrations/formats/plain.ts
/**
 * Plain: every top-level `*.sql` file is one migration, applied in bytewise name order; the
 * version is the file name without `.sql`. No down parts.
 */

const plainFormat = {
    format: 'plain',
    claims: (f) => f.name.endsWith('.sql'),
    read(files, dir) {
        return [...files]
            .sort((a, b) => (0,common/* compareBytes */.Xo)(a.name, b.name))
            .map((f) => ({
            version: f.name.slice(0, -'.sql'.length),
            name: f.name.slice(0, -'.sql'.length).replace(/^\d+[_-]?/, ''),
            file: f.name,
            checksum: (0,common/* sha256Hex */.fg)(f.content),
            up: (0,common/* wholeFile */.AA)(dir, f),
            transactional: !common/* NO_TRANSACTION */.p_.test(f.content),
        }));
    },
    nextFileName(set, name, now) {
        const safe = (0,common/* fileSafeName */.t_)(name);
        const numbered = set.migrations.map((m) => /^(\d+)_/.exec(m.file)?.[1]);
        // `001_x.sql` style keeps counting with its width; anything else gets a timestamp prefix.
        if (numbered.length > 0 && numbered.every((n) => n !== undefined && n.length < 10)) {
            const width = Math.max(...numbered.map((n) => n.length));
            const next = Math.max(...numbered.map((n) => Number(n))) + 1;
            return { up: `${String(next).padStart(width, '0')}_${safe}.sql` };
        }
        return { up: `${(0,common/* timestampVersion */.RI)(now)}_${safe}.sql` };
    },
};

;// CONCATENATED MODULE: ./src/core/migrations/readSet.ts








const FORMATS = {
    atlas: atlasFormat,
    'golang-migrate': golangMigrateFormat,
    dbmate: dbmateFormat,
    flyway: flyway/* flywayFormat */.eD,
    plain: plainFormat,
};
/** Formats recognisable from their files alone, in the order detection tries them. */
const DISTINCTIVE = [golangMigrateFormat, dbmateFormat, flyway/* flywayFormat */.eD];
function readMigrationSet(files, format, dirLabel) {
    const sqlFiles = files.filter((f) => f.name.endsWith('.sql'));
    const sum = files.find((f) => f.name === ATLAS_SUM);
    const resolved = format === 'auto' ? detect(sqlFiles, sum !== undefined, dirLabel) : format;
    const reader = FORMATS[resolved];
    const foreign = sqlFiles.find((f) => !reader.claims(f));
    if (foreign) {
        const own = sqlFiles.find((f) => reader.claims(f));
        const other = DISTINCTIVE.find((r) => r !== reader && r.claims(foreign));
        throw new errors/* MigrationDirError */.ey(own
            ? [(0,common/* joinPath */.uJ)(dirLabel, own.name), (0,common/* joinPath */.uJ)(dirLabel, foreign.name)]
            : [(0,common/* joinPath */.uJ)(dirLabel, foreign.name)], other
            ? `the directory mixes formats: ${foreign.name} is a ${other.format} file in a ${resolved} directory; keep one format per directory (migrations.format)`
            : `${foreign.name} is not a ${resolved} migration file name${resolved === 'dbmate' ? ' (or has no -- migrate:up section)' : ''}; rename it or move it out of the directory`);
    }
    const migrations = reader.read(sqlFiles, dirLabel, files);
    return {
        format: resolved,
        dir: dirLabel,
        migrations,
        sum: sum ? { file: (0,common/* joinPath */.uJ)(dirLabel, ATLAS_SUM), text: sum.content } : undefined,
        sqlFiles,
    };
}
function detect(sqlFiles, hasSum, dir) {
    const found = DISTINCTIVE.map((r) => ({ r, file: sqlFiles.find((f) => r.claims(f)) })).filter((x) => x.file !== undefined);
    if (found.length > 1) {
        const [a, b] = found;
        throw new errors/* MigrationDirError */.ey([(0,common/* joinPath */.uJ)(dir, a.file.name), (0,common/* joinPath */.uJ)(dir, b.file.name)], `the directory mixes formats: ${a.file.name} is ${a.r.format}, ${b.file.name} is ${b.r.format}; keep one format per directory or set migrations.format`);
    }
    if (found.length === 1)
        return found[0].r.format;
    // atlas.sum alone marks an Atlas directory; next to another format it is schemagate's own sum file.
    return hasSum ? 'atlas' : 'plain';
}

;// CONCATENATED MODULE: ./src/core/migrations/nonTransactional.ts
function hasOption(list, name) {
    return (Array.isArray(list) &&
        list.some((o) => o?.DefElem?.defname === name));
}
/**
 * Bare words without which nonTransactionalReason is always undefined: the migrate path parses
 * only statements holding one of them (first word, or any word), so this list must follow the
 * switch below.
 */
function nonTransactionalWords(serverVersion) {
    return {
        first: ['vacuum', 'cluster', 'reindex'],
        any: [
            'concurrently',
            'system',
            'database',
            'tablespace',
            'subscription',
            ...(serverVersion < 120000 ? ['value'] : []),
        ],
    };
}
/** Why `stmt` cannot run in a transaction on a server of `serverVersion`, or undefined. */
function nonTransactionalReason(stmt, serverVersion) {
    const a = stmt.ast ?? {};
    switch (stmt.kind) {
        case 'IndexStmt':
            return a.concurrent ? 'CREATE INDEX CONCURRENTLY' : undefined;
        case 'DropStmt':
            return a.concurrent ? 'DROP INDEX CONCURRENTLY' : undefined;
        case 'ReindexStmt':
            return hasOption(a.params, 'concurrently') || a.concurrent
                ? 'REINDEX CONCURRENTLY'
                : a.kind === 'REINDEX_OBJECT_SYSTEM' || a.kind === 'REINDEX_OBJECT_DATABASE'
                    ? 'REINDEX SYSTEM/DATABASE'
                    : undefined;
        case 'AlterSystemStmt':
            return 'ALTER SYSTEM';
        case 'VacuumStmt':
            return a.is_vacuumcmd ? 'VACUUM' : undefined;
        case 'CreatedbStmt':
            return 'CREATE DATABASE';
        case 'DropdbStmt':
            return 'DROP DATABASE';
        case 'CreateTableSpaceStmt':
            return 'CREATE TABLESPACE';
        case 'DropTableSpaceStmt':
            return 'DROP TABLESPACE';
        case 'CreateSubscriptionStmt':
            return 'CREATE SUBSCRIPTION';
        case 'DropSubscriptionStmt':
            return 'DROP SUBSCRIPTION';
        case 'ClusterStmt':
            return a.relation ? undefined : 'CLUSTER without a table';
        case 'AlterEnumStmt':
            // Before PostgreSQL 12, ALTER TYPE ... ADD VALUE could not run inside a transaction block.
            return serverVersion < 120000 && a.newVal !== undefined && !a.oldVal
                ? 'ALTER TYPE ... ADD VALUE (before PostgreSQL 12)'
                : undefined;
        default:
            return undefined;
    }
}
/** Statements that are fine outside a transaction next to non-transactional ones. */
function isSessionStatement(stmt) {
    return stmt.kind === 'VariableSetStmt' || stmt.kind === 'VariableShowStmt';
}
/** BEGIN / START TRANSACTION / COMMIT / END written in the file: the runner owns transactions. */
function isTransactionControl(stmt) {
    if (stmt.kind !== 'TransactionStmt')
        return false;
    const k = stmt.ast?.kind;
    return k === 'TRANS_STMT_BEGIN' || k === 'TRANS_STMT_START' || k === 'TRANS_STMT_COMMIT';
}

// EXTERNAL MODULE: ./src/core/sql/split.ts
var split = __webpack_require__(27908);
;// CONCATENATED MODULE: ./src/core/migrations/script.ts






/** Statements PostgreSQL treats as transaction control all start with one of these words. */
const TRANSACTION_WORDS = [
    'begin',
    'start',
    'commit',
    'end',
    'rollback',
    'abort',
    'savepoint',
    'release',
    'prepare',
];
/** Size of one query: big enough that round trips do not count, small enough for any driver and server. */
const SCRIPT_CHUNK_SIZE = 1_000_000;
/**
 * Lexes a part and decides how it runs. Refuses (before anything runs) transaction control other
 * than the plain BEGIN/COMMIT wrapper, quotes left open at the end, and watched statements the
 * parser rejects. `needsStatements` when the part is marked to run without a transaction or holds
 * a statement that cannot run in one: the caller parses it whole and runs it statement by statement.
 */
function planPart(part, markedTransactional, serverVersion, chunkSize = SCRIPT_CHUNK_SIZE) {
    const text = part.text;
    const nonTx = nonTransactionalWords(serverVersion);
    const flagged = [];
    const cuts = [];
    let count = 0;
    let first;
    let last;
    let lastCut = 0;
    const open = (0,split/* lexStatements */.oT)(text, (start, end, next, isFlagged) => {
        const span = { index: count, start, end, next };
        if (count === 0)
            first = span;
        last = span;
        count++;
        if (isFlagged)
            flagged.push(span);
        if (next - lastCut >= chunkSize) {
            cuts.push(next);
            lastCut = next;
        }
    }, { watchFirst: new Set([...TRANSACTION_WORDS, ...nonTx.first]), watchAny: new Set(nonTx.any) });
    if (open) {
        const at = new split/* LineCounter */.HN(text, part.firstLine).at(open.at);
        throw new core_errors/* SqlSyntaxError */.MO(part.file, at.line, at.column, open.what);
    }
    const parsed = parseFlagged(part, flagged);
    const parsedAt = (span) => span === undefined ? undefined : parsed.find((p) => p.span === span)?.statements;
    const single = (list) => (list?.length === 1 ? list[0] : undefined);
    const wrapped = count >= 2 && (0,sql/* isPlainBegin */.A1)(single(parsedAt(first))) && (0,sql/* isPlainCommit */.WF)(single(parsedAt(last)));
    const refused = [];
    let needsNoTransaction = false;
    for (const p of parsed) {
        if (wrapped && (p.span === first || p.span === last))
            continue;
        for (const statement of p.statements) {
            const what = (0,sql/* transactionControlKind */.Sj)(statement);
            if (what)
                refused.push({ statement, what });
            else if (nonTransactionalReason(statement, serverVersion))
                needsNoTransaction = true;
        }
    }
    refuseTransactionControl(part, refused);
    if (!markedTransactional || needsNoTransaction)
        return { needsStatements: true };
    const from = wrapped && first ? first.next : 0;
    const to = wrapped && last ? last.start : text.length;
    const bounds = [from, ...cuts.filter((c) => c > from && c < to), to];
    return { script: { part, bounds, statementCount: count - (wrapped ? 2 : 0) } };
}
/** Parses each flagged statement alone, with its line and column in the file. */
function parseFlagged(part, flagged) {
    if (flagged.length === 0)
        return [];
    const lines = new split/* LineCounter */.HN(part.text, part.firstLine);
    return flagged.map((span) => {
        const at = lines.at(span.start);
        // Padding keeps the parser's columns those of the file.
        const source = ' '.repeat(at.column - 1) + part.text.slice(span.start, span.end);
        return { span, statements: [...(0,sql/* parseSqlFile */.K5)(part.file, source, { firstLine: at.line }).statements] };
    });
}
/**
 * Runs the script on `conn`: `prefix` (settings and BEGIN) goes with the first chunk, `suffix`
 * (the revision row and COMMIT) with the last, on a new line so a trailing `-- comment` cannot
 * swallow it. On failure the transaction is rolled back and a ScriptFailure names the statement.
 */
async function runScript(conn, script, prefix, suffix) {
    const { bounds } = script;
    const text = script.part.text;
    const chunks = bounds.length - 1;
    for (let k = 0; k < chunks; k++) {
        const head = k === 0 ? prefix : '';
        const query = head + text.slice(bounds[k], bounds[k + 1]) + (k === chunks - 1 ? `\n;\n${suffix()}` : '');
        try {
            await conn.exec(query);
        }
        catch (err) {
            await conn.exec('ROLLBACK').catch(() => { });
            throw await scriptFailure(conn, script, k, query, head.length, prefix, err);
        }
    }
}
/**
 * Has the server's parser read every pending script before any of them runs, so a syntax error in
 * a statement the lexer let through refuses the whole run (exit 2, nothing applied) as the parser
 * would have. A simple query is parsed whole before its first statement executes, so
 * `SELECT 1/0;` followed by the SQL fails with division by zero when all of it parses, and with
 * the parser's error (and its position) when it does not; nothing of it runs either way. Small
 * files share a query, so a run of many files costs a few round trips.
 */
async function syntaxCheckScripts(conn, scripts, batchSize = SCRIPT_CHUNK_SIZE) {
    const PROBE = 'SELECT 1/0;\n';
    const SEPARATOR = '\n;\n';
    let segments = [];
    let query = PROBE;
    const flush = async () => {
        if (segments.length === 0)
            return;
        const sent = segments;
        const text = query;
        segments = [];
        query = PROBE;
        try {
            await conn.exec(text);
        }
        catch (err) {
            const f = (0,db/* dbErrorFields */.O)(err);
            if (f.code === '22012')
                return;
            if (err instanceof core_errors/* DbConnectionLostError */.P5)
                throw err;
            const index = f.position !== undefined && Number(f.position) >= 1
                ? codeUnitIndex(text, Number(f.position) - 1)
                : -1;
            const seg = [...sent].reverse().find((s) => s.at <= index) ?? sent[0];
            const offset = index < 0 ? seg.from : Math.min(seg.from + (index - seg.at), seg.to);
            const { part } = seg.script;
            const at = new split/* LineCounter */.HN(part.text, part.firstLine).at(offset);
            const where = index < 0
                ? ` (PostgreSQL gave no position; the error is in ${sent
                    .map((s) => s.script.part.file)
                    .filter((v, i, a) => a.indexOf(v) === i)
                    .join(', ')})`
                : '';
            throw new core_errors/* SqlSyntaxError */.MO(part.file, at.line, at.column, `${f.message}${where}`);
        }
    };
    for (const script of scripts) {
        const { bounds, part } = script;
        for (let k = 0; k + 1 < bounds.length; k++) {
            if (segments.length > 0 && query.length + (bounds[k + 1] - bounds[k]) > batchSize)
                await flush();
            if (segments.length > 0)
                query += SEPARATOR;
            segments.push({ script, from: bounds[k], to: bounds[k + 1], at: query.length });
            query += part.text.slice(bounds[k], bounds[k + 1]);
        }
    }
    await flush();
}
/** A failed script: the error at its place in the file, and the text of the statement there. */
class ScriptFailure extends Error {
    error;
    statement;
    name = 'ScriptFailure';
    constructor(error, statement) {
        super(error.message, { cause: error });
        this.error = error;
        this.statement = statement;
    }
}
async function scriptFailure(conn, script, chunk, query, headLength, prefix, err) {
    const f = (0,db/* dbErrorFields */.O)(err);
    const { part, bounds } = script;
    const from = bounds[chunk];
    const to = bounds[chunk + 1];
    let offset;
    let note = '';
    if (f.position !== undefined && Number(f.position) >= 1) {
        // PostgreSQL counts characters (code points) from 1 across the whole query string.
        const index = codeUnitIndex(query, Number(f.position) - 1);
        offset = Math.min(Math.max(from, from + index - headLength), to);
    }
    else if (f.completedStatements !== undefined) {
        // The driver counted the statements that completed: the next one failed.
        const index = f.completedStatements - countStatements(query.slice(0, headLength));
        offset = nthStatement(part.text, from, to, index)?.start;
    }
    else if (!(err instanceof core_errors/* DbConnectionLostError */.P5) && f.code !== '57014') {
        // No position (a constraint violation, a lock timeout...): replay in a transaction that is
        // rolled back, one statement at a time in the failing chunk, to find the statement.
        offset = await replayToFind(conn, script, chunk, prefix).catch(() => undefined);
    }
    const statement = statementAt(part.text, from, to, offset ?? from);
    if (offset === undefined) {
        offset = statement?.start ?? from;
        const lines = new split/* LineCounter */.HN(part.text, part.firstLine);
        const a = lines.at(from).line;
        const b = lines.at(to).line;
        if (b > a)
            note = ` (in the statements of lines ${a}-${b}, sent together: PostgreSQL gave no position for this error)`;
    }
    const at = new split/* LineCounter */.HN(part.text, part.firstLine).at(offset);
    const extra = [f.detail && `DETAIL: ${f.detail}`, f.hint && `HINT: ${f.hint}`].filter(Boolean).join(' ');
    const error = new core_errors/* SqlExecutionError */.TS(part.file, at.line, at.column, `${f.message}${extra ? ` (${extra})` : ''}${note}`, f.code, { cause: err });
    return new ScriptFailure(error, statement ? part.text.slice(statement.start, statement.end) : '');
}
/** The UTF-16 index of the `points`-th code point of `s`. */
function codeUnitIndex(s, points) {
    if (!/[\uD800-\uDFFF]/.test(s))
        return points;
    let i = 0;
    for (let p = 0; p < points && i < s.length; p++) {
        const c = s.charCodeAt(i);
        i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    return i;
}
function countStatements(text) {
    let n = 0;
    (0,split/* lexStatements */.oT)(text, () => {
        n++;
    });
    return n;
}
/** The 0-based `index`-th statement of [from, to), if there is one. */
function nthStatement(text, from, to, index) {
    let k = 0;
    let found;
    if (index < 0)
        return undefined;
    (0,split/* lexStatements */.oT)(text, (start, end) => {
        if (k++ === index)
            found = { start, end };
    }, { from, to });
    return found;
}
/** The statement of [from, to) that holds `offset` (or the last one before it). */
function statementAt(text, from, to, offset) {
    let found;
    (0,split/* lexStatements */.oT)(text, (start, end) => {
        if (found === undefined || start <= offset)
            found = { start, end };
    }, { from, to });
    return found;
}
/** Offset of the statement that fails when the chunk is run one statement at a time, if one does. */
async function replayToFind(conn, script, chunk, prefix) {
    const { part, bounds } = script;
    const spans = [];
    (0,split/* lexStatements */.oT)(part.text, (start, end) => spans.push({ start, end }), {
        from: bounds[chunk],
        to: bounds[chunk + 1],
    });
    try {
        await conn.exec(prefix);
        for (let k = 0; k < chunk; k++)
            await conn.exec(part.text.slice(bounds[k], bounds[k + 1]));
        for (const s of spans) {
            try {
                await conn.exec(part.text.slice(s.start, s.end));
            }
            catch (err) {
                const pos = Number((0,db/* dbErrorFields */.O)(err).position);
                const text = part.text.slice(s.start, s.end);
                return pos >= 1 ? s.start + Math.min(codeUnitIndex(text, pos - 1), text.length) : s.start;
            }
        }
        return undefined;
    }
    finally {
        await conn.exec('ROLLBACK').catch(() => { });
    }
}

;// CONCATENATED MODULE: ./src/core/migrations/replay.ts




async function replayMigrations(db, set) {
    await (0,sql/* loadSqlParser */.Ok)();
    const version = await db.serverVersion();
    // Transactional files run as scripts (lexed, parsed only where it matters), the others statement by statement.
    const planned = set.migrations.map((m) => {
        const plan = planPart(m.up, m.transactional, version);
        return { m, script: plan.script, stmts: plan.script ? [] : partStatements(m.up) };
    });
    await db.session(async (conn) => {
        for (const { m, script, stmts } of planned) {
            if (script) {
                try {
                    await runScript(conn, script, 'BEGIN;\n', () => 'COMMIT');
                }
                catch (err) {
                    throw err instanceof ScriptFailure ? err.error : err;
                }
                continue;
            }
            const inTx = m.transactional && !stmts.some((s) => nonTransactionalReason(s, version));
            if (!inTx) {
                for (const s of stmts)
                    await runStatement(conn, s);
                continue;
            }
            await conn.exec('BEGIN');
            try {
                for (const s of stmts)
                    await runStatement(conn, s);
                await conn.exec('COMMIT');
            }
            catch (err) {
                await conn.exec('ROLLBACK').catch(() => { });
                throw err;
            }
        }
    });
}

// EXTERNAL MODULE: ./src/core/migrations/revisionTable.ts
var revisionTable = __webpack_require__(8222);
// EXTERNAL MODULE: ./src/core/migrations/status.ts
var migrations_status = __webpack_require__(28531);
;// CONCATENATED MODULE: ./src/core/migrations/adopt.ts


async function columns(conn, table) {
    const r = await conn.query('SELECT a.attname::text AS a FROM pg_attribute a WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped', [table]);
    return r.rows.length === 0 ? undefined : new Set(r.rows.map((x) => x.a ?? ''));
}
function adoptedRows(set, versions) {
    const applied = new Set(versions.map((v) => (0,migrations_status/* versionKey */._5)(set, v)));
    return set.migrations
        .filter((m) => !m.repeatable && applied.has((0,migrations_status/* versionKey */._5)(set, m.version)))
        .map((m) => ({
        version: m.version,
        name: m.name,
        // The file as it is now is taken as what the other tool applied; later edits are then caught.
        checksum: m.checksum,
        applied_at: '',
        execution_ms: 0,
        applied_by: '',
        operation: 'adopt',
        progress: null,
        progress_checksum: null,
    }));
}
async function readForeignState(conn, set) {
    if (set.format === 'golang-migrate' || set.format === 'dbmate') {
        const cols = await columns(conn, 'schema_migrations');
        if (!cols?.has('version'))
            return undefined;
        if (cols.has('dirty')) {
            const r = await conn.query('SELECT version::text AS version, dirty FROM schema_migrations');
            const row = r.rows[0];
            if (!row)
                return undefined;
            if (row.dirty) {
                throw new errors/* MigrationStateError */.SR(`golang-migrate left this database dirty at version ${row.version} (schema_migrations.dirty): a migration failed half-way. ` +
                    'Repair it and clear the flag (`migrate force <version>`) before switching to schemagate.');
            }
            // golang-migrate keeps only the latest version: everything up to it is applied.
            const upTo = BigInt(row.version);
            const versions = set.migrations
                .filter((m) => /^\d+$/.test(m.version) && BigInt(m.version) <= upTo)
                .map((m) => m.version);
            return { source: 'golang-migrate (schema_migrations)', rows: adoptedRows(set, versions) };
        }
        const r = await conn.query('SELECT version::text AS version FROM schema_migrations');
        return {
            source: 'dbmate (schema_migrations)',
            rows: adoptedRows(set, r.rows.map((x) => x.version)),
        };
    }
    if (set.format === 'atlas') {
        for (const table of ['atlas_schema_revisions.atlas_schema_revisions', 'public.atlas_schema_revisions']) {
            const cols = await columns(conn, table);
            if (!cols?.has('version') || !cols.has('applied') || !cols.has('total'))
                continue;
            const r = await conn.query(`SELECT version FROM ${table} WHERE applied = total`);
            return {
                source: `Atlas (${table})`,
                rows: adoptedRows(set, r.rows.map((x) => x.version)),
            };
        }
        return undefined;
    }
    if (set.format === 'flyway') {
        const cols = await columns(conn, 'flyway_schema_history');
        if (!cols?.has('version') || !cols.has('success'))
            return undefined;
        const r = await conn.query('SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL');
        return {
            source: 'Flyway (flyway_schema_history)',
            rows: adoptedRows(set, r.rows.map((x) => x.version)),
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/migrations/advisoryLock.ts

const KEY = "hashtext('schemagate.migrate'), hashtext($1)";
async function acquireMigrationLock(conn, options) {
    const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const clock = options.clock ?? Date.now;
    const deadline = clock() + options.timeoutMs;
    for (;;) {
        const r = await conn.query(`SELECT pg_try_advisory_lock(${KEY}) AS ok`, [options.scope]);
        if (r.rows[0]?.ok)
            return;
        if (clock() >= deadline) {
            throw new errors/* MigrationLockError */.uR(`another schemagate migrate run holds the migration lock on this database; waited ${waited(options.timeoutMs)} ` +
                '(migrations.advisory_lock_timeout). Let it finish, or raise the timeout.');
        }
        await sleep(Math.min(options.pollMs ?? 200, Math.max(1, deadline - clock())));
    }
}
const waited = (ms) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`);
async function releaseMigrationLock(conn, scope) {
    await conn.query(`SELECT pg_advisory_unlock(${KEY})`, [scope]);
}

;// CONCATENATED MODULE: ./src/core/migrations/durability.ts
/** Sent after BEGIN of a file whose commit a later commit of the same run will make durable. */
const DEFERRED_FLUSH = 'SET LOCAL synchronous_commit = off;\n';
/**
 * Waits until the WAL written so far is on disk. False when it was not confirmed in time (the
 * commits are then as durable as the server's own WAL writer makes them, within seconds).
 */
async function waitForFlush(conn, options = {}) {
    const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const clock = options.clock ?? (() => performance.now());
    const deadline = clock() + (options.timeoutMs ?? 35_000);
    const target = (await conn.query('SELECT pg_catalog.pg_current_wal_insert_lsn()::text AS lsn')).rows[0].lsn;
    for (;;) {
        const r = await conn.query('SELECT pg_catalog.pg_current_wal_flush_lsn() >= $1::pg_lsn AS flushed', [target]);
        if (r.rows[0].flushed)
            return true;
        if (clock() >= deadline)
            return false;
        await sleep(20);
    }
}

;// CONCATENATED MODULE: ./src/core/migrations/inFlight.ts

const relName = (r) => r?.relname ? (r.schemaname ? (0,sql/* qualified */.LX)(r.schemaname, r.relname) : (0,sql/* quoteIdent */.v4)(r.relname)) : undefined;
async function relationExists(conn, name) {
    const r = await conn.query('SELECT to_regclass($1)::text AS t', [name]);
    return r.rows[0]?.t != null;
}
const byExistence = async (conn, name, creates) => {
    if (!name)
        return undefined;
    const exists = await relationExists(conn, name);
    return exists === creates ? 'applied' : 'not-applied';
};
/** Names in a DropStmt's `objects` list (each a List of String parts). */
function droppedNames(ast) {
    return (ast.objects ?? []).map((o) => (o.List?.items ?? []).map((i) => (0,sql/* quoteIdent */.v4)(i.String?.sval ?? '')).join('.'));
}
const DROPPED_RELATIONS = new Set([
    'OBJECT_TABLE',
    'OBJECT_INDEX',
    'OBJECT_VIEW',
    'OBJECT_MATVIEW',
    'OBJECT_SEQUENCE',
    'OBJECT_FOREIGN_TABLE',
]);
/**
 * Evidence about `s`, or undefined when the catalog cannot tell. A killed CREATE INDEX
 * CONCURRENTLY leaves an INVALID index that would make the retry fail (or, with IF NOT EXISTS, be
 * silently skipped): it is dropped here and reported as not applied.
 */
async function inFlightEvidence(conn, s) {
    const a = s.ast ?? {};
    switch (s.kind) {
        case 'VariableSetStmt':
        case 'VariableShowStmt':
        case 'ReindexStmt':
        case 'VacuumStmt':
            return 'rerun';
        case 'IndexStmt': {
            if (!a.idxname)
                return undefined;
            const name = a.relation?.schemaname
                ? (0,sql/* qualified */.LX)(a.relation.schemaname, a.idxname)
                : (0,sql/* quoteIdent */.v4)(a.idxname);
            const r = await conn.query('SELECT i.indisvalid AS valid FROM pg_index i WHERE i.indexrelid = to_regclass($1)', [name]);
            if (r.rows.length === 0)
                return 'not-applied';
            if (r.rows[0].valid)
                return 'applied';
            await conn.exec(`DROP INDEX ${a.concurrent ? 'CONCURRENTLY ' : ''}IF EXISTS ${name}`);
            return 'not-applied';
        }
        case 'DropStmt': {
            if (a.missing_ok)
                return 'rerun';
            if (!DROPPED_RELATIONS.has(a.removeType))
                return undefined;
            const names = droppedNames(a);
            if (names.length === 0)
                return undefined;
            const r = await conn.query('SELECT count(to_regclass(n))::int AS n FROM unnest($1::text[]) AS n', [names]);
            const left = Number(r.rows[0].n);
            return left === 0 ? 'applied' : left === names.length ? 'not-applied' : undefined;
        }
        case 'CreateStmt':
            return a.if_not_exists ? 'rerun' : byExistence(conn, relName(a.relation), true);
        case 'CreateSeqStmt':
            return a.if_not_exists ? 'rerun' : byExistence(conn, relName(a.sequence), true);
        case 'CreateTableAsStmt':
            return a.if_not_exists ? 'rerun' : byExistence(conn, relName(a.into?.rel), true);
        case 'ViewStmt':
            return a.replace ? 'rerun' : byExistence(conn, relName(a.view), true);
        case 'AlterTableStmt': {
            const cmds = a.cmds ?? [];
            const cmd = cmds.length === 1 ? cmds[0]?.AlterTableCmd : undefined;
            const rel = relName(a.relation);
            if (cmd?.subtype !== 'AT_ValidateConstraint' || !rel || !cmd.name)
                return undefined;
            const r = await conn.query('SELECT convalidated AS v FROM pg_constraint WHERE conrelid = to_regclass($1) AND conname = $2', [rel, cmd.name]);
            // VALIDATE is idempotent: a validated constraint is done, an unvalidated one can run again.
            return r.rows[0]?.v ? 'applied' : 'rerun';
        }
        default:
            return undefined;
    }
}
/** Is the backend that ran the statement still running it? (The migration lock makes this rare.) */
async function stillRunning(conn, pid, since) {
    if (!pid || !since)
        return false;
    const r = await conn.query(`SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE pid = $1 AND pid <> pg_backend_pid() AND backend_start <= $2::timestamptz AND state <> 'idle'`, [pid, since]);
    return Number(r.rows[0]?.n) > 0;
}

;// CONCATENATED MODULE: ./src/core/migrations/sum.ts



/**
 * Verifies the set against its sum file. Atlas directories must have one (as Atlas requires);
 * other formats are checked when they keep one.
 */
function verifySum(set) {
    if (set.sum) {
        verifyAtlasSum(set.sqlFiles, set.sum.text, set.dir);
        return;
    }
    if (set.format === 'atlas' && set.sqlFiles.length > 0) {
        throw new errors/* MigrationDirError */.ey([(0,common/* joinPath */.uJ)(set.dir, ATLAS_SUM)], 'not found: an Atlas directory needs its sum file; run `schemagate hash` to write it');
    }
}

;// CONCATENATED MODULE: ./src/core/migrations/runner.ts
/**
 * Applies, rolls back and baselines migrations. Everything happens on one session that holds the
 * migration lock for the whole run. Each file runs in its own transaction together with its
 * revision row, so a file is applied entirely or not at all; files whose statements cannot run
 * in a transaction run one statement at a time with their progress recorded.
 */















const statementCount = (p) => (p.script ? p.script.statementCount : p.statements.length);
/**
 * A real run: transactional parts are lexed and run as scripts; a part that runs outside a
 * transaction (marked so, or holding a statement that needs it) is parsed for statement-level handling.
 */
function prepareRun(part, migration, markedTransactional, serverVersion) {
    const plan = planPart(part, markedTransactional, serverVersion);
    if (plan.script)
        return { migration, statements: [], script: plan.script, transactional: true };
    return prepare(part, migration, markedTransactional, serverVersion);
}
const sha = (s) => (0,external_node_crypto_.createHash)('sha256').update(s, 'utf8').digest('hex');
/** Checksum of the statements a part-way file has completed: later statements may still be fixed. */
function progressChecksum(stmts, done) {
    return sha(stmts
        .slice(0, done)
        .map((s) => s.text)
        .join('\n;\n'));
}
/** Decides how a part runs; refuses a file mixing statements that need and forbid a transaction. */
function prepare(part, migration, markedTransactional, serverVersion) {
    const statements = partStatements(part);
    const nonTx = statements.filter((s) => nonTransactionalReason(s, serverVersion));
    if (!markedTransactional || nonTx.length === 0)
        return { migration, statements, transactional: markedTransactional };
    const needsTx = statements.find((s) => !nonTransactionalReason(s, serverVersion) && !isSessionStatement(s));
    if (needsTx) {
        const first = nonTx[0];
        throw new errors/* MigrationDirError */.ey([`${part.file}:${first.line}:${first.column}`], `${nonTransactionalReason(first, serverVersion)} cannot run inside a transaction, but this file also has statements that need one ` +
            `(line ${needsTx.line}: ${needsTx.kind}). Move the non-transactional statements to a file of their own, or mark the file to run ` +
            'without a transaction (`-- schemagate:no-transaction`, dbmate `-- migrate:up transaction:false`, atlas `-- atlas:txmode none`) ' +
            'knowing it is then no longer all-or-nothing.');
    }
    return { migration, statements, transactional: false };
}
/** The statements of a script as the lexer finds them (no parse tree). */
function lexedPlan(script) {
    const out = [];
    const { part, bounds } = script;
    const lines = new split/* LineCounter */.HN(part.text, part.firstLine);
    (0,split/* lexStatements */.oT)(part.text, (start, end) => out.push({ ...lines.at(start), text: part.text.slice(start, end) }), { from: bounds[0], to: bounds[bounds.length - 1] });
    return out;
}
function planned(stmts, serverVersion) {
    return stmts.map((s) => ({
        line: s.line,
        column: s.column,
        text: s.text,
        kind: s.kind,
        nonTransactional: nonTransactionalReason(s, serverVersion),
    }));
}
function assertRunnable(set, state, allowOutOfOrder) {
    const edited = state.changed[0];
    if (edited) {
        throw new errors/* MigrationStateError */.SR(`${(0,migrations_status/* describeFile */.CL)(set, edited.migration)}: this migration was applied on ${edited.row.applied_at} and has been edited since ` +
            `(checksum ${edited.row.checksum?.slice(0, 12)}… then, ${edited.migration.checksum.slice(0, 12)}… now). ` +
            'Applied migrations must not change: revert the edit and put the change in a new migration.');
    }
    const late = state.outOfOrder[0];
    if (late && !allowOutOfOrder) {
        throw new errors/* MigrationStateError */.SR(`${(0,migrations_status/* describeFile */.CL)(set, late.migration)}: pending, but ${late.after.file}, which comes after it, is already applied. ` +
            'Give the file a later version, or set migrations.allow_out_of_order: true to apply it anyway.');
    }
}
/**
 * Sent before each file: every file starts from the configured settings, whatever an earlier file
 * did with SET (statement_timeout, lock_timeout, search_path, role, session authorization...),
 * since a plain SET inside a committed transaction stays for the rest of the session.
 * RESET ALL leaves role and session authorization alone, hence the first statement.
 */
function fileSettings(o) {
    const ms = (v) => (0,sql/* quoteLiteral */.ce)(`${Math.max(0, Math.round(v))}ms`);
    return ('SET SESSION AUTHORIZATION DEFAULT;\nRESET ALL;\n' +
        `SET lock_timeout = ${ms(o.lockTimeoutMs)};\nSET statement_timeout = ${ms(o.statementTimeoutMs)};\n`);
}
async function withSettings(conn, o, fn) {
    await conn.query("SELECT set_config('lock_timeout', $1, false), set_config('statement_timeout', $2, false)", [`${Math.max(0, Math.round(o.lockTimeoutMs))}ms`, `${Math.max(0, Math.round(o.statementTimeoutMs))}ms`]);
    try {
        return await fn();
    }
    finally {
        // The pool hands this connection to others afterwards.
        await conn.exec('SET SESSION AUTHORIZATION DEFAULT; RESET ALL').catch(() => { });
    }
}
async function locked(db, o, fn) {
    return db.session(async (conn) => {
        await acquireMigrationLock(conn, {
            scope: (0,sql/* qualified */.LX)(o.revisionsSchema, 'schemagate_revisions'),
            timeoutMs: o.advisoryLockTimeoutMs,
        });
        try {
            return await withSettings(conn, o, () => fn(conn));
        }
        finally {
            await releaseMigrationLock(conn, (0,sql/* qualified */.LX)(o.revisionsSchema, 'schemagate_revisions')).catch(() => { });
        }
    });
}
function pendingReport(prepared, state, serverVersion) {
    return prepared.map((p) => ({
        version: p.migration.version,
        file: p.migration.up.file,
        hasDown: p.migration.down !== undefined,
        transactional: p.transactional,
        resumeAt: state.partial.find((x) => x.migration === p.migration)?.row.progress ?? 0,
        statements: p.script ? lexedPlan(p.script) : planned(p.statements, serverVersion),
    }));
}
function failureOf(p, err, statement, completed) {
    const lost = err.cause instanceof core_errors/* DbConnectionLostError */.P5;
    return {
        version: p.migration.version,
        file: p.migration.up.file,
        line: err.line,
        column: err.column,
        statement,
        message: lost
            ? `${err.detail} while running this statement; ${p.transactional
                ? "the server rolls back the file's transaction, so nothing of this file is applied or recorded"
                : 'the statements before it stay applied and recorded'}. Run the migration again to finish.`
            : err.detail,
        sqlState: err.sqlState,
        transactional: p.transactional,
        completedStatements: completed,
    };
}
/**
 * The revision rows; before schemagate's table exists, the state another migration tool
 * recorded (Atlas, golang-migrate, dbmate, Flyway), so an existing database is not re-migrated.
 */
async function readRows(conn, table, set) {
    if (await table.exists(conn))
        return { rows: await table.read(conn) };
    const adopted = await readForeignState(conn, set);
    return adopted && adopted.rows.length > 0 ? { rows: adopted.rows, adopted } : { rows: [] };
}
/** server_version_num on the session itself: the pool would open a second connection for it. */
async function versionOf(conn) {
    const r = await conn.query("SELECT current_setting('server_version_num')::int AS v");
    return Number(r.rows[0].v);
}
/** Applies every pending migration (or, with dryRun, reports what would run and changes nothing). */
async function migrateUp(db, o) {
    await (0,sql/* loadSqlParser */.Ok)();
    verifySum(o.set);
    const table = new revisionTable/* RevisionTable */.E(o.revisionsSchema);
    const clock = o.clock ?? (() => performance.now());
    const log = o.log ?? (() => { });
    const plan = (state, serverVersion) => {
        assertRunnable(o.set, state, o.allowOutOfOrder);
        // A dry run shows every statement with its kind, so it parses; a real run parses only what needs it.
        const prepared = state.pending.map((m) => (o.dryRun ? prepare : prepareRun)(m.up, m, m.transactional, serverVersion));
        empty = prepared.filter((p) => statementCount(p) === 0).map((p) => p.migration.up.file);
        return prepared;
    };
    // An empty or comments-only file is a no-op that is still recorded, as golang-migrate does.
    let empty = [];
    const warnings = (state) => [
        ...state.missing.map((r) => `version ${r.version} is recorded as applied but no file in ${o.set.dir} has it`),
        ...empty.map((f) => `${f}: no statements (empty or only comments); recorded as applied without running anything`),
    ];
    if (o.dryRun) {
        const [{ rows, adopted }, serverVersion] = await db.session(async (conn) => [await readRows(conn, table, o.set), await versionOf(conn)]);
        const state = (0,migrations_status/* migrationState */.a_)(o.set, rows);
        const prepared = plan(state, serverVersion);
        return {
            format: o.set.format,
            dryRun: true,
            applied: [],
            pending: pendingReport(prepared, state, serverVersion),
            currentVersion: state.currentVersion,
            warnings: warnings(state),
            adopted: adopted && { source: adopted.source, count: adopted.rows.length },
        };
    }
    return locked(db, o, async (conn) => {
        const { rows, adopted } = await readRows(conn, table, o.set);
        const state = (0,migrations_status/* migrationState */.a_)(o.set, rows);
        const serverVersion = await versionOf(conn);
        // Refusals (edited file, order, mixed transaction needs, syntax) come before any change.
        const prepared = plan(state, serverVersion);
        // The lexer does not check syntax: the server's parser reads every pending script first.
        await syntaxCheckScripts(conn, prepared.flatMap((p) => (p.script ? [p.script] : [])));
        await table.ensure(conn);
        if (adopted) {
            await conn.exec('BEGIN');
            for (const r of adopted.rows) {
                await table.record(conn, {
                    version: r.version,
                    name: r.name,
                    checksum: r.checksum,
                    executionMs: 0,
                    appliedBy: adopted.source,
                    operation: 'adopt',
                });
            }
            await conn.exec('COMMIT');
            log(`adopted ${adopted.rows.length} applied migration(s) from ${adopted.source}`);
        }
        const adoptedInfo = adopted && { source: adopted.source, count: adopted.rows.length };
        const appliedBy = o.appliedBy ?? (await conn.query('SELECT current_user AS u')).rows[0].u;
        const applied = [];
        let currentVersion = state.currentVersion;
        const progress = (done) => o.onProgress?.({ phase: 'applying migrations', done, total: prepared.length, unit: 'files' });
        progress(0);
        // Whether a commit of this run has not been flushed yet (see durability.ts).
        let unflushed = false;
        for (let i = 0; i < prepared.length; i++) {
            const p = prepared[i];
            const deferFlush = i < prepared.length - 1;
            const m = p.migration;
            const started = clock();
            const partialRow = state.partial.find((x) => x.migration === m)?.row;
            let failure;
            if (p.transactional) {
                let current;
                // The revision row is written as the connecting user even if the file switched role (SET ROLE owner).
                const finish = () => `SET SESSION AUTHORIZATION DEFAULT;\nRESET ROLE;\n${table.recordSql({
                    version: m.version,
                    name: m.name,
                    checksum: m.checksum,
                    executionMs: 'transaction',
                    appliedBy,
                    operation: 'apply',
                })};\nCOMMIT`;
                const start = `${fileSettings(o)}BEGIN;\n${deferFlush ? DEFERRED_FLUSH : ''}`;
                try {
                    if (p.script) {
                        // BEGIN rides with the first chunk, the revision row and COMMIT with the last.
                        await runScript(conn, p.script, start, finish);
                    }
                    else {
                        // BEGIN rides with the first statement, the revision row and COMMIT with the last.
                        const last = p.statements.length - 1;
                        if (last < 0)
                            await conn.exec(`${start}${finish()}`);
                        for (let k = 0; k <= last; k++) {
                            current = p.statements[k];
                            await runStatement(conn, current, k === 0 ? start : '', k === last ? finish() : '');
                        }
                        current = undefined;
                    }
                }
                catch (err) {
                    await conn.exec('ROLLBACK').catch(() => { });
                    if (err instanceof ScriptFailure)
                        failure = failureOf(p, err.error, err.statement);
                    else if (!(err instanceof core_errors/* SqlExecutionError */.TS) || !current)
                        throw err;
                    else
                        failure = failureOf(p, err, current.text);
                }
            }
            else {
                await conn.exec(fileSettings(o));
                failure = await applyStatementwise(conn, table, p, partialRow, appliedBy, log);
                if (!failure)
                    await table.finishPartial(conn, m.version, clock() - started);
            }
            if (failure) {
                // On a lost connection there is nothing left to ask; the failure already says so.
                const flushed = unflushed ? await waitForFlush(conn).catch(() => undefined) : true;
                if (flushed === false)
                    log('the server did not confirm within 35 s that the migrations applied before this one are on disk');
                const rest = pendingReport(prepared.slice(i), state, serverVersion);
                return {
                    format: o.set.format,
                    dryRun: false,
                    applied,
                    pending: rest,
                    currentVersion,
                    failure,
                    warnings: warnings(state),
                    adopted: adoptedInfo,
                };
            }
            unflushed = p.transactional && deferFlush;
            const durationMs = clock() - started;
            const done = {
                version: m.version,
                file: m.up.file,
                durationMs,
                statements: statementCount(p),
                transactional: p.transactional,
                resumedAt: partialRow?.progress ?? undefined,
            };
            if (o.onApplied)
                o.onApplied(done);
            else
                log(`applied ${m.up.file} in ${Math.round(durationMs)} ms`);
            applied.push(done);
            progress(applied.length);
            if (!m.repeatable)
                currentVersion = m.version;
        }
        return {
            format: o.set.format,
            dryRun: false,
            applied,
            pending: [],
            currentVersion,
            warnings: warnings(state),
            adopted: adoptedInfo,
        };
    });
}
async function applyStatementwise(conn, table, p, row, appliedBy, log) {
    const m = p.migration;
    const total = p.statements.length;
    let start = 0;
    let evidence;
    if (row?.progress == null) {
        await table.startPartial(conn, { version: m.version, name: m.name, checksum: m.checksum, appliedBy });
    }
    else {
        const progress = row.progress;
        const doneChecksum = row.progress_checksum;
        if (doneChecksum !== null &&
            doneChecksum !== '' &&
            progressChecksum(p.statements, progress) !== doneChecksum) {
            throw new errors/* MigrationStateError */.SR(`${m.up.file}: an earlier run completed ${progress} statement(s) of this file outside a transaction, and those statements ` +
                'have been edited since. Only the statements after them may change.');
        }
        start = progress;
        log(`resuming ${m.up.file} after statement ${progress} of ${total}`);
        // SET statements already done belong to this file's session: the new session needs them again.
        for (const s of p.statements.slice(0, progress))
            if (s.kind === 'VariableSetStmt')
                await runStatement(conn, s);
        if (start < total) {
            evidence = await decideInFlight(conn, p, row, start);
            await table.setProgress(conn, m.version, start, progressChecksum(p.statements, start), m.checksum, start + 1);
        }
    }
    for (let i = start; i < total; i++) {
        const s = p.statements[i];
        if (i === start && evidence === 'applied') {
            log(`${m.up.file}:${s.line}: the interrupted statement ${i + 1} had completed (catalog evidence); not running it again`);
        }
        else {
            try {
                await runStatement(conn, s);
            }
            catch (err) {
                if (!(err instanceof core_errors/* SqlExecutionError */.TS))
                    throw err;
                // PostgreSQL answered with an error: the statement did not apply, nothing is in flight.
                if (!(err.cause instanceof core_errors/* DbConnectionLostError */.P5))
                    await table.setProgress(conn, m.version, i, progressChecksum(p.statements, i), m.checksum, null);
                return failureOf(p, err, s.text, i);
            }
        }
        const next = i + 1 < total ? i + 2 : null;
        await table.setProgress(conn, m.version, i + 1, progressChecksum(p.statements, i + 1), m.checksum, next);
    }
    return undefined;
}
/**
 * The statement at `index` may have been running when the earlier run stopped. Decide from what
 * the database shows, or stop with the command that records the answer.
 */
async function decideInFlight(conn, p, row, index) {
    const s = p.statements[index];
    const m = p.migration;
    // Rows written before in-flight tracking (in_flight absent): the catalog check only, as before.
    const inFlight = row.in_flight === index + 1;
    if (inFlight && (await stillRunning(conn, row.in_flight_pid, row.in_flight_at))) {
        throw new errors/* MigrationInFlightError */.Q9(`${s.file}:${s.line}:${s.column}: statement ${index + 1} of this no-transaction file is still running on backend ` +
            `${row.in_flight_pid} (since ${row.in_flight_at}); wait for it to finish, or cancel it with SELECT pg_cancel_backend(${row.in_flight_pid}), then run migrate up again.`);
    }
    const evidence = await inFlightEvidence(conn, s);
    if (evidence || !inFlight)
        return evidence;
    const shown = s.text.length > 300 ? `${s.text.slice(0, 300)}…` : s.text;
    throw new errors/* MigrationInFlightError */.Q9(`${s.file}:${s.line}:${s.column}: an earlier run stopped while statement ${index + 1} of this no-transaction file was running ` +
        `(backend ${row.in_flight_pid ?? '?'}, started ${row.in_flight_at ?? '?'}), and the catalog cannot tell whether it completed:\n` +
        `  ${shown.replace(/\n/g, '\n  ')}\n` +
        'It is not run again blind. Check the database, then record what happened and rerun migrate up:\n' +
        `  schemagate migrate resolve ${m.version} --statement ${index + 1} --applied       (it completed: skip it)\n` +
        `  schemagate migrate resolve ${m.version} --statement ${index + 1} --not-applied   (it did not: run it again)`);
}
/**
 * Records the outcome of the in-flight statement of a part-way no-transaction file, as the user
 * established it (`schemagate migrate resolve`).
 */
async function resolveInFlight(db, o) {
    await (0,sql/* loadSqlParser */.Ok)();
    const table = new revisionTable/* RevisionTable */.E(o.revisionsSchema);
    return locked(db, o, async (conn) => {
        const migration = (0,migrations_status/* findMigration */.Ey)(o.set, o.version);
        if (!migration)
            throw new errors/* MigrationStateError */.SR(`resolve: no migration with version ${o.version} in ${o.set.dir}`);
        const row = (await table.read(conn)).find((r) => r.version === o.version);
        if (row?.progress == null) {
            throw new errors/* MigrationStateError */.SR(`resolve: ${migration.up.file} is not part-way applied; there is nothing to resolve`);
        }
        if (row.in_flight !== o.statement) {
            throw new errors/* MigrationStateError */.SR(`resolve: statement ${o.statement} of ${migration.up.file} is not the one in flight ` +
                `(${row.progress} statement(s) done, ${row.in_flight == null ? 'none in flight' : `statement ${row.in_flight} in flight`})`);
        }
        await table.ensure(conn);
        const statements = partStatements(migration.up);
        const done = o.applied ? o.statement : o.statement - 1;
        await table.setProgress(conn, o.version, done, progressChecksum(statements, done), migration.checksum, null);
        return o.applied
            ? `resolve: statement ${o.statement} of ${migration.up.file} recorded as applied; migrate up continues with statement ${o.statement + 1}`
            : `resolve: statement ${o.statement} of ${migration.up.file} recorded as not applied; migrate up runs it again`;
    });
}
/** Runs the down parts of the last `count` applied migrations, newest first. */
async function migrateDown(db, o) {
    await (0,sql/* loadSqlParser */.Ok)();
    const table = new revisionTable/* RevisionTable */.E(o.revisionsSchema);
    const serverVersion = await db.serverVersion();
    const clock = o.clock ?? (() => performance.now());
    return locked(db, o, async (conn) => {
        const rows = await table.read(conn);
        const state = (0,migrations_status/* migrationState */.a_)(o.set, rows);
        if (state.partial.length > 0) {
            throw new errors/* MigrationStateError */.SR(`${state.partial[0].migration.up.file}: part-way applied; run \`schemagate migrate up\` to finish it before rolling back.`);
        }
        const targets = state.applied
            .filter((a) => !a.migration.repeatable)
            .reverse()
            .slice(0, o.count);
        if (targets.length < o.count && state.missing.length > 0) {
            throw new errors/* MigrationStateError */.SR(`cannot roll back ${o.count}: applied version ${state.missing[0].version} has no file in ${o.set.dir}`);
        }
        const noDown = targets.filter((t) => !t.migration.down);
        if (noDown.length > 0) {
            const why = o.set.format === 'atlas' || o.set.format === 'plain'
                ? ` (${o.set.format} migrations have no down part)`
                : '';
            throw new errors/* MigrationStateError */.SR(`cannot roll back: ${noDown.map((t) => t.migration.up.file).join(', ')} ${noDown.length === 1 ? 'has' : 'have'} no down part${why}. ` +
                'Nothing was rolled back. Write the reverse change as a new migration instead.');
        }
        const prepared = targets.map((t) => prepare(t.migration.down, t.migration, true, serverVersion));
        const rolledBack = [];
        for (const p of prepared) {
            const started = clock();
            const down = p.migration.down;
            let current;
            try {
                await conn.exec(`${fileSettings(o)}${p.transactional ? 'BEGIN' : ''}`);
                for (const s of p.statements) {
                    current = s;
                    await runStatement(conn, s);
                }
                current = undefined;
                await table.remove(conn, p.migration.version);
                if (p.transactional)
                    await conn.exec('COMMIT');
            }
            catch (err) {
                if (p.transactional)
                    await conn.exec('ROLLBACK').catch(() => { });
                if (!(err instanceof core_errors/* SqlExecutionError */.TS) || !current)
                    throw err;
                const f = failureOf(p, err, current.text);
                return {
                    rolledBack,
                    currentVersion: versionAfter(o.set, rows, rolledBack),
                    failure: { ...f, file: down.file },
                };
            }
            rolledBack.push({
                version: p.migration.version,
                file: down.file,
                durationMs: clock() - started,
                statements: p.statements.length,
                transactional: p.transactional,
            });
        }
        return { rolledBack, currentVersion: versionAfter(o.set, rows, rolledBack) };
    });
}
function versionAfter(set, rows, removed) {
    const gone = new Set(removed.map((r) => r.version));
    return (0,migrations_status/* migrationState */.a_)(set, rows.filter((r) => !gone.has(r.version))).currentVersion;
}
/** Reads the revision table without creating it or taking the lock. */
async function migrationStatus(db, o) {
    const table = new revisionTable/* RevisionTable */.E(o.revisionsSchema);
    return db.session(async (conn) => {
        const { rows, adopted } = await readRows(conn, table, o.set);
        return {
            format: o.set.format,
            state: (0,migrations_status/* migrationState */.a_)(o.set, rows),
            tableExists: adopted === undefined && (await table.exists(conn)),
            adopted: adopted && { source: adopted.source, count: adopted.rows.length },
        };
    });
}
/** Marks every migration up to `version` as applied without running it (an existing database). */
async function baselineMigrations(db, o) {
    const target = (0,migrations_status/* findMigration */.Ey)(o.set, o.version);
    if (!target || target.repeatable) {
        throw new errors/* MigrationStateError */.SR(`baseline: no migration with version ${o.version} in ${o.set.dir}`);
    }
    const table = new revisionTable/* RevisionTable */.E(o.revisionsSchema);
    return locked(db, o, async (conn) => {
        await table.ensure(conn);
        const state = (0,migrations_status/* migrationState */.a_)(o.set, await table.read(conn));
        const upTo = o.set.migrations.indexOf(target);
        const toMark = state.pending.filter((m) => !m.repeatable && o.set.migrations.indexOf(m) <= upTo);
        const partial = toMark.find((m) => state.partial.some((p) => p.migration === m));
        if (partial)
            throw new errors/* MigrationStateError */.SR(`baseline: ${partial.up.file} is part-way applied; finish it with \`schemagate migrate up\` first`);
        const appliedBy = o.appliedBy ?? (await conn.query('SELECT current_user AS u')).rows[0].u;
        await conn.exec('BEGIN');
        try {
            for (const m of toMark) {
                await table.record(conn, {
                    version: m.version,
                    name: m.name,
                    checksum: m.checksum,
                    executionMs: 0,
                    appliedBy,
                    operation: 'baseline',
                });
            }
            await conn.exec('COMMIT');
        }
        catch (err) {
            await conn.exec('ROLLBACK').catch(() => { });
            throw err;
        }
        return { marked: toMark.map((m) => m.version), currentVersion: target.version };
    });
}

;// CONCATENATED MODULE: ./src/core/migrations/index.ts
/** Versioned migrations: directory formats, atlas.sum, the revision table and the runner. */













/** The next file name(s) in the set's format; `down` when the format keeps down parts in their own file. */
function nextMigrationFileName(set, name, now) {
    return FORMATS[set.format].nextFileName(set, name, now);
}


/***/ }),

/***/ 8222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ RevisionTable)
/* harmony export */ });
/* unused harmony export REVISION_TABLE */
/* harmony import */ var _sql_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79585);

/**
 * Milliseconds since the current transaction began, by the server's clock. Every name is
 * schema-qualified, the operators too: it runs right after a migration file, which may have
 * changed search_path.
 */
const TRANSACTION_MS = `(pg_catalog.date_part('epoch', pg_catalog.clock_timestamp() OPERATOR(pg_catalog.-) pg_catalog.now())
         OPERATOR(pg_catalog.*) 1000)::integer`;
const REVISION_TABLE = 'schemagate_revisions';
class RevisionTable {
    schema;
    table;
    constructor(schema) {
        this.schema = schema;
        this.table = (0,_sql_index_js__WEBPACK_IMPORTED_MODULE_0__/* .qualified */ .LX)(schema, REVISION_TABLE);
    }
    async exists(conn) {
        const r = await conn.query('SELECT to_regclass($1)::text AS t', [this.table]);
        return r.rows[0]?.t != null;
    }
    /**
     * Creates the schema (only when missing: CREATE SCHEMA needs a privilege we may not have) and the
     * table, or adds the in-flight columns to a table an older version created. One query when all is there.
     */
    async ensure(conn) {
        const s = await conn.query(`SELECT to_regnamespace($1)::text AS n, to_regclass($2) IS NOT NULL AS t,
              EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass($2) AND attname = 'in_flight_at' AND NOT attisdropped) AS f`, [(0,_sql_index_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdent */ .v4)(this.schema), this.table]);
        const { n, t, f } = s.rows[0] ?? { n: null, t: false, f: false };
        if (t && f)
            return;
        if (t) {
            await conn.exec(`ALTER TABLE ${this.table} ADD COLUMN IF NOT EXISTS in_flight integer, ADD COLUMN IF NOT EXISTS in_flight_pid integer, ADD COLUMN IF NOT EXISTS in_flight_at timestamptz`);
            return;
        }
        if (n == null)
            await conn.exec(`CREATE SCHEMA IF NOT EXISTS ${(0,_sql_index_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdent */ .v4)(this.schema)}`);
        await conn.exec(`CREATE TABLE IF NOT EXISTS ${this.table} (
  version text PRIMARY KEY,
  name text NOT NULL DEFAULT '',
  checksum text,
  applied_at timestamptz NOT NULL DEFAULT now(),
  execution_ms integer NOT NULL DEFAULT 0,
  applied_by text NOT NULL DEFAULT current_user,
  operation text NOT NULL DEFAULT 'apply',
  progress integer,
  progress_checksum text,
  in_flight integer,
  in_flight_pid integer,
  in_flight_at timestamptz
)`);
    }
    async read(conn) {
        if (!(await this.exists(conn)))
            return [];
        const r = await conn.query(
        // to_jsonb: a table from an older version has no in-flight columns yet (read runs before ensure).
        `SELECT version, name, checksum, applied_at::text AS applied_at, execution_ms, applied_by, operation, progress, progress_checksum,
              (to_jsonb(r) ->> 'in_flight')::int AS in_flight, (to_jsonb(r) ->> 'in_flight_pid')::int AS in_flight_pid,
              to_jsonb(r) ->> 'in_flight_at' AS in_flight_at
         FROM ${this.table} AS r ORDER BY applied_at, version`);
        return r.rows;
    }
    async record(conn, row) {
        await conn.query(`INSERT INTO ${this.table} (version, name, checksum, execution_ms, applied_by, operation, progress, progress_checksum)
       VALUES ($1, $2, $3, $4, $5, $6, NULL, NULL)
       ON CONFLICT (version) DO UPDATE SET name = EXCLUDED.name, checksum = EXCLUDED.checksum, applied_at = now(),
         execution_ms = EXCLUDED.execution_ms, applied_by = EXCLUDED.applied_by, operation = EXCLUDED.operation,
         progress = NULL, progress_checksum = NULL, in_flight = NULL`, [row.version, row.name, row.checksum, Math.round(row.executionMs), row.appliedBy, row.operation]);
    }
    /**
     * The same row as `record`, as SQL text with quoted literals, so the runner can send it together
     * with COMMIT in one round trip. The row then goes out with the file, before the client could
     * know how long the file takes: `executionMs: 'transaction'` has the server count it, from the
     * start of the file's transaction to the writing of the row.
     */
    recordSql(row) {
        const values = [
            (0,_sql_index_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteLiteral */ .ce)(row.version),
            (0,_sql_index_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteLiteral */ .ce)(row.name),
            (0,_sql_index_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteNullableLiteral */ .Ro)(row.checksum),
            row.executionMs === 'transaction' ? TRANSACTION_MS : String(Math.round(row.executionMs)),
            (0,_sql_index_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteLiteral */ .ce)(row.appliedBy),
            (0,_sql_index_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteLiteral */ .ce)(row.operation),
        ].join(', ');
        return `INSERT INTO ${this.table} (version, name, checksum, execution_ms, applied_by, operation, progress, progress_checksum)
       VALUES (${values}, NULL, NULL)
       ON CONFLICT (version) DO UPDATE SET name = EXCLUDED.name, checksum = EXCLUDED.checksum, applied_at = now(),
         execution_ms = EXCLUDED.execution_ms, applied_by = EXCLUDED.applied_by, operation = EXCLUDED.operation,
         progress = NULL, progress_checksum = NULL, in_flight = NULL`;
    }
    /** The row of a no-transaction file about to start: nothing done, statement 1 in flight. */
    async startPartial(conn, row) {
        await conn.query(`INSERT INTO ${this.table} (version, name, checksum, applied_by, operation, progress, progress_checksum, in_flight, in_flight_pid, in_flight_at)
       VALUES ($1, $2, $3, $4, 'apply', 0, '', 1, pg_backend_pid(), now())
       ON CONFLICT (version) DO UPDATE SET checksum = EXCLUDED.checksum, progress = 0, progress_checksum = '',
         in_flight = 1, in_flight_pid = pg_backend_pid(), in_flight_at = now()`, [row.version, row.name, row.checksum, row.appliedBy]);
    }
    /**
     * `progress` statements are done; `inFlight` (1-based) is the one about to be sent, in the same
     * round trip as the progress, or null when nothing is about to run.
     */
    async setProgress(conn, version, progress, progressChecksum, checksum, inFlight = null) {
        await conn.query(`UPDATE ${this.table} SET progress = $2, progress_checksum = $3, checksum = $4,
         in_flight = $5::int, in_flight_pid = CASE WHEN $5::int IS NULL THEN NULL ELSE pg_backend_pid() END,
         in_flight_at = CASE WHEN $5::int IS NULL THEN NULL ELSE now() END
       WHERE version = $1`, [version, progress, progressChecksum, checksum, inFlight]);
    }
    async finishPartial(conn, version, executionMs) {
        await conn.query(`UPDATE ${this.table} SET progress = NULL, progress_checksum = NULL, in_flight = NULL, in_flight_pid = NULL, in_flight_at = NULL, applied_at = now(), execution_ms = execution_ms + $2 WHERE version = $1`, [version, Math.round(executionMs)]);
    }
    async remove(conn, version) {
        await conn.query(`DELETE FROM ${this.table} WHERE version = $1`, [version]);
    }
}


/***/ }),

/***/ 28531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CL: () => (/* binding */ describeFile),
/* harmony export */   Ey: () => (/* binding */ findMigration),
/* harmony export */   _5: () => (/* binding */ versionKey),
/* harmony export */   a_: () => (/* binding */ migrationState)
/* harmony export */ });
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57992);
/* harmony import */ var _formats_flyway_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26128);
/**
 * Compares a migration set with the revision table: what is applied, pending, part-way, edited
 * or out of order. Pure, so the CLI, the stage and the runner agree on one answer.
 */


/** The row key of a migration: versions compare the way the format compares them. */
function versionKey(set, version) {
    if (set.format === 'golang-migrate' && /^\d+$/.test(version))
        return BigInt(version).toString();
    if (set.format === 'flyway' && /^\d+(?:[._]\d+)*$/.test(version)) {
        return version
            .split(/[._]/)
            .map((p) => BigInt(p).toString())
            .join('.')
            .replace(/(\.0)+$/, '');
    }
    return version;
}
function migrationState(set, rows) {
    const byKey = new Map(rows.map((r) => [versionKey(set, r.version), r]));
    const applied = [];
    const pending = [];
    const changed = [];
    const partial = [];
    const seen = new Set();
    let lastApplied = -1;
    set.migrations.forEach((m, i) => {
        const key = versionKey(set, m.version);
        const row = byKey.get(key);
        if (!row) {
            pending.push(m);
            return;
        }
        seen.add(key);
        if (row.progress !== null) {
            partial.push({ migration: m, row });
            pending.push(m);
            return;
        }
        if (m.repeatable) {
            if (row.checksum !== m.checksum)
                pending.push(m);
            else
                applied.push({ migration: m, row });
            return;
        }
        applied.push({ migration: m, row });
        lastApplied = i;
        if (row.checksum !== null && row.checksum !== m.checksum)
            changed.push({ migration: m, row });
    });
    const outOfOrder = [];
    if (lastApplied >= 0) {
        const after = set.migrations[lastApplied];
        for (const m of pending) {
            if (!m.repeatable && set.migrations.indexOf(m) < lastApplied && !partial.some((p) => p.migration === m))
                outOfOrder.push({ migration: m, after });
        }
    }
    const missing = rows.filter((r) => !seen.has(versionKey(set, r.version)));
    return {
        applied,
        pending,
        changed,
        partial,
        outOfOrder,
        missing,
        currentVersion: lastApplied >= 0 ? set.migrations[lastApplied].version : latestMissing(set, missing),
    };
}
function latestMissing(set, missing) {
    if (missing.length === 0)
        return undefined;
    const sorted = [...missing].sort((a, b) => set.format === 'flyway' ? (0,_formats_flyway_js__WEBPACK_IMPORTED_MODULE_1__/* .compareFlywayVersions */ .Tr)(a.version, b.version) : a.version < b.version ? -1 : 1);
    return sorted.at(-1)?.version;
}
function describeFile(set, m) {
    return (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .joinPath */ .uJ)(set.dir, m.file);
}
/** The migration a user means by `version` (a version or a file name). */
function findMigration(set, version) {
    const key = versionKey(set, version);
    return set.migrations.find((m) => m.file === version || versionKey(set, m.version) === key);
}


/***/ })

};
