export const id = 345;
export const ids = [345];
export const modules = {

/***/ 92345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkCommand: () => (/* binding */ checkCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_drift_check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80583);
/* harmony import */ var _core_lint_gate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34998);
/* harmony import */ var _core_lint_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18567);
/* harmony import */ var _core_migrations_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86800);
/* harmony import */ var _core_sql_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(72833);
/* harmony import */ var _db_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(61370);
/* harmony import */ var _runtime_driftRun_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(18804);
/* harmony import */ var _runtime_migrationDir_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(66769);
/* harmony import */ var _runtime_project_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(413);
/* harmony import */ var _runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(62197);











const USAGE = `schemagate check [dir] [--config <file>] [--dev-url <url>] [--mode canary|strict]

Everything a pull request would get, locally: the config, every migration and schema file through
the real PostgreSQL parser, the migration directory (format, versions, atlas.sum), drift between the
declared schema and the replayed migrations on the dev database (embedded PGlite unless dev_url or
--dev-url names a server), and the lint gate over the whole migration set.
Exit codes: 0 ok, 1 drift that fails in this mode or a finding that needs approval, 2 bad input.`;
const checkCommand = {
    name: 'check',
    summary: 'Check a project locally: config, SQL, migrations, drift and lint on the embedded database',
    usage: USAGE,
    async run(args, io) {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args,
            options: {
                config: { type: 'string', short: 'c' },
                'dev-url': { type: 'string' },
                mode: { type: 'string' },
            },
            allowPositionals: true,
        });
        const project = (0,_runtime_project_js__WEBPACK_IMPORTED_MODULE_9__/* .loadProject */ .g)({
            root: positionals[0] ?? io.cwd,
            config: values.config,
            env: io.env,
            mode: values.mode,
        });
        const { config } = project;
        const show = (0,_runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_10__/* .relativeTo */ .Mf)(project.root);
        const devUrl = values['dev-url'] || config.dev_url;
        io.out(`config: ${project.configFile ?? 'defaults (no schemagate.yml)'}; mode: ${config.mode}; dev database: ${devUrl ? 'dev_url' : 'embedded PGlite'}`);
        // 1. Every file through the parser first: a syntax error stops here with file:line:col.
        const migrationsDir = project.path(config.migrations.dir);
        (0,_runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_10__/* .requireDir */ .pt)(migrationsDir, 'migrations.dir', project.configFile);
        const migrationFiles = await (0,_runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_10__/* .parseSqlFiles */ .VH)((0,_runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_10__/* .listSqlFiles */ .WP)(migrationsDir), show);
        const count = (files) => files.reduce((n, f) => n + f.statements.length, 0);
        io.out(`parse: ${show(migrationsDir)}: ${migrationFiles.length} files, ${count(migrationFiles)} statements parsed`);
        if (config.schema) {
            const schemaDir = project.path(config.schema);
            (0,_runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_10__/* .requireDir */ .pt)(schemaDir, 'schema', project.configFile);
            const schemaFiles = await (0,_runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_10__/* .parseSqlFiles */ .VH)((0,_runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_10__/* .listSqlFiles */ .WP)(schemaDir), show);
            io.out(`parse: ${show(schemaDir)}: ${schemaFiles.length} files, ${count(schemaFiles)} statements parsed`);
        }
        // 2. The migration directory as the migrate stage reads it.
        const set = (0,_runtime_migrationDir_js__WEBPACK_IMPORTED_MODULE_8__/* .loadMigrationSet */ .B_)(project);
        (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_4__/* .verifySum */ .R3)(set);
        io.out(`migrations: ${set.migrations.length} migrations (${set.format})${set.sum ? ', atlas.sum verified' : ''}; rollback: ${set.migrations.filter((m) => m.down).length} with a down part`);
        // 3. Drift: declared schema vs replayed migrations on the dev database.
        let failed = false;
        const drift = await (0,_runtime_driftRun_js__WEBPACK_IMPORTED_MODULE_7__/* .runDrift */ .l)({ project, devUrl, openDb: (url) => (0,_db_index_js__WEBPACK_IMPORTED_MODULE_6__/* .openDb */ .b)(url, 'schemagate-check') });
        for (const pair of drift.pairs) {
            const n = pair.differences.length;
            io.out(`drift: ${pair.subject}: ${n === 0 ? 'no differences' : `${n} difference(s), ${pair.result}`}`);
            for (const d of pair.differences)
                io.out(`  - ${(0,_core_drift_check_js__WEBPACK_IMPORTED_MODULE_1__/* .describeDifference */ .hF)(d)}`);
            if (pair.fix?.sql)
                io.out(`  fix (${pair.fix.purpose}):\n${indent(pair.fix.sql)}`);
        }
        if (drift.pairs.length === 0)
            io.out('drift: nothing to compare (no schema directory configured)');
        if (drift.result === 'fail')
            failed = true;
        // 4. Lint each migration as its own pull request would see it: earlier files are applied
        //    history (their tables exist), so a file's statements get the gate they would get then.
        await (0,_core_sql_index_js__WEBPACK_IMPORTED_MODULE_5__/* .loadSqlParser */ .Ok)();
        const upParts = set.migrations.map((m) => (0,_core_sql_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSqlFile */ .K5)(m.up.file, m.up.text, { firstLine: m.up.firstLine }));
        const lintOptions = {
            pgVersion: config.lint.pg_version,
            ruleLevels: config.lint.rules,
            configFile: project.configFile ?? 'schemagate.yml',
            largeTableRows: config.lint.large_table_rows,
        };
        const findings = upParts.flatMap((_, i) => {
            const upTo = upParts.slice(0, i + 1);
            return (0,_core_lint_index_js__WEBPACK_IMPORTED_MODULE_3__/* .lintFiles */ .ji)(upTo, { ...lintOptions, contextOnly: new Set(upTo.slice(0, i).map((f) => f.file)) })
                .findings;
        });
        const active = findings.filter((f) => !f.ignored);
        const gated = active.filter((f) => (0,_core_lint_gate_js__WEBPACK_IMPORTED_MODULE_2__/* .needsApproval */ .vb)(f, config.lint));
        const statements = upParts.reduce((n, f) => n + f.statements.length, 0);
        io.out(`lint: ${statements} statements, ${active.length} finding(s), ${gated.length} need approval${findings.length > active.length ? `, ${findings.length - active.length} ignored by pragma` : ''}`);
        for (const f of active) {
            const gate = (0,_core_lint_gate_js__WEBPACK_IMPORTED_MODULE_2__/* .needsApproval */ .vb)(f, config.lint) ? ' (needs approval)' : '';
            io.out(`  - ${f.file}:${f.line}:${f.column} ${f.risk} ${f.ruleId}${gate}: ${f.message}`);
        }
        if (gated.length > 0)
            failed = true;
        io.out(failed ? 'check: failed' : 'check: ok');
        return failed ? 1 : 0;
    },
};
function indent(sql) {
    return sql
        .trimEnd()
        .split('\n')
        .map((l) => `    ${l}`)
        .join('\n');
}


