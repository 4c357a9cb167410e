export const id = 255;
export const ids = [255];
export const modules = {

/***/ 255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runStageEntry: () => (/* binding */ runStageEntry)
});

// EXTERNAL MODULE: ./src/db/index.ts + 3 modules
var db = __webpack_require__(7846);
;// CONCATENATED MODULE: ./src/stages/actionsPort.ts
async function actionsCorePort() {
    const core = await __webpack_require__.e(/* import() */ 421).then(__webpack_require__.bind(__webpack_require__, 6421));
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

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/stages/drift-check/stage.ts

const stage = {
    name: 'drift-check',
    async run() {
        throw new errors/* NotImplementedError */.EH('the drift-check stage is not built yet (issue #7)');
    },
};

;// CONCATENATED MODULE: ./src/stages/lint-gate/stage.ts

const stage_stage = {
    name: 'lint-gate',
    async run() {
        throw new errors/* NotImplementedError */.EH('the lint-gate stage is not built yet (issue #6)');
    },
};

;// CONCATENATED MODULE: ./src/stages/migrate/stage.ts

const migrate_stage_stage = {
    name: 'migrate',
    async run() {
        throw new errors/* NotImplementedError */.EH('the migrate stage is not built yet (issue #5)');
    },
};

;// CONCATENATED MODULE: ./src/stages/neon-branch/stage.ts

const neon_branch_stage_stage = {
    name: 'neon-branch',
    async run() {
        throw new errors/* NotImplementedError */.EH('the neon-branch stage is not built yet (issue #8)');
    },
};

;// CONCATENATED MODULE: ./src/stages/registry.ts




/** Every stage, in pipeline order. */
const stages = {
    'neon-branch': neon_branch_stage_stage,
    migrate: migrate_stage_stage,
    'drift-check': stage,
    'lint-gate': stage_stage,
};

// EXTERNAL MODULE: ./src/runtime/project.ts + 3 modules
var runtime_project = __webpack_require__(3894);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
    const runUrl = repository && env.GITHUB_RUN_ID ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
    return {
        repository,
        eventName: env.GITHUB_EVENT_NAME ?? '',
        actor: env.GITHUB_ACTOR ?? '',
        runUrl,
        serverUrl,
        sha: env.GITHUB_SHA ?? '',
    };
}

;// CONCATENATED MODULE: ./src/stages/types.ts
const STAGES = ['neon-branch', 'migrate', 'drift-check', 'lint-gate'];
const statusContext = (stage) => `schemagate/${stage}`;

;// CONCATENATED MODULE: ./src/stages/runStage.ts
/**
 * The one implementation every stage entry calls: read common inputs, load the project, run the
 * stage's own logic, then publish its outcome (outputs, commit status, comment section, job
 * summary). The only catch of the stage lives here.
 */




const MAX_STATUS_DESCRIPTION = 140;
function cutDescription(text) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    return oneLine.length <= MAX_STATUS_DESCRIPTION ? oneLine : `${oneLine.slice(0, MAX_STATUS_DESCRIPTION - 1)}…`;
}
async function runStage(stage, deps) {
    const { actions, env } = deps;
    const input = (name) => actions.getInput(name).trim();
    // Mask before anything can print: tokens and every URL-shaped input.
    for (const name of ['github-token', 'neon-api-key', 'database-url', 'dev-url']) {
        const v = input(name);
        if (v)
            actions.setSecret(v);
    }
    const run = readRunInfo(env);
    const pr = readPullRequest(env);
    const token = input('github-token');
    const github = token && pr && deps.github ? deps.github(token) : undefined;
    let outcome;
    try {
        const project = (0,runtime_project/* loadProject */.g)({
            root: input('working-directory') || env.GITHUB_WORKSPACE || process.cwd(),
            config: input('config') || undefined,
            mode: input('mode') || undefined,
            env,
        });
        const ctx = {
            input,
            project,
            run,
            pr,
            github,
            log: {
                info: actions.info,
                warning: actions.warning,
                error: actions.error,
                mask: actions.setSecret,
            },
            openDb: deps.openDb,
            upstream: deps.upstream ?? {},
            now: deps.now ?? (() => new Date()),
        };
        outcome = await stage.run(ctx);
    }
    catch (err) {
        const message = (0,errors/* errorMessage */.gJ)(err);
        actions.error(message);
        outcome = {
            state: err instanceof errors/* InputError */.dz ? 'failure' : 'error',
            description: cutDescription(message),
            section: `### ${stage.name}\n\n:x: ${message}\n`,
            outputs: {},
        };
    }
    for (const [name, value] of Object.entries(outcome.outputs))
        actions.setOutput(name, value);
    await publish(stage, outcome, { github, pr, runUrl: run.runUrl, actions });
    actions.info(`${statusContext(stage.name)}: ${outcome.state}: ${outcome.description}`);
    return { exitCode: outcome.state === 'success' ? 0 : 1, outcome };
}
async function publish(stage, outcome, where) {
    const { github, pr, actions } = where;
    let notice = '';
    if (github && pr) {
        try {
            await github.setStatus(pr.headSha, statusContext(stage.name), outcome.state, cutDescription(outcome.description), where.runUrl);
            await github.upsertCommentSection(pr.number, stage.name, outcome.section);
        }
        catch (err) {
            const status = err.status;
            if (status !== 403)
                throw err;
            // A fork's read-only token: the job summary is the only place left to report.
            notice =
                '> [!NOTE]\n> The token cannot write statuses or comments here (a pull request from a fork has a read-only token), so this report is in the job summary only.\n\n';
            actions.warning('schemagate: no permission to post the status or comment (read-only token); see the job summary');
        }
    }
    await actions.appendSummary(notice + outcome.section);
}

;// CONCATENATED MODULE: ./src/stages/suite.ts



/** Runs the enabled stages in pipeline order; a failed stage stops the ones after it. */
async function runSuite(deps) {
    const enabled = (deps.actions.getInput('stages') || STAGES.join(','))
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    let upstream = {};
    for (const name of STAGES) {
        if (!enabled.includes(name))
            continue;
        const { exitCode, outcome } = await runStage(stages[name], { ...deps, upstream });
        upstream = { ...upstream, ...Object.fromEntries(Object.entries(outcome.outputs).map(([k, v]) => [`${name}.${k}`, v])) };
        if (exitCode !== 0)
            return exitCode;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/stages/entries.ts





/** Runs one action entry as the runner starts it; returns the process exit code. */
async function runStageEntry(entry) {
    const actions = await actionsCorePort();
    const deps = { env: process.env, actions, openDb: db/* openDb */.b, github: await gitHubFactory() };
    if (entry === 'suite')
        return runSuite(deps);
    const { exitCode } = await runStage(stages[entry], deps);
    return exitCode;
}
async function gitHubFactory() {
    const { octokitGitHub } = await __webpack_require__.e(/* import() */ 133).then(__webpack_require__.bind(__webpack_require__, 8133));
    return (token) => octokitGitHub(token, process.env);
}


/***/ })

};
