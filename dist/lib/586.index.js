export const id = 586;
export const ids = [586];
export const modules = {

/***/ 43586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lintCommand: () => (/* binding */ lintCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/lint/gate.ts
var gate = __webpack_require__(34998);
// EXTERNAL MODULE: ./src/core/lint/index.ts + 36 modules
var core_lint = __webpack_require__(18567);
// EXTERNAL MODULE: ./src/core/lint/rowCounts.ts
var lint_rowCounts = __webpack_require__(94833);
// EXTERNAL MODULE: ./src/core/report/lintJson.ts
var lintJson = __webpack_require__(13003);
;// CONCATENATED MODULE: ./src/core/report/lintText.ts
function lintText(report, gateNote) {
    const lines = [];
    for (const f of report.findings) {
        lines.push(`${f.file}:${f.line}:${f.column}: ${f.risk} ${f.ruleId}: ${f.message}${f.ignored ? ` [ignored: ${f.ignored.reason}]` : ''}`);
        if (!f.ignored) {
            lines.push(`  statement: ${f.statement}`);
            lines.push('  safe alternative:');
            for (const l of f.safeAlternative.split('\n'))
                lines.push(`    ${l}`);
            lines.push(`  docs: ${f.docs}`);
        }
    }
    const ignored = report.findings.filter((f) => f.ignored).length;
    lines.push(`${report.files.length} file(s), ${report.statements} statement(s), ${report.findings.length} finding(s)${ignored ? ` (${ignored} ignored)` : ''}; highest risk: ${report.highestRisk}; PostgreSQL ${report.pgVersion}`);
    if (gateNote)
        lines.push(gateNote);
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/core/report/sarif.ts
var sarif = __webpack_require__(80375);
// EXTERNAL MODULE: ./src/db/index.ts
var src_db = __webpack_require__(61370);
// EXTERNAL MODULE: ./src/runtime/changedFiles.ts
var changedFiles = __webpack_require__(90793);
// EXTERNAL MODULE: ./src/runtime/project.ts
var runtime_project = __webpack_require__(413);
// EXTERNAL MODULE: ./src/runtime/sqlFiles.ts
var sqlFiles = __webpack_require__(62197);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/cli/commands/lint.ts















const FORMATS = ['text', 'json', 'sarif'];
const lintCommand = {
    name: 'lint',
    summary: 'Lint migrations for risky statements',
    usage: [
        'schemagate lint [files|dirs...] [--format text|json|sarif] [--pg-version N] [--url <database>] [--since <git-ref>] [--config <file>]',
        '',
        'Lints the given .sql files and directories as one migration set, in order (default: migrations.dir).',
        'A directory that holds a schemagate.yml is a project: its config and migrations directory are used.',
        '--since lints only the files changed since a git ref (e.g. origin/main), the others give context.',
        '--url reads pg_class.reltuples for the tables involved (data-aware risk).',
        'Exit codes: 0 nothing needs approval, 1 a finding needs approval, 2 bad input.',
    ].join('\n'),
    async run(args, io) {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args,
            options: {
                format: { type: 'string', short: 'f', default: 'text' },
                'pg-version': { type: 'string' },
                url: { type: 'string' },
                config: { type: 'string', short: 'c' },
                since: { type: 'string' },
            },
            allowPositionals: true,
        });
        const format = values.format;
        if (!FORMATS.includes(format))
            throw new errors/* InputError */.dz(`--format must be one of ${FORMATS.join(', ')}, got "${values.format}"`);
        // `schemagate lint examples/x` where x has a schemagate.yml: treat it as the project root.
        const single = positionals.length === 1 ? (0,external_node_path_.resolve)(io.cwd, positionals[0]) : undefined;
        const projectRoot = single && isDir(single) && (0,external_node_fs_.existsSync)(`${single}/schemagate.yml`) ? single : io.cwd;
        const project = (0,runtime_project/* loadProject */.g)({ root: projectRoot, config: values.config, env: io.env });
        const lint = project.config.lint;
        const pgVersion = values['pg-version'] === undefined ? lint.pg_version : Number(values['pg-version']);
        if (!Number.isInteger(pgVersion) || pgVersion < 10 || pgVersion > 19) {
            throw new errors/* InputError */.dz(`--pg-version must be a major version between 10 and 19, got "${values['pg-version']}"`);
        }
        let paths;
        if (positionals.length === 0 || projectRoot !== io.cwd) {
            const dir = project.path(project.config.migrations.dir);
            (0,sqlFiles/* requireDir */.pt)(dir, 'migrations.dir', project.configFile);
            paths = (0,sqlFiles/* listSqlFiles */.WP)(dir);
        }
        else {
            paths = positionals.flatMap((p) => {
                const abs = (0,external_node_path_.resolve)(io.cwd, p);
                if (!(0,external_node_fs_.existsSync)(abs))
                    throw new errors/* InputError */.dz(`${p}: no such file or directory`);
                return isDir(abs) ? (0,sqlFiles/* listSqlFiles */.WP)(abs) : [abs];
            });
        }
        const show = (0,sqlFiles/* relativeTo */.Mf)(io.cwd);
        const files = await (0,sqlFiles/* parseSqlFiles */.VH)(paths, show);
        // --since: lint what changed since a git ref, in the context of the whole set (as the action does).
        let contextOnly;
        if (values.since) {
            const changed = new Set((0,changedFiles/* gitChangedFiles */.C)(io.cwd, values.since).map((p) => (0,external_node_path_.resolve)(io.cwd, p)));
            contextOnly = new Set(paths.filter((p) => !changed.has(p)).map(show));
        }
        let rowCounts;
        if (values.url) {
            const db = await (0,src_db/* openDb */.b)(values.url);
            try {
                rowCounts = await (0,lint_rowCounts/* readRowCounts */.x)(db, (0,core_lint/* tablesTouched */.K3)(files));
            }
            finally {
                await db.close();
            }
        }
        const report = (0,core_lint/* lintFiles */.ji)(files, {
            pgVersion,
            ruleLevels: lint.rules,
            configFile: project.configFile ?? 'schemagate.yml',
            largeTableRows: lint.large_table_rows,
            rowCounts,
            contextOnly,
        });
        const gated = report.findings.filter((f) => (0,gate/* needsApproval */.vb)(f, lint));
        const passed = gated.length === 0;
        if (format === 'json')
            io.out(JSON.stringify((0,lintJson/* lintJson */.G)(report, {
                mode: project.config.mode,
                selectedBy: 'command line',
                version: version/* VERSION */.x,
                passed,
            }), null, 2));
        else if (format === 'sarif')
            io.out(JSON.stringify((0,sarif/* toSarif */.z)(report, { rules: core_lint/* rules */.aO, version: version/* VERSION */.x }), null, 2));
        else {
            const note = passed
                ? 'gate: pass (no finding needs approval)'
                : `gate: fail: ${gated.length} finding(s) need approval: ${listSome([...new Set(gated.map((f) => f.subject))], 5)}`;
            io.out(lintText(report, note));
        }
        return passed ? 0 : 1;
    },
};
/** The first `n` items, then how many more: a gate line must stay readable on a huge set. */
function listSome(items, n) {
    return items.length <= n
        ? items.join(', ')
        : `${items.slice(0, n).join(', ')} and ${items.length - n} more`;
}
function isDir(p) {
    return (0,external_node_fs_.existsSync)(p) && (0,external_node_fs_.statSync)(p).isDirectory();
}


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

/***/ 94833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ readRowCounts)
/* harmony export */ });
async function readRowCounts(db, tableKeys) {
    const out = new Map();
    if (tableKeys.length === 0)
        return out;
    const { rows } = await db.query(`SELECT n.nspname || '.' || c.relname AS key, c.reltuples::float8 AS rows
       FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname || '.' || c.relname = ANY($1::text[])`, [tableKeys]);
    // reltuples is -1 for a table never vacuumed or analyzed (PostgreSQL 14+): unknown, not empty.
    for (const r of rows)
        if (Number(r.rows) >= 0)
            out.set(r.key, Math.round(Number(r.rows)));
    return out;
}


