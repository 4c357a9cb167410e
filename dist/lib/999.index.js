export const id = 999;
export const ids = [999];
export const modules = {

/***/ 36740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration)
/* harmony export */ });
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


/***/ }),

/***/ 92946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* reexport safe */ _duration_js__WEBPACK_IMPORTED_MODULE_1__.E),
/* harmony export */   o4: () => (/* reexport safe */ _load_js__WEBPACK_IMPORTED_MODULE_2__.o),
/* harmony export */   sN: () => (/* reexport safe */ _schema_js__WEBPACK_IMPORTED_MODULE_3__.sN)
/* harmony export */ });
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3902);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36740);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9168);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47967);






/***/ }),

/***/ 13584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ir: () => (/* binding */ schemaHash),
/* harmony export */   nk: () => (/* binding */ parseBaseline),
/* harmony export */   qL: () => (/* binding */ renderBaseline),
/* harmony export */   wZ: () => (/* binding */ backupPath)
/* harmony export */ });
/* unused harmony exports BASELINE_FORMAT, baselineModel */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _model_normalize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35918);
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58812);
/**
 * The baseline snapshot: the model's comparison form (owners, column positions and the server
 * version blanked, see model/normalize.ts; view text left out) as deterministic, diff-friendly
 * JSON: keys sorted at every depth, two-space indent, newline at the end, with the SHA-256 of that
 * canonical form, so the same schema gives the same file on PostgreSQL 13 to 18 and in any
 * creation order.
 */



const BASELINE_FORMAT = 'schemagate-baseline/1';
/** SHA-256 (hex) of the model's canonical form as a baseline holds it: the same on every server version. */
function schemaHash(model) {
    return (0,_model_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .modelHash */ .iR)(baselineModel(model));
}
/**
 * The model as a baseline holds it: the comparison form, without view text (PostgreSQL 16 prints
 * the same view differently from 15; the version-independent fingerprint stays).
 */
function baselineModel(model) {
    const normal = (0,_model_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeModel */ .pk)(model);
    const noText = (rec) => Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, { ...v, definition: '' }]));
    return { ...normal, views: noText(normal.views), materializedViews: noText(normal.materializedViews) };
}
function renderBaseline(model) {
    const { serverVersion: _version, ...portable } = (0,_model_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutEmptyAdditions */ .z7)(baselineModel(model));
    return `${(0,_model_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .stableStringify */ .JB)({ format: BASELINE_FORMAT, sha256: schemaHash(model), model: portable }, 2)}\n`;
}
/** Reads a baseline file; malformed or hand-edited content is a ConfigError naming the file. */
function parseBaseline(text, file) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(file, '', `baseline is not valid JSON: ${err.message}`);
    }
    const d = doc;
    if (!d || typeof d !== 'object' || d.format !== BASELINE_FORMAT) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(file, 'format', `not a schemagate baseline (expected format ${JSON.stringify(BASELINE_FORMAT)}); write one with \`schemagate baseline update\``);
    }
    if (!d.model || typeof d.model !== 'object' || Array.isArray(d.model)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(file, 'model', 'the baseline has no model object');
    }
    const base = (0,_model_types_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyModel */ .$)(0);
    const model = { ...base, ...d.model, serverVersion: 0 };
    for (const key of Object.keys(base)) {
        if (key === 'serverVersion')
            continue;
        const v = model[key];
        const isList = key === 'unsupported';
        const ok = isList ? Array.isArray(v) : v !== null && typeof v === 'object' && !Array.isArray(v);
        if (!ok)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(file, `model.${key}`, `expected ${isList ? 'an array' : 'an object'}`);
    }
    const actual = schemaHash(model);
    if (d.sha256 !== actual) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(file, 'sha256', `does not match the model (computed ${actual}): the file was edited by hand or is damaged; regenerate it with \`schemagate baseline update\``);
    }
    return { model, sha256: actual };
}
/** `ci/schema_baseline.json` -> `ci/schema_baseline.2026-11-30T02-15-00Z.json` (colons are not portable in file names). */
function backupPath(path, at) {
    const stamp = at
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z')
        .replace(/:/g, '-');
    const m = /^(.*?)(\.json)?$/i.exec(path);
    return `${m[1]}.${stamp}${m[2] ?? '.json'}`;
}


/***/ }),

/***/ 80583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ar: () => (/* binding */ parsePair),
/* harmony export */   ZH: () => (/* binding */ overallResult),
/* harmony export */   dR: () => (/* binding */ defaultPairs),
/* harmony export */   hF: () => (/* binding */ describeDifference),
/* harmony export */   zA: () => (/* binding */ checkPair)
/* harmony export */ });
/* harmony import */ var _baseline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13584);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98148);
/* harmony import */ var _decide_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92979);
/* harmony import */ var _filters_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61512);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5022);





function parsePair(text) {
    const m = /^\s*(declared|replayed|live|baseline)\s*(?::|-vs-|\svs\s)\s*(declared|replayed|live|baseline)\s*$/.exec(text);
    return m && m[1] !== m[2] ? { left: m[1], right: m[2] } : null;
}
/**
 * Default pairs: declared vs replayed; the live database against the migrations (or, without
 * migrations, against the declared schema); the baseline against live, else the migrations, else
 * the declared schema.
 */
