export const id = 4470;
export const ids = [4470];
export const modules = {

/***/ 78276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BB: () => (/* binding */ pgDumpCommand),
/* harmony export */   aH: () => (/* binding */ destructiveTables),
/* harmony export */   vy: () => (/* binding */ pgDumpArgs)
/* harmony export */ });
/* harmony import */ var _lint_ast_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43013);
/**
 * The tables whose data a migration can destroy: what to back up before it runs when no Neon
 * restore point can be taken (the release template: "back up affected tables before migrating").
 */

const DESTRUCTIVE_SUBTYPES = new Set(['AT_DropColumn', 'AT_AlterColumnType', 'AT_DropConstraint']);
/** Tables touched by DROP TABLE, TRUNCATE, DELETE, UPDATE, DROP COLUMN or a column type change, in order, once each. */
function destructiveTables(statements) {
    const out = new Map();
    const add = (t) => {
        if (t && !out.has((0,_lint_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .tableKey */ .ih)(t)))
            out.set((0,_lint_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .tableKey */ .ih)(t), t);
    };
    for (const s of statements) {
        const a = s.ast;
        if (s.kind === 'DropStmt' && a?.removeType === 'OBJECT_TABLE') {
            for (const o of a.objects ?? [])
                add((0,_lint_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .refFromNames */ .Eu)((0,_lint_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .nameList */ .OD)(o?.List?.items)));
        }
        else if (s.kind === 'TruncateStmt') {
            for (const r of a?.relations ?? [])
                add((0,_lint_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .tableOf */ .c_)(r?.RangeVar));
        }
        else if (s.kind === 'DeleteStmt' || s.kind === 'UpdateStmt') {
            add((0,_lint_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .tableOf */ .c_)(a?.relation));
        }
        else if (s.kind === 'AlterTableStmt') {
            if ((a.cmds ?? []).some((c) => DESTRUCTIVE_SUBTYPES.has(c?.AlterTableCmd?.subtype)))
                add((0,_lint_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .tableOf */ .c_)(a?.relation));
        }
    }
    return [...out.values()];
}
/**
 * The pg_dump arguments that save those tables (schema and data) to `file` in the custom format,
 * which `pg_restore` reads; the connection comes from the environment (PG* variables), never the
 * command line, where it would show in the process list.
 */
function pgDumpArgs(tables, file) {
    return [
        '--format=custom',
        '--no-owner',
        `--file=${file}`,
        // pg_dump's --table takes a pattern: quote both parts so the name is matched literally.
        ...tables.map((t) => `--table=${dumpPattern(t)}`),
    ];
}
function dumpPattern(t) {
    const q = (s) => `"${s.replace(/"/g, '""')}"`;
    return `${q(t.schema ?? 'public')}.${q(t.name)}`;
}
/** The command as a user would type it, for the summary (the URL left to the user). */
function pgDumpCommand(tables, file) {
    const sh = (s) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
    return ['pg_dump', '"$DATABASE_URL"', ...pgDumpArgs(tables, file).map(sh)].join(' ');
}


/***/ }),

/***/ 68299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ translate),
/* harmony export */   m: () => (/* binding */ neonApiPort)
/* harmony export */ });
/* harmony import */ var _neondatabase_api_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43643);
/* harmony import */ var _neondatabase_api_client__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_neondatabase_api_client__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _port_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74237);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8949);
/**
 * The Neon port over @neondatabase/api-client (axios). Every call goes through withRetry, and
 * every error leaves this file as a plain Error or NeonInputError: axios errors carry the request
 * config, Authorization header included, and must never reach a log.
 */



