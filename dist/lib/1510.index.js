export const id = 1510;
export const ids = [1510];
export const modules = {

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

/***/ 49122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $c: () => (/* binding */ withFindings),
/* harmony export */   J7: () => (/* binding */ judgeRoundTrip),
/* harmony export */   N: () => (/* binding */ roundTripMarkdown),
/* harmony export */   bB: () => (/* binding */ missingDownFindings),
/* harmony export */   roundTripProblems: () => (/* binding */ roundTripProblems),
/* harmony export */   roundTripText: () => (/* binding */ roundTripText)
/* harmony export */ });
/* unused harmony exports MISSING_DOWN_RULE, NO_DOWN_PRAGMA, howToProvideDown, noDownExemption, downDataLoss */
/* harmony import */ var _drift_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80583);
/* harmony import */ var _drift_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98148);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _lint_ast_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43013);
/* harmony import */ var _model_ids_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63359);
/**
 * Down migrations, verified. Pure parts: which new migrations lack a down part (a lint finding
 * under `migrations.require_down`), what a down part destroys that existed before its up ran, and
 * the verdict of one round trip (up → A → down → before → up → A) from the four schema snapshots.
 * The runtime (src/runtime/roundTrip.ts) takes the snapshots on a real database.
 */





const MISSING_DOWN_RULE = 'missing-down-migration';
const NO_DOWN_PRAGMA = 'schemagate:no-down';
const DOCS = 'docs/rollback.md#down-migrations';
const RISK_ORDER = ['none', 'low', 'medium', 'high', 'critical'];
/** How to give a migration a down part in each format (the message of the finding). */
function howToProvideDown(format, m) {
    switch (format) {
        case 'golang-migrate':
            return `add ${m.version}_${m.name}.down.sql next to the up file`;
        case 'dbmate':
            return 'add a `-- migrate:down` section with the reverse statements to the file';
        case 'flyway':
            return `add an undo file U${m.version}__${m.name}.sql with the reverse statements`;
        default:
            return `${format} migrations have no down part: use a format that has one (golang-migrate .down.sql, dbmate \`-- migrate:down\`, Flyway U files), or roll back by a forward migration or a Neon restore (docs/rollback.md)`;
    }
}
/** True when a down part holds nothing but whitespace and comments. */
function emptySql(text) {
    return (text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/--[^\n]*/g, '')
        .trim() === '');
}
/** `-- schemagate:no-down <reason>` anywhere in the up file; a pragma without a reason is bad input. */
function noDownExemption(file) {
    const d = file.directives.find((x) => x.name === NO_DOWN_PRAGMA);
    if (!d)
        return undefined;
    if (!d.args.trim()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${file.file}:${d.line}: ${NO_DOWN_PRAGMA} needs a reason, e.g. -- ${NO_DOWN_PRAGMA} rolled back by Neon restore (docs/rollback.md)`);
    }
    return { reason: d.args.trim(), line: d.line };
}
/**
 * One finding per linted migration that has no (non-empty) down part. `files` are the up files
 * being judged (the pull request's), matched to the set's migrations by path.
 */
function missingDownFindings(files, migrations, format) {
    const byFile = new Map(migrations.map((m) => [m.up.file, m]));
    const out = [];
    for (const f of files) {
        const m = byFile.get(f.file);
        if (!m || m.repeatable)
            continue;
        if (m.down && !emptySql(m.down.text))
            continue;
        const exemption = noDownExemption(f);
        const first = f.statements[0];
        out.push({
            file: f.file,
            line: first?.line ?? 1,
            column: first?.column ?? 1,
            ruleId: MISSING_DOWN_RULE,
            risk: 'high',
            message: `${m.up.file} has no down part (migrations.require_down is true): ${howToProvideDown(format, m)}`,
            why: 'Without a down part the release cannot be rolled back by running the reverse migration; the release procedure asks for one with every schema change.',
            safeAlternative: `Write the reverse statements as the down part, or exempt the file with \`-- ${NO_DOWN_PRAGMA} <reason>\` and plan the rollback (forward fix or Neon restore).`,
            subject: `no down part: ${m.up.file}`,
            statement: '',
            docs: DOCS,
            ...(exemption ? { ignored: exemption } : {}),
        });
    }
    return out;
}
/** The report with extra findings, its highest risk recomputed. */
function withFindings(report, extra) {
    if (extra.length === 0)
        return report;
    const findings = [...report.findings, ...extra];
    const active = findings.filter((f) => !f.ignored).map((f) => RISK_ORDER.indexOf(f.risk));
    return { ...report, findings, highestRisk: RISK_ORDER[Math.max(0, ...active)] };
}
function tableIn(model, t) {
    return Boolean(model.tables[(0,_model_ids_js__WEBPACK_IMPORTED_MODULE_4__/* .relKey */ .jO)(t.schema ?? 'public', t.name)]);
}
function columnIn(model, t, column) {
    return Boolean(model.tables[(0,_model_ids_js__WEBPACK_IMPORTED_MODULE_4__/* .relKey */ .jO)(t.schema ?? 'public', t.name)]?.columns[column]);
}
/**
 * Statements of a down part that remove data present before the up: dropping or truncating a
 * table, deleting rows, dropping a column, dropping a schema holding tables, or changing the type
 * of a column. Objects the up created are not "pre-existing": removing them is what a down does.
 */
