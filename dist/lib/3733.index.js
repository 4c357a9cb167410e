export const id = 3733;
export const ids = [3733];
export const modules = {

/***/ 9168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ parseConfig)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47967);



/** Parses and validates the text of a schemagate.yml. `file` is only used in messages. */
function parseConfig(text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const at = lineCounter.linePos(e.pos[0]);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(file, '', `invalid YAML: ${e.message.split('\n')[0]}`, at?.line, at?.col);
    }
    const raw = doc.toJS() ?? {};
    if (typeof raw !== 'object' || Array.isArray(raw)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(file, '', 'the file must be a mapping of keys (see docs/config.md)', 1, 1);
    }
    const parsed = _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .configSchema */ .Qn.safeParse(raw);
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
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(parent))
            node = parent.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && p.key.value === key)?.key;
    }
    // A default-filled key has no node in the file: point at the nearest ancestor that does.
    while (!hasRange(node) && path.length > 0) {
        path.pop();
        node = doc.getIn(path, true);
    }
    const range = hasRange(node) ? node.range : undefined;
    const at = range ? lineCounter.linePos(range[0]) : undefined;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(file, keyPath, detail, at?.line, at?.col);
}
function hasRange(n) {
    return typeof n === 'object' && n !== null && Array.isArray(n.range);
}
function allowedKeys(path) {
    let s = _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .configSchema */ .Qn;
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


/***/ }),

/***/ 71320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ RISK_LEVELS)
/* harmony export */ });
/**
 * The risk levels, apart from the zod schema of schemagate.yml: the linter uses them on every run,
 * and loading zod costs ~20 ms of a lint's start-up that a project without a config file need not pay.
 */
const RISK_LEVELS = ['none', 'low', 'medium', 'high', 'critical'];


/***/ }),

/***/ 47967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qn: () => (/* binding */ configSchema),
/* harmony export */   sN: () => (/* binding */ MIGRATION_FORMATS)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88532);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12311);
/* harmony import */ var _riskLevels_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71320);
/**
 * The schema of schemagate.yml. Every key has a default; unknown keys are rejected. The same
 * schema is published as JSON Schema (schemagate.schema.json) so editors can complete the file.
 */


// zod compiles a fast path for each object schema (new Function) on its first parse; the config
// is parsed once per process, so the compile costs more than it saves (lint of one file: ~3 ms).
zod__WEBPACK_IMPORTED_MODULE_0__/* .config */ .$W({ jitless: true });

const MIGRATION_FORMATS = ['auto', 'atlas', 'golang-migrate', 'dbmate', 'flyway', 'plain'];
const duration = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^\d+(ms|s|min|m|h|d)?$/, 'a duration such as 500ms, 5s, 2min, 1h, 7d'),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0),
])
    .describe('A duration: a number of milliseconds or a string such as 5s, 2min, 1h, 7d.');
const regexString = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().superRefine((s, ctx) => {
    try {
        new RegExp(s);
    }
    catch (err) {
        ctx.addIssue({
            code: 'custom',
            message: `invalid regular expression ${JSON.stringify(s)}: ${err.message}`,
        });
    }
});
const principals = zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^@?[A-Za-z0-9-]+(\/[A-Za-z0-9_.-]+)?$/, 'a GitHub login or an org/team slug'))
    .default([])
    .describe('GitHub logins (user) or team slugs (org/team) whose approval counts.');
/** One group of governance.approvers: a team, a list of users, or the code owners of the changed files. */
const approverGroup = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        team: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
            .regex(/^@?[A-Za-z0-9-]+\/[A-Za-z0-9_.-]+$/, 'an org/team slug such as acme/data-platform'),
    }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        users: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^@?[A-Za-z0-9][A-Za-z0-9-]*$/, 'a GitHub login'))
            .min(1, 'at least one login'),
    }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ owners: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(true) }),
])
    .describe('{team: org/slug}, {users: [login, ...]} or {owners: true} (CODEOWNERS of the changed schema and migration files; lint.owners overrides).');