const toBranch = (b) => ({
    id: b.id,
    name: b.name,
    ...(b.parent_id ? { parentId: b.parent_id } : {}),
    ...(b.expires_at ? { expiresAt: b.expires_at } : {}),
    isDefault: Boolean(b.default),
});
function neonApiPort(options) {
    const api = (0,_neondatabase_api_client__WEBPACK_IMPORTED_MODULE_0__.createApiClient)({
        apiKey: options.apiKey,
        baseURL: options.apiHost.replace(/\/+$/, ''),
        timeout: 60_000,
    });
    const projectId = options.projectId;
    async function call(what, fn, notFound) {
        try {
            return await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(fn, options.retry);
        }
        catch (err) {
            const status = (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .nG)(err);
            if (status === 404 && notFound)
                return notFound();
            throw translate(err, what, projectId);
        }
    }
    return {
        async listBranches(search) {
            const all = [];
            let cursor;
            do {
                const page = await call('listing branches', () => api.listProjectBranches({
                    projectId,
                    limit: 100,
                    ...(search ? { search } : {}),
                    ...(cursor ? { cursor } : {}),
                }));
                all.push(...page.data.branches.map((b) => toBranch(b)));
                const next = page.data.pagination?.next;
                cursor = next && page.data.branches.length > 0 && next !== cursor ? next : undefined;
            } while (cursor);
            return all;
        },
        async createBranch({ name, parentId, expiresAt, initSource, suspendTimeoutSeconds }) {
            const { data } = await call('creating the branch', () => api.createProjectBranch(projectId, {
                branch: {
                    name,
                    ...(parentId ? { parent_id: parentId } : {}),
                    ...(expiresAt ? { expires_at: expiresAt } : {}),
                    ...(initSource ? { init_source: initSource } : {}),
                },
                endpoints: [
                    {
                        type: 'read_write',
                        ...(suspendTimeoutSeconds !== undefined
                            ? { suspend_timeout_seconds: suspendTimeoutSeconds }
                            : {}),
                    },
                ],
            }));
            return { branch: toBranch(data.branch), operations: (data.operations ?? []).map((o) => o.id) };
        },
        async resetBranch(branchId, parentId) {
            const { data } = await call('resetting the branch to its parent', () => api.restoreProjectBranch(projectId, branchId, { source_branch_id: parentId }));
            return (data.operations ?? []).map((o) => o.id);
        },
        async deleteBranch(branchId) {
            return call('deleting the branch', async () => {
                const { data } = await api.deleteProjectBranch({ projectId, branchId });
                return { result: 'deleted', operations: (data.operations ?? []).map((o) => o.id) };
            }, () => ({ result: 'gone', operations: [] }));
        },
        async operationStatus(operationId) {
            const { data } = await call('waiting for an operation', () => api.getProjectOperation(projectId, operationId));
            const { status, error } = data.operation;
            if (status === 'finished' || status === 'skipped')
                return { done: true };
            if (status === 'failed' || status === 'error' || status === 'cancelled' || status === 'cancelling') {
                return { done: true, failed: error || status };
            }
            return { done: false };
        },
        async connectionUri(branchId, database, role, uriOptions) {
            const { data } = await call('getting the connection URI', () => api.getConnectionUri({
                projectId,
                branch_id: branchId,
                database_name: database,
                role_name: role,
                ...(uriOptions?.pooled ? { pooled: true } : {}),
            }));
            return data.uri;
        },
    };
}
function translate(err, what, projectId) {
    const status = (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .nG)(err);
    const body = err?.response?.data;
    const detail = typeof body?.message === 'string' ? `: ${body.message}` : '';
    if (status === 401) {
        return new _port_js__WEBPACK_IMPORTED_MODULE_1__/* .NeonInputError */ .V('neon-api-key', `Neon rejected the API key (HTTP 401) while ${what}: check the neon-api-key input (a Neon API key secret)`);
    }
    if (status === 404 && what === 'listing branches') {
        return new _port_js__WEBPACK_IMPORTED_MODULE_1__/* .NeonInputError */ .V('neon-project-id', `Neon has no project ${JSON.stringify(projectId)} visible to this API key (HTTP 404): check the neon-project-id input or neon.project_id in schemagate.yml`);
    }
    if (status !== undefined)
        return new Error(`Neon API error while ${what}: HTTP ${status}${detail}`);
    const code = err?.code;
    return new Error(`Neon API unreachable while ${what}${typeof code === 'string' ? ` (${code})` : ''}`);
}