/***/ }),

/***/ 38336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Up: () => (/* binding */ appendAuditEntry),
/* harmony export */   iU: () => (/* binding */ renderAuditEntry),
/* harmony export */   jt: () => (/* binding */ detectModeChange),
/* harmony export */   ls: () => (/* binding */ followUpDue),
/* harmony export */   zh: () => (/* binding */ bundleHash)
/* harmony export */ });
/* unused harmony exports AUDIT_LOG_HEADER, BYPASS_FOLLOW_UP_HOURS, modeOf, entryMarker */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10102);
/* harmony import */ var _sql_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95505);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28703);
/**
 * The audit log (audit.log, markdown): one entry per strict promotion or emergency bypass. Pure
 * rendering and appending; the edge reads and writes the file. Each entry starts with a hidden
 * marker so a re-run of the same check does not append it twice.
 */




const AUDIT_LOG_HEADER = '# schemagate audit log\n\nStrict-mode promotions and emergency bypasses, newest last. Written by schemagate; do not edit entries.\n';
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
    for (const f of [...files].sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_3__/* .byteOrder */ .T)(a.name, b.name))) {
        h.update(f.name);
        h.update('\0');
        h.update(f.content);
        h.update('\0');
    }
    return h.digest('hex');
}
const stamp = (d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
function entryMarker(e) {
    const what = e.kind === 'promotion' ? `promotion ${e.change.from}-${e.change.to}` : `bypass ${(0,_sql_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteLiteral */ .ce)(e.label)}`;
    return `<!-- schemagate:audit ${what} pr=${e.pr ?? 'none'} sha256=${e.schemaHash} -->`;
}
function renderAuditEntry(e) {
    const pr = e.pr === null ? 'none' : `#${e.pr}`;
    const lines = [entryMarker(e)];
    if (e.kind === 'promotion') {
        lines.push(`## ${stamp(e.date)}: mode ${e.change.from} → ${e.change.to} (PR ${pr})`, '', `- Date: ${stamp(e.date)}`, `- Pull request: ${pr}`, `- Actor: @${e.actor}`, `- Schema bundle SHA-256: \`${e.schemaHash}\``, `- Mode change: ${e.change.from} → ${e.change.to}`, `- Approvals (${e.approvers.length} of ${e.requiredApprovals} required): ${e.approvers.length > 0 ? e.approvers.map((a) => `@${a}`).join(', ') : 'none'}`);
    }
    else {
        lines.push(`## ${stamp(e.date)}: emergency bypass of drift-check (PR ${pr})`, '', `- Date: ${stamp(e.date)}`, `- Pull request: ${pr}`, `- Actor: @${e.actor}`, `- Schema bundle SHA-256: \`${e.schemaHash}\``, `- Label: \`${e.label}\` (mode ${e.mode})`, `- Follow-up due by: ${stamp(e.dueBy)} (within ${BYPASS_FOLLOW_UP_HOURS} hours)`, '- To reconcile:', ...(e.reconcile.length > 0 ? e.reconcile.map((r) => `  - ${r}`) : ['  - (nothing listed)']));
    }
    return `${lines.join('\n')}\n`;
}
/** The log with the entry appended; unchanged when the same entry is already there. */
function appendAuditEntry(existing, entry) {
    const base = existing && existing.trim() !== '' ? existing : AUDIT_LOG_HEADER;
    if (base.includes(entryMarker(entry)))
        return { text: base, appended: false };
    const sep = base.endsWith('\n') ? '\n' : '\n\n';
    return { text: `${base}${sep}${renderAuditEntry(entry)}`, appended: true };
}
function followUpDue(at) {
    return new Date(at.getTime() + BYPASS_FOLLOW_UP_HOURS * 3600_000);
}


/***/ }),

