export const id = 466;
export const ids = [466];
export const modules = {

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

/***/ 95332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b9: () => (/* binding */ renderDriftMarkdown)
});

// UNUSED EXPORTS: MAX_FIX_CHARS, MAX_LISTED, code, fenced

// EXTERNAL MODULE: ./src/core/drift/check.ts
var check = __webpack_require__(80583);
// EXTERNAL MODULE: ./src/core/drift/types.ts
var types = __webpack_require__(5022);
;// CONCATENATED MODULE: ./src/core/report/driftMermaid.ts
const MAX_TABLES = 30;
const token = (s) => s.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '') || 'x';
const label = (s) => s.replace(/["\n\r]/g, "'");
function renderDriftErDiagram(diffs, models) {
    const tables = new Map();
    const marks = new Map();
    for (const d of diffs) {
        if (d.table === null)
            continue;
        const found = models.map((m) => m.tables[d.table]).filter((x) => x !== undefined);
        if (found.length === 0)
            continue;
        // Columns and keys from every state, so an extra column shows up next to the reference ones.
        tables.set(d.table, {
            ...found[0],
            columns: Object.assign({}, ...[...found].reverse().map((t) => t.columns)),
            constraints: Object.assign({}, ...[...found].reverse().map((t) => t.constraints)),
        });
        if (d.kind === 'column') {
            const col = d.object
                .slice(d.table.length + 1)
                .replace(/^"|"$/g, '')
                .replace(/""/g, '"');
            const m = marks.get(d.table) ?? new Map();
            m.set(col, d.change);
            marks.set(d.table, m);
        }
        else if (d.kind === 'table') {
            const m = marks.get(d.table) ?? new Map();
            m.set('', d.change);
            marks.set(d.table, m);
        }
    }
    if (tables.size === 0)
        return null;
    const keys = [...tables.keys()].sort().slice(0, MAX_TABLES);
    const ids = new Map();
    const used = new Set();
    for (const k of keys) {
        let id = token(k);
        for (let i = 2; used.has(id); i++)
            id = `${token(k)}_${i}`;
        used.add(id);
        ids.set(k, id);
    }
    const lines = ['erDiagram'];
    for (const k of keys) {
        const t = tables.get(k);
        const tableMark = marks.get(k)?.get('');
        const pk = new Set(Object.values(t.constraints)
            .filter((c) => c.type === 'primaryKey')
            .flatMap((c) => c.columns));
        const fk = new Set(Object.values(t.constraints)
            .filter((c) => c.type === 'foreignKey')
            .flatMap((c) => c.columns));
        const uk = new Set(Object.values(t.constraints)
            .filter((c) => c.type === 'unique')
            .flatMap((c) => c.columns));
        lines.push(`  ${ids.get(k)}["${label(k)}${tableMark ? ` (${tableMark})` : ''}"] {`);
        const cols = Object.values(t.columns).sort((a, b) => a.position - b.position || (a.name < b.name ? -1 : 1));
        for (const c of cols) {
            const keysOf = [pk.has(c.name) && 'PK', fk.has(c.name) && 'FK', uk.has(c.name) && 'UK']
                .filter(Boolean)
                .join(', ');
            const mark = marks.get(k)?.get(c.name);
            lines.push(`    ${token(c.type)} ${token(c.name)}${keysOf ? ` ${keysOf}` : ''}${mark ? ` "${mark}"` : ''}`);
        }
        lines.push('  }');
    }
    for (const k of keys) {
        for (const c of Object.values(tables.get(k).constraints)) {
            const target = c.foreignKey?.referencedTable;
            if (c.type !== 'foreignKey' || !target || !ids.has(target))
                continue;
            lines.push(`  ${ids.get(k)} }o--|| ${ids.get(target)} : "${label(c.name)}"`);
        }
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/core/report/driftReport.ts
var driftReport = __webpack_require__(60251);
;// CONCATENATED MODULE: ./src/core/report/driftMarkdown.ts
/**
 * The drift-check section of the sticky comment and the job summary: a summary line, each
 * difference grouped by table with both sides, critical ones marked, the suggested fix SQL, an ER
 * diagram of the tables that differ and how to refresh the baseline.
 */




/** Differences listed per pair in the comment; the JSON report always has them all. */
const MAX_LISTED = 150;
/** Characters of fix SQL shown per pair in the comment. */
const MAX_FIX_CHARS = 20_000;
/** Inline code that survives backticks in the text. */
function code(text) {
    const runs = text.match(/`+/g) ?? [];
    const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/** A fenced block whose fence is longer than any backtick run inside. */
function fenced(text, lang = '') {
    const runs = text.match(/`{3,}/g) ?? [];
    const fence = '`'.repeat(Math.max(3, ...runs.map((r) => r.length + 1)));
    return `${fence}${lang}\n${text}\n${fence}`;
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function side(name, text) {
    if (text === null)
        return `  - ${name}: _(absent)_`;
    if (!text.includes('\n') && text.length <= 160)
        return `  - ${name}: ${code(text)}`;
    return `  - ${name}:\n\n${fenced(text, 'sql')
        .split('\n')
        .map((l) => `    ${l}`)
        .join('\n')}\n`;
}
/** Derived fields (fingerprints of a definition) say nothing the definition does not. */
const shownFields = (d) => [...new Set(d.fields.map((f) => f.replace(/Fingerprint$/, '')))];
function renderDifference(d, left, right) {
    const icon = d.critical
        ? ':rotating_light:'
        : d.change === 'changed'
            ? ':pencil2:'
            : d.change === 'missing'
                ? ':heavy_minus_sign:'
                : ':heavy_plus_sign:';
    const where = d.change === 'missing'
        ? ` — in the ${types/* STATE_LABELS */.In[left]}, missing from the ${types/* STATE_LABELS */.In[right]}`
        : d.change === 'extra'
            ? ` — in the ${types/* STATE_LABELS */.In[right]}, not in the ${types/* STATE_LABELS */.In[left]}`
            : shownFields(d).length > 0
                ? ` (${shownFields(d).join(', ')})`
                : '';
    const head = `- ${icon} **${d.change}** ${d.kind} ${code(d.object)}${where}${d.critical ? ' — **critical**' : ''}`;
    return [head, side(types/* STATE_LABELS */.In[left], d.left), side(types/* STATE_LABELS */.In[right], d.right)].join('\n');
}
function renderPair(p) {
    const { left, right } = p.pair;
    const title = `#### ${(0,types/* pairTitle */.xq)(p.pair)}: ${p.differences.length === 0 ? 'no drift' : plural(p.differences.length, 'difference')}`;
    if (p.differences.length === 0)
        return `${title}\n`;
    const out = [title, ''];
    const groups = new Map();
    for (const d of p.differences.slice(0, MAX_LISTED)) {
        const key = d.table ?? '';
        groups.set(key, [...(groups.get(key) ?? []), d]);
    }
    for (const [table, diffs] of groups) {
        const critical = diffs.some((d) => d.critical);
        out.push(table === '' ? '**Other objects**' : `**${code(table)}**${critical ? ' (critical table)' : ''}`, '');
        for (const d of diffs)
            out.push(renderDifference(d, left, right));
        out.push('');
    }
    if (p.differences.length > MAX_LISTED) {
        out.push(`…and ${p.differences.length - MAX_LISTED} more differences: see the JSON validation report.`, '');
    }
    if (p.fix) {
        out.push(`**Suggested fix** — SQL to ${p.fix.purpose}:`, '');
        if (p.fix.sql.trim() !== '') {
            const sql = p.fix.sql.trimEnd();
            // A comment holds at most 65,536 characters; the JSON report keeps the whole plan.
            const cut = sql.length > MAX_FIX_CHARS ? sql.slice(0, sql.lastIndexOf('\n', MAX_FIX_CHARS)) : sql;
            out.push(fenced(cut, 'sql'), '');
            if (cut !== sql)
                out.push(`…the SQL goes on (${sql.length - cut.length} more characters): see the JSON validation report.`, '');
        }
        for (const u of p.fix.unsupported)
            out.push(`> [!WARNING]\n> Not expressible as SQL by schemagate: ${u}`, '');
        if (p.fix.note)
            out.push(p.fix.note, '');
    }
    return out.join('\n');
}
function summaryLine(report) {
    const counts = (0,driftReport/* totalCounts */.xW)(report);
    const subjects = report.pairs.map((p) => (0,types/* pairTitle */.xq)(p.pair)).join('; ');
    if (report.pairs.length === 0)
        return ':grey_question: Nothing to compare: configure `schema`, a `database-url` or `drift.baseline`.';
    if (!(0,driftReport/* hasDrift */.uL)(report))
        return `:white_check_mark: **No drift** (${subjects}; mode ${report.mode}).`;
    const diffs = report.pairs.flatMap((p) => p.differences);
    const tables = new Set(diffs.flatMap((d) => (d.table === null ? [] : [d.table])));
    const others = diffs.some((d) => d.table === null) ? ' and other objects' : '';
    const what = `${plural(counts.total, 'difference')}${counts.critical > 0 ? ` (${counts.critical} critical)` : ''} in ${plural(tables.size, 'table')}${others}`;
    const verdict = report.result === 'fail'
        ? ':x: **Drift found**'
        : report.result === 'bypassed'
            ? ':warning: **Drift found, bypassed**'
            : ':warning: **Drift found** (reported only: canary mode)';
    return `${verdict}: ${what} — missing ${counts.missing}, extra ${counts.extra}, changed ${counts.changed}; mode ${report.mode}.`;
}
function baselineNote(report) {
    const usesBaseline = report.pairs.some((p) => p.pair.left === 'baseline' || p.pair.right === 'baseline');
    if (!usesBaseline && !report.baselinePath)
        return null;
    const path = report.baselinePath ?? 'the baseline file';
    return `<details><summary>Refreshing the baseline</summary>\n\nWhen the difference is intended (the live database is right), refresh ${code(path)} and commit it:\n\n${fenced('npx schemagate baseline refresh --url "$DATABASE_URL"', 'sh')}\n\n\`refresh\` keeps the previous file as a timestamped backup next to it; \`schemagate baseline check\` tells whether it is up to date.\n</details>\n`;
}
function renderDriftMarkdown(report) {
    const out = ['### schemagate/drift-check', '', summaryLine(report), ''];
    if (report.bypass) {
        const due = report.bypass.dueBy.toISOString().replace(/\.\d{3}Z$/, 'Z');
        const failing = report.pairs.flatMap((p) => (p.result === 'fail' ? p.differences : []));
        out.push(`> [!CAUTION]\n> Emergency bypass: the label ${code(report.bypass.label)} turned this failing check into success. It is recorded in the audit log. Follow-up due by **${due}** (within 24 hours): reconcile`, ...failing.slice(0, 20).map((d) => `> - ${(0,check/* describeDifference */.hF)(d)}`), ...(failing.length > 20 ? [`> - …and ${failing.length - 20} more`] : []), '');
    }
    for (const p of report.pairs)
        out.push(renderPair(p));
    const diffs = report.pairs.flatMap((p) => p.differences);
    const models = Object.values(report.models).filter((m) => m !== undefined);
    const diagram = renderDriftErDiagram(diffs, models);
    if (diagram)
        out.push('#### Tables that differ', '', fenced(diagram, 'mermaid'), '');
    const note = baselineNote(report);
    if (note)
        out.push(note);
    if (report.schemaHash)
        out.push(`<sub>schema SHA-256 ${code(report.schemaHash)} · ${(report.durationMs / 1000).toFixed(1)} s</sub>`, '');
    return `${out.join('\n').trimEnd()}\n`;
}


/***/ }),

/***/ 9268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ renderDriftMetrics)
/* harmony export */ });
/* harmony import */ var prom_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95222);
/**
 * Prometheus text exposition of a drift run, through prom-client with a registry of its own (the
 * global one would mix in whatever else the process registered).
 */

