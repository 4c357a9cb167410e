/**
 * Prometheus text exposition of a drift run, through prom-client with a registry of its own (the
 * global one would mix in whatever else the process registered).
 */
import { Counter, Gauge, Registry } from 'prom-client';
import type { DriftReport } from './driftReport.js';

export async function renderDriftMetrics(report: DriftReport): Promise<string> {
  const registry = new Registry();
  const failures = new Counter({
    name: 'schemagate_schema_validation_failures_total',
    help: 'Schema validations (pairs of states compared) that found drift, by subject and mode.',
    labelNames: ['subject', 'mode'] as const,
    registers: [registry],
  });
  const objects = new Gauge({
    name: 'schemagate_drift_objects',
    help: 'Objects that drifted, by subject, object kind and change (missing, extra, changed).',
    labelNames: ['subject', 'kind', 'change'] as const,
    registers: [registry],
  });
  const critical = new Gauge({
    name: 'schemagate_drift_critical_objects',
    help: 'Drifted objects on critical tables, by subject.',
    labelNames: ['subject'] as const,
    registers: [registry],
  });
  const duration = new Gauge({
    name: 'schemagate_drift_check_duration_seconds',
    help: 'Wall time of the drift check run, in seconds.',
    registers: [registry],
  });
  const result = new Gauge({
    name: 'schemagate_drift_check_result',
    help: '1 for the result of this run (pass, drift, fail, bypassed), 0 for the others.',
    labelNames: ['result', 'mode'] as const,
    registers: [registry],
  });
  for (const p of report.pairs) {
    failures.inc({ subject: p.subject, mode: report.mode }, p.differences.length > 0 ? 1 : 0);
    critical.set({ subject: p.subject }, p.counts.critical);
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