function defaultPairs(have) {
    const pairs = [];
    if (have.declared && have.replayed)
        pairs.push({ left: 'declared', right: 'replayed' });
    const source = have.replayed ? 'replayed' : have.declared ? 'declared' : null;
    if (have.live && source)
        pairs.push({ left: source, right: 'live' });
    const checked = have.live ? 'live' : source;
    if (have.baseline && checked)
        pairs.push({ left: 'baseline', right: checked });
    return pairs;
}
function fixFor(pair, left, right, planner) {
    const refresh = 'If the change is intended, refresh the baseline instead: `schemagate baseline refresh` (the previous file is kept as a timestamped backup) and commit it.';
    if (pair.right === 'baseline' || pair.right === 'declared') {
        // A file cannot be migrated: the fix is to edit or regenerate it.
        return {
            purpose: `make the ${_types_js__WEBPACK_IMPORTED_MODULE_3__/* .STATE_LABELS */ .In[pair.right]} match the ${_types_js__WEBPACK_IMPORTED_MODULE_3__/* .STATE_LABELS */ .In[pair.left]}`,
            sql: '',
            unsupported: [],
            note: pair.right === 'baseline'
                ? 'Regenerate the baseline: `schemagate baseline refresh`, then commit it.'
                : `Edit the declared schema files so they describe the ${_types_js__WEBPACK_IMPORTED_MODULE_3__/* .STATE_LABELS */ .In[pair.left]}.`,
        };
    }
    const plan = planner
        ? planner(right, left)
        : { sql: '', unsupported: ['the diff engine is not available in this build'] };
    const note = pair.right === 'replayed'
        ? 'Add this as a new migration (`schemagate new <name>` writes it), so that the migrations produce the declared schema.'
        : pair.left === 'baseline'
            ? refresh
            : null;
    return {
        purpose: `make the ${_types_js__WEBPACK_IMPORTED_MODULE_3__/* .STATE_LABELS */ .In[pair.right]} match the ${_types_js__WEBPACK_IMPORTED_MODULE_3__/* .STATE_LABELS */ .In[pair.left]}`,
        sql: plan.sql,
        unsupported: plan.unsupported,
        note,
    };
}
function checkPair(pair, left, right, options) {
    const l = (0,_filters_js__WEBPACK_IMPORTED_MODULE_2__/* .filterModel */ .WA)(left, options.filters);
    const r = (0,_filters_js__WEBPACK_IMPORTED_MODULE_2__/* .filterModel */ .WA)(right, options.filters);
    const differences = (0,_filters_js__WEBPACK_IMPORTED_MODULE_2__/* .markCritical */ .Re)((0,_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareModels */ .wA)(l, r), options.filters, l, r);
    return {
        pair,
        subject: (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .pairSubject */ .Jn)(pair),
        result: (0,_decide_js__WEBPACK_IMPORTED_MODULE_4__/* .decide */ .L)(differences, options.mode, options.strictBlocks),
        differences,
        counts: (0,_decide_js__WEBPACK_IMPORTED_MODULE_4__/* .countDifferences */ .a)(differences),
        leftHash: (0,_baseline_js__WEBPACK_IMPORTED_MODULE_0__/* .schemaHash */ .ir)(l),
        rightHash: (0,_baseline_js__WEBPACK_IMPORTED_MODULE_0__/* .schemaHash */ .ir)(r),
        fix: differences.length > 0 ? fixFor(pair, l, r, options.planner) : null,
        excluded: [
            ...new Set([...(0,_filters_js__WEBPACK_IMPORTED_MODULE_2__/* .excludedRelations */ .ey)(left, options.filters), ...(0,_filters_js__WEBPACK_IMPORTED_MODULE_2__/* .excludedRelations */ .ey)(right, options.filters)]),
        ].sort(),
    };
}
/** The worst result of all pairs; a failing check becomes `bypassed` when the bypass label is on. */
function overallResult(pairs, bypass) {
    const rank = { pass: 0, drift: 1, bypassed: 2, fail: 3 };
    const worst = pairs.reduce((w, p) => (rank[p.result] > rank[w] ? p.result : w), 'pass');
    return worst === 'fail' && bypass ? 'bypassed' : worst;
}
/** One line per difference, for the audit log's "to reconcile" list and the CLI. */
function describeDifference(d) {
    return `${d.change} ${d.kind} ${d.object}${d.fields.length > 0 ? ` (${d.fields.join(', ')})` : ''}${d.critical ? ' [critical]' : ''}`;
}


/***/ }),

/***/ 98148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wA: () => (/* binding */ compareModels)
});

// UNUSED EXPORTS: changedFields, sortDifferences

// EXTERNAL MODULE: ./src/core/model/ids.ts
var ids = __webpack_require__(63359);
// EXTERNAL MODULE: ./src/core/model/normalize.ts
var normalize = __webpack_require__(35918);
// EXTERNAL MODULE: ./src/core/sql/quote.ts + 1 modules
var quote = __webpack_require__(95505);
;// CONCATENATED MODULE: ./src/core/drift/compatibility.ts
/** Added objects of these kinds restrict what clients may write: adding one is breaking. */
const NARROWING_KINDS = new Set(['constraint', 'policy', 'rule', 'trigger', 'domain']);
/** Properties whose change alone never breaks a client. */
const HARMLESS_FIELDS = new Set(['comment']);
function defaultCompatibility(kind, change, fields) {
    if (change === 'missing')
        return 'breaking';
    if (change === 'extra')
        return NARROWING_KINDS.has(kind) ? 'breaking' : 'compatible';
    return fields.every((f) => HARMLESS_FIELDS.has(f)) ? 'compatible' : 'breaking';
}
/** A column: adding one that is NOT NULL without a default breaks writers; relaxing NOT NULL and changing the default do not. */
function columnCompatibility(change, l, r, fields) {
    if (change === 'missing')
        return 'breaking';
    if (change === 'extra')
        return r?.notNull && r.default === null && r.identity === null && r.generated === null
            ? 'breaking'
            : 'compatible';
    const relaxed = l !== undefined && r !== undefined && l.notNull && !r.notNull;
    return fields.every((f) => HARMLESS_FIELDS.has(f) || f === 'default' || (f === 'notNull' && relaxed))
        ? 'compatible'
        : 'breaking';
}
/** An enum: new labels that keep the old ones in their order are compatible. */
function enumCompatibility(change, l, r, fields) {
    if (change !== 'changed' || !l || !r)
        return defaultCompatibility('enum', change, fields);
    let at = 0;
    for (const label of r.labels)
        if (label === l.labels[at])
            at++;
    const kept = at === l.labels.length;
    return kept && fields.every((f) => HARMLESS_FIELDS.has(f) || f === 'labels') ? 'compatible' : 'breaking';
}

// EXTERNAL MODULE: ./src/core/drift/order.ts
var order = __webpack_require__(28703);
;// CONCATENATED MODULE: ./src/core/drift/render.ts

