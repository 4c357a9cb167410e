export const id = 865;
export const ids = [865,756];
export const modules = {

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

/***/ 49756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   statementRisks: () => (/* binding */ statementRisks)
/* harmony export */ });
/* harmony import */ var _lint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18567);
/* harmony import */ var _lint_risk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44274);
/* harmony import */ var _sql_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72833);



function statementRisks(set, report, options) {
    const pending = new Set(report.pending.map((p) => p.file));
    const files = set.migrations.map((m) => (0,_sql_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSqlFile */ .K5)(m.up.file, m.up.text, { firstLine: m.up.firstLine }));
    const lint = (0,_lint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .lintFiles */ .ji)(files, {
        pgVersion: options.pgVersion,
        ruleLevels: options.ruleLevels,
        configFile: options.configFile,
        contextOnly: new Set(files.map((f) => f.file).filter((f) => !pending.has(f))),
    });
    const byStatement = new Map();
    for (const f of lint.findings) {
        if (f.ignored)
            continue;
        const key = `${f.file}:${f.line}`;
        byStatement.set(key, [...(byStatement.get(key) ?? []), f.risk]);
    }
    return new Map([...byStatement].map(([k, v]) => [k, (0,_lint_risk_js__WEBPACK_IMPORTED_MODULE_1__/* .maxRisk */ .id)(v)]));
}


/***/ }),

/***/ 97929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l7: () => (/* binding */ runMarkdown),
/* harmony export */   le: () => (/* binding */ runText),
/* harmony export */   lj: () => (/* binding */ summarizeRun),
/* harmony export */   oY: () => (/* binding */ downText),
/* harmony export */   qS: () => (/* binding */ statusText)
/* harmony export */ });
const ms = (n) => (n < 1000 ? `${Math.round(n)} ms` : `${(n / 1000).toFixed(1)} s`);
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const MAX_SQL = 1200;
function clip(sql) {
    return sql.length > MAX_SQL
        ? `${sql.slice(0, MAX_SQL)}\n-- … (${sql.length - MAX_SQL} more characters)`
        : sql;
}
function fence(sql) {
    const ticks = '`'.repeat(Math.max(3, ...[...sql.matchAll(/`+/g)].map((m) => m[0].length + 1)));
    return `${ticks}sql\n${clip(sql)}\n${ticks}`;
}
const code = (s) => `\`${s.replace(/`/g, "'")}\``;
function failureSentence(f) {
    const where = `${f.file}:${f.line}:${f.column}`;
    const state = f.sqlState ? ` (SQLSTATE ${f.sqlState})` : '';
    const after = f.transactional
        ? 'The file was rolled back: the database is as it was before this file.'
        : `This file runs outside a transaction: ${plural(f.completedStatements ?? 0, 'statement')} before the failing one completed and stay applied; ` +
            'the next run resumes at the failing statement.';
    return `${where}: ${f.message}${state}. ${after}`;
}
function summarizeRun(r) {
    if (r.dryRun)
        return `dry run: ${plural(r.pending.length, 'migration')} pending, nothing applied`;
    if (r.failure)
        return `${r.failure.file} failed at line ${r.failure.line}:${r.failure.column}: ${r.failure.message}`;
    const v = r.currentVersion ? `; current version ${r.currentVersion}` : '';
    return r.applied.length === 0 ? `up to date${v}` : `applied ${plural(r.applied.length, 'migration')}${v}`;
}
function riskOf(risks, file, line) {
    const r = risks?.get(`${file}:${line}`);
    return r ? r : '';
}
// ---- terminal ----
function runText(r, risks) {
    const out = [];
    for (const a of r.applied) {
        const resumed = a.resumedAt ? ` (resumed after statement ${a.resumedAt})` : '';
        out.push(`applied  ${a.file}  ${ms(a.durationMs)}${a.transactional ? '' : '  [no transaction]'}${resumed}`);
    }
    if (r.failure) {
        out.push(`FAILED   ${failureSentence(r.failure)}`, '', indent(clip(r.failure.statement)), '');
    }
    if (r.dryRun) {
        out.push(`dry run (${r.format}): ${plural(r.pending.length, 'pending migration')}; nothing was changed`);
        for (const p of r.pending) {
            out.push('', `${p.file}${p.transactional ? '' : '  [no transaction]'}${p.hasDown ? '  [has down]' : '  [no down part]'}`);
            p.statements.forEach((s, i) => {
                if (i < p.resumeAt)
                    return;
                const risk = riskOf(risks, p.file, s.line);
                out.push(`  ${s.line}:${s.column}${risk ? `  risk ${risk}` : ''}${s.nonTransactional ? `  (${s.nonTransactional}: outside a transaction)` : ''}`);
                out.push(indent(clip(s.text), '    '));
            });
        }
    }
    else if (r.pending.length > 0) {
        out.push(`still pending: ${r.pending.map((p) => p.file).join(', ')}`);
    }
    if (r.adopted)
        out.push(`adopted ${plural(r.adopted.count, 'applied migration')} recorded by ${r.adopted.source}`);
    out.push(...r.warnings.map((w) => `warning: ${w}`));
    out.push(summarizeRun(r));
    return out.join('\n');
}
function indent(s, pad = '    ') {
    return s
        .split('\n')
        .map((l) => pad + l)
        .join('\n');
}
function statusText(s) {
    const out = [`format: ${s.format}`];
    if (s.adopted)
        out.push(`revision table: not created yet; applied state read from ${s.adopted.source}`);
    else if (!s.tableExists)
        out.push('revision table: not created yet (nothing applied by schemagate)');
    for (const a of s.state.applied) {
        out.push(`applied  ${a.migration.version.padEnd(16)} ${a.migration.up.file}  ${a.row.applied_at}${a.row.operation === 'apply' ? '' : ` (${a.row.operation})`}`);
    }
    for (const p of s.state.partial)
        out.push(`PARTIAL  ${p.migration.version.padEnd(16)} ${p.migration.up.file}  ${p.row.progress} statement(s) done; \`migrate up\` resumes it`);
    const partial = new Set(s.state.partial.map((p) => p.migration));
    for (const m of s.state.pending) {
        if (partial.has(m))
            continue;
        out.push(`pending  ${m.version.padEnd(16)} ${m.up.file}  ${m.down ? 'down: yes' : 'down: none'}`);
    }
    for (const c of s.state.changed)
        out.push(`EDITED   ${c.migration.version.padEnd(16)} ${c.migration.up.file}  changed after it was applied`);
    for (const o of s.state.outOfOrder)
        out.push(`ORDER    ${o.migration.version.padEnd(16)} ${o.migration.up.file}  pending but ${o.after.file} is applied`);
    for (const m of s.state.missing)
        out.push(`missing  ${m.version.padEnd(16)} (applied, no file in the directory)`);
    const noDown = s.state.pending.filter((m) => !m.down && !m.repeatable);
    out.push(`current version: ${s.state.currentVersion ?? 'none'}; ${plural(s.state.pending.length, 'pending migration')}` +
        (s.state.pending.length > 0
            ? `; rollback plan: ${noDown.length === 0 ? 'every pending migration has a down part' : `no down part for ${noDown.map((m) => m.up.file).join(', ')}`}`
            : ''));
    return out.join('\n');
}
function downText(d) {
    const out = d.rolledBack.map((r) => `rolled back  ${r.file}  ${ms(r.durationMs)}`);
    if (d.failure)
        out.push(`FAILED   ${failureSentence(d.failure)}`, '', indent(clip(d.failure.statement)));
    out.push(`current version: ${d.currentVersion ?? 'none'}`);
    return out.join('\n');
}
// ---- markdown ----
function rollbackPlan(pending) {
    if (pending.length === 0)
        return [];
    const rows = pending.map((p) => `| ${code(p.file)} | ${p.statements.length} | ${p.transactional ? 'yes' : 'no'} | ${p.hasDown ? 'yes' : '**none**'} |`);
    return ['', '| Pending migration | Statements | Transaction | Down part |', '|---|---:|---|---|', ...rows];
}
function runMarkdown(r, heading, risks) {
    const out = [`### ${heading}`, ''];
    if (r.failure) {
        out.push(`:x: **Migration failed**: ${failureSentence(r.failure)}`, '', fence(r.failure.statement));
    }
    else if (r.dryRun) {
        out.push(`:mag: **Dry run** (${r.format}): ${plural(r.pending.length, 'migration')} would run; nothing was changed.`);
    }
    else {
        out.push(r.applied.length === 0
            ? `:white_check_mark: Up to date${r.currentVersion ? ` at version ${code(r.currentVersion)}` : ''}; nothing to apply.`
            : `:white_check_mark: Applied ${plural(r.applied.length, 'migration')} (${r.format})${r.currentVersion ? `; current version ${code(r.currentVersion)}` : ''}.`);
    }
    if (r.applied.length > 0) {
        out.push('', '| Applied | Duration | Transaction |', '|---|---:|---|');
        for (const a of r.applied)
            out.push(`| ${code(a.file)} | ${ms(a.durationMs)} | ${a.transactional ? 'yes' : `no${a.resumedAt ? `, resumed after statement ${a.resumedAt}` : ''}`} |`);
    }
    out.push(...rollbackPlan(r.pending));
    if (r.dryRun) {
        for (const p of r.pending) {
            const body = p.statements
                .slice(p.resumeAt)
                .map((s) => {
                const risk = riskOf(risks, p.file, s.line);
                return `-- line ${s.line}${risk ? `, risk: ${risk}` : ''}${s.nonTransactional ? `, outside a transaction (${s.nonTransactional})` : ''}\n${clip(s.text)};`;
            })
                .join('\n\n');
            out.push('', `<details><summary>${code(p.file)}</summary>`, '', fence(body), '', '</details>');
        }
    }
    if (r.adopted)
        out.push('', `Adopted ${plural(r.adopted.count, 'applied migration')} recorded by ${r.adopted.source}.`);
    for (const w of r.warnings)
        out.push('', `> [!WARNING]\n> ${w}`);
    return `${out.join('\n')}\n`;
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

/***/ 45554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ cutDescription)
/* harmony export */ });
/* unused harmony export MAX_STATUS_DESCRIPTION */
/** GitHub rejects commit status descriptions longer than this. */
const MAX_STATUS_DESCRIPTION = 140;
/** One line, at most 140 characters, cut with an ellipsis. */
function cutDescription(text) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    return oneLine.length <= MAX_STATUS_DESCRIPTION
        ? oneLine
        : `${oneLine.slice(0, MAX_STATUS_DESCRIPTION - 1)}…`;
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

/***/ 47988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hx: () => (/* binding */ auditLogPath),
/* harmony export */   IA: () => (/* binding */ schemaBundleHash),
/* harmony export */   Iq: () => (/* binding */ appendAuditLog)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_drift_audit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38336);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _migrationDir_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66769);
/* harmony import */ var _sqlFiles_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62197);
/**
 * The edge side of the audit log: the schema bundle's hash from the files on disk, and appending
 * an entry to audit.log (created with a header when absent; never the same entry twice).
 */






