export const id = 8457;
export const ids = [8457];
export const modules = {

/***/ 68457:
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
// EXTERNAL MODULE: ./src/core/lint/changeSet.ts
var changeSet = __webpack_require__(25473);
// EXTERNAL MODULE: ./src/core/lint/gate.ts
var gate = __webpack_require__(34998);
// EXTERNAL MODULE: ./src/core/lint/index.ts + 58 modules
var core_lint = __webpack_require__(16062);
;// CONCATENATED MODULE: ./src/core/report/lintText.ts
function lintText(report, gateNote) {
    return [...lintTextChunks(report, gateNote)].join('');
}
/** Characters per chunk of {@link lintTextChunks}. */
const CHUNK = 64 * 1024;
/**
 * The same text in pieces of about 64 KB, to be written as they come: at 10,000 findings the whole
 * text is ~5 MB, and building it first kept every piece alive to the end, for the GC to copy.
 */
function* lintTextChunks(report, gateNote) {
    let out = '';
    let ignored = 0;
    for (const f of report.findings) {
        out += `${f.file}:${f.line}:${f.column}: ${f.risk} ${f.ruleId}: ${f.message}${f.ignored ? ` [ignored: ${f.ignored.reason}]` : ''}\n`;
        if (f.ignored)
            ignored++;
        else
            out += `  statement: ${f.statement}\n  safe alternative:\n    ${f.safeAlternative.replaceAll('\n', '\n    ')}\n  docs: ${f.docs}\n`;
        if (out.length >= CHUNK) {
            yield out;
            out = '';
        }
    }
    out += `${report.files.length} file(s), ${report.statements} statement(s), ${report.findings.length} finding(s)${ignored ? ` (${ignored} ignored)` : ''}; highest risk: ${report.highestRisk}; PostgreSQL ${report.pgVersion}`;
    if (gateNote)
        out += `\n${gateNote}`;
    yield out;
}

;// CONCATENATED MODULE: ./src/core/report/terminalLint.ts
const RISK = /^(\S.*?:\d+:\d+: )(none|low|medium|high|critical)( \S+:)/;
function colourLintText(text, s) {
    if (!s.colour)
        return text;
    const paint = {
        none: s.dim,
        low: s.dim,
        medium: s.yellow,
        high: s.red,
        critical: (t) => s.bold(s.red(t)),
    };
    return text
        .split('\n')
        .map((line) => {
        const m = RISK.exec(line);
        if (m)
            return `${m[1]}${paint[m[2]](m[2])}${s.bold(m[3])}${line.slice(m[0].length)}`;
        if (line.startsWith('gate: fail'))
            return s.red(line);
        if (line.startsWith('gate: pass'))
            return s.green(line);
        return line;
    })
        .join('\n');
}

// EXTERNAL MODULE: ./src/core/report/terminalStyle.ts
var terminalStyle = __webpack_require__(63143);
// EXTERNAL MODULE: ./src/core/sql/index.ts + 4 modules
var sql = __webpack_require__(79585);
// EXTERNAL MODULE: ./src/db/index.ts
var db = __webpack_require__(61370);
// EXTERNAL MODULE: ./src/runtime/projectCore.ts + 1 modules
var projectCore = __webpack_require__(61746);
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
        'schemagate lint [files|dirs...] [--format text|json|sarif] [--pg-version N] [--url <database>] [--since <git-ref>] [--assume-in-transaction] [--config <file>]',
        '',
        'Lints the change (it prints which set it judged) in the context of the whole migration set:',
        '  files or dirs named: those files, as one change;',
        '  --since REF: the files changed since the merge base with REF (working tree included);',
        '  --url: the files not yet applied to that database (also read, read-only, for row counts);',
        '  inside git: the files changed since the merge base with the default branch;',
        '  otherwise: each file on its own, with every earlier file as already applied.',
        'A table created in the change exempts later statements of the change only. Editing, renaming',
        'or deleting a merged migration is a high finding.',
        'A directory that holds a schemagate.yml is a project: its config and migrations directory are used.',
        '--url also reads pg_class.reltuples (read-only) for the tables involved (data-aware risk).',
        '--assume-in-transaction: your runner wraps each file in a transaction (config: lint.assume_in_transaction).',
        'A file that does not parse is reported at file:line:col and every other file is still linted.',
        "Verdict: the lint-gate stage's. mode (canary/strict) governs drift only; lint.enforce: false",
        'makes the gate report-only ("not enforced"). Deliberate difference: the CLI cannot read reviews,',
        'so a finding that needs approval is never approved here (see docs/suite.md).',
        'Exit codes: 0 nothing needs approval (or not enforced), 1 a finding needs approval, 2 bad input (a file that does not parse, a bad pragma).',
    ].join('\n'),
    // Modules only some runs need (the change from git or --url, row counts, JSON and SARIF output)
    // are imported where they are used: a lint of named files loads none of them.
    async run(args, io) {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args,
            options: {
                format: { type: 'string', short: 'f', default: 'text' },
                'pg-version': { type: 'string' },
                url: { type: 'string' },
                config: { type: 'string', short: 'c' },
                since: { type: 'string' },
                'assume-in-transaction': { type: 'boolean' },
            },
            allowPositionals: true,
        });
        const format = values.format;
        if (!FORMATS.includes(format))
            throw new errors/* InputError */.dz(`--format must be one of ${FORMATS.join(', ')}, got "${values.format}"`);
        // The parser's wasm compiles in the background while the config and files are read.
        const parser = (0,sql/* loadSqlParser */.Ok)();
        parser.catch(() => { });
        // `schemagate lint examples/x` where x has a schemagate.yml: treat it as the project root.
        const single = positionals.length === 1 ? (0,external_node_path_.resolve)(io.cwd, positionals[0]) : undefined;
        const projectRoot = single && isDir(single) && (0,external_node_fs_.existsSync)(`${single}/schemagate.yml`) ? single : io.cwd;
        // Without a config file, neither YAML nor the config schema is loaded.
        const project = await (0,projectCore/* loadProjectLazily */.Nj)({ root: projectRoot, config: values.config, env: io.env });
        const lint = project.config.lint;
        const pgVersion = values['pg-version'] === undefined ? lint.pg_version : Number(values['pg-version']);
        if (!Number.isInteger(pgVersion) || pgVersion < 10 || pgVersion > 19) {
            throw new errors/* InputError */.dz(`--pg-version must be a major version between 10 and 19, got "${values['pg-version']}"`);
        }
        const dir = project.path(project.config.migrations.dir);
        const named = positionals.length > 0 && projectRoot === io.cwd;
        let paths;
        if (!named) {
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
        const sources = paths.map((p) => ({ file: show(p), text: (0,sqlFiles/* readSqlText */.Yb)(p, show(p)) }));
        // The change being judged: the named files, else --since, --url, the branch's changes, or each file alone.
        const { change, edits } = named
            ? {
                change: {
                    kind: 'files',
                    files: new Set(paths.map(show)),
                    description: `the files named on the command line, as one change (${paths.length} file(s))`,
                },
                edits: [],
            }
            : await (await Promise.all(/* import() */[__webpack_require__.e(2311), __webpack_require__.e(8815), __webpack_require__.e(4652), __webpack_require__.e(9662)]).then(__webpack_require__.bind(__webpack_require__, 29662))).resolveCliChange({
                project,
                dir,
                show,
                since: values.since,
                url: values.url,
                openDb: (url) => (0,db/* openDb */.bI)(url),
            });
        await parser;
        // One file that does not parse must not hide the findings of the others: each is reported.
        // Row counts need the judged files' tables before linting: parse them all up front then;
        // otherwise each file is parsed as the linter reaches it (parseLazily).
        const eager = values.url ? (0,core_lint/* parseForLint */.yF)(sources) : undefined;
        const { files, unparsed } = eager ?? (0,core_lint/* parseLazily */.zb)(sources);
        // Functions the declared schema defines STABLE/IMMUTABLE are not volatile defaults. A schema file
        // that does not parse only leaves its functions unknown, which counts as volatile (the safe side).
        const schemaDir = project.config.schema ? project.path(project.config.schema) : undefined;
        const functionVolatility = schemaDir && isDir(schemaDir)
            ? (0,core_lint/* declaredVolatility */.iq)((0,core_lint/* parseForLint */.yF)((0,sqlFiles/* listSqlFiles */.WP)(schemaDir).map((p) => ({ file: show(p), text: (0,sqlFiles/* readSqlText */.Yb)(p, show(p)) }))).files)
            : undefined;
        let rowCounts;
        const judged = eager && change.kind === 'files' ? eager.files.filter((f) => change.files.has(f.file)) : eager?.files;
        if (values.url && judged?.length)
            rowCounts = await (await __webpack_require__.e(/* import() */ 8321).then(__webpack_require__.bind(__webpack_require__, 98321))).readRowCountsReadOnly(db/* openDb */.bI, values.url, (0,core_lint/* tablesTouched */.K3)(judged));
        const report = (0,changeSet/* lintChange */.WA)(files, change, {
            pgVersion,
            ruleLevels: lint.rules,
            configFile: project.configFile ?? 'schemagate.yml',
            largeTableRows: lint.large_table_rows,
            rowCounts,
            unparsed,
            functionVolatility,
            assumeInTransaction: values['assume-in-transaction'] ?? lint.assume_in_transaction,
        }, edits);
        const gated = report.findings.filter((f) => (0,gate/* needsApproval */.vb)(f, lint));
        // The CLI cannot read reviews: a finding that needs approval is never approved here.
        const verdict = (0,gate/* gateVerdict */.lr)({ gated: gated.length, approved: false, enforce: lint.enforce });
        const passed = verdict === 'pass';
        // JSON and SARIF go to stdout alone; the judged set is then on stderr.
        if (format === 'text')
            io.out(`judged: ${change.description}`);
        else
            io.err(`judged: ${change.description}`);
        if (format === 'json')
            io.out(JSON.stringify({
                ...(await __webpack_require__.e(/* import() */ 3003).then(__webpack_require__.bind(__webpack_require__, 13003))).lintJson(report, {
                    mode: project.config.mode,
                    selectedBy: change.description,
                    version: version/* VERSION */.x,
                    passed,
                }),
                enforced: lint.enforce,
                verdict,
            }, null, 2));
        else if (format === 'sarif')
            io.out(JSON.stringify((await __webpack_require__.e(/* import() */ 375).then(__webpack_require__.bind(__webpack_require__, 80375))).toSarif(report, { rules: core_lint/* rules */.aO, version: version/* VERSION */.x }), null, 2));
        else {
            const subjects = listSome([...new Set(gated.map((f) => f.subject))], 5);
            const note = verdict === 'pass'
                ? 'gate: pass (no finding needs approval)'
                : verdict === 'fail'
                    ? `gate: fail: ${gated.length} finding(s) need approval: ${subjects}`
                    : `gate: ${gate/* NOT_ENFORCED */.BU}: ${gated.length} finding(s) would need approval: ${subjects}`;
            const style = (0,terminalStyle/* terminalStyle */.w)((0,terminalStyle/* colourWanted */.q)(io.env, io.isTTY ?? false));
            // Plain text of a large report goes out piece by piece, never built as one string.
            if (!style.colour && io.outPieces)
                io.outPieces(lintTextChunks(report, note));
            else
                io.out(colourLintText(lintText(report, note), style));
        }
        if (report.inputErrors?.length) {
            for (const e of report.inputErrors)
                io.err(`${e.file}:${e.line}:${e.column}: ${e.message}\n`);
            io.err(`${report.inputErrors.length} problem(s) in the input: the other files were linted and reported above\n`);
            return 2;
        }
        return verdict === 'fail' ? 1 : 0;
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

/***/ 23442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ matchDistinct)
/* harmony export */ });
/**
 * Largest assignment of people to groups with one distinct person per group (bipartite matching
 * by augmenting paths). Groups are a handful and people a few dozen, so the simple search is
 * enough. Returns person -> index of the group they stand for.
 */
