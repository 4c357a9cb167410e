export const id = 7484;
export const ids = [7484];
export const modules = {

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

/***/ 39977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aY: () => (/* binding */ code),
  OF: () => (/* binding */ fenced),
  b9: () => (/* binding */ renderDriftMarkdown)
});

// UNUSED EXPORTS: MAX_LISTED

// EXTERNAL MODULE: ./src/core/drift/check.ts
var check = __webpack_require__(80583);
// EXTERNAL MODULE: ./src/core/drift/types.ts
var types = __webpack_require__(5022);
// EXTERNAL MODULE: ./src/core/report/sqlCut.ts
var sqlCut = __webpack_require__(23032);
;// CONCATENATED MODULE: ./src/core/report/declaredPlan.ts



/** The command that prints the whole plan, for the cut note. */
function declaredPlanCommand(plan) {
    return plan.from === 'live'
        ? code(`npx schemagate diff --from "$DATABASE_URL" --to ${plan.schemaDir}`)
        : `${code('npx schemagate new <name>')} (writes it as the next migration)`;
}
function renderDeclaredPlan(plan, limits = sqlCut/* SECTION_SQL_LIMITS */.cB) {
    const source = types/* STATE_LABELS */.In[plan.from];
    const n = plan.statements;
    const what = `${n} statement${n === 1 ? '' : 's'}`;
    if (n === 0 && plan.unsupported.length === 0)
        return `**Declared plan**: nothing would run: the ${source} and the declared schema are the same.\n`;
    const c = (0,sqlCut/* cutSql */.$7)(plan.sql, limits);
    const out = [
        `<details><summary><b>Declared plan</b>: SQL from the ${source} to the declared schema (${what}, ${c.totalLines} line${c.totalLines === 1 ? '' : 's'})</summary>`,
        '',
    ];
    if (c.text !== '')
        out.push(fenced(c.text, 'sql'), '');
    if (c.cut)
        out.push((0,sqlCut/* cutNote */.nA)(c, `${declaredPlanCommand(plan)}; the JSON validation report has it whole (${code('declaredPlan.sql')}).`, limits), '');
    for (const u of plan.unsupported)
        out.push(`> [!WARNING]\n> Not expressible as SQL by schemagate: ${u}`, '');
    out.push('</details>');
    return `${out.join('\n')}\n`;
}

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
    const head = `- ${icon} **${d.change}** ${d.kind} ${code(d.object)}${where}${d.critical ? ' — **critical**' : ''} · ${d.compatibility}`;
    return [head, side(types/* STATE_LABELS */.In[left], d.left), side(types/* STATE_LABELS */.In[right], d.right)].join('\n');
}
function excludedNote(p) {
    if (p.excluded.length === 0)
        return '';
    const shown = p.excluded.slice(0, MAX_LISTED).map(code).join(', ');
    const more = p.excluded.length > MAX_LISTED ? `, …and ${p.excluded.length - MAX_LISTED} more` : '';
    return `<details><summary>Excluded by drift filters: ${plural(p.excluded.length, 'table')}</summary>\n\n${shown}${more}\n\n</details>\n`;
}
function renderPair(p) {
    const { left, right } = p.pair;
    const title = `#### ${(0,types/* pairTitle */.xq)(p.pair)}: ${p.differences.length === 0 ? 'no drift' : plural(p.differences.length, 'difference')}`;
    if (p.differences.length === 0)
        return `${title}\n${p.excluded.length ? `\n${excludedNote(p)}` : ''}`;
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
            // A comment holds at most 65,536 characters: the shared cut (sqlCut.ts); the JSON report keeps it whole.
            const cut = (0,sqlCut/* cutSql */.$7)(p.fix.sql);
            out.push(fenced(cut.text, 'sql'), '');
            if (cut.cut)
                out.push((0,sqlCut/* cutNote */.nA)(cut, `the JSON validation report (${code('pairs[].fix.sql')}) has it whole.`), '');
        }
        for (const u of p.fix.unsupported)
            out.push(`> [!WARNING]\n> Not expressible as SQL by schemagate: ${u}`, '');
        if (p.fix.note)
            out.push(p.fix.note, '');
    }
    if (p.excluded.length)
        out.push(excludedNote(p));
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
    const what = `${plural(counts.total, 'difference')}${counts.critical > 0 ? ` (${counts.critical} critical)` : ''} in ${plural(tables.size, 'table')}${others}, ${counts.breaking} breaking`;
    const verdict = report.result === 'fail'
        ? ':x: **Drift found**'
        : report.result === 'bypassed'
            ? ':warning: **Drift found, bypassed**'
            : report.mode === 'strict'
                ? ':warning: **Drift found** (reported only: no breaking difference; strict blocks breaking ones)'
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
        out.push(`> [!CAUTION]\n> Emergency bypass: ${report.bypass.label.startsWith('EMERGENCY_BYPASS') ? code(report.bypass.label) : `the label ${code(report.bypass.label)}`} turned this failing check into success. It is recorded in the audit log. Follow-up due by **${due}** (within 24 hours): reconcile`, ...failing.slice(0, 20).map((d) => `> - ${(0,check/* describeDifference */.hF)(d)}`), ...(failing.length > 20 ? [`> - …and ${failing.length - 20} more`] : []), '');
    }
    const fresh = (0,driftReport/* newTables */.Sk)(report);
    if (fresh.length > 0) {
        const cc = (report.newTableNotify ?? []).map((n) => (n.startsWith('@') ? n : `@${n}`));
        out.push(`:new: **New table${fresh.length === 1 ? '' : 's'}**: ${fresh.map((t) => `${code(t.table)} (${t.subject})`).join(', ')}${cc.length ? ` — cc ${cc.join(' ')}` : ''}`, '');
    }
    for (const p of report.pairs)
        out.push(renderPair(p));
    if (report.declaredPlan)
        out.push(renderDeclaredPlan(report.declaredPlan));
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

