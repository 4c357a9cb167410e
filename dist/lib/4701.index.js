export const id = 4701;
export const ids = [4701];
export const modules = {

/***/ 54294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   auditCommand: () => (/* binding */ auditCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20812);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_governance_approverGroups_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(43855);
/* harmony import */ var _core_governance_canaryWindow_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86378);
/* harmony import */ var _core_governance_policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29436);
/* harmony import */ var _db_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(61370);
/* harmony import */ var _runtime_driftAudit_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(47988);
/* harmony import */ var _runtime_driftGitHistory_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(88619);
/* harmony import */ var _runtime_driftHistory_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(25771);
/* harmony import */ var _runtime_governanceSources_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8946);
/* harmony import */ var _runtime_project_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(413);
/* harmony import */ var _runtime_promotionApprovals_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(2812);
/* harmony import */ var _driftArgs_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(10167);















const USAGE = `schemagate audit [dir] [--dry-run] [--pr <number>] [--commit <sha>] [--actor <login>]
                [--approver <login>]... [--team-approver <org/team>=<login>]...
                [--schema-bundle-sha <sha256>] [--change-request <id>]
                [--validation-window <text>] [--notes <text>] [--date <iso>] [--config <file>]
schemagate audit verify [dir] [--config <file>]

Records the promotion to mode: strict as one row of the audit log (audit.log): date, kind,
pull request, the commit that set mode: strict (default: found in the git history of the config
file), actor, approvers, the schema bundle's SHA-256 (default: a hash of the declared schema and
migration files), change request, validation window and notes. Each row carries a SHA-256
chained to the row before it. --dry-run prints the row and writes nothing.
A promotion needs ${_core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_2__/* .PROMOTION_APPROVALS */ .zv} approvers other than the actor (--approver, repeated), or,
with governance.approvers, one approver from each group, each a different person. The rules
of the config before the promotion decide (its groups; the longer canary window). Team
membership cannot be read offline: --team-approver org/team=login records login's approval
and says that login is a member of org/team; a team group without one is unmet. The owners
of {owners: true} are lint.owners, else the CODEOWNERS owners of the schema and migration
files, CODEOWNERS read at the commit before the promotion.
The canary window (governance.canary_window) is measured from the commit that set canary
and, when governance.history_url is set, from the first canary run in the validation history.
When audit.log is set and mode: strict is in effect, drift-check and lint-gate fail until the
commit that made it strict has its row.

verify checks every row's hash and names the first bad row.
Exit codes: 0 ok, 1 refused (too few approvals) or a broken chain, 2 bad input.`;
const OPTIONS = {
    'dry-run': { type: 'boolean', default: false },
    pr: { type: 'string' },
    commit: { type: 'string' },
    actor: { type: 'string' },
    approver: { type: 'string', multiple: true },
    'team-approver': { type: 'string', multiple: true },
    'schema-bundle-sha': { type: 'string' },
    'change-request': { type: 'string' },
    'validation-window': { type: 'string' },
    notes: { type: 'string' },
    date: { type: 'string' },
    config: { type: 'string', short: 'c' },
};
const auditCommand = {
    name: 'audit',
    summary: 'Record a promotion to strict in the audit log, or verify the log',
    usage: USAGE,
    async run(args, io) {
        const { values, positionals } = (0,_driftArgs_js__WEBPACK_IMPORTED_MODULE_13__/* .parseDriftArgs */ .w)(args, OPTIONS, 'audit');
        const verify = positionals[0] === 'verify';
        const dir = positionals[verify ? 1 : 0] ?? io.cwd;
        const project = (0,_runtime_project_js__WEBPACK_IMPORTED_MODULE_11__/* .loadProject */ .gi)({ root: dir, config: values.config, env: io.env });
        if (verify) {
            const { path, text } = await (0,_runtime_driftAudit_js__WEBPACK_IMPORTED_MODULE_7__/* .readAuditLog */ .Ob)(project);
            const shown = project.display(path);
            if (text === undefined)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`audit log ${shown} does not exist`);
            const result = (0,_core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyAuditChain */ .Oq)(text);
            if (!result.ok) {
                io.err(`${shown}:${result.line}: row ${result.row} is invalid: ${result.reason}`);
                return 1;
            }
            io.out(`${shown}: ${result.rows} row${result.rows === 1 ? '' : 's'}, hash chain intact`);
            return 0;
        }
        if (positionals.length > 1)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`unexpected argument ${JSON.stringify(positionals[1])}`);
        if (project.config.mode !== 'strict')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('no promotion to record: the mode in effect is canary (set mode: strict in the config first)');
        if (values.pr !== undefined && !/^\d+$/.test(values.pr))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`--pr must be a pull request number, got ${JSON.stringify(values.pr)}`);
        const bundle = values['schema-bundle-sha'];
        if (bundle !== undefined && !/^[0-9a-f]{64}$/i.test(bundle))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`--schema-bundle-sha must be 64 hex digits (a SHA-256), got ${JSON.stringify(bundle)}`);
        if (values.commit !== undefined && !/^[0-9a-f]{7,64}$/i.test(values.commit))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`--commit must be a commit SHA, got ${JSON.stringify(values.commit)}`);
        const actor = values.actor || io.env.GITHUB_ACTOR || io.env.USER || 'unknown';
        const teamApprovers = (values['team-approver'] ?? []).map(parseTeamApprover);
        const approvers = (0,_core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_2__/* .countedApprovers */ .V2)([...(values.approver ?? []), ...teamApprovers.map((t) => t.login)], actor);
        let commit = values.commit ?? '';
        let pr = values.pr !== undefined ? Number(values.pr) : null;
        let early = null;
        let unmetGroups = null;
        const found = project.configFile ? (0,_runtime_driftGitHistory_js__WEBPACK_IMPORTED_MODULE_8__/* .findStrictCommit */ .cE)(project.root, project.configFile) : null;
        if (found?.kind === 'found') {
            commit ||= found.sha;
            pr ??= found.pr;
        }
        // The rules of the config before the promotion decide it, as the base branch does on a PR.
        const before = found?.kind === 'found' ? `${found.sha}^` : found?.kind === 'uncommitted' ? 'HEAD' : null;
        const file = project.configFile ?? 'schemagate.yml';
        const repoFile = (0,_runtime_governanceSources_js__WEBPACK_IMPORTED_MODULE_10__/* .repoPath */ .qN)(project, project.path(file));
        const readBefore = (path) => {
            if (before)
                return (0,_runtime_governanceSources_js__WEBPACK_IMPORTED_MODULE_10__/* .gitFileAt */ .o3)(project.repoRoot, before, path);
            const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(project.repoRoot, path);
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(abs) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(abs, 'utf8') : undefined;
        };
        const policyResult = (0,_core_governance_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .promotionPolicy */ .k)(before ? readBefore(repoFile) : undefined, project.config.governance, file, before === 'HEAD' ? 'HEAD' : before ? `commit ${before.slice(0, 12)}^` : 'the working tree');
        if (!policyResult.ok)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(policyResult.error);
        const policy = policyResult.policy;
        if (policy.approvers.length > 0) {
            const members = new Map();
            for (const t of teamApprovers)
                members.set(t.team, [...(members.get(t.team) ?? []), t.login]);
            const result = await (0,_runtime_promotionApprovals_js__WEBPACK_IMPORTED_MODULE_12__/* .evaluatePromotionGroups */ .l)(project, policy.approvers, approvers, {
                readAt: async (path) => readBefore(path),
                files: async () => (0,_runtime_governanceSources_js__WEBPACK_IMPORTED_MODULE_10__/* .bundlePaths */ .hX)(project),
                teamMembers: async (org, slug) => members.get(`${org}/${slug}`.toLowerCase()) ?? 'unreadable',
            });
            for (const e of result.codeownersErrors)
                io.err(`note: ${e}`);
            if (!result.satisfied)
                unmetGroups = result.groups.map((g) => `  ${g.met ? 'met' : 'UNMET'}: ${(0,_core_governance_approverGroups_js__WEBPACK_IMPORTED_MODULE_14__/* .describeGroup */ .N3)(g, 'team membership is not known offline: pass --team-approver org/team=<login>')}`);
        }
        if (project.configFile && found) {
            // The canary window, when the history can tell it (drift-check enforces it on the PR).
            const start = found.kind === 'found'
                ? (0,_runtime_driftGitHistory_js__WEBPACK_IMPORTED_MODULE_8__/* .findCanaryStart */ .KX)(project.root, project.configFile, `${found.sha}^`)
                : found.kind === 'uncommitted'
                    ? (0,_runtime_driftGitHistory_js__WEBPACK_IMPORTED_MODULE_8__/* .findCanaryStart */ .KX)(project.root, project.configFile)
                    : found;
            const promotedAt = found.kind === 'found' ? (0,_runtime_driftGitHistory_js__WEBPACK_IMPORTED_MODULE_8__/* .commitDate */ .W8)(project.root, found.sha) : new Date();
            if (start.kind === 'found' && promotedAt)
                early = (0,_core_governance_canaryWindow_js__WEBPACK_IMPORTED_MODULE_4__/* .canaryWindowCheck */ .T)({
                    commit: { sha: start.sha, date: start.date },
                    history: await historyRows(project, io.env),
                    promotedAt,
                    windowMs: policy.canaryWindowMs,
                });
            else if (start.kind === 'unknown')
                io.err(`note: canary window not checked: ${start.reason}`);
        }
        const fields = {
            date: (0,_driftArgs_js__WEBPACK_IMPORTED_MODULE_13__/* .parseDate */ ._)(values.date, '--date') ?? new Date(),
            kind: 'promotion',
            pr,
            commit,
            actor,
            approvers,
            bundleSha: (bundle ?? (0,_runtime_driftAudit_js__WEBPACK_IMPORTED_MODULE_7__/* .schemaBundleHash */ .IA)(project)).toLowerCase(),
            changeRequest: values['change-request'] ?? '',
            validationWindow: values['validation-window'] ?? '',
            notes: values.notes ?? '',
        };
        if (unmetGroups) {
            io.err(`refused: a promotion to strict needs one approver from each group of governance.approvers (${policy.source}), each a different person other than the actor (@${actor}):\n${unmetGroups.join('\n')}`);
            return 1;
        }
        if (policy.approvers.length === 0 && approvers.length < _core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_2__/* .PROMOTION_APPROVALS */ .zv) {
            io.err(`refused: a promotion to strict needs ${_core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_2__/* .PROMOTION_APPROVALS */ .zv} approvers other than the actor (@${actor}), got ${approvers.length}${approvers.length ? ` (${approvers.map((a) => `@${a}`).join(', ')})` : ''}; pass --approver <login> for each`);
            return 1;
        }
        if (early) {
            io.err(`refused: ${early}`);
            return 1;
        }
        if (values['dry-run']) {
            const { text } = await (0,_runtime_driftAudit_js__WEBPACK_IMPORTED_MODULE_7__/* .readAuditLog */ .Ob)(project);
            io.out((0,_core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_2__/* .renderAuditRow */ .CO)(fields, (0,_core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_2__/* .chainHead */ .MF)((0,_core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_2__/* .parseAuditLog */ .lj)(text))).line);
            return 0;
        }
        const shown = project.display((0,_runtime_driftAudit_js__WEBPACK_IMPORTED_MODULE_7__/* .auditLogPath */ .Hx)(project));
        const result = await (0,_runtime_driftAudit_js__WEBPACK_IMPORTED_MODULE_7__/* .appendAuditRow */ .A5)(project, fields, (rows) => (0,_core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_2__/* .findPromotion */ .Dw)(rows, { pr: fields.pr, commit: fields.commit }));
        if (!result.appended) {
            io.out(`audit log ${shown}: this promotion is already recorded (row ${result.existing.index})`);
            return 0;
        }
        io.out(`audit log ${shown}: appended row ${result.row.index}\n${result.line}`);
        return 0;
    },
};
/** `org/team=login`: login approved, and is a member of org/team (teams cannot be read offline). */
function parseTeamApprover(value) {
    const m = /^@?([A-Za-z0-9-]+\/[A-Za-z0-9_.-]+)=@?([A-Za-z0-9][A-Za-z0-9-]*)$/.exec(value.trim());
    if (!m)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`--team-approver must be org/team=login (for example acme/dba=erin), got ${JSON.stringify(value)}`);
    return { team: m[1].toLowerCase(), login: m[2] };
}
/** The validation history when governance.history_url names one, else null (not kept here). */
async function historyRows(project, env) {
    const url = (0,_runtime_driftHistory_js__WEBPACK_IMPORTED_MODULE_9__/* .configuredHistoryUrl */ .s9)(project, env);
    if (!url)
        return null;
    const db = await (0,_db_index_js__WEBPACK_IMPORTED_MODULE_6__/* .openDb */ .bI)(url, 'schemagate audit');
    try {
        return await (0,_runtime_driftHistory_js__WEBPACK_IMPORTED_MODULE_9__/* .readHistory */ .Lu)(db, project.config.migrations.revisions_schema);
    }
    finally {
        await db.close();
    }
}


