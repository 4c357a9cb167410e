/**
 * Who "we" are on GitHub, so the sticky comment is matched by its author as well as its marker
 * (a user quoting the marker must not take it over). GET /user answers 403 for the workflow's
 * installation token, so that token is recognised as github-actions[bot] instead.
 */
import type { GitHubClient } from './octokit.js';

export interface CommentAuthor {
  readonly login: string;
}

export const WORKFLOW_BOT = 'github-actions[bot]';

export async function resolveAuthor(octokit: GitHubClient, explicitLogin?: string): Promise<CommentAuthor> {
  if (explicitLogin) return { login: explicitLogin };
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { login: data.login };
  } catch (err) {
    const status = (err as { status?: number }).status;
    if (status === 401 || status === 403 || status === 404) return { login: WORKFLOW_BOT };
    throw err;
  }
}

export function isAuthoredBy(
  user: { login?: string; type?: string } | null | undefined,
  author: CommentAuthor,
): boolean {
  if (!user?.login) return false;
  if (author.login === WORKFLOW_BOT) return user.login === WORKFLOW_BOT && user.type === 'Bot';
  return user.login.toLowerCase() === author.login.toLowerCase();
}