const approvalRule = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    count: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).default(1).describe('How many approvals are needed.'),
    from: principals,
    distinct_teams: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
        .default(false)
        .describe('Dual approval: each approval must come from a different entry of `from`.'),
});
const migrations = zod__WEBPACK_IMPORTED_MODULE_1__/* .preprocess */ .vkY((v) => (typeof v === 'string' ? { dir: v } : v), zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    dir: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).default('db/migrations').describe('Directory of versioned migrations.'),
    format: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(MIGRATION_FORMATS).default('auto'),
    revisions_schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .default('public')
        .describe('Schema of the schemagate_revisions table.'),
    allow_out_of_order: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false),
    lock_timeout: duration.default('10s').describe('lock_timeout set for every migration statement.'),
    statement_timeout: duration
        .default(0)
        .describe('statement_timeout for every migration statement (0 = none).'),
    advisory_lock_timeout: duration.default('60s').describe('How long a second run waits for the first.'),
    require_down: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
        .default(false)
        .describe('Every new migration needs a down part (lint finding otherwise; exempt with `-- schemagate:no-down <reason>`), and its round trip is verified.'),
    verify_down: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
        .default(false)
        .describe('Verify the round trip (up, down, up) of each new migration on the pull request database.'),
})
    .prefault({}));
const configSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().describe('Directory of declarative *.sql files: the desired state.'),
    migrations,
    dev_url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('A disposable database to normalise the declared schema (default: embedded PGlite).'),
    mode: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['canary', 'strict']).default('canary'),
    ignore: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        publications: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
            .default(false)
            .describe('Leave publications out of every comparison (diff, new, inspect, drift, check): e.g. replication set up outside the declared schema.'),
        default_privileges: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
            .default(false)
            .describe('Leave default privileges (ALTER DEFAULT PRIVILEGES) out of every comparison.'),
    })
        .prefault({})
        .describe('Object kinds that are never read, compared or planned.'),
    drift: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        ignore_tables: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(regexString).default([]),
        critical_tables: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).default([]),
        schemas: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).default([]),
        baseline: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
        bypass_label: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).default('schemagate:emergency-bypass'),
        metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().describe('Path of a Prometheus text file to write.'),
        pairs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
            .regex(/^(declared|replayed|live|baseline):(declared|replayed|live|baseline)$/, 'a pair such as replayed:live'))
            .default([])
            .describe('Pairs of states to compare (reference:checked); empty: declared:replayed, replayed:live with a URL, baseline:live (or baseline:replayed).'),
        strict_blocks: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['breaking', 'any'])
            .default('breaking')
            .describe('What strict mode blocks: breaking differences only (default), or any difference.'),
        new_table_notify: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^@?[A-Za-z0-9][A-Za-z0-9-]*(\/[A-Za-z0-9._-]+)?$/, 'a login or org/team'))
            .default([])
            .describe('Users or org/teams mentioned in the comment when a new table appears (e.g. the DBA).'),
    })
        .prefault({}),
    lint: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        rules: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n([..._riskLevels_js__WEBPACK_IMPORTED_MODULE_2__/* .RISK_LEVELS */ .W, 'off'])).default({}),
        approvals: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            low: approvalRule.prefault({ count: 0 }),
            medium: approvalRule.prefault({ count: 1 }),
            high: approvalRule.prefault({ count: 1 }),
            critical: approvalRule.prefault({ count: 1 }),
        })
            .prefault({}),
        owners: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(regexString, principals)
            .default({})
            .describe('Table name pattern -> owners whose sign-off critical changes need.'),
        pg_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
            .int()
            .min(10)
            .max(19)
            .default(15)
            .describe('Major version of the production server.'),
        large_table_rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).default(1_000_000),
        enforce: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
            .default(true)
            .describe('true (default): a finding that needs approval fails the gate until approved, in every mode. false: report-only rollout; statuses and comments say "not enforced".'),
        assume_in_transaction: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
            .default(false)
            .describe('The tool that applies migrations wraps each file in a transaction: lint as if every transactional file were inside BEGIN ... COMMIT.'),
    })
        .prefault({}),
    neon: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        project_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
        parent_branch: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
        branch_name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).default('preview/pr-{number}'),
        expires_in: duration.default('7d'),
        database: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).default('neondb'),
        role: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).default('neondb_owner'),
    })
        .prefault({}),
    audit: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ log: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional() }).prefault({}),
    governance: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        canary_window: duration
            .default('48h')
            .describe('How long the config must have been in canary before a promotion to strict: measured from the commit that set canary and from the first canary run in the validation history, whichever is later.'),
        approvers: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(approverGroup)
            .default([])
            .describe('Groups that must each approve a promotion to strict (one approval from each group, by different people); empty: two approvals from distinct reviewers.'),
        history_url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
            .min(1)
            .optional()
            .describe('Database of the validation history (schemagate_validations): $NAME reads the URL from that environment variable; default: the live database the drift check reads.'),
    })
        .prefault({}),
    metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        prefix: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
            .regex(/^[a-zA-Z_:][a-zA-Z0-9_:]*$/, 'a Prometheus metric name prefix such as seamless')
            .default('schemagate')
            .describe('First word of every metric name (e.g. seamless_schema_validation_failures_total).'),
    })
        .prefault({}),
    release: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        restore_point: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['auto', 'true', 'false'])
            .default('auto')
            .describe('Create a Neon restore point before migrating production: auto = on push to the default branch when Neon is configured.'),
        restore_point_expires_in: duration
            .default('7d')
            .describe('Lifetime of a restore point branch (at most 30 days; 0 = no expiry).'),
        production_branch: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
            .min(1)
            .optional()
            .describe("Neon branch (name or id) of production; default: the project's default branch."),
        events_table: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
            .min(1)
            .default('schemagate_release_events')
            .describe('Table (in migrations.revisions_schema) where rollbacks and failed releases are recorded for DORA figures.'),
    })
        .prefault({}),
})
    .describe('schemagate.yml: configuration of the schemagate suite and CLI.');


