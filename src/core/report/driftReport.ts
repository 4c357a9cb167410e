/**
 * The drift report: built once from the pair checks, rendered per destination (comment section and
 * job summary in driftMarkdown.ts, Prometheus text in driftMetrics.ts, and the JSON validation
 * report here).
 */
import type { PairCheck } from '../drift/check.js';
import { countDifferences, type DriftCounts } from '../drift/decide.js';
import type { DriftMode, DriftResult, DriftState } from '../drift/types.js';
import type { SchemaModel } from '../model/types.js';
import type { DeclaredPlan } from './declaredPlan.js';

export interface DriftReport {
  readonly mode: DriftMode;
  readonly result: DriftResult;
  readonly pairs: readonly PairCheck[];
  /** modelHash of the declared schema (or, without one, of the replayed migrations). */
  readonly schemaHash: string | null;
  readonly durationMs: number;
  /** Set when the emergency-bypass label turned a failure into success. */
  readonly bypass: { readonly label: string; readonly dueBy: Date } | null;
  /** Baseline file path, for the refresh note. */
  readonly baselinePath: string | null;
  /** The states' models (filtered), for the ER diagram of the tables that differ. */
  readonly models: Partial<Readonly<Record<DriftState, SchemaModel>>>;
  /** drift.new_table_notify: mentioned when a new table appears. */
  readonly newTableNotify?: readonly string[];
  /** With a declared schema: the SQL from the live database (else the migrations) to it. */
  readonly declaredPlan?: DeclaredPlan | null;
}

/** New tables: in the checked state of a pair and not in its reference, with where they appeared. */
export function newTables(report: Pick<DriftReport, 'pairs'>): { table: string; subject: string }[] {
  return report.pairs.flatMap((p) =>
    p.differences
      .filter((d) => d.kind === 'table' && d.change === 'extra')
      .map((d) => ({ table: d.object, subject: p.subject })),
  );
}

export function totalCounts(report: Pick<DriftReport, 'pairs'>): DriftCounts {
  return countDifferences(report.pairs.flatMap((p) => p.differences));
}

export function hasDrift(report: Pick<DriftReport, 'pairs'>): boolean {
  return report.pairs.some((p) => p.differences.length > 0);
}

/** The machine-readable validation report (report-path): subject, mode, result, counts, differences, schema hash. */
export function renderDriftJson(report: DriftReport): string {
  const doc = {
    tool: 'schemagate',
    check: 'drift-check',
    subject: report.pairs.map((p) => p.subject).join(','),
    mode: report.mode,
    result: report.result,
    drift: hasDrift(report),
    schemaHash: report.schemaHash,
    durationMs: Math.round(report.durationMs),
    counts: totalCounts(report),
    bypass: report.bypass ? { label: report.bypass.label, dueBy: report.bypass.dueBy.toISOString() } : null,
    pairs: report.pairs.map((p) => ({
      subject: p.subject,
      left: p.pair.left,
      right: p.pair.right,
      result: p.result,
      leftHash: p.leftHash,
      rightHash: p.rightHash,
      counts: p.counts,
      fix: p.fix,
      excluded: p.excluded,
    })),
    newTables: newTables(report),
    declaredPlan: report.declaredPlan ?? null,
    differences: report.pairs.flatMap((p) => p.differences.map((d) => ({ subject: p.subject, ...d }))),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
