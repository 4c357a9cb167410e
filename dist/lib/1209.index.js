export const id = 1209;
export const ids = [1209];
export const modules = {

/***/ 81209:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rollbackCommand: () => (/* binding */ rollbackCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/migrations/render.ts
var render = __webpack_require__(97929);
// EXTERNAL MODULE: ./src/core/release/events.ts
var events = __webpack_require__(86640);
// EXTERNAL MODULE: ./src/db/index.ts
var src_db = __webpack_require__(61370);
// EXTERNAL MODULE: ./src/neon/port.ts
var port = __webpack_require__(74237);
// EXTERNAL MODULE: ./src/neon/restoreApi.ts
var restoreApi = __webpack_require__(47864);
// EXTERNAL MODULE: ./src/neon/restorePoint.ts
var restorePoint = __webpack_require__(89602);
// EXTERNAL MODULE: ./src/neon/retry.ts
var retry = __webpack_require__(8949);
// EXTERNAL MODULE: ./src/runtime/driftStates.ts
var driftStates = __webpack_require__(75533);
// EXTERNAL MODULE: ./src/runtime/migrationDir.ts
var migrationDir = __webpack_require__(66769);
// EXTERNAL MODULE: ./src/runtime/project.ts
var runtime_project = __webpack_require__(413);
// EXTERNAL MODULE: ./src/core/lint/ast.ts
var ast = __webpack_require__(43013);
// EXTERNAL MODULE: ./src/core/migrations/index.ts + 16 modules
var migrations = __webpack_require__(24652);
// EXTERNAL MODULE: ./src/core/release/destructiveTables.ts
var destructiveTables = __webpack_require__(78276);
// EXTERNAL MODULE: ./src/core/sql/index.ts + 4 modules
var sql = __webpack_require__(79585);
;// CONCATENATED MODULE: ./src/runtime/rollback.ts






/** What rolling back to `to` runs: the applied migrations after it, newest first. */
async function planDownTo(db, options, to) {
    await (0,sql/* loadSqlParser */.Ok)();
    const status = await (0,migrations/* migrationStatus */.vd)(db, options);
    const applied = status.state.applied.filter((a) => !a.migration.repeatable);
    const index = to === '0' ? -1 : applied.findIndex((a) => a.migration.version === to);
    if (index === -1 && to !== '0') {
        throw new errors/* InputError */.dz(`rollback --to ${to}: no applied migration has that version (applied: ${applied.map((a) => a.migration.version).join(', ') || 'none'}; 0 rolls back everything)`);
    }
    const after = applied.slice(index + 1).reverse();
    return {
        from: status.state.currentVersion,
        to,
        steps: after.map((a) => ({
            version: a.migration.version,
            file: a.migration.down?.file ?? a.migration.up.file,
            hasDown: Boolean(a.migration.down),
            destroys: a.migration.down ? (0,destructiveTables/* destructiveTables */.aH)((0,migrations/* partStatements */.Yi)(a.migration.down)).map(ast/* tableLabel */.Fr) : [],
            appliedAt: a.row.applied_at,
        })),
    };
}
function downPlanText(plan) {
    if (plan.steps.length === 0)
        return [`rollback: already at version ${plan.to}; nothing to roll back`];
    const lines = [
        `rollback: from version ${plan.from ?? 'none'} to ${plan.to}, running ${plan.steps.length} down part(s):`,
    ];
    for (const s of plan.steps) {
        lines.push(`  - ${s.version}: ${s.hasDown ? s.file : `${s.file} has NO down part`}${s.destroys.length ? ` (destroys data in ${s.destroys.join(', ')})` : ''}`);
    }
    return lines;
}
async function runDownTo(db, options, plan, eventsTable) {
    const missing = plan.steps.filter((s) => !s.hasDown);
    if (missing.length > 0) {
        throw new errors/* InputError */.dz(`rollback: ${missing.map((s) => s.file).join(', ')} ${missing.length === 1 ? 'has' : 'have'} no down part; nothing was rolled back. Restore the Neon branch instead (schemagate rollback --restore-point ...) or write a forward fix.`);
    }
    const report = await (0,migrations/* migrateDown */.Y4)(db, { ...options, count: plan.steps.length });
    if (!report.failure && plan.steps.length > 0) {
        await db.session((c) => new events/* ReleaseEvents */.r(options.revisionsSchema, eventsTable).record(c, {
            kind: 'rollback',
            version: plan.from ?? '',
            detail: `down migrations to ${plan.to}`,
            // The oldest change undone went live first: the failure started there.
            deployedAt: plan.steps.at(-1)?.appliedAt ?? null,
        }));
    }
    return report;
}
/** Timestamp columns that say when a row was written, by convention. */
const WRITE_COLUMNS = ['updated_at', 'modified_at', 'created_at', 'inserted_at'];
/**
 * Rows written since `since` in every table that has one of the conventional timestamp columns
 * (updated_at preferred); the other tables cannot be read this way and are counted separately.
 */
async function rowsWrittenSince(db, since, excludeSchemas) {
    const cols = await db.query(`SELECT c.table_schema AS schema, c.table_name AS table, c.column_name AS column
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE t.table_type = 'BASE TABLE'
        AND c.table_schema NOT IN ('pg_catalog', 'information_schema') AND NOT (c.table_schema = ANY($1::text[]))
        AND c.column_name = ANY($2::text[])
        AND c.data_type IN ('timestamp with time zone', 'timestamp without time zone')`, [[...excludeSchemas], WRITE_COLUMNS]);
    const best = new Map();
    for (const c of cols.rows) {
        const key = `${c.schema}.${c.table}`;
        const prev = best.get(key);
        if (!prev || WRITE_COLUMNS.indexOf(c.column) < WRITE_COLUMNS.indexOf(prev.column))
            best.set(key, c);
    }
    const all = await db.query(`SELECT count(*)::int AS n FROM information_schema.tables
      WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') AND NOT (table_schema = ANY($1::text[]))`, [[...excludeSchemas]]);
    const counts = [];
    for (const c of [...best.values()].sort((a, b) => `${a.schema}.${a.table}`.localeCompare(`${b.schema}.${b.table}`))) {
        const r = await db.query(`SELECT count(*)::int AS n FROM ${(0,sql/* qualified */.LX)(c.schema, c.table)} WHERE ${(0,sql/* quoteIdent */.v4)(c.column)} >= $1::timestamptz`, [since]);
        counts.push({ table: `${c.schema}.${c.table}`, column: c.column, rows: r.rows[0].n });
    }
    return { counts, unreadable: Number(all.rows[0].n) - counts.length };
}
function restorePlanText(plan, now, written) {
    const source = plan.timestamp
        ? `its own history at ${plan.timestamp}`
        : `restore point ${plan.source.name} (${plan.source.id})`;
    const lines = [
        `rollback: restore Neon branch ${plan.target.name} (${plan.target.id}) from ${source}`,
        plan.since
            ? `  discards every write to ${plan.target.name} from ${plan.since} to now (${now.toISOString().replace(/\.\d{3}Z$/, 'Z')})`
            : `  discards every write to ${plan.target.name} since the restore point was taken (its creation time is not known)`,
        `  the current state is kept as branch ${plan.preserveUnderName} (to copy rows back from, or to undo the restore)`,
    ];
    if (written) {
        for (const c of written.counts)
            lines.push(`  ${c.table}: ${c.rows} row(s) written since (by ${c.column})`);
        if (written.unreadable > 0)
            lines.push(`  ${written.unreadable} table(s) have no created_at/updated_at column: their writes since cannot be counted`);
    }
    else {
        lines.push('  rows written since: not counted (pass --url of the production database to count them)');
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/cli/commands/rollback.ts













const USAGE = `schemagate rollback --to <version> [--url <url>] [--yes]
schemagate rollback (--restore-point <name|id> | --to-time <RFC 3339>) [--production-branch <branch>]
                    [--neon-project-id <id>] [--url <url>] [--yes]

  --to <version>        run the down parts of every migration applied after <version> (0: all)
  --restore-point <b>   restore the production Neon branch from this restore point branch
                        (taken by \`migrate --restore-point\` or the migrate action on push)
  --to-time <time>      restore the production Neon branch to its own state at this time
  --yes                 do it; without it, print what would happen and change nothing

Neon needs NEON_API_KEY and a project (neon.project_id or --neon-project-id); production is
--production-branch, release.production_branch or the project's default branch. With --url the
dry run counts the rows written since (tables with created_at/updated_at), and the rollback is
recorded for \`schemagate dora\`. Runbook: docs/rollback.md.
Exit codes: 0 ok (or dry run), 1 a down migration failed, 2 bad input.`;
const rollbackCommand = {
    name: 'rollback',
    summary: 'Roll back by down migrations to a version, or by a Neon restore of production',
    usage: USAGE,
    async run(args, io) {
        const { values } = (0,external_node_util_.parseArgs)({
            args,
            options: {
                to: { type: 'string' },
                'restore-point': { type: 'string' },
                'to-time': { type: 'string' },
                'production-branch': { type: 'string' },
                'neon-project-id': { type: 'string' },
                url: { type: 'string' },
                yes: { type: 'boolean', default: false },
                dir: { type: 'string' },
                format: { type: 'string' },
                config: { type: 'string', short: 'c' },
            },
            allowPositionals: false,
        });
        const paths = [values.to, values['restore-point'], values['to-time']].filter((v) => v !== undefined);
        if (paths.length !== 1)
            throw new errors/* InputError */.dz('rollback: give exactly one of --to <version>, --restore-point <branch>, --to-time <time>');
        const project = (0,runtime_project/* loadProject */.gi)({ root: io.cwd, config: values.config, env: io.env });
        const url = values.url || io.env.DATABASE_URL;
        const eventsTable = project.config.release.events_table;
        const now = new Date();
        if (values.to !== undefined) {
            if (!url)
                throw new errors/* ConfigError */.xL('--url', '', 'no database: pass --url <postgres://...> or set DATABASE_URL');
            const overrides = { dir: values.dir, format: values.format };
            const set = (0,migrationDir/* loadMigrationSet */.B_)(project, overrides);
            const options = (0,migrationDir/* runnerOptionsFor */.St)(set, project.config, project.configFile, overrides);
            let db;
            try {
                db = await (0,src_db/* openDb */.bI)(url, 'schemagate rollback');
                const plan = await planDownTo(db, options, values.to);
                for (const line of downPlanText(plan))
                    io.out(line);
                if (!values.yes || plan.steps.length === 0) {
                    if (plan.steps.length > 0)
                        io.out('dry run: nothing changed; pass --yes to roll back');
                    return 0;
                }
                const report = await runDownTo(db, options, plan, eventsTable);
                (report.failure ? io.err : io.out)((0,render/* downText */.oY)(report));
                return report.failure ? 1 : 0;
            }
            finally {
                await db?.close();
                await (0,src_db/* closeEmbedded */.FM)();
            }
        }
        const apiKey = io.env.NEON_API_KEY;
        const projectId = values['neon-project-id'] || project.config.neon.project_id;
        if (!apiKey)
            throw new errors/* InputError */.dz('rollback by Neon restore needs NEON_API_KEY (a Neon API key)');
        if (!projectId)
            throw new errors/* ConfigError */.xL(project.configFile ?? 'schemagate.yml', 'neon.project_id', 'required (or pass --neon-project-id)');
        const timestamp = values['to-time'];
        if (timestamp !== undefined) {
            const t = Date.parse(timestamp);
            if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(timestamp) ||
                Number.isNaN(t))
                throw new errors/* InputError */.dz(`--to-time must be an RFC 3339 time such as 2026-01-31T12:00:00Z, got ${JSON.stringify(timestamp)}`);
            if (t > now.getTime())
                throw new errors/* InputError */.dz(`--to-time ${timestamp} is in the future`);
        }
        const neon = (0,restoreApi/* neonReleasePort */.X)({
            apiKey,
            projectId,
            apiHost: io.env.NEON_API_HOST || 'https://console.neon.tech/api/v2',
            retry: {
                sleep: retry/* realSleep */.uk,
                onRetry: (why, ms) => io.err(`Neon: ${why}; retrying in ${Math.round(ms / 1000)} s`),
            },
        });
        try {
            const plan = await (0,restorePoint/* planRestore */.q8)(neon, {
                target: values['production-branch'] || project.config.release.production_branch,
                restorePoint: values['restore-point'],
                timestamp: timestamp && new Date(Date.parse(timestamp)).toISOString().replace(/\.000Z$/, 'Z'),
                now,
            });
            let written;
            if (url && plan.since) {
                const db = await (0,src_db/* openDb */.bI)(url, 'schemagate rollback');
                try {
                    written = await rowsWrittenSince(db, plan.since, driftStates/* BOOKKEEPING_SCHEMAS */.QH);
                }
                finally {
                    await db.close();
                }
            }
            for (const line of restorePlanText(plan, now, written))
                io.out(line);
            if (!values.yes) {
                io.out('dry run: nothing changed; pass --yes to restore');
                return 0;
            }
            await (0,restorePoint/* executeRestore */.S7)({ neon, sleep: retry/* realSleep */.uk, log: (m) => io.err(m) }, plan);
            io.out(`rollback: ${plan.target.name} restored; the previous state is branch ${plan.preserveUnderName}`);
            if (url) {
                const db = await (0,src_db/* openDb */.bI)(url, 'schemagate rollback');
                try {
                    await db.session((c) => new events/* ReleaseEvents */.r(project.config.migrations.revisions_schema, eventsTable).record(c, {
                        kind: 'restore',
                        version: '',
                        detail: timestamp ? `restored to ${timestamp}` : `restored from ${plan.source.name}`,
                        // A restore point is taken just before the release it protects.
                        deployedAt: timestamp ? null : (plan.since ?? null),
                    }));
                }
                finally {
                    await db.close();
                }
            }
            io.out('verify: see docs/rollback.md (schemagate migrate status, schemagate drift, application checks)');
            return 0;
        }
        catch (err) {
            if (err instanceof port/* NeonInputError */.V)
                throw new errors/* InputError */.dz(err.message);
            throw err;
        }
    },
};


/***/ }),

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

/***/ 43013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ typeLabel),
/* harmony export */   Eu: () => (/* binding */ refFromNames),
/* harmony export */   Fr: () => (/* binding */ tableLabel),
/* harmony export */   Im: () => (/* binding */ constraintsOf),
/* harmony export */   Kb: () => (/* binding */ excerpt),
/* harmony export */   MR: () => (/* binding */ classifyDefault),
/* harmony export */   OD: () => (/* binding */ nameList),
/* harmony export */   UK: () => (/* binding */ lastName),
/* harmony export */   c_: () => (/* binding */ tableOf),
/* harmony export */   dS: () => (/* binding */ tableSql),
/* harmony export */   gy: () => (/* binding */ columnTypeOf),
/* harmony export */   ih: () => (/* binding */ tableKey),
/* harmony export */   nz: () => (/* binding */ col),
/* harmony export */   rh: () => (/* binding */ defaultExpr),
/* harmony export */   s2: () => (/* binding */ columnDefTypeSql),
/* harmony export */   sy: () => (/* binding */ alterCmds),
/* harmony export */   xn: () => (/* binding */ typeSql)
/* harmony export */ });
/* unused harmony export hasConstraint */
/* harmony import */ var _sql_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79585);
/* harmony import */ var _functions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84320);
/** Small readers over the libpg-query (PostgreSQL 18) parse tree, shared by the rules. */