/***/ 60251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sk: () => (/* binding */ newTables),
/* harmony export */   WF: () => (/* binding */ renderDriftJson),
/* harmony export */   uL: () => (/* binding */ hasDrift),
/* harmony export */   xW: () => (/* binding */ totalCounts)
/* harmony export */ });
/* harmony import */ var _drift_decide_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92979);

/** New tables: in the checked state of a pair and not in its reference, with where they appeared. */
function newTables(report) {
    return report.pairs.flatMap((p) => p.differences
        .filter((d) => d.kind === 'table' && d.change === 'extra')
        .map((d) => ({ table: d.object, subject: p.subject })));
}
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
            excluded: p.excluded,
        })),
        newTables: newTables(report),
        declaredPlan: report.declaredPlan ?? null,
        differences: report.pairs.flatMap((p) => p.differences.map((d) => ({ subject: p.subject, ...d }))),
    };
    return `${JSON.stringify(doc, null, 2)}\n`;
}


/***/ }),

/***/ 23032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $7: () => (/* binding */ cutSql),
/* harmony export */   cB: () => (/* binding */ SECTION_SQL_LIMITS),
/* harmony export */   lt: () => (/* binding */ countLines),
/* harmony export */   nA: () => (/* binding */ cutNote)
/* harmony export */ });
/**
 * One rule for cutting SQL shown in the PR comment (migration files the pull request adds, the
 * declared plan): at most 300 lines and 15,000 characters per section, cut at a line boundary,
 * with a note that says what was cut and the command that shows it all. Two sections at that size
 * leave room for the rest of the comment under GitHub's 65,536 characters; the sticky comment's
 * own cut (github/stickyComment.ts) stays the last guard.
 */
