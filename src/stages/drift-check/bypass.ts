/**
 * The emergency bypass: the label (drift.bypass_label) on the pull request, read fresh, and the
 * audit entry of a bypass with what must be reconciled within 24 hours.
 */
import { describeDifference } from '../../core/drift/check.js';
import type { DriftReport } from '../../core/report/driftReport.js';
import { appendAuditLog, schemaBundleHash } from '../../runtime/driftAudit.js';
import type { StageContext } from '../types.js';

/** The bypass label when it is on the pull request, else null. */
export async function bypassLabel(ctx: StageContext): Promise<string | null> {
  const label = ctx.project.config.drift.bypass_label;
  if (!ctx.pr) return null;
  // Labels are read fresh: the label is often added after the event that started the run.
  const labels = ctx.github ? await ctx.github.listLabels(ctx.pr.number) : ctx.pr.labels;
  return labels.includes(label) ? label : null;
}

/** Writes the bypass to audit.log; returns the note for the comment. */
export function recordBypass(ctx: StageContext, report: DriftReport): string {
  const { project } = ctx;
  if (!report.bypass) return '';
  if (!project.config.audit.log) {
    ctx.log.warning(
      'schemagate: audit.log is not set, so the emergency bypass is recorded in the comment only',
    );
    return '\n`audit.log` is not set, so this bypass is recorded in this comment only.\n';
  }
  appendAuditLog(project, {
    kind: 'bypass',
    date: ctx.now(),
    pr: ctx.pr?.number ?? null,
    actor: ctx.run.actor || ctx.pr?.author || 'unknown',
    schemaHash: schemaBundleHash(project),
    label: report.bypass.label,
    mode: report.mode,
    dueBy: report.bypass.dueBy,
    reconcile: report.pairs.flatMap((p) =>
      p.result === 'fail' ? p.differences.map((d) => `${p.subject}: ${describeDifference(d)}`) : [],
    ),
  });
  return `\nThe bypass is recorded in ${project.config.audit.log}.\n`;
}
