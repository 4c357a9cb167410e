/**
 * Records this run in the validation history and reads the whole history back for the metrics.
 * A history that is configured but cannot be written is an error (the counters would lie); no
 * history at all is said in the report.
 */
import {
  type HistoryRow,
  type HistorySummary,
  summarizeHistory,
  validationRows,
} from '../../core/drift/history.js';
import type { DriftReport } from '../../core/report/driftReport.js';
import {
  configuredHistoryUrl,
  historyTarget,
  readHistory,
  recordHistory,
} from '../../runtime/driftHistory.js';
import type { StageContext } from '../types.js';

export async function keepHistory(
  ctx: StageContext,
  report: DriftReport,
  liveUrl: string | undefined,
): Promise<{ summary?: HistorySummary; rows: HistoryRow[] | null; note: string }> {
  const { project } = ctx;
  const configured = configuredHistoryUrl(project, process.env);
  if (configured) ctx.log.mask(configured);
  const neonUrl = ctx.upstream['neon-branch.database-url'];
  const target = historyTarget({
    configured,
    liveUrl,
    liveIsEphemeral: Boolean(liveUrl) && (!ctx.input('database-url') || liveUrl === neonUrl),
  });
  if (target.url === null) return { rows: null, note: `\n_No validation history kept: ${target.why}._\n` };
  const db = await ctx.openDb(target.url);
  try {
    const schema = project.config.migrations.revisions_schema;
    // Nothing compared: nothing to record, but the history still tells the canary window.
    if (report.pairs.length === 0) return { rows: await readHistory(db, schema), note: '' };
    await recordHistory(
      db,
      schema,
      validationRows(report.pairs, report.mode, ctx.pr?.headSha ?? ctx.run.sha, ctx.now()),
    );
    const rows = await readHistory(db, schema);
    return {
      summary: summarizeHistory(rows, ctx.now()),
      rows,
      note: `\n_Validation recorded in ${target.where} (${rows.length} row${rows.length === 1 ? '' : 's'} of history)._\n`,
    };
  } finally {
    await db.close();
  }
}
