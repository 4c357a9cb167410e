/**
 * "A missing entry blocks later schema changes": when the config file sets `mode: strict`, strict
 * is in effect and `audit.log` is set, the commit that made it strict must have a promotion row
 * in the audit log, and the log's hash chain must hold. Used by drift-check and lint-gate.
 */
import { existsSync, readFileSync } from 'node:fs';
import { findPromotion, verifyAuditChain } from '../../core/drift/auditLog.js';
import { InputError } from '../../core/errors.js';
import { auditRows, readAuditLog } from '../../runtime/driftAudit.js';
import { findStrictCommit, lenientMode } from '../../runtime/driftGitHistory.js';
import type { Project } from '../../runtime/project.js';
import type { StageContext, StageOutcome } from '../types.js';

export interface PromotionGateInput {
  readonly project: Project;
  /** The pull request being checked, when there is one. */
  readonly prNumber?: number;
}

/** Why the run must fail (a message naming the missing promotion and the command), or null. */
export async function missingPromotion({ project, prNumber }: PromotionGateInput): Promise<string | null> {
  const log = project.config.audit.log;
  if (!log || project.config.mode !== 'strict' || !project.configFile) return null;
  const configPath = project.path(project.configFile);
  // Strict set only by SCHEMAGATE_MODE or an input was not made by a commit: nothing to record.
  if (!existsSync(configPath) || lenientMode(readFileSync(configPath, 'utf8')) !== 'strict') return null;

  let shown = log;
  try {
    const { path, text } = await readAuditLog(project);
    shown = project.display(path);
    const chain = verifyAuditChain(text);
    if (!chain.ok)
      return `audit log ${shown}:${chain.line}: row ${chain.row} is invalid (${chain.reason}); restore it from history (\`schemagate audit verify\` names the row)`;
    const rows = await auditRows(project);
    const at = findStrictCommit(project.root, project.configFile);
    const record = (commit: string, pr: number | null | undefined) =>
      `npx schemagate audit${commit ? ` --commit ${commit}` : ''}${pr ? ` --pr ${pr}` : ''} ${approverPlaceholders(project)} --change-request <id> --validation-window <from..to>`;
    switch (at.kind) {
      case 'unknown':
        return `cannot tell which commit set mode: strict in ${project.configFile}: ${at.reason}; fetch the full history (actions/checkout with fetch-depth: 0) so the audit log can be checked`;
      case 'uncommitted':
        if (prNumber !== undefined && findPromotion(rows, { pr: prNumber })) return null;
        return `mode: strict in ${project.configFile} is not committed and ${shown} has no promotion entry for it: record it with \`${record('', prNumber)}\``;
      case 'found': {
        if (findPromotion(rows, { commit: at.sha, pr: at.pr ?? prNumber ?? null })) return null;
        const short = at.sha.slice(0, 12);
        return `mode: strict was set by commit ${short} ("${at.subject}")${at.pr ? ` of PR #${at.pr}` : ''}, which has no promotion entry in ${shown}; a missing entry blocks schema changes. Record it with \`${record(short, at.pr ?? prNumber)}\` and commit ${shown}`;
      }
    }
  } catch (e) {
    if (e instanceof InputError) return e.message;
    throw e;
  }
}

/** The failing outcome of a stage blocked by a missing promotion row, or null (one call for lint-gate). */
export async function promotionGateOutcome(ctx: StageContext): Promise<StageOutcome | null> {
  const why = await missingPromotion({ project: ctx.project, prNumber: ctx.pr?.number });
  if (!why) return null;
  ctx.log.error(`schemagate: ${why}`);
  return {
    state: 'failure',
    description: 'strict promotion not recorded in the audit log',
    section: `:no_entry: **Audit log:** ${why}\n`,
    outputs: {},
  };
}

/** One approver flag per group of governance.approvers (a team's membership is not known offline), else two. */
function approverPlaceholders(project: Project): string {
  const groups = project.config.governance.approvers;
  if (groups.length === 0) return '--approver <login> --approver <login>';
  return groups
    .map((g) => ('team' in g ? `--team-approver ${g.team.replace(/^@/, '')}=<login>` : '--approver <login>'))
    .join(' ');
}