/***/ }),

/***/ 10167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ parseDate),
/* harmony export */   w: () => (/* binding */ parseDriftArgs)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/** Argument parsing shared by `drift` and `baseline`: a parse error is bad input (exit 2), not a crash. */


function parseDriftArgs(args, options, command) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options, allowPositionals: true, strict: true });
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${err.message}; see schemagate ${command} --help`);
    }
}
function parseDate(text, flag) {
    if (text === undefined)
        return undefined;
    const d = new Date(text);
    if (Number.isNaN(d.getTime()))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${flag} must be an ISO date such as 2026-11-30T02:15:00Z, got ${JSON.stringify(text)}`);
    return d;
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

/***/ 38336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jt: () => (/* binding */ detectModeChange),
/* harmony export */   ls: () => (/* binding */ followUpDue),
/* harmony export */   zh: () => (/* binding */ bundleHash)
/* harmony export */ });
/* unused harmony exports BYPASS_FOLLOW_UP_HOURS, modeOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92946);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28703);
/**
 * Mode changes (canary -> strict) between two config texts, the schema bundle hash and the bypass
 * follow-up time. The audit log table itself is auditLog.ts.
 */



const BYPASS_FOLLOW_UP_HOURS = 24;
/** Mode in a schemagate.yml text (canary when absent or unreadable, as the defaults say). */
function modeOf(configText, file) {
    if (configText === undefined)
        return 'canary';
    return (0,_config_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseConfig */ .o4)(configText, file).mode;
}
/**
 * The mode change between the base and head config texts, or null when there is none. Without a
 * config at the base the repository is adopting schemagate, not moving between modes.
 */
function detectModeChange(baseText, headText, file) {
    if (baseText === undefined)
        return null;
    let from;
    try {
        from = modeOf(baseText, file);
    }
    catch {
        // An unreadable base config cannot be the start of a promotion we could verify.
        return null;
    }
    const to = modeOf(headText, file);
    return from === to ? null : { from, to };
}
/** SHA-256 over the schema files: each name (sorted bytewise), a NUL, its bytes, a NUL. */
function bundleHash(files) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const f of [...files].sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_2__/* .byteOrder */ .T)(a.name, b.name))) {
        h.update(f.name);
        h.update('\0');
        h.update(f.content);
        h.update('\0');
    }
    return h.digest('hex');
}
function followUpDue(at) {
    return new Date(at.getTime() + BYPASS_FOLLOW_UP_HOURS * 3600_000);
}


/***/ }),

/***/ 28703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ byteOrder)
/* harmony export */ });
/** Bytewise string order: the same on every platform and locale, so reports and files are stable. */
function byteOrder(a, b) {
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
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


/***/ })

};
