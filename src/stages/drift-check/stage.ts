/**
 * The drift-check stage: compare the configured states, publish the report (comment section, job
 * summary, JSON validation report, Prometheus metrics), apply the mode, the emergency bypass label
 * and the approval rule of a canary -> strict promotion.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describeDifference } from '../../core/drift/check.js';
import { renderDriftMarkdown } from '../../core/report/driftMarkdown.js';
import { renderDriftMetrics } from '../../core/report/driftMetrics.js';
import { hasDrift, renderDriftJson, totalCounts } from '../../core/report/driftReport.js';
import { appendAuditLog, schemaBundleHash } from '../../runtime/driftAudit.js';
import { runDrift } from '../../runtime/driftRun.js';
import type { Stage, StageContext } from '../types.js';
import { checkPromotion } from './promotion.js';

async function bypassLabel(ctx: StageContext): Promise<string | null> {
  const label = ctx.project.config.drift.bypass_label;
  if (!ctx.pr) return null;
  // Labels are read fresh: the label is often added after the event that started the run.
  const labels = ctx.github ? await ctx.github.listLabels(ctx.pr.number) : ctx.pr.labels;
  return labels.includes(label) ? label : null;
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

export const stage: Stage = {
  name: 'drift-check',
  async run(ctx) {
    const { project } = ctx;
    const liveUrl = ctx.input('database-url') || ctx.upstream['neon-branch.database-url'] || undefined;
    if (liveUrl) ctx.log.mask(liveUrl);
    const report = await runDrift({
      project,
      devUrl: ctx.input('dev-url') || project.config.dev_url,
      liveUrl,
      baselinePath: ctx.input('baseline') || undefined,
      openDb: ctx.openDb,
      bypassLabel: await bypassLabel(ctx),
      now: ctx.now,
    });

    let section = renderDriftMarkdown(report);
    if (report.result === 'bypassed' && report.bypass) {
      const reconcile = report.pairs.flatMap((p) =>
        p.result === 'fail' ? p.differences.map((d) => `${p.subject}: ${describeDifference(d)}`) : [],
      );
      if (project.config.audit.log) {
        appendAuditLog(project, {
          kind: 'bypass',
          date: ctx.now(),
          pr: ctx.pr?.number ?? null,
          actor: ctx.run.actor || ctx.pr?.author || 'unknown',
          schemaHash: schemaBundleHash(project),
          label: report.bypass.label,
          mode: report.mode,
          dueBy: report.bypass.dueBy,
          reconcile,
        });
        section += `\nThe bypass is recorded in ${project.config.audit.log}.\n`;
      } else {
        ctx.log.warning(
          'schemagate: audit.log is not set, so the emergency bypass is recorded in the comment only',
        );
        section += '\n`audit.log` is not set, so this bypass is recorded in this comment only.\n';
      }
    }

    const promotion = await checkPromotion(ctx);
    if (promotion) section += `\n${promotion.section}`;

    const reportPath = project.path(ctx.input('report-path') || 'schemagate-drift.json');
    write(reportPath, renderDriftJson(report));
    const metricsInput = ctx.input('metrics-path') || project.config.drift.metrics;
    const metricsPath = metricsInput ? project.path(metricsInput) : '';
    if (metricsPath) write(metricsPath, await renderDriftMetrics(report));

    const counts = totalCounts(report);
    const n = `${counts.total} difference${counts.total === 1 ? '' : 's'}`;
    let state: 'success' | 'failure' = report.result === 'fail' ? 'failure' : 'success';
    let description =
      report.pairs.length === 0
        ? 'nothing to compare: set schema, database-url or drift.baseline'
        : report.result === 'pass'
          ? 'no drift'
          : report.result === 'bypassed'
            ? 'bypassed'
            : report.result === 'drift'
              ? `${n} (canary: reported, not blocking)`
              : `${n}${counts.critical > 0 ? ` (${counts.critical} on critical tables)` : ''} (${report.mode})`;
    if (promotion && !promotion.satisfied) {
      state = 'failure';
      description = `mode change canary → strict needs 2 distinct approvals (has ${promotion.approvers.length}); ${description}`;
    }
    return {
      state,
      description,
      section,
      outputs: { drift: String(hasDrift(report)), 'report-path': reportPath, 'metrics-path': metricsPath },
    };
  },
};