async function renderDriftMetrics(report) {
    const registry = new prom_client__WEBPACK_IMPORTED_MODULE_0__.Registry();
    const failures = new prom_client__WEBPACK_IMPORTED_MODULE_0__.Counter({
        name: 'schemagate_schema_validation_failures_total',
        help: 'Schema validations (pairs of states compared) that found drift, by subject and mode.',
        labelNames: ['subject', 'mode'],
        registers: [registry],
    });
    const objects = new prom_client__WEBPACK_IMPORTED_MODULE_0__.Gauge({
        name: 'schemagate_drift_objects',
        help: 'Objects that drifted, by subject, object kind and change (missing, extra, changed).',
        labelNames: ['subject', 'kind', 'change'],
        registers: [registry],
    });
    const critical = new prom_client__WEBPACK_IMPORTED_MODULE_0__.Gauge({
        name: 'schemagate_drift_critical_objects',
        help: 'Drifted objects on critical tables, by subject.',
        labelNames: ['subject'],
        registers: [registry],
    });
    const duration = new prom_client__WEBPACK_IMPORTED_MODULE_0__.Gauge({
        name: 'schemagate_drift_check_duration_seconds',
        help: 'Wall time of the drift check run, in seconds.',
        registers: [registry],
    });
    const result = new prom_client__WEBPACK_IMPORTED_MODULE_0__.Gauge({
        name: 'schemagate_drift_check_result',
        help: '1 for the result of this run (pass, drift, fail, bypassed), 0 for the others.',
        labelNames: ['result', 'mode'],
        registers: [registry],
    });
    for (const p of report.pairs) {
        failures.inc({ subject: p.subject, mode: report.mode }, p.differences.length > 0 ? 1 : 0);
        critical.set({ subject: p.subject }, p.counts.critical);
        const byKindChange = new Map();
        for (const d of p.differences) {
            const key = `${d.kind}\u0000${d.change}`;
            byKindChange.set(key, (byKindChange.get(key) ?? 0) + 1);
        }
        for (const [key, n] of [...byKindChange].sort()) {
            const [kind, change] = key.split('\u0000');
            objects.set({ subject: p.subject, kind, change }, n);
        }
    }
    duration.set(report.durationMs / 1000);
    for (const r of ['pass', 'drift', 'fail', 'bypassed'])
        result.set({ result: r, mode: report.mode }, r === report.result ? 1 : 0);
    return registry.metrics();
}


