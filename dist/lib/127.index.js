export const id = 127;
export const ids = [127];
export const modules = {

/***/ 22127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  driftCommand: () => (/* binding */ driftCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/report/driftMarkdown.ts + 1 modules
var driftMarkdown = __webpack_require__(95332);
// EXTERNAL MODULE: ./src/core/report/driftMetrics.ts
var driftMetrics = __webpack_require__(9268);
// EXTERNAL MODULE: ./src/core/report/driftReport.ts
var driftReport = __webpack_require__(60251);
// EXTERNAL MODULE: ./src/core/drift/types.ts
var types = __webpack_require__(5022);
;// CONCATENATED MODULE: ./src/core/report/terminalDrift.ts


const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const indent = (text, by = '      ') => text
    .split('\n')
    .map((l) => `${by}${l}`)
    .join('\n');
function difference(d, p, s) {
    const { left, right } = p.pair;
    const mark = d.change === 'missing' ? s.red('-') : d.change === 'extra' ? s.green('+') : s.yellow('~');
    const fields = d.fields.length > 0
        ? ` (${[...new Set(d.fields.map((f) => f.replace(/Fingerprint$/, '')))].join(', ')})`
        : '';
    const critical = d.critical ? ` ${s.red(s.bold('CRITICAL'))}` : '';
    const out = [`  ${mark} ${d.change} ${d.kind} ${s.bold(d.object)}${fields}${critical}`];
    const side = (label, text) => {
        if (text === null)
            out.push(`      ${label}: ${s.dim('(absent)')}`);
        else if (!text.includes('\n'))
            out.push(`      ${label}: ${text}`);
        else
            out.push(`      ${label}:`, indent(text, '        '));
    };
    side(types/* STATE_LABELS */.In[left], d.left);
    side(types/* STATE_LABELS */.In[right], d.right);
    return out;
}
function renderDriftText(report, s) {
    const out = [];
    const counts = (0,driftReport/* totalCounts */.xW)(report);
    if (report.pairs.length === 0) {
        out.push('drift: nothing to compare: configure schema, a --url or drift.baseline');
    }
    else if (!(0,driftReport/* hasDrift */.uL)(report)) {
        out.push(`${s.green('no drift')} (${report.pairs.map((p) => (0,types/* pairTitle */.xq)(p.pair)).join('; ')}; mode ${report.mode})`);
    }
    else {
        const verdict = report.result === 'fail'
            ? s.red(s.bold('drift found'))
            : report.result === 'bypassed'
                ? s.yellow('drift found, bypassed')
                : s.yellow('drift found (reported only: canary mode)');
        out.push(`${verdict}: ${plural(counts.total, 'difference')}${counts.critical > 0 ? ` (${counts.critical} critical)` : ''}; missing ${counts.missing}, extra ${counts.extra}, changed ${counts.changed}; mode ${report.mode}`);
    }
    if (report.bypass)
        out.push(s.yellow(`bypassed by the label ${report.bypass.label}; fix it by ${report.bypass.dueBy.toISOString().slice(0, 10)}`));
    for (const p of report.pairs) {
        out.push('', `${s.bold((0,types/* pairTitle */.xq)(p.pair))}: ${p.differences.length === 0 ? 'no drift' : plural(p.differences.length, 'difference')}`);
        for (const d of p.differences)
            out.push(...difference(d, p, s));
        if (p.fix) {
            out.push(`  suggested fix: SQL to ${p.fix.purpose}:`);
            if (p.fix.sql.trim() !== '')
                out.push(indent(p.fix.sql.trimEnd(), '    '));
            for (const u of p.fix.unsupported)
                out.push(s.yellow(`    not expressible as SQL by schemagate: ${u}`));
            if (p.fix.note)
                out.push(`    ${p.fix.note}`);
        }
    }
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/core/report/terminalStyle.ts
var terminalStyle = __webpack_require__(63143);
// EXTERNAL MODULE: ./src/db/index.ts
var db = __webpack_require__(61370);
// EXTERNAL MODULE: ./src/runtime/driftRun.ts + 1 modules
var driftRun = __webpack_require__(18804);
// EXTERNAL MODULE: ./src/runtime/project.ts + 2 modules
var runtime_project = __webpack_require__(96618);
// EXTERNAL MODULE: ./src/cli/commands/driftArgs.ts
var driftArgs = __webpack_require__(10167);
;// CONCATENATED MODULE: ./src/cli/commands/drift.ts












const USAGE = `schemagate drift [dir] [--url <url>] [--baseline <file>] [--pair <left:right>]...
                [--dev-url <url>] [--format text|markdown|json] [--report-path <file>] [--metrics-path <file>]
                [--mode canary|strict] [--config <file>]

States: declared (schema dir), replayed (migrations on a fresh dev database), live (--url or
DATABASE_URL, read only), baseline (--baseline or drift.baseline). Default pairs: declared:replayed,
replayed:live with a URL, and baseline:live (or baseline:replayed) with a baseline.
Exit codes: 0 no drift, or drift that does not fail (canary); 1 drift that fails (strict, or a
critical table); 2 bad input.`;
function write(path, text) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    (0,external_node_fs_.writeFileSync)(path, text);
}
const driftCommand = {
    name: 'drift',
    summary: 'Compare declared schema, migrations, live database and baseline',
    usage: USAGE,
    async run(args, io) {
        const { values, positionals } = (0,driftArgs/* parseDriftArgs */.w)(args, {
            url: { type: 'string' },
            'dev-url': { type: 'string' },
            baseline: { type: 'string' },
            pair: { type: 'string', multiple: true },
            format: { type: 'string', default: 'text' },
            'report-path': { type: 'string' },
            'metrics-path': { type: 'string' },
            mode: { type: 'string' },
            config: { type: 'string', short: 'c' },
        }, 'drift');
        if (values.format !== 'text' && values.format !== 'json' && values.format !== 'markdown')
            throw new errors/* InputError */.dz(`--format must be text, markdown or json, got ${JSON.stringify(values.format)}`);
        const project = (0,runtime_project/* loadProject */.g)({
            root: positionals[0] ?? io.cwd,
            config: values.config,
            env: io.env,
            mode: values.mode,
        });
        const report = await (0,driftRun/* runDrift */.l)({
            project,
            devUrl: values['dev-url'] || project.config.dev_url,
            liveUrl: values.url || io.env.DATABASE_URL || undefined,
            baselinePath: values.baseline,
            pairs: values.pair,
            openDb: (url) => (0,db/* openDb */.bI)(url, 'schemagate-drift'),
        });
        const json = (0,driftReport/* renderDriftJson */.WF)(report);
        io.out(values.format === 'json'
            ? json
            : values.format === 'markdown'
                ? (0,driftMarkdown/* renderDriftMarkdown */.b9)(report)
                : renderDriftText(report, (0,terminalStyle/* terminalStyle */.w)((0,terminalStyle/* colourWanted */.q)(io.env, io.isTTY ?? false))));
        if (values['report-path'])
            write(project.path(values['report-path']), json);
        const metrics = values['metrics-path'] ?? project.config.drift.metrics;
        if (metrics)
            write(project.path(metrics), await (0,driftMetrics/* renderDriftMetrics */.ti)(report));
        return report.result === 'fail' ? 1 : 0;
    },
};


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
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27244);
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

/***/ 95332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OF: () => (/* binding */ fenced),
  b9: () => (/* binding */ renderDriftMarkdown)
});

