/**
 * A canary -> strict promotion made by the pull request: detected by comparing the config at the
 * PR base with the working tree. The base's rules decide it (a pull request cannot pick its own
 * approvers): with governance.approvers, one approval from each group, each by a different
 * reviewer; without, two approvals from distinct reviewers. The canary window (the longer of the
 * base's and the PR's) is measured from the commit that set canary and from the validation
 * history. Approvals are counted by the lint gate's policy (latest review per reviewer, not the
 * author, and not stale). The audit row is not written here (a file written on the runner is
 * lost): the pull request commits it, made with `schemagate audit`, and promotionGate.ts checks
 * that it is there.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { parseDuration } from '../../core/config/duration.js';
import { detectModeChange, type ModeChange } from '../../core/drift/audit.js';
import { PROMOTION_APPROVALS } from '../../core/drift/auditLog.js';
import type { HistoryRow } from '../../core/drift/history.js';
import {
  approverFlags,
  describeGroup,
  type GroupResult,
  groupLabel,
} from '../../core/governance/approverGroups.js';
import { canaryWindowCheck } from '../../core/governance/canaryWindow.js';
import { promotionPolicy } from '../../core/governance/policy.js';
import { evaluateApprovals } from '../../core/lint/approvals.js';
import { findCanaryStart } from '../../runtime/driftGitHistory.js';
import { bundlePaths, governedPaths, repoPath } from '../../runtime/governanceSources.js';
import { evaluatePromotionGroups } from '../../runtime/promotionApprovals.js';
import type { StageContext } from '../types.js';

export { PROMOTION_APPROVALS };

export interface PromotionOutcome {
  readonly change: ModeChange;
  readonly approvers: readonly string[];
  readonly satisfied: boolean;
  /** What is missing, for the commit status (null when satisfied). */
  readonly missing: string | null;
  /** Each approver group, met or not (empty without governance.approvers). */
  readonly groups: readonly GroupResult[];
  /** Why the promotion comes too early (governance.canary_window), or null. */
  readonly early: string | null;
  /** Why some approvals did not count. */
  readonly notes: readonly string[];
  readonly section: string;
}

/**
 * `history` holds the validation history's rows, or null when none is kept (the window is then
 * measured from the git history alone).
 */
