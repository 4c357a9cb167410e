/**
 * Approval policy, pure: given what each requirement needs and the reviews of a pull request,
 * which approvals count and what is still missing. An approval counts only when it is the
 * reviewer's latest review, is APPROVED, is not by the PR author, and was given on the head
 * commit or on an earlier commit where every tracked (migration) file was byte-identical.
 * Reused by the drift gate for "two distinct approvals".
 */
import type { Review } from '../../github/port.js';
import { matchDistinct } from '../governance/distinctApprovers.js';

export interface ApprovalRequirement {
  /** Stable id, e.g. `risk:high` or `owners:users`. */
  readonly id: string;
  /** What it is for, e.g. `DROP COLUMN users.email`. */
  readonly reason: string;
  readonly count: number;
  /** Logins (`alice`, `@alice`) and teams (`org/team`); empty means any reviewer but the author. */
  readonly from: readonly string[];
  /** Each counted approval must come from a different entry of `from` (dual approval). */
  readonly distinctTeams: boolean;
}

/** A content digest, or why the content could not be read. */
export type FileDigest = string | { readonly unreadable: string };

export interface ApprovalInput {
  readonly requirements: readonly ApprovalRequirement[];
  readonly reviews: readonly Review[];
  readonly prAuthor: string;
  readonly headSha: string;
  /**
   * Content digests of the tracked files at a commit (path -> digest), or why a file's content
   * could not be read there (absent, a 404, an API error): unreadable content never proves equality.
   */
  fileDigestsAt(commit: string): Promise<Readonly<Record<string, FileDigest>>>;
  /** Members of org/team, or 'unreadable' when the token cannot read teams. */
  teamMembers(org: string, team: string): Promise<readonly string[] | 'unreadable'>;
}

export interface RequirementResult {
  readonly requirement: ApprovalRequirement;
  readonly satisfied: boolean;
  /** Logins whose approval counted for this requirement. */
  readonly approvers: readonly string[];
  readonly missing: number;
  /** Teams of `from` whose members could not be read. */
  readonly unreadableTeams: readonly string[];
}

export interface ApprovalResult {
  readonly satisfied: boolean;
  readonly results: readonly RequirementResult[];
  /** Every approval that counts (fresh, latest, not the author). */
  readonly present: readonly string[];
  readonly missing: readonly RequirementResult[];
  /** Why some approvals did not count, and team-read problems; shown in the comment. */
  readonly notes: readonly string[];
}

export const normaliseLogin = (p: string): string => p.replace(/^@/, '').toLowerCase();
export const displayPrincipal = (p: string): string => `@${p.replace(/^@/, '')}`;

/** The latest review per reviewer; COMMENTED and PENDING reviews do not change an earlier verdict (as on GitHub). */
export function latestVerdicts(reviews: readonly Review[]): Review[] {
  const byUser = new Map<string, Review>();
  const ordered = [...reviews].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.id - b.id);
  for (const r of ordered) {
    if (r.state === 'COMMENTED' || r.state === 'PENDING') continue;
    byUser.set(normaliseLogin(r.user), r);
  }
  return [...byUser.values()];
}

export async function evaluateApprovals(input: ApprovalInput): Promise<ApprovalResult> {
  const notes: string[] = [];
  const author = normaliseLogin(input.prAuthor);
  const head = await input.fileDigestsAt(input.headSha);
  // Commit -> why its content is not proven equal to the head's ('' when it is).
  const sameFiles = new Map<string, string>();

  const fresh: string[] = [];
  for (const r of latestVerdicts(input.reviews)) {
    const who = normaliseLogin(r.user);
    if (r.state !== 'APPROVED') continue;
    if (who === author) {
      notes.push(
        `${displayPrincipal(r.user)} is the author of the pull request: their approval does not count`,
      );
      continue;
    }
    if (r.commitId !== input.headSha) {
      if (!sameFiles.has(r.commitId))
        sameFiles.set(r.commitId, whyDifferent(head, await input.fileDigestsAt(r.commitId), r.commitId));
      const why = sameFiles.get(r.commitId);
      if (why) {
        notes.push(
          `the approval by ${displayPrincipal(r.user)} on ${r.commitId.slice(0, 7)} is stale: ${why}`,
        );
        continue;
      }
    }
    fresh.push(who);
  }

  const teamCache = new Map<string, readonly string[] | 'unreadable'>();
  const membersOf = async (principal: string): Promise<readonly string[] | 'unreadable'> => {
    const p = principal.replace(/^@/, '');
    if (!p.includes('/')) return [p.toLowerCase()];
    if (!teamCache.has(p)) {
      const [org, team] = p.split('/');
      const m = await input.teamMembers(org, team);
      teamCache.set(p, m === 'unreadable' ? m : m.map(normaliseLogin));
    }
    return teamCache.get(p)!;
  };

  const results: RequirementResult[] = [];
  for (const req of input.requirements) {
    const unreadable: string[] = [];
    // For each entry of `from`, the fresh approvers who belong to it.
    const groups: string[][] = [];
    if (req.from.length === 0) groups.push(fresh);
    for (const p of req.from) {
      const m = await membersOf(p);
      if (m === 'unreadable') {
        unreadable.push(displayPrincipal(p));
        groups.push([]);
      } else groups.push(fresh.filter((f) => m.includes(f)));
    }
    const approvers =
      req.distinctTeams && req.from.length > 0 ? distinctAssignment(groups) : [...new Set(groups.flat())];
    const counted = approvers.slice(0, Math.max(req.count, approvers.length));
    const missing = Math.max(0, req.count - approvers.length);
    results.push({
      requirement: req,
      satisfied: missing === 0,
      approvers: counted,
      missing,
      unreadableTeams: unreadable,
    });
  }
  for (const t of new Set(results.flatMap((r) => r.unreadableTeams))) {
    notes.push(
      `team ${t} cannot be read with this token (GITHUB_TOKEN cannot read team membership; pass a token with read:org), so its members' approvals are not counted`,
    );
  }
  const missing = results.filter((r) => !r.satisfied);
  return { satisfied: missing.length === 0, results, present: fresh, missing, notes };
}

/**
 * '' when every tracked file has readable, identical content at the head and at `commit`;
 * otherwise why not. Only proven equality keeps an approval.
 */
function whyDifferent(
  head: Readonly<Record<string, FileDigest>>,
  at: Readonly<Record<string, FileDigest>>,
  commit: string,
): string {
  const keys = [...new Set([...Object.keys(head), ...Object.keys(at)])].sort();
  for (const k of keys) {
    const h = head[k];
    const a = at[k];
    if (typeof h !== 'string')
      return `the content of ${k} at the head commit could not be read (${h?.unreadable ?? 'not tracked'}), so it cannot be proven unchanged`;
    if (typeof a !== 'string')
      return `the content of ${k} at ${commit.slice(0, 7)} could not be read (${a?.unreadable ?? 'not tracked'}), so it cannot be proven unchanged`;
    if (h !== a) return `${k} changed since`;
  }
  return '';
}

/** Largest set of approvers with each one standing for a different group. */
function distinctAssignment(groups: readonly string[][]): string[] {
  return [...matchDistinct(groups).keys()];
}