/***/ 46297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EQ: () => (/* binding */ evaluateApprovals),
/* harmony export */   VQ: () => (/* binding */ displayPrincipal)
/* harmony export */ });
/* unused harmony exports normaliseLogin, latestVerdicts */
const normaliseLogin = (p) => p.replace(/^@/, '').toLowerCase();
const displayPrincipal = (p) => `@${p.replace(/^@/, '')}`;
/** The latest review per reviewer; COMMENTED and PENDING reviews do not change an earlier verdict (as on GitHub). */
function latestVerdicts(reviews) {
    const byUser = new Map();
    const ordered = [...reviews].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.id - b.id);
    for (const r of ordered) {
        if (r.state === 'COMMENTED' || r.state === 'PENDING')
            continue;
        byUser.set(normaliseLogin(r.user), r);
    }
    return [...byUser.values()];
}
async function evaluateApprovals(input) {
    const notes = [];
    const author = normaliseLogin(input.prAuthor);
    const head = await input.fileDigestsAt(input.headSha);
    const sameFiles = new Map();
    const fresh = [];
    for (const r of latestVerdicts(input.reviews)) {
        const who = normaliseLogin(r.user);
        if (r.state !== 'APPROVED')
            continue;
        if (who === author) {
            notes.push(`${displayPrincipal(r.user)} is the author of the pull request: their approval does not count`);
            continue;
        }
        if (r.commitId !== input.headSha) {
            if (!sameFiles.has(r.commitId))
                sameFiles.set(r.commitId, equalDigests(head, await input.fileDigestsAt(r.commitId)));
            if (!sameFiles.get(r.commitId)) {
                notes.push(`the approval by ${displayPrincipal(r.user)} on ${r.commitId.slice(0, 7)} is stale: the migration files changed since`);
                continue;
            }
        }
        fresh.push(who);
    }
    const teamCache = new Map();
    const membersOf = async (principal) => {
        const p = principal.replace(/^@/, '');
        if (!p.includes('/'))
            return [p.toLowerCase()];
        if (!teamCache.has(p)) {
            const [org, team] = p.split('/');
            const m = await input.teamMembers(org, team);
            teamCache.set(p, m === 'unreadable' ? m : m.map(normaliseLogin));
        }
        return teamCache.get(p);
    };
    const results = [];
    for (const req of input.requirements) {
        const unreadable = [];
        // For each entry of `from`, the fresh approvers who belong to it.
        const groups = [];
        if (req.from.length === 0)
            groups.push(fresh);
        for (const p of req.from) {
            const m = await membersOf(p);
            if (m === 'unreadable') {
                unreadable.push(displayPrincipal(p));
                groups.push([]);
            }
            else
                groups.push(fresh.filter((f) => m.includes(f)));
        }
        const approvers = req.distinctTeams && req.from.length > 0 ? distinctAssignment(groups) : [...new Set(groups.flat())];
        const counted = approvers.slice(0, Math.max(req.count, approvers.length));
        const missing = Math.max(0, req.count - approvers.length);
        results.push({
            requirement: req,
            satisfied: missing === 0,
            approvers: counted,
            missing,
            unreadableTeams: unreadable,
        });
    }
    for (const t of new Set(results.flatMap((r) => r.unreadableTeams))) {
        notes.push(`team ${t} cannot be read with this token (GITHUB_TOKEN cannot read team membership; pass a token with read:org), so its members' approvals are not counted`);
    }
    const missing = results.filter((r) => !r.satisfied);
    return { satisfied: missing.length === 0, results, present: fresh, missing, notes };
}
function equalDigests(a, b) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys)
        if ((a[k] ?? 'absent') !== (b[k] ?? 'absent'))
            return false;
    return true;
}
/** Largest set of approvers with each one standing for a different group (small bipartite matching). */
function distinctAssignment(groups) {
    const owner = new Map(); // approver -> group index
    const tryAssign = (g, seen) => {
        for (const who of groups[g]) {
            if (seen.has(who))
                continue;
            seen.add(who);
            const prev = owner.get(who);
            if (prev === undefined || tryAssign(prev, seen)) {
                owner.set(who, g);
                return true;
            }
        }
        return false;
    };
    for (let g = 0; g < groups.length; g++)
        tryAssign(g, new Set());
    return [...owner.keys()];
}


