export const id = 861;
export const ids = [861];
export const modules = {

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

/***/ 86800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Si: () => (/* reexport */ ATLAS_SUM),
  uR: () => (/* reexport */ MigrationLockError),
  fE: () => (/* reexport */ baselineMigrations),
  kj: () => (/* reexport */ dbmateTemplate),
  Y4: () => (/* reexport */ migrateDown),
  Pi: () => (/* reexport */ migrateUp),
  vd: () => (/* reexport */ migrationStatus),
  Lv: () => (/* binding */ nextMigrationFileName),
  PJ: () => (/* reexport */ readMigrationSet),
  fM: () => (/* reexport */ replayMigrations),
  R3: () => (/* reexport */ verifySum),
  ej: () => (/* reexport */ writeAtlasSum)
});

// UNUSED EXPORTS: FORMATS, MigrationDirError, MigrationStateError, REVISION_TABLE, compareFlywayVersions, computeAtlasSum, findMigration, formatAtlasSum, migrationState, nonTransactionalReason, parseAtlasSum, partStatements, verifyAtlasSum

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/migrations/errors.ts

/** A migration directory that cannot be read as one format: names every file involved. */
class MigrationDirError extends errors/* InputError */.dz {
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
class MigrationStateError extends errors/* InputError */.dz {
    name = 'MigrationStateError';
}
/** Another run holds the migration lock for longer than migrations.advisory_lock_timeout. */
class MigrationLockError extends Error {
    name = 'MigrationLockError';
}

;// CONCATENATED MODULE: ./src/core/migrations/common.ts
/** Small helpers shared by the format modules. */


function sha256Hex(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
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
            throw new MigrationDirError([joinPath(dir, prev.file), joinPath(dir, m.file)], `two migrations with version ${m.version}; rename one of them`);
        }
        seen.set(k, m);
    }
}
function wholeFile(dir, f) {
    return { file: joinPath(dir, f.name), text: f.content, firstLine: 1 };
}
/** Explicit opt-out of the per-file transaction that any format may use. */
const NO_TRANSACTION = /^--\s*schemagate:no-transaction\b/m;

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
    const sorted = files.filter((f) => f.name.endsWith('.sql')).sort((a, b) => compareBytes(a.name, b.name));
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
/** Parses atlas.sum; a malformed file or a first line that does not match its entries is an error. */
function parseAtlasSum(text, file) {
    const lines = text.split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    const head = (lines.shift() ?? '').replace(/\r$/, '');
    const entries = [];
    lines.forEach((raw, i) => {
        const line = raw.replace(/\r$/, '');
        const at = line.indexOf('h1:');
        if (at < 0) {
            throw new MigrationDirError([`${file}:${i + 2}`], 'atlas.sum line is not "<file> h1:<hash>"; run `schemagate hash`');
        }
        entries.push({ name: line.slice(0, at).trim(), hash: line.slice(at + 3) });
    });
    if (head.replace(/^h1:/, '') !== totalSum(entries)) {
        throw new MigrationDirError([`${file}:1`], 'atlas.sum was edited by hand: its first line does not match the lines below it; run `schemagate hash` after reviewing the directory');
    }
    return entries;
}
/**
 * Verifies the directory against its atlas.sum and names the first file that was changed,
 * added or removed. Atlas only compares the totals; naming the file is what makes it fixable.
 */
function verifyAtlasSum(files, sumText, dir) {
    const sumFile = joinPath(dir, ATLAS_SUM);
    const recorded = parseAtlasSum(sumText, sumFile);
    const actual = computeAtlasSum(files);
    if (formatAtlasSum(recorded) === formatAtlasSum(actual))
        return;
    const before = new Map(recorded.map((e) => [e.name, e.hash]));
    const now = new Map(actual.map((e) => [e.name, e.hash]));
    const fix = 'if the change is intended, run `schemagate hash` to rewrite atlas.sum';
    for (const e of actual) {
        if (!before.has(e.name))
            throw new MigrationDirError([joinPath(dir, e.name)], `file added but not in ${sumFile}; ${fix}`);
    }
    for (const e of recorded) {
        if (!now.has(e.name))
            throw new MigrationDirError([joinPath(dir, e.name)], `file listed in ${sumFile} was removed; ${fix}`);
    }
    // The hashes are cumulative: the first differing line is the file that changed.
    for (let i = 0; i < actual.length; i++) {
        if (actual[i].name !== recorded[i].name || actual[i].hash !== recorded[i].hash) {
            throw new MigrationDirError([joinPath(dir, actual[i].name)], `file changed since ${sumFile} was written; ${fix}`);
        }
    }
    throw new MigrationDirError([sumFile], `does not match the directory; ${fix}`);
}

