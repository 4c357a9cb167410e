export const id = 8771;
export const ids = [8771];
export const modules = {

/***/ 20812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CO: () => (/* binding */ renderAuditRow),
/* harmony export */   Dw: () => (/* binding */ findPromotion),
/* harmony export */   KM: () => (/* binding */ canaryWindowProblem),
/* harmony export */   MF: () => (/* binding */ chainHead),
/* harmony export */   Oq: () => (/* binding */ verifyAuditChain),
/* harmony export */   V2: () => (/* binding */ countedApprovers),
/* harmony export */   jG: () => (/* binding */ AUDIT_LOG_HEADER),
/* harmony export */   lj: () => (/* binding */ parseAuditLog),
/* harmony export */   np: () => (/* binding */ AuditLogFormatError),
/* harmony export */   zv: () => (/* binding */ PROMOTION_APPROVALS)
/* harmony export */ });
/* unused harmony exports AUDIT_COLUMNS, GENESIS_HASH, escapeCell, unescapeCell, rowCells, chainHash */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The audit log (audit.log): a markdown table with one row per strict promotion or emergency
 * bypass, each row carrying a SHA-256 chained to the row before it so that an edited, removed or
 * reordered row is detected (`schemagate audit verify`). Pure: rendering, escaping, parsing and
 * chain checking; the edge (runtime/driftAudit.ts) locks, reads and appends.
 *
 * Every cell is escaped so that no user text can end a cell, start a row, or form an HTML
 * comment: `|`, `<`, `>`, `&`, backticks, backslashes and every control character (newlines
 * included) become HTML character references. A row is therefore always one line.
 */

const AUDIT_COLUMNS = [
    'Date',
    'Kind',
    'PR',
    'Commit',
    'Actor',
    'Approvers',
    'Schema bundle SHA-256',
    'Change request',
    'Validation window',
    'Notes',
    'Row hash',
];
const AUDIT_LOG_HEADER = `# schemagate audit log

Strict-mode promotions and emergency bypasses, oldest first. Written by \`schemagate audit\` and
the drift-check stage; rows are hash-chained: check them with \`schemagate audit verify\`.

| ${AUDIT_COLUMNS.join(' | ')} |
|${AUDIT_COLUMNS.map(() => '---').join('|')}|
`;
/** Distinct approvals (not the actor) a promotion to strict needs. */
const PROMOTION_APPROVALS = 2;
/** The hash the first row chains to. */
const GENESIS_HASH = '0'.repeat(64);
const stamp = (d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
/** Escapes one cell: the result has no `|`, `<`, `>`, backtick, backslash or control character. */
function escapeCell(text) {
    return text.replace(/[&|<>`\\\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `&#${c.codePointAt(0)};`);
}
function unescapeCell(text) {
    return text.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)));
}
/** The escaped cells of a row, without the hash. */
function rowCells(f) {
    return [
        stamp(f.date),
        f.kind,
        f.pr === null ? '' : `#${f.pr}`,
        f.commit,
        f.actor,
        f.approvers.join(', '),
        f.bundleSha,
        f.changeRequest,
        f.validationWindow,
        f.notes,
    ].map(escapeCell);
}
/** SHA-256 of the previous row's hash and this row's escaped cells, as written. */
function chainHash(prev, cells) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(`${prev}\n${cells.join('\t')}`)
        .digest('hex');
}
/** One complete table row (with its newline), chained to `prev`. */
function renderAuditRow(f, prev) {
    const cells = rowCells(f);
    const hash = chainHash(prev, cells);
    return { line: `| ${[...cells, hash].join(' | ')} |\n`, hash };
}
class AuditLogFormatError extends Error {
    line;
    constructor(line, message) {
        super(`line ${line}: ${message}`);
        this.line = line;
        this.name = 'AuditLogFormatError';
    }
}
function rawRows(text) {
    const lines = text.split('\n');
    const head = `| ${AUDIT_COLUMNS.join(' | ')} |`;
    const at = lines.indexOf(head);
    if (at < 0)
        throw new AuditLogFormatError(1, `not a schemagate audit log (no table header "${head}")`);
    const rows = [];
    for (let i = at + 2; i < lines.length; i++) {
        const l = lines[i];
        if (l.trim() === '')
            continue;
        if (!l.startsWith('| ') || !l.endsWith(' |'))
            throw new AuditLogFormatError(i + 1, 'not a table row of the audit log');
        rows.push({ line: i + 1, cells: l.slice(2, -2).split(' | ') });
    }
    return rows;
}
function toRow(raw, index) {
    const c = raw.cells;
    if (c.length !== AUDIT_COLUMNS.length)
        throw new AuditLogFormatError(raw.line, `expected ${AUDIT_COLUMNS.length} cells, found ${c.length}`);
    const u = c.map(unescapeCell);
    const date = new Date(u[0]);
    if (Number.isNaN(date.getTime()))
        throw new AuditLogFormatError(raw.line, `bad date ${JSON.stringify(u[0])}`);
    if (u[1] !== 'promotion' && u[1] !== 'bypass')
        throw new AuditLogFormatError(raw.line, `bad kind ${JSON.stringify(u[1])}`);
    if (u[2] !== '' && !/^#\d+$/.test(u[2]))
        throw new AuditLogFormatError(raw.line, `bad pull request ${JSON.stringify(u[2])}`);
    return {
        index,
        line: raw.line,
        date,
        kind: u[1],
        pr: u[2] === '' ? null : Number(u[2].slice(1)),
        commit: u[3],
        actor: u[4],
        approvers: u[5] === '' ? [] : u[5].split(', '),
        bundleSha: u[6],
        changeRequest: u[7],
        validationWindow: u[8],
        notes: u[9],
        hash: u[10],
    };
}
/** The rows of a log (an empty or missing log has none). Throws AuditLogFormatError. */
function parseAuditLog(text) {
    if (text === undefined || text.trim() === '')
        return [];
    return rawRows(text).map((raw, i) => toRow(raw, i + 1));
}
/** Checks every row's hash against its cells and the row before; names the first bad row. */
function verifyAuditChain(text) {
    if (text === undefined || text.trim() === '')
        return { ok: true, rows: 0, head: GENESIS_HASH };
    let raws;
    try {
        raws = rawRows(text);
    }
    catch (e) {
        if (e instanceof AuditLogFormatError)
            return { ok: false, row: 0, line: e.line, reason: e.message };
        throw e;
    }
    let prev = GENESIS_HASH;
    for (const [i, raw] of raws.entries()) {
        try {
            toRow(raw, i + 1);
        }
        catch (e) {
            if (e instanceof AuditLogFormatError)
                return { ok: false, row: i + 1, line: raw.line, reason: e.message };
            throw e;
        }
        const cells = raw.cells.slice(0, -1);
        const stored = raw.cells[raw.cells.length - 1];
        const expected = chainHash(prev, cells);
        if (stored !== expected)
            return {
                ok: false,
                row: i + 1,
                line: raw.line,
                reason: 'its hash does not match its cells and the row before (edited, removed or reordered rows)',
            };
        prev = stored;
    }
    return { ok: true, rows: raws.length, head: prev };
}
/** The hash the next row chains to. */
function chainHead(rows) {
    return rows.length === 0 ? GENESIS_HASH : rows[rows.length - 1].hash;
}
/** A promotion row that records the given pull request or commit. */
function findPromotion(rows, key) {
    return rows.find((r) => r.kind === 'promotion' &&
        ((key.pr != null && r.pr === key.pr) ||
            (key.commit !== undefined &&
                key.commit !== '' &&
                r.commit !== '' &&
                sameCommit(r.commit, key.commit))));
}
/** Full and abbreviated SHAs match when one is a prefix (at least 7 hex digits) of the other. */
function sameCommit(a, b) {
    const [x, y] = [a.toLowerCase(), b.toLowerCase()];
    if (x.length < 7 || y.length < 7)
        return x === y;
    return x.startsWith(y) || y.startsWith(x);
}
/** Distinct approvers, not counting the actor. */
function countedApprovers(approvers, actor) {
    const seen = new Set();
    for (const a of approvers) {
        const login = a.replace(/^@/, '').trim();
        if (login !== '' && login.toLowerCase() !== actor.toLowerCase())
            seen.add(login.toLowerCase());
    }
    return [...seen].sort();
}
/** Why a promotion is too early (canary shorter than the window), or null. */
function canaryWindowProblem(canarySince, promotedAt, windowMs, where) {
    const ran = promotedAt.getTime() - canarySince.getTime();
    if (ran >= windowMs)
        return null;
    const h = (ms) => `${(Math.max(0, ms) / 3_600_000).toFixed(1)} h`;
    return `canary ran for ${h(ran)} (since ${where}, ${canarySince.toISOString().replace(/\.\d{3}Z$/, 'Z')}), less than governance.canary_window (${h(windowMs)}): promote after ${new Date(canarySince.getTime() + windowMs).toISOString().replace(/\.\d{3}Z$/, 'Z')}`;
}


/***/ }),