function matchDistinct(eligible) {
    const groupOf = new Map();
    const tryGroup = (g, seen) => {
        for (const who of eligible[g]) {
            if (seen.has(who))
                continue;
            seen.add(who);
            const prev = groupOf.get(who);
            if (prev === undefined || tryGroup(prev, seen)) {
                groupOf.set(who, g);
                return true;
            }
        }
        return false;
    };
    for (let g = 0; g < eligible.length; g++)
        tryGroup(g, new Set());
    return groupOf;
}


/***/ }),

/***/ 46297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EQ: () => (/* binding */ evaluateApprovals),
/* harmony export */   VQ: () => (/* binding */ displayPrincipal)
/* harmony export */ });
/* unused harmony exports normaliseLogin, latestVerdicts */
/* harmony import */ var _governance_distinctApprovers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23442);

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
    // Commit -> why its content is not proven equal to the head's ('' when it is).
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
                sameFiles.set(r.commitId, whyDifferent(head, await input.fileDigestsAt(r.commitId), r.commitId));
            const why = sameFiles.get(r.commitId);
            if (why) {
                notes.push(`the approval by ${displayPrincipal(r.user)} on ${r.commitId.slice(0, 7)} is stale: ${why}`);
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
/**
 * '' when every tracked file has readable, identical content at the head and at `commit`;
 * otherwise why not. Only proven equality keeps an approval.
 */
function whyDifferent(head, at, commit) {
    const keys = [...new Set([...Object.keys(head), ...Object.keys(at)])].sort();
    for (const k of keys) {
        const h = head[k];
        const a = at[k];
        if (typeof h !== 'string')
            return `the content of ${k} at the head commit could not be read (${h?.unreadable ?? 'not tracked'}), so it cannot be proven unchanged`;
        if (typeof a !== 'string')
            return `the content of ${k} at ${commit.slice(0, 7)} could not be read (${a?.unreadable ?? 'not tracked'}), so it cannot be proven unchanged`;
        if (h !== a)
            return `${k} changed since`;
    }
    return '';
}
/** Largest set of approvers with each one standing for a different group. */
function distinctAssignment(groups) {
    return [...(0,_governance_distinctApprovers_js__WEBPACK_IMPORTED_MODULE_0__/* .matchDistinct */ .W)(groups).keys()];
}


/***/ }),

