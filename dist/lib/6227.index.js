export const id = 6227;
export const ids = [6227];
export const modules = {

/***/ 36227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  doraCommand: () => (/* binding */ doraCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/core/config/index.ts
var core_config = __webpack_require__(92946);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/migrations/revisionTable.ts
var revisionTable = __webpack_require__(8222);
// EXTERNAL MODULE: ./node_modules/prom-client/index.js
var prom_client = __webpack_require__(95222);
;// CONCATENATED MODULE: ./src/core/release/dora.ts
/**
 * The four DORA figures for database changes, from the revision table (when each migration was
 * applied), git (when each migration was first committed) and the recorded release events
 * (rollbacks, restores, failures):
 * - deployment frequency: migrate runs that applied something, per day of the window (applies
 *   less than RUN_GAP apart are one run);
 * - lead time for changes: median of applied time − first commit time, per migration;
 * - change failure rate: runs followed by a rollback, restore or recorded failure before the
 *   next run, over all runs;
 * - time to restore: median of the event time − the start of the run it undid.
 */

const RUN_GAP_MS = 10 * 60_000;
function median(xs) {
    if (xs.length === 0)
        return null;
    const s = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
function doraFigures(input) {
    const end = input.now.getTime();
    const start = end - input.windowMs;
    const inWindow = (t) => t >= start && t <= end;
    const applies = input.applies
        .map((a) => ({ ...a, t: Date.parse(a.appliedAt) }))
        .filter((a) => Number.isFinite(a.t) && inWindow(a.t))
        .sort((a, b) => a.t - b.t);
    const events = input.events
        .map((e) => ({
        ...e,
        t: Date.parse(e.at ?? ''),
        d: e.deployedAt ? Date.parse(e.deployedAt) : Number.NaN,
    }))
        .filter((e) => Number.isFinite(e.t) && inWindow(e.t))
        .sort((a, b) => a.t - b.t);
    // Runs: applies close together, plus runs known only from an event (their rows were rolled back).
    const starts = [];
    for (const a of applies)
        if (starts.length === 0 || a.t - (starts.at(-1) ?? 0) > RUN_GAP_MS)
            starts.push(a.t);
    for (const e of events)
        if (Number.isFinite(e.d) && inWindow(e.d) && !starts.some((s) => Math.abs(s - e.d) <= RUN_GAP_MS))
            starts.push(e.d);
    starts.sort((a, b) => a - b);
    const failed = new Map();
    for (const e of events) {
        const run = Number.isFinite(e.d)
            ? starts.find((s) => Math.abs(s - e.d) <= RUN_GAP_MS)
            : [...starts].reverse().find((s) => s <= e.t);
        if (run !== undefined && !failed.has(run))
            failed.set(run, e.t - run);
    }
    const leads = applies
        .map((a) => a.t - Date.parse(input.commitTimes.get(a.version) ?? ''))
        .filter((x) => Number.isFinite(x) && x >= 0);
    const days = input.windowMs / 86_400_000;
    const lead = median(leads);
    const restore = median([...failed.values()]);
    return {
        windowDays: days,
        deployments: starts.length,
        deploymentsPerDay: days > 0 ? starts.length / days : 0,
        leadTimeSeconds: lead === null ? null : lead / 1000,
        leadTimeSamples: leads.length,
        failures: failed.size,
        changeFailureRate: starts.length > 0 ? failed.size / starts.length : null,
        timeToRestoreSeconds: restore === null ? null : restore / 1000,
    };
}
const fmtDuration = (s) => {
    if (s === null)
        return 'n/a';
    // Round first: 3,599.6 s is "1.0 h", not "60 min".
    if (Math.round(s / 60) < 60)
        return `${Math.round(s / 60)} min`;
    if (s < 172_800)
        return `${(s / 3600).toFixed(1)} h`;
    return `${(s / 86_400).toFixed(1)} d`;
};
function doraText(f, window) {
    return [
        `DORA figures for database changes, last ${window}:`,
        `  deployment frequency:  ${f.deployments} deployment(s), ${f.deploymentsPerDay.toFixed(2)} per day`,
        `  lead time for changes: ${fmtDuration(f.leadTimeSeconds)} (median of ${f.leadTimeSamples} migration(s), commit to applied)`,
        `  change failure rate:   ${f.changeFailureRate === null ? 'n/a' : `${(f.changeFailureRate * 100).toFixed(1)} %`} (${f.failures} of ${f.deployments} deployment(s) rolled back, restored or failed)`,
        `  time to restore:       ${fmtDuration(f.timeToRestoreSeconds)} (median)`,
    ];
}
/** Prometheus text; figures that cannot be computed (no samples) are left out rather than zero. */
async function doraMetrics(f, window) {
    const registry = new prom_client.Registry();
    const gauge = (name, help, value) => {
        const g = new prom_client.Gauge({ name, help, labelNames: ['window'], registers: [registry] });
        if (value !== null)
            g.set({ window }, value);
    };
    gauge('schemagate_dora_deployments', 'Migrate runs that applied migrations in the window.', f.deployments);
    gauge('schemagate_dora_deployment_frequency_per_day', 'Deployments of schema changes per day.', f.deploymentsPerDay);
    gauge('schemagate_dora_lead_time_seconds', 'Median time from the first commit of a migration to its application.', f.leadTimeSeconds);
    gauge('schemagate_dora_failed_deployments', 'Deployments rolled back, restored or recorded as failed.', f.failures);
    gauge('schemagate_dora_change_failure_rate', 'Failed deployments over all deployments (0 to 1).', f.changeFailureRate);
    gauge('schemagate_dora_time_to_restore_seconds', 'Median time from a failed deployment to its rollback or restore.', f.timeToRestoreSeconds);
    return registry.metrics();
}

// EXTERNAL MODULE: ./src/core/release/events.ts
var release_events = __webpack_require__(86640);
// EXTERNAL MODULE: ./src/db/index.ts
var src_db = __webpack_require__(61370);
// EXTERNAL MODULE: ./src/runtime/migrationDir.ts
var migrationDir = __webpack_require__(66769);
// EXTERNAL MODULE: ./src/runtime/project.ts
var runtime_project = __webpack_require__(413);
// EXTERNAL MODULE: ./src/runtime/releaseGit.ts
var releaseGit = __webpack_require__(84573);
;// CONCATENATED MODULE: ./src/cli/commands/dora.ts












const USAGE = `schemagate dora --url <url> [--since 30d] [--metrics <file>] [--config <file>]

The four DORA figures for database changes over the window (--since, default 30d): deployment
frequency and change failure rate from the revision table and the rollbacks and restores that
\`schemagate rollback\` recorded (release.events_table), lead time from the first git commit of each
migration to its application, and time to restore. Prints them and writes Prometheus text to
--metrics (default schemagate-dora.prom). The database is --url or DATABASE_URL.
Exit codes: 0 ok, 2 bad input.`;
const doraCommand = {
    name: 'dora',
    summary: 'DORA figures (deployment frequency, lead time, change failure rate, time to restore) as text and Prometheus',
    usage: USAGE,
    async run(args, io) {
        const { values } = (0,external_node_util_.parseArgs)({
            args,
            options: {
                url: { type: 'string' },
                since: { type: 'string', default: '30d' },
                metrics: { type: 'string', default: 'schemagate-dora.prom' },
                config: { type: 'string', short: 'c' },
            },
        });
        const window = values.since ?? '30d';
        let windowMs;
        try {
            windowMs = (0,core_config/* parseDuration */.E9)(window);
        }
        catch {
            throw new errors/* InputError */.dz(`--since must be a duration such as 30d or 12h, got ${JSON.stringify(window)}`);
        }
        if (windowMs <= 0)
            throw new errors/* InputError */.dz('--since must be longer than 0');
        const url = values.url || io.env.DATABASE_URL;
        if (!url)
            throw new errors/* ConfigError */.xL('--url', '', 'no database: pass --url <postgres://...> or set DATABASE_URL');
        const project = (0,runtime_project/* loadProject */.gi)({ root: io.cwd, config: values.config, env: io.env });
        const { config } = project;
        const set = (0,migrationDir/* loadMigrationSet */.B_)(project);
        const byFile = new Map(set.migrations.map((m) => [m.file, m.version]));
        const commits = await (0,releaseGit/* firstCommitTimes */.Eo)(io.cwd, await (0,releaseGit/* repoPath */.qN)(io.cwd, config.migrations.dir));
        const commitTimes = new Map();
        for (const [file, at] of commits) {
            const version = byFile.get(file);
            if (version)
                commitTimes.set(version, at);
        }
        const db = await (0,src_db/* openDb */.bI)(url, 'schemagate dora');
        let rows;
        let events;
        try {
            [rows, events] = await db.session(async (c) => [
                await new revisionTable/* RevisionTable */.E(config.migrations.revisions_schema).read(c),
                await new release_events/* ReleaseEvents */.r(config.migrations.revisions_schema, config.release.events_table).read(c),
            ]);
        }
        finally {
            await db.close();
        }
        const figures = doraFigures({
            applies: rows
                .filter((r) => r.operation === 'apply')
                .map((r) => ({ version: r.version, appliedAt: isoTime(r.applied_at) })),
            commitTimes,
            events,
            now: new Date(),
            windowMs,
        });
        for (const line of doraText(figures, window))
            io.out(line);
        const path = project.path(values.metrics ?? 'schemagate-dora.prom');
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
        (0,external_node_fs_.writeFileSync)(path, await doraMetrics(figures, window));
        io.out(`metrics: ${values.metrics}`);
        return 0;
    },
};
/** PostgreSQL's timestamptz text (`2026-01-02 03:04:05.678+00`) as ISO 8601 for Date.parse. */
function isoTime(text) {
    return text.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00');
}


/***/ }),

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

/***/ 86640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ ReleaseEvents)
/* harmony export */ });
/* harmony import */ var _sql_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79585);