/***/ }),

/***/ 55852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N1: () => (/* binding */ deleteBranchNamed),
/* harmony export */   cq: () => (/* binding */ deleteBranchById),
/* harmony export */   ft: () => (/* binding */ waitForOperations),
/* harmony export */   gi: () => (/* binding */ findParent),
/* harmony export */   h2: () => (/* binding */ resetToParent),
/* harmony export */   js: () => (/* binding */ ensureBranch),
/* harmony export */   o2: () => (/* binding */ findBranchById),
/* harmony export */   uQ: () => (/* binding */ findBranchByName),
/* harmony export */   vk: () => (/* binding */ cleanupBranches)
/* harmony export */ });
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71322);
/* harmony import */ var _port_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74237);
/**
 * The branch lifecycle of a pull request over the Neon port: create or reuse (exact name),
 * optionally reset to the parent, wait for operations; delete on close; clean up closed and
 * expired branches. No I/O of its own beyond the port, so tests drive it with a fake.
 */


async function findBranchByName(neon, name) {
    // search matches substrings of names and ids: only an exact name match is ours.
    return (await neon.listBranches(name)).find((b) => b.name === name);
}
async function resolveParent(neon, parent) {
    if (!parent)
        return undefined;
    const candidates = await neon.listBranches(parent);
    const found = candidates.find((b) => b.id === parent) ?? candidates.find((b) => b.name === parent);
    if (!found)
        throw new _port_js__WEBPACK_IMPORTED_MODULE_0__/* .NeonInputError */ .V('parent-branch', `Neon has no branch named or with id ${JSON.stringify(parent)}: check the parent-branch input or neon.parent_branch`);
    return found;
}
async function waitForOperations(deps, operations) {
    const pollMs = deps.pollMs ?? 1000;
    const maxPolls = deps.maxPolls ?? 300;
    for (const id of operations) {
        for (let poll = 0;; poll++) {
            const { done, failed } = await deps.neon.operationStatus(id);
            if (failed)
                throw new Error(`Neon operation ${id} failed: ${failed}`);
            if (done)
                break;
            if (poll >= maxPolls)
                throw new Error(`Neon operation ${id} did not finish after ${Math.round((maxPolls * pollMs) / 1000)} s`);
            await deps.sleep(pollMs);
        }
    }
}
/**
 * Resets `branch` to the current head of `parent` (resolved) or of its own parent, and waits;
 * returns the branch to use afterwards. A schema-only branch is a root branch (Neon keeps no
 * parent link, and a restore would copy the parent's data), so it is deleted and created again
 * from the parent's schema, under the same name and with a new id.
 */