/***/ }),

/***/ 34998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ approvalRequirements),
/* harmony export */   Zv: () => (/* binding */ missingDescription),
/* harmony export */   vb: () => (/* binding */ needsApproval)
/* harmony export */ });
/* unused harmony exports ownersFor, compareRisk */
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44444);
/* harmony import */ var _approvals_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46297);
/* harmony import */ var _risk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44274);



/** A finding needs approval when its level requires at least one, or it is critical on an owned table. */
function needsApproval(f, lint) {
    if (f.ignored || f.risk === 'none')
        return false;
    if (f.risk === 'critical' && ownersFor(f, lint).length > 0)
        return true;
    return lint.approvals[f.risk].count > 0;
}
function ownersFor(f, lint) {
    if (!f.table)
        return [];
    const out = [];
    for (const [pattern, principals] of Object.entries(lint.owners)) {
        const re = new RegExp(`^(?:${pattern})$`);
        if (re.test(f.table) || re.test(f.table.split('.').pop()))
            out.push(...principals);
    }
    return [...new Set(out)];
}
/** One requirement per risk level present (the findings of that level share it) plus owner sign-offs. */
function approvalRequirements(findings, lint) {
    const gated = findings.filter((f) => needsApproval(f, lint));
    const reqs = [];
    for (const level of [..._config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .RISK_LEVELS */ .WA].reverse()) {
        if (level === 'none')
            continue;
        const of = gated.filter((f) => f.risk === level);
        const rule = lint.approvals[level];
        if (of.length === 0 || rule.count === 0)
            continue;
        reqs.push({
            id: `risk:${level}`,
            reason: subjects(of),
            count: rule.count,
            from: rule.from,
            distinctTeams: rule.distinct_teams,
        });
    }
    const owned = new Map();
    for (const f of gated.filter((x) => x.risk === 'critical')) {
        const owners = ownersFor(f, lint);
        if (owners.length === 0)
            continue;
        const key = owners.join(',');
        owned.set(key, [...(owned.get(key) ?? []), f]);
    }
    for (const [key, of] of owned) {
        reqs.push({
            id: `owners:${key}`,
            reason: subjects(of),
            count: 1,
            from: key.split(','),
            distinctTeams: false,
        });
    }
    return reqs;
}
function subjects(findings) {
    return [...new Set(findings.map((f) => f.subject))].join(', ');
}
/** `needs 1 approval from @db-owners: DROP COLUMN users.email` for the first missing requirement. */
function missingDescription(result) {
    const [first, ...rest] = result.missing;
    if (!first)
        return '';
    const r = first.requirement;
    const who = r.from.length
        ? ` from ${r.from.map(_approvals_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPrincipal */ .VQ).join(r.distinctTeams ? ' and ' : ' or ')}`
        : '';
    const teams = first.unreadableTeams.length
        ? ` (team ${first.unreadableTeams.join(', ')} unreadable with this token)`
        : '';
    const more = rest.length ? `; +${rest.length} more` : '';
    return `needs ${first.missing} approval${first.missing === 1 ? '' : 's'}${who}${teams}: ${r.reason}${more}`;
}
function compareRisk(a, b) {
    return riskRank(a) - riskRank(b);
}