/***/ 25473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WA: () => (/* binding */ lintChange),
/* harmony export */   ap: () => (/* binding */ eachFile)
/* harmony export */ });
/* unused harmony exports APPLIED_HISTORY_RULE, APPLIED_HISTORY_DOCS, historyFinding */
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16062);
/* harmony import */ var _risk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44274);


const APPLIED_HISTORY_RULE = 'applied-history-changed';
const APPLIED_HISTORY_DOCS = 'docs/suite.md#the-change-being-judged';
const eachFile = (why) => ({
    kind: 'each-file',
    description: `each migration file on its own, with every earlier file as already applied (${why})`,
});
/** Lints `files` (the whole set, in order) as the change defines, plus the history findings. */
function lintChange(input, change, options, edits = []) {
    let parts;
    // Each file on its own lints every prefix again: parse once. A change of named files is one pass,
    // in which lazily parsed files (parseLazily) are parsed as they are linted.
    const files = change.kind === 'files' || Array.isArray(input) ? undefined : [...input];
    if (change.kind === 'files' || (files ?? input).length === 0) {
        const inChange = change.kind === 'files' ? change.files : new Set();
        const names = Array.isArray(input) ? input.map((f) => f.file) : input.names;
        const contextOnly = new Set(names.filter((f) => !inChange.has(f)));
        parts = [(0,_index_js__WEBPACK_IMPORTED_MODULE_0__/* .lintFiles */ .ji)(files ?? input, { ...options, contextOnly })];
    }
    else {
        const all = files ?? input;
        // Files that did not parse are reported once, with the first part, not once per prefix.
        parts = all.map((_, i) => {
            const upTo = all.slice(0, i + 1);
            return (0,_index_js__WEBPACK_IMPORTED_MODULE_0__/* .lintFiles */ .ji)(upTo, {
                ...options,
                unparsed: i === 0 ? options.unparsed : undefined,
                contextOnly: new Set(upTo.slice(0, i).map((f) => f.file)),
            });
        });
    }
    const findings = [...edits.map(historyFinding), ...parts.flatMap((p) => p.findings)];
    const inputErrors = parts.flatMap((p) => p.inputErrors ?? []);
    return {
        pgVersion: options.pgVersion,
        files: parts.flatMap((p) => p.files),
        statements: parts.reduce((n, p) => n + p.statements, 0),
        findings,
        highestRisk: (0,_risk_js__WEBPACK_IMPORTED_MODULE_1__/* .maxRisk */ .id)(findings.filter((f) => !f.ignored).map((f) => f.risk)),
        ...(inputErrors.length ? { inputErrors } : {}),
    };
}
function historyFinding(edit) {
    const verb = edit.how === 'removed' ? 'deletes' : edit.how === 'renamed' ? `renames (to ${edit.to})` : 'edits';
    return {
        file: edit.file,
        line: 1,
        column: 1,
        ruleId: APPLIED_HISTORY_RULE,
        risk: 'high',
        message: `the change ${verb} ${edit.file}, a migration that is already merged (applied history changed)`,
        why: 'Databases that already applied the file keep the old version: the migration history no longer matches what ran in production, and the migrate stage refuses an applied file whose content changed.',
        safeAlternative: 'Revert the edit and add a new migration that makes the change.',
        subject: `${edit.how === 'removed' ? 'DELETE' : edit.how === 'renamed' ? 'RENAME' : 'EDIT'} merged migration ${edit.file}`,
        statement: '',
        docs: APPLIED_HISTORY_DOCS,
    };
}