/***/ }),

/***/ 60251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WF: () => (/* binding */ renderDriftJson),
/* harmony export */   uL: () => (/* binding */ hasDrift),
/* harmony export */   xW: () => (/* binding */ totalCounts)
/* harmony export */ });
/* harmony import */ var _drift_decide_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92979);

function totalCounts(report) {
    return (0,_drift_decide_js__WEBPACK_IMPORTED_MODULE_0__/* .countDifferences */ .a)(report.pairs.flatMap((p) => p.differences));
}
function hasDrift(report) {
    return report.pairs.some((p) => p.differences.length > 0);
}
/** The machine-readable validation report (report-path): subject, mode, result, counts, differences, schema hash. */
function renderDriftJson(report) {
    const doc = {
        tool: 'schemagate',
        check: 'drift-check',
        subject: report.pairs.map((p) => p.subject).join(','),
        mode: report.mode,
        result: report.result,
        drift: hasDrift(report),
        schemaHash: report.schemaHash,
        durationMs: Math.round(report.durationMs),
        counts: totalCounts(report),
        bypass: report.bypass ? { label: report.bypass.label, dueBy: report.bypass.dueBy.toISOString() } : null,
        pairs: report.pairs.map((p) => ({
            subject: p.subject,
            left: p.pair.left,
            right: p.pair.right,
            result: p.result,
            leftHash: p.leftHash,
            rightHash: p.rightHash,
            counts: p.counts,
            fix: p.fix,
        })),
        differences: report.pairs.flatMap((p) => p.differences.map((d) => ({ subject: p.subject, ...d }))),
    };
    return `${JSON.stringify(doc, null, 2)}\n`;
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
