/**
 * A canary -> strict promotion made by the pull request: detected by comparing the config at the
 * PR base with the working tree; it needs two distinct approvals and is written to the audit log.
 * The approvals are counted by the lint gate's policy (latest review per reviewer, not the author,
 * and not stale: given on a commit where the config file was already what it is now). The audit
 * row is not written here (a file written on the runner is lost): the pull request commits it,
 * made with `schemagate audit`, and promotionGate.ts checks that it is there.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { parseDuration } from '../../core/config/duration.js';
import { detectModeChange, type ModeChange } from '../../core/drift/audit.js';
import { canaryWindowProblem, PROMOTION_APPROVALS } from '../../core/drift/auditLog.js';
import { evaluateApprovals } from '../../core/lint/approvals.js';
import { findCanaryStart } from '../../runtime/driftGitHistory.js';
import type { StageContext } from '../types.js';

export { PROMOTION_APPROVALS };

export interface PromotionOutcome {
  readonly change: ModeChange;
  readonly approvers: readonly string[];
  readonly satisfied: boolean;
  /** Why the promotion comes too early (governance.canary_window), or null. */
  readonly early: string | null;
  /** Why some approvals did not count. */
  readonly notes: readonly string[];
  readonly section: string;
}

export async function checkPromotion(ctx: StageContext): Promise<PromotionOutcome | null> {
  const { github, pr, project } = ctx;
  if (!github || !pr) return null;
  const file = project.configFile ?? 'schemagate.yml';
  const headPath = project.path(file);
  const head = existsSync(headPath) ? readFileSync(headPath, 'utf8') : undefined;
  const base = await github.fileAt(file, pr.baseSha);
  const change = detectModeChange(base, head, file);
  if (change?.from !== 'canary' || change.to !== 'strict') return null;

  const digest = async (commit: string) => {
    const text = await github.fileAt(file, commit);
    return { [file]: text === undefined ? 'absent' : createHash('sha256').update(text).digest('hex') };
  };
  const evaluated = await evaluateApprovals({
    requirements: [
      {
        id: 'drift:promotion',
        reason: `mode ${change.from} → ${change.to}`,
        count: PROMOTION_APPROVALS,
        from: [],
        distinctTeams: false,
      },
    ],
    reviews: await github.listReviews(pr.number),
    prAuthor: pr.author,
    headSha: pr.headSha,
    fileDigestsAt: digest,
    teamMembers: (org, team) => github.teamMembers(org, team),
  });
  const approvals = { satisfied: evaluated.satisfied, approvers: [...evaluated.results[0].approvers].sort() };
  const note = approvals.satisfied
    ? project.config.audit.log
      ? ` Record it in ${project.config.audit.log} with \`npx schemagate audit --pr ${pr.number}${approvals.approvers.map((a) => ` --approver ${a}`).join('')} --change-request <id> --validation-window <from..to>\` and commit the file, if not done yet.`
      : ' `audit.log` is not set, so no audit entry is kept.'
    : '';
  const who =
    approvals.approvers.length > 0 ? approvals.approvers.map((a) => `@${a}`).join(', ') : 'nobody yet';
  const section = approvals.satisfied
    ? `:lock: **Mode change ${change.from} → ${change.to}** approved by ${who}.${note}\n`
    : `:no_entry: **Mode change ${change.from} → ${change.to}** needs ${PROMOTION_APPROVALS} approvals from distinct reviewers (not the author); approved by ${who}.\n`;
  const notes = evaluated.notes.map((n) => `\n- ${n}`).join('');
  const early = canaryProblem(ctx, file);
  return {
    change,
    approvers: approvals.approvers,
    satisfied: approvals.satisfied,
    early,
    notes: evaluated.notes,
    section: `${section}${notes}${notes ? '\n' : ''}${early ? `\n:hourglass: **Too early for strict:** ${early}.\n` : ''}`,
  };
}

/** The canary window, measured from the commit that set canary (git history of the config file). */
function canaryProblem(ctx: StageContext, file: string): string | null {
  const windowMs = parseDuration(ctx.project.config.governance.canary_window);
  if (windowMs <= 0) return null; // no window asked for: nothing to measure
  const start = findCanaryStart(ctx.project.root, file);
  if (start.kind === 'unknown')
    return `cannot tell since when the config is in canary: ${start.reason} (check out with fetch-depth: 0)`;
  return canaryWindowProblem(start.date, ctx.now(), windowMs, `commit ${start.sha.slice(0, 12)}`);
}
