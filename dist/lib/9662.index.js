export const id = 9662;
export const ids = [9662];
export const modules = {

/***/ 36740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration)
/* harmony export */ });
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


/***/ }),

/***/ 92946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* reexport safe */ _duration_js__WEBPACK_IMPORTED_MODULE_1__.E),
/* harmony export */   o4: () => (/* reexport safe */ _load_js__WEBPACK_IMPORTED_MODULE_2__.o),
/* harmony export */   sN: () => (/* reexport safe */ _schema_js__WEBPACK_IMPORTED_MODULE_3__.sN)
/* harmony export */ });
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3902);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36740);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9168);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47967);






/***/ }),

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

/***/ 90793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ defaultBranchBase),
/* harmony export */   CP: () => (/* binding */ gitIgnoredFiles),
/* harmony export */   IF: () => (/* binding */ gitChanges)
/* harmony export */ });
/* unused harmony export gitChangedFiles */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/**
 * Files a change adds, modifies, renames or deletes, read with git: between two commits (a pull
 * request's base and head, a merge group, a push, `--since REF`), or from a commit to the working
 * tree (the CLI, so an uncommitted new migration is part of the change). Paths come back relative
 * to `cwd`, and only those under it.
 */


const REF = /^[\w./~^@{}-]+$/;
function git(cwd, args) {
    return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
function checkRef(ref) {
    if (!REF.test(ref) || ref.startsWith('-'))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`not a usable git ref: ${JSON.stringify(ref)}`);
}
/**
 * Changes from `base` to `head`. With a head commit the diff is `base...head` (from their merge
 * base, as a pull request shows it); with `head: 'worktree'` it is from `base` to the working
 * tree, untracked files included. With `under`, only changes that touch that directory (relative to
 * cwd) are guaranteed to be listed.
 */
function gitChanges(cwd, base, head = 'HEAD', under) {
    checkRef(base);
    if (head !== 'worktree')
        checkRef(head);
    const range = head === 'worktree' ? [base] : [`${base}...${head}`];
    const diff = (paths) => git(cwd, ['diff', '--name-status', '-M', '--relative', ...range, '--', ...paths]);
    let out;
    let untracked = '';
    try {
        // `under` (a directory relative to cwd) narrows what git compares: in a large repository the
        // whole-tree diff and untracked scan cost more than the rest of a lint run. A file that leaves
        // the directory shows there as deleted; only then is the whole tree compared, to tell a rename
        // out of it (with its new path) from a deletion.
        const paths = under === undefined ? [] : [`:(top,literal)${under}`];
        out = diff(paths);
        if (paths.length && /^D\t/m.test(out))
            out = diff([]);
        if (head === 'worktree')
            untracked = git(cwd, ['ls-files', '--others', '--exclude-standard', '--', ...paths]);
    }
    catch (err) {
        const stderr = String(err.stderr ?? '').trim();
        // Outside a repository git diff prints its whole usage text: say what is wrong instead.
        if (/not a git repository/i.test(stderr))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`cannot list the files changed since ${base}: ${cwd} is not inside a git repository`);
        const first = stderr
            .split('\n')
            .find((l) => l.trim() && !/^usage:/i.test(l.trim()))
            ?.trim();
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`cannot list the files changed since ${base} with git (${first || 'git failed'}); fetch the base commit (actions/checkout with fetch-depth: 0) or give the action a github-token`);
    }
    const changes = [];
    for (const line of out.split('\n')) {
        if (!line.trim())
            continue;
        const [code, a, b] = line.split('\t');
        if (code.startsWith('R'))
            changes.push({ path: b, status: 'renamed', previous: a });
        else if (code === 'D')
            changes.push({ path: a, status: 'removed' });
        else if (code === 'A' || code.startsWith('C'))
            changes.push({ path: b ?? a, status: 'added' });
        else
            changes.push({ path: a, status: 'modified' });
    }
    for (const line of untracked.split('\n'))
        if (line.trim())
            changes.push({ path: line.trim(), status: 'added' });
    return changes;
}
/**
 * Files under `dir` that exist in the working tree but that git ignores (paths relative to
 * `cwd`). A change read from git never lists them, so the CLI adds them itself: a migration that
 * is on disk but invisible to git must not drop out of the judged set unnoticed.
 */
function gitIgnoredFiles(cwd, dir) {
    try {
        return git(cwd, ['ls-files', '--others', '--ignored', '--exclude-standard', '--', dir])
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean);
    }
    catch {
        return [];
    }
}
/** Kept for callers that only need the paths a change adds or modifies. */
function gitChangedFiles(cwd, baseRef) {
    return gitChanges(cwd, baseRef)
        .filter((c) => c.status !== 'removed')
        .map((c) => c.path);
}
/**
 * Inside a git work tree: the default branch (origin/HEAD, else origin/main, main, origin/master,
 * master) and its merge base with HEAD. Undefined outside git or when none of them exists.
 * Two git processes: one lists which of the candidate refs exist, one finds the merge base.
 */