function downDataLoss(down, before) {
    const out = [];
    const add = (s, what) => out.push({ file: s.file, line: s.line, what });
    for (const s of down) {
        const a = s.ast;
        if (s.kind === 'DropStmt' && a?.removeType === 'OBJECT_TABLE') {
            for (const o of a.objects ?? []) {
                const t = (0,_lint_ast_js__WEBPACK_IMPORTED_MODULE_3__/* .refFromNames */ .Eu)((0,_lint_ast_js__WEBPACK_IMPORTED_MODULE_3__/* .nameList */ .OD)(o?.List?.items));
                if (tableIn(before, t))
                    add(s, `drops table ${(0,_lint_ast_js__WEBPACK_IMPORTED_MODULE_3__/* .tableLabel */ .Fr)(t)}, which existed before the up: its rows are lost`);
            }
        }
        else if (s.kind === 'DropStmt' && a?.removeType === 'OBJECT_SCHEMA') {
            for (const o of a.objects ?? []) {
                const schema = o?.String?.sval;
                const tables = Object.values(before.tables).filter((t) => t.schema === schema);
                if (tables.length > 0)
                    add(s, `drops schema ${schema} with ${tables.length} table(s) that existed before the up`);
            }
        }
        else if (s.kind === 'TruncateStmt') {
            for (const r of a?.relations ?? []) {
                const t = (0,_lint_ast_js__WEBPACK_IMPORTED_MODULE_3__/* .tableOf */ .c_)(r?.RangeVar);
                if (t && tableIn(before, t))
                    add(s, `truncates ${(0,_lint_ast_js__WEBPACK_IMPORTED_MODULE_3__/* .tableLabel */ .Fr)(t)}, which existed before the up`);
            }
        }
        else if (s.kind === 'DeleteStmt') {
            const t = (0,_lint_ast_js__WEBPACK_IMPORTED_MODULE_3__/* .tableOf */ .c_)(a?.relation);
            if (t && tableIn(before, t))
                add(s, `deletes rows of ${(0,_lint_ast_js__WEBPACK_IMPORTED_MODULE_3__/* .tableLabel */ .Fr)(t)}, which existed before the up`);
        }
        else if (s.kind === 'AlterTableStmt') {
            const t = (0,_lint_ast_js__WEBPACK_IMPORTED_MODULE_3__/* .tableOf */ .c_)(a?.relation);
            if (!t)
                continue;
            for (const c of a.cmds ?? []) {
                const cmd = c?.AlterTableCmd;
                if (cmd?.subtype === 'AT_DropColumn' && columnIn(before, t, cmd.name))
                    add(s, `drops column ${(0,_lint_ast_js__WEBPACK_IMPORTED_MODULE_3__/* .tableLabel */ .Fr)(t)}.${cmd.name}, which existed before the up: its values are lost`);
                if (cmd?.subtype === 'AT_AlterColumnType' && columnIn(before, t, cmd.name))
                    add(s, `changes the type of ${(0,_lint_ast_js__WEBPACK_IMPORTED_MODULE_3__/* .tableLabel */ .Fr)(t)}.${cmd.name}, which existed before the up: values may not survive the cast`);
            }
        }
    }
    return out;
}
/** The verdict of one round trip, from its snapshots and the statements of its down part. */
function judgeRoundTrip(m, snaps, downStatements) {
    const base = { version: m.version, file: m.up.file, downFile: m.down?.file };
    const dataLoss = downDataLoss(downStatements, snaps.before);
    const restored = (0,_drift_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareModels */ .wA)(snaps.before, snaps.afterDown);
    if (restored.length > 0)
        return { ...base, outcome: 'not-restored', differences: restored.map(_drift_check_js__WEBPACK_IMPORTED_MODULE_0__/* .describeDifference */ .hF), dataLoss };
    const again = (0,_drift_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareModels */ .wA)(snaps.afterUp, snaps.afterReUp);
    if (again.length > 0)
        return { ...base, outcome: 'not-reapplied', differences: again.map(_drift_check_js__WEBPACK_IMPORTED_MODULE_0__/* .describeDifference */ .hF), dataLoss };
    return { ...base, outcome: 'ok', differences: [], dataLoss };
}
/** Results that are findings: a down that does not restore, an up that does not re-apply, an error. */
function roundTripProblems(results) {
    return results.filter((r) => r.outcome === 'not-restored' || r.outcome === 'not-reapplied' || r.outcome === 'failed');
}
const OUTCOME_TEXT = {
    ok: 'ok: down restores the schema, up applies again',
    'not-restored': 'down does not restore the schema before the up',
    'not-reapplied': 'up, run again after the down, gives a different schema',
    'no-down': 'no down part: not verified',
    failed: 'failed',
    skipped: 'not verified: an earlier migration of this run has no down part or failed',
};
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
/** The "Down migrations" part of the migrate comment section. */
function roundTripMarkdown(results, where) {
    if (results.length === 0)
        return '';
    const problems = roundTripProblems(results);
    const lines = [
        `#### Down migrations (round trip on ${where})`,
        '',
        problems.length === 0
            ? `Every down part of ${results.filter((r) => r.outcome === 'ok').length} verified migration(s) restores the schema.`
            : `:x: ${problems.length} migration(s) fail the round trip (up → down → up).`,
        '',
        '| Migration | Down | Result |',
        '| --- | --- | --- |',
    ];
    for (const r of results) {
        const icon = r.outcome === 'ok'
            ? ':white_check_mark:'
            : r.outcome === 'no-down' || r.outcome === 'skipped'
                ? ':grey_question:'
                : ':x:';
        const text = r.outcome === 'failed' ? `failed: ${r.error ?? ''}` : OUTCOME_TEXT[r.outcome];
        lines.push(`| \`${cell(r.file)}\` | ${r.downFile ? `\`${cell(r.downFile)}\`` : '—'} | ${icon} ${cell(text)} |`);
    }
    for (const r of results) {
        if (r.differences.length === 0 && r.dataLoss.length === 0)
            continue;
        lines.push('', `**\`${cell(r.file)}\`**`);
        for (const d of r.differences)
            lines.push(`- ${d}`);
        for (const l of r.dataLoss)
            lines.push(`- :warning: data loss: \`${l.file}:${l.line}\` ${l.what}`);
    }
    return `${lines.join('\n')}\n`;
}
/** The same, for a terminal. */
function roundTripText(results) {
    const out = [];
    for (const r of results) {
        out.push(`  - ${r.file}: ${r.outcome === 'failed' ? `failed: ${r.error ?? ''}` : OUTCOME_TEXT[r.outcome]}`);
        for (const d of r.differences)
            out.push(`      ${d}`);
        for (const l of r.dataLoss)
            out.push(`      data loss: ${l.file}:${l.line} ${l.what}`);
    }
    return out;
}


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