const withComment = (text, comment) => comment === null ? text : `${text}\n-- comment: ${(0,quote/* quoteLiteral */.ce)(comment)}`;
function renderColumn(c) {
    const parts = [(0,quote/* quoteIdent */.v4)(c.name), c.type];
    if (c.collation)
        parts.push(`COLLATE ${c.collation}`);
    if (c.identity)
        parts.push(`GENERATED ${c.identity === 'always' ? 'ALWAYS' : 'BY DEFAULT'} AS IDENTITY`);
    if (c.generated)
        parts.push(`GENERATED ALWAYS AS (${c.generated}) STORED`);
    if (c.notNull)
        parts.push('NOT NULL');
    if (c.default !== null)
        parts.push(`DEFAULT ${c.default}`);
    return withComment(parts.join(' '), c.comment);
}
function renderConstraint(c) {
    let text = `CONSTRAINT ${(0,quote/* quoteIdent */.v4)(c.name)} ${c.definition}`;
    if (c.deferrable && !/DEFERRABLE/.test(c.definition))
        text += c.initiallyDeferred ? ' DEFERRABLE INITIALLY DEFERRED' : ' DEFERRABLE';
    if (!c.validated && !/NOT VALID/.test(c.definition))
        text += ' NOT VALID';
    return withComment(text, c.comment);
}
function renderTable(t) {
    const lines = Object.values(t.columns)
        .sort((a, b) => a.position - b.position)
        .map((c) => `  ${renderColumn(c).split('\n')[0]}`);
    for (const c of Object.values(t.constraints))
        lines.push(`  ${renderConstraint(c).split('\n')[0]}`);
    let text = `TABLE (\n${lines.join(',\n')}\n)`;
    if (t.partitioning)
        text += ` PARTITION BY ${t.partitioning.key}`;
    if (t.partitionOf)
        text += ` PARTITION OF ${t.partitionOf.parent} ${t.partitionOf.bound}`;
    if (t.inherits.length > 0)
        text += ` INHERITS (${t.inherits.join(', ')})`;
    if (t.options.length > 0)
        text += ` WITH (${t.options.join(', ')})`;
    if (t.unlogged)
        text = `UNLOGGED ${text}`;
    if (t.rowSecurity)
        text += `\nROW LEVEL SECURITY${t.forceRowSecurity ? ' (FORCED)' : ''}`;
    return withComment(text, t.comment);
}
/** Table-level properties only (columns and constraints are differences of their own). */
function renderTableProperties(t) {
    const lines = [
        `partitioning: ${t.partitioning ? t.partitioning.key : 'none'}`,
        `partition of: ${t.partitionOf ? `${t.partitionOf.parent} ${t.partitionOf.bound}` : 'none'}`,
        `inherits: ${t.inherits.length > 0 ? t.inherits.join(', ') : 'none'}`,
        `unlogged: ${t.unlogged}`,
        `options: ${t.options.length > 0 ? t.options.join(', ') : 'none'}`,
        `row level security: ${t.rowSecurity}${t.forceRowSecurity ? ' (forced)' : ''}`,
    ];
    return withComment(lines.join('\n'), t.comment);
}
function renderIndex(i) {
    return withComment(i.valid ? i.definition : `${i.definition} -- INVALID`, i.comment);
}
function renderView(v) {
    const opts = v.options.length > 0 ? ` WITH (${v.options.join(', ')})` : '';
    // A baseline stores no view text (it varies by server version), only its fingerprint.
    const body = v.definition.trim() === ''
        ? `-- query fingerprint ${v.definitionFingerprint} (text not stored in the baseline)`
        : v.definition.trim();
    return withComment(`VIEW${opts} AS\n${body}`, v.comment);
}
function renderRoutine(r) {
    return withComment(r.definition.trim(), r.comment);
}
function renderTrigger(t) {
    const state = t.enabled === 'O' ? '' : ` -- ${{ D: 'DISABLED', R: 'ENABLE REPLICA', A: 'ENABLE ALWAYS' }[t.enabled]}`;
    return withComment(`${t.definition}${state}`, t.comment);
}
function renderPolicy(p) {
    let text = `POLICY ${(0,quote/* quoteIdent */.v4)(p.name)} AS ${p.permissive ? 'PERMISSIVE' : 'RESTRICTIVE'} FOR ${p.command} TO ${p.roles.join(', ')}`;
    if (p.using !== null)
        text += ` USING (${p.using})`;
    if (p.withCheck !== null)
        text += ` WITH CHECK (${p.withCheck})`;
    return withComment(text, p.comment);
}
function renderEnum(e) {
    return withComment(`ENUM (${e.labels.map(quote/* quoteLiteral */.ce).join(', ')})`, e.comment);
}
function renderDomain(d) {
    const parts = [`DOMAIN ${d.baseType}`];
    if (d.collation)
        parts.push(`COLLATE ${d.collation}`);
    if (d.default !== null)
        parts.push(`DEFAULT ${d.default}`);
    if (d.notNull)
        parts.push('NOT NULL');
    for (const c of Object.values(d.checks))
        parts.push(`CONSTRAINT ${(0,quote/* quoteIdent */.v4)(c.name)} ${c.definition}${c.validated ? '' : ' NOT VALID'}`);
    return withComment(parts.join(' '), d.comment);
}
function renderComposite(t) {
    const attrs = [...t.attributes]
        .sort((a, b) => a.position - b.position)
        .map((a) => `${(0,quote/* quoteIdent */.v4)(a.name)} ${a.type}${a.collation ? ` COLLATE ${a.collation}` : ''}`);
    return withComment(`TYPE AS (${attrs.join(', ')})`, t.comment);
}
function renderSequence(s) {
    let text = `SEQUENCE AS ${s.dataType} START ${s.start} INCREMENT ${s.increment} MINVALUE ${s.min} MAXVALUE ${s.max} CACHE ${s.cache}${s.cycle ? ' CYCLE' : ''}`;
    if (s.ownedBy)
        text += ` OWNED BY ${s.ownedBy.table}.${(0,quote/* quoteIdent */.v4)(s.ownedBy.column)}`;
    return withComment(text, s.comment);
}
function renderExtension(e) {
    return withComment(`EXTENSION ${(0,quote/* quoteIdent */.v4)(e.name)} VERSION ${(0,quote/* quoteLiteral */.ce)(e.version)} SCHEMA ${(0,quote/* quoteIdent */.v4)(e.schema)}`, e.comment);
}
function renderSchema(s) {
    return withComment(`SCHEMA ${(0,quote/* quoteIdent */.v4)(s.name)}`, s.comment);
}
function renderPublication(p) {
    const parts = [`PUBLICATION ${(0,quote/* quoteIdent */.v4)(p.name)}`];
    if (p.allTables)
        parts.push('FOR ALL TABLES');
    const targets = [
        ...Object.values(p.tables).map((e) => `${e.table}${e.columns ? ` (${e.columns.map(quote/* quoteIdent */.v4).join(', ')})` : ''}${e.where !== null ? ` WHERE (${e.where})` : ''}`),
        ...p.schemas.map((s) => `TABLES IN SCHEMA ${(0,quote/* quoteIdent */.v4)(s)}`),
    ];
    if (targets.length > 0)
        parts.push(`FOR ${targets.join(', ')}`);
    parts.push(`WITH (publish = ${(0,quote/* quoteLiteral */.ce)(p.publish.join(', '))}, publish_via_partition_root = ${p.viaRoot}${p.generatedColumns !== 'none' ? `, publish_generated_columns = ${p.generatedColumns}` : ''})`);
    return withComment(parts.join(' '), p.comment);
}
function renderDefaultPrivilege(d) {
    const head = `DEFAULT PRIVILEGES FOR ROLE ${(0,quote/* quoteIdent */.v4)(d.role)}${d.schema !== null ? ` IN SCHEMA ${(0,quote/* quoteIdent */.v4)(d.schema)}` : ''} ON ${d.objects.toUpperCase()}`;
    const role = (g) => (g === 'PUBLIC' ? 'PUBLIC' : (0,quote/* quoteIdent */.v4)(g));
    const granted = d.grants.map((g) => `GRANT ${g.privileges.join(', ')} TO ${role(g.grantee)}${g.grantable.length > 0 ? ` (WITH GRANT OPTION: ${g.grantable.join(', ')})` : ''}`);
    const revoked = d.revoked.map((g) => `REVOKE ${g.privileges.join(', ')} FROM ${role(g.grantee)}`);
    return [head, ...granted, ...revoked].join('; ');
}

