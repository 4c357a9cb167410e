export const id = 9730;
export const ids = [9730];
export const modules = {

/***/ 90737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkCommand: () => (/* binding */ checkCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/lint/changeSet.ts
var changeSet = __webpack_require__(25473);
// EXTERNAL MODULE: ./src/core/lint/gate.ts
var gate = __webpack_require__(34998);
// EXTERNAL MODULE: ./src/core/migrations/index.ts + 16 modules
var migrations = __webpack_require__(24652);
// EXTERNAL MODULE: ./src/core/migrations/roundTrip.ts
var roundTrip = __webpack_require__(49122);
// EXTERNAL MODULE: ./src/core/drift/check.ts
var check = __webpack_require__(80583);
// EXTERNAL MODULE: ./src/core/report/driftMarkdown.ts + 2 modules
var driftMarkdown = __webpack_require__(39977);
;// CONCATENATED MODULE: ./src/core/report/checkReport.ts
/**
 * `schemagate check`: one report model, built as the checks run, rendered for a terminal (the
 * lines the command has always printed) and as markdown (`check --format markdown`, for a pull
 * request comment or a job summary). The drift part is the drift report itself, so its markdown is
 * the drift-check stage's.
 */


const indent = (sql) => sql
    .trimEnd()
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
function gatedCount(r) {
    return r.lint.findings.filter((f) => f.gated).length;
}
function renderCheckText(r) {
    const out = [
        `config: ${r.configFile ?? 'defaults (no schemagate.yml)'}; mode: ${r.mode}; dev database: ${r.devDatabase}`,
    ];
    for (const p of r.parsed)
        out.push(`parse: ${p.dir}: ${p.files} files, ${p.statements} statements parsed`);
    const m = r.migrations;
    out.push(`migrations: ${m.count} migrations (${m.format})${m.sumVerified ? ', atlas.sum verified' : ''}; rollback: ${m.withDown} with a down part`);
    for (const pair of r.drift.pairs) {
        const n = pair.differences.length;
        out.push(`drift: ${pair.subject}: ${n === 0 ? 'no differences' : `${n} difference(s), ${pair.result}`}`);
        for (const d of pair.differences)
            out.push(`  - ${(0,check/* describeDifference */.hF)(d)}`);
        if (pair.fix?.sql)
            out.push(`  fix (${pair.fix.purpose}):\n${indent(pair.fix.sql)}`);
    }
    if (r.drift.pairs.length === 0)
        out.push('drift: nothing to compare (no schema directory configured)');
    const l = r.lint;
    out.push(`lint: judged ${l.judged}`);
    out.push(`lint: ${l.statements} statements, ${l.findings.length} finding(s), ${gatedCount(r)} need approval${l.ignored > 0 ? `, ${l.ignored} ignored by pragma` : ''}`);
    for (const f of l.findings)
        out.push(`  - ${f.file}:${f.line}:${f.column} ${f.risk} ${f.ruleId}${f.gated ? ' (needs approval)' : ''}: ${f.message}`);
    if (l.verdict === 'not-enforced')
        out.push(`lint: ${l.notEnforced}: ${gatedCount(r)} finding(s) would need approval`);
    if (r.roundTrips)
        out.push(...r.roundTrips.lines);
    out.push(r.failed ? 'check: failed' : 'check: ok');
    return `${out.join('\n')}\n`;
}
/** Markdown for a comment or job summary: no terminal colour, one table of steps, then details. */
function renderCheckMarkdown(r) {
    const cell = (t) => t.replaceAll('|', '\\|').replaceAll('\n', ' ');
    const m = r.migrations;
    const l = r.lint;
    const driftCell = r.drift.pairs.length === 0
        ? 'nothing to compare (no schema directory configured)'
        : r.drift.pairs
            .map((p) => `${p.subject}: ${p.differences.length === 0 ? 'no differences' : `${p.differences.length} difference(s), ${p.result}`}`)
            .join('; ');
    const rows = [
        ...r.parsed.map((p) => [`Parse ${(0,driftMarkdown/* code */.aY)(p.dir)}`, `${p.files} files, ${p.statements} statements`]),
        [
            'Migrations',
            `${m.count} migrations (${m.format})${m.sumVerified ? ', atlas.sum verified' : ''}; ${m.withDown} with a down part`,
        ],
        ['Drift', driftCell],
        [
            'Lint',
            `${l.statements} statements, ${l.findings.length} finding(s), ${gatedCount(r)} need approval${l.ignored > 0 ? `, ${l.ignored} ignored by pragma` : ''}${l.verdict === 'not-enforced' ? ` (${l.notEnforced})` : ''}`,
        ],
        ...(r.roundTrips ? [['Down migrations', r.roundTrips.failed ? 'problems found' : 'ok']] : []),
    ];
    const out = [
        `## schemagate check: ${r.failed ? ':x: failed' : ':white_check_mark: ok'}`,
        '',
        `Config ${r.configFile ? (0,driftMarkdown/* code */.aY)(r.configFile) : 'defaults (no schemagate.yml)'} · mode ${(0,driftMarkdown/* code */.aY)(r.mode)} · dev database: ${r.devDatabase}`,
        '',
        '| Check | Result |',
        '| --- | --- |',
        ...rows.map(([a, b]) => `| ${a} | ${cell(b)} |`),
        '',
    ];
    if (r.drift.pairs.length > 0)
        out.push((0,driftMarkdown/* renderDriftMarkdown */.b9)(r.drift).trimEnd(), '');
    out.push('### Lint', '', `Judged ${l.judged}.`, '');
    for (const f of l.findings)
        out.push(`- ${(0,driftMarkdown/* code */.aY)(`${f.file}:${f.line}:${f.column}`)} **${f.risk}** [${(0,driftMarkdown/* code */.aY)(f.ruleId)}](${f.docs})${f.gated ? ' (needs approval)' : ''}: ${f.message}`);
    if (l.findings.length > 0)
        out.push('');
    if (r.roundTrips)
        out.push('### Down migrations', '', (0,driftMarkdown/* fenced */.OF)(r.roundTrips.lines.join('\n')), '');
    return `${out.join('\n').trimEnd()}\n`;
}

// EXTERNAL MODULE: ./src/core/sql/index.ts + 4 modules
var sql = __webpack_require__(79585);
// EXTERNAL MODULE: ./src/db/index.ts
var db = __webpack_require__(61370);
// EXTERNAL MODULE: ./src/runtime/cliChange.ts
var cliChange = __webpack_require__(29662);
// EXTERNAL MODULE: ./src/runtime/driftRun.ts + 1 modules
var driftRun = __webpack_require__(18804);
// EXTERNAL MODULE: ./src/runtime/migrationDir.ts
var migrationDir = __webpack_require__(66769);
// EXTERNAL MODULE: ./src/runtime/project.ts
var runtime_project = __webpack_require__(413);
// EXTERNAL MODULE: ./src/runtime/roundTrip.ts
var runtime_roundTrip = __webpack_require__(83499);
// EXTERNAL MODULE: ./src/runtime/sqlFiles.ts
var sqlFiles = __webpack_require__(62197);
;// CONCATENATED MODULE: ./src/cli/commands/check.ts

















const USAGE = `schemagate check [dir] [--config <file>] [--dev-url <url>] [--mode canary|strict]
                [--format text|markdown]

Everything a pull request would get, locally: the config, every migration and schema file through
the real PostgreSQL parser, the migration directory (format, versions, atlas.sum), drift between the
declared schema and the replayed migrations on the dev database (embedded PGlite unless dev_url or
--dev-url names a server), and the lint gate over the change (inside git: the files changed since the
merge base with the default branch; otherwise each migration on its own, earlier files applied).
Same verdicts as the actions: drift fails only in strict mode; the lint gate fails on a finding that
needs approval in every mode unless lint.enforce is false ("not enforced"). Deliberate difference:
the CLI cannot read reviews, so nothing is approved here (see docs/suite.md).
--format text (the default) prints lines for a terminal; --format markdown prints the same report
for a pull request comment or a job summary (the drift part is the drift-check stage's section).
Exit codes: 0 ok, 1 drift that fails in this mode or a finding that needs approval, 2 bad input.`;
const checkCommand = {
    name: 'check',
    summary: 'Check a project locally: config, SQL, migrations, drift and lint on the embedded database',
    usage: USAGE,
    async run(args, io) {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args,
            options: {
                config: { type: 'string', short: 'c' },
                'dev-url': { type: 'string' },
                mode: { type: 'string' },
                format: { type: 'string' },
            },
            allowPositionals: true,
        });
        const format = values.format ?? 'text';
        if (format !== 'text' && format !== 'markdown')
            throw new errors/* InputError */.dz(`--format must be text or markdown, got ${JSON.stringify(format)}`);
        const root = positionals[0] ? (0,external_node_path_.resolve)(io.cwd, positionals[0]) : io.cwd;
        // Name the argument, not a schemagate.yml inside a directory that does not exist.
        if (!(0,external_node_fs_.existsSync)(root) || !(0,external_node_fs_.statSync)(root).isDirectory())
            throw new errors/* InputError */.dz(`check: ${positionals[0]} is not a directory (give the project's root directory)`);
        const project = (0,runtime_project/* loadProject */.gi)({
            root,
            config: values.config,
            env: io.env,
            mode: values.mode,
        });
        const { config } = project;
        const show = (0,sqlFiles/* relativeTo */.Mf)(project.root);
        const devUrl = values['dev-url'] || config.dev_url;
        const count = (files) => files.reduce((n, f) => n + f.statements.length, 0);
        const parsed = [];
        // 1. Every file through the parser first: a syntax error stops here with file:line:col.
        const migrationsDir = project.path(config.migrations.dir);
        (0,sqlFiles/* requireDir */.pt)(migrationsDir, 'migrations.dir', project.configFile);
        const migrationFiles = await (0,sqlFiles/* parseSqlFiles */.VH)((0,sqlFiles/* listSqlFiles */.WP)(migrationsDir), show);
        parsed.push({
            dir: show(migrationsDir),
            files: migrationFiles.length,
            statements: count(migrationFiles),
        });
        // The embedded database boots while the rest is read and checked. Not before the first parse:
        // a syntax error must exit at once, not after waiting for a start it does not need.
        (0,db/* warmDb */.AA)(devUrl);
        if (config.schema) {
            const schemaDir = project.path(config.schema);
            (0,sqlFiles/* requireDir */.pt)(schemaDir, 'schema', project.configFile);
            const schemaFiles = await (0,sqlFiles/* parseSqlFiles */.VH)((0,sqlFiles/* listSqlFiles */.WP)(schemaDir), show);
            parsed.push({ dir: show(schemaDir), files: schemaFiles.length, statements: count(schemaFiles) });
        }
        // 2. The migration directory as the migrate stage reads it.
        const set = (0,migrationDir/* loadMigrationSet */.B_)(project);
        (0,migrations/* verifySum */.R3)(set);
        // 3. Drift: declared schema vs replayed migrations on the dev database.
        let failed = false;
        const drift = await (0,driftRun/* runDrift */.l)({ project, devUrl, openDb: (url) => (0,db/* openDb */.bI)(url, 'schemagate-check') });
        if (drift.result === 'fail')
            failed = true;
        // 4. Lint the change, with the lint-gate stage's verdict: inside git the files changed since the
        //    merge base with the default branch, otherwise each migration as its own pull request
        //    would see it (earlier files are applied history).
        await (0,sql/* loadSqlParser */.Ok)();
        const upParts = set.migrations.map((m) => (0,sql/* parseSqlFile */.K5)(m.up.file, m.up.text, { firstLine: m.up.firstLine }));
        const { change, edits } = await (0,cliChange.resolveCliChange)({ project, dir: migrationsDir, show });
        const report = (0,changeSet/* lintChange */.WA)(upParts, change, {
            pgVersion: config.lint.pg_version,
            ruleLevels: config.lint.rules,
            configFile: project.configFile ?? 'schemagate.yml',
            largeTableRows: config.lint.large_table_rows,
            // schemagate's runner wraps these files in a transaction: lint them as it will run them.
            transactionalFiles: new Set(set.migrations.filter((m) => m.transactional).map((m) => m.up.file)),
            assumeInTransaction: config.lint.assume_in_transaction,
        }, edits);
        const findings = [...report.findings];
        if (config.migrations.require_down) {
            const inChange = change.kind === 'files' ? upParts.filter((f) => change.files.has(f.file)) : upParts;
            findings.push(...(0,roundTrip/* missingDownFindings */.bB)(inChange, set.migrations, set.format));
        }
        const active = findings
            .filter((f) => !f.ignored)
            .map((f) => ({ ...f, gated: (0,gate/* needsApproval */.vb)(f, config.lint) }));
        const gated = active.filter((f) => f.gated);
        const verdict = (0,gate/* gateVerdict */.lr)({ gated: gated.length, approved: false, enforce: config.lint.enforce });
        if (verdict === 'fail')
            failed = true;
        // 5. Down migrations (issue 17): each one round-tripped on a fresh dev database.
        let roundTrips = null;
        if (config.migrations.require_down || config.migrations.verify_down) {
            roundTrips = await (0,runtime_roundTrip/* checkRoundTrips */.$c)((0,migrationDir/* runnerOptionsFor */.St)(set, config, project.configFile), devUrl);
            if (roundTrips.failed)
                failed = true;
        }
        const result = {
            configFile: project.configFile ?? null,
            mode: config.mode,
            devDatabase: devUrl ? 'dev_url' : 'embedded PGlite',
            parsed,
            migrations: {
                count: set.migrations.length,
                format: set.format,
                sumVerified: Boolean(set.sum),
                withDown: set.migrations.filter((m) => m.down).length,
            },
            drift,
            lint: {
                judged: change.description,
                statements: report.statements,
                findings: active,
                ignored: findings.length - active.length,
                verdict,
                notEnforced: gate/* NOT_ENFORCED */.BU,
            },
            roundTrips,
            failed,
        };
        io.out(format === 'markdown' ? renderCheckMarkdown(result) : renderCheckText(result));
        return failed ? 1 : 0;
    },
};


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