/***/ 31:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AV: () => (/* binding */ insertHistorySql),
/* harmony export */   F_: () => (/* binding */ selectHistorySql),
/* harmony export */   GQ: () => (/* binding */ HISTORY_TABLE),
/* harmony export */   NA: () => (/* binding */ createHistorySql),
/* harmony export */   ie: () => (/* binding */ refreshRow),
/* harmony export */   qD: () => (/* binding */ summarizeHistory),
/* harmony export */   vK: () => (/* binding */ validationRows)
/* harmony export */ });
/* harmony import */ var _sql_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95505);
/**
 * The validation history (`schemagate_validations`): one row per pair checked in a drift run,
 * and one per baseline refresh. The cumulative counters and the drift-management targets
 * (false-positive rate, baseline-refresh success rate, time from detection to resolution) are
 * computed from these rows, so they survive across runs. Pure: SQL text and arithmetic; the
 * edge runs the SQL (runtime/driftHistory.ts).
 */

const HISTORY_TABLE = 'schemagate_validations';
function createHistorySql(schema) {
    return `CREATE SCHEMA IF NOT EXISTS ${(0,_sql_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdent */ .v4)(schema)};
CREATE TABLE IF NOT EXISTS ${(0,_sql_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .qualified */ .LX)(schema, HISTORY_TABLE)} (
  id bigserial PRIMARY KEY,
  kind text NOT NULL,
  subject text NOT NULL,
  mode text NOT NULL,
  result text NOT NULL,
  total integer NOT NULL,
  breaking integer NOT NULL,
  critical integer NOT NULL,
  tables text[] NOT NULL,
  commit text NOT NULL,
  recorded_at timestamptz NOT NULL
);`;
}
function insertHistorySql(schema) {
    return `INSERT INTO ${(0,_sql_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .qualified */ .LX)(schema, HISTORY_TABLE)} (kind, subject, mode, result, total, breaking, critical, tables, commit, recorded_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text[], $9, $10)`;
}
function selectHistorySql(schema) {
    return `SELECT kind, subject, mode, result, total, breaking, critical, tables::text[] AS tables, commit, recorded_at
FROM ${(0,_sql_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .qualified */ .LX)(schema, HISTORY_TABLE)} ORDER BY recorded_at, id`;
}
/** The rows one drift run adds: one per pair. */
function validationRows(pairs, mode, commit, at) {
    return pairs.map((p) => ({
        kind: 'validation',
        subject: p.subject,
        mode,
        result: p.result,
        total: p.counts.total,
        breaking: p.counts.breaking,
        critical: p.counts.critical,
        tables: [...new Set(p.differences.flatMap((d) => (d.table === null ? [] : [d.table])))].sort(),
        commit,
        at,
    }));
}
/** The row of one baseline refresh. */
function refreshRow(result, mode, at) {
    return {
        kind: 'baseline-refresh',
        subject: 'baseline',
        mode,
        result,
        total: 0,
        breaking: 0,
        critical: 0,
        tables: [],
        commit: '',
        at,
    };
}
const hasDrift = (r) => r.kind === 'validation' && r.total > 0;
function counted(rows) {
    const m = new Map();
    for (const r of rows) {
        const key = `${r.subject}\u0000${r.mode}`;
        const e = m.get(key) ?? { subject: r.subject, mode: r.mode, count: 0 };
        m.set(key, { ...e, count: e.count + 1 });
    }
    return [...m.values()].sort((a, b) => (a.subject + a.mode < b.subject + b.mode ? -1 : 1));
}
/** Aggregates the history (rows in time order) at `now`. */
function summarizeHistory(rows, now) {
    const validations = rows.filter((r) => r.kind === 'validation');
    const refreshes = rows.filter((r) => r.kind === 'baseline-refresh');
    // A drift finding is a false positive when a successful baseline refresh followed it before
    // any run of its subject came back clean: the difference was accepted, not fixed.
    const findings = validations.filter(hasDrift);
    let accepted = 0;
    for (const f of findings) {
        const later = rows.filter((r) => r.at.getTime() >= f.at.getTime() && r !== f);
        const firstClean = later.find((r) => r.kind === 'validation' && r.subject === f.subject && r.total === 0);
        const refresh = later.find((r) => r.kind === 'baseline-refresh' && r.result === 'success');
        if (refresh && (!firstClean || refresh.at.getTime() <= firstClean.at.getTime()))
            accepted++;
    }
    const resolutions = [];
    const open = [];
    const firstSeen = new Map();
    const key = (s, t) => `${s}\u0000${t}`;
    for (const r of validations) {
        const now = new Set(r.tables);
        for (const t of now)
            if (!firstSeen.has(key(r.subject, t)))
                firstSeen.set(key(r.subject, t), r.at);
        for (const [k, since] of [...firstSeen]) {
            const [subject, table] = k.split('\u0000');
            if (subject !== r.subject || now.has(table))
                continue;
            resolutions.push({ subject, table, seconds: (r.at.getTime() - since.getTime()) / 1000 });
            firstSeen.delete(k);
        }
    }
    for (const [k, since] of firstSeen) {
        const [subject, table] = k.split('\u0000');
        open.push({ subject, table, seconds: (now.getTime() - since.getTime()) / 1000 });
    }
    return {
        failures: counted(findings),
        validations: counted(validations),
        falsePositiveRate: findings.length === 0 ? null : accepted / findings.length,
        baselineRefreshSuccessRate: refreshes.length === 0
            ? null
            : refreshes.filter((r) => r.result === 'success').length / refreshes.length,
        resolutions,
        open,
    };
}


