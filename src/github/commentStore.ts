/**
 * Finding and writing the sticky comment. The body logic is pure (stickyComment.ts); this file
 * only talks to the issues API: list every page, match marker and author, re-read just before
 * writing, and fold away a duplicate if two writers created one at the same moment.
 */
import { type CommentAuthor, isAuthoredBy } from './identity.js';
import type { GitHubClient } from './octokit.js';
import { hasMarker, parseSections, renderComment, withSection } from './stickyComment.js';

export interface Repo {
  readonly owner: string;
  readonly repo: string;
}

interface FoundComment {
  readonly id: number;
  readonly body: string;
}

/** Every comment of ours on the PR, oldest first, across all pages. */
export async function findOwnComments(
  octokit: GitHubClient,
  where: Repo,
  issue: number,
  author: CommentAuthor,
): Promise<FoundComment[]> {
  const own: FoundComment[] = [];
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    ...where,
    issue_number: issue,
    per_page: 100,
  });
  for await (const page of pages) {
    for (const c of page.data) {
      if (hasMarker(c.body) && isAuthoredBy(c.user, author)) own.push({ id: c.id, body: c.body ?? '' });
    }
  }
  return own;
}

export async function upsertSection(
  octokit: GitHubClient,
  where: Repo,
  issue: number,
  author: CommentAuthor,
  stage: string,
  markdown: string,
  order: readonly string[],
): Promise<void> {
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
async function foldDuplicates(
  octokit: GitHubClient,
  where: Repo,
  issue: number,
  author: CommentAuthor,
  order: readonly string[],
): Promise<void> {
  const own = await findOwnComments(octokit, where, issue, author);
  if (own.length < 2) return;
  const [keep, ...extra] = own;
  const merged = parseSections(keep.body, order);
  for (const c of extra) {
    for (const [stage, text] of parseSections(c.body, order)) if (!merged.has(stage)) merged.set(stage, text);
  }
  await octokit.rest.issues.updateComment({
    ...where,
    comment_id: keep.id,
    body: renderComment(merged, order),
  });
  for (const c of extra) await octokit.rest.issues.deleteComment({ ...where, comment_id: c.id });
}
