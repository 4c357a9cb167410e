/**
 * The four DORA figures for database changes, from the revision table (when each migration was
 * applied), git (when each migration was first committed) and the recorded release events
 * (rollbacks, restores, failures):
 * - deployment frequency: migrate runs that applied something, per day of the window (applies
 *   less than RUN_GAP apart are one run);
 * - lead time for changes: median of applied time − first commit time, per migration;
 * - change failure rate: runs followed by a rollback, restore or recorded failure before the
 *   next run, over all runs;
 * - time to restore: median of the event time − the start of the run it undid.
 */
import { Gauge, Registry } from 'prom-client';
import type { ReleaseEvent } from './events.js';

const RUN_GAP_MS = 10 * 60_000;

export interface DoraInput {
  /** Applied migrations ('apply' rows of the revision table). */
  readonly applies: readonly { readonly version: string; readonly appliedAt: string }[];
  /** First commit time of each migration, by version. */
  readonly commitTimes: ReadonlyMap<string, string>;
  /** Recorded events; `deployedAt` is when the change it undid went live, when known. */
  readonly events: readonly (ReleaseEvent & { readonly deployedAt?: string | null })[];
  readonly now: Date;
  readonly windowMs: number;
}

export interface DoraFigures {
  readonly windowDays: number;
  readonly deployments: number;
  readonly deploymentsPerDay: number;
  readonly leadTimeSeconds: number | null;
  readonly leadTimeSamples: number;
  readonly failures: number;
  readonly changeFailureRate: number | null;
  readonly timeToRestoreSeconds: number | null;
}

function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function doraFigures(input: DoraInput): DoraFigures {
  const end = input.now.getTime();
  const start = end - input.windowMs;
  const inWindow = (t: number) => t >= start && t <= end;
  const applies = input.applies
    .map((a) => ({ ...a, t: Date.parse(a.appliedAt) }))
    .filter((a) => Number.isFinite(a.t) && inWindow(a.t))
    .sort((a, b) => a.t - b.t);
  const events = input.events
    .map((e) => ({
      ...e,
      t: Date.parse(e.at ?? ''),
      d: e.deployedAt ? Date.parse(e.deployedAt) : Number.NaN,
    }))
    .filter((e) => Number.isFinite(e.t) && inWindow(e.t))
    .sort((a, b) => a.t - b.t);

  // Runs: applies close together, plus runs known only from an event (their rows were rolled back).
  const starts: number[] = [];
  for (const a of applies)
    if (starts.length === 0 || a.t - (starts.at(-1) ?? 0) > RUN_GAP_MS) starts.push(a.t);
  for (const e of events)
    if (Number.isFinite(e.d) && inWindow(e.d) && !starts.some((s) => Math.abs(s - e.d) <= RUN_GAP_MS))
      starts.push(e.d);
  starts.sort((a, b) => a - b);

  const failed = new Map<number, number>();
  for (const e of events) {
    const run = Number.isFinite(e.d)
      ? starts.find((s) => Math.abs(s - e.d) <= RUN_GAP_MS)
      : [...starts].reverse().find((s) => s <= e.t);
    if (run !== undefined && !failed.has(run)) failed.set(run, e.t - run);
  }

  const leads = applies
    .map((a) => a.t - Date.parse(input.commitTimes.get(a.version) ?? ''))
    .filter((x) => Number.isFinite(x) && x >= 0);
  const days = input.windowMs / 86_400_000;
  const lead = median(leads);
  const restore = median([...failed.values()]);
  return {
    windowDays: days,
    deployments: starts.length,
    deploymentsPerDay: days > 0 ? starts.length / days : 0,
    leadTimeSeconds: lead === null ? null : lead / 1000,
    leadTimeSamples: leads.length,
    failures: failed.size,
    changeFailureRate: starts.length > 0 ? failed.size / starts.length : null,
    timeToRestoreSeconds: restore === null ? null : restore / 1000,
  };
}

const fmtDuration = (s: number | null) => {
  if (s === null) return 'n/a';
  // Round first: 3,599.6 s is "1.0 h", not "60 min".
  if (Math.round(s / 60) < 60) return `${Math.round(s / 60)} min`;
  if (s < 172_800) return `${(s / 3600).toFixed(1)} h`;
  return `${(s / 86_400).toFixed(1)} d`;
};

export function doraText(f: DoraFigures, window: string): string[] {
  return [
    `DORA figures for database changes, last ${window}:`,
    `  deployment frequency:  ${f.deployments} deployment(s), ${f.deploymentsPerDay.toFixed(2)} per day`,
    `  lead time for changes: ${fmtDuration(f.leadTimeSeconds)} (median of ${f.leadTimeSamples} migration(s), commit to applied)`,
    `  change failure rate:   ${f.changeFailureRate === null ? 'n/a' : `${(f.changeFailureRate * 100).toFixed(1)} %`} (${f.failures} of ${f.deployments} deployment(s) rolled back, restored or failed)`,
    `  time to restore:       ${fmtDuration(f.timeToRestoreSeconds)} (median)`,
  ];
}

/** Prometheus text; figures that cannot be computed (no samples) are left out rather than zero. */
export async function doraMetrics(f: DoraFigures, window: string): Promise<string> {
  const registry = new Registry();
  const gauge = (name: string, help: string, value: number | null) => {
    const g = new Gauge({ name, help, labelNames: ['window'] as const, registers: [registry] });
    if (value !== null) g.set({ window }, value);
  };
  gauge('schemagate_dora_deployments', 'Migrate runs that applied migrations in the window.', f.deployments);
  gauge(
    'schemagate_dora_deployment_frequency_per_day',
    'Deployments of schema changes per day.',
    f.deploymentsPerDay,
  );
  gauge(
    'schemagate_dora_lead_time_seconds',
    'Median time from the first commit of a migration to its application.',
    f.leadTimeSeconds,
  );
  gauge(
    'schemagate_dora_failed_deployments',
    'Deployments rolled back, restored or recorded as failed.',
    f.failures,
  );
  gauge(
    'schemagate_dora_change_failure_rate',
    'Failed deployments over all deployments (0 to 1).',
    f.changeFailureRate,
  );
  gauge(
    'schemagate_dora_time_to_restore_seconds',
    'Median time from a failed deployment to its rollback or restore.',
    f.timeToRestoreSeconds,
  );
  return registry.metrics();
}