function tableOf(rangeVar) {
    if (!rangeVar?.relname)
        return undefined;
    return rangeVar.schemaname
        ? { schema: rangeVar.schemaname, name: rangeVar.relname }
        : { name: rangeVar.relname };
}
/** Identity of a table for lookups; unqualified names are taken to be in `public`. */
const tableKey = (t) => `${t.schema ?? 'public'}.${t.name}`;
/** The table as written, for messages. */
const tableLabel = (t) => (t.schema ? `${t.schema}.${t.name}` : t.name);
/** The table as SQL, every part quoted as needed. */
const tableSql = (t) => t.schema ? (0,_sql_index_js__WEBPACK_IMPORTED_MODULE_0__/* .qualified */ .LX)(t.schema, t.name) : (0,_sql_index_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdent */ .v4)(t.name);
/** A dotted name from a list of String nodes (DROP objects, type names). */
function nameList(items) {
    return (items ?? []).map((i) => i?.String?.sval).filter((s) => typeof s === 'string');
}
/** The last name of a list of String nodes: `nameList(items).at(-1)` without building the list. */
function lastName(items) {
    if (!items)
        return undefined;
    for (let i = items.length - 1; i >= 0; i--) {
        const s = items[i]?.String?.sval;
        if (typeof s === 'string')
            return s;
    }
    return undefined;
}
function refFromNames(names) {
    return names.length > 1
        ? { schema: names[names.length - 2], name: names[names.length - 1] }
        : { name: names[0] };
}
const TYPE_ALIASES = {
    int: 'int4',
    integer: 'int4',
    smallint: 'int2',
    bigint: 'int8',
    'character varying': 'varchar',
    decimal: 'numeric',
    timestamp: 'timestamp',
    'timestamp without time zone': 'timestamp',
    'timestamp with time zone': 'timestamptz',
    float: 'float8',
    real: 'float4',
    'double precision': 'float8',
    boolean: 'bool',
    // Quoted spellings ("char"(100), "character"(255)) reach us as written, not as bpchar.
    char: 'bpchar',
    character: 'bpchar',
    'time with time zone': 'timetz',
    'time without time zone': 'time',
};
function columnTypeOf(typeName) {
    if (!typeName)
        return undefined;
    const raw = (lastName(typeName.names) ?? '').toLowerCase();
    const mods = typeName.typmods ? typeName.typmods.map((m) => m?.A_Const?.ival?.ival ?? 0) : [];
    return { name: TYPE_ALIASES[raw] ?? raw, mods, array: Boolean(typeName.arrayBounds?.length) };
}
// Canonical catalog names back to the spelling people write.
const WRITTEN = {
    int2: 'smallint',
    int4: 'integer',
    int8: 'bigint',
    bpchar: 'char',
    float8: 'double precision',
    float4: 'real',
    bool: 'boolean',
};
function typeLabel(t) {
    return `${WRITTEN[t.name] ?? t.name}${t.mods.length ? `(${t.mods.join(',')})` : ''}${t.array ? '[]' : ''}`;
}
function constraintsOf(columnDef) {
    const out = [];
    for (const c of columnDef?.constraints ?? [])
        if (c.Constraint)
            out.push(c.Constraint);
    return out;
}
const hasConstraint = (columnDef, contype) => constraintsOf(columnDef).some((c) => c.contype === contype);
function defaultExpr(columnDef) {
    for (const c of columnDef?.constraints ?? [])
        if (c.Constraint?.contype === 'CONSTR_DEFAULT')
            return c.Constraint.raw_expr;
    return undefined;
}
/** The ALTER TABLE sub-commands of a statement, with their subtype. */
function alterCmds(ast) {
    if (!ast || typeof ast !== 'object')
        return [];
    // A dozen rules read the sub-commands of each ALTER TABLE, one statement after the other:
    // remembering the last one is enough (a WeakMap of every statement cost more in GC than it saved).
    if (ast !== lastAlter) {
        const cmds = [];
        for (const c of ast.cmds ?? [])
            if (c.AlterTableCmd)
                cmds.push(c.AlterTableCmd);
        lastAlter = ast;
        lastCmds = cmds;
    }
    return lastCmds;
}
let lastAlter;
let lastCmds = [];
/**
 * How a DEFAULT expression behaves when a column is added to existing rows. A function that is
 * neither a known built-in nor declared stable/immutable by the user counts as volatile (a rewrite
 * on every version): PostgreSQL's own default for CREATE FUNCTION is VOLATILE.
 */
