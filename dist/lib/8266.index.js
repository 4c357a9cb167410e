export const id = 8266;
export const ids = [8266];
export const modules = {

/***/ 78266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseNotesCommand: () => (/* binding */ releaseNotesCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/lint/index.ts + 58 modules
var lint = __webpack_require__(16062);
// EXTERNAL MODULE: ./src/core/migrations/index.ts + 16 modules
var core_migrations = __webpack_require__(24652);
;// CONCATENATED MODULE: ./src/core/release/notes.ts
/** Rules whose findings break readers or writers of the old schema: a major version. */
const BREAKING_RULES = new Set([
    'dropping-table',
    'dropping-column',
    'renaming-table',
    'renaming-column',
    'changing-column-type',
    'adding-not-null-column-without-default',
    'setting-not-null',
    'dropping-database-or-schema',
    'truncating-table',
]);
const RISKS = ['none', 'low', 'medium', 'high', 'critical'];
function highest(findings) {
    return RISKS[Math.max(0, ...findings.filter((f) => !f.ignored).map((f) => RISKS.indexOf(f.risk)))];
}
/** The next version after `current` (x.y.z, an optional leading v kept) for a bump. */
function nextVersion(current, bump) {
    const m = /^(v?)(\d+)\.(\d+)\.(\d+)$/.exec(current.trim());
    if (!m)
        throw new RangeError(`not a semantic version: ${JSON.stringify(current)} (expected x.y.z)`);
    const [, v, a, b, c] = m;
    const [major, minor, patch] = [Number(a), Number(b), Number(c)];
    if (bump === 'major')
        return `${v}${major + 1}.0.0`;
    if (bump === 'minor')
        return `${v}${major}.${minor + 1}.0`;
    return `${v}${major}.${minor}.${patch + 1}`;
}
function buildReleaseNotes(from, to, migrations, current) {
    const breaking = migrations.flatMap((m) => m.findings
        .filter((f) => !f.ignored && BREAKING_RULES.has(f.ruleId))
        .map((f) => `${f.subject} (${m.file})`));
    const bump = breaking.length > 0 ? 'major' : migrations.length > 0 ? 'minor' : 'patch';
    return { from, to, migrations, bump, breaking, ...(current ? { next: nextVersion(current, bump) } : {}) };
}
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
function approvalText(a) {
    if (a === undefined)
        return 'not looked up';
    if (a === null)
        return 'no pull request';
    const who = a.approvers.length > 0 ? a.approvers.map((x) => `@${x}`).join(', ') : 'no approvals';
    return `#${a.pr}: ${who}`;
}
function renderReleaseNotes(n) {
    const lines = [`## Schema changes ${n.from}…${n.to}`, ''];
    const bumpText = n.bump === 'major'
        ? 'major: breaking schema changes'
        : n.bump === 'minor'
            ? 'minor: backward-compatible schema changes'
            : 'patch: no schema changes';
    lines.push(`Suggested version: **${n.next ?? n.bump}** (${bumpText})`, '');
    if (n.breaking.length > 0) {
        lines.push('Breaking changes:', '');
        for (const b of n.breaking)
            lines.push(`- ${b}`);
        lines.push('');
    }
    if (n.migrations.length === 0) {
        lines.push('No migrations were added.');
        return `${lines.join('\n')}\n`;
    }
    lines.push('| Migration | Risk | Tables | Down | Approvals |', '| --- | --- | --- | --- | --- |');
    for (const m of n.migrations) {
        lines.push(`| \`${cell(m.file)}\` | ${highest(m.findings)} | ${m.tables.map(cell).join(', ') || '—'} | ${m.hasDown ? 'yes' : 'no'} | ${cell(approvalText(m.approval))} |`);
    }
    for (const m of n.migrations) {
        const active = m.findings.filter((f) => !f.ignored);
        if (active.length === 0)
            continue;
        lines.push('', `### \`${cell(m.file)}\``, '');
        for (const f of active)
            lines.push(`- **${f.risk}** \`${f.ruleId}\` (line ${f.line}): ${f.message}`);
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/core/sql/index.ts + 4 modules
var sql = __webpack_require__(79585);
// EXTERNAL MODULE: ./src/runtime/project.ts
var runtime_project = __webpack_require__(413);
// EXTERNAL MODULE: ./src/runtime/releaseGit.ts
var releaseGit = __webpack_require__(84573);
;// CONCATENATED MODULE: ./src/cli/commands/releaseNotes.ts









const USAGE = `schemagate release-notes --from <ref> [--to <ref>] [--current <x.y.z>] [--out <file>]
                         [--token <token>] [--repo <owner/name>] [--config <file>]

Markdown of the schema changes between two git refs (--to defaults to HEAD): every migration added,
with its risk (the lint rules), the tables it touches, whether it has a down part, and who approved
its pull request (with a GitHub token: --token or GITHUB_TOKEN, and --repo or GITHUB_REPOSITORY),
and a semantic-version suggestion: breaking schema changes (drops, renames, type changes, new
NOT NULL) mean a major version; --current gives the next version number.
Exit codes: 0 ok, 2 bad input (unknown ref, bad config).`;
const releaseNotesCommand = {
    name: 'release-notes',
    summary: 'Markdown release notes of the schema changes between two refs, with a version suggestion',
    usage: USAGE,
    async run(args, io) {
        const { values } = (0,external_node_util_.parseArgs)({
            args,
            options: {
                from: { type: 'string' },
                to: { type: 'string', default: 'HEAD' },
                current: { type: 'string' },
                out: { type: 'string' },
                token: { type: 'string' },
                repo: { type: 'string' },
                config: { type: 'string', short: 'c' },
            },
        });
        if (!values.from)
            throw new errors/* InputError */.dz('release-notes: --from <ref> is required');
        const from = values.from;
        const to = values.to ?? 'HEAD';
        const project = (0,runtime_project/* loadProject */.gi)({ root: io.cwd, config: values.config, env: io.env });
        const { config } = project;
        const dir = await (0,releaseGit/* repoPath */.qN)(io.cwd, config.migrations.dir);
        const set = (0,core_migrations/* readMigrationSet */.PJ)(await (0,releaseGit/* filesAt */.Tl)(io.cwd, to, dir), config.migrations.format, config.migrations.dir);
        const added = await (0,releaseGit/* addedFiles */.K6)(io.cwd, from, to, dir);
        await (0,sql/* loadSqlParser */.Ok)();
        const parsed = set.migrations.map((m) => (0,sql/* parseSqlFile */.K5)(m.up.file, m.up.text, { firstLine: m.up.firstLine }));
        const isNew = set.migrations.map((m) => added.has(m.file));
        const report = (0,lint/* lintFiles */.ji)(parsed, {
            pgVersion: config.lint.pg_version,
            ruleLevels: config.lint.rules,
            configFile: project.configFile,
            largeTableRows: config.lint.large_table_rows,
            contextOnly: new Set(parsed.filter((_, i) => !isNew[i]).map((f) => f.file)),
        });
        const token = values.token || io.env.GITHUB_TOKEN;
        const repo = values.repo || io.env.GITHUB_REPOSITORY;
        const reader = token && repo ? { token, repo, apiUrl: io.env.GITHUB_API_URL || 'https://api.github.com' } : undefined;
        const bySha = new Map();
        const migrations = [];
        for (let i = 0; i < set.migrations.length; i++) {
            if (!isNew[i])
                continue;
            const m = set.migrations[i];
            let approval;
            const sha = added.get(m.file);
            if (reader && sha) {
                if (!bySha.has(sha))
                    bySha.set(sha, await (0,releaseGit/* approvalOf */.xf)(reader, sha));
                approval = bySha.get(sha);
            }
            migrations.push({
                file: m.up.file,
                version: m.version,
                findings: report.findings.filter((f) => f.file === m.up.file),
                tables: (0,lint/* tablesTouched */.K3)([parsed[i]]),
                hasDown: Boolean(m.down),
                ...(reader ? { approval } : {}),
            });
        }
        let notes;
        try {
            notes = buildReleaseNotes(from, to, migrations, values.current);
        }
        catch (err) {
            throw new errors/* InputError */.dz(`--current: ${err.message}`);
        }
        const md = renderReleaseNotes(notes);
        if (values.out) {
            (0,external_node_fs_.writeFileSync)(project.path(values.out), md);
            io.out(`release notes: ${migrations.length} migration(s), suggested ${notes.next ?? notes.bump}; written to ${values.out}`);
        }
        else
            io.out(md);
        return 0;
    },
};


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


/***/ }),

/***/ 84573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eo: () => (/* binding */ firstCommitTimes),
/* harmony export */   K6: () => (/* binding */ addedFiles),
/* harmony export */   Tl: () => (/* binding */ filesAt),
/* harmony export */   qN: () => (/* binding */ repoPath),
/* harmony export */   xf: () => (/* binding */ approvalOf)
/* harmony export */ });
/* unused harmony export git */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/** Git and GitHub reading for release notes and DORA figures: a ref's files, commit times, PRs. */