async function resetToParent(deps, branch, parent, request) {
    if (request?.initSource === 'schema-only') {
        deps.log(`Re-creating schema-only Neon branch ${branch.name} from its parent's schema`);
        const gone = await deps.neon.deleteBranch(branch.id);
        await waitForOperations(deps, gone.operations);
        const made = await deps.neon.createBranch(createRequest(branch.name, parent, request));
        await waitForOperations(deps, made.operations);
        return made.branch;
    }
    const parentId = parent?.id ?? branch.parentId;
    if (!parentId)
        throw new _port_js__WEBPACK_IMPORTED_MODULE_0__/* .NeonInputError */ .V('parent-branch', `branch ${branch.name} has no parent to reset to: set the parent-branch input`);
    deps.log(`Resetting Neon branch ${branch.name} to its parent`);
    await waitForOperations(deps, await deps.neon.resetBranch(branch.id, parentId));
    return branch;
}
function createRequest(name, parent, r) {
    return {
        name,
        ...(parent ? { parentId: parent.id } : {}),
        ...(r.expiresAt ? { expiresAt: r.expiresAt } : {}),
        ...(r.initSource ? { initSource: r.initSource } : {}),
        ...(r.suspendTimeoutSeconds !== undefined ? { suspendTimeoutSeconds: r.suspendTimeoutSeconds } : {}),
    };
}
/** The parent branch named (or with the id) `parent`; undefined when none is configured. */
async function findParent(neon, parent) {
    return resolveParent(neon, parent);
}
async function ensureBranch(deps, request) {
    const { neon } = deps;
    const parent = await resolveParent(neon, request.parent);
    const existing = await findBranchByName(neon, request.name);
    if (existing) {
        if (!request.reset)
            return { branch: existing, created: false, reset: false, parent };
        const branch = await resetToParent(deps, existing, parent, request);
        return { branch, created: false, reset: true, parent };
    }
    try {
        deps.log(`Creating Neon branch ${request.name}`);
        const { branch, operations } = await neon.createBranch(createRequest(request.name, parent, request));
        await waitForOperations(deps, operations);
        return { branch, created: true, reset: false, parent };
    }
    catch (err) {
        // 409: another run created it between our listing and our create. Reuse theirs.
        if (err.message?.includes('HTTP 409')) {
            const raced = await findBranchByName(neon, request.name);
            if (raced)
                return { branch: raced, created: false, reset: false, parent };
        }
        throw err;
    }
}
/** The branch with exactly this id (Neon's search matches ids too). */
async function findBranchById(neon, id) {
    return (await neon.listBranches(id)).find((b) => b.id === id);
}
/** Deletes by id (Neon's delete-branch action takes one) or by the PR's name. */
async function deleteBranchById(deps, id) {
    const { result, operations } = await deps.neon.deleteBranch(id);
    await waitForOperations(deps, operations);
    return result;
}
async function deleteBranchNamed(deps, name) {
    const existing = await findBranchByName(deps.neon, name);
    if (!existing)
        return 'gone';
    const { result, operations } = await deps.neon.deleteBranch(existing.id);
    await waitForOperations(deps, operations);
    return result;
}
/** Deletes this template's branches whose PR is closed (or gone) and those past expires_at. */
async function cleanupBranches(deps, template, prState, now) {
    const deleted = [];
    let kept = 0;
    for (const branch of await deps.neon.listBranches((0,_naming_js__WEBPACK_IMPORTED_MODULE_1__/* .searchPrefix */ .FK)(template) || undefined)) {
        const pr = (0,_naming_js__WEBPACK_IMPORTED_MODULE_1__/* .prNumberOf */ .Jd)(template, branch.name);
        if (pr === undefined || branch.isDefault)
            continue;
        const expired = branch.expiresAt !== undefined && Date.parse(branch.expiresAt) <= now.getTime();
        const why = expired ? 'expired' : (await prState(pr)) === 'open' ? undefined : 'closed';
        if (!why) {
            kept++;
            continue;
        }
        const { operations } = await deps.neon.deleteBranch(branch.id);
        await waitForOperations(deps, operations);
        deleted.push({ name: branch.name, why });
    }
    return { deleted, kept };
}


/***/ }),

/***/ 71322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ searchPrefix),
/* harmony export */   Jd: () => (/* binding */ prNumberOf),
/* harmony export */   WJ: () => (/* binding */ expiresAt),
/* harmony export */   xG: () => (/* binding */ branchNameFor)
/* harmony export */ });
/** Pure helpers: the branch name of a PR, the PR number of a branch name, and expires_at. */
const MAX_EXPIRY_MS = 30 * 86_400_000;
function branchNameFor(template, prNumber) {
    return template.replaceAll('{number}', String(prNumber));
}
/** The PR number encoded in a branch name made from `template`, or undefined if it is not one of ours. */
function prNumberOf(template, branchName) {
    const [before, after = ''] = template.split('{number}');
    if (!template.includes('{number}'))
        return undefined;
    if (!branchName.startsWith(before) || !branchName.endsWith(after))
        return undefined;
    const middle = branchName.slice(before.length, branchName.length - after.length);
    return /^[1-9]\d*$/.test(middle) ? Number(middle) : undefined;
}
/** The fixed part of the template before {number}: what to search for when listing branches. */
function searchPrefix(template) {
    return template.split('{number}')[0];
}
/**
 * expires_at as RFC 3339 with whole seconds (what Neon accepts), `lifetimeMs` after now; Neon
 * refuses more than 30 days, so that is rejected here with the input named.
 */