/***/ }),

/***/ 13003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ lintJson)
/* harmony export */ });
function lintJson(report, o) {
    return {
        tool: 'schemagate',
        version: o.version,
        mode: o.mode,
        selectedBy: o.selectedBy,
        ...(o.passed !== undefined ? { passed: o.passed } : {}),
        ...report,
        approvals: o.approvals && {
            satisfied: o.approvals.satisfied,
            present: o.approvals.present,
            requirements: o.approvals.results.map((r) => ({
                ...r.requirement,
                satisfied: r.satisfied,
                approvers: r.approvers,
                missing: r.missing,
                unreadableTeams: r.unreadableTeams,
            })),
            notes: o.approvals.notes,
        },
    };
}


/***/ }),

/***/ 80375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ toSarif)
/* harmony export */ });
const LEVEL = {
    none: 'none',
    low: 'note',
    medium: 'warning',
    high: 'error',
    critical: 'error',
};
// GitHub sorts code-scanning alerts by security-severity (0-10).
const SEVERITY = {
    none: '0.0',
    low: '2.0',
    medium: '5.0',
    high: '8.0',
    critical: '9.5',
};
function toSarif(report, options) {
    const used = new Set(report.findings.map((f) => f.ruleId));
    const rules = options.rules.filter((r) => used.has(r.id));
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const help = (docs) => options.docsBaseUrl ? `${options.docsBaseUrl.replace(/\/$/, '')}/${docs}` : docs;
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'schemagate',
                        version: options.version,
                        informationUri: 'https://github.com/schemagate/schemagate',
                        rules: rules.map((r) => ({
                            id: r.id,
                            name: r.id.replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase()),
                            shortDescription: { text: r.summary },
                            fullDescription: { text: r.why },
                            helpUri: help(r.docs),
                            help: { text: r.why, markdown: `${r.why}\n\nSee ${help(r.docs)}.` },
                            defaultConfiguration: { level: LEVEL[r.risk] },
                            properties: {
                                'security-severity': SEVERITY[r.risk],
                                tags: ['postgresql', 'migration', `risk-${r.risk}`],
                            },
                        })),
                    },
                },
                results: report.findings.map((f) => ({
                    ruleId: f.ruleId,
                    ruleIndex: index.get(f.ruleId),
                    level: LEVEL[f.risk],
                    message: { text: `${f.message} (risk ${f.risk}). Safe alternative:\n${f.safeAlternative}` },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: f.file.replace(/\\/g, '/') },
                                region: { startLine: f.line, startColumn: f.column },
                            },
                        },
                    ],
                    partialFingerprints: { schemagateFinding: `${f.ruleId}:${f.file}:${f.subject}` },
                    properties: { risk: f.risk, subject: f.subject, ...(f.table ? { table: f.table } : {}) },
                    ...(f.ignored ? { suppressions: [{ kind: 'inSource', justification: f.ignored.reason }] } : {}),
                })),
            },
        ],
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