const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
async function git(cwd, args) {
    try {
        return (await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 })).stdout;
    }
    catch (err) {
        const stderr = String(err.stderr ?? '').trim();
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`git ${args.join(' ')}: ${stderr || err.message}`);
    }
}
/** Path of `dir` relative to the repository root (what `git show <ref>:<path>` needs). */
async function repoPath(cwd, dir) {
    const prefix = (await git(cwd, ['rev-parse', '--show-prefix'])).trim();
    return `${prefix}${dir}`.replace(/\/+$/, '');
}
/** Top-level files of a directory as they are at `ref`. */
async function filesAt(cwd, ref, dir) {
    const list = await git(cwd, ['ls-tree', '--name-only', `${ref}:${dir}`]).catch(() => '');
    const names = list.split('\n').filter(Boolean);
    const out = [];
    for (const name of names)
        out.push({ name, content: await git(cwd, ['show', `${ref}:${dir}/${name}`]) });
    return out;
}
/** Files added between two refs under `dir`, with the commit that added each. */
async function addedFiles(cwd, from, to, dir) {
    const out = new Map();
    const log = await git(cwd, [
        'log',
        '--diff-filter=A',
        '--name-only',
        '--format=%x00%H',
        `${from}..${to}`,
        '--',
        dir,
    ]);
    for (const chunk of log.split('\0').filter((c) => c.trim())) {
        const [sha, ...files] = chunk.split('\n').filter(Boolean);
        // Newest first: keep the oldest commit that added the path.
        for (const f of files)
            out.set(f.split('/').pop() ?? f, sha);
    }
    return out;
}
/** Commit time (ISO 8601) of the commit that first added each file under `dir`, by file name. */
async function firstCommitTimes(cwd, dir) {
    const out = new Map();
    const log = await git(cwd, ['log', '--diff-filter=A', '--name-only', '--format=%x00%cI', '--', dir]).catch(() => '');
    for (const chunk of log.split('\0').filter((c) => c.trim())) {
        const [at, ...files] = chunk.split('\n').filter(Boolean);
        for (const f of files)
            out.set(f.split('/').pop() ?? f, at);
    }
    return out;
}
async function getJson(r, path) {
    const res = await fetch(`${r.apiUrl.replace(/\/+$/, '')}${path}`, {
        headers: { authorization: `Bearer ${r.token}`, accept: 'application/vnd.github+json' },
    });
    if (!res.ok)
        throw new Error(`GitHub answered HTTP ${res.status} for ${path}`);
    return res.json();
}
/** The pull request that brought a commit, and who approved it (latest review per reviewer). */
async function approvalOf(r, sha) {
    const pulls = (await getJson(r, `/repos/${r.repo}/commits/${sha}/pulls`));
    const pr = pulls.find((p) => p.merged_at) ?? pulls[0];
    if (!pr)
        return null;
    const reviews = [];
    for (let page = 1;; page++) {
        const batch = await getJson(r, `/repos/${r.repo}/pulls/${pr.number}/reviews?per_page=100&page=${page}`);
        reviews.push(...batch);
        if (batch.length < 100)
            break;
    }
    const latest = new Map();
    for (const rv of reviews) {
        const login = rv.user?.login;
        if (login && rv.state !== 'COMMENTED')
            latest.set(login, rv.state);
    }
    return {
        pr: pr.number,
        title: pr.title,
        approvers: [...latest]
            .filter(([, s]) => s === 'APPROVED')
            .map(([l]) => l)
            .sort(),
    };
}


/***/ })

};