;// CONCATENATED MODULE: ./src/core/drift/compare.ts
/**
 * Compares two schema models into drift differences. Equality is derived from the model itself
 * (canonical JSON of each object), minus what differs between environments without being drift:
 * owners and grants (roles differ per database) and column positions (order is not a difference).
 */






/** Properties never compared: they name roles of one environment, or order that carries no meaning. */
const NOT_COMPARED = new Set(['owner', 'grants', 'position', 'serverVersion']);
/** View text differs between server versions for the same view (15 vs 16+): compare the fingerprint. */
const VIEW_TEXT = new Set(['definition']);
/** A table's own properties; its members are compared one by one. */
const TABLE_MEMBERS = new Set(['columns', 'constraints', 'policies', 'triggers']);
function projection(obj, skip = new Set()) {
    const out = {};
    for (const [k, v] of Object.entries(obj)) {
        if (NOT_COMPARED.has(k) || skip.has(k))
            continue;
        out[k] = (0,normalize/* stableStringify */.JB)(v);
    }
    return out;
}
/** Names of the properties whose values differ; empty when the objects are equal. */
function changedFields(a, b, skip) {
    const pa = projection(a, skip);
    const pb = projection(b, skip);
    const keys = new Set([...Object.keys(pa), ...Object.keys(pb)]);
    return [...keys].filter((k) => pa[k] !== pb[k]).sort(order/* byteOrder */.T);
}
function compareMembers(m, out) {
    const keys = new Set([...Object.keys(m.left), ...Object.keys(m.right)]);
    for (const key of [...keys].sort(order/* byteOrder */.T)) {
        const l = m.left[key];
        const r = m.right[key];
        const any = (l ?? r);
        const base = { kind: m.kind, table: m.table(key, any), object: m.object(key, any), critical: false };
        const cls = (change, fields) => m.classify ? m.classify(change, l, r, fields) : defaultCompatibility(m.kind, change, fields);
        if (l === undefined)
            out.push({
                ...base,
                change: 'extra',
                left: null,
                right: m.render(r),
                fields: [],
                compatibility: cls('extra', []),
            });
        else if (r === undefined)
            out.push({
                ...base,
                change: 'missing',
                left: m.render(l),
                right: null,
                fields: [],
                compatibility: cls('missing', []),
            });
        else {
            const fields = changedFields(l, r, m.skip);
            if (fields.length > 0)
                out.push({
                    ...base,
                    change: 'changed',
                    left: m.render(l),
                    right: m.render(r),
                    fields,
                    compatibility: cls('changed', fields),
                });
        }
    }
}
const compare_self = (key) => key;
function compareTable(key, l, r, out) {
    const fields = changedFields(l, r, TABLE_MEMBERS);
    if (fields.length > 0) {
        out.push({
            kind: 'table',
            table: key,
            object: key,
            change: 'changed',
            left: renderTableProperties(l),
            right: renderTableProperties(r),
            fields,
            critical: false,
            compatibility: defaultCompatibility('table', 'changed', fields),
        });
    }
    const member = (name) => `${key}.${(0,quote/* quoteIdent */.v4)(name)}`;
    compareMembers({
        kind: 'column',
        left: l.columns,
        right: r.columns,
        table: () => key,
        object: member,
        render: renderColumn,
        classify: columnCompatibility,
    }, out);
    compareMembers({
        kind: 'constraint',
        left: l.constraints,
        right: r.constraints,
        table: () => key,
        object: member,
        render: renderConstraint,
    }, out);
    compareMembers({
        kind: 'policy',
        left: l.policies,
        right: r.policies,
        table: () => key,
        object: member,
        render: renderPolicy,
    }, out);
    compareMembers({
        kind: 'trigger',
        left: l.triggers,
        right: r.triggers,
        table: () => key,
        object: member,
        render: renderTrigger,
    }, out);
}
/**
 * Every difference between `left` (the reference) and `right`, sorted by table, then object, so
 * the same two models always give the same list.
 */
