export const id = 9711;
export const ids = [9711];
export const modules = {

/***/ 79711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  octokitGitHub: () => (/* binding */ octokitGitHub),
  statusOf: () => (/* binding */ statusOf)
});

;// CONCATENATED MODULE: ./src/github/identity.ts
const WORKFLOW_BOT = 'github-actions[bot]';
async function resolveAuthor(octokit, explicitLogin) {
    if (explicitLogin)
        return { login: explicitLogin };
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return { login: data.login };
    }
    catch (err) {
        const status = err.status;
        if (status === 401 || status === 403 || status === 404)
            return { login: WORKFLOW_BOT, installation: true };
        throw err;
    }
}
function isAuthoredBy(user, author) {
    if (!user?.login)
        return false;
    if (author.installation || author.login === WORKFLOW_BOT) {
        return user.type === 'Bot' && (author.installation === true || user.login === WORKFLOW_BOT);
    }
    return user.login.toLowerCase() === author.login.toLowerCase();
}

;// CONCATENATED MODULE: ./src/github/authorCache.ts

/** Resolves our login once per port (one GET /user at most), on first use. */
function commentAuthorCache(octokit, explicit) {
    let pending;
    return () => {
        pending ??= resolveAuthor(octokit, explicit);
        return pending;
    };
}

;// CONCATENATED MODULE: ./src/github/stickyComment.ts
/**
 * The body of the one schemagate comment per pull request, as pure functions: parse the
 * sections already there, replace one stage's section, render in pipeline order, and keep the
 * whole under GitHub's limit. The I/O (finding and writing the comment) is in commentStore.ts.
 */
const MARKER = '<!-- schemagate -->';
/** GitHub rejects comment bodies longer than this. */
const MAX_COMMENT_CHARS = 65_536;
const sectionStart = (stage) => `<!-- schemagate:${stage}:start -->`;
const sectionEnd = (stage) => `<!-- schemagate:${stage}:end -->`;
const TRUNCATION_NOTE = "\n\n> [!NOTE]\n> This section was cut to fit GitHub's comment size limit; the full report is in the job summary of the run.\n";
/** Sections found in an existing body, by stage name. Unknown or unterminated sections are dropped. */
function parseSections(body, order) {
    const found = new Map();
    for (const stage of order) {
        const start = body.indexOf(sectionStart(stage));
        if (start < 0)
            continue;
        const from = start + sectionStart(stage).length;
        const end = body.indexOf(sectionEnd(stage), from);
        if (end < 0)
            continue;
        found.set(stage, body.slice(from, end).trim());
    }
    return found;
}
/** Renders the whole comment: marker, then each present section in pipeline order. */
function renderComment(sections, order, limit = MAX_COMMENT_CHARS) {
    const present = order.filter((s) => sections.has(s));
    const texts = new Map(present.map((s) => [s, sections.get(s).trim()]));
    // Blank lines around the text: a table or list right before an HTML comment could swallow it.
    const frame = (s, text) => `${sectionStart(s)}\n\n${text}\n\n${sectionEnd(s)}`;
    const assemble = () => [MARKER, ...present.map((s) => frame(s, texts.get(s)))].join('\n\n').concat('\n');
    let body = assemble();
    // Cut the longest section first, repeatedly: one huge report must not push the others out.
    while (body.length > limit) {
        const longest = present.reduce((a, b) => (texts.get(a).length >= texts.get(b).length ? a : b));
        const text = texts.get(longest);
        const excess = body.length - limit;
        const keep = Math.max(0, text.length - excess - TRUNCATION_NOTE.length - 1);
        const wasCut = text.endsWith(TRUNCATION_NOTE.trim());
        const base = wasCut ? text.slice(0, text.length - TRUNCATION_NOTE.trim().length) : text;
        if (keep === 0 && base.length === 0)
            break;
        texts.set(longest, `${base.slice(0, Math.min(keep, base.length - 1))}${TRUNCATION_NOTE}`.trim());
        body = assemble();
    }
    return body;
}
/** The new body after rewriting one stage's section of `existing` (undefined: a new comment). */
function withSection(existing, stage, markdown, order) {
    const sections = parseSections(existing ?? '', order);
    sections.set(stage, markdown);
    return renderComment(sections, order);
}
/** Whether a comment carries the marker at its very start, as schemagate writes it (a quote does not). */
function hasMarker(body) {
    return typeof body === 'string' && body.trimStart().startsWith(MARKER);
}

;// CONCATENATED MODULE: ./src/github/commentStore.ts
/**
 * Finding and writing the sticky comment. The body logic is pure (stickyComment.ts); this file
 * only talks to the issues API: list every page, match marker and author, re-read just before
 * writing, and fold away a duplicate if two writers created one at the same moment.
 */