// UNUSED EXPORTS: MAX_FIX_CHARS, MAX_LISTED, code

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
/* harmony export */   M7: () => (/* binding */ renderHistoryMetrics),
/* harmony export */   ti: () => (/* binding */ renderDriftMetrics)
/* harmony export */ });
/* unused harmony export DEFAULT_METRICS_PREFIX */
/* harmony import */ var prom_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95222);
/**
 * Prometheus text exposition of drift runs, through prom-client with a registry of its own (the
 * global one would mix in whatever else the process registered). The failure counter is a real
 * counter when a validation history is given: its value is the total over every recorded run,
 * so dashboards see it grow; without a history it holds this run only (0 or 1 per subject).
 */

const DEFAULT_METRICS_PREFIX = 'schemagate';
function historyMetrics(registry, prefix, history) {
    const failures = new prom_client__WEBPACK_IMPORTED_MODULE_0__.Counter({
        name: `${prefix}_schema_validation_failures_total`,
        help: 'Schema validations (pairs of states compared) that found drift, by subject and mode, over the whole validation history.',
        labelNames: ['subject', 'mode'],
        registers: [registry],
    });
    const runs = new prom_client__WEBPACK_IMPORTED_MODULE_0__.Counter({
        name: `${prefix}_schema_validations_total`,
        help: 'Schema validations recorded in the validation history, by subject and mode.',
        labelNames: ['subject', 'mode'],
        registers: [registry],
    });
    for (const r of history.validations) {
        runs.inc({ subject: r.subject, mode: r.mode }, r.count);
        failures.inc({ subject: r.subject, mode: r.mode }, 0);
    }
    for (const f of history.failures)
        failures.inc({ subject: f.subject, mode: f.mode }, f.count);
    const rate = (name, help, value) => {
        const g = new prom_client__WEBPACK_IMPORTED_MODULE_0__.Gauge({ name: `${prefix}_${name}`, help, registers: [registry] });
        if (value !== null)
            g.set(value);
    };
    rate('drift_false_positive_ratio', 'Share of drift findings later accepted by a baseline refresh (target: at most 0.05).', history.falsePositiveRate);
    rate('baseline_refresh_success_ratio', 'Successful baseline refreshes over all refreshes (target: at least 0.95).', history.baselineRefreshSuccessRate);
    const resolved = new prom_client__WEBPACK_IMPORTED_MODULE_0__.Gauge({
        name: `${prefix}_drift_resolution_seconds`,
        help: 'Seconds from first detection of drift on a table to the first run without it (latest resolution per table; target: at most 1800).',
        labelNames: ['subject', 'table'],
        registers: [registry],
    });
    for (const r of history.resolutions)
        resolved.set({ subject: r.subject, table: r.table }, r.seconds);
    const open = new prom_client__WEBPACK_IMPORTED_MODULE_0__.Gauge({
        name: `${prefix}_drift_open_seconds`,
        help: 'Seconds since drift on a table was first detected, for tables still drifting.',
        labelNames: ['subject', 'table'],
        registers: [registry],
    });
    for (const r of history.open)
        open.set({ subject: r.subject, table: r.table }, r.seconds);
    return failures;
}
async function renderHistoryMetrics(history, prefix = DEFAULT_METRICS_PREFIX) {
    const registry = new prom_client__WEBPACK_IMPORTED_MODULE_0__.Registry();
    historyMetrics(registry, prefix, history);
    return registry.metrics();
}
async function renderDriftMetrics(report, options = {}) {
    const prefix = options.prefix ?? DEFAULT_METRICS_PREFIX;
    const registry = new prom_client__WEBPACK_IMPORTED_MODULE_0__.Registry();
    const failures = options.history
        ? undefined
        : new prom_client__WEBPACK_IMPORTED_MODULE_0__.Counter({
            name: `${prefix}_schema_validation_failures_total`,
            help: 'Schema validations (pairs of states compared) that found drift, by subject and mode (this run only: no validation history).',
            labelNames: ['subject', 'mode'],
            registers: [registry],
        });
    if (options.history)
        historyMetrics(registry, prefix, options.history);
    const objects = new prom_client__WEBPACK_IMPORTED_MODULE_0__.Gauge({
        name: `${prefix}_drift_objects`,
        help: 'Objects that drifted, by subject, object kind and change (missing, extra, changed).',
        labelNames: ['subject', 'kind', 'change'],
        registers: [registry],
    });
    const critical = new prom_client__WEBPACK_IMPORTED_MODULE_0__.Gauge({
        name: `${prefix}_drift_critical_objects`,
        help: 'Drifted objects on critical tables, by subject.',
        labelNames: ['subject'],
        registers: [registry],
    });
    const breaking = new prom_client__WEBPACK_IMPORTED_MODULE_0__.Gauge({
        name: `${prefix}_drift_breaking_objects`,
        help: 'Drifted objects whose change is breaking, by subject.',
        labelNames: ['subject'],
        registers: [registry],
    });
    const duration = new prom_client__WEBPACK_IMPORTED_MODULE_0__.Gauge({
        name: `${prefix}_drift_check_duration_seconds`,
        help: 'Wall time of the drift check run, in seconds.',
        registers: [registry],
    });
    const result = new prom_client__WEBPACK_IMPORTED_MODULE_0__.Gauge({
        name: `${prefix}_drift_check_result`,
        help: '1 for the result of this run (pass, drift, fail, bypassed), 0 for the others.',
        labelNames: ['result', 'mode'],
        registers: [registry],
    });
    for (const p of report.pairs) {
        failures?.inc({ subject: p.subject, mode: report.mode }, p.differences.length > 0 ? 1 : 0);
        critical.set({ subject: p.subject }, p.counts.critical);
        breaking.set({ subject: p.subject }, p.counts.breaking);
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
        differences: report.pairs.flatMap((p) => p.differences.map((d) => ({ subject: p.subject, ...d }))),
    };
    return `${JSON.stringify(doc, null, 2)}\n`;
}


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
// EXTERNAL MODULE: ./src/core/diff/index.ts + 25 modules
var diff = __webpack_require__(36296);
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
    };
}


/***/ })

};