function classifyDefault(expr, lookup) {
    let kind = 'constant';
    const rank = { constant: 0, stable: 1, unknown: 2, volatile: 3 };
    const raise = (k) => {
        if (rank[k] > rank[kind])
            kind = k;
    };
    const walk = (n) => {
        if (n === null || typeof n !== 'object')
            return;
        if (Array.isArray(n)) {
            n.forEach(walk);
            return;
        }
        if (n.FuncCall) {
            const fname = nameList(n.FuncCall.funcname).pop()?.toLowerCase() ?? '';
            const args = n.FuncCall.args?.length ?? 0;
            // A built-in name with arguments it does not take (now(123)) is some other function: unknown.
            const v = (0,_functions_js__WEBPACK_IMPORTED_MODULE_1__/* .isBuiltinFunction */ .gl)(fname) ? (0,_functions_js__WEBPACK_IMPORTED_MODULE_1__/* .builtinVolatility */ .ZN)(fname, args) : lookup?.(fname);
            raise(v === 'immutable' || v === 'stable' ? 'stable' : 'volatile');
        }
        if (n.SQLValueFunction)
            raise('stable');
        if (n.SubLink)
            raise('unknown');
        // for...in, not Object.values: no array per node (parse-tree objects have only own keys).
        for (const k in n)
            walk(n[k]);
    };
    walk(expr);
    return kind;
}
/** Whitespace other than a single space: what excerpt() has to normalise. */
const ODD_SPACE = /[^\S ]| {2}/;
/** The statement on one line, shortened for tables and status lines. */
function excerpt(text, max = 120) {
    // Only the start is shown: do not normalise the whole of a long statement.
    const cut = text.length > max * 2;
    const head = cut ? text.slice(0, max * 2) : text;
    // Most statements are already on one line with single spaces: nothing to replace.
    const one = (ODD_SPACE.test(head) ? head.replace(/\s+/g, ' ') : head).trim();
    return one.length <= max && !cut ? one : `${one.slice(0, max - 1)}…`;
}
const col = (name) => (0,_sql_index_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdent */ .v4)(name);
const BUILTIN_TYPES = new Set('int2 int4 int8 smallint integer bigint serial bigserial smallserial numeric float4 float8 bool boolean text varchar bpchar timestamp timestamptz date time timetz interval uuid json jsonb bytea inet cidr macaddr money xml tsvector oid'.split(' '));
/** A column type as SQL: built-in names bare, any other name quoted. */
function typeSql(t) {
    const base = WRITTEN[t.name] ?? (BUILTIN_TYPES.has(t.name) ? t.name : (0,_sql_index_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdent */ .v4)(t.name));
    return `${base}${t.mods.length ? `(${t.mods.join(',')})` : ''}${t.array ? '[]' : ''}`;
}
/** The type of a ColumnDef as SQL, for safe-alternative steps. */
function columnDefTypeSql(columnDef) {
    const t = columnTypeOf(columnDef?.typeName);
    return t ? typeSql(t) : 'text';
}