/***/ }),

/***/ 34998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ approvalRequirements),
/* harmony export */   BU: () => (/* binding */ NOT_ENFORCED),
/* harmony export */   Zv: () => (/* binding */ missingDescription),
/* harmony export */   lr: () => (/* binding */ gateVerdict),
/* harmony export */   vb: () => (/* binding */ needsApproval)
/* harmony export */ });
/* unused harmony exports ownersFor, compareRisk */
/* harmony import */ var _config_riskLevels_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71320);
/* harmony import */ var _approvals_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46297);



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
    for (const level of [..._config_riskLevels_js__WEBPACK_IMPORTED_MODULE_0__/* .RISK_LEVELS */ .W].reverse()) {
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
        ? ` from ${r.from.map(_approvals_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPrincipal */ .VQ).join(r.distinctTeams ? ' and ' : ' or ')}`
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
function gateVerdict(input) {
    if (input.gated === 0 || input.approved)
        return 'pass';
    return input.enforce ? 'fail' : 'not-enforced';
}
/** Prefix for every status line and comment headline of a gate that would fail but is not enforced. */
const NOT_ENFORCED = 'not enforced (lint.enforce: false)';


/***/ }),

/***/ 63143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ colourWanted),
/* harmony export */   w: () => (/* binding */ terminalStyle)
/* harmony export */ });
/**
 * Colour for the terminal sink only: on when stdout is a TTY, off under NO_COLOR (any non-empty
 * value, no-color.org), forced by FORCE_COLOR (except 0/false), off for TERM=dumb. The comment
 * and job summary renderers never use it, so escape codes cannot leak into them. Pure: the edge
 * passes the environment and whether stdout is a TTY.
 */
function colourWanted(env, isTTY) {
    if (env.NO_COLOR)
        return false;
    const force = env.FORCE_COLOR;
    if (force !== undefined && force !== '')
        return force !== '0' && force.toLowerCase() !== 'false';
    return isTTY && env.TERM !== 'dumb';
}
const sgr = (open, close) => (text) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text) => text;
function terminalStyle(colour) {
    return colour
        ? { colour, red: sgr(31, 39), yellow: sgr(33, 39), green: sgr(32, 39), bold: sgr(1, 22), dim: sgr(2, 22) }
        : { colour, red: plain, yellow: plain, green: plain, bold: plain, dim: plain };
}


/***/ })

};
