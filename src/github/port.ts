/**
 * What the stages need from GitHub, as a small port. The Octokit-backed implementation lives in
 * this directory; tests fake the port in a few lines.
 */
export type StatusState = 'pending' | 'success' | 'failure' | 'error';

export interface Review {
  readonly id: number;
  readonly user: string;
  readonly state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  readonly commitId: string;
  readonly submittedAt: string;
}

export interface PrFile {
  readonly filename: string;
  readonly status: 'added' | 'modified' | 'removed' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  readonly previousFilename?: string;
}

export type PullRequestState = 'open' | 'closed' | 'missing';

/** The latest status of one context on a commit. */
export interface CommitStatus {
  readonly context: string;
  readonly state: StatusState;
  readonly targetUrl?: string;
}

/** An issue (not a pull request), as the bypass follow-ups need it. */
export interface IssueRef {
  readonly number: number;
  readonly title: string;
  readonly body: string;
  readonly url: string;
}

export interface GitHubPort {
  setStatus(
    sha: string,
    context: string,
    state: StatusState,
    description: string,
    targetUrl?: string,
  ): Promise<void>;
  /** Rewrites one stage's section of the sticky PR comment, creating the comment if needed. */
  upsertCommentSection(prNumber: number, stage: string, markdown: string): Promise<void>;
  listReviews(prNumber: number): Promise<Review[]>;
  listFiles(prNumber: number): Promise<PrFile[]>;
  listLabels(prNumber: number): Promise<string[]>;
  /** Members of org/team, or `unreadable` when the token cannot see teams (GITHUB_TOKEN). */
  teamMembers(org: string, team: string): Promise<string[] | 'unreadable'>;
  /** A file's content at a commit, or undefined when it does not exist there. */
  fileAt(path: string, ref: string): Promise<string | undefined>;
  /** The latest status per context on a commit (to clear pending ones a cancelled run left). Optional so small fakes can omit it. */
  listStatuses?(sha: string): Promise<CommitStatus[]>;
  /** Whether a pull request is still open (used to clean up branches of closed PRs). Optional so small fakes can omit it. */
  pullRequestState?(prNumber: number): Promise<PullRequestState>;
  /** Open issues with the label (pull requests left out). Optional so small fakes can omit it. */
  listOpenIssues?(label: string): Promise<IssueRef[]>;
  createIssue?(issue: { title: string; body: string; labels: string[] }): Promise<IssueRef>;
}
