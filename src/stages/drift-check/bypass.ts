/**
 * The emergency bypass: the label (drift.bypass_label) on the pull request, read fresh, and the
 * audit entry of a bypass with what must be reconciled within 24 hours.
 */
import { describeDifference } from '../../core/drift/check.js';
import type { DriftReport } from '../../core/report/driftReport.js';
import { appendAuditRow, schemaBundleHash } from '../../runtime/driftAudit.js';
import type { StageContext } from '../types.js';

/** The bypass label when it is on the pull request, else null. */
export async function bypassLabel(ctx: StageContext): Promise<string | null> {
  const label = ctx.project.config.drift.bypass_label;
  if (!ctx.pr) return null;
  // Labels are read fresh: the label is often added after the event that started the run.
  const labels = ctx.github ? await ctx.github.listLabels(ctx.pr.number) : ctx.pr.labels;
  return labels.includes(label) ? label : null;
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
  const reconcile = report.pairs.flatMap((p) =>
    p.result === 'fail' ? p.differences.map((d) => `${p.subject}: ${describeDifference(d)}`) : [],
  );
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