/** SHA-256 of the declared schema files (or, without `schema:`, of the migration directory). */
function schemaBundleHash(project) {
    const { config } = project;
    if (config.schema) {
        const dir = project.path(config.schema);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir)) {
            return (0,_core_drift_audit_js__WEBPACK_IMPORTED_MODULE_2__/* .bundleHash */ .zh)((0,_sqlFiles_js__WEBPACK_IMPORTED_MODULE_5__/* .listSqlFiles */ .WP)(dir).map((p) => ({ name: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(dir, p), content: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p) })));
        }
    }
    const dir = project.path(config.migrations.dir);
    return (0,_core_drift_audit_js__WEBPACK_IMPORTED_MODULE_2__/* .bundleHash */ .zh)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir)
        ? (0,_migrationDir_js__WEBPACK_IMPORTED_MODULE_4__/* .readMigrationDir */ .Oz)(dir, project.configFile).map((f) => ({ name: f.name, content: f.content }))
        : []);
}
function auditLogPath(project) {
    const log = project.config.audit.log;
    if (!log)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(project.configFile ?? 'schemagate.yml', 'audit.log', 'not set: add `audit: { log: docs/schema-audit.md }` (any markdown path)');
    return project.path(log);
}
/** Appends `entry`; false when the same entry was already there. */
function appendAuditLog(project, entry) {
    const path = auditLogPath(project);
    const existing = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8') : undefined;
    const { text, appended } = (0,_core_drift_audit_js__WEBPACK_IMPORTED_MODULE_2__/* .appendAuditEntry */ .Up)(existing, entry);
    if (appended) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, text);
    }
    return appended;
}


/***/ }),

/***/ 42865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runStageEntry: () => (/* binding */ runStageEntry)
});

