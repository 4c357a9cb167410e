/**
 * The drift-check stage: compare the configured states, publish the report (comment section, job
 * summary, JSON validation report, Prometheus metrics), apply the mode, the emergency bypass label
 * and the approval rule of a canary -> strict promotion.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { renderDriftMarkdown } from '../../core/report/driftMarkdown.js';
import { renderDriftMetrics } from '../../core/report/driftMetrics.js';
import { type DriftReport, hasDrift, renderDriftJson, totalCounts } from '../../core/report/driftReport.js';
import { runDrift } from '../../runtime/driftRun.js';
import type { Stage } from '../types.js';
import { bypassLabel, openFollowUp, overdueReconciliations, recordBypass } from './bypass.js';
import { keepHistory } from './history.js';
import { checkPromotion } from './promotion.js';
import { missingPromotion } from './promotionGate.js';

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** The commit status description (cut to 140 characters by the runner). */
function describe(report: DriftReport): string {
  const counts = totalCounts(report);
  const n = `${counts.total} difference${counts.total === 1 ? '' : 's'}`;
  if (report.pairs.length === 0) return 'nothing to compare: set schema, database-url or drift.baseline';
  switch (report.result) {
    case 'pass':
      return 'no drift';
    case 'bypassed':
      return 'bypassed';
    case 'drift':
      return report.mode === 'strict'
        ? `${n} (strict: none breaking, not blocking)`
        : `${n} (canary: reported, not blocking)`;
    case 'fail':
      return `${n}${counts.critical > 0 ? ` (${counts.critical} on critical tables)` : ''} (${report.mode})`;
  }
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

    let section =
      renderDriftMarkdown(report) + (await recordBypass(ctx, report)) + (await openFollowUp(ctx, report));
    const reconciliations = await overdueReconciliations(ctx);
    if (reconciliations.overdue.length > 0)
      section += `\n:alarm_clock: **Overdue reconciliations** (emergency bypasses not reconciled within 24 hours; close the issue once reconciled):\n${reconciliations.overdue
        .map(
          (o) =>
            `- #${o.number}${o.pr !== null ? ` (PR #${o.pr})` : ''}, due ${o.due.toISOString().replace(/\.\d{3}Z$/, 'Z')} — ${o.url}`,
        )
        .join('\n')}\n`;
    // The history first: the promotion's canary window is measured from it too.
    const history = await keepHistory(ctx, report, liveUrl);
    const promotion = await checkPromotion(ctx, history.rows);
    if (promotion) section += `\n${promotion.section}`;
    section += history.note;

    const reportPath = project.path(ctx.input('report-path') || 'schemagate-drift.json');
    write(reportPath, renderDriftJson(report));
    const metricsInput = ctx.input('metrics-path') || project.config.drift.metrics;
    const metricsPath = metricsInput ? project.path(metricsInput) : '';
    if (metricsPath)
      write(
        metricsPath,
        await renderDriftMetrics(report, { prefix: project.config.metrics.prefix, history: history.summary }),
      );

    let state: 'success' | 'failure' = report.result === 'fail' ? 'failure' : 'success';
    let description = describe(report);
    if (promotion?.early) {
      state = 'failure';
      description = `promotion to strict before the canary window ends; ${description}`;
    }
    if (promotion && !promotion.satisfied) {
      state = 'failure';
      description = `mode change canary → strict ${promotion.missing}; ${description}`;
    }
    if (reconciliations.overdue.length > 0 && project.config.mode === 'strict') {
      state = 'failure';
      description = `overdue reconciliation #${reconciliations.overdue[0].number}; ${description}`;
    }
    const unrecorded = await missingPromotion({ project, prNumber: ctx.pr?.number });
    if (unrecorded) {
      state = 'failure';
      description = `strict promotion not in the audit log; ${description}`;
      section += `\n:no_entry: **Audit log:** ${unrecorded}\n`;
      ctx.log.error(`schemagate: ${unrecorded}`);
    }
    return {
      state,
      description,
      section,
      outputs: { drift: String(hasDrift(report)), 'report-path': reportPath, 'metrics-path': metricsPath },
    };
  },
};