function expiresAt(now, lifetimeMs) {
    if (lifetimeMs <= 0)
        return undefined;
    if (lifetimeMs > MAX_EXPIRY_MS)
        throw new RangeError('expires-in must be at most 30 days (Neon refuses a later expires_at)');
    return new Date(Math.floor((now.getTime() + lifetimeMs) / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}


/***/ }),

/***/ 74237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ NeonInputError)
/* harmony export */ });
/** What the neon-branch stage needs from Neon, as a small port (the API client is in apiPort.ts). */
/** Bad input that Neon told us about (API key, project id, parent): the stage fails, naming the input. */
class NeonInputError extends Error {
    input;
    name = 'NeonInputError';
    constructor(input, message) {
        super(message);
        this.input = input;
    }
}


/***/ }),

/***/ 47864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ neonReleasePort)
/* harmony export */ });
/* harmony import */ var _neondatabase_api_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43643);
/* harmony import */ var _neondatabase_api_client__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_neondatabase_api_client__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _apiPort_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68299);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8949);
/**
 * The Neon operations of release safety, added to the branch port: a restore point (a branch of
 * the target at its current LSN, with no compute), reading one branch, and restoring a branch from
 * another branch or to a point in time. Same client settings, retries and error translation as
 * apiPort.ts: no axios error (which carries the Authorization header) leaves this file.
 */



const toDetail = (b) => ({
    id: b.id,
    name: b.name,
    isDefault: Boolean(b.default),
    ...(b.parent_id ? { parentId: b.parent_id } : {}),
    ...(b.expires_at ? { expiresAt: b.expires_at } : {}),
    ...(b.parent_lsn ? { parentLsn: b.parent_lsn } : {}),
    ...(b.parent_timestamp ? { parentTimestamp: b.parent_timestamp } : {}),
    ...(b.created_at ? { createdAt: b.created_at } : {}),
});
function neonReleasePort(options) {
    const base = (0,_apiPort_js__WEBPACK_IMPORTED_MODULE_1__/* .neonApiPort */ .m)(options);
    const api = (0,_neondatabase_api_client__WEBPACK_IMPORTED_MODULE_0__.createApiClient)({
        apiKey: options.apiKey,
        baseURL: options.apiHost.replace(/\/+$/, ''),
        timeout: 60_000,
    });
    const projectId = options.projectId;
    async function call(what, fn) {
        try {
            return await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(fn, options.retry);
        }
        catch (err) {
            throw (0,_apiPort_js__WEBPACK_IMPORTED_MODULE_1__/* .translate */ .T)(err, what, projectId);
        }
    }
    return {
        ...base,
        async getBranch(branchId) {
            try {
                const { data } = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(() => api.getProjectBranch(projectId, branchId), options.retry);
                return toDetail(data.branch);
            }
            catch (err) {
                const status = err?.response?.status;
                if (status === 404)
                    return undefined;
                throw (0,_apiPort_js__WEBPACK_IMPORTED_MODULE_1__/* .translate */ .T)(err, 'reading a branch', projectId);
            }
        },
        async createSnapshotBranch({ name, parentId, expiresAt }) {
            const { data } = await call('creating the restore point branch', () => api.createProjectBranch(projectId, {
                branch: { name, parent_id: parentId, ...(expiresAt ? { expires_at: expiresAt } : {}) },
            }));
            return {
                branch: toDetail(data.branch),
                operations: (data.operations ?? []).map((o) => o.id),
            };
        },
        async restoreBranch(r) {
            const { data } = await call('restoring the branch', () => api.restoreProjectBranch(projectId, r.branchId, {
                source_branch_id: r.sourceBranchId,
                ...(r.sourceTimestamp ? { source_timestamp: r.sourceTimestamp } : {}),
                ...(r.sourceLsn ? { source_lsn: r.sourceLsn } : {}),
                preserve_under_name: r.preserveUnderName,
            }));
            return {
                branch: toDetail(data.branch),
                operations: (data.operations ?? []).map((o) => o.id),
            };
        },
    };
}


