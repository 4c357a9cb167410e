export const id = 3390;
export const ids = [3390,8321,3003,375,9756];
export const modules = {

/***/ 49756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   statementRisks: () => (/* binding */ statementRisks)
/* harmony export */ });
/* harmony import */ var _lint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16062);
/* harmony import */ var _lint_risk_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44274);
/* harmony import */ var _sql_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79585);



function statementRisks(set, report, options) {
    const pending = new Set(report.pending.map((p) => p.file));
    const files = set.migrations.map((m) => (0,_sql_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSqlFile */ .K5)(m.up.file, m.up.text, { firstLine: m.up.firstLine }));
    const lint = (0,_lint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .lintFiles */ .ji)(files, {
        pgVersion: options.pgVersion,
        ruleLevels: options.ruleLevels,
        configFile: options.configFile,
        contextOnly: new Set(files.map((f) => f.file).filter((f) => !pending.has(f))),
        transactionalFiles: new Set(set.migrations.filter((m) => m.transactional).map((m) => m.up.file)),
    });
    const byStatement = new Map();
    for (const f of lint.findings) {
        if (f.ignored)
            continue;
        const key = `${f.file}:${f.line}`;
        byStatement.set(key, [...(byStatement.get(key) ?? []), f.risk]);
    }
    return new Map([...byStatement].map(([k, v]) => [k, (0,_lint_risk_js__WEBPACK_IMPORTED_MODULE_2__/* .maxRisk */ .id)(v)]));
}


/***/ }),

/***/ 97929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MP: () => (/* binding */ runJson),
/* harmony export */   jy: () => (/* binding */ downJson),
/* harmony export */   kD: () => (/* binding */ appliedLine),
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
/** The line for one applied file: `applied  <file>  <time>`. */
function appliedLine(a) {
    const resumed = a.resumedAt ? ` (resumed after statement ${a.resumedAt})` : '';
    return `applied  ${a.file}  ${ms(a.durationMs)}${a.transactional ? '' : '  [no transaction]'}${resumed}`;
}
/** `perFile: false` when the applied lines were already printed as each file finished. */
function runText(r, risks, options = {}) {
    const out = [];
    if (options.perFile !== false)
        for (const a of r.applied)
            out.push(appliedLine(a));
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
    // One column width for every row, so a long version (timestamps, Flyway) keeps the files aligned.
    const w = Math.max(16, ...s.state.pending.map((m) => m.version.length), ...s.state.applied.map((a) => a.migration.version.length), ...s.state.missing.map((m) => m.version.length));
    if (s.adopted)
        out.push(`revision table: not created yet; applied state read from ${s.adopted.source}`);
    else if (!s.tableExists)
        out.push('revision table: not created yet (nothing applied by schemagate)');
    for (const a of s.state.applied) {
        out.push(`applied  ${a.migration.version.padEnd(w)} ${a.migration.up.file}  ${a.row.applied_at}${a.row.operation === 'apply' ? '' : ` (${a.row.operation})`}`);
    }
    for (const p of s.state.partial)
        out.push(`PARTIAL  ${p.migration.version.padEnd(w)} ${p.migration.up.file}  ${p.row.progress} statement(s) done; \`migrate up\` resumes it`);
    const partial = new Set(s.state.partial.map((p) => p.migration));
    for (const m of s.state.pending) {
        if (partial.has(m))
            continue;
        out.push(`pending  ${m.version.padEnd(w)} ${m.up.file}  ${m.down ? 'down: yes' : 'down: none'}`);
    }
    for (const c of s.state.changed)
        out.push(`EDITED   ${c.migration.version.padEnd(w)} ${c.migration.up.file}  changed after it was applied`);
    for (const o of s.state.outOfOrder)
        out.push(`ORDER    ${o.migration.version.padEnd(w)} ${o.migration.up.file}  pending but ${o.after.file} is applied`);
    for (const m of s.state.missing)
        out.push(`missing  ${m.version.padEnd(w)} (applied, no file in the directory)`);
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
/** The run as one JSON document for machines (`schemagate migrate --format json`). */
function runJson(r, risks) {
    return JSON.stringify({
        ...r,
        applied: r.applied.map((a) => ({ ...a, durationMs: Math.round(a.durationMs) })),
        pending: r.pending.map((p) => ({
            ...p,
            statements: p.statements.map((s) => ({ ...s, risk: riskOf(risks, p.file, s.line) || undefined })),
        })),
    }, null, 2);
}
/** A rollback as one JSON document. */
function downJson(d) {
    return JSON.stringify({ ...d, rolledBack: d.rolledBack.map((a) => ({ ...a, durationMs: Math.round(a.durationMs) })) }, null, 2);
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

/***/ 13003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lintJson: () => (/* binding */ lintJson)
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

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   toSarif: () => (/* binding */ toSarif)
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

/***/ 98321:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readRowCountsReadOnly: () => (/* binding */ readRowCountsReadOnly),
  withReadOnly: () => (/* binding */ withReadOnly)
});

;// CONCATENATED MODULE: ./src/core/lint/rowCounts.ts
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

;// CONCATENATED MODULE: ./src/runtime/readOnlyStats.ts

async function withReadOnly(db, fn) {
    return db.session(async (conn) => {
        await conn.query('SET default_transaction_read_only = on');
        await conn.query('BEGIN TRANSACTION READ ONLY');
        try {
            return await fn(conn);
        }
        finally {
            await conn.query('ROLLBACK');
        }
    });
}
/** Estimated row counts of `tables`, read from `url` without any chance of writing there. */
async function readRowCountsReadOnly(openDb, url, tables) {
    const db = await openDb(url);
    try {
        return await withReadOnly(db, (conn) => readRowCounts(conn, tables));
    }
    finally {
        await db.close();
    }
}


/***/ }),

/***/ 23390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runStageEntry: () => (/* binding */ runStageEntry)
});