const SECTION_SQL_LIMITS = { maxLines: 300, maxChars: 15_000 };
const countLines = (text) => (text === '' ? 0 : text.split('\n').length);
/** The longest prefix of whole lines within both limits. */
function cutSql(sql, limits = SECTION_SQL_LIMITS) {
    const text = sql.trimEnd();
    const lines = text === '' ? [] : text.split('\n');
    let chars = 0;
    let shown = 0;
    for (const line of lines) {
        const next = chars + line.length + (shown > 0 ? 1 : 0);
        if (shown >= limits.maxLines || next > limits.maxChars)
            break;
        chars = next;
        shown++;
    }
    const kept = lines.slice(0, shown).join('\n');
    return {
        text: kept,
        totalLines: lines.length,
        shownLines: shown,
        hiddenChars: text.length - kept.length,
        cut: shown < lines.length,
    };
}
const n = (x) => x.toLocaleString('en-US');
/** The line under a cut block: what is missing and how to see it all. */
function cutNote(what, seeAll, limits = SECTION_SQL_LIMITS) {
    return `> [!NOTE]\n> Cut to fit the comment (at most ${n(limits.maxLines)} lines and ${n(limits.maxChars)} characters of SQL per section): showing ${n(what.shownLines)} of ${n(what.totalLines)} lines; ${n(what.totalLines - what.shownLines)} lines (${n(what.hiddenChars)} characters) are not shown. To see it all: ${seeAll}`;
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
// EXTERNAL MODULE: ./src/core/diff/index.ts + 27 modules
var diff = __webpack_require__(5709);
;// CONCATENATED MODULE: ./src/runtime/driftPlanner.ts
/**
 * Adapter from the drift check's FixPlanner to the diff engine (planDiff + renderPlanSql). A
 * planner failure must not hide the drift itself, so it becomes a note in the report.
 */



const driftPlanner = (from, to) => {
    try {
        const plan = (0,diff.planDiff)(from, to);
        return {
            sql: (0,diff.renderPlanSql)(plan),
            unsupported: plan.unsupported.map((u) => `${u.kind} ${u.name}: ${u.reason}`),
        };
    }
    catch (err) {
        return { sql: '', unsupported: [`the planner could not produce SQL: ${(0,errors/* errorMessage */.gJ)(err)}`] };
    }
};
/**
 * The declared plan (core/report/declaredPlan.ts): from the live database when there is one, else
 * from the replayed migrations, to the declared schema, both after the drift filters.
 */
function declaredPlanOf(models, filters, schemaDir) {
    const from = models.live ? 'live' : models.replayed ? 'replayed' : null;
    if (!models.declared || !from)
        return null;
    try {
        const plan = (0,diff.planDiff)((0,drift_filters/* filterModel */.WA)(models[from], filters), (0,drift_filters/* filterModel */.WA)(models.declared, filters));
        return {
            from,
            sql: (0,diff.renderPlanSql)(plan),
            statements: plan.statements.length,
            unsupported: plan.unsupported.map((u) => `${u.kind} ${u.name}: ${u.reason}`),
            schemaDir,
        };
    }
    catch (err) {
        return {
            from,
            sql: '',
            statements: 0,
            unsupported: [`the planner could not produce SQL: ${(0,errors/* errorMessage */.gJ)(err)}`],
            schemaDir,
        };
    }
}

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
    const fromFlags = Boolean(opts.pairs && opts.pairs.length > 0);
    const written = fromFlags ? opts.pairs : project.config.drift.pairs;
    if (written.length > 0) {
        return written.map((text, i) => {
            const pair = (0,check/* parsePair */.Ar)(text);
            const why = `${JSON.stringify(text)} is not a pair such as "replayed:live" (states: declared, replayed, live, baseline)`;
            // A --pair flag is the command line's fault, not the config file's.
            if (!pair && fromFlags)
                throw new errors/* InputError */.dz(`--pair ${why}`);
            if (!pair)
                throw new errors/* ConfigError */.xL(file, `drift.pairs[${i}]`, why);
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
        strictBlocks: config.drift.strict_blocks,
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
        newTableNotify: config.drift.new_table_notify,
        models,
        declaredPlan: config.schema ? declaredPlanOf(models, filters, config.schema) : null,
    };
}


/***/ })

};