/***/ }),

/***/ 89602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fy: () => (/* binding */ createRestorePoint),
/* harmony export */   S7: () => (/* binding */ executeRestore),
/* harmony export */   q8: () => (/* binding */ planRestore)
/* harmony export */ });
/* unused harmony exports restorePointName, preservedName, resolveTarget */
/* harmony import */ var _lifecycle_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55852);
/* harmony import */ var _port_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74237);
/**
 * Restore points and restores over the Neon release port. A restore point is a branch of the
 * production branch taken at its current LSN just before a migration run, named
 * `restore/<target>/<version>-<short sha>`, with an expiry; a rollback restores production from it
 * (or from its own history at a timestamp), keeping the state it replaces as a branch.
 */


/** Neon branch names are at most 256 characters; keep the readable parts. */
function restorePointName(target, version, sha) {
    const v = version && version.length > 0 ? version : 'empty';
    return `restore/${target}/${v}-${sha.slice(0, 7)}`.slice(0, 256);
}
/** The name under which the state replaced by a restore is kept. */
function preservedName(target, now) {
    return `rollback/${target}/${now
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z')
        .replace(/:/g, '-')}`;
}
/** The branch named or with id `nameOrId`, or the project's default branch when absent. */
async function resolveTarget(neon, nameOrId) {
    const list = await neon.listBranches(nameOrId);
    const found = nameOrId
        ? (list.find((b) => b.id === nameOrId) ?? list.find((b) => b.name === nameOrId))
        : list.find((b) => b.isDefault);
    if (!found) {
        throw new _port_js__WEBPACK_IMPORTED_MODULE_1__/* .NeonInputError */ .V('production-branch', nameOrId
            ? `Neon has no branch named or with id ${JSON.stringify(nameOrId)}: check the production-branch input or release.production_branch`
            : 'the Neon project has no default branch: name the production branch (production-branch input or release.production_branch)');
    }
    return (await neon.getBranch(found.id)) ?? found;
}
async function createRestorePoint(deps, request) {
    const target = await resolveTarget(deps.neon, request.target);
    const name = restorePointName(target.name, request.version, request.sha);
    const view = (b, created) => ({
        id: b.id,
        name: b.name,
        target: { id: target.id, name: target.name },
        ...(b.parentLsn ? { lsn: b.parentLsn } : {}),
        ...(b.createdAt ? { createdAt: b.createdAt } : {}),
        ...(b.expiresAt ? { expiresAt: b.expiresAt } : {}),
        created,
    });
    // A re-run of the same commit: the restore point taken before its first attempt is the one to keep.
    const existing = (await deps.neon.listBranches(name)).find((b) => b.name === name);
    if (existing) {
        deps.log(`restore point ${name} exists already (${existing.id}); keeping it`);
        return view((await deps.neon.getBranch(existing.id)) ?? existing, false);
    }
    const { branch, operations } = await deps.neon.createSnapshotBranch({
        name,
        parentId: target.id,
        ...(request.expiresAt ? { expiresAt: request.expiresAt } : {}),
    });
    await (0,_lifecycle_js__WEBPACK_IMPORTED_MODULE_0__/* .waitForOperations */ .ft)(deps, operations);
    deps.log(`restore point ${branch.name} (${branch.id}) taken from ${target.name}`);
    return view(branch, true);
}
/** Works out a restore (nothing changes): from a restore point (name or id) or to a timestamp. */
async function planRestore(neon, request) {
    const target = await resolveTarget(neon, request.target);
    const preserveUnderName = preservedName(target.name, request.now);
    if (request.timestamp) {
        return {
            target,
            source: target,
            timestamp: request.timestamp,
            since: request.timestamp,
            preserveUnderName,
        };
    }
    if (!request.restorePoint)
        throw new _port_js__WEBPACK_IMPORTED_MODULE_1__/* .NeonInputError */ .V('--restore-point', 'name a restore point or a --to-time');
    const list = await neon.listBranches(request.restorePoint);
    const found = list.find((b) => b.id === request.restorePoint) ?? list.find((b) => b.name === request.restorePoint);
    if (!found) {
        throw new _port_js__WEBPACK_IMPORTED_MODULE_1__/* .NeonInputError */ .V('--restore-point', `Neon has no branch named or with id ${JSON.stringify(request.restorePoint)}; list them with the Neon console or \`neon branches list\` (names start with restore/${target.name}/)`);
    }
    const source = (await neon.getBranch(found.id)) ?? found;
    return { target, source, since: source.parentTimestamp ?? source.createdAt, preserveUnderName };
}
async function executeRestore(deps, plan) {
    const { branch, operations } = await deps.neon.restoreBranch({
        branchId: plan.target.id,
        sourceBranchId: plan.source.id,
        ...(plan.timestamp ? { sourceTimestamp: plan.timestamp } : {}),
        preserveUnderName: plan.preserveUnderName,
    });
    await (0,_lifecycle_js__WEBPACK_IMPORTED_MODULE_0__/* .waitForOperations */ .ft)(deps, operations);
    deps.log(`restored ${plan.target.name} from ${plan.timestamp ? `its own history at ${plan.timestamp}` : plan.source.name}; the previous state is kept as ${plan.preserveUnderName}`);
    return branch;
}