// EXTERNAL MODULE: ./src/core/db.ts
var db = __webpack_require__(50261);
// EXTERNAL MODULE: ./src/core/sql/index.ts + 2 modules
var sql = __webpack_require__(72833);
;// CONCATENATED MODULE: ./src/core/migrations/nonTransactional.ts
function hasOption(list, name) {
    return (Array.isArray(list) &&
        list.some((o) => o?.DefElem?.defname === name));
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

;// CONCATENATED MODULE: ./src/core/migrations/executor.ts




/** Parses a part (the parser must be loaded) and drops transaction control the runner replaces. */
function partStatements(part) {
    return (0,sql/* parseSqlFile */.K5)(part.file, part.text, { firstLine: part.firstLine }).statements.filter((s) => !isTransactionControl(s));
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
    return new errors/* SqlExecutionError */.TS(stmt.file, at.line, at.column, extra ? `${f.message} (${extra})` : f.message, f.code, {
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
function splitSections(dir, f) {
    const lines = f.content.split('\n');
    const marks = [];
    lines.forEach((l, i) => {
        const m = MARKER.exec(l.replace(/\r$/, ''));
        if (m)
            marks.push({ kind: m[1], line: i, options: m[2] });
    });
    const out = {};
    marks.forEach((mark, k) => {
        if (out[mark.kind]) {
            throw new MigrationDirError([`${joinPath(dir, f.name)}:${mark.line + 1}`], `second -- migrate:${mark.kind} section`);
        }
        const end = k + 1 < marks.length ? marks[k + 1].line : lines.length;
        out[mark.kind] = {
            part: {
                file: joinPath(dir, f.name),
                text: lines.slice(mark.line + 1, end).join('\n'),
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
            .sort((a, b) => compareBytes(a.name, b.name))
            .map((f) => {
            const m = FILE.exec(f.name);
            if (!m)
                throw new MigrationDirError([joinPath(dir, f.name)], 'dbmate file names start with a version number: <version>_<name>.sql');
            const { up, down } = splitSections(dir, f);
            if (!up)
                throw new MigrationDirError([joinPath(dir, f.name)], 'no -- migrate:up section (dbmate requires one)');
            return {
                version: m[1],
                name: m[2] ?? '',
                file: f.name,
                checksum: sha256Hex(up.part.text),
                up: up.part,
                down: down && down.part.text.trim() !== '' ? down.part : undefined,
                transactional: up.transactional,
            };
        });
        assertUniqueVersions(out, dir);
        return out;
    },
    nextFileName(_set, name, now) {
        return { up: `${timestampVersion(now)}_${fileSafeName(name)}.sql` };
    },
};
/** The skeleton dbmate's `new` writes; the engine fills the up section. */
function dbmateTemplate(up, down = '') {
    return `-- migrate:up\n${up}\n\n-- migrate:down\n${down}\n`;
}

;// CONCATENATED MODULE: ./src/core/migrations/formats/flyway.ts
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
    return !NO_TRANSACTION.test(f.content);
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
                    checksum: sha256Hex(f.content),
                    up: wholeFile(dir, f),
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
                    throw new MigrationDirError([joinPath(dir, prev.name), joinPath(dir, f.name)], `two undo files for version ${version}`);
                undo.set(key, f);
                continue;
            }
            versioned.push({
                version,
                name: description(m[3]),
                file: f.name,
                checksum: sha256Hex(f.content),
                up: wholeFile(dir, f),
                transactional: executeInTransaction(f, all),
            });
        }
        versioned.sort((a, b) => compareFlywayVersions(a.version, b.version));
        assertUniqueVersions(versioned, dir, (m) => flywayVersionParts(m.version).join('.'));
        const withUndo = versioned.map((m) => {
            const key = flywayVersionParts(m.version).join('.');
            const u = undo.get(key);
            undo.delete(key);
            return u ? { ...m, down: wholeFile(dir, u) } : m;
        });
        for (const u of undo.values()) {
            throw new MigrationDirError([joinPath(dir, u.name)], 'undo file without a versioned migration of the same version');
        }
        repeatable.sort((a, b) => compareBytes(a.name, b.name));
        assertUniqueVersions(repeatable, dir);
        return [...withUndo, ...repeatable];
    },
    nextFileName(set, name, now) {
        const versioned = set.migrations.filter((m) => !m.repeatable);
        const safe = fileSafeName(name);
        const integers = versioned.length > 0 && versioned.every((m) => /^\d{1,9}$/.test(m.version));
        const version = integers
            ? String(Math.max(...versioned.map((m) => Number(m.version))) + 1)
            : timestampVersion(now);
        const hasUndo = set.migrations.some((m) => m.down);
        return { up: `V${version}__${safe}.sql`, down: hasUndo ? `U${version}__${safe}.sql` : undefined };
    },
};

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
            .sort((a, b) => compareBytes(a.name, b.name))
            .map((f) => {
            const m = atlas_FILE.exec(f.name);
            return {
                version: m[1],
                name: m[2] ?? '',
                file: f.name,
                checksum: sha256Hex(f.content),
                up: wholeFile(dir, f),
                transactional: atlasDirective(f.content, 'atlas:txmode') !== 'none' && !NO_TRANSACTION.test(f.content),
            };
        });
        assertUniqueVersions(out, dir);
        return out;
    },
    nextFileName(_set, name, now) {
        return { up: `${timestampVersion(now)}_${fileSafeName(name)}.sql` };
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
                throw new MigrationDirError([joinPath(dir, prev.name), joinPath(dir, f.name)], `two ${m[3]} files with version ${key}; rename one of them`);
            }
            bucket.set(key, f);
        }
        for (const [key, f] of downs) {
            if (!ups.has(key))
                throw new MigrationDirError([joinPath(dir, f.name)], `down file without an up file for version ${key}`);
        }
        const out = [...ups.entries()]
            .sort(([a], [b]) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0))
            .map(([key, f]) => {
            const down = downs.get(key);
            return {
                version: key,
                name: golangMigrate_FILE.exec(f.name)[2],
                file: f.name,
                checksum: sha256Hex(f.content),
                up: wholeFile(dir, f),
                down: down ? wholeFile(dir, down) : undefined,
                transactional: !NO_TRANSACTION.test(f.content),
            };
        });
        assertUniqueVersions(out, dir);
        return out;
    },
    nextFileName(set, name, now) {
        const versions = set.migrations.map((m) => m.version);
        const safe = fileSafeName(name);
        // Sequential directories (`migrate create -seq`) keep their width; timestamped ones stay timestamped.
        const sequential = versions.length > 0 && versions.every((v) => v.length < 10);
        let version;
        if (sequential) {
            const width = Math.max(...set.migrations.map((m) => /^\d+/.exec(m.file)[0].length));
            const next = versions.reduce((max, v) => (BigInt(v) > max ? BigInt(v) : max), 0n) + 1n;
            version = next.toString().padStart(width, '0');
        }
        else {
            version = timestampVersion(now);
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
            .sort((a, b) => compareBytes(a.name, b.name))
            .map((f) => ({
            version: f.name.slice(0, -'.sql'.length),
            name: f.name.slice(0, -'.sql'.length).replace(/^\d+[_-]?/, ''),
            file: f.name,
            checksum: sha256Hex(f.content),
            up: wholeFile(dir, f),
            transactional: !NO_TRANSACTION.test(f.content),
        }));
    },
    nextFileName(set, name, now) {
        const safe = fileSafeName(name);
        const numbered = set.migrations.map((m) => /^(\d+)_/.exec(m.file)?.[1]);
        // `001_x.sql` style keeps counting with its width; anything else gets a timestamp prefix.
        if (numbered.length > 0 && numbered.every((n) => n !== undefined && n.length < 10)) {
            const width = Math.max(...numbered.map((n) => n.length));
            const next = Math.max(...numbered.map((n) => Number(n))) + 1;
            return { up: `${String(next).padStart(width, '0')}_${safe}.sql` };
        }
        return { up: `${timestampVersion(now)}_${safe}.sql` };
    },
};

