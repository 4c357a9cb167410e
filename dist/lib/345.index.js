export const id = 345;
export const ids = [345];
export const modules = {

/***/ 92345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkCommand: () => (/* binding */ checkCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_drift_check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80583);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _core_lint_changeSet_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25473);
/* harmony import */ var _core_lint_gate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(34998);
/* harmony import */ var _core_migrations_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(54249);
/* harmony import */ var _core_migrations_roundTrip_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(49122);
/* harmony import */ var _core_sql_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(22881);
/* harmony import */ var _db_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(61370);
/* harmony import */ var _runtime_cliChange_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(29662);
/* harmony import */ var _runtime_driftRun_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(18804);
/* harmony import */ var _runtime_migrationDir_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(66769);
/* harmony import */ var _runtime_project_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(96618);
/* harmony import */ var _runtime_roundTrip_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(83499);
/* harmony import */ var _runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(62197);

















const USAGE = `schemagate check [dir] [--config <file>] [--dev-url <url>] [--mode canary|strict]

Everything a pull request would get, locally: the config, every migration and schema file through
the real PostgreSQL parser, the migration directory (format, versions, atlas.sum), drift between the
declared schema and the replayed migrations on the dev database (embedded PGlite unless dev_url or
--dev-url names a server), and the lint gate over the change (inside git: the files changed since the
merge base with the default branch; otherwise each migration on its own, earlier files applied).
Same verdicts as the actions: drift fails only in strict mode; the lint gate fails on a finding that
needs approval in every mode unless lint.enforce is false ("not enforced"). Deliberate difference:
the CLI cannot read reviews, so nothing is approved here (see docs/suite.md).
Exit codes: 0 ok, 1 drift that fails in this mode or a finding that needs approval, 2 bad input.`;
const checkCommand = {
    name: 'check',
    summary: 'Check a project locally: config, SQL, migrations, drift and lint on the embedded database',
    usage: USAGE,
    async run(args, io) {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args,
            options: {
                config: { type: 'string', short: 'c' },
                'dev-url': { type: 'string' },
                mode: { type: 'string' },
            },
            allowPositionals: true,
        });
        const root = positionals[0] ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, positionals[0]) : io.cwd;
        // Name the argument, not a schemagate.yml inside a directory that does not exist.
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(root) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(root).isDirectory())
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`check: ${positionals[0]} is not a directory (give the project's root directory)`);
        const project = (0,_runtime_project_js__WEBPACK_IMPORTED_MODULE_14__/* .loadProject */ .g)({
            root,
            config: values.config,
            env: io.env,
            mode: values.mode,
        });
        const { config } = project;
        const show = (0,_runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_16__/* .relativeTo */ .Mf)(project.root);
        const devUrl = values['dev-url'] || config.dev_url;
        io.out(`config: ${project.configFile ?? 'defaults (no schemagate.yml)'}; mode: ${config.mode}; dev database: ${devUrl ? 'dev_url' : 'embedded PGlite'}`);
        // 1. Every file through the parser first: a syntax error stops here with file:line:col.
        const migrationsDir = project.path(config.migrations.dir);
        (0,_runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_16__/* .requireDir */ .pt)(migrationsDir, 'migrations.dir', project.configFile);
        const migrationFiles = await (0,_runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_16__/* .parseSqlFiles */ .VH)((0,_runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_16__/* .listSqlFiles */ .WP)(migrationsDir), show);
        const count = (files) => files.reduce((n, f) => n + f.statements.length, 0);
        io.out(`parse: ${show(migrationsDir)}: ${migrationFiles.length} files, ${count(migrationFiles)} statements parsed`);
        // The embedded database boots while the rest is read and checked. Not before the first parse:
        // a syntax error must exit at once, not after waiting for a start it does not need.
        (0,_db_index_js__WEBPACK_IMPORTED_MODULE_10__/* .warmDb */ .AA)(devUrl);
        if (config.schema) {
            const schemaDir = project.path(config.schema);
            (0,_runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_16__/* .requireDir */ .pt)(schemaDir, 'schema', project.configFile);
            const schemaFiles = await (0,_runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_16__/* .parseSqlFiles */ .VH)((0,_runtime_sqlFiles_js__WEBPACK_IMPORTED_MODULE_16__/* .listSqlFiles */ .WP)(schemaDir), show);
            io.out(`parse: ${show(schemaDir)}: ${schemaFiles.length} files, ${count(schemaFiles)} statements parsed`);
        }
        // 2. The migration directory as the migrate stage reads it.
        const set = (0,_runtime_migrationDir_js__WEBPACK_IMPORTED_MODULE_13__/* .loadMigrationSet */ .B_)(project);
        (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_7__/* .verifySum */ .R3)(set);
        io.out(`migrations: ${set.migrations.length} migrations (${set.format})${set.sum ? ', atlas.sum verified' : ''}; rollback: ${set.migrations.filter((m) => m.down).length} with a down part`);
        // 3. Drift: declared schema vs replayed migrations on the dev database.
        let failed = false;
        const drift = await (0,_runtime_driftRun_js__WEBPACK_IMPORTED_MODULE_12__/* .runDrift */ .l)({ project, devUrl, openDb: (url) => (0,_db_index_js__WEBPACK_IMPORTED_MODULE_10__/* .openDb */ .bI)(url, 'schemagate-check') });
        for (const pair of drift.pairs) {
            const n = pair.differences.length;
            io.out(`drift: ${pair.subject}: ${n === 0 ? 'no differences' : `${n} difference(s), ${pair.result}`}`);
            for (const d of pair.differences)
                io.out(`  - ${(0,_core_drift_check_js__WEBPACK_IMPORTED_MODULE_3__/* .describeDifference */ .hF)(d)}`);
            if (pair.fix?.sql)
                io.out(`  fix (${pair.fix.purpose}):\n${indent(pair.fix.sql)}`);
        }
        if (drift.pairs.length === 0)
            io.out('drift: nothing to compare (no schema directory configured)');
        if (drift.result === 'fail')
            failed = true;
        // 4. Lint the change, with the lint-gate stage's verdict: inside git the files changed since the
        //    merge base with the default branch, otherwise each migration as its own pull request
        //    would see it (earlier files are applied history).
        await (0,_core_sql_index_js__WEBPACK_IMPORTED_MODULE_9__/* .loadSqlParser */ .Ok)();
        const upParts = set.migrations.map((m) => (0,_core_sql_index_js__WEBPACK_IMPORTED_MODULE_9__/* .parseSqlFile */ .K5)(m.up.file, m.up.text, { firstLine: m.up.firstLine }));
        const { change, edits } = await (0,_runtime_cliChange_js__WEBPACK_IMPORTED_MODULE_11__/* .resolveCliChange */ .z)({ project, dir: migrationsDir, show });
        io.out(`lint: judged ${change.description}`);
        const report = (0,_core_lint_changeSet_js__WEBPACK_IMPORTED_MODULE_5__/* .lintChange */ .WA)(upParts, change, {
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
            findings.push(...(0,_core_migrations_roundTrip_js__WEBPACK_IMPORTED_MODULE_8__/* .missingDownFindings */ .bB)(inChange, set.migrations, set.format));
        }
        const active = findings.filter((f) => !f.ignored);
        const gated = active.filter((f) => (0,_core_lint_gate_js__WEBPACK_IMPORTED_MODULE_6__/* .needsApproval */ .vb)(f, config.lint));
        io.out(`lint: ${report.statements} statements, ${active.length} finding(s), ${gated.length} need approval${findings.length > active.length ? `, ${findings.length - active.length} ignored by pragma` : ''}`);
        for (const f of active) {
            const gate = (0,_core_lint_gate_js__WEBPACK_IMPORTED_MODULE_6__/* .needsApproval */ .vb)(f, config.lint) ? ' (needs approval)' : '';
            io.out(`  - ${f.file}:${f.line}:${f.column} ${f.risk} ${f.ruleId}${gate}: ${f.message}`);
        }
        const verdict = (0,_core_lint_gate_js__WEBPACK_IMPORTED_MODULE_6__/* .gateVerdict */ .lr)({ gated: gated.length, approved: false, enforce: config.lint.enforce });
        if (verdict === 'not-enforced')
            io.out(`lint: ${_core_lint_gate_js__WEBPACK_IMPORTED_MODULE_6__/* .NOT_ENFORCED */ .BU}: ${gated.length} finding(s) would need approval`);
        if (verdict === 'fail')
            failed = true;
        // 5. Down migrations (issue 17): each one round-tripped on a fresh dev database.
        if (config.migrations.require_down || config.migrations.verify_down) {
            const down = await (0,_runtime_roundTrip_js__WEBPACK_IMPORTED_MODULE_15__/* .checkRoundTrips */ .$c)((0,_runtime_migrationDir_js__WEBPACK_IMPORTED_MODULE_13__/* .runnerOptionsFor */ .St)(set, config, project.configFile), devUrl);
            for (const line of down.lines)
                io.out(line);
            if (down.failed)
                failed = true;
        }
        io.out(failed ? 'check: failed' : 'check: ok');
        return failed ? 1 : 0;
    },
};
function indent(sql) {
    return sql
        .trimEnd()
        .split('\n')
        .map((l) => `    ${l}`)
        .join('\n');
}


/***/ }),

/***/ 29662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ resolveCliChange)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_lint_changeSet_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25473);
/* harmony import */ var _core_migrations_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54249);
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
        return fromGit((0,_changedFiles_js__WEBPACK_IMPORTED_MODULE_5__/* .gitChanges */ .IF)(project.repoRoot, base, 'worktree'), project.repoRoot, `the files changed since ${o.since} (merge base ${base.slice(0, 7)}, working tree included)`);
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
        return fromGit((0,_changedFiles_js__WEBPACK_IMPORTED_MODULE_5__/* .gitChanges */ .IF)(project.repoRoot, base.mergeBase, 'worktree'), project.repoRoot, `the files changed since the merge base with ${base.branch} (${base.mergeBase.slice(0, 7)}, working tree included)`);
    }
    return {
        change: (0,_core_lint_changeSet_js__WEBPACK_IMPORTED_MODULE_3__/* .eachFile */ .ap)('not in a git repository with a default branch, and no --since or --url'),
        edits: [],
    };
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
