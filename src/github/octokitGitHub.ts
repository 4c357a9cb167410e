/**
 * The GitHub port over an injected Octokit (built once by octokit.ts). Statuses go on the head
 * SHA the caller passes (the PR head, not the merge commit); lists are paginated to the end.
 */
import { commentAuthorCache } from './authorCache.js';
import { upsertSection } from './commentStore.js';
import type { GitHubClient } from './octokit.js';
import type {
  CommitStatus,
  GitHubPort,
  IssueRef,
  PrFile,
  PullRequestState,
  Review,
  StatusState,
} from './port.js';
import { cutDescription } from './statusText.js';

export interface OctokitGitHubOptions {
  /** owner/name (GITHUB_REPOSITORY). */
  readonly repository: string;
  /** Stage names in pipeline order: the order of the comment's sections. */
  readonly sectionOrder: readonly string[];
  /** Login that writes the comment, when neither the workflow bot nor GET /user tells it. */
  readonly commentAuthor?: string;
}

export function octokitGitHub(octokit: GitHubClient, options: OctokitGitHubOptions): GitHubPort {
  const [owner, repo] = options.repository.split('/');
  if (!owner || !repo)
    throw new Error(`GITHUB_REPOSITORY must be owner/name, got ${JSON.stringify(options.repository)}`);
  const where = { owner, repo };
  const author = commentAuthorCache(octokit, options.commentAuthor);

  return {
    async setStatus(
      sha: string,
      context: string,
      state: StatusState,
      description: string,
      targetUrl?: string,
    ) {
      await octokit.rest.repos.createCommitStatus({
        ...where,
        sha,
        context,
        state,
        description: cutDescription(description),
        ...(targetUrl ? { target_url: targetUrl } : {}),
      });
    },

    async listStatuses(sha: string): Promise<CommitStatus[]> {
      // The combined status holds the latest status of each context (100 contexts per page is plenty here).
      const { data } = await octokit.rest.repos.getCombinedStatusForRef({
        ...where,
        ref: sha,
        per_page: 100,
      });
      return data.statuses.map((st) => ({
        context: st.context,
        state: st.state as StatusState,
        ...(st.target_url ? { targetUrl: st.target_url } : {}),
      }));
    },

    async upsertCommentSection(prNumber: number, stage: string, markdown: string) {
      await upsertSection(octokit, where, prNumber, await author(), stage, markdown, options.sectionOrder);
    },

    async listReviews(prNumber: number): Promise<Review[]> {
      const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, {
        ...where,
        pull_number: prNumber,
        per_page: 100,
      });
      return reviews.map((r) => ({
        id: r.id,
        user: r.user?.login ?? '',
        state: r.state as Review['state'],
        commitId: r.commit_id ?? '',
        submittedAt: r.submitted_at ?? '',
      }));
    },

    async listFiles(prNumber: number): Promise<PrFile[]> {
      // The API stops at 3,000 files; the paginator simply ends there.
      const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
        ...where,
        pull_number: prNumber,
        per_page: 100,
      });
      return files.map((f) => ({
        filename: f.filename,
        status: f.status as PrFile['status'],
        ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
      }));
    },

    async listLabels(prNumber: number): Promise<string[]> {
      const labels = await octokit.paginate(octokit.rest.issues.listLabelsOnIssue, {
        ...where,
        issue_number: prNumber,
        per_page: 100,
      });
      return labels.map((l) => l.name);
    },

    async teamMembers(org: string, team: string) {
      try {
        const members = await octokit.paginate(octokit.rest.teams.listMembersInOrg, {
          org,
          team_slug: team,
          per_page: 100,
        });
        return members.map((m) => m.login);
      } catch (err) {
        // The workflow token cannot read org teams (needs read:org); callers must degrade, not pass.
        if (statusOf(err) === 403 || statusOf(err) === 404) return 'unreadable' as const;
        throw err;
      }
    },

    async fileAt(path: string, ref: string) {
      try {
        const { data } = await octokit.rest.repos.getContent({ ...where, path, ref });
        if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined;
        return Buffer.from(data.content, 'base64').toString('utf8');
      } catch (err) {
        if (statusOf(err) === 404) return undefined;
        throw err;
      }
    },

    async listOpenIssues(label: string): Promise<IssueRef[]> {
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

    async createIssue(issue: { title: string; body: string; labels: string[] }): Promise<IssueRef> {
      const { data } = await octokit.rest.issues.create({ ...where, ...issue });
      return { number: data.number, title: data.title, body: data.body ?? '', url: data.html_url };
    },

    async pullRequestState(prNumber: number): Promise<PullRequestState> {
      try {
        const { data } = await octokit.rest.pulls.get({ ...where, pull_number: prNumber });
        return data.state === 'closed' ? 'closed' : 'open';
      } catch (err) {
        if (statusOf(err) === 404) return 'missing';
        throw err;
      }
    },
  };
}

export function statusOf(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
