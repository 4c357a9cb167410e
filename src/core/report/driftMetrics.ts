/**
 * Prometheus text exposition of drift runs, through prom-client with a registry of its own (the
 * global one would mix in whatever else the process registered). The failure counter is a real
 * counter when a validation history is given: its value is the total over every recorded run,
 * so dashboards see it grow; without a history it holds this run only (0 or 1 per subject).
 */
import { Counter, Gauge, Registry } from 'prom-client';
import type { HistorySummary } from '../drift/history.js';
import type { DriftReport } from './driftReport.js';

export const DEFAULT_METRICS_PREFIX = 'schemagate';

export interface MetricsOptions {
  /** metrics.prefix: the first word of every metric name. */
  readonly prefix?: string;
  readonly history?: HistorySummary;
}

function historyMetrics(
  registry: Registry,
  prefix: string,
  history: HistorySummary,
): Counter<'subject' | 'mode'> {
  const failures = new Counter({
    name: `${prefix}_schema_validation_failures_total`,
    help: 'Schema validations (pairs of states compared) that found drift, by subject and mode, over the whole validation history.',
    labelNames: ['subject', 'mode'] as const,
    registers: [registry],
  });
  const runs = new Counter({
    name: `${prefix}_schema_validations_total`,
    help: 'Schema validations recorded in the validation history, by subject and mode.',
    labelNames: ['subject', 'mode'] as const,
    registers: [registry],
  });
  for (const r of history.validations) {
    runs.inc({ subject: r.subject, mode: r.mode }, r.count);
    failures.inc({ subject: r.subject, mode: r.mode }, 0);
  }
  for (const f of history.failures) failures.inc({ subject: f.subject, mode: f.mode }, f.count);
  const rate = (name: string, help: string, value: number | null) => {
    const g = new Gauge({ name: `${prefix}_${name}`, help, registers: [registry] });
    if (value !== null) g.set(value);
  };
  rate(
    'drift_false_positive_ratio',
    'Share of drift findings later accepted by a baseline refresh (target: at most 0.05).',
    history.falsePositiveRate,
  );
  rate(
    'baseline_refresh_success_ratio',
    'Successful baseline refreshes over all refreshes (target: at least 0.95).',
    history.baselineRefreshSuccessRate,
  );
  const resolved = new Gauge({
    name: `${prefix}_drift_resolution_seconds`,
    help: 'Seconds from first detection of drift on a table to the first run without it (latest resolution per table; target: at most 1800).',
    labelNames: ['subject', 'table'] as const,
    registers: [registry],
  });
  for (const r of history.resolutions) resolved.set({ subject: r.subject, table: r.table }, r.seconds);
  const open = new Gauge({
    name: `${prefix}_drift_open_seconds`,
    help: 'Seconds since drift on a table was first detected, for tables still drifting.',
    labelNames: ['subject', 'table'] as const,
    registers: [registry],
  });
  for (const r of history.open) open.set({ subject: r.subject, table: r.table }, r.seconds);
  return failures;
}

export async function renderHistoryMetrics(
  history: HistorySummary,
  prefix = DEFAULT_METRICS_PREFIX,
): Promise<string> {
  const registry = new Registry();
  historyMetrics(registry, prefix, history);
  return registry.metrics();
}

export async function renderDriftMetrics(report: DriftReport, options: MetricsOptions = {}): Promise<string> {
  const prefix = options.prefix ?? DEFAULT_METRICS_PREFIX;
  const registry = new Registry();
  const failures = options.history
    ? undefined
    : new Counter({
        name: `${prefix}_schema_validation_failures_total`,
        help: 'Schema validations (pairs of states compared) that found drift, by subject and mode (this run only: no validation history).',
        labelNames: ['subject', 'mode'] as const,
        registers: [registry],
      });
  if (options.history) historyMetrics(registry, prefix, options.history);
  const objects = new Gauge({
    name: `${prefix}_drift_objects`,
    help: 'Objects that drifted, by subject, object kind and change (missing, extra, changed).',
    labelNames: ['subject', 'kind', 'change'] as const,
    registers: [registry],
  });
  const critical = new Gauge({
    name: `${prefix}_drift_critical_objects`,
    help: 'Drifted objects on critical tables, by subject.',
    labelNames: ['subject'] as const,
    registers: [registry],
  });
  const breaking = new Gauge({
    name: `${prefix}_drift_breaking_objects`,
    help: 'Drifted objects whose change is breaking, by subject.',
    labelNames: ['subject'] as const,
    registers: [registry],
  });
  const duration = new Gauge({
    name: `${prefix}_drift_check_duration_seconds`,
    help: 'Wall time of the drift check run, in seconds.',
    registers: [registry],
  });
  const result = new Gauge({
    name: `${prefix}_drift_check_result`,
    help: '1 for the result of this run (pass, drift, fail, bypassed), 0 for the others.',
    labelNames: ['result', 'mode'] as const,
    registers: [registry],
  });
  for (const p of report.pairs) {
    failures?.inc({ subject: p.subject, mode: report.mode }, p.differences.length > 0 ? 1 : 0);
    critical.set({ subject: p.subject }, p.counts.critical);
    breaking.set({ subject: p.subject }, p.counts.breaking);
    const byKindChange = new Map<string, number>();
    for (const d of p.differences) {
      const key = `${d.kind}\u0000${d.change}`;
      byKindChange.set(key, (byKindChange.get(key) ?? 0) + 1);
    }
    for (const [key, n] of [...byKindChange].sort()) {
      const [kind, change] = key.split('\u0000');
      objects.set({ subject: p.subject, kind, change }, n);
    }
  }
  duration.set(report.durationMs / 1000);
  for (const r of ['pass', 'drift', 'fail', 'bypassed'])
    result.set({ result: r, mode: report.mode }, r === report.result ? 1 : 0);
  return registry.metrics();
}