/***/ }),

/***/ 43855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AM: () => (/* binding */ groupLabel),
/* harmony export */   N3: () => (/* binding */ describeGroup),
/* harmony export */   Nx: () => (/* binding */ approverFlags),
/* harmony export */   SE: () => (/* binding */ teamsToRead),
/* harmony export */   U: () => (/* binding */ evaluateGroups)
/* harmony export */ });
/* harmony import */ var _codeowners_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44171);
/* harmony import */ var _distinctApprovers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23442);
/**
 * Dual approval as the governance document means it: one approval from each named group
 * (governance.approvers), each group's approval by a different person, never "any two people".
 * Pure: the edge resolves team members (or says it cannot) and passes the counted approvals
 * (latest per reviewer, not the author, not stale). A team whose members cannot be read, or an
 * owner given only by email, is reported and never counted.
 */


const login = (s) => s.replace(/^@/, '').toLowerCase();
const teamKey = (org, slug) => `${org}/${slug}`.toLowerCase();
function groupLabel(g, owners) {
    if ('team' in g)
        return `team @${g.team.replace(/^@/, '')}`;
    if ('users' in g)
        return `users ${g.users.map((u) => `@${u.replace(/^@/, '')}`).join(', ')}`;
    if (!owners)
        return 'code owners';
    const who = owners.owners.map(_codeowners_js__WEBPACK_IMPORTED_MODULE_0__/* .ownerText */ .dP).join(', ');
    return `code owners (${owners.source}${who ? `: ${who}` : ''})`;
}
/** The org/team keys (lowercase) whose members the edge must read. */
function teamsToRead(groups, owners) {
    const out = new Set();
    for (const g of groups) {
        if ('team' in g) {
            const [org, slug] = g.team.replace(/^@/, '').split('/');
            out.add(teamKey(org, slug));
        }
        if ('owners' in g)
            for (const o of owners)
                if (o.kind === 'team')
                    out.add(teamKey(o.org, o.slug));
    }
    return [...out].sort();
}
function candidates(g, input) {
    const members = new Set();
    const unreadable = [];
    const addTeam = (org, slug) => {
        const m = input.teams.get(teamKey(org, slug));
        if (m === undefined || m === 'unreadable')
            unreadable.push(`@${org}/${slug}`);
        else
            for (const x of m)
                members.add(login(x));
    };
    if ('team' in g) {
        const [org, slug] = g.team.replace(/^@/, '').split('/');
        addTeam(org, slug);
        return { members, unreadable, problem: null };
    }
    if ('users' in g) {
        for (const u of g.users)
            members.add(login(u));
        return { members, unreadable, problem: null };
    }
    for (const o of input.owners.owners) {
        if (o.kind === 'user')
            members.add(login(o.login));
        else if (o.kind === 'team')
            addTeam(o.org, o.slug);
        // An email cannot be matched to a reviewer's login without asking GitHub who has it.
        else
            unreadable.push(o.email);
    }
    const problem = input.owners.owners.length === 0
        ? `no owners found (${input.owners.source}), so nobody can approve for them`
        : null;
    return { members, unreadable, problem };
}
/** Largest assignment of approvers to groups, one distinct person per group. */
function assign(eligible) {
    const out = eligible.map(() => null);
    for (const [who, g] of (0,_distinctApprovers_js__WEBPACK_IMPORTED_MODULE_1__/* .matchDistinct */ .W)(eligible))
        out[g] = who;
    return out;
}
function evaluateGroups(input) {
    const approvals = [...new Set(input.approvals.map(login))].sort();
    const cands = input.groups.map((g) => candidates(g, input));
    const eligible = cands.map((c) => approvals.filter((a) => c.members.has(a)));
    const chosen = assign(eligible);
    const groups = input.groups.map((group, i) => ({
        group,
        label: groupLabel(group, input.owners),
        met: chosen[i] !== null,
        approver: chosen[i],
        eligible: eligible[i],
        unreadable: cands[i].unreadable,
        problem: cands[i].problem,
    }));
    return { satisfied: groups.length > 0 && groups.every((g) => g.met), groups };
}
/** One line per group for the comment and the terminal. */
function describeGroup(r, why = 'a team needs a token with read:org; an email owner cannot be matched to a login') {
    const unread = r.unreadable.length
        ? ` ${r.unreadable.join(', ')} could not be read (${why}), so ${r.unreadable.length === 1 ? 'its' : 'their'} approvals are not counted.`
        : '';
    if (r.met) {
        const also = r.eligible.filter((e) => e !== r.approver);
        return `${r.label}: met by @${r.approver}${also.length ? ` (also approved: ${also.map((a) => `@${a}`).join(', ')})` : ''}.${unread}`;
    }
    if (r.problem)
        return `${r.label}: not met: ${r.problem}.${unread}`;
    const taken = r.eligible.length
        ? ` (approved by ${r.eligible.map((a) => `@${a}`).join(', ')}, already counted for another group)`
        : '';
    return `${r.label}: not met: needs one approval from this group${taken}.${unread}`;
}
/**
 * The `schemagate audit` flags that record the met groups' approvers: `--team-approver
 * org/team=login` where membership came from a team (the CLI cannot read teams offline),
 * `--approver login` otherwise.
 */