/***/ }),

/***/ 53733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  configReaders: () => (/* binding */ configReaders)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/config/load.ts
var load = __webpack_require__(9168);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/config/schema.ts
var schema = __webpack_require__(47967);
;// CONCATENATED MODULE: ./src/core/config/atlasHcl.ts
/**
 * Zero config for Atlas projects: when a repository has no schemagate.yml but has an atlas.hcl,
 * read the chosen `env` block (`src`, `dev`, `migration { dir, format }`) into a schemagate
 * config. Everything else in the file is reported, never guessed.
 *
 * A small parser for the subset of HCL that atlas.hcl env blocks use: blocks with string labels,
 * attributes, strings, numbers, booleans, bare words, lists, and calls/references (kept as text,
 * evaluated never). No npm HCL parser fits: hcl2-parser is a 2020 GopherJS build that is no
 * longer maintained, and @cdktf/hcl2json ships a Go WASM of several MB from a project HashiCorp
 * has sunset. Pure: no file system, no process.env.
 */


function tokenize(text, file) {
    const out = [];
    let i = 0;
    let line = 1;
    let col = 1;
    const fail = (msg) => {
        throw new errors/* ConfigError */.xL(file, '', msg, line, col);
    };
    const advance = (n) => {
        for (let k = 0; k < n; k++) {
            if (text[i] === '\n') {
                line++;
                col = 1;
            }
            else
                col++;
            i++;
        }
    };
    while (i < text.length) {
        const c = text[i];
        if (c === '\n') {
            out.push({ type: 'eol', value: '\n', line, col });
            advance(1);
        }
        else if (c === ' ' || c === '\t' || c === '\r')
            advance(1);
        else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
            while (i < text.length && text[i] !== '\n')
                advance(1);
        }
        else if (c === '/' && text[i + 1] === '*') {
            const end = text.indexOf('*/', i + 2);
            if (end < 0)
                fail('unterminated /* comment');
            advance(end + 2 - i);
        }
        else if (c === '"') {
            const start = { line, col };
            let value = '';
            advance(1);
            while (i < text.length && text[i] !== '"') {
                if (text[i] === '\n')
                    fail('unterminated string');
                if (text[i] === '\\') {
                    const e = text[i + 1];
                    value += e === 'n' ? '\n' : e === 't' ? '\t' : e;
                    advance(2);
                }
                else {
                    value += text[i];
                    advance(1);
                }
            }
            if (i >= text.length)
                fail('unterminated string');
            advance(1);
            out.push({ type: 'string', value, ...start });
        }
        else if (c === '<' && text.startsWith('<<', i)) {
            fail('heredoc strings are not supported in atlas.hcl by schemagate: use a quoted string');
        }
        else if (/[A-Za-z_]/.test(c)) {
            const m = /^[A-Za-z_][\w-]*/.exec(text.slice(i))[0];
            out.push({ type: 'ident', value: m, line, col });
            advance(m.length);
        }
        else if (/[0-9]/.test(c)) {
            const m = /^\d+(\.\d+)?/.exec(text.slice(i))[0];
            out.push({ type: 'number', value: m, line, col });
            advance(m.length);
        }
        else if ('{}[]()=,.:'.includes(c)) {
            out.push({ type: 'punct', value: c, line, col });
            advance(1);
        }
        else
            fail(`unexpected character ${JSON.stringify(c)}`);
    }
    out.push({ type: 'eof', value: '', line, col });
    return out;
}
class Parser {
    tokens;
    file;
    p = 0;
    constructor(tokens, file) {
        this.tokens = tokens;
        this.file = file;
    }
    peek() {
        return this.tokens[this.p];
    }
    next() {
        return this.tokens[this.p++];
    }
    skipEol() {
        while (this.peek().type === 'eol')
            this.p++;
    }
    fail(t, msg) {
        throw new errors/* ConfigError */.xL(this.file, '', msg, t.line, t.col);
    }
    body(closing) {
        const items = [];
        for (;;) {
            this.skipEol();
            const t = this.peek();
            if (t.type === 'eof') {
                if (closing)
                    this.fail(t, 'missing } at the end of the file');
                return items;
            }
            if (t.type === 'punct' && t.value === '}') {
                if (!closing)
                    this.fail(t, 'unexpected }');
                this.p++;
                return items;
            }
            if (t.type !== 'ident')
                this.fail(t, `expected an attribute or a block, got ${JSON.stringify(t.value)}`);
            this.p++;
            const after = this.peek();
            if (after.type === 'punct' && after.value === '=') {
                this.p++;
                items.push({ kind: 'attribute', name: t.value, value: this.expr(), line: t.line, col: t.col });
                continue;
            }
            const labels = [];
            while (this.peek().type === 'string' || this.peek().type === 'ident')
                labels.push(this.next().value);
            const open = this.next();
            if (open.type !== 'punct' || open.value !== '{')
                this.fail(open, `expected = or { after ${t.value}`);
            items.push({ kind: 'block', type: t.value, labels, body: this.body(true), line: t.line, col: t.col });
        }
    }
    expr() {
        const t = this.next();
        const at = { line: t.line, col: t.col };
        if (t.type === 'string')
            return { kind: 'string', value: t.value, ...at };
        if (t.type === 'number')
            return { kind: 'number', value: t.value, ...at };
        if (t.type === 'punct' && t.value === '[') {
            const items = [];
            for (;;) {
                this.skipEol();
                if (this.peek().type === 'punct' && this.peek().value === ']') {
                    this.p++;
                    return { kind: 'list', items, ...at };
                }
                items.push(this.expr());
                this.skipEol();
                if (this.peek().type === 'punct' && this.peek().value === ',')
                    this.p++;
            }
        }
        if (t.type === 'ident') {
            // A reference (var.x, data.y.z.url) or a call (getenv("X")): kept as text, never evaluated.
            let text = t.value;
            while (this.peek().type === 'punct' && this.peek().value === '.') {
                this.p++;
                text += `.${this.next().value}`;
            }
            if (this.peek().type === 'punct' && this.peek().value === '(') {
                let depth = 0;
                do {
                    const u = this.next();
                    if (u.type === 'eof')
                        this.fail(u, 'unterminated call');
                    if (u.value === '(')
                        depth++;
                    if (u.value === ')')
                        depth--;
                    text += u.type === 'string' ? JSON.stringify(u.value) : u.value;
                } while (depth > 0);
                return { kind: 'expression', text, ...at };
            }
            if (text === 'true' || text === 'false')
                return { kind: 'bool', value: text, ...at };
            return text.includes('.') ? { kind: 'expression', text, ...at } : { kind: 'word', value: text, ...at };
        }
        return this.fail(t, `unsupported expression starting with ${JSON.stringify(t.value)}`);
    }
}
const FORMATS = {
    atlas: 'atlas',
    'golang-migrate': 'golang-migrate',
    dbmate: 'dbmate',
    flyway: 'flyway',
};
/** `file://path` → path; anything else is not a local path. */
function localPath(e) {
    if (e.kind !== 'string' || !e.value.startsWith('file://'))
        return undefined;
    return e.value.slice('file://'.length).replace(/^\.\//, '') || '.';
}
const show = (e) => e.kind === 'expression'
    ? e.text
    : e.kind === 'list'
        ? `[${e.items.map(show).join(', ')}]`
        : e.kind === 'string'
            ? JSON.stringify(e.value)
            : e.value;
/**
 * Reads `envName` (or `ci`, or the only env) of an atlas.hcl into a config. Unknown constructs
 * are notes; a value schemagate needs but cannot read (a reference, an unsupported format) is a
 * ConfigError naming atlas.hcl:line:col.
 */
function atlasHclConfig(text, file, envName) {
    const items = new Parser(tokenize(text, file), file).body(false);
    const notes = [];
    const envs = items.filter((b) => b.kind === 'block' && b.type === 'env');
    for (const item of items) {
        if (item.kind === 'block' && item.type === 'env')
            continue;
        const what = item.kind === 'block'
            ? `${item.type}${item.labels.map((l) => ` "${l}"`).join('')} block`
            : `attribute ${item.name}`;
        notes.push(`${file}:${item.line}:${item.col}: ${what} is not read by schemagate`);
    }
    const names = envs.map((e) => e.labels[0] ?? '');
    let env;
    if (envName) {
        env = envs.find((e) => e.labels[0] === envName);
        if (!env)
            throw new errors/* ConfigError */.xL(file, `env "${envName}"`, `no such env; the file has ${names.map((n) => `"${n}"`).join(', ') || 'none'}`);
    }
    else {
        env = envs.find((e) => e.labels[0] === 'ci') ?? (envs.length === 1 ? envs[0] : undefined);
        if (!env)
            throw new errors/* ConfigError */.xL(file, '', envs.length === 0
                ? 'no env block to read'
                : `several env blocks (${names.map((n) => `"${n}"`).join(', ')}) and none named "ci": name the one to use (input atlas-env, or --atlas-env)`);
    }
    const name = env.labels[0] ?? '';
    const key = (k) => `env "${name}".${k}`;
    const raw = {};
    const migrations = {};
    const need = (e, k, why) => {
        throw new errors/* ConfigError */.xL(file, key(k), `${show(e)}: ${why}`, e.line, e.col);
    };
    for (const item of env.body) {
        if (item.kind === 'attribute' && item.name === 'src') {
            const paths = (item.value.kind === 'list' ? item.value.items : [item.value]).map((e) => localPath(e) ?? need(e, 'src', 'only a file:// path can be read (put the schema in .sql files)'));
            if (paths.length !== 1)
                need(item.value, 'src', 'schemagate reads one schema directory or file');
            raw.schema = paths[0];
        }
        else if (item.kind === 'attribute' && item.name === 'dev') {
            if (item.value.kind === 'string' && /^postgres(ql)?:\/\//.test(item.value.value))
                raw.dev_url = item.value.value;
            else
                notes.push(`${file}:${item.line}:${item.col}: ${key('dev')} = ${show(item.value)} is not a postgres:// URL; the embedded database is used`);
        }
        else if (item.kind === 'attribute' && item.name === 'url') {
            notes.push(`${file}:${item.line}:${item.col}: ${key('url')} is the target database: give it to schemagate as database-url (a secret), not in a file`);
        }
        else if (item.kind === 'block' && item.type === 'migration') {
            for (const m of item.body) {
                if (m.kind === 'attribute' && m.name === 'dir') {
                    migrations.dir =
                        localPath(m.value) ?? need(m.value, 'migration.dir', 'only a file:// directory can be read');
                }
                else if (m.kind === 'attribute' && m.name === 'format') {
                    const f = m.value.kind === 'word' || m.value.kind === 'string' ? m.value.value : '';
                    migrations.format =
                        FORMATS[f] ??
                            need(m.value, 'migration.format', `not a format schemagate reads (atlas, golang-migrate, dbmate, flyway)`);
                }
                else {
                    const what = m.kind === 'attribute' ? m.name : `${m.type} block`;
                    notes.push(`${file}:${m.line}:${m.col}: ${key(`migration.${what}`)} is not read by schemagate`);
                }
            }
        }
        else {
            const what = item.kind === 'attribute' ? item.name : `${item.type} block`;
            notes.push(`${file}:${item.line}:${item.col}: ${key(what)} is not read by schemagate`);
        }
    }
    // Atlas's own default format is atlas.
    if (Object.keys(migrations).length > 0)
        raw.migrations = { format: 'atlas', ...migrations };
    const parsed = schema/* configSchema */.Qn.safeParse(raw);
    if (!parsed.success)
        throw new errors/* ConfigError */.xL(file, key(''), parsed.error.issues[0].message);
    return { config: parsed.data, env: name, notes };
}

;// CONCATENATED MODULE: ./src/runtime/atlasHclProject.ts
/** Zero config for Atlas projects: reads <root>/atlas.hcl when there is no schemagate.yml. */



function readAtlasHcl(root, env) {
    const file = (0,external_node_path_.join)(root, 'atlas.hcl');
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    return atlasHclConfig((0,external_node_fs_.readFileSync)(file, 'utf8'), 'atlas.hcl', env);
}

;// CONCATENATED MODULE: ./src/runtime/projectConfig.ts
/**
 * The config readers of loadProject (projectCore.ts): schemagate.yml through YAML and the zod schema,
 * atlas.hcl. A module of their own so that only projects with a config file load them.
 */



const configReaders = { parseConfig: load/* parseConfig */.o, keysSetIn, readAtlasHcl: readAtlasHcl };
/** Which path keys the file itself sets (not filled in by a default). */
function keysSetIn(text) {
    const out = new Set();
    let raw;
    try {
        raw = (0,dist/* parse */.qg)(text);
    }
    catch {
        return out;
    }
    if (typeof raw?.migrations === 'string' || raw?.migrations?.dir !== undefined)
        out.add('migrations.dir');
    return out;
}


/***/ })

};