function defaultBranchBase(cwd) {
    const CANDIDATES = ['origin/main', 'main', 'origin/master', 'master'];
    const full = (b) => (b.startsWith('origin/') ? `refs/remotes/${b}` : `refs/heads/${b}`);
    let listed;
    try {
        listed = git(cwd, [
            'for-each-ref',
            '--format=%(refname)%09%(symref)%09%(objecttype)',
            'refs/remotes/origin/HEAD',
            ...CANDIDATES.map(full),
        ]);
    }
    catch {
        return undefined; // not inside a git repository
    }
    // for-each-ref matches by prefix (refs/heads/main also lists refs/heads/main/x): exact names only.
    const refs = new Map(listed
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t'))
        .map(([name, symref, type]) => [name, { symref, type }]));
    const candidates = [];
    const originHead = refs.get('refs/remotes/origin/HEAD')?.symref;
    if (originHead)
        candidates.push(originHead.replace(/^refs\/remotes\//, ''));
    candidates.push(...CANDIDATES.filter((b) => refs.get(full(b))?.type === 'commit'));
    for (const branch of candidates) {
        try {
            const mergeBase = git(cwd, ['merge-base', branch, 'HEAD']).trim();
            if (mergeBase)
                return { branch, mergeBase };
        }
        catch {
            // not this one (no common history, or no HEAD yet)
        }
    }
    return undefined;
}


/***/ }),

/***/ 29662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveCliChange: () => (/* binding */ resolveCliChange)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_lint_changeSet_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25473);
/* harmony import */ var _core_migrations_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24652);
/* harmony import */ var _changedFiles_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90793);
/* harmony import */ var _migrationDir_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(66769);
/**
 * The change `schemagate lint` and `schemagate check` judge when no files are named, in this order:
 * `--since REF` (files changed since the merge base with REF, working tree included); `--url`
 * (the files not yet applied there); inside git, the files changed since the merge base with the
 * default branch; otherwise each file on its own with every earlier file applied.
 */







async function resolveCliChange(o) {
    const { project, dir, show } = o;
    const inDir = (abs) => {
        const r = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(dir, abs);
        return r !== '' && !r.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(r) && abs.endsWith('.sql');
    };
    const fromGit = (listed, cwd, what) => {
        const ignored = (0,_changedFiles_js__WEBPACK_IMPORTED_MODULE_5__/* .gitIgnoredFiles */ .CP)(cwd, dir).filter((p) => inDir((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, p)));
        const changes = [...listed, ...ignored.map((path) => ({ path, status: 'added' }))];
        const files = new Set();
        const edits = [];
        for (const c of changes) {
            const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, c.path);
            if (c.status === 'removed') {
                if (inDir(abs))
                    edits.push({ file: show(abs), how: 'removed' });
                continue;
            }
            if (c.status === 'renamed' && c.previous && inDir((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, c.previous)))
                edits.push({ file: show((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, c.previous)), how: 'renamed', to: show(abs) });
            if (!inDir(abs))
                continue;
            if (c.status === 'modified')
                edits.push({ file: show(abs), how: 'modified' });
            files.add(show(abs));
        }
        const note = ignored.length
            ? `; ${ignored.length} file(s) that git ignores are judged as added, since they are on disk but in no commit`
            : '';
        return {
            change: { kind: 'files', files, description: `${what}: ${describeFiles(files)}${note}` },
            edits,
        };
    };
    if (o.since) {
        const base = mergeBase(project.repoRoot, o.since);
        return fromGit((0,_changedFiles_js__WEBPACK_IMPORTED_MODULE_5__/* .gitChanges */ .IF)(project.repoRoot, base, 'worktree', underRepo(project.repoRoot, dir)), project.repoRoot, `the files changed since ${o.since} (merge base ${base.slice(0, 7)}, working tree included)`);
    }
    if (o.url && o.openDb) {
        const set = (0,_migrationDir_js__WEBPACK_IMPORTED_MODULE_6__/* .loadMigrationSet */ .B_)(project);
        const db = await o.openDb(o.url);
        let pending;
        try {
            const status = await (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_4__/* .migrationStatus */ .vd)(db, {
                set,
                revisionsSchema: project.config.migrations.revisions_schema,
            });
            pending = status.state.pending.map((m) => show((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, m.file)));
        }
        finally {
            await db.close();
        }
        const files = new Set(pending);
        return {
            change: {
                kind: 'files',
                files,
                description: `the files not yet applied to --url: ${describeFiles(files)}`,
            },
            edits: [],
        };
    }
    const base = (0,_changedFiles_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultBranchBase */ .$2)(project.repoRoot);
    if (base) {
        return fromGit((0,_changedFiles_js__WEBPACK_IMPORTED_MODULE_5__/* .gitChanges */ .IF)(project.repoRoot, base.mergeBase, 'worktree', underRepo(project.repoRoot, dir)), project.repoRoot, `the files changed since the merge base with ${base.branch} (${base.mergeBase.slice(0, 7)}, working tree included)`);
    }
    return {
        change: (0,_core_lint_changeSet_js__WEBPACK_IMPORTED_MODULE_3__/* .eachFile */ .ap)('not in a git repository with a default branch, and no --since or --url'),
        edits: [],
    };
}
/** The migrations directory relative to the repository root, for git to compare only that. */
function underRepo(repoRoot, dir) {
    const r = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(repoRoot, dir);
    return r === '' || r.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(r) ? undefined : r.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
function describeFiles(files) {
    const list = [...files];
    if (list.length === 0)
        return 'no migration files';
    const shown = list.length > 5 ? `${list.slice(0, 5).join(', ')} and ${list.length - 5} more` : list.join(', ');
    return `${list.length} migration file(s) (${shown})`;
}
function mergeBase(cwd, ref) {
    if (!/^[\w./~^@{}-]+$/.test(ref) || ref.startsWith('-'))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`--since: not a usable git ref: ${JSON.stringify(ref)}`);
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['merge-base', ref, 'HEAD'], {
            cwd,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'pipe'],
        }).trim();
    }
    catch (err) {
        const stderr = String(err.stderr ?? '').trim();
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`--since ${ref}: cannot find the merge base with HEAD (${stderr || 'git failed'})`);
    }
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
/* harmony import */ var _core_config_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92946);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_migrations_common_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57992);
/* harmony import */ var _core_migrations_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24652);
/* harmony import */ var _sqlFiles_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(62197);
/** Reads a migration directory's top-level files (the formats never look into subdirectories). */







