/**
 * The approval check for a canary -> strict promotion: two distinct reviewers whose latest review
 * is an approval, the pull request's author not counted. (The lint gate's approval policy had not
 * landed when this was written; this is the same "latest review per user" rule behind a small
 * interface of its own.)
 */
import { byteOrder } from './canonical.js';

/** The facts of a submitted review the check needs (GitHubPort's Review fits). */
export interface ReviewFacts {
  readonly user: string;
  readonly state: string;
  readonly submittedAt: string;
}

export interface ApprovalCheck {
  readonly required: number;
  /** Logins whose latest review is APPROVED, sorted. */
  readonly approvers: readonly string[];
  readonly satisfied: boolean;
}

export function checkDistinctApprovals(reviews: readonly ReviewFacts[], author: string, required = 2): ApprovalCheck {
  const latest = new Map<string, ReviewFacts>();
  for (const r of reviews) {
    // COMMENTED reviews do not change a reviewer's verdict; PENDING ones are not submitted.
    if (r.state === 'COMMENTED' || r.state === 'PENDING') continue;
    const prev = latest.get(r.user.toLowerCase());
    if (!prev || prev.submittedAt <= r.submittedAt) latest.set(r.user.toLowerCase(), r);
  }
  const approvers = [...latest.values()]
    .filter((r) => r.state === 'APPROVED' && r.user.toLowerCase() !== author.toLowerCase())
    .map((r) => r.user)
    .sort(byteOrder);
  return { required, approvers, satisfied: approvers.length >= required };
}