/***/ }),

/***/ 18804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ runDrift)
});

// UNUSED EXPORTS: choosePairs

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/core/drift/audit.ts
var audit = __webpack_require__(38336);
// EXTERNAL MODULE: ./src/core/drift/baseline.ts
var baseline = __webpack_require__(13584);
// EXTERNAL MODULE: ./src/core/drift/check.ts
var check = __webpack_require__(80583);
// EXTERNAL MODULE: ./src/core/drift/filters.ts
var drift_filters = __webpack_require__(61512);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/diff/index.ts + 23 modules
var diff = __webpack_require__(95581);
;// CONCATENATED MODULE: ./src/runtime/driftPlanner.ts
/**
 * Adapter from the drift check's FixPlanner to the diff engine (planDiff + renderPlanSql). A
 * planner failure must not hide the drift itself, so it becomes a note in the report.
 */


const driftPlanner = (from, to) => {
    try {
        const plan = (0,diff/* planDiff */.Ry)(from, to);
        return {
            sql: (0,diff/* renderPlanSql */.s4)(plan),
            unsupported: plan.unsupported.map((u) => `${u.kind} ${u.name}: ${u.reason}`),
        };
    }
    catch (err) {
        return { sql: '', unsupported: [`the planner could not produce SQL: ${(0,errors/* errorMessage */.gJ)(err)}`] };
    }
};

// EXTERNAL MODULE: ./src/runtime/driftStates.ts
var driftStates = __webpack_require__(75533);
;// CONCATENATED MODULE: ./src/runtime/driftRun.ts
/**
 * One drift run, shared by the drift-check stage and `schemagate drift`: choose the pairs, build
 * the states they need, compare, and assemble the report. Writing files and posting results is
 * left to the caller.
 */








function choosePairs(opts) {
    const { project } = opts;
    const file = project.configFile ?? 'schemagate.yml';
    const written = opts.pairs && opts.pairs.length > 0 ? opts.pairs : project.config.drift.pairs;
    if (written.length > 0) {
        return written.map((text, i) => {
            const pair = (0,check/* parsePair */.Ar)(text);
            if (!pair)
                throw new errors/* ConfigError */.xL(file, `drift.pairs[${i}]`, `${JSON.stringify(text)} is not a pair such as "replayed:live" (states: declared, replayed, live, baseline)`);
            return pair;
        });
    }
    const baseline = opts.baselinePath ?? project.config.drift.baseline;
    return (0,check/* defaultPairs */.dR)({
        declared: project.config.schema !== undefined,
        replayed: (0,external_node_fs_.existsSync)(project.path(project.config.migrations.dir)),
        live: Boolean(opts.liveUrl),
        baseline: baseline !== undefined && (0,external_node_fs_.existsSync)(project.path(baseline)),
    });
}
async function runDrift(opts) {
    const now = opts.now ?? (() => new Date());
    const started = performance.now();
    const { project } = opts;
    const config = project.config;
    const filters = (0,drift_filters/* driftFilters */.jg)(config.drift, project.configFile, (0,driftStates/* bookkeepingTables */.w_)(project));
    const pairs = choosePairs(opts);
    const needed = new Set(pairs.flatMap((p) => [p.left, p.right]));
    const models = await (0,driftStates/* buildStates */.dY)(needed, opts);
    const checks = pairs.map((pair) => (0,check/* checkPair */.zA)(pair, models[pair.left], models[pair.right], {
        filters,
        mode: config.mode,
        planner: driftPlanner,
    }));
    const bypass = opts.bypassLabel ? { label: opts.bypassLabel, dueBy: (0,audit/* followUpDue */.ls)(now()) } : null;
    const result = (0,check/* overallResult */.ZH)(checks, bypass !== null);
    const hashed = models.declared ?? models.replayed;
    return {
        mode: config.mode,
        result,
        pairs: checks,
        schemaHash: hashed ? (0,baseline/* schemaHash */.ir)(hashed) : null,
        durationMs: performance.now() - started,
        bypass: result === 'bypassed' ? bypass : null,
        baselinePath: opts.baselinePath ?? config.drift.baseline ?? null,
        models,
    };
}


/***/ })

};