// EXTERNAL MODULE: ./src/db/index.ts
var db = __webpack_require__(61370);
;// CONCATENATED MODULE: ./src/stages/actionsPort.ts
async function actionsCorePort() {
    const core = await __webpack_require__.e(/* import() */ 421).then(__webpack_require__.bind(__webpack_require__, 96421));
    const props = (w) => w ? { file: w.file, startLine: w.line, startColumn: w.col } : undefined;
    return {
        getInput: (name) => core.getInput(name),
        setOutput: (name, value) => core.setOutput(name, value),
        setSecret: (s) => core.setSecret(s),
        info: (m) => core.info(m),
        warning: (m, w) => core.warning(m, props(w)),
        error: (m, w) => core.error(m, props(w)),
        async appendSummary(markdown) {
            if (!process.env.GITHUB_STEP_SUMMARY)
                return;
            await core.summary.addRaw(markdown, true).write();
        },
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/report/driftMarkdown.ts + 1 modules
var driftMarkdown = __webpack_require__(95332);
// EXTERNAL MODULE: ./src/core/report/driftMetrics.ts
var driftMetrics = __webpack_require__(9268);
// EXTERNAL MODULE: ./src/core/report/driftReport.ts
var driftReport = __webpack_require__(60251);
// EXTERNAL MODULE: ./src/runtime/driftRun.ts + 1 modules
var driftRun = __webpack_require__(18804);
// EXTERNAL MODULE: ./src/core/drift/check.ts
var check = __webpack_require__(80583);
// EXTERNAL MODULE: ./src/runtime/driftAudit.ts
var driftAudit = __webpack_require__(47988);
;// CONCATENATED MODULE: ./src/stages/drift-check/bypass.ts
/**
 * The emergency bypass: the label (drift.bypass_label) on the pull request, read fresh, and the
 * audit entry of a bypass with what must be reconciled within 24 hours.
 */


/** The bypass label when it is on the pull request, else null. */
async function bypassLabel(ctx) {
    const label = ctx.project.config.drift.bypass_label;
    if (!ctx.pr)
        return null;
    // Labels are read fresh: the label is often added after the event that started the run.
    const labels = ctx.github ? await ctx.github.listLabels(ctx.pr.number) : ctx.pr.labels;
    return labels.includes(label) ? label : null;
}
/** Writes the bypass to audit.log; returns the note for the comment. */
function recordBypass(ctx, report) {
    const { project } = ctx;
    if (!report.bypass)
        return '';
    if (!project.config.audit.log) {
        ctx.log.warning('schemagate: audit.log is not set, so the emergency bypass is recorded in the comment only');
        return '\n`audit.log` is not set, so this bypass is recorded in this comment only.\n';
    }
    (0,driftAudit/* appendAuditLog */.Iq)(project, {
        kind: 'bypass',
        date: ctx.now(),
        pr: ctx.pr?.number ?? null,
        actor: ctx.run.actor || ctx.pr?.author || 'unknown',
        schemaHash: (0,driftAudit/* schemaBundleHash */.IA)(project),
        label: report.bypass.label,
        mode: report.mode,
        dueBy: report.bypass.dueBy,
        reconcile: report.pairs.flatMap((p) => p.result === 'fail' ? p.differences.map((d) => `${p.subject}: ${(0,check/* describeDifference */.hF)(d)}`) : []),
    });
    return `\nThe bypass is recorded in ${project.config.audit.log}.\n`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/drift/audit.ts
var audit = __webpack_require__(38336);
// EXTERNAL MODULE: ./src/core/lint/approvals.ts
var lint_approvals = __webpack_require__(46297);
;// CONCATENATED MODULE: ./src/stages/drift-check/promotion.ts
/**
 * A canary -> strict promotion made by the pull request: detected by comparing the config at the
 * PR base with the working tree; it needs two distinct approvals and is written to the audit log.
 * The approvals are counted by the lint gate's policy (latest review per reviewer, not the author,
 * and not stale: given on a commit where the config file was already what it is now).
 */





const PROMOTION_APPROVALS = 2;
async function checkPromotion(ctx) {
    const { github, pr, project } = ctx;
    if (!github || !pr)
        return null;
    const file = project.configFile ?? 'schemagate.yml';
    const headPath = project.path(file);
    const head = (0,external_node_fs_.existsSync)(headPath) ? (0,external_node_fs_.readFileSync)(headPath, 'utf8') : undefined;
    const base = await github.fileAt(file, pr.baseSha);
    const change = (0,audit/* detectModeChange */.jt)(base, head, file);
    if (change?.from !== 'canary' || change.to !== 'strict')
        return null;
    const digest = async (commit) => {
        const text = await github.fileAt(file, commit);
        return { [file]: text === undefined ? 'absent' : (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex') };
    };
    const evaluated = await (0,lint_approvals/* evaluateApprovals */.EQ)({
        requirements: [
            {
                id: 'drift:promotion',
                reason: `mode ${change.from} → ${change.to}`,
                count: PROMOTION_APPROVALS,
                from: [],
                distinctTeams: false,
            },
        ],
        reviews: await github.listReviews(pr.number),
        prAuthor: pr.author,
        headSha: pr.headSha,
        fileDigestsAt: digest,
        teamMembers: (org, team) => github.teamMembers(org, team),
    });
    const approvals = { satisfied: evaluated.satisfied, approvers: [...evaluated.results[0].approvers].sort() };
    let logged = false;
    let note = '';
    if (approvals.satisfied) {
        if (project.config.audit.log) {
            logged = (0,driftAudit/* appendAuditLog */.Iq)(project, {
                kind: 'promotion',
                date: ctx.now(),
                pr: pr.number,
                actor: ctx.run.actor || pr.author,
                schemaHash: (0,driftAudit/* schemaBundleHash */.IA)(project),
                change,
                approvers: approvals.approvers,
                requiredApprovals: PROMOTION_APPROVALS,
            });
            note = logged
                ? ` Recorded in ${project.config.audit.log}.`
                : ` Already recorded in ${project.config.audit.log}.`;
        }
        else {
            note = ' `audit.log` is not set, so no audit entry was written.';
        }
    }
    const who = approvals.approvers.length > 0 ? approvals.approvers.map((a) => `@${a}`).join(', ') : 'nobody yet';
    const section = approvals.satisfied
        ? `:lock: **Mode change ${change.from} → ${change.to}** approved by ${who}.${note}\n`
        : `:no_entry: **Mode change ${change.from} → ${change.to}** needs ${PROMOTION_APPROVALS} approvals from distinct reviewers (not the author); approved by ${who}.\n`;
    const notes = evaluated.notes.map((n) => `\n- ${n}`).join('');
    return {
        change,
        approvers: approvals.approvers,
        satisfied: approvals.satisfied,
        notes: evaluated.notes,
        logged,
        section: `${section}${notes}${notes ? '\n' : ''}`,
    };
}

;// CONCATENATED MODULE: ./src/stages/drift-check/stage.ts
/**
 * The drift-check stage: compare the configured states, publish the report (comment section, job
 * summary, JSON validation report, Prometheus metrics), apply the mode, the emergency bypass label
 * and the approval rule of a canary -> strict promotion.
 */








function write(path, text) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    (0,external_node_fs_.writeFileSync)(path, text);
}
/** The commit status description (cut to 140 characters by the runner). */
function describe(report) {
    const counts = (0,driftReport/* totalCounts */.xW)(report);
    const n = `${counts.total} difference${counts.total === 1 ? '' : 's'}`;
    if (report.pairs.length === 0)
        return 'nothing to compare: set schema, database-url or drift.baseline';
    switch (report.result) {
        case 'pass':
            return 'no drift';
        case 'bypassed':
            return 'bypassed';
        case 'drift':
            return `${n} (canary: reported, not blocking)`;
        case 'fail':
            return `${n}${counts.critical > 0 ? ` (${counts.critical} on critical tables)` : ''} (${report.mode})`;
    }
}
const stage = {
    name: 'drift-check',
    async run(ctx) {
        const { project } = ctx;
        const liveUrl = ctx.input('database-url') || ctx.upstream['neon-branch.database-url'] || undefined;
        if (liveUrl)
            ctx.log.mask(liveUrl);
        const report = await (0,driftRun/* runDrift */.l)({
            project,
            devUrl: ctx.input('dev-url') || project.config.dev_url,
            liveUrl,
            baselinePath: ctx.input('baseline') || undefined,
            openDb: ctx.openDb,
            bypassLabel: await bypassLabel(ctx),
            now: ctx.now,
        });
        let section = (0,driftMarkdown/* renderDriftMarkdown */.b9)(report) + recordBypass(ctx, report);
        const promotion = await checkPromotion(ctx);
        if (promotion)
            section += `\n${promotion.section}`;
        const reportPath = project.path(ctx.input('report-path') || 'schemagate-drift.json');
        write(reportPath, (0,driftReport/* renderDriftJson */.WF)(report));
        const metricsInput = ctx.input('metrics-path') || project.config.drift.metrics;
        const metricsPath = metricsInput ? project.path(metricsInput) : '';
        if (metricsPath)
            write(metricsPath, await (0,driftMetrics/* renderDriftMetrics */.t)(report));
        let state = report.result === 'fail' ? 'failure' : 'success';
        let description = describe(report);
        if (promotion && !promotion.satisfied) {
            state = 'failure';
            description = `mode change canary → strict needs ${PROMOTION_APPROVALS} distinct approvals (has ${promotion.approvers.length}); ${description}`;
        }
        return {
            state,
            description,
            section,
            outputs: { drift: String((0,driftReport/* hasDrift */.uL)(report)), 'report-path': reportPath, 'metrics-path': metricsPath },
        };
    },
};

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
;// CONCATENATED MODULE: ./src/core/report/lintMarkdown.ts

const cell = (s) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
const code = (s) => s ? `<code>${cell(s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))}</code>` : '';
function lintSection(input) {
    const { report } = input;
    const icon = input.passed ? ':white_check_mark:' : input.canary ? ':warning:' : ':x:';
    const out = [
        `### lint-gate`,
        '',
        `${icon} ${input.headline}${input.canary && !input.passed ? ' (canary mode: reported, not blocking)' : ''}`,
        '',
    ];
    if (report.findings.length) {
        out.push('| Risk | Rule | Where | Statement | Why | Safe alternative |', '| --- | --- | --- | --- | --- | --- |');
        for (const f of report.findings) {
            const risk = f.ignored ? `~~${f.risk}~~ ignored: ${cell(f.ignored.reason)}` : `**${f.risk}**`;
            out.push(`| ${risk} | [${f.ruleId}](${f.docs}) | \`${f.file}:${f.line}\` | ${code(f.statement)} | ${cell(f.message)}. ${cell(f.why)} | ${code(f.safeAlternative)} |`);
        }
        out.push('');
    }
    else {
        out.push(`No findings in ${report.files.length} migration file(s).`, '');
    }
    if (input.approvals?.results.length) {
        out.push('**Approvals**', '');
        for (const r of input.approvals.results) {
            const who = r.requirement.from.length
                ? ` from ${r.requirement.from.map(lint_approvals/* displayPrincipal */.VQ).join(', ')}`
                : '';
            const dual = r.requirement.distinctTeams ? ' (each from a different entry)' : '';
            const have = r.approvers.length
                ? `present: ${r.approvers.map(lint_approvals/* displayPrincipal */.VQ).join(', ')}`
                : 'none yet';
            out.push(`- ${r.satisfied ? ':white_check_mark:' : ':hourglass:'} ${r.requirement.count} approval(s)${who}${dual} for ${r.requirement.reason}: ${have}`);
        }
        for (const n of input.approvals.notes)
            out.push(`- :information_source: ${n}`);
        out.push('');
    }
    if (input.approvalsUnavailable)
        out.push(`:information_source: ${input.approvalsUnavailable}`, '');
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/core/report/sarif.ts
var sarif = __webpack_require__(80375);
// EXTERNAL MODULE: ./src/runtime/sqlFiles.ts
var sqlFiles = __webpack_require__(62197);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/runtime/changedFiles.ts
var changedFiles = __webpack_require__(90793);
;// CONCATENATED MODULE: ./src/stages/lint-gate/selectFiles.ts
/** Which migration files the lint gate looks at: the PR's added or changed ones, in the context of the whole set. */


async function selectChangedFiles(ctx, migrationsDir) {
    const root = ctx.project.root;
    const wd = ctx.input('working-directory');
    // listFiles returns repository-relative paths; the project root may be a sub-directory of the repository.
    const prefix = wd && !(0,external_node_path_.isAbsolute)(wd) ? (0,external_node_path_.normalize)(wd).replace(/^\.\/?$/, '') : '';
    const repoPath = (abs) => (0,external_node_path_.normalize)(`${prefix}/${(0,external_node_path_.relative)(root, abs)}`).replace(/^\/+/, '');
    const inDir = (abs) => !(0,external_node_path_.relative)(migrationsDir, abs).startsWith('..') && abs.endsWith('.sql');
    if (ctx.github && ctx.pr) {
        const files = await ctx.github.listFiles(ctx.pr.number);
        const changed = new Set(files
            .filter((f) => f.status !== 'removed')
            .map((f) => (0,external_node_path_.resolve)(root, prefix ? (0,external_node_path_.relative)(prefix, f.filename) : f.filename))
            .filter(inDir));
        return { changed, repoPath, source: 'pull request files' };
    }
    if (ctx.pr?.baseSha) {
        const changed = new Set((0,changedFiles/* gitChangedFiles */.C)(root, ctx.pr.baseSha)
            .map((p) => (0,external_node_path_.resolve)(root, p))
            .filter(inDir));
        return { changed, repoPath, source: 'git diff' };
    }
    return { repoPath, source: 'all files' };
}

;// CONCATENATED MODULE: ./src/stages/lint-gate/stage.ts
/**
 * The lint-gate stage: lint the migrations the pull request adds or changes (in the context of the
 * whole migration set), work out which approvals the findings need, read the reviews, and post
 * schemagate/lint-gate. Re-running it on pull_request_review re-evaluates the approvals only.
 */














const stage_stage = {
    name: 'lint-gate',
    run: runLintGate,
};
async function runLintGate(ctx) {
    const { project } = ctx;
    const lint = project.config.lint;
    const pgVersion = readPgVersion(ctx.input('pg-version'), lint.pg_version, project.configFile);
    const dir = project.path(project.config.migrations.dir);
    (0,sqlFiles/* requireDir */.pt)(dir, 'migrations.dir', project.configFile);
    const selection = await selectChangedFiles(ctx, dir);
    const show = (0,sqlFiles/* relativeTo */.Mf)(project.root);
    const all = (0,sqlFiles/* listSqlFiles */.WP)(dir);
    const files = await (0,sqlFiles/* parseSqlFiles */.VH)(all, show);
    const contextOnly = new Set(all.filter((p) => selection.changed && !selection.changed.has(p)).map(show));
    const linted = files.filter((f) => !contextOnly.has(f.file));
    const url = ctx.input('database-url') || ctx.upstream['neon-branch.database-url'];
    let rowCounts;
    if (url && linted.length) {
        const db = await ctx.openDb(url);
        try {
            rowCounts = await (0,lint_rowCounts/* readRowCounts */.x)(db, (0,core_lint/* tablesTouched */.K3)(linted));
        }
        finally {
            await db.close();
        }
    }
    const report = (0,core_lint/* lintFiles */.ji)(files, {
        pgVersion,
        ruleLevels: lint.rules,
        configFile: project.configFile,
        largeTableRows: lint.large_table_rows,
        rowCounts,
        contextOnly,
    });
    const requirements = (0,gate/* approvalRequirements */.Ay)(report.findings, lint);
    let approvals;
    let unavailable;
    if (requirements.length && ctx.github && ctx.pr) {
        const github = ctx.github;
        const tracked = linted.map((f) => selection.repoPath(project.path(f.file)));
        approvals = await (0,lint_approvals/* evaluateApprovals */.EQ)({
            requirements,
            reviews: await github.listReviews(ctx.pr.number),
            prAuthor: ctx.pr.author,
            headSha: ctx.pr.headSha,
            fileDigestsAt: async (commit) => {
                const out = {};
                for (const p of tracked) {
                    const text = await github.fileAt(p, commit);
                    out[p] = text === undefined ? 'absent' : (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
                }
                return out;
            },
            teamMembers: (org, team) => github.teamMembers(org, team),
        });
    }
    else if (requirements.length) {
        unavailable =
            'Approvals cannot be read here (no github-token or no pull request in the event), so the findings that need one are not approved.';
    }
    const gated = report.findings.filter((f) => (0,gate/* needsApproval */.vb)(f, lint));
    const passed = gated.length === 0 || Boolean(approvals?.satisfied);
    const canary = project.config.mode === 'canary';
    const headline = stage_describe(report, gated.length, approvals, passed);
    const description = canary && !passed ? `canary: ${headline}` : headline;
    for (const f of report.findings) {
        if (f.ignored || f.risk === 'none' || f.risk === 'low')
            continue;
        const text = `${f.ruleId} (${f.risk}): ${f.message}`;
        const where = { file: f.file, line: f.line, col: f.column };
        if ((f.risk === 'high' || f.risk === 'critical') && !passed && !canary)
            ctx.log.error(text, where);
        else
            ctx.log.warning(text, where);
    }
    const sarifPath = project.path(ctx.input('sarif-path') || 'schemagate-lint.sarif');
    const reportPath = project.path(ctx.input('lint-report-path') || 'schemagate-lint.json');
    writeOut(sarifPath, (0,sarif/* toSarif */.z)(report, { rules: core_lint/* rules */.aO, version: version/* VERSION */.x }));
    writeOut(reportPath, (0,lintJson/* lintJson */.G)(report, {
        approvals,
        mode: project.config.mode,
        selectedBy: selection.source,
        version: version/* VERSION */.x,
    }));
    return {
        state: passed || canary ? 'success' : 'failure',
        description,
        section: lintSection({ report, approvals, approvalsUnavailable: unavailable, canary, headline, passed }),
        outputs: {
            findings: String(report.findings.filter((f) => !f.ignored).length),
            'highest-risk': report.highestRisk,
            approved: String(passed),
            'sarif-path': sarifPath,
            'lint-report-path': reportPath,
        },
    };
}
function stage_describe(report, gated, approvals, passed) {
    const n = report.findings.filter((f) => !f.ignored).length;
    if (report.files.length === 0)
        return 'no migration files changed';
    if (gated === 0) {
        return n === 0
            ? `no findings in ${report.files.length} migration file(s)`
            : `${n} finding(s), highest risk ${report.highestRisk}: no approval needed`;
    }
    if (passed && approvals) {
        const who = [...new Set(approvals.results.flatMap((r) => r.approvers))].map(lint_approvals/* displayPrincipal */.VQ).join(', ');
        return `approved by ${who}: ${approvals.results.map((r) => r.requirement.reason).join(', ')}`;
    }
    if (approvals)
        return (0,gate/* missingDescription */.Zv)(approvals);
    const first = report.findings.find((f) => !f.ignored && f.risk === report.highestRisk);
    return `needs approval (reviews unreadable: no token or pull request): ${first?.subject ?? ''}`;
}
function readPgVersion(input, fallback, configFile) {
    if (!input)
        return fallback;
    const n = Number(input);
    if (!Number.isInteger(n) || n < 10 || n > 19) {
        throw new errors/* ConfigError */.xL(configFile ?? 'schemagate.yml', 'input pg-version', `must be a major version between 10 and 19, got ${JSON.stringify(input)}`);
    }
    return n;
}
function writeOut(path, data) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    (0,external_node_fs_.writeFileSync)(path, `${JSON.stringify(data, null, 2)}\n`);
}

// EXTERNAL MODULE: ./src/core/migrations/dryRunRisk.ts
var dryRunRisk = __webpack_require__(49756);
// EXTERNAL MODULE: ./src/core/migrations/index.ts + 18 modules
var migrations = __webpack_require__(86800);
// EXTERNAL MODULE: ./src/core/migrations/render.ts
var render = __webpack_require__(97929);
// EXTERNAL MODULE: ./src/runtime/migrationDir.ts
var migrationDir = __webpack_require__(66769);
;// CONCATENATED MODULE: ./src/stages/types.ts
const STAGES = ['neon-branch', 'migrate', 'drift-check', 'lint-gate'];
const statusContext = (stage) => `schemagate/${stage}`;

;// CONCATENATED MODULE: ./src/stages/migrate/stage.ts
/**
 * The migrate stage: apply the pending migrations to the target database (in the suite, the pull
 * request's Neon branch), or with dry-run show what would run. Posts schemagate/migrate and a
 * comment section listing each applied file with its duration, or the failing file, statement,
 * line:column and PostgreSQL's error. The database URL is never part of any output.
 */






const migrate_stage_stage = {
    name: 'migrate',
    run: runMigrate,
};
function readBoolean(value, input) {
    if (value === '' || value === 'false')
        return false;
    if (value === 'true')
        return true;
    throw new errors/* ConfigError */.xL('input', input, `must be true or false, got ${JSON.stringify(value)}`);
}
async function runMigrate(ctx) {
    const { project } = ctx;
    const dryRun = readBoolean(ctx.input('dry-run'), 'dry-run');
    const overrides = {
        dir: ctx.input('dir') || undefined,
        format: ctx.input('format') || undefined,
        lockTimeout: ctx.input('lock-timeout') || undefined,
        statementTimeout: ctx.input('statement-timeout') || undefined,
    };
    const set = (0,migrationDir/* loadMigrationSet */.B_)(project, overrides);
    const options = (0,migrationDir/* runnerOptionsFor */.St)(set, project.config, project.configFile, overrides);
    const url = ctx.input('database-url') || ctx.upstream['neon-branch.database-url'];
    if (url)
        ctx.log.mask(url);
    if (!url && !dryRun) {
        throw new errors/* ConfigError */.xL('input', 'database-url', 'required: the database to migrate (in the suite it comes from the neon-branch stage)');
    }
    const baseline = ctx.input('baseline');
    const db = await ctx.openDb(url || undefined);
    let report;
    let baselined = [];
    try {
        if (baseline && !dryRun)
            baselined = (await (0,migrations/* baselineMigrations */.fE)(db, { ...options, version: baseline })).marked;
        report = await (0,migrations/* migrateUp */.Pi)(db, { ...options, dryRun, appliedBy: appliedBy(ctx), log: ctx.log.info });
    }
    finally {
        await db.close();
    }
    const risks = dryRun
        ? (0,dryRunRisk.statementRisks)(set, report, {
            pgVersion: project.config.lint.pg_version,
            ruleLevels: project.config.lint.rules,
            configFile: project.configFile,
        })
        : undefined;
    let section = (0,render/* runMarkdown */.l7)(report, statusContext('migrate'), risks);
    if (baselined.length > 0)
        section += `\nBaseline: marked ${baselined.length} migration(s) up to \`${baseline}\` as applied without running them.\n`;
    if (dryRun && !url)
        section += '\nNo database was given: every migration is listed as pending.\n';
    const f = report.failure;
    if (f)
        ctx.log.error(`${f.message}${f.sqlState ? ` (SQLSTATE ${f.sqlState})` : ''}`, {
            file: f.file,
            line: f.line,
            col: f.column,
        });
    return {
        state: f ? 'failure' : 'success',
        description: (0,render/* summarizeRun */.lj)(report),
        section,
        outputs: {
            applied: String(report.applied.length),
            'current-version': report.currentVersion ?? '',
            pending: String(report.pending.length),
        },
    };
}
/** Who applied it, as the revision table records it: the pull request run, when there is one. */
function appliedBy(ctx) {
    if (!ctx.run.actor)
        return undefined;
    return ctx.pr ? `${ctx.run.actor} (${ctx.run.repository}#${ctx.pr.number})` : ctx.run.actor;
}

// EXTERNAL MODULE: ./node_modules/@neondatabase/api-client/dist/index.js
var dist = __webpack_require__(43643);
;// CONCATENATED MODULE: ./src/neon/port.ts
/** What the neon-branch stage needs from Neon, as a small port (the API client is in apiPort.ts). */
/** Bad input that Neon told us about (API key, project id, parent): the stage fails, naming the input. */
class NeonInputError extends Error {
    input;
    name = 'NeonInputError';
    constructor(input, message) {
        super(message);
        this.input = input;
    }
}

;// CONCATENATED MODULE: ./src/neon/retry.ts
/**
 * Retries for Neon calls: 423 (the project is locked by a running operation), 429, 5xx and
 * network errors, with exponential backoff. The clock is injected so tests never wait.
 */
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const NETWORK_CODES = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ENOTFOUND',
    'EPIPE',
    'ECONNABORTED',
    'ERR_NETWORK',
    'UND_ERR_SOCKET',
]);
function httpStatus(err) {
    const e = err;
    const s = e?.response?.status ?? e?.status;
    return typeof s === 'number' ? s : undefined;
}
/** Why an error is worth retrying, or undefined when it is not. */
function retryReason(err) {
    const status = httpStatus(err);
    if (status === 423)
        return 'HTTP 423 (project locked by another operation)';
    if (status === 429)
        return 'HTTP 429 (rate limited)';
    if (status !== undefined && status >= 500)
        return `HTTP ${status}`;
    if (status === undefined) {
        const code = err?.code;
        if (typeof code === 'string' && NETWORK_CODES.has(code))
            return `network error ${code}`;
    }
    return undefined;
}
function retryAfterMs(err) {
    const headers = err?.response?.headers;
    const raw = headers?.['retry-after'];
    const seconds = typeof raw === 'string' || typeof raw === 'number' ? Number(raw) : Number.NaN;
    return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}
async function withRetry(fn, options) {
    const attempts = options.attempts ?? 6;
    const base = options.baseMs ?? 1000;
    const max = options.maxMs ?? 30_000;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn();
        }
        catch (err) {
            const reason = retryReason(err);
            if (!reason || attempt >= attempts)
                throw err;
            const wait = Math.min(max, retryAfterMs(err) ?? base * 2 ** (attempt - 1));
            options.onRetry?.(reason, wait, attempt);
            await options.sleep(wait);
        }
    }
}

;// CONCATENATED MODULE: ./src/neon/apiPort.ts
/**
 * The Neon port over @neondatabase/api-client (axios). Every call goes through withRetry, and
 * every error leaves this file as a plain Error or NeonInputError: axios errors carry the request
 * config, Authorization header included, and must never reach a log.
 */



const toBranch = (b) => ({
    id: b.id,
    name: b.name,
    ...(b.parent_id ? { parentId: b.parent_id } : {}),
    ...(b.expires_at ? { expiresAt: b.expires_at } : {}),
    isDefault: Boolean(b.default),
});
function neonApiPort(options) {
    const api = (0,dist.createApiClient)({
        apiKey: options.apiKey,
        baseURL: options.apiHost.replace(/\/+$/, ''),
        timeout: 60_000,
    });
    const projectId = options.projectId;
    async function call(what, fn, notFound) {
        try {
            return await withRetry(fn, options.retry);
        }
        catch (err) {
            const status = httpStatus(err);
            if (status === 404 && notFound)
                return notFound();
            throw translate(err, what, projectId);
        }
    }
    return {
        async listBranches(search) {
            const all = [];
            let cursor;
            do {
                const page = await call('listing branches', () => api.listProjectBranches({
                    projectId,
                    limit: 100,
                    ...(search ? { search } : {}),
                    ...(cursor ? { cursor } : {}),
                }));
                all.push(...page.data.branches.map((b) => toBranch(b)));
                const next = page.data.pagination?.next;
                cursor = next && page.data.branches.length > 0 && next !== cursor ? next : undefined;
            } while (cursor);
            return all;
        },
        async createBranch({ name, parentId, expiresAt }) {
            const { data } = await call('creating the branch', () => api.createProjectBranch(projectId, {
                branch: {
                    name,
                    ...(parentId ? { parent_id: parentId } : {}),
                    ...(expiresAt ? { expires_at: expiresAt } : {}),
                },
                endpoints: [{ type: 'read_write' }],
            }));
            return { branch: toBranch(data.branch), operations: (data.operations ?? []).map((o) => o.id) };
        },
        async resetBranch(branchId, parentId) {
            const { data } = await call('resetting the branch to its parent', () => api.restoreProjectBranch(projectId, branchId, { source_branch_id: parentId }));
            return (data.operations ?? []).map((o) => o.id);
        },
        async deleteBranch(branchId) {
            return call('deleting the branch', async () => {
                const { data } = await api.deleteProjectBranch({ projectId, branchId });
                return { result: 'deleted', operations: (data.operations ?? []).map((o) => o.id) };
            }, () => ({ result: 'gone', operations: [] }));
        },
        async operationStatus(operationId) {
            const { data } = await call('waiting for an operation', () => api.getProjectOperation(projectId, operationId));
            const { status, error } = data.operation;
            if (status === 'finished' || status === 'skipped')
                return { done: true };
            if (status === 'failed' || status === 'error' || status === 'cancelled' || status === 'cancelling') {
                return { done: true, failed: error || status };
            }
            return { done: false };
        },
        async connectionUri(branchId, database, role) {
            const { data } = await call('getting the connection URI', () => api.getConnectionUri({ projectId, branch_id: branchId, database_name: database, role_name: role }));
            return data.uri;
        },
    };
}
function translate(err, what, projectId) {
    const status = httpStatus(err);
    const body = err?.response?.data;
    const detail = typeof body?.message === 'string' ? `: ${body.message}` : '';
    if (status === 401) {
        return new NeonInputError('neon-api-key', `Neon rejected the API key (HTTP 401) while ${what}: check the neon-api-key input (a Neon API key secret)`);
    }
    if (status === 404 && what === 'listing branches') {
        return new NeonInputError('neon-project-id', `Neon has no project ${JSON.stringify(projectId)} visible to this API key (HTTP 404): check the neon-project-id input or neon.project_id in schemagate.yml`);
    }
    if (status !== undefined)
        return new Error(`Neon API error while ${what}: HTTP ${status}${detail}`);
    const code = err?.code;
    return new Error(`Neon API unreachable while ${what}${typeof code === 'string' ? ` (${code})` : ''}`);
}

;// CONCATENATED MODULE: ./src/neon/naming.ts
/** Pure helpers: the branch name of a PR, the PR number of a branch name, and expires_at. */
const MAX_EXPIRY_MS = 30 * 86_400_000;
function branchNameFor(template, prNumber) {
    return template.replaceAll('{number}', String(prNumber));
}
/** The PR number encoded in a branch name made from `template`, or undefined if it is not one of ours. */
function prNumberOf(template, branchName) {
    const [before, after = ''] = template.split('{number}');
    if (!template.includes('{number}'))
        return undefined;
    if (!branchName.startsWith(before) || !branchName.endsWith(after))
        return undefined;
    const middle = branchName.slice(before.length, branchName.length - after.length);
    return /^[1-9]\d*$/.test(middle) ? Number(middle) : undefined;
}
/** The fixed part of the template before {number}: what to search for when listing branches. */
function searchPrefix(template) {
    return template.split('{number}')[0];
}
/**
 * expires_at as RFC 3339 with whole seconds (what Neon accepts), `lifetimeMs` after now; Neon
 * refuses more than 30 days, so that is rejected here with the input named.
 */
function expiresAt(now, lifetimeMs) {
    if (lifetimeMs <= 0)
        return undefined;
    if (lifetimeMs > MAX_EXPIRY_MS)
        throw new RangeError('expires-in must be at most 30 days (Neon refuses a later expires_at)');
    return new Date(Math.floor((now.getTime() + lifetimeMs) / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

;// CONCATENATED MODULE: ./src/neon/lifecycle.ts
/**
 * The branch lifecycle of a pull request over the Neon port: create or reuse (exact name),
 * optionally reset to the parent, wait for operations; delete on close; clean up closed and
 * expired branches. No I/O of its own beyond the port, so tests drive it with a fake.
 */


async function findBranchByName(neon, name) {
    // search matches substrings of names and ids: only an exact name match is ours.
    return (await neon.listBranches(name)).find((b) => b.name === name);
}
async function resolveParent(neon, parent) {
    if (!parent)
        return undefined;
    const candidates = await neon.listBranches(parent);
    const found = candidates.find((b) => b.id === parent) ?? candidates.find((b) => b.name === parent);
    if (!found)
        throw new NeonInputError('parent-branch', `Neon has no branch named or with id ${JSON.stringify(parent)}: check the parent-branch input or neon.parent_branch`);
    return found;
}
async function waitForOperations(deps, operations) {
    const pollMs = deps.pollMs ?? 1000;
    const maxPolls = deps.maxPolls ?? 300;
    for (const id of operations) {
        for (let poll = 0;; poll++) {
            const { done, failed } = await deps.neon.operationStatus(id);
            if (failed)
                throw new Error(`Neon operation ${id} failed: ${failed}`);
            if (done)
                break;
            if (poll >= maxPolls)
                throw new Error(`Neon operation ${id} did not finish after ${Math.round((maxPolls * pollMs) / 1000)} s`);
            await deps.sleep(pollMs);
        }
    }
}
async function ensureBranch(deps, request) {
    const { neon } = deps;
    const parent = await resolveParent(neon, request.parent);
    const existing = await findBranchByName(neon, request.name);
    if (existing) {
        if (!request.reset)
            return { branch: existing, created: false, reset: false };
        const parentId = parent?.id ?? existing.parentId;
        if (!parentId)
            throw new NeonInputError('parent-branch', `branch ${request.name} has no parent to reset to: set the parent-branch input`);
        deps.log(`Resetting Neon branch ${request.name} to its parent`);
        await waitForOperations(deps, await neon.resetBranch(existing.id, parentId));
        return { branch: existing, created: false, reset: true };
    }
    try {
        deps.log(`Creating Neon branch ${request.name}`);
        const { branch, operations } = await neon.createBranch({
            name: request.name,
            ...(parent ? { parentId: parent.id } : {}),
            ...(request.expiresAt ? { expiresAt: request.expiresAt } : {}),
        });
        await waitForOperations(deps, operations);
        return { branch, created: true, reset: false };
    }
    catch (err) {
        // 409: another run created it between our listing and our create. Reuse theirs.
        if (err.message?.includes('HTTP 409')) {
            const raced = await findBranchByName(neon, request.name);
            if (raced)
                return { branch: raced, created: false, reset: false };
        }
        throw err;
    }
}
async function deleteBranchNamed(deps, name) {
    const existing = await findBranchByName(deps.neon, name);
    if (!existing)
        return 'gone';
    const { result, operations } = await deps.neon.deleteBranch(existing.id);
    await waitForOperations(deps, operations);
    return result;
}
/** Deletes this template's branches whose PR is closed (or gone) and those past expires_at. */
async function cleanupBranches(deps, template, prState, now) {
    const deleted = [];
    let kept = 0;
    for (const branch of await deps.neon.listBranches(searchPrefix(template) || undefined)) {
        const pr = prNumberOf(template, branch.name);
        if (pr === undefined || branch.isDefault)
            continue;
        const expired = branch.expiresAt !== undefined && Date.parse(branch.expiresAt) <= now.getTime();
        const why = expired ? 'expired' : (await prState(pr)) === 'open' ? undefined : 'closed';
        if (!why) {
            kept++;
            continue;
        }
        const { operations } = await deps.neon.deleteBranch(branch.id);
        await waitForOperations(deps, operations);
        deleted.push({ name: branch.name, why });
    }
    return { deleted, kept };
}

// EXTERNAL MODULE: ./src/core/config/index.ts + 2 modules
var config = __webpack_require__(10102);
;// CONCATENATED MODULE: ./src/stages/neon-branch/settings.ts
/** The inputs of neon-branch, read and validated once into a typed object. */


const DEFAULT_API_HOST = 'https://console.neon.tech/api/v2';
function settings_readBoolean(ctx, name, fallback) {
    const raw = ctx.input(name).toLowerCase();
    if (raw === '')
        return fallback;
    if (raw === 'true')
        return true;
    if (raw === 'false')
        return false;
    throw new errors/* InputError */.dz(`input ${name} must be true or false, got ${JSON.stringify(ctx.input(name))}`);
}
function readNeonSettings(ctx) {
    const neon = ctx.project.config.neon;
    const where = ctx.project.configFile ?? 'schemagate.yml';
    const action = ctx.input('neon-action') || 'create';
    if (action !== 'create' && action !== 'delete' && action !== 'cleanup') {
        throw new errors/* InputError */.dz(`input neon-action must be create, delete or cleanup, got ${JSON.stringify(action)}`);
    }
    const apiKey = ctx.input('neon-api-key');
    if (!apiKey) {
        throw new errors/* InputError */.dz('input neon-api-key is required: pass the Neon API key from a repository secret (secrets.NEON_API_KEY)');
    }
    ctx.log.mask(apiKey);
    const projectId = ctx.input('neon-project-id') || neon.project_id;
    if (!projectId)
        throw new errors/* InputError */.dz(`input neon-project-id is required (or set neon.project_id in ${where})`);
    const branchTemplate = ctx.input('branch-name') || neon.branch_name;
    if (!branchTemplate.includes('{number}')) {
        throw new errors/* InputError */.dz(`input branch-name (or neon.branch_name) must contain {number}, got ${JSON.stringify(branchTemplate)}: every PR needs its own branch`);
    }
    const rawExpiry = ctx.input('expires-in');
    let expiresInMs;
    try {
        expiresInMs = (0,config/* parseDuration */.E9)(rawExpiry || neon.expires_in);
    }
    catch {
        throw new errors/* InputError */.dz(`input expires-in must be a duration such as 7d or 12h, got ${JSON.stringify(rawExpiry)}`);
    }
    const parent = ctx.input('parent-branch') || neon.parent_branch;
    return {
        action,
        apiKey,
        projectId,
        apiHost: ctx.input('api-host') || DEFAULT_API_HOST,
        ...(parent ? { parent } : {}),
        branchTemplate,
        expiresInMs,
        reset: settings_readBoolean(ctx, 'reset', false),
        database: neon.database,
        role: neon.role,
    };
}

;// CONCATENATED MODULE: ./src/stages/neon-branch/stage.ts
/**
 * neon-branch: a Neon branch per pull request. `create` (default) creates or reuses it and
 * outputs its connection URI (masked first); `delete` removes it when the PR closes; `cleanup`
 * removes the branches of closed PRs and expired ones.
 */







const defaultDeps = {
    port: (s, sleep, log) => neonApiPort({
        apiKey: s.apiKey,
        projectId: s.projectId,
        apiHost: s.apiHost,
        retry: {
            sleep,
            onRetry: (why, ms, n) => log(`Neon: ${why}; retry ${n} in ${Math.round(ms / 100) / 10} s`),
        },
    }),
    sleep: realSleep,
};
function createNeonBranchStage(deps = defaultDeps) {
    return {
        name: 'neon-branch',
        async run(ctx) {
            const settings = readNeonSettings(ctx);
            const log = (m) => ctx.log.info(m);
            const lifecycle = { neon: deps.port(settings, deps.sleep, log), sleep: deps.sleep, log };
            try {
                if (settings.action === 'cleanup')
                    return await cleanup(ctx, settings, lifecycle);
                if (settings.action === 'delete')
                    return await remove(ctx, settings, lifecycle);
                return await create(ctx, settings, lifecycle);
            }
            catch (err) {
                // Neon named the input at fault: that is bad input (failure), not a crash.
                if (err instanceof NeonInputError)
                    throw new errors/* InputError */.dz(err.message);
                throw err;
            }
        },
    };
}
const neon_branch_stage_stage = createNeonBranchStage();
function prNumber(ctx, action) {
    if (!ctx.pr)
        throw new errors/* InputError */.dz(`neon-action ${action} needs a pull_request event: the event payload has no pull request`);
    return ctx.pr.number;
}
async function create(ctx, s, lifecycle) {
    const name = branchNameFor(s.branchTemplate, prNumber(ctx, 'create'));
    let expiry;
    try {
        expiry = expiresAt(ctx.now(), s.expiresInMs);
    }
    catch (err) {
        throw new errors/* InputError */.dz(`input expires-in (or neon.expires_in): ${err.message}`);
    }
    const result = await ensureBranch(lifecycle, {
        name,
        ...(s.parent ? { parent: s.parent } : {}),
        ...(expiry ? { expiresAt: expiry } : {}),
        reset: s.reset,
    });
    const uri = await lifecycle.neon.connectionUri(result.branch.id, s.database, s.role);
    maskUri(ctx, uri);
    const verb = result.created ? 'created' : result.reset ? 'reused and reset to its parent' : 'reused';
    const description = `Branch ${name} ${verb}`;
    const expires = expiry && result.created ? `; expires ${expiry}` : '';
    return {
        state: 'success',
        description,
        section: `### schemagate/neon-branch\n\n:white_check_mark: Neon branch \`${name}\` (\`${result.branch.id}\`) ${verb}${expires}. Database \`${s.database}\` as role \`${s.role}\`.\n`,
        outputs: {
            'database-url': uri,
            'branch-id': result.branch.id,
            'branch-name': name,
            created: String(result.created),
        },
    };
}
/** The runner masks exact strings: mask the whole URI and its password on its own. */
function maskUri(ctx, uri) {
    ctx.log.mask(uri);
    try {
        const raw = new URL(uri).password;
        if (raw)
            ctx.log.mask(raw);
        if (raw && decodeURIComponent(raw) !== raw)
            ctx.log.mask(decodeURIComponent(raw));
    }
    catch {
        // Not a URL: the whole string is masked already.
    }
}
async function remove(ctx, s, lifecycle) {
    const name = branchNameFor(s.branchTemplate, prNumber(ctx, 'delete'));
    const result = await deleteBranchNamed(lifecycle, name);
    const text = result === 'deleted' ? `Branch ${name} deleted` : `Branch ${name} was already gone`;
    return {
        state: 'success',
        description: text,
        section: `### schemagate/neon-branch\n\n:wastebasket: ${text}.\n`,
        outputs: { 'branch-name': name, created: 'false' },
    };
}
async function cleanup(ctx, s, lifecycle) {
    const github = ctx.repoGitHub ?? ctx.github;
    const prState = github?.pullRequestState?.bind(github);
    if (!prState)
        ctx.log.warning('neon-branch cleanup: no GitHub token, so only expired branches are deleted');
    const result = await cleanupBranches(lifecycle, s.branchTemplate, prState ?? (async () => 'open'), ctx.now());
    const lines = result.deleted.map((d) => `- \`${d.name}\` (${d.why === 'closed' ? 'pull request closed' : 'expired'})`);
    const description = `Deleted ${result.deleted.length} branch(es), kept ${result.kept}`;
    return {
        state: 'success',
        description,
        section: `### schemagate/neon-branch\n\n:broom: ${description}.\n${lines.length ? `\n${lines.join('\n')}\n` : ''}`,
        outputs: {},
    };
}

;// CONCATENATED MODULE: ./src/stages/registry.ts




/** Every stage, in pipeline order. */
const registry_stages = {
    'neon-branch': neon_branch_stage_stage,
    migrate: migrate_stage_stage,
    'drift-check': stage,
    'lint-gate': stage_stage,
};

// EXTERNAL MODULE: ./src/github/statusText.ts
var statusText = __webpack_require__(45554);
// EXTERNAL MODULE: ./src/runtime/project.ts
var runtime_project = __webpack_require__(413);
;// CONCATENATED MODULE: ./src/stages/event.ts

/** Reads the pull request from the event payload (pull_request, pull_request_target, pull_request_review). */
function readPullRequest(env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return undefined;
    let payload;
    try {
        payload = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
    const pr = payload?.pull_request;
    if (!pr)
        return undefined;
    return {
        number: pr.number,
        headSha: pr.head?.sha,
        baseSha: pr.base?.sha,
        baseRef: pr.base?.ref,
        author: pr.user?.login ?? '',
        labels: (pr.labels ?? []).map((l) => l.name),
        isFork: Boolean(pr.head?.repo && pr.base?.repo && pr.head.repo.full_name !== pr.base.repo.full_name),
        state: pr.state === 'closed' ? 'closed' : 'open',
        merged: Boolean(pr.merged),
    };
}
function readRunInfo(env) {
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const repository = env.GITHUB_REPOSITORY ?? '';
    const runUrl = repository && env.GITHUB_RUN_ID
        ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
    return {
        repository,
        eventName: env.GITHUB_EVENT_NAME ?? '',
        actor: env.GITHUB_ACTOR ?? '',
        runUrl,
        serverUrl,
        sha: env.GITHUB_SHA ?? '',
    };
}

;// CONCATENATED MODULE: ./src/stages/runStage.ts






/** Inputs that hold secrets or credentials: masked before anything can print. */
const SECRET_INPUTS = ['github-token', 'neon-api-key', 'database-url', 'dev-url'];
const FORK_NOTICE = '> [!NOTE]\n> The token cannot write commit statuses or comments here (a pull request from a fork gets a read-only token), so this report is in the job summary only.\n\n';
function createPublisher(deps) {
    const { actions, env } = deps;
    const run = readRunInfo(env);
    const pr = readPullRequest(env);
    const token = actions.getInput('github-token').trim();
    let repoGitHub;
    try {
        repoGitHub = token && deps.github ? deps.github(token) : undefined;
    }
    catch (err) {
        actions.error(`schemagate: cannot talk to GitHub: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    // Statuses and the comment belong to a pull request: without one there is nothing to post.
    const github = pr ? repoGitHub : undefined;
    let readOnly = false;
    let broken = false;
    async function guarded(what, write) {
        if (!github || !pr || readOnly)
            return;
        try {
            await write(github, pr);
        }
        catch (err) {
            const status = err.status;
            if (status === 403) {
                readOnly = true;
                actions.warning(`schemagate: no permission to write ${what} (read-only token, e.g. a pull request from a fork); the report is in the job summary`);
                return;
            }
            broken = true;
            actions.error(`schemagate: could not write ${what}: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
    return {
        github,
        repoGitHub,
        pr,
        status: (stage, state, description) => guarded('the commit status', (g, p) => g.setStatus(p.headSha, statusContext(stage), state, (0,statusText/* cutDescription */.z)(description), run.runUrl)),
        section: (stage, markdown) => guarded('the pull request comment', (g, p) => g.upsertCommentSection(p.number, stage, markdown)),
        notice: () => (readOnly ? FORK_NOTICE : ''),
        failed: () => broken,
    };
}
async function runStage(stage, deps) {
    const { actions, env } = deps;
    const upstream = deps.upstream ?? {};
    const raw = (name) => actions.getInput(name).trim();
    for (const name of SECRET_INPUTS) {
        const v = raw(name);
        if (v)
            actions.setSecret(v);
    }
    // In the suite, the Neon branch feeds every later stage that takes a database-url.
    const input = (name) => {
        const v = raw(name);
        if (name === 'database-url' && !v && upstream['neon-branch.database-url'])
            return upstream['neon-branch.database-url'];
        return v;
    };
    const publisher = deps.publisher ?? createPublisher(deps);
    let outcome;
    try {
        const project = (0,runtime_project/* loadProject */.g)({
            root: raw('working-directory') || env.GITHUB_WORKSPACE || process.cwd(),
            config: raw('config') || undefined,
            mode: raw('mode') || undefined,
            env,
        });
        const ctx = {
            input,
            project,
            run: readRunInfo(env),
            pr: publisher.pr ?? readPullRequest(env),
            github: publisher.github,
            repoGitHub: publisher.repoGitHub,
            log: {
                info: actions.info,
                warning: actions.warning,
                error: actions.error,
                mask: actions.setSecret,
            },
            openDb: deps.openDb,
            upstream,
            now: deps.now ?? (() => new Date()),
        };
        outcome = await stage.run(ctx);
    }
    catch (err) {
        const message = (0,errors/* errorMessage */.gJ)(err);
        actions.error(message);
        // With step debug logging on (RUNNER_DEBUG=1), the stack helps a bug report.
        if (env.RUNNER_DEBUG === '1' && err instanceof Error && err.stack)
            actions.info(err.stack);
        outcome = {
            state: err instanceof errors/* InputError */.dz ? 'failure' : 'error',
            description: (0,statusText/* cutDescription */.z)(message),
            section: `### ${statusContext(stage.name)}\n\n:x: ${message}\n`,
            outputs: {},
        };
    }
    for (const [name, value] of Object.entries(outcome.outputs))
        actions.setOutput(name, value);
    await publisher.status(stage.name, outcome.state, outcome.description);
    await publisher.section(stage.name, outcome.section);
    // Alone, a stage writes its own summary; in the suite, the suite writes one at the end.
    if (!deps.publisher)
        await actions.appendSummary(publisher.notice() + outcome.section);
    actions.info(`${statusContext(stage.name)}: ${outcome.state}: ${outcome.description}`);
    const exitCode = outcome.state === 'success' && !publisher.failed() ? 0 : 1;
    return { exitCode, outcome };
}

;// CONCATENATED MODULE: ./src/stages/suite.ts
/**
 * The suite: every enabled stage goes `pending` first, then each is settled in pipeline order
 * with the outputs of earlier stages fed forward. After a failure every later enabled stage is
 * set to `error` ("skipped: <stage> failed"), so no required check waits forever. One job
 * summary of all stages at the end.
 */




function parseStagesInput(raw) {
    const asked = (raw || STAGES.join(','))
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    const unknown = asked.filter((s) => !STAGES.includes(s));
    if (unknown.length > 0) {
        throw new Error(`input stages: unknown stage ${unknown.map((s) => JSON.stringify(s)).join(', ')}; known: ${STAGES.join(', ')}`);
    }
    return STAGES.filter((s) => asked.includes(s));
}
const ICON = {
    success: ':white_check_mark:',
    failure: ':x:',
    error: ':warning:',
    skipped: ':fast_forward:',
};
function renderSuiteSummary(settled, notice) {
    const rows = settled.map((s) => `| \`${statusContext(s.stage)}\` | ${ICON[s.state]} ${s.state} | ${s.description.replaceAll('|', '\\|')} |`);
    const table = ['## schemagate', '', '| Check | Result | Details |', '| --- | --- | --- |', ...rows].join('\n');
    return `${notice}${table}\n\n${settled.map((s) => s.section.trim()).join('\n\n')}\n`;
}
/** Runs the enabled stages in pipeline order; returns the process exit code. */
async function runSuite(deps, stages = registry_stages) {
    let enabled;
    try {
        enabled = parseStagesInput(deps.actions.getInput('stages').trim());
    }
    catch (err) {
        deps.actions.error((0,errors/* errorMessage */.gJ)(err));
        return 2;
    }
    const publisher = createPublisher(deps);
    for (const [i, name] of enabled.entries()) {
        await publisher.status(name, 'pending', i === 0 ? 'running' : `waiting for ${enabled[i - 1]}`);
    }
    const settled = [];
    let upstream = { ...(deps.upstream ?? {}) };
    let failed;
    for (const name of enabled) {
        if (failed) {
            const description = `skipped: ${failed} failed`;
            const section = `### ${statusContext(name)}\n\n${ICON.skipped} Skipped: \`${statusContext(failed)}\` failed, so this stage did not run.\n`;
            await publisher.status(name, 'error', description);
            await publisher.section(name, section);
            settled.push({ stage: name, state: 'skipped', description, section });
            continue;
        }
        let result;
        try {
            result = await runStage(stages[name], { ...deps, upstream, publisher });
        }
        catch (err) {
            // runStage catches the stage's own errors; this is the runner's side breaking (outputs,
            // summary). Settle the check anyway so it is not left pending.
            const message = (0,errors/* errorMessage */.gJ)(err);
            deps.actions.error(message);
            const outcome = {
                state: 'error',
                description: message,
                section: `### ${statusContext(name)}\n\n:x: ${message}\n`,
                outputs: {},
            };
            await publisher.status(name, 'error', message);
            result = { exitCode: 1, outcome };
        }
        const { exitCode, outcome } = result;
        upstream = {
            ...upstream,
            ...Object.fromEntries(Object.entries(outcome.outputs).map(([k, v]) => [`${name}.${k}`, v])),
        };
        settled.push({
            stage: name,
            state: outcome.state,
            description: outcome.description,
            section: outcome.section,
        });
        if (exitCode !== 0 && outcome.state !== 'success')
            failed = name;
    }
    await deps.actions.appendSummary(renderSuiteSummary(settled, publisher.notice()));
    return failed || publisher.failed() ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/stages/entries.ts






/** Runs one action entry as the runner starts it; returns the process exit code. */
async function runStageEntry(entry) {
    const actions = await actionsCorePort();
    const deps = { env: process.env, actions, openDb: db/* openDb */.b, github: await gitHubFactory(actions, process.env) };
    if (entry === 'suite')
        return runSuite(deps);
    const { exitCode } = await runStage(registry_stages[entry], deps);
    return exitCode;
}
/** One Octokit per token, built with GITHUB_API_URL so a GitHub Enterprise server (or a test stand-in) is used. */
async function gitHubFactory(actions, env) {
    const [{ createOctokit }, { octokitGitHub }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(167), __webpack_require__.e(702)]).then(__webpack_require__.bind(__webpack_require__, 6702)),
        __webpack_require__.e(/* import() */ 711).then(__webpack_require__.bind(__webpack_require__, 79711)),
    ]);
    const ports = new Map();
    return (token) => {
        let port = ports.get(token);
        if (!port) {
            const author = actions.getInput('comment-author').trim();
            port = octokitGitHub(createOctokit({ token, baseUrl: env.GITHUB_API_URL }), {
                repository: env.GITHUB_REPOSITORY ?? '',
                sectionOrder: STAGES,
                ...(author ? { commentAuthor: author } : {}),
            });
            ports.set(token, port);
        }
        return port;
    };
}


/***/ })

};