function compareModels(left, right) {
    const out = [];
    compareMembers({
        kind: 'schema',
        left: left.schemas,
        right: right.schemas,
        table: () => null,
        object: compare_self,
        render: renderSchema,
    }, out);
    compareMembers({
        kind: 'extension',
        left: left.extensions,
        right: right.extensions,
        table: () => null,
        object: compare_self,
        render: renderExtension,
    }, out);
    compareMembers({
        kind: 'enum',
        left: left.enums,
        right: right.enums,
        table: () => null,
        object: compare_self,
        render: renderEnum,
        classify: enumCompatibility,
    }, out);
    compareMembers({
        kind: 'domain',
        left: left.domains,
        right: right.domains,
        table: () => null,
        object: compare_self,
        render: renderDomain,
    }, out);
    compareMembers({
        kind: 'composite',
        left: left.composites,
        right: right.composites,
        table: () => null,
        object: compare_self,
        render: renderComposite,
    }, out);
    compareMembers({
        kind: 'sequence',
        left: left.sequences,
        right: right.sequences,
        table: (k, s) => s.ownedBy?.table ?? k,
        object: compare_self,
        render: renderSequence,
    }, out);
    const tableKeys = new Set([...Object.keys(left.tables), ...Object.keys(right.tables)]);
    for (const key of [...tableKeys].sort(order/* byteOrder */.T)) {
        const l = left.tables[key];
        const r = right.tables[key];
        const base = { kind: 'table', table: key, object: key, fields: [], critical: false };
        if (l === undefined)
            out.push({ ...base, change: 'extra', left: null, right: renderTable(r), compatibility: 'compatible' });
        else if (r === undefined)
            out.push({ ...base, change: 'missing', left: renderTable(l), right: null, compatibility: 'breaking' });
        else
            compareTable(key, l, r, out);
    }
    compareMembers({
        kind: 'index',
        left: ownIndexes(left),
        right: ownIndexes(right),
        table: (_k, i) => i.table,
        object: compare_self,
        render: renderIndex,
    }, out);
    compareMembers({
        kind: 'view',
        left: left.views,
        right: right.views,
        table: compare_self,
        object: compare_self,
        render: renderView,
        skip: VIEW_TEXT,
    }, out);
    compareMembers({
        kind: 'materializedView',
        left: left.materializedViews,
        right: right.materializedViews,
        table: compare_self,
        object: compare_self,
        render: renderView,
        skip: VIEW_TEXT,
    }, out);
    const routineKind = (m, k) => m.routines[k]?.kind;
    compareMembers({
        kind: 'function',
        left: left.routines,
        right: right.routines,
        table: () => null,
        object: compare_self,
        render: renderRoutine,
    }, out);
    // A procedure is reported as such; the routine map holds both kinds.
    for (let i = 0; i < out.length; i++) {
        const d = out[i];
        if (d.kind === 'function' &&
            (routineKind(left, d.object) ?? routineKind(right, d.object)) === 'procedure') {
            out[i] = { ...d, kind: 'procedure' };
        }
    }
    compareMembers({
        kind: 'publication',
        left: left.publications ?? {},
        right: right.publications ?? {},
        table: () => null,
        object: compare_self,
        render: renderPublication,
    }, out);
    compareMembers({
        kind: 'defaultPrivilege',
        left: privilegeEntries(left),
        right: privilegeEntries(right),
        table: () => null,
        object: compare_self,
        render: (e) => renderDefaultPrivilege(e.entry),
        skip: ENTRY,
    }, out);
    compareUnsupported(left, right, out);
    return sortDifferences(out);
}
/**
 * Default privileges are nothing but grants, which the comparison otherwise skips (roles differ
 * per environment): an entry is compared by its privileges under field names of their own.
 */
function privilegeEntries(m) {
    return Object.fromEntries(Object.entries(m.defaultPrivileges ?? {}).map(([k, d]) => [
        k,
        { entry: d, privileges: d.grants, revokedDefaults: d.revoked },
    ]));
}
const ENTRY = new Set(['entry']);
/** Indexes of their own: one backing a PK/UNIQUE/EXCLUDE constraint is reported through the constraint. */
function ownIndexes(m) {
    return Object.fromEntries(Object.entries(m.indexes).filter(([, i]) => i.constraint === null));
}
function compareUnsupported(left, right, out) {
    const describe = (u) => u.id.schema === null
        ? (0,quote/* quoteIdent */.v4)(u.id.name)
        : u.id.table
            ? `${(0,ids/* relKey */.jO)(u.id.schema, u.id.table)}.${(0,quote/* quoteIdent */.v4)(u.id.name)}`
            : (0,quote/* qualified */.LX)(u.id.schema, u.id.name);
    const index = (m) => new Map(m.unsupported.map((u) => [`${u.id.kind} ${describe(u)}${u.id.args ? `(${u.id.args})` : ''}`, u]));
    const l = index(left);
    const r = index(right);
    for (const [key, u] of l) {
        if (r.has(key))
            continue;
        out.push({
            kind: u.id.kind,
            table: tableOf(u.id),
            object: describe(u),
            change: 'missing',
            left: `${key} (${u.reason})`,
            right: null,
            fields: [],
            critical: false,
            compatibility: 'breaking',
        });
    }
    for (const [key, u] of r) {
        if (l.has(key))
            continue;
        out.push({
            kind: u.id.kind,
            table: tableOf(u.id),
            object: describe(u),
            change: 'extra',
            left: null,
            right: `${key} (${u.reason})`,
            fields: [],
            critical: false,
            compatibility: defaultCompatibility(u.id.kind, 'extra', []),
        });
    }
}
function tableOf(id) {
    return id.schema !== null && id.table !== null ? (0,ids/* relKey */.jO)(id.schema, id.table) : null;
}
const KIND_ORDER = [
    'schema',
    'extension',
    'enum',
    'domain',
    'composite',
    'sequence',
    'table',
    'column',
    'constraint',
    'index',
    'policy',
    'trigger',
    'view',
    'materializedView',
    'function',
    'procedure',
    'publication',
    'defaultPrivilege',
];
function sortDifferences(diffs) {
    const rank = (k) => {
        const i = KIND_ORDER.indexOf(k);
        return i < 0 ? KIND_ORDER.length : i;
    };
    return diffs.sort((a, b) => (0,order/* byteOrder */.T)(a.table ?? '\uffff', b.table ?? '\uffff') ||
        rank(a.kind) - rank(b.kind) ||
        (0,order/* byteOrder */.T)(a.object, b.object) ||
        (0,order/* byteOrder */.T)(a.change, b.change));
}


/***/ }),

