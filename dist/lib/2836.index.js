export const id = 2836;
export const ids = [2836];
export const modules = {

/***/ 92836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   migrateCommand: () => (/* binding */ migrateCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_migrations_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24652);
/* harmony import */ var _core_migrations_render_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(97929);
/* harmony import */ var _db_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61370);
/* harmony import */ var _runtime_migrationDir_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66769);
/* harmony import */ var _runtime_project_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(413);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9851);








const USAGE = `schemagate migrate [up|down [n]|status|baseline <version>] [--url <url>] [--dry-run]
                  [--dir <dir>] [--dir-format <format>] [--format text|json] [--config <file>]
       schemagate migrate resolve <version> --statement <n> --applied|--not-applied [--url <url>]

  up (default)        apply every pending migration, each file in its own transaction
  down [n]            run the down parts of the last n applied migrations (default 1)
  status              list applied and pending migrations and which have a down part
  baseline <version>  mark every migration up to <version> as applied without running it
  resolve <version>   record whether the statement <n> of a no-transaction file that was running
                      when a run stopped completed (--applied: skip it) or not (--not-applied: rerun it)

  --restore-point     before \`up\`: a Neon restore point of the target (NEON_API_KEY, neon.project_id or
                      --neon-project-id, --production-branch, --restore-point-expires-in), or without
                      Neon a pg_dump of the tables destructive statements touch to --backup-file

The database is --url or DATABASE_URL. It is required: the embedded database keeps nothing
between runs. Only \`up --dry-run\` works without one (every migration is then pending).
One line per applied file, with its time, on standard output (progress and warnings on standard
error: a bar on a terminal, otherwise one line when the run starts, e.g. "applying migrations: 120
files"); --format json prints one JSON document instead (up, down) and no progress. --dir-format (or --format with
a directory format name) overrides migrations.format.
Exit codes: 0 ok, 1 a migration failed or another run held the lock, 2 bad input.`;
const migrateCommand = {
    name: 'migrate',
    summary: 'Apply, roll back or show versioned migrations',
    usage: USAGE,
    async run(args, io) {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args,
            options: {
                url: { type: 'string' },
                'dry-run': { type: 'boolean', default: false },
                dir: { type: 'string' },
                format: { type: 'string' },
                'dir-format': { type: 'string' },
                config: { type: 'string', short: 'c' },
                statement: { type: 'string' },
                applied: { type: 'boolean', default: false },
                'not-applied': { type: 'boolean', default: false },
                // Release safety (issue 17): a Neon restore point, or a pg_dump backup, before migrating.
                'restore-point': { type: 'boolean', default: false },
                'backup-file': { type: 'string' },
                'neon-project-id': { type: 'string' },
                'production-branch': { type: 'string' },
                'restore-point-expires-in': { type: 'string' },
            },
            allowPositionals: true,
        });
        const [action = 'up', ...rest] = positionals;
        if (!['up', 'down', 'status', 'baseline', 'resolve'].includes(action)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`unknown migrate action "${action}"; one of up, down, status, baseline, resolve`);
        }
        const resolve = action === 'resolve' ? resolveArgs(rest, values) : undefined;
        const dryRun = values['dry-run'] === true;
        if (dryRun && action !== 'up')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('--dry-run applies to `migrate up` only');
        const project = (0,_runtime_project_js__WEBPACK_IMPORTED_MODULE_5__/* .loadProject */ .gi)({ root: io.cwd, config: values.config, env: io.env });
        // --format names the output (text, json); a directory format name there still works as before.
        const output = values.format === 'json' || values.format === 'text' ? values.format : 'text';
        const dirFormat = values['dir-format'] || (values.format === output ? undefined : values.format);
        if (output === 'json' && action !== 'up' && action !== 'down')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('--format json applies to `migrate up` and `migrate down`');
        const overrides = { dir: values.dir, format: dirFormat };
        const set = (0,_runtime_migrationDir_js__WEBPACK_IMPORTED_MODULE_4__/* .loadMigrationSet */ .B_)(project, overrides);
        const options = (0,_runtime_migrationDir_js__WEBPACK_IMPORTED_MODULE_4__/* .runnerOptionsFor */ .St)(set, project.config, project.configFile, overrides);
        const url = values.url || io.env.DATABASE_URL;
        if (!url && !(dryRun && action === 'up')) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL('--url', '', 'no database: pass --url <postgres://...> or set DATABASE_URL (the embedded database keeps nothing between runs)');
        }
        if (values['restore-point'] && (action !== 'up' || dryRun || !url))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('--restore-point applies to `migrate up` against a database (--url), not a dry run');
        if (values['restore-point'] && url) {
            const { restorePointBeforeMigrate } = await Promise.all(/* import() */[__webpack_require__.e(3643), __webpack_require__.e(4470), __webpack_require__.e(1206)]).then(__webpack_require__.bind(__webpack_require__, 21206));
            const lines = await restorePointBeforeMigrate({
                project,
                options,
                url,
                openDb: (u) => (0,_db_index_js__WEBPACK_IMPORTED_MODULE_3__/* .openDb */ .bI)(u, 'schemagate migrate'),
                env: io.env,
                cwd: io.cwd,
                neonProjectId: values['neon-project-id'],
                productionBranch: values['production-branch'],
                expiresIn: values['restore-point-expires-in'],
                backupFile: values['backup-file'],
                now: new Date(),
                log: (m) => io.err(m),
            });
            for (const line of lines)
                io.out(line);
        }
        let db;
        try {
            db = await (0,_db_index_js__WEBPACK_IMPORTED_MODULE_3__/* .openDb */ .bI)(url, 'schemagate migrate');
            switch (action) {
                case 'status':
                    io.out((0,_core_migrations_render_js__WEBPACK_IMPORTED_MODULE_7__/* .statusText */ .qS)(await (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_2__/* .migrationStatus */ .vd)(db, options)));
                    return 0;
                case 'resolve':
                    io.out(await (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveInFlight */ .Qu)(db, { ...options, ...resolve }));
                    return 0;
                case 'baseline': {
                    if (!rest[0])
                        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('usage: schemagate migrate baseline <version>');
                    const b = await (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_2__/* .baselineMigrations */ .fE)(db, { ...options, version: rest[0] });
                    io.out(`baseline: marked ${b.marked.length} migration(s) as applied without running them${b.marked.length ? ` (${b.marked.join(', ')})` : ''}; current version ${b.currentVersion}`);
                    return 0;
                }
                case 'down': {
                    const count = rest[0] === undefined ? 1 : Number(rest[0]);
                    if (!Number.isInteger(count) || count < 1)
                        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`migrate down: n must be a positive whole number, got "${rest[0]}"`);
                    const d = await (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_2__/* .migrateDown */ .Y4)(db, { ...options, count });
                    io.out(output === 'json' ? (0,_core_migrations_render_js__WEBPACK_IMPORTED_MODULE_7__/* .downJson */ .jy)(d) : (0,_core_migrations_render_js__WEBPACK_IMPORTED_MODULE_7__/* .downText */ .oY)(d));
                    return d.failure ? 1 : 0;
                }
                default: {
                    // Progress on stderr: a bar on a terminal, one line on CI; none for JSON or a dry run.
                    const progress = (0,_progress_js__WEBPACK_IMPORTED_MODULE_6__/* .startProgress */ .o)(io, { quiet: output === 'json' || dryRun });
                    const shown = progress.io;
                    let r;
                    try {
                        // Text: each file's line goes out as it is applied, once, on stdout.
                        r = await (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_2__/* .migrateUp */ .Pi)(db, {
                            ...options,
                            dryRun,
                            log: (m) => shown.err(m),
                            onApplied: output === 'text' ? (a) => shown.out((0,_core_migrations_render_js__WEBPACK_IMPORTED_MODULE_7__/* .appliedLine */ .kD)(a)) : () => { },
                            onProgress: progress.onProgress,
                        });
                    }
                    finally {
                        progress.stop();
                    }
                    // The linter is loaded only for a dry run: `migrate up` should start fast.
                    const risks = dryRun
                        ? (await Promise.all(/* import() */[__webpack_require__.e(6062), __webpack_require__.e(9756)]).then(__webpack_require__.bind(__webpack_require__, 49756))).statementRisks(set, r, {
                            pgVersion: project.config.lint.pg_version,
                            ruleLevels: project.config.lint.rules,
                            configFile: project.configFile,
                        })
                        : undefined;
                    if (output === 'json')
                        io.out((0,_core_migrations_render_js__WEBPACK_IMPORTED_MODULE_7__/* .runJson */ .MP)(r, risks));
                    else
                        (r.failure ? io.err : io.out)((0,_core_migrations_render_js__WEBPACK_IMPORTED_MODULE_7__/* .runText */ .le)(r, risks, { perFile: false }));
                    // A syntax error is bad input (exit 2) even when PostgreSQL, not the parser, found it.
                    return r.failure ? (r.failure.sqlState === '42601' ? 2 : 1) : 0;
                }
            }
        }
        catch (err) {
            if (err instanceof _core_migrations_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MigrationLockError */ .uR) {
                io.err(`schemagate migrate: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`);
                return 1;
            }
            throw err;
        }
        finally {
            await db?.close();
            if (!url)
                await (0,_db_index_js__WEBPACK_IMPORTED_MODULE_3__/* .closeEmbedded */ .FM)();
        }
    },
};
function resolveArgs(rest, values) {
    const usage = 'usage: schemagate migrate resolve <version> --statement <n> --applied|--not-applied';
    const version = rest[0];
    const statement = Number(values.statement);
    if (!version || rest.length > 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(usage);
    if (!values.statement || !Number.isInteger(statement) || statement < 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`--statement: a statement number (1 or more) is required; ${usage}`);
    if (values.applied === values['not-applied'])
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`give exactly one of --applied and --not-applied; ${usage}`);
    return { version, statement, applied: values.applied === true };
}