function approverFlags(results, owners, teams) {
    const flags = [];
    for (const r of results) {
        if (!r.approver)
            continue;
        const who = r.approver;
        if ('team' in r.group)
            flags.push(`--team-approver ${r.group.team.replace(/^@/, '')}=${who}`);
        else if ('owners' in r.group && !owners.some((o) => o.kind === 'user' && login(o.login) === who)) {
            const team = owners.find((o) => {
                if (o.kind !== 'team')
                    return false;
                const m = teams.get(teamKey(o.org, o.slug));
                return Array.isArray(m) && m.includes(who);
            });
            flags.push(team?.kind === 'team' ? `--team-approver ${team.org}/${team.slug}=${who}` : `--approver ${who}`);
        }
        else
            flags.push(`--approver ${who}`);
    }
    return [...new Set(flags)];
}


/***/ }),

/***/ 86378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ canaryWindowCheck)
/* harmony export */ });
/* harmony import */ var _drift_auditLog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20812);
/**
 * The canary window of a promotion to strict, measured twice and the stricter taken: from the
 * commit that set canary (git history of the config) and from the validation history (the first
 * canary validation recorded since that commit). A history with no canary run since then means
 * canary was never exercised: the window has not started. Pure.
 */

const iso = (d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
/** Why the promotion comes too early, or null. */
function canaryWindowCheck(e) {
    if (e.windowMs <= 0)
        return null;
    const short = e.commit.sha.slice(0, 12);
    let start = e.commit.date;
    let where = `commit ${short}`;
    if (e.history) {
        const first = e.history
            .filter((r) => r.kind === 'validation' && r.mode === 'canary' && r.at.getTime() >= e.commit.date.getTime())
            .sort((a, b) => a.at.getTime() - b.at.getTime())[0];
        if (!first)
            return `the validation history has no canary run since commit ${short} (${iso(e.commit.date)}): canary must be validated for governance.canary_window before a promotion`;
        if (first.at.getTime() > start.getTime()) {
            start = first.at;
            where = 'the first canary validation in the history';
        }
    }
    return (0,_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_0__/* .canaryWindowProblem */ .KM)(start, e.promotedAt, e.windowMs, where);
}


/***/ }),

/***/ 44171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B$: () => (/* binding */ CODEOWNERS_LOCATIONS),
/* harmony export */   BW: () => (/* binding */ parseCodeowners),
/* harmony export */   K2: () => (/* binding */ ownersOf),
/* harmony export */   dP: () => (/* binding */ ownerText)
/* harmony export */ });
/* unused harmony exports compilePattern, ruleFor */
/**
 * CODEOWNERS, read the way GitHub reads it: one rule per line (`pattern owner...`), `#` starts a
 * comment unless escaped (`\#`), patterns follow gitignore with GitHub's differences (no `!`
 * negation, no `[...]` ranges, a trailing `/*` matches direct children only), and the last
 * matching rule wins, so a later rule with no owners takes ownership away. A line GitHub would
 * reject is skipped and reported, as GitHub does. Pure: the edge reads the file.
 */
/** Where GitHub looks, in its order: the first one that exists is used. */
const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;
const TEAM = /^@([A-Za-z0-9-]+)\/([A-Za-z0-9_.-]+)$/;
const USER = /^@([A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?)$/;
function ownerText(o) {
    switch (o.kind) {
        case 'user':
            return `@${o.login}`;
        case 'team':
            return `@${o.org}/${o.slug}`;
        case 'email':
            return o.email;
    }
}
function parseOwner(s) {
    const team = TEAM.exec(s);
    if (team)
        return { kind: 'team', org: team[1], slug: team[2] };
    const user = USER.exec(s);
    if (user)
        return { kind: 'user', login: user[1] };
    if (EMAIL.test(s))
        return { kind: 'email', email: s };
    return null;
}
/** Splits a line into whitespace-separated words, honouring `\` escapes and dropping the comment. */
function words(line) {
    const out = [];
    let cur = '';
    let has = false;
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (ch === '\\' && i + 1 < line.length) {
            // Keep the escape: the pattern compiler needs to know `\*` is a literal star.
            cur += ch + line[++i];
            has = true;
        }
        else if (ch === '#')
            break;
        else if (ch === ' ' || ch === '\t') {
            if (has)
                out.push(cur);
            cur = '';
            has = false;
        }
        else {
            cur += ch;
            has = true;
        }
    }
    if (has)
        out.push(cur);
    return out;
}
const quote = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A glob segment (no `/`) as a regular expression: `*` and `?` stop at `/`, `\x` is x. */
function segmentRegex(seg) {
    let re = '';
    for (let i = 0; i < seg.length; i++) {
        const ch = seg[i];
        if (ch === '\\' && i + 1 < seg.length)
            re += quote(seg[++i]);
        else if (ch === '*')
            re += '[^/]*';
        else if (ch === '?')
            re += '[^/]';
        else
            re += quote(ch);
    }
    return re;
}
/**
 * Compiles a CODEOWNERS pattern to a matcher of repository-relative file paths. A pattern that
 * matches a directory matches every file below it; a pattern without a slash (other than a
 * trailing one) matches at any depth; a leading or inner slash anchors it to the root.
 */
