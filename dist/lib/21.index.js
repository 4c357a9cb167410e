export const id = 21;
export const ids = [21];
export const modules = {

/***/ 10021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   configJsonSchema: () => (/* binding */ configJsonSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98439);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47967);


function configJsonSchema() {
    return {
        ...zod__WEBPACK_IMPORTED_MODULE_1__/* .toJSONSchema */ .bl(_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .configSchema */ .Qn, { io: 'input', unrepresentable: 'any' }),
        $id: 'https://schemagate.dev/schemagate.schema.json',
        title: 'schemagate.yml',
    };
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

/***/ 47967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qn: () => (/* binding */ configSchema),
/* harmony export */   sN: () => (/* binding */ MIGRATION_FORMATS)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88532);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12311);
/* harmony import */ var _riskLevels_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71320);
/**
 * The schema of schemagate.yml. Every key has a default; unknown keys are rejected. The same
 * schema is published as JSON Schema (schemagate.schema.json) so editors can complete the file.
 */


// zod compiles a fast path for each object schema (new Function) on its first parse; the config
// is parsed once per process, so the compile costs more than it saves (lint of one file: ~3 ms).
zod__WEBPACK_IMPORTED_MODULE_0__/* .config */ .$W({ jitless: true });

const MIGRATION_FORMATS = ['auto', 'atlas', 'golang-migrate', 'dbmate', 'flyway', 'plain'];
const duration = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^\d+(ms|s|min|m|h|d)?$/, 'a duration such as 500ms, 5s, 2min, 1h, 7d'),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0),
])
    .describe('A duration: a number of milliseconds or a string such as 5s, 2min, 1h, 7d.');
const regexString = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().superRefine((s, ctx) => {
    try {
        new RegExp(s);
    }
    catch (err) {
        ctx.addIssue({
            code: 'custom',
            message: `invalid regular expression ${JSON.stringify(s)}: ${err.message}`,
        });
    }
});
const principals = zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^@?[A-Za-z0-9-]+(\/[A-Za-z0-9_.-]+)?$/, 'a GitHub login or an org/team slug'))
    .default([])
    .describe('GitHub logins (user) or team slugs (org/team) whose approval counts.');
/** One group of governance.approvers: a team, a list of users, or the code owners of the changed files. */
const approverGroup = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        team: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
            .regex(/^@?[A-Za-z0-9-]+\/[A-Za-z0-9_.-]+$/, 'an org/team slug such as acme/data-platform'),
    }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        users: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^@?[A-Za-z0-9][A-Za-z0-9-]*$/, 'a GitHub login'))
            .min(1, 'at least one login'),
    }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ owners: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(true) }),
])
    .describe('{team: org/slug}, {users: [login, ...]} or {owners: true} (CODEOWNERS of the changed schema and migration files; lint.owners overrides).');
const approvalRule = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    count: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).default(1).describe('How many approvals are needed.'),
    from: principals,
    distinct_teams: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
        .default(false)
        .describe('Dual approval: each approval must come from a different entry of `from`.'),
});
const migrations = zod__WEBPACK_IMPORTED_MODULE_1__/* .preprocess */ .vkY((v) => (typeof v === 'string' ? { dir: v } : v), zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    dir: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).default('db/migrations').describe('Directory of versioned migrations.'),
    format: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(MIGRATION_FORMATS).default('auto'),
    revisions_schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .default('public')
        .describe('Schema of the schemagate_revisions table.'),
    allow_out_of_order: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false),
    lock_timeout: duration.default('10s').describe('lock_timeout set for every migration statement.'),
    statement_timeout: duration
        .default(0)
        .describe('statement_timeout for every migration statement (0 = none).'),
    advisory_lock_timeout: duration.default('60s').describe('How long a second run waits for the first.'),
    require_down: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
        .default(false)
        .describe('Every new migration needs a down part (lint finding otherwise; exempt with `-- schemagate:no-down <reason>`), and its round trip is verified.'),
    verify_down: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
        .default(false)
        .describe('Verify the round trip (up, down, up) of each new migration on the pull request database.'),
})
    .prefault({}));
const configSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().describe('Directory of declarative *.sql files: the desired state.'),
    migrations,
    dev_url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('A disposable database to normalise the declared schema (default: embedded PGlite).'),
    mode: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['canary', 'strict']).default('canary'),
    ignore: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        publications: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
            .default(false)
            .describe('Leave publications out of every comparison (diff, new, inspect, drift, check): e.g. replication set up outside the declared schema.'),
        default_privileges: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
            .default(false)
            .describe('Leave default privileges (ALTER DEFAULT PRIVILEGES) out of every comparison.'),
    })
        .prefault({})
        .describe('Object kinds that are never read, compared or planned.'),
    drift: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        ignore_tables: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(regexString).default([]),
        critical_tables: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).default([]),
        schemas: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).default([]),
        baseline: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
        bypass_label: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).default('schemagate:emergency-bypass'),
        metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().describe('Path of a Prometheus text file to write.'),
        pairs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
            .regex(/^(declared|replayed|live|baseline):(declared|replayed|live|baseline)$/, 'a pair such as replayed:live'))
            .default([])
            .describe('Pairs of states to compare (reference:checked); empty: declared:replayed, replayed:live with a URL, baseline:live (or baseline:replayed).'),
        strict_blocks: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['breaking', 'any'])
            .default('breaking')
            .describe('What strict mode blocks: breaking differences only (default), or any difference.'),
        new_table_notify: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^@?[A-Za-z0-9][A-Za-z0-9-]*(\/[A-Za-z0-9._-]+)?$/, 'a login or org/team'))
            .default([])
            .describe('Users or org/teams mentioned in the comment when a new table appears (e.g. the DBA).'),
    })
        .prefault({}),
    lint: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        rules: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n([..._riskLevels_js__WEBPACK_IMPORTED_MODULE_2__/* .RISK_LEVELS */ .W, 'off'])).default({}),
        approvals: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            low: approvalRule.prefault({ count: 0 }),
            medium: approvalRule.prefault({ count: 1 }),
            high: approvalRule.prefault({ count: 1 }),
            critical: approvalRule.prefault({ count: 1 }),
        })
            .prefault({}),
        owners: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(regexString, principals)
            .default({})
            .describe('Table name pattern -> owners whose sign-off critical changes need.'),
        pg_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
            .int()
            .min(10)
            .max(19)
            .default(15)
            .describe('Major version of the production server.'),
        large_table_rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).default(1_000_000),
        enforce: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
            .default(true)
            .describe('true (default): a finding that needs approval fails the gate until approved, in every mode. false: report-only rollout; statuses and comments say "not enforced".'),
        assume_in_transaction: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
            .default(false)
            .describe('The tool that applies migrations wraps each file in a transaction: lint as if every transactional file were inside BEGIN ... COMMIT.'),
    })
        .prefault({}),
    neon: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        project_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
        parent_branch: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
        branch_name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).default('preview/pr-{number}'),
        expires_in: duration.default('7d'),
        database: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).default('neondb'),
        role: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).default('neondb_owner'),
    })
        .prefault({}),
    audit: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ log: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional() }).prefault({}),
    governance: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        canary_window: duration
            .default('48h')
            .describe('How long the config must have been in canary before a promotion to strict: measured from the commit that set canary and from the first canary run in the validation history, whichever is later.'),
        approvers: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(approverGroup)
            .default([])
            .describe('Groups that must each approve a promotion to strict (one approval from each group, by different people); empty: two approvals from distinct reviewers.'),
        history_url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
            .min(1)
            .optional()
            .describe('Database of the validation history (schemagate_validations): $NAME reads the URL from that environment variable; default: the live database the drift check reads.'),
    })
        .prefault({}),
    metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        prefix: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
            .regex(/^[a-zA-Z_:][a-zA-Z0-9_:]*$/, 'a Prometheus metric name prefix such as seamless')
            .default('schemagate')
            .describe('First word of every metric name (e.g. seamless_schema_validation_failures_total).'),
    })
        .prefault({}),
    release: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        restore_point: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['auto', 'true', 'false'])
            .default('auto')
            .describe('Create a Neon restore point before migrating production: auto = on push to the default branch when Neon is configured.'),
        restore_point_expires_in: duration
            .default('7d')
            .describe('Lifetime of a restore point branch (at most 30 days; 0 = no expiry).'),
        production_branch: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
            .min(1)
            .optional()
            .describe("Neon branch (name or id) of production; default: the project's default branch."),
        events_table: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
            .min(1)
            .default('schemagate_release_events')
            .describe('Table (in migrations.revisions_schema) where rollbacks and failed releases are recorded for DORA figures.'),
    })
        .prefault({}),
})
    .describe('schemagate.yml: configuration of the schemagate suite and CLI.');


/***/ })

};
