export const id = 836;
export const ids = [836];
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
/* harmony import */ var _core_migrations_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86800);
/* harmony import */ var _core_migrations_render_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(97929);
/* harmony import */ var _db_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61370);
/* harmony import */ var _runtime_migrationDir_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66769);
/* harmony import */ var _runtime_project_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(413);







const USAGE = `schemagate migrate [up|down [n]|status|baseline <version>] [--url <url>] [--dry-run]
                  [--dir <dir>] [--format <format>] [--config <file>]

  up (default)        apply every pending migration, each file in its own transaction
  down [n]            run the down parts of the last n applied migrations (default 1)
  status              list applied and pending migrations and which have a down part
  baseline <version>  mark every migration up to <version> as applied without running it

The database is --url or DATABASE_URL. It is required: the embedded database keeps nothing
between runs. Only \`up --dry-run\` works without one (every migration is then pending).
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
                config: { type: 'string', short: 'c' },
            },
            allowPositionals: true,
        });
        const [action = 'up', ...rest] = positionals;
        if (!['up', 'down', 'status', 'baseline'].includes(action)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`unknown migrate action "${action}"; one of up, down, status, baseline`);
        }
        const dryRun = values['dry-run'] === true;
        if (dryRun && action !== 'up')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('--dry-run applies to `migrate up` only');
        const project = (0,_runtime_project_js__WEBPACK_IMPORTED_MODULE_5__/* .loadProject */ .g)({ root: io.cwd, config: values.config, env: io.env });
        const overrides = { dir: values.dir, format: values.format };
        const set = (0,_runtime_migrationDir_js__WEBPACK_IMPORTED_MODULE_4__/* .loadMigrationSet */ .B_)(project, overrides);
        const options = (0,_runtime_migrationDir_js__WEBPACK_IMPORTED_MODULE_4__/* .runnerOptionsFor */ .St)(set, project.config, project.configFile, overrides);
        const url = values.url || io.env.DATABASE_URL;
        if (!url && !(dryRun && action === 'up')) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL('--url', '', 'no database: pass --url <postgres://...> or set DATABASE_URL (the embedded database keeps nothing between runs)');
        }
        let db;
        try {
            db = await (0,_db_index_js__WEBPACK_IMPORTED_MODULE_3__/* .openDb */ .b)(url, 'schemagate migrate');
            switch (action) {
                case 'status':
                    io.out((0,_core_migrations_render_js__WEBPACK_IMPORTED_MODULE_6__/* .statusText */ .qS)(await (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_2__/* .migrationStatus */ .vd)(db, options)));
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
                    io.out((0,_core_migrations_render_js__WEBPACK_IMPORTED_MODULE_6__/* .downText */ .oY)(d));
                    return d.failure ? 1 : 0;
                }
                default: {
                    const r = await (0,_core_migrations_index_js__WEBPACK_IMPORTED_MODULE_2__/* .migrateUp */ .Pi)(db, { ...options, dryRun, log: (m) => io.err(m) });
                    // The linter is loaded only for a dry run: `migrate up` should start fast.
                    const risks = dryRun
                        ? (await Promise.all(/* import() */[__webpack_require__.e(567), __webpack_require__.e(756)]).then(__webpack_require__.bind(__webpack_require__, 49756))).statementRisks(set, r, {
                            pgVersion: project.config.lint.pg_version,
                            ruleLevels: project.config.lint.rules,
                            configFile: project.configFile,
                        })
                        : undefined;
                    (r.failure ? io.err : io.out)((0,_core_migrations_render_js__WEBPACK_IMPORTED_MODULE_6__/* .runText */ .le)(r, risks));
                    return r.failure ? 1 : 0;
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
                await (0,_db_index_js__WEBPACK_IMPORTED_MODULE_3__/* .closeEmbedded */ .F)();
        }
    },
};


/***/ }),

/***/ 97929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
function runText(r, risks) {
    const out = [];
    for (const a of r.applied) {
        const resumed = a.resumedAt ? ` (resumed after statement ${a.resumedAt})` : '';
        out.push(`applied  ${a.file}  ${ms(a.durationMs)}${a.transactional ? '' : '  [no transaction]'}${resumed}`);
    }
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
    if (s.adopted)
        out.push(`revision table: not created yet; applied state read from ${s.adopted.source}`);
    else if (!s.tableExists)
        out.push('revision table: not created yet (nothing applied by schemagate)');
    for (const a of s.state.applied) {
        out.push(`applied  ${a.migration.version.padEnd(16)} ${a.migration.up.file}  ${a.row.applied_at}${a.row.operation === 'apply' ? '' : ` (${a.row.operation})`}`);
    }
    for (const p of s.state.partial)
        out.push(`PARTIAL  ${p.migration.version.padEnd(16)} ${p.migration.up.file}  ${p.row.progress} statement(s) done; \`migrate up\` resumes it`);
    const partial = new Set(s.state.partial.map((p) => p.migration));
    for (const m of s.state.pending) {
        if (partial.has(m))
            continue;
        out.push(`pending  ${m.version.padEnd(16)} ${m.up.file}  ${m.down ? 'down: yes' : 'down: none'}`);
    }
    for (const c of s.state.changed)
        out.push(`EDITED   ${c.migration.version.padEnd(16)} ${c.migration.up.file}  changed after it was applied`);
    for (const o of s.state.outOfOrder)
        out.push(`ORDER    ${o.migration.version.padEnd(16)} ${o.migration.up.file}  pending but ${o.after.file} is applied`);
    for (const m of s.state.missing)
        out.push(`missing  ${m.version.padEnd(16)} (applied, no file in the directory)`);
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


/***/ })

};