/***/ 29662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveCliChange: () => (/* binding */ resolveCliChange)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_lint_changeSet_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25473);
/* harmony import */ var _core_migrations_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24652);
/* harmony import */ var _changedFiles_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90793);
/* harmony import */ var _migrationDir_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(66769);
/**
 * The change `schemagate lint` and `schemagate check` judge when no files are named, in this order:
 * `--since REF` (files changed since the merge base with REF, working tree included); `--url`
 * (the files not yet applied there); inside git, the files changed since the merge base with the
 * default branch; otherwise each file on its own with every earlier file applied.
 */







async function resolveCliChange(o) {
    const { project, dir, show } = o;
    const inDir = (abs) => {
        const r = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(dir, abs);
        return r !== '' && !r.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(r) && abs.endsWith('.sql');
    };
    const fromGit = (listed, cwd, what) => {
        const ignored = (0,_changedFiles_js__WEBPACK_IMPORTED_MODULE_5__/* .gitIgnoredFiles */ .CP)(cwd, dir).filter((p) => inDir((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, p)));
        const changes = [...listed, ...ignored.map((path) => ({ path, status: 'added' }))];
        const files = new Set();
        const edits = [];
        for (const c of changes) {
            const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, c.path);
            if (c.status === 'removed') {
                if (inDir(abs))
                    edits.push({ file: show(abs), how: 'removed' });
                continue;
            }
            if (c.status === 'renamed' && c.previous && inDir((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, c.previous)))
                edits.push({ file: show((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, c.previous)), how: 'renamed', to: show(abs) });
            if (!inDir(abs))
                continue;
            if (c.status === 'modified')
                edits.push({ file: show(abs), how: 'modified' });
            files.add(show(abs));
        }
        const note = ignored.length
            ? `; ${ignored.length} file(s) that git ignores are judged as added, since they are on disk but in no commit`
            : '';
        return {
            change: { kind: 'files', files, description: `${what}: ${describeFiles(files)}${note}` },
            edits,
        };
    };
    if (o.since) {
        const base = mergeBase(project.repoRoot, o.since);
        return fromGit((0,_changedFiles_js__WEBPACK_IMPORTED_MODULE_5__/* .gitChanges */ .IF)(project.repoRoot, base, 'worktree', underRepo(project.repoRoot, dir)), project.repoRoot, `the files changed since ${o.since} (merge base ${base.slice(0, 7)}, working tree included)`);
    }
    if (o.url && o.openDb) {
        const set = (0,_migrationDir_js__WEBPACK_IMPORTED_MODULE_6__/* .loadMigrationSet */ .B_)(project);
        const db = await o.openDb(o.url);
        let pending;
        try {
            const status = await (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_4__/* .migrationStatus */ .vd)(db, {
                set,
                revisionsSchema: project.config.migrations.revisions_schema,
            });
            pending = status.state.pending.map((m) => show((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, m.file)));
        }
        finally {
            await db.close();
        }
        const files = new Set(pending);
        return {
            change: {
                kind: 'files',
                files,
                description: `the files not yet applied to --url: ${describeFiles(files)}`,
            },
            edits: [],
        };
    }
    const base = (0,_changedFiles_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultBranchBase */ .$2)(project.repoRoot);
    if (base) {
        return fromGit((0,_changedFiles_js__WEBPACK_IMPORTED_MODULE_5__/* .gitChanges */ .IF)(project.repoRoot, base.mergeBase, 'worktree', underRepo(project.repoRoot, dir)), project.repoRoot, `the files changed since the merge base with ${base.branch} (${base.mergeBase.slice(0, 7)}, working tree included)`);
    }
    return {
        change: (0,_core_lint_changeSet_js__WEBPACK_IMPORTED_MODULE_3__/* .eachFile */ .ap)('not in a git repository with a default branch, and no --since or --url'),
        edits: [],
    };
}
/** The migrations directory relative to the repository root, for git to compare only that. */
function underRepo(repoRoot, dir) {
    const r = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(repoRoot, dir);
    return r === '' || r.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(r) ? undefined : r.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
function describeFiles(files) {
    const list = [...files];
    if (list.length === 0)
        return 'no migration files';
    const shown = list.length > 5 ? `${list.slice(0, 5).join(', ')} and ${list.length - 5} more` : list.join(', ');
    return `${list.length} migration file(s) (${shown})`;
}
function mergeBase(cwd, ref) {
    if (!/^[\w./~^@{}-]+$/.test(ref) || ref.startsWith('-'))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`--since: not a usable git ref: ${JSON.stringify(ref)}`);
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['merge-base', ref, 'HEAD'], {
            cwd,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'pipe'],
        }).trim();
    }
    catch (err) {
        const stderr = String(err.stderr ?? '').trim();
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`--since ${ref}: cannot find the merge base with HEAD (${stderr || 'git failed'})`);
    }
}


/***/ })

};