class ReleaseEvents {
    table;
    constructor(schema, name) {
        this.table = (0,_sql_index_js__WEBPACK_IMPORTED_MODULE_0__/* .qualified */ .LX)(schema, name);
    }
    async ensure(conn) {
        await conn.exec(`CREATE TABLE IF NOT EXISTS ${this.table} (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  kind text NOT NULL CHECK (kind IN ('rollback', 'restore', 'failure')),
  version text NOT NULL DEFAULT '',
  detail text NOT NULL DEFAULT '',
  deployed_at timestamptz
)`);
    }
    async record(conn, e) {
        await this.ensure(conn);
        await conn.query(`INSERT INTO ${this.table} (at, kind, version, detail, deployed_at) VALUES (coalesce($1::timestamptz, now()), $2, $3, $4, $5::timestamptz)`, [e.at ?? null, e.kind, e.version, e.detail, e.deployedAt ?? null]);
    }
    async read(conn) {
        const exists = await conn.query('SELECT to_regclass($1)::text AS t', [this.table]);
        if (exists.rows[0]?.t == null)
            return [];
        const iso = (c) => `to_char(${c} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
        const r = await conn.query(`SELECT kind, version, detail, ${iso('at')} AS at, ${iso('deployed_at')} AS "deployedAt" FROM ${this.table} ORDER BY at, id`);
        return r.rows;
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


/***/ }),

/***/ 413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gi: () => (/* binding */ loadProject)
/* harmony export */ });
/* harmony import */ var _projectConfig_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53733);
/* harmony import */ var _projectCore_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61746);
/**
 * loadProject: the project (config, paths, repository root) every command and stage starts from.
 * The logic is in projectCore.ts; this module adds the config readers, loaded up front.
 */



function loadProject(options) {
    return (0,_projectCore_js__WEBPACK_IMPORTED_MODULE_1__/* .loadProjectWith */ .ce)(options, _projectConfig_js__WEBPACK_IMPORTED_MODULE_0__.configReaders);
}


/***/ }),

/***/ 84573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eo: () => (/* binding */ firstCommitTimes),
/* harmony export */   K6: () => (/* binding */ addedFiles),
/* harmony export */   Tl: () => (/* binding */ filesAt),
/* harmony export */   qN: () => (/* binding */ repoPath),
/* harmony export */   xf: () => (/* binding */ approvalOf)
/* harmony export */ });
/* unused harmony export git */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/** Git and GitHub reading for release notes and DORA figures: a ref's files, commit times, PRs. */



const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
async function git(cwd, args) {
    try {
        return (await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 })).stdout;
    }
    catch (err) {
        const stderr = String(err.stderr ?? '').trim();
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`git ${args.join(' ')}: ${stderr || err.message}`);
    }
}
/** Path of `dir` relative to the repository root (what `git show <ref>:<path>` needs). */
async function repoPath(cwd, dir) {
    const prefix = (await git(cwd, ['rev-parse', '--show-prefix'])).trim();
    return `${prefix}${dir}`.replace(/\/+$/, '');
}
/** Top-level files of a directory as they are at `ref`. */
async function filesAt(cwd, ref, dir) {
    const list = await git(cwd, ['ls-tree', '--name-only', `${ref}:${dir}`]).catch(() => '');
    const names = list.split('\n').filter(Boolean);
    const out = [];
    for (const name of names)
        out.push({ name, content: await git(cwd, ['show', `${ref}:${dir}/${name}`]) });
    return out;
}
/** Files added between two refs under `dir`, with the commit that added each. */
async function addedFiles(cwd, from, to, dir) {
    const out = new Map();
    const log = await git(cwd, [
        'log',
        '--diff-filter=A',
        '--name-only',
        '--format=%x00%H',
        `${from}..${to}`,
        '--',
        dir,
    ]);
    for (const chunk of log.split('\0').filter((c) => c.trim())) {
        const [sha, ...files] = chunk.split('\n').filter(Boolean);
        // Newest first: keep the oldest commit that added the path.
        for (const f of files)
            out.set(f.split('/').pop() ?? f, sha);
    }
    return out;
}
/** Commit time (ISO 8601) of the commit that first added each file under `dir`, by file name. */
async function firstCommitTimes(cwd, dir) {
    const out = new Map();
    const log = await git(cwd, ['log', '--diff-filter=A', '--name-only', '--format=%x00%cI', '--', dir]).catch(() => '');
    for (const chunk of log.split('\0').filter((c) => c.trim())) {
        const [at, ...files] = chunk.split('\n').filter(Boolean);
        for (const f of files)
            out.set(f.split('/').pop() ?? f, at);
    }
    return out;
}
async function getJson(r, path) {
    const res = await fetch(`${r.apiUrl.replace(/\/+$/, '')}${path}`, {
        headers: { authorization: `Bearer ${r.token}`, accept: 'application/vnd.github+json' },
    });
    if (!res.ok)
        throw new Error(`GitHub answered HTTP ${res.status} for ${path}`);
    return res.json();
}
/** The pull request that brought a commit, and who approved it (latest review per reviewer). */
async function approvalOf(r, sha) {
    const pulls = (await getJson(r, `/repos/${r.repo}/commits/${sha}/pulls`));
    const pr = pulls.find((p) => p.merged_at) ?? pulls[0];
    if (!pr)
        return null;
    const reviews = [];
    for (let page = 1;; page++) {
        const batch = await getJson(r, `/repos/${r.repo}/pulls/${pr.number}/reviews?per_page=100&page=${page}`);
        reviews.push(...batch);
        if (batch.length < 100)
            break;
    }
    const latest = new Map();
    for (const rv of reviews) {
        const login = rv.user?.login;
        if (login && rv.state !== 'COMMENTED')
            latest.set(login, rv.state);
    }
    return {
        pr: pr.number,
        title: pr.title,
        approvers: [...latest]
            .filter(([, s]) => s === 'APPROVED')
            .map(([l]) => l)
            .sort(),
    };
}


/***/ })

};
