/**
 * The validation history (`schemagate_validations`): one row per pair checked in a drift run,
 * and one per baseline refresh. The cumulative counters and the drift-management targets
 * (false-positive rate, baseline-refresh success rate, time from detection to resolution) are
 * computed from these rows, so they survive across runs. Pure: SQL text and arithmetic; the
 * edge runs the SQL (runtime/driftHistory.ts).
 */

import { qualified, quoteIdent } from '../sql/quote.js';
import type { PairCheck } from './check.js';
import type { DriftMode } from './types.js';

export const HISTORY_TABLE = 'schemagate_validations';

export type HistoryKind = 'validation' | 'baseline-refresh';

export interface HistoryRow {
  readonly kind: HistoryKind;
  readonly subject: string;
  readonly mode: DriftMode;
  /** validation: pass | drift | fail | bypassed; baseline-refresh: success | failure. */
  readonly result: string;
  readonly total: number;
  readonly breaking: number;
  readonly critical: number;
  /** Tables (qualified keys) that had differences. */
  readonly tables: readonly string[];
  readonly commit: string;
  readonly at: Date;
}

export function createHistorySql(schema: string): string {
  return `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)};
CREATE TABLE IF NOT EXISTS ${qualified(schema, HISTORY_TABLE)} (
  id bigserial PRIMARY KEY,
  kind text NOT NULL,
  subject text NOT NULL,
  mode text NOT NULL,
  result text NOT NULL,
  total integer NOT NULL,
  breaking integer NOT NULL,
  critical integer NOT NULL,
  tables text[] NOT NULL,
  commit text NOT NULL,
  recorded_at timestamptz NOT NULL
);`;
}

export function insertHistorySql(schema: string): string {
  return `INSERT INTO ${qualified(schema, HISTORY_TABLE)} (kind, subject, mode, result, total, breaking, critical, tables, commit, recorded_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text[], $9, $10)`;
}

export function selectHistorySql(schema: string): string {
  return `SELECT kind, subject, mode, result, total, breaking, critical, tables::text[] AS tables, commit, recorded_at
FROM ${qualified(schema, HISTORY_TABLE)} ORDER BY recorded_at, id`;
}

/** The rows one drift run adds: one per pair. */
export function validationRows(
  pairs: readonly PairCheck[],
  mode: DriftMode,
  commit: string,
  at: Date,
): HistoryRow[] {
  return pairs.map((p) => ({
    kind: 'validation',
    subject: p.subject,
    mode,
    result: p.result,
    total: p.counts.total,
    breaking: p.counts.breaking,
    critical: p.counts.critical,
    tables: [...new Set(p.differences.flatMap((d) => (d.table === null ? [] : [d.table])))].sort(),
    commit,
    at,
  }));
}

/** The row of one baseline refresh. */
export function refreshRow(result: 'success' | 'failure', mode: DriftMode, at: Date): HistoryRow {
  return {
    kind: 'baseline-refresh',
    subject: 'baseline',
    mode,
    result,
    total: 0,
    breaking: 0,
    critical: 0,
    tables: [],
    commit: '',
    at,
  };
}

export interface HistorySummary {
  /** Validations that found drift, by subject and mode (the cumulative counter). */
  readonly failures: readonly { subject: string; mode: DriftMode; count: number }[];
  /** Validations run, by subject and mode. */
  readonly validations: readonly { subject: string; mode: DriftMode; count: number }[];
  /** Share of drift findings later accepted by a baseline refresh (null: no findings yet). */
  readonly falsePositiveRate: number | null;
  /** Successful refreshes over all refreshes (null: none yet). */
  readonly baselineRefreshSuccessRate: number | null;
  /** Seconds from the first run that found a table drifting to the first later run of that subject without it. */
  readonly resolutions: readonly { subject: string; table: string; seconds: number }[];
  /** Tables still drifting at the latest run of their subject, with the seconds since first detection. */
  readonly open: readonly { subject: string; table: string; seconds: number }[];
}

const hasDrift = (r: HistoryRow) => r.kind === 'validation' && r.total > 0;

function counted(rows: readonly HistoryRow[]): { subject: string; mode: DriftMode; count: number }[] {
  const m = new Map<string, { subject: string; mode: DriftMode; count: number }>();
  for (const r of rows) {
    const key = `${r.subject}\u0000${r.mode}`;
    const e = m.get(key) ?? { subject: r.subject, mode: r.mode, count: 0 };
    m.set(key, { ...e, count: e.count + 1 });
  }
  return [...m.values()].sort((a, b) => (a.subject + a.mode < b.subject + b.mode ? -1 : 1));
}

/** Aggregates the history (rows in time order) at `now`. */
export function summarizeHistory(rows: readonly HistoryRow[], now: Date): HistorySummary {
  const validations = rows.filter((r) => r.kind === 'validation');
  const refreshes = rows.filter((r) => r.kind === 'baseline-refresh');

  // A drift finding is a false positive when a successful baseline refresh followed it before
  // any run of its subject came back clean: the difference was accepted, not fixed.
  const findings = validations.filter(hasDrift);
  let accepted = 0;
  for (const f of findings) {
    const later = rows.filter((r) => r.at.getTime() >= f.at.getTime() && r !== f);
    const firstClean = later.find((r) => r.kind === 'validation' && r.subject === f.subject && r.total === 0);
    const refresh = later.find((r) => r.kind === 'baseline-refresh' && r.result === 'success');
    if (refresh && (!firstClean || refresh.at.getTime() <= firstClean.at.getTime())) accepted++;
  }

  const resolutions: { subject: string; table: string; seconds: number }[] = [];
  const open: { subject: string; table: string; seconds: number }[] = [];
  const firstSeen = new Map<string, Date>();
  const key = (s: string, t: string) => `${s}\u0000${t}`;
  for (const r of validations) {
    const now = new Set(r.tables);
    for (const t of now) if (!firstSeen.has(key(r.subject, t))) firstSeen.set(key(r.subject, t), r.at);
    for (const [k, since] of [...firstSeen]) {
      const [subject, table] = k.split('\u0000');
      if (subject !== r.subject || now.has(table)) continue;
      resolutions.push({ subject, table, seconds: (r.at.getTime() - since.getTime()) / 1000 });
      firstSeen.delete(k);
    }
  }
  for (const [k, since] of firstSeen) {
    const [subject, table] = k.split('\u0000');
    open.push({ subject, table, seconds: (now.getTime() - since.getTime()) / 1000 });
  }

  return {
    failures: counted(findings),
    validations: counted(validations),
    falsePositiveRate: findings.length === 0 ? null : accepted / findings.length,
    baselineRefreshSuccessRate:
      refreshes.length === 0
        ? null
        : refreshes.filter((r) => r.result === 'success').length / refreshes.length,
    resolutions,
    open,
  };
}