/***/ }),

/***/ 84320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZN: () => (/* binding */ builtinVolatility),
/* harmony export */   gl: () => (/* binding */ isBuiltinFunction),
/* harmony export */   iq: () => (/* binding */ declaredVolatility)
/* harmony export */ });
const VOLATILE = [
    'random',
    'random_normal',
    'gen_random_uuid',
    'uuid_generate_v1',
    'uuid_generate_v1mc',
    'uuid_generate_v4',
    'uuidv4',
    'uuidv7',
    'clock_timestamp',
    'timeofday',
    'nextval',
    'txid_current',
    'setseed',
    'gen_random_bytes',
];
const STABLE = [
    'now',
    'transaction_timestamp',
    'statement_timestamp',
    'current_setting',
    'to_timestamp',
    'current_database',
    'current_schema',
    'to_char',
    'date_part',
    'age',
    'jsonb_build_object',
    'json_build_object',
    'jsonb_build_array',
    'json_build_array',
    'concat',
    'concat_ws',
    'format',
];
const IMMUTABLE = [
    'lower',
    'upper',
    'coalesce',
    'nullif',
    'greatest',
    'least',
    'length',
    'abs',
    'round',
    'trim',
    'btrim',
    'ltrim',
    'rtrim',
    'substring',
    'substr',
    'replace',
    'md5',
    'make_interval',
    'make_date',
    'make_timestamp',
    'array',
    'jsonb',
    'to_jsonb',
    'int4',
    'int8',
    'numeric',
    'text',
];
const BUILTIN = new Map([
    ...VOLATILE.map((n) => [n, 'volatile']),
    ...STABLE.map((n) => [n, 'stable']),
    ...IMMUTABLE.map((n) => [n, 'immutable']),
]);
/** Built-ins that take no argument: `now(123)` is not the function we know, so it is unknown. */
const NO_ARGS = new Set(['now', 'transaction_timestamp', 'statement_timestamp', 'clock_timestamp', 'random']);
const isBuiltinFunction = (name) => BUILTIN.has(name.toLowerCase());
function builtinVolatility(name, argCount) {
    const n = name.toLowerCase();
    if (argCount !== undefined && argCount > 0 && NO_ARGS.has(n))
        return undefined;
    return BUILTIN.get(n);
}
/**
 * Volatility of the functions a set of SQL files declares (CREATE FUNCTION ... STABLE), e.g. the
 * declared schema directory; PostgreSQL's default for a function without a marker is VOLATILE.
 */