function compilePattern(pattern) {
    if (pattern.includes('***'))
        throw new Error('three consecutive asterisks are not a pattern');
    if (/(^|[^\\])[[\]]/.test(pattern))
        throw new Error('character ranges ([...]) are not supported');
    if (pattern.startsWith('!'))
        throw new Error('negation (!) is not supported');
    if (pattern === '/')
        return () => false;
    let segs = pattern.split('/');
    if (segs[0] === '')
        segs = segs.slice(1);
    else if ((segs.length === 1 || (segs.length === 2 && segs[1] === '')) && segs[0] !== '**')
        segs = ['**', ...segs];
    if (segs.length > 1 && segs[segs.length - 1] === '')
        segs[segs.length - 1] = '**';
    let re = '^';
    let needSlash = false;
    const last = segs.length - 1;
    segs.forEach((seg, i) => {
        if (seg === '**') {
            if (i === 0 && i === last)
                re += '.+';
            else if (i === 0) {
                re += '(?:.+/)?';
                needSlash = false;
            }
            else if (i === last)
                re += '/.*';
            else {
                re += '(?:/.+)?';
                needSlash = true;
            }
            return;
        }
        if (needSlash)
            re += '/';
        if (seg === '*') {
            // GitHub: `docs/*` owns docs/a.md but not docs/sub/b.md.
            re += '[^/]+';
        }
        else {
            re += segmentRegex(seg);
            // A name that is not the last segment's lone `*` also owns what is below it (a directory).
            if (i === last)
                re += '(?:/.*)?';
        }
        needSlash = true;
    });
    const rx = new RegExp(`${re}$`);
    return (path) => rx.test(path.replace(/^\/+/, ''));
}
function parseCodeowners(text) {
    const rules = [];
    const errors = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = index + 1;
        const [pattern, ...ownerWords] = words(raw);
        if (pattern === undefined)
            return;
        const owners = [];
        for (const w of ownerWords) {
            const o = parseOwner(w);
            if (!o) {
                errors.push({ line, message: `${JSON.stringify(w)} is not an @user, @org/team or email owner` });
                return;
            }
            owners.push(o);
        }
        try {
            rules.push({ line, pattern, owners, matches: compilePattern(pattern) });
        }
        catch (err) {
            errors.push({ line, message: `pattern ${JSON.stringify(pattern)}: ${err.message}` });
        }
    });
    return { rules, errors };
}
/** The rule that decides a path's owners (the last one matching), or undefined. */
function ruleFor(codeowners, path) {
    for (let i = codeowners.rules.length - 1; i >= 0; i--)
        if (codeowners.rules[i].matches(path))
            return codeowners.rules[i];
    return undefined;
}
/** The owners of each file (repository-relative paths). */
function ownersOf(codeowners, paths) {
    return paths.map((path) => {
        const rule = ruleFor(codeowners, path);
        return { path, owners: rule?.owners ?? [], line: rule?.line ?? null };
    });
}


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

/***/ 29436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ promotionPolicy)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _config_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36740);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47967);
/**
 * Which governance rules decide a promotion to strict: those of the config before the promotion
 * (the pull request's base, or the commit before the one that set strict), so that a pull request
 * cannot pick its own approvers; for the canary window the longer of the two wins. Old versions
 * of the file are read leniently (only `governance`), so a base written for an older schemagate
 * still tells its rules. Pure.
 */



/**
 * `baseText` is the config before the promotion (undefined when the file did not exist there);
 * `current` is the governance section now in effect; `where` names the base (`the base commit
 * abc1234`).
 */
function promotionPolicy(baseText, current, file, where) {
    const currentWindow = (0,_config_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E)(current.canary_window);
    if (baseText === undefined)
        return {
            ok: true,
            policy: {
                approvers: current.approvers,
                canaryWindowMs: currentWindow,
                source: `${file} (absent at ${where})`,
            },
        };
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(baseText);
    }
    catch (err) {
        return { ok: false, error: `${file} at ${where} is not valid YAML: ${err.message}` };
    }
    const raw = doc && typeof doc === 'object' ? doc.governance : undefined;
    const parsed = _config_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .configSchema */ .Qn.shape.governance.safeParse(raw ?? {});
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const key = ['governance', ...issue.path.map(String)].join('.');
        return {
            ok: false,
            error: `${file} at ${where}: ${key}: ${issue.message}; the governance rules of the base decide a promotion`,
        };
    }
    return {
        ok: true,
        policy: {
            approvers: parsed.data.approvers,
            canaryWindowMs: Math.max((0,_config_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E)(parsed.data.canary_window), currentWindow),
            source: `${file} at ${where}`,
        },
    };
}


/***/ }),

/***/ 47988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ appendAuditRow),
/* harmony export */   Hx: () => (/* binding */ auditLogPath),
/* harmony export */   IA: () => (/* binding */ schemaBundleHash),
/* harmony export */   Ob: () => (/* binding */ readAuditLog),
/* harmony export */   Pn: () => (/* binding */ auditRows)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var proper_lockfile__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83648);
/* harmony import */ var proper_lockfile__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(proper_lockfile__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_drift_audit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38336);
/* harmony import */ var _core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(20812);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74296);
/* harmony import */ var _migrationDir_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(66769);
/* harmony import */ var _sqlFiles_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(62197);
/**
 * The edge side of the audit log: the schema bundle's hash from the files on disk, where the log
 * is (always inside the repository, symlinks resolved), and appending one row under an exclusive
 * lock (proper-lockfile) so that concurrent writers chain their rows one after another and never
 * rewrite what is there: the file is only ever opened for appending.
 */