/***/ 83499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $c: () => (/* binding */ checkRoundTrips),
/* harmony export */   L2: () => (/* binding */ verifyPendingRoundTrips)
/* harmony export */ });
/* unused harmony export roundTripSnapshot */
/* harmony import */ var _core_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36524);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_migrations_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24652);
/* harmony import */ var _core_migrations_roundTrip_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49122);
/* harmony import */ var _core_sql_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(79585);
/* harmony import */ var _driftStates_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(75533);
/**
 * Round-trip verification of the pending migrations on a real database (the pull request's Neon
 * branch, or the embedded database in `check`). For each pending migration, in order, through the
 * real runner (locks, revision rows, non-transactional files): snapshot → up → snapshot A → down →
 * snapshot (must equal the one before) → up → snapshot (must equal A). At the end the migrations
 * verified are rolled back again, so the normal `migrate up` that follows applies and reports them
 * as it always does. A migration without a down part stops the chain before its up runs (it
 * could not be rewound); the later ones are reported as not verified.
 */






/** The schema as the round trip compares it: migration-tool bookkeeping left out. */
function roundTripSnapshot(db) {
    return (0,_core_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .introspect */ .qb)(db, {
        excludeSchemas: _driftStates_js__WEBPACK_IMPORTED_MODULE_5__/* .BOOKKEEPING_SCHEMAS */ .QH,
        ignoreTables: [/^schemagate_revisions$/, /^schema_migrations$/, /^flyway_schema_history$/],
    });
}
const failureText = (step, f) => `${step}: ${f.file}:${f.line}:${f.column}: ${f.message}${f.sqlState ? ` (SQLSTATE ${f.sqlState})` : ''}`;
/** The set cut after `m`, without its sum (verified on the whole set before this runs). */
function upTo(set, m) {
    const i = set.migrations.indexOf(m);
    return { ...set, migrations: set.migrations.slice(0, i + 1).filter((x) => !x.repeatable), sum: undefined };
}
async function verifyPendingRoundTrips(db, options, snapshot = roundTripSnapshot) {
    await (0,_core_sql_index_js__WEBPACK_IMPORTED_MODULE_4__/* .loadSqlParser */ .Ok)();
    const status = await (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_2__/* .migrationStatus */ .vd)(db, options);
    const pending = status.state.pending.filter((m) => !m.repeatable);
    const results = [];
    let applied;
    let appliedCount = 0;
    let stopped;
    let before = pending.length > 0 ? await snapshot(db) : undefined;
    for (const m of pending) {
        if (stopped || !before) {
            results.push({
                version: m.version,
                file: m.up.file,
                downFile: m.down?.file,
                outcome: 'skipped',
                differences: [],
                dataLoss: [],
            });
            continue;
        }
        const set = upTo(options.set, m);
        const o = { ...options, set };
        const fail = (error) => ({
            version: m.version,
            file: m.up.file,
            downFile: m.down?.file,
            outcome: 'failed',
            differences: [],
            dataLoss: [],
            error,
        });
        if (!m.down) {
            // Checked before its up runs: applied, it could not be rolled back for the normal run.
            results.push({
                version: m.version,
                file: m.up.file,
                outcome: 'no-down',
                differences: [],
                dataLoss: [],
            });
            stopped = 'no down part';
            continue;
        }
        try {
            const up = await (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_2__/* .migrateUp */ .Pi)(db, o);
            if (up.failure) {
                results.push(fail(failureText('up', up.failure)));
                stopped = 'up failed';
                continue;
            }
            applied = set;
            appliedCount++;
            const afterUp = await snapshot(db);
            const down = await (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_2__/* .migrateDown */ .Y4)(db, { ...o, count: 1 });
            if (down.failure) {
                results.push(fail(failureText('down', down.failure)));
                stopped = 'down failed';
                continue;
            }
            appliedCount--;
            const afterDown = await snapshot(db);
            const again = await (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_2__/* .migrateUp */ .Pi)(db, o);
            if (again.failure) {
                const r = (0,_core_migrations_roundTrip_js__WEBPACK_IMPORTED_MODULE_3__/* .judgeRoundTrip */ .J7)(m, { before, afterUp, afterDown, afterReUp: afterDown }, (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_2__/* .partStatements */ .Yi)(m.down));
                // A down that leaves objects behind usually makes the second up fail: report why.
                results.push(r.outcome === 'not-restored'
                    ? r
                    : { ...fail(failureText('up again after down', again.failure)), dataLoss: r.dataLoss });
                stopped = 'up again failed';
                continue;
            }
            appliedCount++;
            const afterReUp = await snapshot(db);
            results.push((0,_core_migrations_roundTrip_js__WEBPACK_IMPORTED_MODULE_3__/* .judgeRoundTrip */ .J7)(m, { before, afterUp, afterDown, afterReUp }, (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_2__/* .partStatements */ .Yi)(m.down)));
            before = afterReUp;
        }
        catch (err) {
            results.push(fail((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)));
            stopped = 'error';
        }
    }
    let rewound = appliedCount === 0;
    if (applied && appliedCount > 0) {
        try {
            const back = await (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_2__/* .migrateDown */ .Y4)(db, { ...options, set: applied, count: appliedCount });
            rewound = !back.failure;
        }
        catch {
            rewound = false;
        }
    }
    return { results, rewound };
}
/**
 * What `schemagate check` does for down migrations: every migration round-tripped on a fresh dev
 * database (the embedded one by default). Lines to print and whether a problem was found.
 */
async function checkRoundTrips(options, devUrl) {
    const { openDevDatabase } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 61610));
    const { roundTripProblems, roundTripText } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 49122));
    const dev = await openDevDatabase(devUrl);
    try {
        const run = await verifyPendingRoundTrips(dev.db, options);
        const problems = roundTripProblems(run.results);
        const verified = run.results.filter((r) => r.outcome === 'ok').length;
        return {
            lines: [
                `down: ${verified} of ${run.results.length} migration(s) round-trip (up, down, up) on ${dev.description}${problems.length ? `, ${problems.length} fail` : ''}`,
                ...roundTripText(run.results),
            ],
            failed: problems.length > 0,
        };
    }
    finally {
        await dev.dispose();
    }
}


/***/ })

};