;// CONCATENATED MODULE: ./src/core/migrations/readSet.ts








const FORMATS = {
    atlas: atlasFormat,
    'golang-migrate': golangMigrateFormat,
    dbmate: dbmateFormat,
    flyway: flywayFormat,
    plain: plainFormat,
};
/** Formats recognisable from their files alone, in the order detection tries them. */
const DISTINCTIVE = [golangMigrateFormat, dbmateFormat, flywayFormat];
function readMigrationSet(files, format, dirLabel) {
    const sqlFiles = files.filter((f) => f.name.endsWith('.sql'));
    const sum = files.find((f) => f.name === ATLAS_SUM);
    const resolved = format === 'auto' ? detect(sqlFiles, sum !== undefined, dirLabel) : format;
    const reader = FORMATS[resolved];
    const foreign = sqlFiles.find((f) => !reader.claims(f));
    if (foreign) {
        const own = sqlFiles.find((f) => reader.claims(f));
        const other = DISTINCTIVE.find((r) => r !== reader && r.claims(foreign));
        throw new MigrationDirError(own
            ? [joinPath(dirLabel, own.name), joinPath(dirLabel, foreign.name)]
            : [joinPath(dirLabel, foreign.name)], other
            ? `the directory mixes formats: ${foreign.name} is a ${other.format} file in a ${resolved} directory; keep one format per directory (migrations.format)`
            : `${foreign.name} is not a ${resolved} migration file name${resolved === 'dbmate' ? ' (or has no -- migrate:up section)' : ''}; rename it or move it out of the directory`);
    }
    const migrations = reader.read(sqlFiles, dirLabel, files);
    return {
        format: resolved,
        dir: dirLabel,
        migrations,
        sum: sum ? { file: joinPath(dirLabel, ATLAS_SUM), text: sum.content } : undefined,
        sqlFiles,
    };
}
function detect(sqlFiles, hasSum, dir) {
    const found = DISTINCTIVE.map((r) => ({ r, file: sqlFiles.find((f) => r.claims(f)) })).filter((x) => x.file !== undefined);
    if (found.length > 1) {
        const [a, b] = found;
        throw new MigrationDirError([joinPath(dir, a.file.name), joinPath(dir, b.file.name)], `the directory mixes formats: ${a.file.name} is ${a.r.format}, ${b.file.name} is ${b.r.format}; keep one format per directory or set migrations.format`);
    }
    if (found.length === 1)
        return found[0].r.format;
    // atlas.sum alone marks an Atlas directory; next to another format it is schemagate's own sum file.
    return hasSum ? 'atlas' : 'plain';
}