/***/ 92979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ decide),
/* harmony export */   a: () => (/* binding */ countDifferences)
/* harmony export */ });
function countDifferences(diffs) {
    const byKind = {};
    let missing = 0;
    let extra = 0;
    let changed = 0;
    let critical = 0;
    let breaking = 0;
    for (const d of diffs) {
        if (d.compatibility === 'breaking')
            breaking++;
        byKind[d.kind] = (byKind[d.kind] ?? 0) + 1;
        if (d.change === 'missing')
            missing++;
        else if (d.change === 'extra')
            extra++;
        else
            changed++;
        if (d.critical)
            critical++;
    }
    return { total: diffs.length, missing, extra, changed, critical, breaking, byKind };
}
function decide(diffs, mode, strictBlocks = 'breaking') {
    if (diffs.length === 0)
        return 'pass';
    if (diffs.some((d) => d.critical))
        return 'fail';
    if (mode === 'strict' && (strictBlocks === 'any' || diffs.some((d) => d.compatibility === 'breaking')))
        return 'fail';
    return 'drift';
}


/***/ }),

/***/ 61512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Re: () => (/* binding */ markCritical),
/* harmony export */   WA: () => (/* binding */ filterModel),
/* harmony export */   ey: () => (/* binding */ excludedRelations),
/* harmony export */   jg: () => (/* binding */ driftFilters)
/* harmony export */ });
/* unused harmony exports NO_FILTERS, isCriticalTable */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _model_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63359);
/**
 * drift.schemas, drift.ignore_tables and drift.critical_tables applied to a model before it is
 * compared (so the fix SQL never touches an ignored table), and the critical mark afterwards.
 */


const NO_FILTERS = { schemas: [], ignoreTables: [], criticalTables: [] };
/** Builds the filters from drift.* config; a bad pattern is a ConfigError naming it. */
function driftFilters(drift, configFile = 'schemagate.yml', extraIgnored = []) {
    const ignoreTables = drift.ignore_tables.map((p, i) => {
        try {
            return new RegExp(p);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(configFile, `drift.ignore_tables[${i}]`, `invalid regular expression ${JSON.stringify(p)}: ${err.message}`);
        }
    });
    const exact = extraIgnored.map((name) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    return {
        schemas: [...drift.schemas],
        ignoreTables: [...ignoreTables, ...exact],
        criticalTables: [...drift.critical_tables],
        bookkeeping: exact,
    };
}
function isCriticalTable(filters, schema, name) {
    return filters.criticalTables.some((c) => c === name || c === `${schema}.${name}`);
}
function isIgnoredRelation(filters, schema, name) {
    if (isCriticalTable(filters, schema, name))
        return false;
    return filters.ignoreTables.some((re) => re.test(name) || re.test(`${schema}.${name}`));
}
function inSchemas(filters, schema) {
    return filters.schemas.length === 0 || schema === null || filters.schemas.includes(schema);
}
function keep(map, ok) {
    const out = {};
    for (const [k, v] of Object.entries(map))
        if (ok(v))
            out[k] = v;
    return out;
}
/** Tables and views the filters leave out of `model` (not bookkeeping tables), sorted. */
function excludedRelations(model, filters) {
    const out = [];
    for (const group of [model.tables, model.views, model.materializedViews])
        for (const r of Object.values(group)) {
            if (filters.bookkeeping?.some((re) => re.test(r.name) || re.test(`${r.schema}.${r.name}`)))
                continue;
            if (!inSchemas(filters, r.schema) || isIgnoredRelation(filters, r.schema, r.name))
                out.push((0,_model_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .relKey */ .jO)(r.schema, r.name));
        }
    return out.sort();
}
/** The part of `model` the drift check looks at. */
function filterModel(model, filters) {
    if (filters.schemas.length === 0 && filters.ignoreTables.length === 0)
        return model;
    const ignoredKeys = new Set();
    const relOk = (r) => {
        const ok = inSchemas(filters, r.schema) && !isIgnoredRelation(filters, r.schema, r.name);
        if (!ok)
            ignoredKeys.add((0,_model_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .relKey */ .jO)(r.schema, r.name));
        return ok;
    };
    const tables = keep(model.tables, relOk);
    const views = keep(model.views, relOk);
    const materializedViews = keep(model.materializedViews, relOk);
    const inScope = (o) => inSchemas(filters, o.schema);
    return {
        ...model,
        schemas: keep(model.schemas, (s) => inSchemas(filters, s.name)),
        extensions: model.extensions,
        enums: keep(model.enums, inScope),
        domains: keep(model.domains, inScope),
        composites: keep(model.composites, inScope),
        sequences: keep(model.sequences, (s) => inScope(s) && !(s.ownedBy && ignoredKeys.has(s.ownedBy.table))),
        tables,
        indexes: keep(model.indexes, (i) => inScope(i) && !ignoredKeys.has(i.table)),
        views,
        materializedViews,
        routines: keep(model.routines, inScope),
        // Database-wide objects: only their parts inside the compared tables and schemas.
        publications: Object.fromEntries(Object.entries(model.publications ?? {}).map(([k, p]) => [
            k,
            {
                ...p,
                tables: keep(p.tables, (e) => !ignoredKeys.has(e.table)),
                schemas: p.schemas.filter((s) => inSchemas(filters, s)),
            },
        ])),
        defaultPrivileges: keep(model.defaultPrivileges ?? {}, (d) => inSchemas(filters, d.schema)),
        unsupported: model.unsupported.filter((u) => inSchemas(filters, u.id.schema) &&
            !(u.id.schema !== null && u.id.table !== null && ignoredKeys.has((0,_model_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .relKey */ .jO)(u.id.schema, u.id.table)))),
    };
}
/** Marks differences on critical tables (found in either model). */
function markCritical(diffs, filters, ...models) {
    if (filters.criticalTables.length === 0)
        return [...diffs];
    const critical = new Set();
    for (const m of models) {
        for (const rel of [
            ...Object.values(m.tables),
            ...Object.values(m.views),
            ...Object.values(m.materializedViews),
        ]) {
            if (isCriticalTable(filters, rel.schema, rel.name))
                critical.add((0,_model_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .relKey */ .jO)(rel.schema, rel.name));
        }
    }
    return diffs.map((d) => (d.table !== null && critical.has(d.table) ? { ...d, critical: true } : d));
}


/***/ }),

/***/ 28703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ byteOrder)
/* harmony export */ });
/** Bytewise string order: the same on every platform and locale, so reports and files are stable. */
function byteOrder(a, b) {
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
}


/***/ }),

