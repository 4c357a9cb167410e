/**
 * The emergency bypass: the label (drift.bypass_label) on the pull request, read fresh, and the
 * audit entry of a bypass with what must be reconciled within 24 hours.
 */
import { describeDifference } from '../../core/drift/check.js';
import {
  followUpIssue,
  overdueFollowUps,
  parseFollowUp,
  RECONCILE_LABEL,
} from '../../core/drift/reconcile.js';
import { InputError } from '../../core/errors.js';
import type { DriftReport } from '../../core/report/driftReport.js';
import { appendAuditRow, schemaBundleHash } from '../../runtime/driftAudit.js';
import type { StageContext } from '../types.js';

/** What turns a failing check into a bypass: `EMERGENCY_BYPASS=true`, or the label on the pull request. */
export async function bypassLabel(
  ctx: StageContext,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<string | null> {
  const flag = (env.EMERGENCY_BYPASS ?? '').trim();
  if (flag !== '' && flag !== 'true' && flag !== 'false')
    throw new InputError(`EMERGENCY_BYPASS must be true or false, got ${JSON.stringify(flag)}`);
  if (flag === 'true') return EMERGENCY_ENV;
  const label = ctx.project.config.drift.bypass_label;
  if (!ctx.pr) return null;
  // Labels are read fresh: the label is often added after the event that started the run.
  const labels = ctx.github ? await ctx.github.listLabels(ctx.pr.number) : ctx.pr.labels;
  return labels.includes(label) ? label : null;
}

export const EMERGENCY_ENV = 'EMERGENCY_BYPASS=true';

function reconcileList(report: DriftReport): string[] {
  return report.pairs.flatMap((p) =>
    p.result === 'fail' ? p.differences.map((d) => `${p.subject}: ${describeDifference(d)}`) : [],
  );
}

/** Opens the follow-up issue of a bypass (or reuses the open one of the same pull request). */
export async function openFollowUp(ctx: StageContext, report: DriftReport): Promise<string> {
  if (!report.bypass) return '';
  const gh = ctx.repoGitHub ?? ctx.github;
  if (!gh?.createIssue || !gh.listOpenIssues) {
    ctx.log.warning('schemagate: no GitHub token, so no follow-up issue was opened for the emergency bypass');
    return '\n:warning: No follow-up issue was opened (no `github-token`): open one to reconcile within 24 hours.\n';
  }
  const pr = ctx.pr?.number ?? null;
  const open = await gh.listOpenIssues(RECONCILE_LABEL);
  const existing = open.find((i) => parseFollowUp(i.body)?.pr === pr && pr !== null);
  if (existing) return `\nFollow-up issue: #${existing.number} (already open) — ${existing.url}\n`;
  const issue = await gh.createIssue(
    followUpIssue({
      pr,
      due: report.bypass.dueBy,
      bypassedBy: report.bypass.label === EMERGENCY_ENV ? EMERGENCY_ENV : `label ${report.bypass.label}`,
      actor: ctx.run.actor || ctx.pr?.author || 'unknown',
      runUrl: ctx.run.runUrl,
      reconcile: reconcileList(report),
    }),
  );
  return `\nFollow-up issue: #${issue.number} (label \`${RECONCILE_LABEL}\`, due in 24 hours) — ${issue.url}\n`;
}

/** Open follow-up issues past their due time; `checked` is false when issues cannot be read here. */
export async function overdueReconciliations(
  ctx: StageContext,
): Promise<{ checked: boolean; overdue: ReturnType<typeof overdueFollowUps> }> {
  const gh = ctx.repoGitHub ?? ctx.github;
  if (!gh?.listOpenIssues) return { checked: false, overdue: [] };
  return { checked: true, overdue: overdueFollowUps(await gh.listOpenIssues(RECONCILE_LABEL), ctx.now()) };
}

/** Writes the bypass to audit.log as one chained row; returns the note for the comment. */
export async function recordBypass(ctx: StageContext, report: DriftReport): Promise<string> {
  const { project } = ctx;
  if (!report.bypass) return '';
  if (!project.config.audit.log) {
    ctx.log.warning(
      'schemagate: audit.log is not set, so the emergency bypass is recorded in the comment only',
    );
    return '\n`audit.log` is not set, so this bypass is recorded in this comment only.\n';
  }
  const reconcile = reconcileList(report);
  const pr = ctx.pr?.number ?? null;
  const result = await appendAuditRow(
    project,
    {
      date: ctx.now(),
      kind: 'bypass',
      pr,
      commit: ctx.pr?.headSha ?? ctx.run.sha,
      actor: ctx.run.actor || ctx.pr?.author || 'unknown',
      approvers: [],
      bundleSha: schemaBundleHash(project),
      changeRequest: '',
      validationWindow: '',
      notes: `label ${report.bypass.label} (mode ${report.mode}); reconcile by ${report.bypass.dueBy.toISOString()}: ${reconcile.length ? reconcile.join('; ') : 'nothing listed'}`,
    },
    // One row per pull request head: a re-run of the same check does not add another.
    (rows) =>
      rows.find((r) => r.kind === 'bypass' && r.pr === pr && r.commit === (ctx.pr?.headSha ?? ctx.run.sha)),
  );
  return result.appended
    ? `\nThe bypass is recorded in ${project.config.audit.log}.\n`
    : `\nThe bypass is already recorded in ${project.config.audit.log}.\n`;
}