;// CONCATENATED MODULE: ./src/core/migrations/replay.ts



async function replayMigrations(db, set) {
    await (0,sql/* loadSqlParser */.Ok)();
    const version = await db.serverVersion();
    const parsed = set.migrations.map((m) => ({ m, stmts: partStatements(m.up) }));
    await db.session(async (conn) => {
        for (const { m, stmts } of parsed) {
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

;// CONCATENATED MODULE: ./src/core/migrations/revisionTable.ts

const REVISION_TABLE = 'schemagate_revisions';
class RevisionTable {
    schema;
    table;
    constructor(schema) {
        this.schema = schema;
        this.table = (0,sql/* qualified */.LX)(schema, REVISION_TABLE);
    }
    async exists(conn) {
        const r = await conn.query('SELECT to_regclass($1)::text AS t', [this.table]);
        return r.rows[0]?.t != null;
    }
    /** Creates the schema (only when missing: CREATE SCHEMA needs a privilege we may not have) and the table. */
    async ensure(conn) {
        const s = await conn.query('SELECT to_regnamespace($1)::text AS n', [
            (0,sql/* quoteIdent */.v4)(this.schema),
        ]);
        if (s.rows[0]?.n == null)
            await conn.exec(`CREATE SCHEMA IF NOT EXISTS ${(0,sql/* quoteIdent */.v4)(this.schema)}`);
        await conn.exec(`CREATE TABLE IF NOT EXISTS ${this.table} (
  version text PRIMARY KEY,
  name text NOT NULL DEFAULT '',
  checksum text,
  applied_at timestamptz NOT NULL DEFAULT now(),
  execution_ms integer NOT NULL DEFAULT 0,
  applied_by text NOT NULL DEFAULT current_user,
  operation text NOT NULL DEFAULT 'apply',
  progress integer,
  progress_checksum text
)`);
    }
    async read(conn) {
        if (!(await this.exists(conn)))
            return [];
        const r = await conn.query(`SELECT version, name, checksum, applied_at::text AS applied_at, execution_ms, applied_by, operation, progress, progress_checksum
         FROM ${this.table} ORDER BY applied_at, version`);
        return r.rows;
    }
    async record(conn, row) {
        await conn.query(`INSERT INTO ${this.table} (version, name, checksum, execution_ms, applied_by, operation, progress, progress_checksum)
       VALUES ($1, $2, $3, $4, $5, $6, NULL, NULL)
       ON CONFLICT (version) DO UPDATE SET name = EXCLUDED.name, checksum = EXCLUDED.checksum, applied_at = now(),
         execution_ms = EXCLUDED.execution_ms, applied_by = EXCLUDED.applied_by, operation = EXCLUDED.operation,
         progress = NULL, progress_checksum = NULL`, [row.version, row.name, row.checksum, Math.round(row.executionMs), row.appliedBy, row.operation]);
    }
    /**
     * The same row as `record`, as SQL text with quoted literals, so the runner can send it together
     * with COMMIT in one round trip.
     */
    recordSql(row) {
        const values = [
            (0,sql/* quoteLiteral */.ce)(row.version),
            (0,sql/* quoteLiteral */.ce)(row.name),
            (0,sql/* quoteNullableLiteral */.Ro)(row.checksum),
            String(Math.round(row.executionMs)),
            (0,sql/* quoteLiteral */.ce)(row.appliedBy),
            (0,sql/* quoteLiteral */.ce)(row.operation),
        ].join(', ');
        return `INSERT INTO ${this.table} (version, name, checksum, execution_ms, applied_by, operation, progress, progress_checksum)
       VALUES (${values}, NULL, NULL)
       ON CONFLICT (version) DO UPDATE SET name = EXCLUDED.name, checksum = EXCLUDED.checksum, applied_at = now(),
         execution_ms = EXCLUDED.execution_ms, applied_by = EXCLUDED.applied_by, operation = EXCLUDED.operation,
         progress = NULL, progress_checksum = NULL`;
    }
    async startPartial(conn, row) {
        await conn.query(`INSERT INTO ${this.table} (version, name, checksum, applied_by, operation, progress, progress_checksum)
       VALUES ($1, $2, $3, $4, 'apply', 0, '')
       ON CONFLICT (version) DO UPDATE SET checksum = EXCLUDED.checksum, progress = 0, progress_checksum = ''`, [row.version, row.name, row.checksum, row.appliedBy]);
    }
    async setProgress(conn, version, progress, progressChecksum, checksum) {
        await conn.query(`UPDATE ${this.table} SET progress = $2, progress_checksum = $3, checksum = $4 WHERE version = $1`, [version, progress, progressChecksum, checksum]);
    }
    async finishPartial(conn, version, executionMs) {
        await conn.query(`UPDATE ${this.table} SET progress = NULL, progress_checksum = NULL, applied_at = now(), execution_ms = execution_ms + $2 WHERE version = $1`, [version, Math.round(executionMs)]);
    }
    async remove(conn, version) {
        await conn.query(`DELETE FROM ${this.table} WHERE version = $1`, [version]);
    }
}

;// CONCATENATED MODULE: ./src/core/migrations/status.ts
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
    const sorted = [...missing].sort((a, b) => set.format === 'flyway' ? compareFlywayVersions(a.version, b.version) : a.version < b.version ? -1 : 1);
    return sorted.at(-1)?.version;
}
function describeFile(set, m) {
    return joinPath(set.dir, m.file);
}
/** The migration a user means by `version` (a version or a file name). */
function findMigration(set, version) {
    const key = versionKey(set, version);
    return set.migrations.find((m) => m.file === version || versionKey(set, m.version) === key);
}

;// CONCATENATED MODULE: ./src/core/migrations/adopt.ts


async function columns(conn, table) {
    const r = await conn.query('SELECT a.attname::text AS a FROM pg_attribute a WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped', [table]);
    return r.rows.length === 0 ? undefined : new Set(r.rows.map((x) => x.a ?? ''));
}
function adoptedRows(set, versions) {
    const applied = new Set(versions.map((v) => versionKey(set, v)));
    return set.migrations
        .filter((m) => !m.repeatable && applied.has(versionKey(set, m.version)))
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
                throw new MigrationStateError(`golang-migrate left this database dirty at version ${row.version} (schema_migrations.dirty): a migration failed half-way. ` +
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
            throw new MigrationLockError(`another schemagate migrate run holds the migration lock on this database; waited ${waited(options.timeoutMs)} ` +
                '(migrations.advisory_lock_timeout). Let it finish, or raise the timeout.');
        }
        await sleep(Math.min(options.pollMs ?? 200, Math.max(1, deadline - clock())));
    }
}
const waited = (ms) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`);
async function releaseMigrationLock(conn, scope) {
    await conn.query(`SELECT pg_advisory_unlock(${KEY})`, [scope]);
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
        throw new MigrationDirError([joinPath(set.dir, ATLAS_SUM)], 'not found: an Atlas directory needs its sum file; run `schemagate hash` to write it');
    }
}

;// CONCATENATED MODULE: ./src/core/migrations/runner.ts
/**
 * Applies, rolls back and baselines migrations. Everything happens on one session that holds the
 * migration lock for the whole run. Each file runs in its own transaction together with its
 * revision row, so a file is applied entirely or not at all; files whose statements cannot run
 * in a transaction run one statement at a time with their progress recorded.
 */











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
        throw new MigrationDirError([`${part.file}:${first.line}:${first.column}`], `${nonTransactionalReason(first, serverVersion)} cannot run inside a transaction, but this file also has statements that need one ` +
            `(line ${needsTx.line}: ${needsTx.kind}). Move the non-transactional statements to a file of their own, or mark the file to run ` +
            'without a transaction (`-- schemagate:no-transaction`, dbmate `-- migrate:up transaction:false`, atlas `-- atlas:txmode none`) ' +
            'knowing it is then no longer all-or-nothing.');
    }
    return { migration, statements, transactional: false };
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
        throw new MigrationStateError(`${describeFile(set, edited.migration)}: this migration was applied on ${edited.row.applied_at} and has been edited since ` +
            `(checksum ${edited.row.checksum?.slice(0, 12)}… then, ${edited.migration.checksum.slice(0, 12)}… now). ` +
            'Applied migrations must not change: revert the edit and put the change in a new migration.');
    }
    const late = state.outOfOrder[0];
    if (late && !allowOutOfOrder) {
        throw new MigrationStateError(`${describeFile(set, late.migration)}: pending, but ${late.after.file}, which comes after it, is already applied. ` +
            'Give the file a later version, or set migrations.allow_out_of_order: true to apply it anyway.');
    }
}
async function withSettings(conn, o, fn) {
    await conn.query("SELECT set_config('lock_timeout', $1, false), set_config('statement_timeout', $2, false)", [`${Math.max(0, Math.round(o.lockTimeoutMs))}ms`, `${Math.max(0, Math.round(o.statementTimeoutMs))}ms`]);
    try {
        return await fn();
    }
    finally {
        // The pool hands this connection to others afterwards.
        await conn.exec('RESET lock_timeout; RESET statement_timeout').catch(() => { });
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
        statements: planned(p.statements, serverVersion),
    }));
}
function failureOf(p, err, stmt, completed) {
    return {
        version: p.migration.version,
        file: p.migration.up.file,
        line: err.line,
        column: err.column,
        statement: stmt.text,
        message: err.detail,
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
    const table = new RevisionTable(o.revisionsSchema);
    const clock = o.clock ?? (() => performance.now());
    const log = o.log ?? (() => { });
    const plan = (state, serverVersion) => {
        assertRunnable(o.set, state, o.allowOutOfOrder);
        return state.pending.map((m) => prepare(m.up, m, m.transactional, serverVersion));
    };
    const warnings = (state) => state.missing.map((r) => `version ${r.version} is recorded as applied but no file in ${o.set.dir} has it`);
    if (o.dryRun) {
        const [{ rows, adopted }, serverVersion] = await db.session(async (conn) => [await readRows(conn, table, o.set), await versionOf(conn)]);
        const state = migrationState(o.set, rows);
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
        const state = migrationState(o.set, rows);
        const serverVersion = await versionOf(conn);
        // Refusals (edited file, order, mixed transaction needs, syntax) come before any change.
        const prepared = plan(state, serverVersion);
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
        for (let i = 0; i < prepared.length; i++) {
            const p = prepared[i];
            const m = p.migration;
            const started = clock();
            const partialRow = state.partial.find((x) => x.migration === m)?.row;
            let failure;
            if (p.transactional) {
                let current;
                try {
                    // BEGIN rides with the first statement, the revision row and COMMIT with the last.
                    const last = p.statements.length - 1;
                    const finish = () => {
                        const row = {
                            version: m.version,
                            name: m.name,
                            checksum: m.checksum,
                            executionMs: clock() - started,
                            appliedBy,
                        };
                        return `${table.recordSql({ ...row, operation: 'apply' })};\nCOMMIT`;
                    };
                    if (last < 0)
                        await conn.exec(`BEGIN;\n${finish()}`);
                    for (let k = 0; k <= last; k++) {
                        current = p.statements[k];
                        await runStatement(conn, current, k === 0 ? 'BEGIN;\n' : '', k === last ? finish() : '');
                    }
                    current = undefined;
                }
                catch (err) {
                    await conn.exec('ROLLBACK').catch(() => { });
                    if (!(err instanceof errors/* SqlExecutionError */.TS) || !current)
                        throw err;
                    failure = failureOf(p, err, current);
                }
            }
            else {
                failure = await applyStatementwise(conn, table, p, partialRow?.progress ?? null, partialRow?.progress_checksum ?? null, appliedBy, log);
                if (!failure)
                    await table.finishPartial(conn, m.version, clock() - started);
            }
            if (failure) {
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
            const durationMs = clock() - started;
            log(`applied ${m.up.file} in ${Math.round(durationMs)} ms`);
            applied.push({
                version: m.version,
                file: m.up.file,
                durationMs,
                statements: p.statements.length,
                transactional: p.transactional,
                resumedAt: partialRow?.progress ?? undefined,
            });
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
async function applyStatementwise(conn, table, p, progress, doneChecksum, appliedBy, log) {
    const m = p.migration;
    let start = 0;
    if (progress === null) {
        await table.startPartial(conn, { version: m.version, name: m.name, checksum: m.checksum, appliedBy });
    }
    else {
        if (doneChecksum !== null &&
            doneChecksum !== '' &&
            progressChecksum(p.statements, progress) !== doneChecksum) {
            throw new MigrationStateError(`${m.up.file}: an earlier run completed ${progress} statement(s) of this file outside a transaction, and those statements ` +
                'have been edited since. Only the statements after them may change.');
        }
        start = progress;
        log(`resuming ${m.up.file} after statement ${progress} of ${p.statements.length}`);
    }
    for (let i = start; i < p.statements.length; i++) {
        const s = p.statements[i];
        try {
            if (i === start && progress !== null && (await alreadyDone(conn, s))) {
                log(`${m.up.file}:${s.line}: the interrupted statement had completed; not running it again`);
            }
            else {
                await runStatement(conn, s);
            }
        }
        catch (err) {
            if (!(err instanceof errors/* SqlExecutionError */.TS))
                throw err;
            return failureOf(p, err, s, i);
        }
        await table.setProgress(conn, m.version, i + 1, progressChecksum(p.statements, i + 1), m.checksum);
    }
    return undefined;
}
/**
 * Repairs the statement an interrupted run was executing. A killed CREATE INDEX CONCURRENTLY
 * leaves an INVALID index that would make the retry fail (or, with IF NOT EXISTS, be silently
 * skipped): drop it and build again. If it had finished (valid), it is done.
 */
async function alreadyDone(conn, s) {
    if (s.kind === 'DropStmt' && s.ast?.concurrent && s.ast.removeType === 'OBJECT_INDEX') {
        // A DROP INDEX CONCURRENTLY that had finished: running it again would fail on the missing index.
        const names = (s.ast.objects ?? []).map((o) => (o.List?.items ?? []).map((i) => (0,sql/* quoteIdent */.v4)(i.String?.sval ?? '')).join('.'));
        const r = await conn.query('SELECT count(to_regclass(n))::int AS n FROM unnest($1::text[]) AS n', [names]);
        return names.length > 0 && r.rows[0].n === 0;
    }
    if (s.kind !== 'IndexStmt' || !s.ast?.concurrent || !s.ast.idxname)
        return false;
    const schema = s.ast.relation?.schemaname;
    const name = schema ? (0,sql/* qualified */.LX)(schema, s.ast.idxname) : (0,sql/* quoteIdent */.v4)(s.ast.idxname);
    const r = await conn.query('SELECT i.indisvalid AS valid FROM pg_index i WHERE i.indexrelid = to_regclass($1)', [name]);
    if (r.rows.length === 0)
        return false;
    if (r.rows[0].valid)
        return true;
    await conn.exec(`DROP INDEX CONCURRENTLY IF EXISTS ${name}`);
    return false;
}
/** Runs the down parts of the last `count` applied migrations, newest first. */
async function migrateDown(db, o) {
    await (0,sql/* loadSqlParser */.Ok)();
    const table = new RevisionTable(o.revisionsSchema);
    const serverVersion = await db.serverVersion();
    const clock = o.clock ?? (() => performance.now());
    return locked(db, o, async (conn) => {
        const rows = await table.read(conn);
        const state = migrationState(o.set, rows);
        if (state.partial.length > 0) {
            throw new MigrationStateError(`${state.partial[0].migration.up.file}: part-way applied; run \`schemagate migrate up\` to finish it before rolling back.`);
        }
        const targets = state.applied
            .filter((a) => !a.migration.repeatable)
            .reverse()
            .slice(0, o.count);
        if (targets.length < o.count && state.missing.length > 0) {
            throw new MigrationStateError(`cannot roll back ${o.count}: applied version ${state.missing[0].version} has no file in ${o.set.dir}`);
        }
        const noDown = targets.filter((t) => !t.migration.down);
        if (noDown.length > 0) {
            const why = o.set.format === 'atlas' || o.set.format === 'plain'
                ? ` (${o.set.format} migrations have no down part)`
                : '';
            throw new MigrationStateError(`cannot roll back: ${noDown.map((t) => t.migration.up.file).join(', ')} ${noDown.length === 1 ? 'has' : 'have'} no down part${why}. ` +
                'Nothing was rolled back. Write the reverse change as a new migration instead.');
        }
        const prepared = targets.map((t) => prepare(t.migration.down, t.migration, true, serverVersion));
        const rolledBack = [];
        for (const p of prepared) {
            const started = clock();
            const down = p.migration.down;
            let current;
            try {
                if (p.transactional)
                    await conn.exec('BEGIN');
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
                if (!(err instanceof errors/* SqlExecutionError */.TS) || !current)
                    throw err;
                const f = failureOf(p, err, current);
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
    return migrationState(set, rows.filter((r) => !gone.has(r.version))).currentVersion;
}
/** Reads the revision table without creating it or taking the lock. */
async function migrationStatus(db, o) {
    const table = new RevisionTable(o.revisionsSchema);
    return db.session(async (conn) => {
        const { rows, adopted } = await readRows(conn, table, o.set);
        return {
            format: o.set.format,
            state: migrationState(o.set, rows),
            tableExists: adopted === undefined && (await table.exists(conn)),
            adopted: adopted && { source: adopted.source, count: adopted.rows.length },
        };
    });
}
/** Marks every migration up to `version` as applied without running it (an existing database). */
async function baselineMigrations(db, o) {
    const target = findMigration(o.set, o.version);
    if (!target || target.repeatable) {
        throw new MigrationStateError(`baseline: no migration with version ${o.version} in ${o.set.dir}`);
    }
    const table = new RevisionTable(o.revisionsSchema);
    return locked(db, o, async (conn) => {
        await table.ensure(conn);
        const state = migrationState(o.set, await table.read(conn));
        const upTo = o.set.migrations.indexOf(target);
        const toMark = state.pending.filter((m) => !m.repeatable && o.set.migrations.indexOf(m) <= upTo);
        const partial = toMark.find((m) => state.partial.some((p) => p.migration === m));
        if (partial)
            throw new MigrationStateError(`baseline: ${partial.up.file} is part-way applied; finish it with \`schemagate migrate up\` first`);
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

/***/ 66769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ loadMigrationSet),
/* harmony export */   Oz: () => (/* binding */ readMigrationDir),
/* harmony export */   St: () => (/* binding */ runnerOptionsFor)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_config_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10102);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_migrations_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86800);
/** Reads a migration directory's top-level files (the formats never look into subdirectories). */





function readMigrationDir(dir, configFile = 'schemagate.yml') {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory()) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(configFile, 'migrations.dir', `migration directory not found: ${dir}`);
    }
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => e.name)
        .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
        .map((name) => ({ name, content: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name), 'utf8') }));
}
/** Reads the project's migration directory into a set, honouring input/flag overrides. */
function loadMigrationSet(project, overrides = {}) {
    const { config } = project;
    const format = overrides.format || config.migrations.format;
    if (!_core_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MIGRATION_FORMATS */ .sN.includes(format)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(project.configFile ?? 'schemagate.yml', 'migrations.format', `unknown format ${JSON.stringify(format)}; one of ${_core_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MIGRATION_FORMATS */ .sN.join(', ')}`);
    }
    const dir = project.path(overrides.dir || config.migrations.dir);
    const files = readMigrationDir(dir, project.configFile);
    return (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readMigrationSet */ .PJ)(files, format, project.display(dir));
}
function duration(value, file, key) {
    try {
        return (0,_core_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(value);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(file, key, `not a duration: ${JSON.stringify(value)} (e.g. 500ms, 10s, 2min)`);
    }
}
/** Runner settings from migrations.* in the config, with overrides from inputs or flags. */
function runnerOptionsFor(set, config, configFile, overrides = {}) {
    const m = config.migrations;
    const file = configFile ?? 'schemagate.yml';
    return {
        set,
        revisionsSchema: m.revisions_schema,
        lockTimeoutMs: duration(overrides.lockTimeout || m.lock_timeout, overrides.lockTimeout ? 'input' : file, overrides.lockTimeout ? 'lock-timeout' : 'migrations.lock_timeout'),
        statementTimeoutMs: duration(overrides.statementTimeout || m.statement_timeout, overrides.statementTimeout ? 'input' : file, overrides.statementTimeout ? 'statement-timeout' : 'migrations.statement_timeout'),
        advisoryLockTimeoutMs: duration(m.advisory_lock_timeout, file, 'migrations.advisory_lock_timeout'),
        allowOutOfOrder: m.allow_out_of_order,
    };
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