/** SHA-256 of the declared schema files and the migration directory (names and bytes). */
function schemaBundleHash(project) {
    const { config } = project;
    const files = [];
    if (config.schema) {
        const dir = project.path(config.schema);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
            for (const p of (0,_sqlFiles_js__WEBPACK_IMPORTED_MODULE_8__/* .listSqlFiles */ .WP)(dir))
                files.push({ name: `schema/${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(dir, p)}`, content: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p) });
    }
    const dir = project.path(config.migrations.dir);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
        for (const f of (0,_migrationDir_js__WEBPACK_IMPORTED_MODULE_7__/* .readMigrationDir */ .Oz)(dir, project.configFile))
            files.push({ name: `migrations/${f.name}`, content: f.content });
    return (0,_core_drift_audit_js__WEBPACK_IMPORTED_MODULE_4__/* .bundleHash */ .zh)(files);
}
const inside = (root, p) => {
    const r = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, p);
    return r !== '' && !r.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(r);
};
/** The nearest existing ancestor of `p` (itself included), with symlinks resolved. */
function realExisting(p) {
    let at = p;
    const rest = [];
    while (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(at)) {
        const up = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(at);
        if (up === at)
            break;
        rest.unshift((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(up, at));
        at = up;
    }
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(at), ...rest);
}
/** Absolute path of audit.log; a ConfigError when unset or when it resolves outside the repository. */
function auditLogPath(project) {
    const file = project.configFile ?? 'schemagate.yml';
    const log = project.config.audit.log;
    if (!log)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL(file, 'audit.log', 'not set: add `audit: { log: docs/schema-audit.md }` (any markdown path)');
    const path = project.path(log);
    const root = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(project.root);
    if (!inside(project.root, path) || !inside(root, realExisting(path)))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL(file, 'audit.log', `${JSON.stringify(log)} resolves outside the repository${(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) ? ' (through a symlink)' : ''}: use a path inside it, such as docs/schema-audit.md`);
    return path;
}
async function readAuditLog(project) {
    const path = auditLogPath(project);
    return { path, text: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8') : undefined };
}
/** The rows of audit.log; an InputError naming the file and line when it cannot be read as a log. */
async function auditRows(project) {
    const { path, text } = await readAuditLog(project);
    try {
        return (0,_core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_5__/* .parseAuditLog */ .lj)(text);
    }
    catch (e) {
        if (e instanceof _core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_5__/* .AuditLogFormatError */ .np)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`${project.display(path)}:${e.line}: ${e.message.replace(/^line \d+: /, '')}`);
        throw e;
    }
}
/**
 * Appends one row, chained to the last, under an exclusive lock. `duplicateOf` finds an existing
 * row that already records the same event (then nothing is written). A log whose chain is broken
 * is not appended to: the first bad row is named instead.
 */
async function appendAuditRow(project, fields, duplicateOf) {
    const path = auditLogPath(project);
    const shown = project.display(path);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    // Create the file if needed without truncating it; the lock needs a file to lock.
    await (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'a')).close();
    const release = await proper_lockfile__WEBPACK_IMPORTED_MODULE_3___default().lock(path, {
        retries: { retries: 200, minTimeout: 10, maxTimeout: 200, randomize: true },
        stale: 30_000,
    });
    try {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
        const chain = (0,_core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyAuditChain */ .Oq)(text);
        if (!chain.ok)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`${shown}:${chain.line}: audit log row ${chain.row} is invalid: ${chain.reason}; nothing was appended (run \`schemagate audit verify\`)`);
        const rows = (0,_core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_5__/* .parseAuditLog */ .lj)(text);
        const existing = duplicateOf?.(rows);
        if (existing)
            return { appended: false, existing };
        const { line, hash } = (0,_core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_5__/* .renderAuditRow */ .CO)(fields, (0,_core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_5__/* .chainHead */ .MF)(rows));
        // One complete row per append call; the header only when the file is empty.
        const prefix = text.trim() === '' ? _core_drift_auditLog_js__WEBPACK_IMPORTED_MODULE_5__/* .AUDIT_LOG_HEADER */ .jG : text.endsWith('\n') ? '' : '\n';
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.appendFile)(path, prefix + line);
        const lineNo = (text.trim() === '' ? prefix : text + prefix).split('\n').length;
        return { appended: true, row: { ...fields, index: rows.length + 1, line: lineNo, hash }, line };
    }
    finally {
        await release();
    }
}


/***/ }),

/***/ 88619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KX: () => (/* binding */ findCanaryStart),
/* harmony export */   W8: () => (/* binding */ commitDate),
/* harmony export */   Z$: () => (/* binding */ lenientMode),
/* harmony export */   cE: () => (/* binding */ findStrictCommit)
/* harmony export */ });
/* unused harmony export prFromSubject */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/**
 * Which commit put `mode: strict` into the config file, read from the git history of that file.
 * Old versions of the file are read leniently (only the `mode` key): a config written for an
 * older schemagate must still tell its mode.
 */


function git(root, args) {
    return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['-C', root, ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 64 * 1024 * 1024,
    });
}
function tryGit(root, args) {
    try {
        return git(root, args);
    }
    catch {
        return undefined;
    }
}
/** The mode a config text sets: `strict` only when it says so; unreadable text is not strict. */
function lenientMode(text) {
    if (text === undefined)
        return 'canary';
    try {
        const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
        return doc && typeof doc === 'object' && doc.mode === 'strict' ? 'strict' : 'canary';
    }
    catch {
        return 'canary';
    }
}
/** The pull request number a merge or squash commit subject names (GitHub's conventions). */
function prFromSubject(subject) {
    const m = /^Merge pull request #(\d+)\b/.exec(subject) ?? /\(#(\d+)\)\s*$/.exec(subject);
    return m ? Number(m[1]) : null;
}
/**
 * Finds the commit that made `configFile` (relative to `root`) strict. The caller has checked
 * that the file in the working tree is strict.
 */