export async function checkPromotion(
  ctx: StageContext,
  history: readonly HistoryRow[] | null,
): Promise<PromotionOutcome | null> {
  const { github, pr, project } = ctx;
  if (!github || !pr) return null;
  const file = project.configFile ?? 'schemagate.yml';
  const headPath = project.path(file);
  const head = existsSync(headPath) ? readFileSync(headPath, 'utf8') : undefined;
  const repoFile = repoPath(project, headPath);
  const base = await github.fileAt(repoFile, pr.baseSha);
  const change = detectModeChange(base, head, file);
  if (change?.from !== 'canary' || change.to !== 'strict') return null;

  const policy = promotionPolicy(
    base,
    project.config.governance,
    file,
    `the base commit ${pr.baseSha.slice(0, 7)}`,
  );
  const groupsConfigured = policy.ok && policy.policy.approvers.length > 0;
  const digest = async (commit: string) => {
    const text = await github.fileAt(repoFile, commit);
    return { [file]: text === undefined ? 'absent' : createHash('sha256').update(text).digest('hex') };
  };
  const evaluated = await evaluateApprovals({
    requirements: groupsConfigured
      ? []
      : [
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
  const notes = [...evaluated.notes];
  const mode = `**Mode change ${change.from} → ${change.to}**`;
  let satisfied: boolean;
  let approvers: string[];
  let missing: string | null;
  let groups: readonly GroupResult[] = [];
  let flags: string[];
  let body: string;
  if (!policy.ok) {
    satisfied = false;
    approvers = [];
    flags = [];
    missing = 'the governance rules of the base config cannot be read';
    body = `:no_entry: ${mode} cannot be approved: ${policy.error}.
`;
  } else if (groupsConfigured) {
    const result = await evaluatePromotionGroups(project, policy.policy.approvers, evaluated.present, {
      readAt: (path) => github.fileAt(path, pr.baseSha),
      files: async () => {
        const changed = governedPaths(
          project,
          (await github.listFiles(pr.number)).flatMap((f) =>
            f.previousFilename ? [f.filename, f.previousFilename] : [f.filename],
          ),
        );
        // A promotion that changes no schema file puts the whole bundle under strict.
        return changed.length > 0 ? changed : bundlePaths(project);
      },
      teamMembers: (org, slug) => github.teamMembers(org, slug),
    });
    notes.push(...result.codeownersErrors);
    groups = result.groups;
    satisfied = result.satisfied;
    approvers = result.groups.flatMap((g) => (g.approver ? [g.approver] : [])).sort();
    flags = approverFlags(result.groups, result.owners.owners, result.teams);
    // Short names: the commit status keeps 140 characters.
    const unmet = result.groups.filter((g) => !g.met).map((g) => groupLabel(g.group));
    missing = satisfied ? null : `needs one approval from each approver group (unmet: ${unmet.join('; ')})`;
    const lines = result.groups
      .map((g) => `- ${g.met ? ':white_check_mark:' : ':x:'} ${describeGroup(g)}`)
      .join('\n');
    body = satisfied
      ? `:lock: ${mode} approved by one member of each approver group (governance.approvers of ${policy.policy.source}):\n${lines}\n`
      : `:no_entry: ${mode} needs one approval from each approver group (governance.approvers of ${policy.policy.source}), each by a different reviewer, not the author:\n${lines}\n`;
  } else {
    satisfied = evaluated.satisfied;
    approvers = [...evaluated.results[0].approvers].sort();
    flags = approvers.map((a) => `--approver ${a}`);
    missing = satisfied ? null : `needs ${PROMOTION_APPROVALS} distinct approvals (has ${approvers.length})`;
    const who = approvers.length > 0 ? approvers.map((a) => `@${a}`).join(', ') : 'nobody yet';
    body = satisfied
      ? `:lock: ${mode} approved by ${who}.\n`
      : `:no_entry: ${mode} needs ${PROMOTION_APPROVALS} approvals from distinct reviewers (not the author); approved by ${who}.\n`;
  }
  const record = satisfied
    ? project.config.audit.log
      ? ` Record it in ${project.config.audit.log} with \`npx schemagate audit --pr ${pr.number}${flags.map((f) => ` ${f}`).join('')} --change-request <id> --validation-window <from..to>\` and commit the file, if not done yet.`
      : ' `audit.log` is not set, so no audit entry is kept.'
    : '';
  // The record hint belongs to the first line of the section.
  const firstBreak = body.indexOf('\n');
  const section = satisfied ? `${body.slice(0, firstBreak)}${record}${body.slice(firstBreak)}` : body;
  const noteLines = notes.map((n) => `\n- ${n}`).join('');
  const windowMs = policy.ok
    ? policy.policy.canaryWindowMs
    : parseDuration(project.config.governance.canary_window);
  const early = canaryProblem(ctx, file, windowMs, history);
  return {
    change,
    approvers,
    satisfied,
    missing,
    groups,
    early,
    notes,
    section: `${section}${noteLines}${noteLines ? '\n' : ''}${early ? `\n:hourglass: **Too early for strict:** ${early}.\n` : ''}`,
  };
}

/** The canary window, measured from the commit that set canary and from the validation history. */
function canaryProblem(
  ctx: StageContext,
  file: string,
  windowMs: number,
  history: readonly HistoryRow[] | null,
): string | null {
  if (windowMs <= 0) return null; // no window asked for: nothing to measure
  const start = findCanaryStart(ctx.project.root, file);
  if (start.kind === 'unknown')
    return `cannot tell since when the config is in canary: ${start.reason} (check out with fetch-depth: 0)`;
  return canaryWindowCheck({
    commit: { sha: start.sha, date: start.date },
    history,
    promotedAt: ctx.now(),
    windowMs,
  });
}