/**
 * The directory's top-level files with their text. `*.sql` files and atlas.sum go through
 * readSqlText (NUL and invalid UTF-8 refused); a symlink to a file inside the repository is
 * followed; anything named `*.sql` that is not a readable regular file is an error naming it.
 */
function readMigrationDir(dir, configFile = 'schemagate.yml', label = dir, root = (0,_sqlFiles_js__WEBPACK_IMPORTED_MODULE_6__/* .repositoryRootOf */ .Ko)(dir)) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory()) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(configFile, 'migrations.dir', `migration directory not found: ${dir}`);
    }
    const show = (p) => (0,_core_migrations_common_js__WEBPACK_IMPORTED_MODULE_4__/* .joinPath */ .uJ)(label, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(dir, p));
    const out = [];
    const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
    for (const e of entries) {
        const claimed = e.name.endsWith('.sql') || e.name === _core_migrations_index_js__WEBPACK_IMPORTED_MODULE_5__/* .ATLAS_SUM */ .Si;
        const kind = (0,_sqlFiles_js__WEBPACK_IMPORTED_MODULE_6__/* .entryKind */ .FY)(dir, e, root, claimed, show);
        if (kind === 'directory' && claimed) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${show((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name))}: a directory named like a migration file; migrations are the files directly in ${label}`);
        }
        if (kind !== 'file')
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name);
        out.push({
            name: e.name,
            content: claimed ? (0,_sqlFiles_js__WEBPACK_IMPORTED_MODULE_6__/* .readSqlText */ .Yb)(path, show(path)) : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'),
        });
    }
    return out;
}
/** Reads the project's migration directory into a set, honouring input/flag overrides. */
function loadMigrationSet(project, overrides = {}) {
    const { config } = project;
    const format = overrides.format || config.migrations.format;
    if (!_core_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MIGRATION_FORMATS */ .sN.includes(format)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(project.configFile ?? 'schemagate.yml', 'migrations.format', `unknown format ${JSON.stringify(format)}; one of ${_core_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MIGRATION_FORMATS */ .sN.join(', ')}`);
    }
    const dir = project.path(overrides.dir || config.migrations.dir);
    const files = readMigrationDir(dir, project.configFile, project.display(dir), (0,_sqlFiles_js__WEBPACK_IMPORTED_MODULE_6__/* .repositoryRootOf */ .Ko)(dir, project.root));
    return (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_5__/* .readMigrationSet */ .PJ)(files, format, project.display(dir));
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


/***/ })

};