/***/ }),

/***/ 8949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   nG: () => (/* binding */ httpStatus),
/* harmony export */   uk: () => (/* binding */ realSleep)
/* harmony export */ });
/* unused harmony export retryReason */
/**
 * Retries for Neon calls: 423 (the project is locked by a running operation), 429, 5xx and
 * network errors, with exponential backoff. The clock is injected so tests never wait.
 */
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const NETWORK_CODES = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ENOTFOUND',
    'EPIPE',
    'ECONNABORTED',
    'ERR_NETWORK',
    'UND_ERR_SOCKET',
]);
function httpStatus(err) {
    const e = err;
    const s = e?.response?.status ?? e?.status;
    return typeof s === 'number' ? s : undefined;
}
/** Why an error is worth retrying, or undefined when it is not. */
function retryReason(err) {
    const status = httpStatus(err);
    if (status === 423)
        return 'HTTP 423 (project locked by another operation)';
    if (status === 429)
        return 'HTTP 429 (rate limited)';
    if (status !== undefined && status >= 500)
        return `HTTP ${status}`;
    if (status === undefined) {
        const code = err?.code;
        if (typeof code === 'string' && NETWORK_CODES.has(code))
            return `network error ${code}`;
    }
    return undefined;
}
function retryAfterMs(err) {
    const headers = err?.response?.headers;
    const raw = headers?.['retry-after'];
    const seconds = typeof raw === 'string' || typeof raw === 'number' ? Number(raw) : Number.NaN;
    return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}
async function withRetry(fn, options) {
    const attempts = options.attempts ?? 6;
    const base = options.baseMs ?? 1000;
    const max = options.maxMs ?? 30_000;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn();
        }
        catch (err) {
            const reason = retryReason(err);
            if (!reason || attempt >= attempts)
                throw err;
            const wait = Math.min(max, retryAfterMs(err) ?? base * 2 ** (attempt - 1));
            options.onRetry?.(reason, wait, attempt);
            await options.sleep(wait);
        }
    }
}


/***/ })

};
