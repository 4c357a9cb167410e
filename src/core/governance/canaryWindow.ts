/**
 * The canary window of a promotion to strict, measured twice and the stricter taken: from the
 * commit that set canary (git history of the config) and from the validation history (the first
 * canary validation recorded since that commit). A history with no canary run since then means
 * canary was never exercised: the window has not started. Pure.
 */
import { canaryWindowProblem } from '../drift/auditLog.js';

export interface CanaryEvidence {
  /** The commit that set canary. */
  readonly commit: { readonly sha: string; readonly date: Date };
  /** Validation history rows, or null when no history is kept (then only the commit counts). */
  readonly history: readonly { readonly kind: string; readonly mode: string; readonly at: Date }[] | null;
  readonly promotedAt: Date;
  readonly windowMs: number;
}

const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Why the promotion comes too early, or null. */
export function canaryWindowCheck(e: CanaryEvidence): string | null {
  if (e.windowMs <= 0) return null;
  const short = e.commit.sha.slice(0, 12);
  let start = e.commit.date;
  let where = `commit ${short}`;
  if (e.history) {
    const first = e.history
      .filter(
        (r) => r.kind === 'validation' && r.mode === 'canary' && r.at.getTime() >= e.commit.date.getTime(),
      )
      .sort((a, b) => a.at.getTime() - b.at.getTime())[0];
    if (!first)
      return `the validation history has no canary run since commit ${short} (${iso(e.commit.date)}): canary must be validated for governance.canary_window before a promotion`;
    if (first.at.getTime() > start.getTime()) {
      start = first.at;
      where = 'the first canary validation in the history';
    }
  }
  return canaryWindowProblem(start, e.promotedAt, e.windowMs, where);
}