/***/ 90793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ gitChangedFiles)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/**
 * Files a pull request adds or changes, when the GitHub API is not available: `git diff` against
 * the merge base of the base commit. Paths come back relative to `cwd`.
 */


function gitChangedFiles(cwd, baseRef) {
    if (!/^[\w./~^-]+$/.test(baseRef))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`not a usable git base ref: ${JSON.stringify(baseRef)}`);
    let out;
    try {
        // --diff-filter=d: deleted files cannot be linted; --relative: paths relative to cwd, and only under it.
        out = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['diff', '--name-only', '--diff-filter=d', '--relative', `${baseRef}...HEAD`], {
            cwd,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'pipe'],
        });
    }
    catch (err) {
        const stderr = String(err.stderr ?? '').trim();
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`cannot list the files changed since ${baseRef} with git (${stderr || 'git failed'}); fetch the base commit (actions/checkout with fetch-depth: 0) or give the action a github-token`);
    }
    return out
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
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


/***/ }),

/***/ 62197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mf: () => (/* binding */ relativeTo),
/* harmony export */   VH: () => (/* binding */ parseSqlFiles),
/* harmony export */   WP: () => (/* binding */ listSqlFiles),
/* harmony export */   pt: () => (/* binding */ requireDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_sql_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72833);




/** Every `*.sql` file under `dir` (recursively), sorted bytewise by relative path. */
function listSqlFiles(dir) {
    const out = [];
    const walk = (d) => {
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(d, { withFileTypes: true })) {
            const p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(d, entry.name);
            if (entry.isDirectory())
                walk(p);
            else if (entry.isFile() && entry.name.endsWith('.sql'))
                out.push(p);
        }
    };
    walk(dir);
    return out.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}
/** Checks that a configured directory exists; the message names the config key. */
function requireDir(dir, key, configFile) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory()) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(configFile ?? 'schemagate.yml', key, `directory not found: ${dir}`);
    }
}
/** Parses files with the real parser; `display` turns a path into what messages show. */
async function parseSqlFiles(paths, display) {
    await (0,_core_sql_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadSqlParser */ .Ok)();
    return paths.map((p) => (0,_core_sql_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSqlFile */ .K5)(display(p), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p, 'utf8')));
}
function relativeTo(root) {
    return (p) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, p) || p;
}


/***/ })

};