/***/ 5022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   In: () => (/* binding */ STATE_LABELS),
/* harmony export */   Jn: () => (/* binding */ pairSubject),
/* harmony export */   xq: () => (/* binding */ pairTitle)
/* harmony export */ });
/* unused harmony export DRIFT_STATES */
/** declared: schema dir through the dev db; replayed: migrations on a fresh dev db; live: a URL; baseline: JSON file. */
const DRIFT_STATES = (/* unused pure expression or super */ null && (['declared', 'replayed', 'live', 'baseline']));
const STATE_LABELS = {
    declared: 'declared schema',
    replayed: 'migrations',
    live: 'live database',
    baseline: 'baseline',
};
function pairSubject(pair) {
    return `${pair.left}-vs-${pair.right}`;
}
function pairTitle(pair) {
    return `${STATE_LABELS[pair.left]} vs ${STATE_LABELS[pair.right]}`;
}


/***/ }),

/***/ 58812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ emptyModel)
/* harmony export */ });
/**
 * The schema model: plain, readonly data describing a PostgreSQL schema.
 *
 * THIS FILE IS THE CONTRACT SHARED WITH THE DIFF ENGINE (src/core/diff). Keep it stable: changes
 * are additive only, and each one is noted in the change log below.
 *
 * Conventions
 * - Every map is a `Record` keyed by `qualified(schema, name)` from src/core/sql/quote.ts (so
 *   `public.users`, or `"My Schema"."x y"` for names that need quoting); functions add their
 *   identity arguments: `public.f(integer, text)`. Objects that live inside a table (columns,
 *   constraints, triggers, policies) are keyed by their bare name inside the table.
 * - Names are stored unquoted (as in the catalog); SQL-text fields (`definition`, `default`, ...)
 *   are exactly what PostgreSQL's own pg_get_* / format_type functions print under an empty
 *   search_path, so every name inside them is schema-qualified.
 * - Absent optional facts are `null`, never `undefined`, so canonical JSON keeps every key.
 *
 * Change log (additive changes after the first version):
 * - View.definitionFingerprint added: compare views by it, not by `definition` text, which
 *   differs between PostgreSQL 15 and 16+ for the same view.
 * - SchemaModel.publications and SchemaModel.defaultPrivileges added (kinds `publication`,
 *   `defaultPrivilege`). A model read from an older baseline lacks them: treat absent as empty.
 */
function emptyModel(serverVersion = 0) {
    return {
        serverVersion,
        schemas: {},
        extensions: {},
        enums: {},
        domains: {},
        composites: {},
        sequences: {},
        tables: {},
        indexes: {},
        views: {},
        materializedViews: {},
        routines: {},
        publications: {},
        defaultPrivileges: {},
        unsupported: [],
    };
}


/***/ }),

/***/ 75533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QH: () => (/* binding */ BOOKKEEPING_SCHEMAS),
/* harmony export */   dY: () => (/* binding */ buildStates),
/* harmony export */   w_: () => (/* binding */ bookkeepingTables)
/* harmony export */ });
/* unused harmony exports declaredState, replayedState, liveState, baselineState */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_catalog_declared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41477);
/* harmony import */ var _core_catalog_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36524);
/* harmony import */ var _core_drift_baseline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13584);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _core_migrations_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24652);
/* harmony import */ var _devDatabase_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(61610);
/* harmony import */ var _migrationDir_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(66769);
/* harmony import */ var _sqlFiles_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(62197);
/**
 * Builds the schema states the drift check compares, one at a time: the embedded dev database is
 * one database per process and each open resets it, so a state is built, read into a model and
 * released before the next one starts.
 */









/** Schemas that only hold migration-tool bookkeeping, never part of the compared schema. */
const BOOKKEEPING_SCHEMAS = [..._core_catalog_index_js__WEBPACK_IMPORTED_MODULE_2__/* .BOOKKEEPING_SCHEMAS */ .QH];
/** Migration-tool bookkeeping tables: one list (src/core/catalog/bookkeeping.ts) for every command. */
function bookkeepingTables(project) {
    return (0,_core_catalog_index_js__WEBPACK_IMPORTED_MODULE_2__/* .bookkeepingTableNames */ .nc)(project.config.migrations.revisions_schema);
}
function introspectOptions(project) {
    const schemas = project.config.drift.schemas;
    return {
        includeSchemas: schemas.length > 0 ? schemas : undefined,
        excludeSchemas: BOOKKEEPING_SCHEMAS,
        ignore: (0,_core_catalog_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ignoredKinds */ .In)(project.config.ignore),
    };
}
async function declaredState(src) {
    const { project } = src;
    if (!project.config.schema) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(project.configFile ?? 'schemagate.yml', 'schema', 'the declared state needs `schema:` (a directory of *.sql files)');
    }
    const dir = project.path(project.config.schema);
    (0,_sqlFiles_js__WEBPACK_IMPORTED_MODULE_8__/* .requireDir */ .pt)(dir, 'schema', project.configFile);
    const files = await (0,_sqlFiles_js__WEBPACK_IMPORTED_MODULE_8__/* .parseSqlFiles */ .VH)((0,_sqlFiles_js__WEBPACK_IMPORTED_MODULE_8__/* .listSqlFiles */ .WP)(dir), (0,_sqlFiles_js__WEBPACK_IMPORTED_MODULE_8__/* .relativeTo */ .Mf)(project.root));
    const dev = await (0,_devDatabase_js__WEBPACK_IMPORTED_MODULE_6__.openDevDatabase)(src.devUrl);
    try {
        return (await (0,_core_catalog_declared_js__WEBPACK_IMPORTED_MODULE_1__/* .loadDeclaredSchema */ .k)(dev.db, files, introspectOptions(project))).model;
    }
    finally {
        await dev.dispose();
    }
}
async function replayedState(src) {
    const { project } = src;
    const dir = project.path(project.config.migrations.dir);
    const set = (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_5__/* .readMigrationSet */ .PJ)((0,_migrationDir_js__WEBPACK_IMPORTED_MODULE_7__/* .readMigrationDir */ .Oz)(dir, project.configFile), project.config.migrations.format, project.display(dir));
    const dev = await (0,_devDatabase_js__WEBPACK_IMPORTED_MODULE_6__.openDevDatabase)(src.devUrl);
    try {
        await (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_5__/* .replayMigrations */ .fM)(dev.db, set);
        return await (0,_core_catalog_index_js__WEBPACK_IMPORTED_MODULE_2__/* .introspect */ .qb)(dev.db, introspectOptions(project));
    }
    finally {
        await dev.dispose();
    }
}
async function liveState(src) {
    if (!src.liveUrl)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(src.project.configFile ?? 'schemagate.yml', 'database-url', 'the live state needs a database URL');
    const db = await src.openDb(src.liveUrl);
    try {
        return await (0,_core_catalog_index_js__WEBPACK_IMPORTED_MODULE_2__/* .introspect */ .qb)(db, introspectOptions(src.project));
    }
    finally {
        await db.close();
    }
}
function baselineState(src) {
    const file = src.baselinePath ?? src.project.config.drift.baseline;
    if (!file)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(src.project.configFile ?? 'schemagate.yml', 'drift.baseline', 'the baseline state needs drift.baseline or --baseline');
    const path = src.project.path(file);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(src.project.display(path), '', 'baseline file not found; write it with `schemagate baseline update`');
    }
    const model = (0,_core_drift_baseline_js__WEBPACK_IMPORTED_MODULE_3__/* .parseBaseline */ .nk)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'), src.project.display(path)).model;
    // A baseline written before `ignore` was set still holds the kinds the other states leave out.
    const ignore = src.project.config.ignore;
    return {
        ...model,
        publications: ignore.publications ? {} : model.publications,
        defaultPrivileges: ignore.default_privileges ? {} : model.defaultPrivileges,
    };
}
/** Builds each needed state in turn (declared, replayed, live, baseline). */
async function buildStates(needed, src) {
    const out = {};
    if (needed.has('baseline'))
        out.baseline = baselineState(src);
    if (needed.has('declared'))
        out.declared = await declaredState(src);
    if (needed.has('replayed'))
        out.replayed = await replayedState(src);
    if (needed.has('live'))
        out.live = await liveState(src);
    return out;
}