function findStrictCommit(root, configFile) {
    if (tryGit(root, ['rev-parse', '--is-inside-work-tree'])?.trim() !== 'true')
        return { kind: 'unknown', reason: `${root} is not a git repository` };
    const spec = `./${configFile}`;
    const atHead = tryGit(root, ['show', `HEAD:${spec}`]);
    if (lenientMode(atHead) !== 'strict')
        return { kind: 'uncommitted' };
    const log = tryGit(root, ['log', '--format=%H%x09%s', '--', spec]);
    if (log === undefined)
        return { kind: 'unknown', reason: `git log of ${configFile} failed` };
    const commits = log
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => {
        const tab = l.indexOf('\t');
        return { sha: l.slice(0, tab), subject: l.slice(tab + 1) };
    });
    for (let i = 0; i < commits.length; i++) {
        const c = commits[i];
        const parentText = tryGit(root, ['show', `${c.sha}^:${spec}`]);
        const hasParent = tryGit(root, ['rev-parse', '--verify', '--quiet', `${c.sha}^`]) !== undefined;
        if (hasParent && parentText !== undefined && lenientMode(parentText) === 'strict')
            continue;
        if (!hasParent && tryGit(root, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true')
            return {
                kind: 'unknown',
                reason: `the history of ${configFile} is cut at ${c.sha.slice(0, 12)} (shallow clone)`,
            };
        if (lenientMode(tryGit(root, ['show', `${c.sha}:${spec}`])) !== 'strict')
            continue;
        return { kind: 'found', sha: c.sha, subject: c.subject, pr: prFromSubject(c.subject) };
    }
    return { kind: 'unknown', reason: `no commit in the history of ${configFile} sets mode: strict` };
}
/**
 * When the config file last entered canary as seen from `ref`: the oldest commit of the newest
 * unbroken run of non-strict versions (canary is also the default, so a file created without
 * `mode` starts canary). Measured by committer date.
 */
function findCanaryStart(root, configFile, ref = 'HEAD') {
    const spec = `./${configFile}`;
    const log = tryGit(root, ['log', '--format=%H%x09%cI', ref, '--', spec]);
    if (log === undefined)
        return { kind: 'unknown', reason: `git log of ${configFile} at ${ref} failed` };
    const commits = log
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => {
        const [sha, date] = l.split('\t');
        return { sha, date: new Date(date) };
    });
    let start;
    for (const c of commits) {
        const mode = lenientMode(tryGit(root, ['show', `${c.sha}:${spec}`]));
        if (mode === 'strict') {
            if (start)
                break;
            continue;
        }
        start = c;
        const hasParent = tryGit(root, ['rev-parse', '--verify', '--quiet', `${c.sha}^`]) !== undefined;
        if (!hasParent && tryGit(root, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true')
            return {
                kind: 'unknown',
                reason: `the history of ${configFile} is cut at ${c.sha.slice(0, 12)} (shallow clone)`,
            };
    }
    return start
        ? { kind: 'found', sha: start.sha, date: start.date }
        : { kind: 'unknown', reason: `no commit in the history of ${configFile} runs in canary mode` };
}
/** Committer date of a commit. */
function commitDate(root, sha) {
    const out = tryGit(root, ['show', '-s', '--format=%cI', sha]);
    return out ? new Date(out.trim()) : undefined;
}


/***/ }),

/***/ 25771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lu: () => (/* binding */ readHistory),
/* harmony export */   cJ: () => (/* binding */ recordHistory),
/* harmony export */   om: () => (/* binding */ historyTarget),
/* harmony export */   s9: () => (/* binding */ configuredHistoryUrl)
/* harmony export */ });
/* harmony import */ var _core_drift_history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_sql_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95505);



/** governance.history_url, with `$NAME` read from the environment. */
function configuredHistoryUrl(project, env) {
    const value = project.config.governance.history_url;
    if (value === undefined)
        return undefined;
    const m = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(value);
    if (!m)
        return value;
    const url = env[m[1]];
    if (!url)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(project.configFile ?? 'schemagate.yml', 'governance.history_url', `environment variable ${m[1]} is not set (pass it to the step's env)`);
    return url;
}
/**
 * Where this run's history goes: the named history database, else the live database the check
 * read, unless that is a throw-away branch (the PR's Neon branch), where history would be lost.
 */
function historyTarget(opts) {
    if (opts.configured)
        return { url: opts.configured, where: 'the history database (governance.history_url)' };
    if (!opts.liveUrl)
        return { url: null, why: 'no live database was checked and governance.history_url is not set' };
    if (opts.liveIsEphemeral)
        return {
            url: null,
            why: "the live database is this pull request's Neon branch, which is thrown away; set governance.history_url to keep it",
        };
    return { url: opts.liveUrl, where: 'the live database' };
}
async function recordHistory(db, schema, rows) {
    await db.transaction(async (tx) => {
        await tx.exec((0,_core_drift_history_js__WEBPACK_IMPORTED_MODULE_0__/* .createHistorySql */ .NA)(schema));
        for (const r of rows)
            await tx.query((0,_core_drift_history_js__WEBPACK_IMPORTED_MODULE_0__/* .insertHistorySql */ .AV)(schema), [
                r.kind,
                r.subject,
                r.mode,
                r.result,
                r.total,
                r.breaking,
                r.critical,
                r.tables,
                r.commit,
                r.at.toISOString(),
            ]);
    });
}
async function readHistory(db, schema) {
    const exists = await db.query('SELECT to_regclass($1)::text AS t', [
        (0,_core_sql_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .qualified */ .LX)(schema, _core_drift_history_js__WEBPACK_IMPORTED_MODULE_0__/* .HISTORY_TABLE */ .GQ),
    ]);
    if (!exists.rows[0]?.t)
        return [];
    const res = await db.query((0,_core_drift_history_js__WEBPACK_IMPORTED_MODULE_0__/* .selectHistorySql */ .F_)(schema));
    return res.rows.map((r) => ({
        kind: r.kind,
        subject: String(r.subject),
        mode: r.mode,
        result: String(r.result),
        total: Number(r.total),
        breaking: Number(r.breaking),
        critical: Number(r.critical),
        tables: parseTextArray(r.tables),
        commit: String(r.commit),
        at: new Date(r.recorded_at),
    }));
}
/** node-postgres returns text[] as a JS array; be lenient with the `{a,b}` form too. */
function parseTextArray(v) {
    if (Array.isArray(v))
        return v.map(String);
    if (typeof v !== 'string' || v === '{}')
        return [];
    return v
        .slice(1, -1)
        .split(',')
        .map((s) => s.replace(/^"(.*)"$/, '$1').replace(/\\(.)/g, '$1'));
}


/***/ }),

