/**
 * Who "we" are on GitHub, so the sticky comment is matched by its author as well as its marker
 * (a user quoting the marker must not take it over). GET /user answers 403 for installation
 * tokens (the workflow's GITHUB_TOKEN, a GitHub App's token), so such a token is recognised by
 * its author being a Bot account (github-actions[bot], my-app[bot]): no person can post as one.
 */
import type { GitHubClient } from './octokit.js';

export interface CommentAuthor {
  readonly login: string;
  /** An installation token whose login we cannot read: any Bot account's comment is ours. */
  readonly installation?: boolean;
}

export const WORKFLOW_BOT = 'github-actions[bot]';

export async function resolveAuthor(octokit: GitHubClient, explicitLogin?: string): Promise<CommentAuthor> {
  if (explicitLogin) return { login: explicitLogin };
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { login: data.login };
  } catch (err) {
    const status = (err as { status?: number }).status;
    if (status === 401 || status === 403 || status === 404)
      return { login: WORKFLOW_BOT, installation: true };
    throw err;
  }
}

export function isAuthoredBy(
  user: { login?: string; type?: string } | null | undefined,
  author: CommentAuthor,
): boolean {
  if (!user?.login) return false;
  if (author.installation || author.login === WORKFLOW_BOT) {
    return user.type === 'Bot' && (author.installation === true || user.login === WORKFLOW_BOT);
  }
  return user.login.toLowerCase() === author.login.toLowerCase();
}