/***/ }),

/***/ 66769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ loadMigrationSet),
/* harmony export */   Oz: () => (/* binding */ readMigrationDir),
/* harmony export */   St: () => (/* binding */ runnerOptionsFor)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_config_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92946);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_migrations_common_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57992);
/* harmony import */ var _core_migrations_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24652);
/* harmony import */ var _sqlFiles_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(62197);
/** Reads a migration directory's top-level files (the formats never look into subdirectories). */







/**
 * The directory's top-level files with their text. `*.sql` files and atlas.sum go through
 * readSqlText (NUL and invalid UTF-8 refused); a symlink to a file inside the repository is
 * followed; anything named `*.sql` that is not a readable regular file is an error naming it.
 */
function readMigrationDir(dir, configFile = 'schemagate.yml', label = dir, root = (0,_sqlFiles_js__WEBPACK_IMPORTED_MODULE_6__/* .repositoryRootOf */ .Ko)(dir)) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory()) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(configFile, 'migrations.dir', `migration directory not found: ${dir}`);
    }
    const show = (p) => (0,_core_migrations_common_js__WEBPACK_IMPORTED_MODULE_4__/* .joinPath */ .uJ)(label, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(dir, p));
    const out = [];
    const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
    for (const e of entries) {
        const claimed = e.name.endsWith('.sql') || e.name === _core_migrations_index_js__WEBPACK_IMPORTED_MODULE_5__/* .ATLAS_SUM */ .Si;
        const kind = (0,_sqlFiles_js__WEBPACK_IMPORTED_MODULE_6__/* .entryKind */ .FY)(dir, e, root, claimed, show);
        if (kind === 'directory' && claimed) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${show((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name))}: a directory named like a migration file; migrations are the files directly in ${label}`);
        }
        if (kind !== 'file')
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name);
        out.push({
            name: e.name,
            content: claimed ? (0,_sqlFiles_js__WEBPACK_IMPORTED_MODULE_6__/* .readSqlText */ .Yb)(path, show(path)) : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'),
        });
    }
    return out;
}
/** Reads the project's migration directory into a set, honouring input/flag overrides. */
function loadMigrationSet(project, overrides = {}) {
    const { config } = project;
    const format = overrides.format || config.migrations.format;
    if (!_core_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MIGRATION_FORMATS */ .sN.includes(format)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(project.configFile ?? 'schemagate.yml', 'migrations.format', `unknown format ${JSON.stringify(format)}; one of ${_core_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MIGRATION_FORMATS */ .sN.join(', ')}`);
    }
    const dir = project.path(overrides.dir || config.migrations.dir);
    const files = readMigrationDir(dir, project.configFile, project.display(dir), (0,_sqlFiles_js__WEBPACK_IMPORTED_MODULE_6__/* .repositoryRootOf */ .Ko)(dir, project.root));
    return (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_5__/* .readMigrationSet */ .PJ)(files, format, project.display(dir));
}
function duration(value, file, key) {
    try {
        return (0,_core_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(value);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(file, key, `not a duration: ${JSON.stringify(value)} (e.g. 500ms, 10s, 2min)`);
    }
}
/** Runner settings from migrations.* in the config, with overrides from inputs or flags. */
function runnerOptionsFor(set, config, configFile, overrides = {}) {
    const m = config.migrations;
    const file = configFile ?? 'schemagate.yml';
    return {
        set,
        revisionsSchema: m.revisions_schema,
        lockTimeoutMs: duration(overrides.lockTimeout || m.lock_timeout, overrides.lockTimeout ? 'input' : file, overrides.lockTimeout ? 'lock-timeout' : 'migrations.lock_timeout'),
        statementTimeoutMs: duration(overrides.statementTimeout || m.statement_timeout, overrides.statementTimeout ? 'input' : file, overrides.statementTimeout ? 'statement-timeout' : 'migrations.statement_timeout'),
        advisoryLockTimeoutMs: duration(m.advisory_lock_timeout, file, 'migrations.advisory_lock_timeout'),
        allowOutOfOrder: m.allow_out_of_order,
    };
}


/***/ }),

/***/ 413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gi: () => (/* binding */ loadProject)
/* harmony export */ });
/* harmony import */ var _projectConfig_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53733);
/* harmony import */ var _projectCore_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61746);
/**
 * loadProject: the project (config, paths, repository root) every command and stage starts from.
 * The logic is in projectCore.ts; this module adds the config readers, loaded up front.
 */



function loadProject(options) {
    return (0,_projectCore_js__WEBPACK_IMPORTED_MODULE_1__/* .loadProjectWith */ .ce)(options, _projectConfig_js__WEBPACK_IMPORTED_MODULE_0__.configReaders);
}


/***/ })

};
