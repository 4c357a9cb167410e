import { type CommentAuthor, resolveAuthor } from './identity.js';
import type { GitHubClient } from './octokit.js';

/** Resolves our login once per port (one GET /user at most), on first use. */
export function commentAuthorCache(octokit: GitHubClient, explicit?: string): () => Promise<CommentAuthor> {
  let pending: Promise<CommentAuthor> | undefined;
  return () => {
    pending ??= resolveAuthor(octokit, explicit);
    return pending;
  };
}