// UNUSED EXPORTS: WRITE_INTERVAL_VAR, parseWriteInterval

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/db/index.ts
var db = __webpack_require__(61370);
;// CONCATENATED MODULE: ./src/stages/actionsPort.ts
async function actionsCorePort() {
    const core = await __webpack_require__.e(/* import() */ 6421).then(__webpack_require__.bind(__webpack_require__, 96421));
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
// EXTERNAL MODULE: ./src/core/report/driftMarkdown.ts + 2 modules
var driftMarkdown = __webpack_require__(39977);
// EXTERNAL MODULE: ./src/core/report/driftMetrics.ts
var driftMetrics = __webpack_require__(9268);
// EXTERNAL MODULE: ./src/core/report/driftReport.ts
var driftReport = __webpack_require__(60251);
// EXTERNAL MODULE: ./src/runtime/driftRun.ts + 1 modules
var driftRun = __webpack_require__(18804);
// EXTERNAL MODULE: ./src/core/drift/check.ts
var check = __webpack_require__(80583);
;// CONCATENATED MODULE: ./src/core/drift/reconcile.ts
/**
 * The follow-up of an emergency bypass: a GitHub issue due 24 hours after the bypass, found again
 * by a hidden marker in its body, and the list of those past their due time. Pure.
 */
const RECONCILE_LABEL = 'schemagate:reconcile';
const stamp = (d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
function followUpMarker(f) {
    return `<!-- schemagate:reconcile pr=${f.pr ?? 'none'} due=${stamp(f.due)} -->`;
}
/** The follow-up an issue body records, or null when it has no (well-formed) marker. */
function parseFollowUp(body) {
    const m = /<!-- schemagate:reconcile pr=(\d+|none) due=(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ) -->/.exec(body);
    if (!m)
        return null;
    const due = new Date(m[2]);
    if (Number.isNaN(due.getTime()))
        return null;
    return { pr: m[1] === 'none' ? null : Number(m[1]), due };
}
/** Neutralises text that lands in an issue body: no HTML comment can be opened from it. */
const plain = (t) => t.replace(/</g, '&lt;').replace(/>/g, '&gt;');
function followUpIssue(opts) {
    const pr = opts.pr === null ? 'a run outside a pull request' : `PR #${opts.pr}`;
    const lines = [
        followUpMarker({ pr: opts.pr, due: opts.due }),
        `The drift check of ${pr} was bypassed (${plain(opts.bypassedBy)}) by @${plain(opts.actor)}${opts.runUrl ? ` in ${opts.runUrl}` : ''}.`,
        '',
        `**Reconcile by ${stamp(opts.due)}** (24 hours after the bypass): make the schema states agree again (a migration, a fix on the database, or a baseline refresh), then close this issue. Until it is closed, later strict-mode drift checks fail once it is overdue.`,
        '',
        'What was bypassed:',
        ...(opts.reconcile.length > 0
            ? opts.reconcile.slice(0, 100).map((r) => `- ${plain(r)}`)
            : ['- (nothing listed)']),
        ...(opts.reconcile.length > 100 ? [`- …and ${opts.reconcile.length - 100} more`] : []),
    ];
    return {
        title: `Reconcile the emergency drift bypass of ${pr}`,
        body: `${lines.join('\n')}\n`,
        labels: [RECONCILE_LABEL],
    };
}
/** Open follow-up issues past their due time, oldest first. */
function overdueFollowUps(issues, now) {
    return issues
        .flatMap((i) => {
        const f = parseFollowUp(i.body);
        return f && f.due.getTime() < now.getTime() ? [{ number: i.number, url: i.url, ...f }] : [];
    })
        .sort((a, b) => a.due.getTime() - b.due.getTime());
}

// EXTERNAL MODULE: ./src/runtime/driftAudit.ts
var driftAudit = __webpack_require__(47988);
;// CONCATENATED MODULE: ./src/stages/drift-check/bypass.ts
/**
 * The emergency bypass: the label (drift.bypass_label) on the pull request, read fresh, and the
 * audit entry of a bypass with what must be reconciled within 24 hours.
 */




/** What turns a failing check into a bypass: `EMERGENCY_BYPASS=true`, or the label on the pull request. */
async function bypassLabel(ctx, env = process.env) {
    const flag = (env.EMERGENCY_BYPASS ?? '').trim();
    if (flag !== '' && flag !== 'true' && flag !== 'false')
        throw new errors/* InputError */.dz(`EMERGENCY_BYPASS must be true or false, got ${JSON.stringify(flag)}`);
    if (flag === 'true')
        return EMERGENCY_ENV;
    const label = ctx.project.config.drift.bypass_label;
    if (!ctx.pr)
        return null;
    // Labels are read fresh: the label is often added after the event that started the run.
    const labels = ctx.github ? await ctx.github.listLabels(ctx.pr.number) : ctx.pr.labels;
    return labels.includes(label) ? label : null;
}
const EMERGENCY_ENV = 'EMERGENCY_BYPASS=true';
function reconcileList(report) {
    return report.pairs.flatMap((p) => p.result === 'fail' ? p.differences.map((d) => `${p.subject}: ${(0,check/* describeDifference */.hF)(d)}`) : []);
}
/** Opens the follow-up issue of a bypass (or reuses the open one of the same pull request). */
async function openFollowUp(ctx, report) {
    if (!report.bypass)
        return '';
    const gh = ctx.repoGitHub ?? ctx.github;
    if (!gh?.createIssue || !gh.listOpenIssues) {
        ctx.log.warning('schemagate: no GitHub token, so no follow-up issue was opened for the emergency bypass');
        return '\n:warning: No follow-up issue was opened (no `github-token`): open one to reconcile within 24 hours.\n';
    }
    const pr = ctx.pr?.number ?? null;
    const open = await gh.listOpenIssues(RECONCILE_LABEL);
    const existing = open.find((i) => parseFollowUp(i.body)?.pr === pr && pr !== null);
    if (existing)
        return `\nFollow-up issue: #${existing.number} (already open) — ${existing.url}\n`;
    const issue = await gh.createIssue(followUpIssue({
        pr,
        due: report.bypass.dueBy,
        bypassedBy: report.bypass.label === EMERGENCY_ENV ? EMERGENCY_ENV : `label ${report.bypass.label}`,
        actor: ctx.run.actor || ctx.pr?.author || 'unknown',
        runUrl: ctx.run.runUrl,
        reconcile: reconcileList(report),
    }));
    return `\nFollow-up issue: #${issue.number} (label \`${RECONCILE_LABEL}\`, due in 24 hours) — ${issue.url}\n`;
}
/** Open follow-up issues past their due time; `checked` is false when issues cannot be read here. */
async function overdueReconciliations(ctx) {
    const gh = ctx.repoGitHub ?? ctx.github;
    if (!gh?.listOpenIssues)
        return { checked: false, overdue: [] };
    return { checked: true, overdue: overdueFollowUps(await gh.listOpenIssues(RECONCILE_LABEL), ctx.now()) };
}
/** Writes the bypass to audit.log as one chained row; returns the note for the comment. */
async function recordBypass(ctx, report) {
    const { project } = ctx;
    if (!report.bypass)
        return '';
    if (!project.config.audit.log) {
        ctx.log.warning('schemagate: audit.log is not set, so the emergency bypass is recorded in the comment only');
        return '\n`audit.log` is not set, so this bypass is recorded in this comment only.\n';
    }
    const reconcile = reconcileList(report);
    const pr = ctx.pr?.number ?? null;
    const result = await (0,driftAudit/* appendAuditRow */.A5)(project, {
        date: ctx.now(),
        kind: 'bypass',
        pr,
        commit: ctx.pr?.headSha ?? ctx.run.sha,
        actor: ctx.run.actor || ctx.pr?.author || 'unknown',
        approvers: [],
        bundleSha: (0,driftAudit/* schemaBundleHash */.IA)(project),
        changeRequest: '',
        validationWindow: '',
        notes: `label ${report.bypass.label} (mode ${report.mode}); reconcile by ${report.bypass.dueBy.toISOString()}: ${reconcile.length ? reconcile.join('; ') : 'nothing listed'}`,
    }, 
    // One row per pull request head: a re-run of the same check does not add another.
    (rows) => rows.find((r) => r.kind === 'bypass' && r.pr === pr && r.commit === (ctx.pr?.headSha ?? ctx.run.sha)));
    return result.appended
        ? `\nThe bypass is recorded in ${project.config.audit.log}.\n`
        : `\nThe bypass is already recorded in ${project.config.audit.log}.\n`;
}

// EXTERNAL MODULE: ./src/core/drift/history.ts
var drift_history = __webpack_require__(31);
// EXTERNAL MODULE: ./src/runtime/driftHistory.ts
var driftHistory = __webpack_require__(25771);
;// CONCATENATED MODULE: ./src/stages/drift-check/history.ts
/**
 * Records this run in the validation history and reads the whole history back for the metrics.
 * A history that is configured but cannot be written is an error (the counters would lie); no
 * history at all is said in the report.
 */


async function keepHistory(ctx, report, liveUrl) {
    const { project } = ctx;
    const configured = (0,driftHistory/* configuredHistoryUrl */.s9)(project, process.env);
    if (configured)
        ctx.log.mask(configured);
    const neonUrl = ctx.upstream['neon-branch.database-url'];
    const target = (0,driftHistory/* historyTarget */.om)({
        configured,
        liveUrl,
        liveIsEphemeral: Boolean(liveUrl) && (!ctx.input('database-url') || liveUrl === neonUrl),
    });
    if (target.url === null)
        return { rows: null, note: `\n_No validation history kept: ${target.why}._\n` };
    const db = await ctx.openDb(target.url);
    try {
        const schema = project.config.migrations.revisions_schema;
        // Nothing compared: nothing to record, but the history still tells the canary window.
        if (report.pairs.length === 0)
            return { rows: await (0,driftHistory/* readHistory */.Lu)(db, schema), note: '' };
        await (0,driftHistory/* recordHistory */.cJ)(db, schema, (0,drift_history/* validationRows */.vK)(report.pairs, report.mode, ctx.pr?.headSha ?? ctx.run.sha, ctx.now()));
        const rows = await (0,driftHistory/* readHistory */.Lu)(db, schema);
        return {
            summary: (0,drift_history/* summarizeHistory */.qD)(rows, ctx.now()),
            rows,
            note: `\n_Validation recorded in ${target.where} (${rows.length} row${rows.length === 1 ? '' : 's'} of history)._\n`,
        };
    }
    finally {
        await db.close();
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/config/duration.ts
var duration = __webpack_require__(36740);
// EXTERNAL MODULE: ./src/core/drift/audit.ts
var audit = __webpack_require__(38336);
// EXTERNAL MODULE: ./src/core/drift/auditLog.ts
var auditLog = __webpack_require__(20812);
// EXTERNAL MODULE: ./src/core/governance/approverGroups.ts
var approverGroups = __webpack_require__(43855);
// EXTERNAL MODULE: ./src/core/governance/canaryWindow.ts
var canaryWindow = __webpack_require__(86378);
// EXTERNAL MODULE: ./src/core/governance/policy.ts
var governance_policy = __webpack_require__(29436);
// EXTERNAL MODULE: ./src/core/lint/approvals.ts
var lint_approvals = __webpack_require__(46297);
// EXTERNAL MODULE: ./src/runtime/driftGitHistory.ts
var driftGitHistory = __webpack_require__(88619);
// EXTERNAL MODULE: ./src/runtime/governanceSources.ts
var governanceSources = __webpack_require__(8946);
// EXTERNAL MODULE: ./src/runtime/promotionApprovals.ts + 1 modules
var promotionApprovals = __webpack_require__(2812);
;// CONCATENATED MODULE: ./src/stages/drift-check/promotion.ts
/**
 * A canary -> strict promotion made by the pull request: detected by comparing the config at the
 * PR base with the working tree. The base's rules decide it (a pull request cannot pick its own
 * approvers): with governance.approvers, one approval from each group, each by a different
 * reviewer; without, two approvals from distinct reviewers. The canary window (the longer of the
 * base's and the PR's) is measured from the commit that set canary and from the validation
 * history. Approvals are counted by the lint gate's policy (latest review per reviewer, not the
 * author, and not stale). The audit row is not written here (a file written on the runner is
 * lost): the pull request commits it, made with `schemagate audit`, and promotionGate.ts checks
 * that it is there.
 */













/**
 * `history` holds the validation history's rows, or null when none is kept (the window is then
 * measured from the git history alone).
 */
async function checkPromotion(ctx, history) {
    const { github, pr, project } = ctx;
    if (!github || !pr)
        return null;
    const file = project.configFile ?? 'schemagate.yml';
    const headPath = project.path(file);
    const head = (0,external_node_fs_.existsSync)(headPath) ? (0,external_node_fs_.readFileSync)(headPath, 'utf8') : undefined;
    const repoFile = (0,governanceSources/* repoPath */.qN)(project, headPath);
    const base = await github.fileAt(repoFile, pr.baseSha);
    const change = (0,audit/* detectModeChange */.jt)(base, head, file);
    if (change?.from !== 'canary' || change.to !== 'strict')
        return null;
    const policy = (0,governance_policy/* promotionPolicy */.k)(base, project.config.governance, file, `the base commit ${pr.baseSha.slice(0, 7)}`);
    const groupsConfigured = policy.ok && policy.policy.approvers.length > 0;
    const digest = async (commit) => {
        const text = await github.fileAt(repoFile, commit);
        return { [file]: text === undefined ? 'absent' : (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex') };
    };
    const evaluated = await (0,lint_approvals/* evaluateApprovals */.EQ)({
        requirements: groupsConfigured
            ? []
            : [
                {
                    id: 'drift:promotion',
                    reason: `mode ${change.from} → ${change.to}`,
                    count: auditLog/* PROMOTION_APPROVALS */.zv,
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
    const notes = [...evaluated.notes];
    const mode = `**Mode change ${change.from} → ${change.to}**`;
    let satisfied;
    let approvers;
    let missing;
    let groups = [];
    let flags;
    let body;
    if (!policy.ok) {
        satisfied = false;
        approvers = [];
        flags = [];
        missing = 'the governance rules of the base config cannot be read';
        body = `:no_entry: ${mode} cannot be approved: ${policy.error}.
`;
    }
    else if (groupsConfigured) {
        const result = await (0,promotionApprovals/* evaluatePromotionGroups */.l)(project, policy.policy.approvers, evaluated.present, {
            readAt: (path) => github.fileAt(path, pr.baseSha),
            files: async () => {
                const changed = (0,governanceSources/* governedPaths */.vP)(project, (await github.listFiles(pr.number)).flatMap((f) => f.previousFilename ? [f.filename, f.previousFilename] : [f.filename]));
                // A promotion that changes no schema file puts the whole bundle under strict.
                return changed.length > 0 ? changed : (0,governanceSources/* bundlePaths */.hX)(project);
            },
            teamMembers: (org, slug) => github.teamMembers(org, slug),
        });
        notes.push(...result.codeownersErrors);
        groups = result.groups;
        satisfied = result.satisfied;
        approvers = result.groups.flatMap((g) => (g.approver ? [g.approver] : [])).sort();
        flags = (0,approverGroups/* approverFlags */.Nx)(result.groups, result.owners.owners, result.teams);
        // Short names: the commit status keeps 140 characters.
        const unmet = result.groups.filter((g) => !g.met).map((g) => (0,approverGroups/* groupLabel */.AM)(g.group));
        missing = satisfied ? null : `needs one approval from each approver group (unmet: ${unmet.join('; ')})`;
        const lines = result.groups
            .map((g) => `- ${g.met ? ':white_check_mark:' : ':x:'} ${(0,approverGroups/* describeGroup */.N3)(g)}`)
            .join('\n');
        body = satisfied
            ? `:lock: ${mode} approved by one member of each approver group (governance.approvers of ${policy.policy.source}):\n${lines}\n`
            : `:no_entry: ${mode} needs one approval from each approver group (governance.approvers of ${policy.policy.source}), each by a different reviewer, not the author:\n${lines}\n`;
    }
    else {
        satisfied = evaluated.satisfied;
        approvers = [...evaluated.results[0].approvers].sort();
        flags = approvers.map((a) => `--approver ${a}`);
        missing = satisfied ? null : `needs ${auditLog/* PROMOTION_APPROVALS */.zv} distinct approvals (has ${approvers.length})`;
        const who = approvers.length > 0 ? approvers.map((a) => `@${a}`).join(', ') : 'nobody yet';
        body = satisfied
            ? `:lock: ${mode} approved by ${who}.\n`
            : `:no_entry: ${mode} needs ${auditLog/* PROMOTION_APPROVALS */.zv} approvals from distinct reviewers (not the author); approved by ${who}.\n`;
    }
    const record = satisfied
        ? project.config.audit.log
            ? ` Record it in ${project.config.audit.log} with \`npx schemagate audit --pr ${pr.number}${flags.map((f) => ` ${f}`).join('')} --change-request <id> --validation-window <from..to>\` and commit the file, if not done yet.`
            : ' `audit.log` is not set, so no audit entry is kept.'
        : '';
    // The record hint belongs to the first line of the section.
    const firstBreak = body.indexOf('\n');
    const section = satisfied ? `${body.slice(0, firstBreak)}${record}${body.slice(firstBreak)}` : body;
    const noteLines = notes.map((n) => `\n- ${n}`).join('');
    const windowMs = policy.ok
        ? policy.policy.canaryWindowMs
        : (0,duration/* parseDuration */.E)(project.config.governance.canary_window);
    const early = canaryProblem(ctx, file, windowMs, history);
    return {
        change,
        approvers,
        satisfied,
        missing,
        groups,
        early,
        notes,
        section: `${section}${noteLines}${noteLines ? '\n' : ''}${early ? `\n:hourglass: **Too early for strict:** ${early}.\n` : ''}`,
    };
}
/** The canary window, measured from the commit that set canary and from the validation history. */
function canaryProblem(ctx, file, windowMs, history) {
    if (windowMs <= 0)
        return null; // no window asked for: nothing to measure
    const start = (0,driftGitHistory/* findCanaryStart */.KX)(ctx.project.root, file);
    if (start.kind === 'unknown')
        return `cannot tell since when the config is in canary: ${start.reason} (check out with fetch-depth: 0)`;
    return (0,canaryWindow/* canaryWindowCheck */.T)({
        commit: { sha: start.sha, date: start.date },
        history,
        promotedAt: ctx.now(),
        windowMs,
    });
}

;// CONCATENATED MODULE: ./src/stages/drift-check/promotionGate.ts
/**
 * "A missing entry blocks later schema changes": when the config file sets `mode: strict`, strict
 * is in effect and `audit.log` is set, the commit that made it strict must have a promotion row
 * in the audit log, and the log's hash chain must hold. Used by drift-check and lint-gate.
 */





/** Why the run must fail (a message naming the missing promotion and the command), or null. */
async function missingPromotion({ project, prNumber }) {
    const log = project.config.audit.log;
    if (!log || project.config.mode !== 'strict' || !project.configFile)
        return null;
    const configPath = project.path(project.configFile);
    // Strict set only by SCHEMAGATE_MODE or an input was not made by a commit: nothing to record.
    if (!(0,external_node_fs_.existsSync)(configPath) || (0,driftGitHistory/* lenientMode */.Z$)((0,external_node_fs_.readFileSync)(configPath, 'utf8')) !== 'strict')
        return null;
    let shown = log;
    try {
        const { path, text } = await (0,driftAudit/* readAuditLog */.Ob)(project);
        shown = project.display(path);
        const chain = (0,auditLog/* verifyAuditChain */.Oq)(text);
        if (!chain.ok)
            return `audit log ${shown}:${chain.line}: row ${chain.row} is invalid (${chain.reason}); restore it from history (\`schemagate audit verify\` names the row)`;
        const rows = await (0,driftAudit/* auditRows */.Pn)(project);
        const at = (0,driftGitHistory/* findStrictCommit */.cE)(project.root, project.configFile);
        const record = (commit, pr) => `npx schemagate audit${commit ? ` --commit ${commit}` : ''}${pr ? ` --pr ${pr}` : ''} ${approverPlaceholders(project)} --change-request <id> --validation-window <from..to>`;
        switch (at.kind) {
            case 'unknown':
                return `cannot tell which commit set mode: strict in ${project.configFile}: ${at.reason}; fetch the full history (actions/checkout with fetch-depth: 0) so the audit log can be checked`;
            case 'uncommitted':
                if (prNumber !== undefined && (0,auditLog/* findPromotion */.Dw)(rows, { pr: prNumber }))
                    return null;
                return `mode: strict in ${project.configFile} is not committed and ${shown} has no promotion entry for it: record it with \`${record('', prNumber)}\``;
            case 'found': {
                if ((0,auditLog/* findPromotion */.Dw)(rows, { commit: at.sha, pr: at.pr ?? prNumber ?? null }))
                    return null;
                const short = at.sha.slice(0, 12);
                return `mode: strict was set by commit ${short} ("${at.subject}")${at.pr ? ` of PR #${at.pr}` : ''}, which has no promotion entry in ${shown}; a missing entry blocks schema changes. Record it with \`${record(short, at.pr ?? prNumber)}\` and commit ${shown}`;
            }
        }
    }
    catch (e) {
        if (e instanceof errors/* InputError */.dz)
            return e.message;
        throw e;
    }
}
/** The failing outcome of a stage blocked by a missing promotion row, or null (one call for lint-gate). */
async function promotionGateOutcome(ctx) {
    const why = await missingPromotion({ project: ctx.project, prNumber: ctx.pr?.number });
    if (!why)
        return null;
    ctx.log.error(`schemagate: ${why}`);
    return {
        state: 'failure',
        description: 'strict promotion not recorded in the audit log',
        section: `:no_entry: **Audit log:** ${why}\n`,
        outputs: {},
    };
}
/** One approver flag per group of governance.approvers (a team's membership is not known offline), else two. */
function approverPlaceholders(project) {
    const groups = project.config.governance.approvers;
    if (groups.length === 0)
        return '--approver <login> --approver <login>';
    return groups
        .map((g) => ('team' in g ? `--team-approver ${g.team.replace(/^@/, '')}=<login>` : '--approver <login>'))
        .join(' ');
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
            return report.mode === 'strict'
                ? `${n} (strict: none breaking, not blocking)`
                : `${n} (canary: reported, not blocking)`;
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
        let section = (0,driftMarkdown/* renderDriftMarkdown */.b9)(report) + (await recordBypass(ctx, report)) + (await openFollowUp(ctx, report));
        const reconciliations = await overdueReconciliations(ctx);
        if (reconciliations.overdue.length > 0)
            section += `\n:alarm_clock: **Overdue reconciliations** (emergency bypasses not reconciled within 24 hours; close the issue once reconciled):\n${reconciliations.overdue
                .map((o) => `- #${o.number}${o.pr !== null ? ` (PR #${o.pr})` : ''}, due ${o.due.toISOString().replace(/\.\d{3}Z$/, 'Z')} — ${o.url}`)
                .join('\n')}\n`;
        // The history first: the promotion's canary window is measured from it too.
        const history = await keepHistory(ctx, report, liveUrl);
        const promotion = await checkPromotion(ctx, history.rows);
        if (promotion)
            section += `\n${promotion.section}`;
        section += history.note;
        const reportPath = project.path(ctx.input('report-path') || 'schemagate-drift.json');
        write(reportPath, (0,driftReport/* renderDriftJson */.WF)(report));
        const metricsInput = ctx.input('metrics-path') || project.config.drift.metrics;
        const metricsPath = metricsInput ? project.path(metricsInput) : '';
        if (metricsPath)
            write(metricsPath, await (0,driftMetrics/* renderDriftMetrics */.ti)(report, { prefix: project.config.metrics.prefix, history: history.summary }));
        let state = report.result === 'fail' ? 'failure' : 'success';
        let description = describe(report);
        if (promotion?.early) {
            state = 'failure';
            description = `promotion to strict before the canary window ends; ${description}`;
        }
        if (promotion && !promotion.satisfied) {
            state = 'failure';
            description = `mode change canary → strict ${promotion.missing}; ${description}`;
        }
        if (reconciliations.overdue.length > 0 && project.config.mode === 'strict') {
            state = 'failure';
            description = `overdue reconciliation #${reconciliations.overdue[0].number}; ${description}`;
        }
        const unrecorded = await missingPromotion({ project, prNumber: ctx.pr?.number });
        if (unrecorded) {
            state = 'failure';
            description = `strict promotion not in the audit log; ${description}`;
            section += `\n:no_entry: **Audit log:** ${unrecorded}\n`;
            ctx.log.error(`schemagate: ${unrecorded}`);
        }
        return {
            state,
            description,
            section,
            outputs: { drift: String((0,driftReport/* hasDrift */.uL)(report)), 'report-path': reportPath, 'metrics-path': metricsPath },
        };
    },
};

// EXTERNAL MODULE: ./src/core/lint/changeSet.ts
var changeSet = __webpack_require__(25473);
// EXTERNAL MODULE: ./src/core/lint/gate.ts
var gate = __webpack_require__(34998);
// EXTERNAL MODULE: ./src/core/lint/index.ts + 58 modules
var core_lint = __webpack_require__(16062);
// EXTERNAL MODULE: ./src/core/report/lintJson.ts
var lintJson = __webpack_require__(13003);
;// CONCATENATED MODULE: ./src/core/report/lintMarkdown.ts

const cell = (s) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
const code = (s) => s ? `<code>${cell(s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))}</code>` : '';
function lintSection(input) {
    const { report } = input;
    const icon = input.passed ? ':white_check_mark:' : input.notEnforced ? ':warning:' : ':x:';
    const out = [
        `### lint-gate`,
        '',
        `${icon} ${input.headline}${input.notEnforced && !input.passed ? ' (not enforced: lint.enforce is false, so this is reported, not blocking)' : ''}`,
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
// EXTERNAL MODULE: ./src/core/sql/index.ts + 4 modules
var sql = __webpack_require__(79585);
// EXTERNAL MODULE: ./src/runtime/readOnlyStats.ts + 1 modules
var readOnlyStats = __webpack_require__(98321);
// EXTERNAL MODULE: ./src/runtime/sqlFiles.ts
var sqlFiles = __webpack_require__(62197);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/core/migrations/roundTrip.ts
var roundTrip = __webpack_require__(49122);
// EXTERNAL MODULE: ./src/runtime/migrationDir.ts
var migrationDir = __webpack_require__(66769);
;// CONCATENATED MODULE: ./src/stages/lint-gate/missingDown.ts


function withMissingDown(project, report, linted) {
    if (!project.config.migrations.require_down || linted.length === 0)
        return report;
    const set = (0,migrationDir/* loadMigrationSet */.B_)(project);
    return (0,roundTrip/* withFindings */.$c)(report, (0,roundTrip/* missingDownFindings */.bB)(linted, set.migrations, set.format));
}

// EXTERNAL MODULE: ./src/runtime/changedFiles.ts
var changedFiles = __webpack_require__(90793);
;// CONCATENATED MODULE: ./src/stages/lint-gate/selectFiles.ts
/**
 * Which change the lint gate judges (see src/core/lint/changeSet.ts): a pull request's added and
 * modified migration files (from the GitHub API, or git without a token), a merge group's or a
 * push's diff, otherwise each file on its own. Paths are normalised against the repository root,
 * whatever form working-directory takes, so an absolute one selects the same files as a relative one.
 */



const toPosix = (p) => p.split(external_node_path_.sep).join('/');
async function selectChange(ctx, migrationsDir, present) {
    const { project } = ctx;
    const repoRoot = project.repoRoot;
    const show = (abs) => toPosix((0,external_node_path_.relative)(project.root, abs)) || abs;
    const repoPath = (abs) => toPosix((0,external_node_path_.relative)(repoRoot, abs));
    const inDir = (abs) => {
        const r = (0,external_node_path_.relative)(migrationsDir, abs);
        return r !== '' && !r.startsWith('..') && !(0,external_node_path_.isAbsolute)(r) && abs.endsWith('.sql');
    };
    const onDisk = new Set(present);
    const fromChanges = (changes, what) => {
        const files = new Set();
        const edits = [];
        const missing = [];
        for (const c of changes) {
            const abs = (0,external_node_path_.resolve)(repoRoot, c.path);
            const prev = c.previous ? (0,external_node_path_.resolve)(repoRoot, c.previous) : undefined;
            if (c.status === 'removed') {
                if (inDir(abs))
                    edits.push({ file: show(abs), how: 'removed' });
                continue;
            }
            if (c.status === 'renamed' && prev && inDir(prev))
                edits.push({ file: show(prev), how: 'renamed', to: show(abs) });
            if (!inDir(abs))
                continue;
            if (c.status === 'modified')
                edits.push({ file: show(abs), how: 'modified' });
            if (onDisk.has(abs))
                files.add(show(abs));
            else
                missing.push(repoPath(abs));
        }
        const description = `${what}: ${files.size} migration file(s)${files.size ? ` (${[...files].join(', ')})` : ''}`;
        return { change: { kind: 'files', files, description }, edits, missing, repoPath };
    };
    if (ctx.pr && ctx.github) {
        const files = await ctx.github.listFiles(ctx.pr.number);
        return fromChanges(files.map(prChange), `the files pull request #${ctx.pr.number} adds or modifies`);
    }
    if (ctx.pr?.baseSha) {
        return fromChanges((0,changedFiles/* gitChanges */.IF)(repoRoot, ctx.pr.baseSha, 'HEAD'), `the files pull request #${ctx.pr.number} adds or modifies (git diff ${ctx.pr.baseSha.slice(0, 7)}...HEAD)`);
    }
    if (ctx.range) {
        const { base, head, event } = ctx.range;
        const what = event === 'merge_group'
            ? `the merge group's diff against its base (${base.slice(0, 7)}...${head.slice(0, 7)})`
            : `the files the push changed (${base.slice(0, 7)}...${head.slice(0, 7)})`;
        return fromChanges((0,changedFiles/* gitChanges */.IF)(repoRoot, base, head), what);
    }
    return {
        change: (0,changeSet/* eachFile */.ap)(`no pull request, merge group or push in the ${ctx.run.eventName || 'event'}`),
        edits: [],
        missing: [],
        repoPath,
    };
}
function prChange(f) {
    switch (f.status) {
        case 'added':
        case 'copied':
            return { path: f.filename, status: 'added' };
        case 'removed':
            return { path: f.filename, status: 'removed' };
        case 'renamed':
            return { path: f.filename, status: 'renamed', previous: f.previousFilename };
        default:
            return { path: f.filename, status: 'modified' };
    }
}

;// CONCATENATED MODULE: ./src/stages/lint-gate/stage.ts
/**
 * The lint-gate stage: lint the change (src/core/lint/changeSet.ts) in the context of the whole
 * migration set, work out which approvals the findings need, read the reviews, and post
 * schemagate/lint-gate. Re-running it on pull_request_review re-evaluates the approvals only.
 * The gate blocks an unapproved finding in every mode; only lint.enforce: false makes it
 * report-only, and then every status and comment says "not enforced".
 */


















const stage_stage = {
    name: 'lint-gate',
    run: runLintGate,
};
async function runLintGate(ctx) {
    const { project } = ctx;
    // Governance (issue 15): a strict mode whose promotion is not in the audit log blocks the gate.
    const unrecorded = await promotionGateOutcome(ctx);
    if (unrecorded)
        return unrecorded;
    const lint = project.config.lint;
    const pgVersion = readPgVersion(ctx.input('pg-version'), lint.pg_version, project.configFile);
    const dir = project.path(project.config.migrations.dir);
    (0,sqlFiles/* requireDir */.pt)(dir, 'migrations.dir', project.configFile);
    const all = (0,sqlFiles/* listSqlFiles */.WP)(dir);
    const selection = await selectChange(ctx, dir, all);
    if (selection.missing.length > 0) {
        // The change names migration files the checkout does not have: judging the rest would pass
        // files nobody linted.
        const message = `the change adds or modifies ${selection.missing.join(', ')} under migrations.dir (${project.display(dir)}), but the checkout has no such file: check out the pull request's head (actions/checkout) and that working-directory and migrations.dir name the right directory`;
        return {
            state: 'failure',
            description: `selection mismatch: ${selection.missing.length} changed migration file(s) not found in the checkout`,
            section: `### lint-gate\n\n:x: ${message}\n`,
            outputs: {},
        };
    }
    ctx.log.info(`lint-gate: judging ${selection.change.description}`);
    const show = (0,sqlFiles/* relativeTo */.Mf)(project.root);
    await (0,sql/* loadSqlParser */.Ok)();
    // A file that does not parse is reported at its position; the others are still judged.
    const { files, unparsed } = (0,core_lint/* parseForLint */.yF)(all.map((p) => ({ file: show(p), text: (0,sqlFiles/* readSqlText */.Yb)(p, show(p)) })));
    const judged = selection.change.kind === 'files'
        ? files.filter((f) => selection.change.files.has(f.file))
        : files;
    const rowCounts = await readStats(ctx, judged);
    const changeReport = (0,changeSet/* lintChange */.WA)(files, selection.change, {
        pgVersion,
        ruleLevels: lint.rules,
        configFile: project.configFile,
        largeTableRows: lint.large_table_rows,
        rowCounts,
        unparsed,
        assumeInTransaction: lint.assume_in_transaction,
    }, selection.edits);
    const report = withMissingDown(project, changeReport, judged); // migrations.require_down
    const requirements = (0,gate/* approvalRequirements */.Ay)(report.findings, lint);
    let approvals;
    let unavailable;
    if (requirements.length && ctx.github && ctx.pr) {
        const github = ctx.github;
        const tracked = judged.map((f) => selection.repoPath(project.path(f.file)));
        approvals = await (0,lint_approvals/* evaluateApprovals */.EQ)({
            requirements,
            reviews: await github.listReviews(ctx.pr.number),
            prAuthor: ctx.pr.author,
            headSha: ctx.pr.headSha,
            fileDigestsAt: (commit) => digestsAt(github, tracked, commit),
            teamMembers: (org, team) => github.teamMembers(org, team),
        });
    }
    else if (requirements.length) {
        unavailable =
            'Approvals cannot be read here (no github-token or no pull request in the event), so the findings that need one are not approved.';
    }
    // Further gates (e.g. an audit entry required for some findings) add their blocking reasons
    // here, before the verdict; they never turn a failing verdict into a pass.
    const gated = report.findings.filter((f) => (0,gate/* needsApproval */.vb)(f, lint));
    const verdict = (0,gate/* gateVerdict */.lr)({
        gated: gated.length,
        approved: Boolean(approvals?.satisfied),
        enforce: lint.enforce,
    });
    const passed = verdict === 'pass';
    const headline = stage_describe(report, gated.length, approvals, passed);
    const description = verdict === 'not-enforced' ? `${gate/* NOT_ENFORCED */.BU}: ${headline}` : headline;
    for (const f of report.findings) {
        if (f.ignored || f.risk === 'none' || f.risk === 'low')
            continue;
        const text = `${f.ruleId} (${f.risk}): ${f.message}`;
        const where = { file: f.file, line: f.line, col: f.column };
        if (verdict === 'fail' && (0,gate/* needsApproval */.vb)(f, lint))
            ctx.log.error(text, where);
        else
            ctx.log.warning(text, where);
    }
    const sarifPath = project.path(ctx.input('sarif-path') || 'schemagate-lint.sarif');
    const reportPath = project.path(ctx.input('lint-report-path') || 'schemagate-lint.json');
    writeOut(sarifPath, (0,sarif.toSarif)(report, { rules: core_lint/* rules */.aO, version: version/* VERSION */.x }));
    writeOut(reportPath, {
        ...(0,lintJson.lintJson)(report, {
            approvals,
            mode: project.config.mode,
            selectedBy: selection.change.description,
            version: version/* VERSION */.x,
            passed,
        }),
        enforced: lint.enforce,
        verdict,
    });
    const section = lintSection({
        report,
        approvals,
        approvalsUnavailable: unavailable,
        notEnforced: verdict === 'not-enforced',
        headline: description,
        passed,
    });
    // Input that could not be read (a file that does not parse, a bad pragma) fails closed, exit 2:
    // what it holds was not checked, whatever the verdict on the rest.
    const problems = report.inputErrors ?? [];
    const first = problems[0];
    return {
        state: verdict === 'fail' || first ? 'failure' : 'success',
        description: first
            ? `${problems.length} input problem(s), first ${first.file}:${first.line}:${first.column}: ${first.message}`
            : description,
        section: `${section}\n_Judged: ${selection.change.description}._\n`,
        ...(first ? { badInput: true } : {}),
        outputs: {
            findings: String(report.findings.filter((f) => !f.ignored).length),
            'highest-risk': report.highestRisk,
            approved: String(passed),
            'sarif-path': sarifPath,
            'lint-report-path': reportPath,
        },
    };
}
/**
 * Row counts for data-aware risk: from stats-database-url (production, read-only), else the
 * pull request's own database (the Neon branch, a copy of the parent's data). Never written to.
 */
async function readStats(ctx, judged) {
    const url = ctx.input('stats-database-url') || ctx.input('database-url');
    if (!url || judged.length === 0)
        return undefined;
    ctx.log.mask(url);
    return (0,readOnlyStats.readRowCountsReadOnly)(ctx.openDb, url, (0,core_lint/* tablesTouched */.K3)(judged));
}
/** Content digests at a commit; a file that is absent or cannot be read there is named as such. */
async function digestsAt(github, paths, commit) {
    const out = {};
    for (const p of paths) {
        try {
            const text = await github.fileAt(p, commit);
            out[p] =
                text === undefined
                    ? { unreadable: 'not found at that commit' }
                    : (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
        }
        catch (err) {
            out[p] = { unreadable: (0,errors/* errorMessage */.gJ)(err) };
        }
    }
    return out;
}
function stage_describe(report, gated, approvals, passed) {
    const n = report.findings.filter((f) => !f.ignored).length;
    if (report.files.length === 0 && n === 0)
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
// EXTERNAL MODULE: ./src/core/migrations/index.ts + 16 modules
var migrations = __webpack_require__(24652);
// EXTERNAL MODULE: ./src/core/migrations/render.ts
var render = __webpack_require__(97929);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/runtime/prAddedMigrations.ts
/**
 * The migration files a pull request adds (not merely changes): the PR's files list from GitHub,
 * else `git diff --diff-filter=AR` against the base. File names come back relative to the
 * migrations directory; undefined when neither source can answer (the caller then resets nothing).
 */


async function prAddedMigrations(source, log) {
    const { root, migrationsDir } = source;
    const wd = source.workingDirectory;
    const prefix = wd && !(0,external_node_path_.isAbsolute)(wd) ? (0,external_node_path_.normalize)(wd).replace(/^\.\/?$/, '') : '';
    const inDir = (abs) => {
        const rel = (0,external_node_path_.relative)(migrationsDir, abs);
        return rel && !rel.startsWith('..') && !rel.includes('/') ? rel : undefined;
    };
    const collect = (paths) => new Set(paths.map((p) => inDir(p)).filter((n) => n !== undefined));
    if (source.github) {
        const files = await source.github.listFiles(source.prNumber);
        return collect(files
            .filter((f) => f.status === 'added' || f.status === 'renamed' || f.status === 'copied')
            .map((f) => (0,external_node_path_.resolve)(root, prefix ? (0,external_node_path_.relative)(prefix, f.filename) : f.filename)));
    }
    if (source.baseSha && /^[\w./~^-]+$/.test(source.baseSha)) {
        try {
            const out = (0,external_node_child_process_.execFileSync)('git', ['diff', '--name-only', '--diff-filter=ACR', '--relative', `${source.baseSha}...HEAD`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
            return collect(out
                .split('\n')
                .map((l) => l.trim())
                .filter(Boolean)
                .map((p) => (0,external_node_path_.resolve)(root, p)));
        }
        catch {
            log('reset auto: git cannot list the files this pull request adds (fetch the base commit)');
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/core/migrations/status.ts
var migrations_status = __webpack_require__(28531);
;// CONCATENATED MODULE: ./src/runtime/prBranchReset.ts
/**
 * `reset: auto`: whether the pull request's own database must go back to its parent before the
 * PR's migrations are applied again. Pure: it compares the migration set in the checkout with
 * what the PR's database has applied, knowing which files the PR itself adds.
 *
 * On the PR's disposable database, editing a migration the PR adds is the normal review loop, not
 * tampering: the database goes back to the parent and the PR's files are applied again. A
 * migration that was already merged stays a refusal (migrate refuses it), and reset does not hide
 * it, because the parent has the merged file applied too.
 */

const isOwn = (input, m) => input.prFiles !== undefined && (input.prFiles.has(m.file) || (!!m.down && input.prFiles.has(m.down.file)));
/** What `reset: auto` does with the PR's database before migrate runs. */
function decideReset(input) {
    const { state, set } = input;
    const notes = [];
    if (input.eventName === 'pull_request_review') {
        return {
            reset: false,
            reasons: [],
            notes: ['a review re-evaluates approvals only: the branch is used as it is'],
            rollback: [],
        };
    }
    if (input.prFiles === undefined) {
        if (state.changed.length > 0)
            notes.push('the files this pull request adds are unknown (no GitHub token and no git base), so nothing is reset');
        return { reset: false, reasons: [], notes, rollback: [] };
    }
    const reasons = [];
    const editedOwn = state.changed.filter((c) => isOwn(input, c.migration));
    const editedMerged = state.changed.filter((c) => !isOwn(input, c.migration));
    if (editedOwn.length > 0)
        reasons.push({ kind: 'edited', files: editedOwn.map((c) => (0,migrations_status/* describeFile */.CL)(set, c.migration)) });
    if (editedMerged.length > 0)
        notes.push(`${editedMerged.map((c) => (0,migrations_status/* describeFile */.CL)(set, c.migration)).join(', ')} ${editedMerged.length === 1 ? 'was' : 'were'} already merged and ${editedMerged.length === 1 ? 'has' : 'have'} been edited: that is refused, not reset`);
    // Rows this PR's own runs applied whose file is gone (renamed or dropped by a later push).
    const marker = input.appliedByMarker;
    const removed = marker ? state.missing.filter((r) => r.applied_by.endsWith(marker)) : [];
    if (removed.length > 0)
        reasons.push({ kind: 'removed', versions: removed.map((r) => r.version) });
    // Files of the base that this database lacks while it already has the PR's own files applied:
    // the parent moved on, and the PR's files must go on top of it.
    const ownApplied = state.applied.some((a) => isOwn(input, a.migration));
    const basePending = state.pending.filter((m) => !m.repeatable && !isOwn(input, m));
    if (basePending.length > 0 && (ownApplied || removed.length > 0))
        reasons.push({ kind: 'base-moved', files: basePending.map((m) => (0,migrations_status/* describeFile */.CL)(set, m)) });
    if (reasons.length === 0)
        return { reset: false, reasons, notes, rollback: [] };
    return { reset: true, reasons, notes, rollback: rollbackPlan(input) };
}
/**
 * Without Neon: undo, newest first, every applied migration from the first one the PR adds. Only
 * the PR's own files may be undone; a merged file in between stops it (undefined).
 */
function rollbackPlan(input) {
    const applied = input.state.applied.filter((a) => !a.migration.repeatable).map((a) => a.migration);
    const first = applied.findIndex((m) => isOwn(input, m));
    if (first < 0)
        return [];
    return applied.slice(first).reverse();
}
/** Why a rollback without Neon cannot be done, or undefined when it can. */
function rollbackBlocker(input, plan) {
    const merged = plan.filter((m) => !isOwn(input, m));
    if (merged.length > 0)
        return `${merged.map((m) => (0,migrations_status/* describeFile */.CL)(input.set, m)).join(', ')} ${merged.length === 1 ? 'is' : 'are'} merged migrations applied after this pull request's files, and are not rolled back`;
    const noDown = plan.filter((m) => !m.down);
    if (noDown.length > 0)
        return `${noDown.map((m) => (0,migrations_status/* describeFile */.CL)(input.set, m)).join(', ')} ${noDown.length === 1 ? 'has' : 'have'} no down part`;
    return undefined;
}
/** PR files that now sort before a merged migration the database has applied: out of order. */
function outOfOrderOwnFiles(input) {
    if (!input.prFiles)
        return [];
    const own = (m) => input.prFiles.has(m.file);
    return input.state.outOfOrder
        .filter((o) => own(o.migration) && !own(o.after))
        .map((o) => ({ file: (0,migrations_status/* describeFile */.CL)(input.set, o.migration), after: (0,migrations_status/* describeFile */.CL)(input.set, o.after) }));
}
/** One sentence per reason, for the comment and the log. */
function describeReasons(reasons) {
    return reasons.map((r) => {
        const list = (xs) => xs.map((x) => `\`${x}\``).join(', ');
        switch (r.kind) {
            case 'edited':
                return `this pull request's ${list(r.files)} changed since ${r.files.length === 1 ? 'it was' : 'they were'} applied here`;
            case 'removed':
                return `version ${list(r.versions)}, applied here by this pull request, has no file any more`;
            default:
                return `the base branch has ${list(r.files)}, which this branch lacks`;
        }
    });
}

;// CONCATENATED MODULE: ./src/runtime/prDatabaseRollback.ts



const NOTHING = { markdown: '', failed: false };
async function rollbackEditedPrMigrations(r) {
    if (r.mode === 'false')
        return NOTHING;
    const { set, revisionsSchema } = r.options;
    const status = await (0,migrations/* migrationStatus */.vd)(r.db, { set, revisionsSchema });
    if (status.state.applied.length === 0 && status.state.missing.length === 0)
        return NOTHING;
    const prFiles = await prAddedMigrations({
        github: r.github,
        prNumber: r.pr.number,
        baseSha: r.pr.baseSha,
        root: r.root,
        workingDirectory: r.workingDirectory,
        migrationsDir: r.migrationsDir,
    }, r.log);
    const input = {
        set,
        state: status.state,
        prFiles,
        eventName: r.eventName,
        ...(r.repository ? { appliedByMarker: `${r.repository}#${r.pr.number})` } : {}),
    };
    const decision = decideReset(input);
    const notes = decision.notes.map((n) => `:information_source: reset auto: ${n}.\n`).join('');
    if (!decision.reset)
        return { markdown: notes, failed: false };
    const why = describeReasons(decision.reasons).join('; ');
    const blocker = decision.rollback.length === 0
        ? 'nothing of it is applied in order'
        : rollbackBlocker(input, decision.rollback);
    if (blocker) {
        return {
            markdown: `${notes}:warning: reset auto: ${why}, but this database is not a Neon branch and cannot be rolled back: ${blocker}. Reset the database by hand, or give the suite a Neon branch.\n`,
            failed: false,
        };
    }
    r.log(`reset auto: ${why}; rolling back ${decision.rollback.map((m) => m.file).join(', ')}`);
    const down = await (0,migrations/* migrateDown */.Y4)(r.db, { ...r.options, count: decision.rollback.length });
    if (down.failure) {
        return {
            markdown: `${notes}:x: reset auto: rolling back \`${down.failure.file}\` failed at line ${down.failure.line}: ${down.failure.message}\n`,
            failed: true,
        };
    }
    const files = down.rolledBack.map((d) => `\`${d.file}\``).join(', ');
    const markdown = `${notes}:recycle: **Rolled back** ${files} with ${down.rolledBack.length === 1 ? 'its down part' : 'their down parts'} (reset: auto, no Neon branch) because ${why}. This pull request's migrations are applied again.\n`;
    return { markdown, failed: false };
}

// EXTERNAL MODULE: ./src/core/report/sqlCut.ts
var sqlCut = __webpack_require__(23032);
;// CONCATENATED MODULE: ./src/core/report/migrationSql.ts
/**
 * The comment shows what will run: the full SQL of every migration file the pull request adds,
 * each collapsed, so reviewers can check the SQL against the intent without opening the diff.
 * Files are shown in apply order, within one section budget (sqlCut.ts): a file that does not fit
 * is cut at a line, later files are only named, and a note says how to see them all.
 */


/** Summary HTML must not let a file name open a tag. */
const escapeHtml = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const DEFAULT_SEE_ALL = "the pull request's Files changed tab";
function renderMigrationSql(files, options = {}) {
    if (files.length === 0)
        return '';
    const limits = options.limits ?? sqlCut/* SECTION_SQL_LIMITS */.cB;
    let lines = limits.maxLines;
    let chars = limits.maxChars;
    let total = 0;
    let shown = 0;
    let hidden = 0;
    const blocks = [];
    const unshown = [];
    for (const f of files) {
        const count = (0,sqlCut/* countLines */.lt)(f.text.trimEnd());
        const label = `${escapeHtml(f.path)}${f.part ? ` (${f.part})` : ''}`;
        const c = (0,sqlCut/* cutSql */.$7)(f.text, { maxLines: lines, maxChars: chars });
        total += c.totalLines;
        shown += c.shownLines;
        hidden += c.hiddenChars;
        lines -= c.shownLines;
        chars -= c.text.length;
        const size = `${count} line${count === 1 ? '' : 's'}`;
        if (c.shownLines === 0 && count > 0) {
            unshown.push(`- <code>${label}</code>: ${size}`);
            continue;
        }
        const more = c.cut ? `, first ${c.shownLines} shown` : '';
        blocks.push(`<details><summary><code>${label}</code>: ${size}${more}</summary>\n\n${(0,driftMarkdown/* fenced */.OF)(c.text, 'sql')}\n\n</details>`);
    }
    const n = files.length;
    const out = [
        `**SQL this pull request adds** (${n} file${n === 1 ? '' : 's'}, in apply order):`,
        '',
        blocks.join('\n\n'),
    ];
    if (unshown.length > 0)
        out.push('', 'Not shown (the section is full):', '', unshown.join('\n'));
    if (shown < total)
        out.push('', (0,sqlCut/* cutNote */.nA)({ totalLines: total, shownLines: shown, hiddenChars: hidden }, options.seeAll ?? DEFAULT_SEE_ALL, limits));
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/runtime/prMigrationSql.ts
/** The comment's collapsed SQL of the migration files a pull request adds (core/report/migrationSql.ts). */




async function prMigrationSqlSection(set, source, log) {
    let added;
    try {
        added = await prAddedMigrations(source, log);
    }
    catch (err) {
        // Showing the SQL is for the reader; the migrations already ran, so this does not fail the stage.
        return `:warning: The SQL of this pull request's migrations cannot be shown: listing its files failed (${(0,errors/* errorMessage */.gJ)(err)}).\n`;
    }
    if (!added)
        return '';
    const files = set.migrations
        .filter((m) => added.has(m.file))
        .map((m) => ({ path: m.up.file, text: m.up.text, ...(m.down ? { part: 'up' } : {}) }));
    // The cut note names a command a reviewer can run in a checkout of the pull request.
    const dir = (0,external_node_path_.relative)(source.root, source.migrationsDir).split(external_node_path_.sep).join('/') || '.';
    const base = source.baseSha ? source.baseSha.slice(0, 12) : 'origin/HEAD';
    const seeAll = `\`git diff ${base}...HEAD -- ${dir}\` in a checkout of the pull request, or its Files changed tab.`;
    return renderMigrationSql(files, { seeAll });
}

;// CONCATENATED MODULE: ./src/stages/types.ts
const STAGES = ['neon-branch', 'migrate', 'drift-check', 'lint-gate'];
const statusContext = (stage) => `schemagate/${stage}`;

// EXTERNAL MODULE: ./src/core/config/index.ts
var core_config = __webpack_require__(92946);
// EXTERNAL MODULE: ./src/core/lint/ast.ts
var ast = __webpack_require__(43013);
// EXTERNAL MODULE: ./src/core/release/destructiveTables.ts
var destructiveTables = __webpack_require__(78276);
// EXTERNAL MODULE: ./src/neon/naming.ts
var naming = __webpack_require__(71322);
// EXTERNAL MODULE: ./src/neon/port.ts
var port = __webpack_require__(74237);
// EXTERNAL MODULE: ./src/neon/restoreApi.ts
var restoreApi = __webpack_require__(47864);
// EXTERNAL MODULE: ./src/neon/restorePoint.ts
var neon_restorePoint = __webpack_require__(89602);
// EXTERNAL MODULE: ./src/neon/retry.ts
var retry = __webpack_require__(8949);
// EXTERNAL MODULE: ./src/runtime/roundTrip.ts
var runtime_roundTrip = __webpack_require__(83499);
;// CONCATENATED MODULE: ./src/stages/migrate/releaseSafety.ts
/**
 * Release safety around the migrate stage's run (issue 17), kept out of the stage's own code:
 * before it, the round trip of each pending migration on a pull request's database, or a Neon
 * restore point of production on a push; after it, the comment section, status and outputs.
 */













const defaultReleaseDeps = {
    neon: (o) => (0,restoreApi/* neonReleasePort */.X)({
        apiKey: o.apiKey,
        projectId: o.projectId,
        apiHost: o.apiHost,
        retry: {
            sleep: o.sleep,
            onRetry: (why, ms, n) => o.log(`Neon: ${why}; retry ${n} in ${Math.round(ms / 100) / 10} s`),
        },
    }),
    sleep: retry/* realSleep */.uk,
};
/** Tests replace the Neon client and the clock here. */
const releaseDeps = { current: defaultReleaseDeps };
function wantsRestorePoint(ctx) {
    const raw = (ctx.input('restore-point') || ctx.project.config.release.restore_point).toLowerCase();
    if (raw === 'true')
        return true;
    if (raw === 'false')
        return false;
    if (raw !== 'auto')
        throw new errors/* InputError */.dz(`input restore-point must be auto, true or false, got ${JSON.stringify(raw)}`);
    // auto: the production run, which the documented workflow makes on push to the default branch.
    return ctx.run.eventName === 'push' && !ctx.pr;
}
/** Opens its own connection and closes it before returning: Neon copies the branch meanwhile. */
async function releaseSafetyBefore(ctx, url, options, dryRun) {
    if (dryRun || !url)
        return {};
    const { config } = ctx.project;
    // Not while adopting an existing database (baseline input): its old files are not new changes.
    const verify = Boolean(ctx.pr) &&
        !ctx.input('baseline') &&
        (config.migrations.require_down || config.migrations.verify_down);
    if (!verify && !wantsRestorePoint(ctx))
        return {};
    const db = await ctx.openDb(url);
    let status;
    try {
        if (verify) {
            ctx.log.info('verifying the round trip (up, down, up) of each pending migration');
            return { roundTrip: await (0,runtime_roundTrip/* verifyPendingRoundTrips */.L2)(db, options) };
        }
        status = await (0,migrations/* migrationStatus */.vd)(db, options);
    }
    finally {
        await db.close();
    }
    return beforeProduction(ctx, status);
}
async function beforeProduction(ctx, status) {
    const { config } = ctx.project;
    const pending = status.state.pending;
    if (pending.length === 0)
        return { restoreNote: 'Nothing pending: no restore point was needed.' };
    const apiKey = ctx.input('neon-api-key');
    const projectId = ctx.input('neon-project-id') || config.neon.project_id;
    if (!apiKey || !projectId) {
        await (0,sql/* loadSqlParser */.Ok)();
        const tables = (0,destructiveTables/* destructiveTables */.aH)(pending.flatMap((m) => (0,migrations/* partStatements */.Yi)(m.up)));
        const offer = tables.length > 0
            ? `Back up the tables the destructive statements touch (${tables.map(ast/* tableLabel */.Fr).join(', ')}) before migrating:\n\n\`\`\`sh\n${(0,destructiveTables/* pgDumpCommand */.BB)(tables, 'schemagate-backup.dump')}\n\`\`\`\n\nor run \`schemagate migrate --restore-point --backup-file schemagate-backup.dump\`, which does it for you.`
            : 'No pending statement drops, truncates, deletes, updates or retypes data.';
        return {
            restoreNote: `No restore point: the target is not a Neon branch schemagate can reach (no neon-api-key or neon-project-id). ${offer}`,
        };
    }
    ctx.log.mask(apiKey);
    const rawExpiry = ctx.input('restore-point-expires-in') || config.release.restore_point_expires_in;
    let lifetime;
    try {
        lifetime = (0,core_config/* parseDuration */.E9)(rawExpiry);
    }
    catch {
        throw new errors/* InputError */.dz(`input restore-point-expires-in must be a duration such as 7d, got ${JSON.stringify(rawExpiry)}`);
    }
    const deps = releaseDeps.current;
    const log = (m) => ctx.log.info(m);
    const neon = deps.neon({
        apiKey,
        projectId,
        apiHost: ctx.input('api-host') || 'https://console.neon.tech/api/v2',
        sleep: deps.sleep,
        log,
    });
    try {
        const restorePoint = await (0,neon_restorePoint/* createRestorePoint */.Fy)({ neon, sleep: deps.sleep, log }, {
            target: ctx.input('production-branch') || config.release.production_branch,
            version: status.state.currentVersion,
            sha: ctx.run.sha,
            expiresAt: (0,naming/* expiresAt */.WJ)(ctx.now(), lifetime),
        });
        return { restorePoint };
    }
    catch (err) {
        // Fail closed: production is not migrated without the restore point it was promised.
        if (err instanceof port/* NeonInputError */.V)
            throw new errors/* InputError */.dz(err.message);
        if (err instanceof RangeError)
            throw new errors/* InputError */.dz(`input restore-point-expires-in: ${err.message}`);
        throw new Error(`could not take the restore point, so nothing was migrated: ${err.message}`);
    }
}
function releaseSafetyAfter(ctx, safety) {
    const rp = safety?.restorePoint;
    // Only set when taken: the outputs of a run without one stay as they were.
    const outputs = rp
        ? { 'restore-point-branch-id': rp.id, 'restore-point-branch-name': rp.name }
        : {};
    let section = '';
    if (rp) {
        section += `\nRestore point: Neon branch \`${rp.name}\` (\`${rp.id}\`) of \`${rp.target.name}\`${rp.lsn ? ` at LSN ${rp.lsn}` : ''}${rp.expiresAt ? `, expires ${rp.expiresAt}` : ''}${rp.created ? '' : ' (taken by an earlier attempt of this commit)'}. Roll back with \`schemagate rollback --restore-point ${rp.name}\` (docs/rollback.md).\n`;
    }
    if (safety?.restoreNote)
        section += `\n${safety.restoreNote}\n`;
    const run = safety?.roundTrip;
    if (!run)
        return { section, failed: false, outputs };
    section += `\n${(0,roundTrip/* roundTripMarkdown */.N)(run.results, 'the pull request database')}`;
    if (!run.rewound)
        section +=
            '\n:warning: The verified migrations could not all be rolled back after the round trip; the run continued from that state.\n';
    for (const r of run.results)
        for (const l of r.dataLoss)
            ctx.log.warning(`down migration loses data: ${l.what}`, { file: l.file, line: l.line });
    const problems = (0,roundTrip.roundTripProblems)(run.results);
    if (problems.length === 0)
        return { section, failed: false, outputs };
    for (const p of problems)
        ctx.log.error(`round trip: ${p.outcome}${p.error ? `: ${p.error}` : ''}`, { file: p.file });
    const canary = ctx.project.config.mode === 'canary';
    const text = `${problems.length} down migration(s) fail the round trip: ${problems.map((p) => p.file).join(', ')}`;
    return { section, failed: !canary, description: canary ? `canary: ${text}` : text, outputs };
}

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
    // A fork's pull request gets no secrets, so no Neon branch: the migrations are replayed on the
    // embedded database instead, which still proves they apply. A same-repository PR needs its database.
    const forkReplay = !url && !dryRun && ctx.pr?.isFork === true;
    if (!url && !dryRun && !forkReplay) {
        throw new errors/* ConfigError */.xL('input', 'database-url', 'required: the database to migrate (in the suite it comes from the neon-branch stage)');
    }
    const baseline = readBaselineVersion(ctx);
    const safety = await releaseSafetyBefore(ctx, url, options, dryRun); // release safety (issue 17)
    const db = await ctx.openDb(url || undefined);
    let report;
    let baselined = [];
    let rollback = { markdown: '', failed: false };
    try {
        // reset: auto without a Neon branch (one given by database-url): see runtime/prDatabaseRollback.ts.
        if (ctx.pr && url && !dryRun && !ctx.upstream['neon-branch.database-url'])
            rollback = await rollbackEditedPrMigrations({
                mode: readResetMode(ctx.input('reset')),
                db,
                options,
                eventName: ctx.run.eventName,
                repository: ctx.run.repository,
                pr: ctx.pr,
                github: ctx.github,
                root: project.root,
                workingDirectory: ctx.input('working-directory'),
                migrationsDir: project.path(overrides.dir || project.config.migrations.dir),
                log: ctx.log.info,
            });
        if (rollback.failed)
            return {
                state: 'failure',
                description: 'reset auto: rolling back the edited migrations failed',
                section: `### ${statusContext('migrate')}\n\n${rollback.markdown}`,
                outputs: {},
            };
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
    if (rollback.markdown)
        section += `\n${rollback.markdown}`;
    const added = ctx.pr
        ? await prMigrationSqlSection(set, {
            github: ctx.github,
            prNumber: ctx.pr.number,
            baseSha: ctx.pr.baseSha,
            root: project.root,
            workingDirectory: ctx.input('working-directory'),
            migrationsDir: project.path(overrides.dir || project.config.migrations.dir),
        }, ctx.log.info)
        : '';
    if (added)
        section += `\n${added}`;
    if (baselined.length > 0)
        section += `\nBaseline: marked ${baselined.length} migration(s) up to \`${baseline}\` as applied without running them.\n`;
    if (dryRun && !url)
        section += '\nNo database was given: every migration is listed as pending.\n';
    if (forkReplay)
        section += `\n${FORK_REPLAY_NOTE}\n`;
    const after = releaseSafetyAfter(ctx, safety); // release safety (issue 17)
    section += after.section;
    const f = report.failure;
    if (f)
        ctx.log.error(`${f.message}${f.sqlState ? ` (SQLSTATE ${f.sqlState})` : ''}`, {
            file: f.file,
            line: f.line,
            col: f.column,
        });
    return {
        state: f || after.failed ? 'failure' : 'success',
        description: forkReplay
            ? `fork PR, replayed on the embedded database: ${(0,render/* summarizeRun */.lj)(report)}`
            : (after.description ?? (0,render/* summarizeRun */.lj)(report)),
        section,
        outputs: {
            applied: String(report.applied.length),
            'current-version': report.currentVersion ?? '',
            pending: String(report.pending.length),
            ...after.outputs,
        },
    };
}
function readResetMode(value) {
    if (value === '' || value === 'auto' || value === 'true' || value === 'false')
        return value || 'auto';
    throw new errors/* ConfigError */.xL('input', 'reset', `must be auto, true or false, got ${JSON.stringify(value)}`);
}
/** Who applied it, as the revision table records it: the pull request run, when there is one. */
function appliedBy(ctx) {
    if (!ctx.run.actor)
        return undefined;
    return ctx.pr ? `${ctx.run.actor} (${ctx.run.repository}#${ctx.pr.number})` : ctx.run.actor;
}
const FORK_REPLAY_NOTE = 'Pull request from a fork: it gets no secrets, so there is no Neon branch. The migrations were replayed on a fresh embedded database (PGlite) to prove they apply; nothing else was migrated.';
/**
 * baseline-version; the old name `baseline` is still read when migrate runs alone, with a warning.
 * In the suite `baseline` is drift-check's snapshot path, so migrate never reads it there.
 */
function readBaselineVersion(ctx) {
    const version = ctx.input('baseline-version');
    if (version || ctx.inSuite)
        return version;
    const old = ctx.input('baseline');
    if (old) {
        ctx.log.warning('input baseline of the migrate action is deprecated: use baseline-version (baseline means the drift snapshot path in the suite and drift-check)');
    }
    return old;
}

// EXTERNAL MODULE: ./src/neon/apiPort.ts
var apiPort = __webpack_require__(68299);
// EXTERNAL MODULE: ./src/neon/lifecycle.ts
var neon_lifecycle = __webpack_require__(55852);
;// CONCATENATED MODULE: ./src/stages/neon-branch/resetAuto.ts
/**
 * `reset: auto` on a reused PR branch: read what the branch has applied, decide (runtime/
 * prBranchReset.ts), reset it from its parent when the PR's own files were edited or the base
 * moved, then check the PR's files still sort after what the parent has applied.
 */





/** `reset` resets the branch (Neon restore, or re-create for schema-only) and returns its URI then. */
async function autoReset(ctx, uri, reset) {
    const { project, pr } = ctx;
    if (!pr)
        return { reset: false, lines: [] };
    const dir = project.path(project.config.migrations.dir);
    if (!(0,external_node_fs_.existsSync)(dir)) {
        ctx.log.info(`reset auto: no migrations directory ${project.display(dir)}, nothing to compare`);
        return { reset: false, lines: [] };
    }
    const set = (0,migrationDir/* loadMigrationSet */.B_)(project);
    const prFiles = await prAddedMigrations({
        github: ctx.github,
        prNumber: pr.number,
        baseSha: pr.baseSha,
        root: project.root,
        workingDirectory: ctx.input('working-directory'),
        migrationsDir: dir,
    }, (m) => ctx.log.warning(m));
    const state = await readState(ctx, uri, set);
    const decision = decideReset({
        set,
        state,
        prFiles,
        eventName: ctx.run.eventName,
        ...(ctx.run.repository ? { appliedByMarker: `${ctx.run.repository}#${pr.number})` } : {}),
    });
    const lines = decision.notes.map((n) => `:information_source: reset auto: ${n}.`);
    let after = state;
    if (decision.reset) {
        const why = describeReasons(decision.reasons);
        ctx.log.info(`reset auto: ${why.join('; ')}`);
        const resetUri = await reset();
        lines.unshift(`:recycle: **Reset from its parent** (reset: auto) because ${why.join('; ')}. This pull request's migrations are applied again.`);
        after = await readState(ctx, resetUri, set);
    }
    if (project.config.migrations.allow_out_of_order)
        return { reset: decision.reset, lines };
    const late = outOfOrderOwnFiles({ set, state: after, prFiles });
    if (late.length === 0)
        return { reset: decision.reset, lines };
    const list = late.map((l) => `\`${l.file}\` sorts before \`${l.after}\``).join(', ');
    return {
        reset: decision.reset,
        lines,
        outOfOrder: `out of order: ${list}, which the base branch merged and its database has applied. ` +
            "Give this pull request's migration a later version (rename it to sort after the newest merged one) and push, " +
            'or set migrations.allow_out_of_order: true.',
    };
}
async function readState(ctx, uri, set) {
    const db = await ctx.openDb(uri);
    try {
        return (await (0,migrations/* migrationStatus */.vd)(db, { set, revisionsSchema: ctx.project.config.migrations.revisions_schema })).state;
    }
    finally {
        await db.close();
    }
}

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
    throw new InputError(`input ${name} must be true or false, got ${JSON.stringify(ctx.input(name))}`);
}
function settings_readResetMode(ctx) {
    const raw = ctx.input('reset').toLowerCase();
    if (raw === '')
        return 'auto';
    if (raw === 'auto' || raw === 'true' || raw === 'false')
        return raw;
    throw new errors/* InputError */.dz(`input reset must be auto, true or false, got ${JSON.stringify(ctx.input('reset'))}`);
}
function readNeonSettings(ctx) {
    const neon = ctx.project.config.neon;
    const where = ctx.project.configFile ?? 'schemagate.yml';
    const action = ctx.input('neon-action') || 'create';
    if (action !== 'create' && action !== 'delete' && action !== 'cleanup' && action !== 'reset') {
        throw new errors/* InputError */.dz(`input neon-action must be create, delete, reset or cleanup, got ${JSON.stringify(action)}`);
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
        expiresInMs = (0,core_config/* parseDuration */.E9)(rawExpiry || neon.expires_in);
    }
    catch {
        throw new errors/* InputError */.dz(`input expires-in must be a duration such as 7d or 12h, got ${JSON.stringify(rawExpiry)}`);
    }
    const parent = ctx.input('parent-branch') || neon.parent_branch;
    const branchId = ctx.input('branch-id');
    const expiresAtInput = readExpiresAt(ctx);
    const suspend = readSuspendTimeout(ctx);
    const initSource = ctx.input('init-source') || 'parent-data';
    if (initSource !== 'parent-data' && initSource !== 'schema-only')
        throw new errors/* InputError */.dz(`input init-source must be parent-data or schema-only, got ${JSON.stringify(initSource)}`);
    return {
        action,
        ...(branchId ? { branchId } : {}),
        ...(expiresAtInput ? { expiresAt: expiresAtInput } : {}),
        ...(suspend !== undefined ? { suspendTimeoutSeconds: suspend } : {}),
        ...(initSource === 'schema-only' ? { initSource } : {}),
        apiKey,
        projectId,
        apiHost: ctx.input('api-host') || DEFAULT_API_HOST,
        ...(parent ? { parent } : {}),
        branchTemplate,
        expiresInMs,
        reset: settings_readResetMode(ctx),
        database: ctx.input('database') || neon.database,
        role: ctx.input('role') || neon.role,
    };
}
const MAX_EXPIRY_MS = 30 * 86_400_000;
/** Neon's expires_at: RFC 3339 with seconds, in the future, at most 30 days ahead. */
function readExpiresAt(ctx) {
    const raw = ctx.input('expires-at');
    if (!raw)
        return undefined;
    const ms = Date.parse(raw);
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(raw) || Number.isNaN(ms))
        throw new errors/* InputError */.dz(`input expires-at must be an RFC 3339 time such as 2026-12-31T18:00:00Z, got ${JSON.stringify(raw)}`);
    const ahead = ms - ctx.now().getTime();
    if (ahead <= 0)
        throw new errors/* InputError */.dz(`input expires-at is in the past: ${raw}`);
    if (ahead > MAX_EXPIRY_MS)
        throw new errors/* InputError */.dz(`input expires-at must be at most 30 days ahead (Neon refuses later), got ${raw}`);
    return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
/** Neon's suspend_timeout_seconds: -1 (never), 0 (Neon's default) or 60 to 604800. */
function readSuspendTimeout(ctx) {
    const raw = ctx.input('suspend-timeout');
    if (!raw)
        return undefined;
    const n = Number(raw);
    if (!/^-?\d+$/.test(raw) || !(n === -1 || n === 0 || (n >= 60 && n <= 604_800)))
        throw new errors/* InputError */.dz(`input suspend-timeout must be seconds: -1 (never), 0 (Neon's default) or 60 to 604800, got ${JSON.stringify(raw)}`);
    return n;
}

;// CONCATENATED MODULE: ./src/stages/neon-branch/stage.ts
/**
 * neon-branch: a Neon branch per pull request. `create` (default) creates or reuses it and
 * outputs its connection URI (masked first); `delete` removes it when the PR closes; `cleanup`
 * removes the branches of closed PRs and expired ones.
 */








const defaultDeps = {
    port: (s, sleep, log) => (0,apiPort/* neonApiPort */.m)({
        apiKey: s.apiKey,
        projectId: s.projectId,
        apiHost: s.apiHost,
        retry: {
            sleep,
            onRetry: (why, ms, n) => log(`Neon: ${why}; retry ${n} in ${Math.round(ms / 100) / 10} s`),
        },
    }),
    sleep: retry/* realSleep */.uk,
};
function createNeonBranchStage(deps = defaultDeps) {
    return {
        name: 'neon-branch',
        async run(ctx) {
            // A fork's pull request gets no secrets: skip (neutral) and let the later stages replay on
            // the embedded database. A missing key on a same-repository PR is still an error.
            if (ctx.pr?.isFork && !ctx.input('neon-api-key'))
                return forkSkipped();
            const settings = readNeonSettings(ctx);
            const log = (m) => ctx.log.info(m);
            const lifecycle = { neon: deps.port(settings, deps.sleep, log), sleep: deps.sleep, log };
            try {
                if (settings.action === 'cleanup')
                    return await cleanup(ctx, settings, lifecycle);
                if (settings.action === 'delete')
                    return await remove(ctx, settings, lifecycle);
                if (settings.action === 'reset')
                    return await stage_reset(ctx, settings, lifecycle);
                return await create(ctx, settings, lifecycle);
            }
            catch (err) {
                // Neon named the input at fault: that is bad input (failure), not a crash.
                if (err instanceof port/* NeonInputError */.V)
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
    const name = (0,naming/* branchNameFor */.xG)(s.branchTemplate, prNumber(ctx, 'create'));
    let expiry = s.expiresAt;
    try {
        expiry ??= (0,naming/* expiresAt */.WJ)(ctx.now(), s.expiresInMs);
    }
    catch (err) {
        throw new errors/* InputError */.dz(`input expires-in (or neon.expires_in): ${err.message}`);
    }
    const shape = {
        ...(expiry ? { expiresAt: expiry } : {}),
        ...(s.initSource ? { initSource: s.initSource } : {}),
        ...(s.suspendTimeoutSeconds !== undefined ? { suspendTimeoutSeconds: s.suspendTimeoutSeconds } : {}),
    };
    const result = await (0,neon_lifecycle/* ensureBranch */.js)(lifecycle, {
        name,
        ...(s.parent ? { parent: s.parent } : {}),
        ...shape,
        reset: s.reset === 'true',
    });
    let branch = result.branch;
    const uri = await lifecycle.neon.connectionUri(branch.id, s.database, s.role);
    maskUri(ctx, uri);
    let current = uri;
    const auto = s.reset === 'auto' && !result.created
        ? await autoReset(ctx, uri, async () => {
            branch = await (0,neon_lifecycle/* resetToParent */.h2)(lifecycle, branch, result.parent, shape);
            if (branch.id === result.branch.id)
                return uri;
            current = await lifecycle.neon.connectionUri(branch.id, s.database, s.role);
            maskUri(ctx, current);
            return current;
        })
        : undefined;
    const connection = await connectionOutputs(ctx, lifecycle, s, branch.id, current);
    const wasReset = result.reset || Boolean(auto?.reset);
    const verb = result.created ? 'created' : wasReset ? 'reused and reset to its parent' : 'reused';
    const description = `Branch ${name} ${verb}`;
    const expires = expiry && result.created ? `; expires ${expiry}` : '';
    const kind = s.initSource === 'schema-only' ? ' (schema only, no data)' : '';
    const head = `### schemagate/neon-branch\n\n`;
    const extra = auto?.lines.length ? `\n${auto.lines.join('\n\n')}\n` : '';
    const ids = { 'branch-id': branch.id, 'branch-name': name, created: String(result.created) };
    if (auto?.outOfOrder) {
        return {
            state: 'failure',
            description: `Branch ${name}: migrations out of order`,
            section: `${head}:x: Neon branch \`${name}\` (\`${branch.id}\`) ${verb}, but this pull request's migrations are ${auto.outOfOrder}\n${extra}`,
            outputs: ids,
        };
    }
    return {
        state: 'success',
        description,
        section: `${head}:white_check_mark: Neon branch \`${name}\` (\`${branch.id}\`)${kind} ${verb}${expires}. Database \`${s.database}\` as role \`${s.role}\`.\n${extra}`,
        outputs: { ...connection, ...ids },
    };
}
/**
 * The connection outputs, named after Neon's create-branch action (docs/actions/neon-branch.md
 * maps them). `database-url` is the direct URI: migrations take a session-level advisory lock,
 * which a transaction-mode pooler cannot keep. Everything secret is masked before it is output.
 */
async function connectionOutputs(ctx, lifecycle, s, branchId, direct) {
    const pooled = await lifecycle.neon.connectionUri(branchId, s.database, s.role, { pooled: true });
    maskUri(ctx, pooled);
    const parsed = (uri) => {
        try {
            const u = new URL(uri);
            return { host: u.hostname, password: decodeURIComponent(u.password) };
        }
        catch {
            return { host: '', password: '' };
        }
    };
    return {
        'database-url': direct,
        'database-url-pooled': pooled,
        'database-host': parsed(direct).host,
        'database-host-pooled': parsed(pooled).host,
        password: parsed(direct).password,
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
    // By id (as Neon's delete-branch action), or the PR's branch by name.
    const name = s.branchId ?? (0,naming/* branchNameFor */.xG)(s.branchTemplate, prNumber(ctx, 'delete'));
    const result = s.branchId
        ? await (0,neon_lifecycle/* deleteBranchById */.cq)(lifecycle, s.branchId)
        : await (0,neon_lifecycle/* deleteBranchNamed */.N1)(lifecycle, name);
    const text = result === 'deleted' ? `Branch ${name} deleted` : `Branch ${name} was already gone`;
    return {
        state: 'success',
        description: text,
        section: `### schemagate/neon-branch\n\n:wastebasket: ${text}.\n`,
        outputs: { 'branch-name': s.branchId ? '' : name, created: 'false' },
    };
}
/** neon-action reset: the branch (by id, or the PR's) back to its parent's current state. */
async function stage_reset(ctx, s, lifecycle) {
    const target = s.branchId
        ? await (0,neon_lifecycle/* findBranchById */.o2)(lifecycle.neon, s.branchId)
        : await (0,neon_lifecycle/* findBranchByName */.uQ)(lifecycle.neon, (0,naming/* branchNameFor */.xG)(s.branchTemplate, prNumber(ctx, 'reset')));
    const label = s.branchId ?? (0,naming/* branchNameFor */.xG)(s.branchTemplate, prNumber(ctx, 'reset'));
    if (!target)
        throw new errors/* InputError */.dz(`neon-action reset: Neon has no branch ${JSON.stringify(label)}${s.branchId ? ': check the branch-id input' : ''}`);
    const parent = await (0,neon_lifecycle/* findParent */.gi)(lifecycle.neon, s.parent);
    const branch = await (0,neon_lifecycle/* resetToParent */.h2)(lifecycle, target, parent, {
        ...(s.initSource ? { initSource: s.initSource } : {}),
        ...(s.suspendTimeoutSeconds !== undefined ? { suspendTimeoutSeconds: s.suspendTimeoutSeconds } : {}),
    });
    const uri = await lifecycle.neon.connectionUri(branch.id, s.database, s.role);
    maskUri(ctx, uri);
    const connection = await connectionOutputs(ctx, lifecycle, s, branch.id, uri);
    const text = `Branch ${target.name} reset to its parent`;
    return {
        state: 'success',
        description: text,
        section: `### schemagate/neon-branch\n\n:recycle: ${text} (\`${branch.id}\`).\n`,
        outputs: { ...connection, 'branch-id': branch.id, 'branch-name': target.name, created: 'false' },
    };
}
async function cleanup(ctx, s, lifecycle) {
    const github = ctx.repoGitHub ?? ctx.github;
    const prState = github?.pullRequestState?.bind(github);
    if (!prState)
        ctx.log.warning('neon-branch cleanup: no GitHub token, so only expired branches are deleted');
    const result = await (0,neon_lifecycle/* cleanupBranches */.vk)(lifecycle, s.branchTemplate, prState ?? (async () => 'open'), ctx.now());
    const lines = result.deleted.map((d) => `- \`${d.name}\` (${d.why === 'closed' ? 'pull request closed' : 'expired'})`);
    const description = `Deleted ${result.deleted.length} branch(es), kept ${result.kept}`;
    return {
        state: 'success',
        description,
        section: `### schemagate/neon-branch\n\n:broom: ${description}.\n${lines.length ? `\n${lines.join('\n')}\n` : ''}`,
        outputs: {},
    };
}
const FORK_SKIP = 'skipped: pull request from a fork gets no secrets (no Neon API key); later stages replay on the embedded database';
function forkSkipped() {
    return {
        state: 'success',
        neutral: true,
        description: FORK_SKIP,
        section: `### schemagate/neon-branch\n\n:fast_forward: ${FORK_SKIP[0].toUpperCase()}${FORK_SKIP.slice(1)}.\n`,
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
;// CONCATENATED MODULE: ./src/stages/enabled.ts

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
const skippedDescription = (failed) => `skipped: ${failed} failed`;
const skippedSection = (stage, failed) => `### ${statusContext(stage)}\n\n:fast_forward: Skipped: \`${statusContext(failed)}\` failed, so this stage did not run.\n`;
const STALE_DESCRIPTION = 'stale: an earlier run stopped before settling this check (cancelled?); re-run the workflow';
/**
 * Settles every schemagate/* status left `pending` on `sha` by another run (its target URL is not
 * this run's), except the contexts in `keep` that this run is about to set itself.
 */
async function clearStalePending(github, sha, runUrl, keep, post) {
    if (!github.listStatuses)
        return [];
    const cleared = [];
    for (const st of await github.listStatuses(sha)) {
        const stage = STAGES.find((s) => statusContext(s) === st.context);
        if (!stage || st.state !== 'pending' || keep.includes(stage))
            continue;
        if (runUrl && st.targetUrl === runUrl)
            continue;
        await post(stage, STALE_DESCRIPTION);
        cleared.push(stage);
    }
    return cleared;
}

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
function readPayload(env) {
    if (!env.GITHUB_EVENT_PATH)
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch {
        return undefined;
    }
}
const ZERO_SHA = /^0+$/;
/**
 * The commits a non-pull-request event is about: a merge group (its base and head; statuses go
 * on its head) or a push (before and after). Undefined for other events or a new branch's push.
 */
function readCommitRange(env) {
    const payload = readPayload(env);
    if (!payload)
        return undefined;
    const group = payload.merge_group;
    if (env.GITHUB_EVENT_NAME === 'merge_group' && group?.head_sha && group?.base_sha)
        return {
            event: 'merge_group',
            base: group.base_sha,
            head: group.head_sha,
            baseRef: group.base_ref ?? '',
        };
    if (env.GITHUB_EVENT_NAME === 'push' && payload.before && payload.after && !ZERO_SHA.test(payload.before))
        return { event: 'push', base: payload.before, head: payload.after, baseRef: payload.ref ?? '' };
    return undefined;
}

;// CONCATENATED MODULE: ./src/stages/runStage.ts
/**
 * The one implementation every stage entry calls: read common inputs, load the project, run the
 * stage's own logic, then publish its outcome (outputs, commit status, comment section, job
 * summary). The only catch of the stage lives here.
 */








/** Inputs that hold secrets or credentials: masked before anything can print. */
const SECRET_INPUTS = ['github-token', 'neon-api-key', 'database-url', 'stats-database-url', 'dev-url'];
const FORK_NOTICE = '> [!NOTE]\n> The token cannot write commit statuses or comments here (a pull request from a fork gets a read-only token), so this report is in the job summary only.\n\n';
function createPublisher(deps) {
    const { actions, env } = deps;
    const run = readRunInfo(env);
    const pr = readPullRequest(env);
    const token = actions.getInput('github-token').trim();
    let repoGitHub;
    let readOnly = false;
    let broken = false;
    try {
        repoGitHub = token && deps.github ? deps.github(token) : undefined;
    }
    catch (err) {
        // Nothing can be posted: the job fails rather than leave the checks unsaid.
        broken = true;
        actions.error(`schemagate: cannot talk to GitHub: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    // The comment belongs to a pull request; statuses go on its head, or on a merge group's head
    // (the merge queue waits for the required checks there).
    const github = pr ? repoGitHub : undefined;
    const range = readCommitRange(env);
    const statusSha = pr?.headSha ?? (range?.event === 'merge_group' ? range.head : undefined);
    async function guarded(what, write) {
        if (!repoGitHub || readOnly)
            return;
        try {
            await write(repoGitHub);
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
        statusSha,
        status: (stage, state, description) => statusSha
            ? guarded('the commit status', (g) => g.setStatus(statusSha, statusContext(stage), state, (0,statusText/* cutDescription */.z)(description), run.runUrl))
            : Promise.resolve(),
        section: (stage, markdown) => pr
            ? guarded('the pull request comment', (g) => g.upsertCommentSection(pr.number, stage, markdown))
            : Promise.resolve(),
        clearStale: (keep) => statusSha
            ? guarded('the commit status', async (g) => {
                await clearStalePending(g, statusSha, run.runUrl, keep, (stage, description) => g.setStatus(statusSha, statusContext(stage), 'error', description, run.runUrl));
            })
            : Promise.resolve(),
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
    // In the suite, the Neon branch is the pull request's database for every later stage. A
    // database-url given as well would send the PR's migrations elsewhere (users point it at
    // production): that is refused, never silently preferred.
    const neonUrl = upstream['neon-branch.database-url'];
    const input = (name) => {
        const v = raw(name);
        if (name === 'database-url' && neonUrl) {
            if (v && v !== neonUrl) {
                throw new errors/* ConfigError */.xL('input', 'database-url', 'neon-branch already gives the pull request its database, so database-url must be empty in the suite (it would receive the migrations); for production row counts use stats-database-url, which is opened read-only');
            }
            return neonUrl;
        }
        return v;
    };
    const publisher = deps.publisher ?? createPublisher(deps);
    // Alone, a stage cleans up after a cancelled run itself (the suite does it once for all stages).
    if (!deps.publisher)
        await publisher.clearStale([stage.name]);
    let outcome;
    // Bad input or configuration exits 2 (as the CLI does), after the failure status is posted.
    let badInput = false;
    try {
        // working-directory, relative or absolute, is resolved against the workspace: the repository.
        const workspace = env.GITHUB_WORKSPACE || process.cwd();
        const project = (0,runtime_project/* loadProject */.gi)({
            root: (0,external_node_path_.resolve)(workspace, raw('working-directory') || '.'),
            repoRoot: env.GITHUB_WORKSPACE || undefined,
            rootKey: 'input working-directory',
            config: raw('config') || undefined,
            mode: raw('mode') || undefined,
            env,
            atlasEnv: raw('atlas-env') || undefined,
        });
        for (const note of project.notes ?? [])
            actions.info(`schemagate: ${note}`);
        const ctx = {
            input,
            project,
            run: readRunInfo(env),
            pr: publisher.pr ?? readPullRequest(env),
            range: readCommitRange(env),
            github: publisher.github,
            repoGitHub: publisher.repoGitHub,
            log: {
                info: actions.info,
                warning: actions.warning,
                error: actions.error,
                mask: actions.setSecret,
            },
            openDb: deps.openDb,
            inSuite: Boolean(deps.publisher),
            upstream,
            now: deps.now ?? (() => new Date()),
        };
        outcome = await stage.run(ctx);
    }
    catch (err) {
        const message = (0,errors/* errorMessage */.gJ)(err);
        // The cause decides, as in the CLI: a refused connection is bad input even when wrapped.
        const known = (0,errors/* knownCause */.T4)(err);
        badInput = known instanceof errors/* InputError */.dz;
        actions.error(message);
        // With step debug logging on (RUNNER_DEBUG=1), the stack helps a bug report.
        if (env.RUNNER_DEBUG === '1' && err instanceof Error && err.stack)
            actions.info(err.stack);
        outcome = {
            state: badInput ? 'failure' : 'error',
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
    if (outcome.badInput)
        badInput = true;
    const exitCode = badInput ? 2 : outcome.state === 'success' && !publisher.failed() ? 0 : 1;
    // Alone, a failing stage stops the job: settle the later enabled stages so none waits forever.
    if (!deps.publisher && outcome.state !== 'success')
        await settleLater(stage.name, actions, publisher);
    return { exitCode, outcome };
}
async function settleLater(failed, actions, publisher) {
    let enabled;
    try {
        enabled = parseStagesInput(actions.getInput('stages').trim());
    }
    catch (err) {
        actions.error((0,errors/* errorMessage */.gJ)(err));
        enabled = [...STAGES];
    }
    for (const later of enabled.slice(enabled.indexOf(failed) + 1)) {
        if (!enabled.includes(failed))
            break;
        await publisher.status(later, 'error', skippedDescription(failed));
        await publisher.section(later, skippedSection(later, failed));
    }
}

;// CONCATENATED MODULE: ./src/stages/suite.ts
/**
 * The suite: every enabled stage goes `pending` first, then each is settled in pipeline order
 * with the outputs of earlier stages fed forward. After a failure every later enabled stage is
 * set to `error` ("skipped: <stage> failed"), so no required check waits forever. One job
 * summary of all stages at the end.
 */






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
    await publisher.clearStale(enabled);
    for (const [i, name] of enabled.entries()) {
        await publisher.status(name, 'pending', i === 0 ? 'running' : `waiting for ${enabled[i - 1]}`);
    }
    const settled = [];
    let upstream = { ...(deps.upstream ?? {}) };
    let failed;
    for (const name of enabled) {
        if (failed) {
            const description = skippedDescription(failed);
            const section = skippedSection(name, failed);
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
            state: outcome.neutral ? 'skipped' : outcome.state,
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
    const deps = { env: process.env, actions, openDb: db/* openDb */.bI, github: await gitHubFactory(actions, process.env) };
    if (entry === 'suite')
        return runSuite(deps);
    const { exitCode } = await runStage(registry_stages[entry], deps);
    return exitCode;
}
/** One Octokit per token, built with GITHUB_API_URL so a GitHub Enterprise server (or a test stand-in) is used. */
async function gitHubFactory(actions, env) {
    const [{ createOctokit }, { octokitGitHub }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(6999), __webpack_require__.e(6702)]).then(__webpack_require__.bind(__webpack_require__, 6702)),
        __webpack_require__.e(/* import() */ 9711).then(__webpack_require__.bind(__webpack_require__, 79711)),
    ]);
    const ports = new Map();
    return (token) => {
        let port = ports.get(token);
        if (!port) {
            const author = actions.getInput('comment-author').trim();
            const writeIntervalMs = parseWriteInterval(env[WRITE_INTERVAL_VAR]);
            port = octokitGitHub(createOctokit({ token, baseUrl: env.GITHUB_API_URL, writeIntervalMs }), {
                repository: env.GITHUB_REPOSITORY ?? '',
                sectionOrder: STAGES,
                ...(author ? { commentAuthor: author } : {}),
            });
            ports.set(token, port);
        }
        return port;
    };
}
/**
 * Milliseconds between GitHub writes, for a GitHub Enterprise Server with its own limits (and the
 * end-to-end tests, whose stand-in has none). Unset: GitHub's own advice, 1 s (3 s for comments).
 */
const WRITE_INTERVAL_VAR = 'SCHEMAGATE_GITHUB_WRITE_INTERVAL_MS';
function parseWriteInterval(value) {
    if (value === undefined || value.trim() === '')
        return undefined;
    if (!/^\d+$/.test(value.trim()))
        throw new errors/* InputError */.dz(`${WRITE_INTERVAL_VAR} must be a whole number of milliseconds, got "${value}"`);
    return Number(value.trim());
}


/***/ })

};