/***/ }),

/***/ 9851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ startProgress)
/* harmony export */ });
/* unused harmony export progressMode */
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var cli_progress__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98502);
/* harmony import */ var cli_progress__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(cli_progress__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The CLI edge of progress (core/progress.ts): a bar on standard error when it is a terminal, one
 * line per phase elsewhere (CI logs, pipes, tests), nothing in quiet mode (`--format json`,
 * `--dry-run`). Never on standard output, which carries the command's result.
 */


/** A bar only for a person at a terminal: CI runners and TERM=dumb get the plain lines. */
function progressMode(io, quiet) {
    if (quiet)
        return 'off';
    const ci = io.env.CI !== undefined && io.env.CI !== '' && io.env.CI !== 'false' && io.env.CI !== '0';
    return io.progressStream?.isTTY && !ci && io.env.TERM !== 'dumb' ? 'bar' : 'lines';
}
function startProgress(io, options) {
    const mode = progressMode(io, options.quiet);
    if (mode === 'off')
        return { onProgress: undefined, io, stop: () => { } };
    if (mode === 'lines')
        return linesDisplay(io);
    return barDisplay(io, io.progressStream);
}
/** One line per phase, when it starts, with its size; a phase with nothing to do says nothing. */
function linesDisplay(io) {
    const started = new Set();
    const onProgress = (e) => {
        if (e.total === 0 || started.has(e.phase))
            return;
        started.add(e.phase);
        io.err(`${e.phase}: ${e.total} ${e.total === 1 ? e.unit.replace(/s$/, '') : e.unit}`);
    };
    return { onProgress, io, stop: () => { } };
}
/**
 * One bar for the whole command, showing the phase that reported last (two sides of a diff are
 * read at once). Cleared when stopped: the bar is for watching, the output says what was done.
 */
function barDisplay(io, stream) {
    const bar = new (cli_progress__WEBPACK_IMPORTED_MODULE_1___default().SingleBar)({
        stream: withoutCursorRestore(stream),
        format: '{phase} [{bar}] {value}/{total} {unit}',
        barsize: 30,
        clearOnComplete: true,
        hideCursor: true,
        // Redraw on every tick, so the bar comes back below a line printed over it.
        forceRedraw: true,
        gracefulExit: true,
    });
    let running = false;
    const onProgress = (e) => {
        if (e.total === 0)
            return;
        const payload = { phase: e.phase, unit: e.unit };
        if (!running) {
            running = true;
            bar.start(e.total, e.done, payload);
            return;
        }
        bar.setTotal(e.total);
        bar.update(e.done, payload);
    };
    const clear = () => {
        if (!running)
            return;
        // readline's helpers write the escape codes to any stream, a real terminal or not.
        (0,node_readline__WEBPACK_IMPORTED_MODULE_0__.cursorTo)(stream, 0);
        (0,node_readline__WEBPACK_IMPORTED_MODULE_0__.clearLine)(stream, 0);
    };
    const wrapped = {
        ...io,
        out: (t) => {
            clear();
            io.out(t);
        },
        err: (t) => {
            clear();
            io.err(t);
        },
    };
    return {
        onProgress,
        io: wrapped,
        stop: () => {
            if (running)
                bar.stop();
            running = false;
        },
    };
}
/**
 * cli-progress saves the cursor at start and restores it at stop; with command output printed
 * between the two, the restore would jump back up and the next lines would overwrite that output.
 * The bar's stream therefore drops the save/restore sequences (ESC 7, ESC 8).
 */
function withoutCursorRestore(stream) {
    const write = (chunk, ...rest) => chunk === '\u001b7' || chunk === '\u001b8'
        ? true
        : stream.write.call(stream, chunk, ...rest);
    return new Proxy(stream, {
        get: (target, key) => (key === 'write' ? write : Reflect.get(target, key, target)),
    });
}


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