function declaredVolatility(files) {
    const out = new Map();
    for (const f of files) {
        for (const s of f.statements) {
            if (s.kind !== 'CreateFunctionStmt')
                continue;
            const names = (s.ast.funcname ?? []).map((n) => n?.String?.sval).filter(Boolean);
            const name = names.at(-1)?.toLowerCase();
            if (!name)
                continue;
            const v = (s.ast.options ?? []).map((o) => o.DefElem).find((d) => d?.defname === 'volatility')
                ?.arg?.String?.sval;
            out.set(name, v === 'immutable' || v === 'stable' ? v : 'volatile');
        }
    }
    return out;
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

/***/ 86640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ ReleaseEvents)
/* harmony export */ });
/* harmony import */ var _sql_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79585);

class ReleaseEvents {
    table;
    constructor(schema, name) {
        this.table = (0,_sql_index_js__WEBPACK_IMPORTED_MODULE_0__/* .qualified */ .LX)(schema, name);
    }
    async ensure(conn) {
        await conn.exec(`CREATE TABLE IF NOT EXISTS ${this.table} (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  kind text NOT NULL CHECK (kind IN ('rollback', 'restore', 'failure')),
  version text NOT NULL DEFAULT '',
  detail text NOT NULL DEFAULT '',
  deployed_at timestamptz
)`);
    }
    async record(conn, e) {
        await this.ensure(conn);
        await conn.query(`INSERT INTO ${this.table} (at, kind, version, detail, deployed_at) VALUES (coalesce($1::timestamptz, now()), $2, $3, $4, $5::timestamptz)`, [e.at ?? null, e.kind, e.version, e.detail, e.deployedAt ?? null]);
    }
    async read(conn) {
        const exists = await conn.query('SELECT to_regclass($1)::text AS t', [this.table]);
        if (exists.rows[0]?.t == null)
            return [];
        const iso = (c) => `to_char(${c} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
        const r = await conn.query(`SELECT kind, version, detail, ${iso('at')} AS at, ${iso('deployed_at')} AS "deployedAt" FROM ${this.table} ORDER BY at, id`);
        return r.rows;
    }
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