/***/ 8946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hX: () => (/* binding */ bundlePaths),
/* harmony export */   o3: () => (/* binding */ gitFileAt),
/* harmony export */   oZ: () => (/* binding */ readCodeowners),
/* harmony export */   qN: () => (/* binding */ repoPath),
/* harmony export */   vP: () => (/* binding */ governedPaths)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_governance_codeowners_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44171);
/* harmony import */ var _sqlFiles_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62197);
/**
 * The edge of governance.approvers: reading CODEOWNERS at a commit (through whatever can read a
 * file there: the GitHub API for a pull request's base, git for the CLI), which repository paths
 * are schema or migration files, and team members.
 */





/** The first CODEOWNERS of GitHub's locations that exists at the commit `readAt` reads, or null. */
async function readCodeowners(readAt) {
    for (const file of _core_governance_codeowners_js__WEBPACK_IMPORTED_MODULE_4__/* .CODEOWNERS_LOCATIONS */ .B$) {
        const text = await readAt(file);
        if (text !== undefined)
            return { file, parsed: (0,_core_governance_codeowners_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCodeowners */ .BW)(text) };
    }
    return null;
}
/** A file's content at a commit, read with git; undefined when it does not exist there. */
function gitFileAt(repoRoot, ref, path) {
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['-C', repoRoot, 'show', `${ref}:./${path}`], {
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
            maxBuffer: 16 * 1024 * 1024,
        });
    }
    catch {
        return undefined;
    }
}
/** Repository-relative, `/`-separated form of an absolute path. */
function repoPath(project, abs) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(project.repoRoot, abs).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
}
/** The schema and migration directories (repository-relative, no trailing slash). */
function governedDirs(project) {
    const dirs = [project.path(project.config.migrations.dir)];
    if (project.config.schema)
        dirs.push(project.path(project.config.schema));
    return dirs.map((d) => repoPath(project, d));
}
/** Which of the repository paths (a pull request's files) are schema or migration files. */
function governedPaths(project, paths) {
    const dirs = governedDirs(project);
    return paths.filter((p) => dirs.some((d) => p === d || p.startsWith(`${d}/`)));
}
/** Every schema and migration file on disk (repository-relative): the bundle a promotion puts under strict. */
function bundlePaths(project) {
    const out = [];
    for (const d of governedDirs(project)) {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(project.repoRoot, d);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(abs))
            for (const p of (0,_sqlFiles_js__WEBPACK_IMPORTED_MODULE_3__/* .listSqlFiles */ .WP)(abs))
                out.push(repoPath(project, p));
    }
    return [...new Set(out)].sort();
}


/***/ }),

/***/ 2812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ evaluatePromotionGroups)
});

// EXTERNAL MODULE: ./src/core/governance/approverGroups.ts
var approverGroups = __webpack_require__(43855);
// EXTERNAL MODULE: ./src/core/governance/codeowners.ts
var codeowners = __webpack_require__(44171);
;// CONCATENATED MODULE: ./src/core/governance/promotionOwners.ts
/**
 * Who "the owners" are for a `{owners: true}` approver group: the principals of `lint.owners`
 * when it is set (the override the lint gate already uses for critical changes), else the
 * CODEOWNERS owners of the changed schema and migration files. Pure.
 */

function principalOwner(p) {
    const s = p.replace(/^@/, '');
    const slash = s.indexOf('/');
    return slash < 0
        ? { kind: 'user', login: s }
        : { kind: 'team', org: s.slice(0, slash), slug: s.slice(slash + 1) };
}
function promotionOwners(opts) {
    const fromLint = Object.values(opts.lintOwners).flat();
    if (fromLint.length > 0)
        return { owners: unique(fromLint.map(principalOwner)), source: 'lint.owners' };
    if (!opts.codeowners)
        return { owners: [], source: 'no CODEOWNERS file' };
    if (opts.files.length === 0)
        return { owners: [], source: `${opts.codeowners.file}, no schema or migration files` };
    const owned = (0,codeowners/* ownersOf */.K2)(opts.codeowners.parsed, opts.files);
    return {
        owners: unique(owned.flatMap((f) => f.owners)),
        source: `${opts.codeowners.file} for ${opts.files.length === 1 ? opts.files[0] : `${opts.files.length} schema and migration files`}`,
    };
}
function unique(owners) {
    const seen = new Map();
    for (const o of owners)
        seen.set((0,codeowners/* ownerText */.dP)(o).toLowerCase(), o);
    return [...seen.values()];
}

// EXTERNAL MODULE: ./src/runtime/governanceSources.ts
var governanceSources = __webpack_require__(8946);
;// CONCATENATED MODULE: ./src/runtime/promotionApprovals.ts
/**
 * Evaluates the approvals of a promotion to strict against governance.approvers, for the stage
 * and the CLI alike; they differ only in how they read files at the governing commit, which
 * files changed and how they learn team members.
 */



async function evaluatePromotionGroups(project, groups, approvals, sources) {
    const wantsOwners = groups.some((g) => 'owners' in g);
    const lintOwners = project.config.lint.owners;
    let owners = { owners: [], source: 'not needed' };
    const codeownersErrors = [];
    if (wantsOwners) {
        const overridden = Object.values(lintOwners).some((p) => p.length > 0);
        const codeowners = overridden ? null : await (0,governanceSources/* readCodeowners */.oZ)(sources.readAt);
        if (codeowners)
            for (const e of codeowners.parsed.errors)
                codeownersErrors.push(`${codeowners.file}:${e.line}: ${e.message} (GitHub skips this line too)`);
        owners = promotionOwners({
            lintOwners,
            codeowners,
            files: overridden || !codeowners ? [] : await sources.files(),
        });
    }
    const teams = new Map();
    for (const key of (0,approverGroups/* teamsToRead */.SE)(groups, owners.owners)) {
        const [org, slug] = key.split('/');
        const m = await sources.teamMembers(org, slug);
        teams.set(key, m === 'unreadable' ? m : m.map((x) => x.toLowerCase()));
    }
    const result = (0,approverGroups/* evaluateGroups */.U)({ groups, approvals, owners, teams });
    return { ...result, owners, codeownersErrors, teams };
}


/***/ })

};