/** Every comment of ours on the PR, oldest first, across all pages. */
async function findOwnComments(octokit, where, issue, author) {
    const own = [];
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        ...where,
        issue_number: issue,
        per_page: 100,
    });
    for await (const page of pages) {
        for (const c of page.data) {
            if (hasMarker(c.body) && isAuthoredBy(c.user, author))
                own.push({ id: c.id, body: c.body ?? '' });
        }
    }
    return own;
}
async function upsertSection(octokit, where, issue, author, stage, markdown, order) {
    const [first] = await findOwnComments(octokit, where, issue, author);
    if (!first) {
        await octokit.rest.issues.createComment({
            ...where,
            issue_number: issue,
            body: withSection(undefined, stage, markdown, order),
        });
        await foldDuplicates(octokit, where, issue, author, order);
        return;
    }
    // Re-read right before writing: another stage may have written its section since the listing.
    const { data } = await octokit.rest.issues.getComment({ ...where, comment_id: first.id });
    await octokit.rest.issues.updateComment({
        ...where,
        comment_id: first.id,
        body: withSection(data.body ?? '', stage, markdown, order),
    });
}
/** Two writers that both found no comment each create one; keep the oldest with every section. */
async function foldDuplicates(octokit, where, issue, author, order) {
    const own = await findOwnComments(octokit, where, issue, author);
    if (own.length < 2)
        return;
    const [keep, ...extra] = own;
    const merged = parseSections(keep.body, order);
    for (const c of extra) {
        for (const [stage, text] of parseSections(c.body, order))
            if (!merged.has(stage))
                merged.set(stage, text);
    }
    await octokit.rest.issues.updateComment({
        ...where,
        comment_id: keep.id,
        body: renderComment(merged, order),
    });
    for (const c of extra)
        await octokit.rest.issues.deleteComment({ ...where, comment_id: c.id });
}

// EXTERNAL MODULE: ./src/github/statusText.ts
var statusText = __webpack_require__(45554);
;// CONCATENATED MODULE: ./src/github/octokitGitHub.ts
/**
 * The GitHub port over an injected Octokit (built once by octokit.ts). Statuses go on the head
 * SHA the caller passes (the PR head, not the merge commit); lists are paginated to the end.
 */



function octokitGitHub(octokit, options) {
    const [owner, repo] = options.repository.split('/');
    if (!owner || !repo)
        throw new Error(`GITHUB_REPOSITORY must be owner/name, got ${JSON.stringify(options.repository)}`);
    const where = { owner, repo };
    const author = commentAuthorCache(octokit, options.commentAuthor);
    return {
        async setStatus(sha, context, state, description, targetUrl) {
            await octokit.rest.repos.createCommitStatus({
                ...where,
                sha,
                context,
                state,
                description: (0,statusText/* cutDescription */.z)(description),
                ...(targetUrl ? { target_url: targetUrl } : {}),
            });
        },
        async listStatuses(sha) {
            // The combined status holds the latest status of each context (100 contexts per page is plenty here).
            const { data } = await octokit.rest.repos.getCombinedStatusForRef({
                ...where,
                ref: sha,
                per_page: 100,
            });
            return data.statuses.map((st) => ({
                context: st.context,
                state: st.state,
                ...(st.target_url ? { targetUrl: st.target_url } : {}),
            }));
        },
        async upsertCommentSection(prNumber, stage, markdown) {
            await upsertSection(octokit, where, prNumber, await author(), stage, markdown, options.sectionOrder);
        },
        async listReviews(prNumber) {
            const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, {
                ...where,
                pull_number: prNumber,
                per_page: 100,
            });
            return reviews.map((r) => ({
                id: r.id,
                user: r.user?.login ?? '',
                state: r.state,
                commitId: r.commit_id ?? '',
                submittedAt: r.submitted_at ?? '',
            }));
        },
        async listFiles(prNumber) {
            // The API stops at 3,000 files; the paginator simply ends there.
            const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
                ...where,
                pull_number: prNumber,
                per_page: 100,
            });
            return files.map((f) => ({
                filename: f.filename,
                status: f.status,
                ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
            }));
        },
        async listLabels(prNumber) {
            const labels = await octokit.paginate(octokit.rest.issues.listLabelsOnIssue, {
                ...where,
                issue_number: prNumber,
                per_page: 100,
            });
            return labels.map((l) => l.name);
        },
        async teamMembers(org, team) {
            try {
                const members = await octokit.paginate(octokit.rest.teams.listMembersInOrg, {
                    org,
                    team_slug: team,
                    per_page: 100,
                });
                return members.map((m) => m.login);
            }
            catch (err) {
                // The workflow token cannot read org teams (needs read:org); callers must degrade, not pass.
                if (statusOf(err) === 403 || statusOf(err) === 404)
                    return 'unreadable';
                throw err;
            }
        },
        async fileAt(path, ref) {
            try {
                const { data } = await octokit.rest.repos.getContent({ ...where, path, ref });
                if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
                    return undefined;
                return Buffer.from(data.content, 'base64').toString('utf8');
            }
            catch (err) {
                if (statusOf(err) === 404)
                    return undefined;
                throw err;
            }
        },
        async listOpenIssues(label) {
            const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
                ...where,
                state: 'open',
                labels: label,
                per_page: 100,
            });
            return issues
                .filter((i) => !i.pull_request)
                .map((i) => ({ number: i.number, title: i.title, body: i.body ?? '', url: i.html_url }));
        },
        async createIssue(issue) {
            const { data } = await octokit.rest.issues.create({ ...where, ...issue });
            return { number: data.number, title: data.title, body: data.body ?? '', url: data.html_url };
        },
        async pullRequestState(prNumber) {
            try {
                const { data } = await octokit.rest.pulls.get({ ...where, pull_number: prNumber });
                return data.state === 'closed' ? 'closed' : 'open';
            }
            catch (err) {
                if (statusOf(err) === 404)
                    return 'missing';
                throw err;
            }
        },
    };
}
function statusOf(err) {
    const status = err?.status;
    return typeof status === 'number' ? status : undefined;
}


/***/ })

};
