/**
 * The edge of the validation history: where it is kept, recording a run's rows and reading them
 * back. The table sits beside the revision table (migrations.revisions_schema).
 */
import type { Db } from '../core/db.js';
import {
  createHistorySql,
  HISTORY_TABLE,
  type HistoryRow,
  insertHistorySql,
  selectHistorySql,
} from '../core/drift/history.js';
import { ConfigError } from '../core/errors.js';
import { qualified } from '../core/sql/quote.js';
import type { Project } from './project.js';

export type HistoryTarget =
  | { readonly url: string; readonly where: string }
  | { readonly url: null; readonly why: string };

/** governance.history_url, with `$NAME` read from the environment. */
export function configuredHistoryUrl(
  project: Project,
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  const value = project.config.governance.history_url;
  if (value === undefined) return undefined;
  const m = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(value);
  if (!m) return value;
  const url = env[m[1]];
  if (!url)
    throw new ConfigError(
      project.configFile ?? 'schemagate.yml',
      'governance.history_url',
      `environment variable ${m[1]} is not set (pass it to the step's env)`,
    );
  return url;
}

/**
 * Where this run's history goes: the named history database, else the live database the check
 * read, unless that is a throw-away branch (the PR's Neon branch), where history would be lost.
 */
export function historyTarget(opts: {
  readonly configured: string | undefined;
  readonly liveUrl: string | undefined;
  readonly liveIsEphemeral: boolean;
}): HistoryTarget {
  if (opts.configured)
    return { url: opts.configured, where: 'the history database (governance.history_url)' };
  if (!opts.liveUrl)
    return { url: null, why: 'no live database was checked and governance.history_url is not set' };
  if (opts.liveIsEphemeral)
    return {
      url: null,
      why: "the live database is this pull request's Neon branch, which is thrown away; set governance.history_url to keep it",
    };
  return { url: opts.liveUrl, where: 'the live database' };
}

export async function recordHistory(db: Db, schema: string, rows: readonly HistoryRow[]): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.exec(createHistorySql(schema));
    for (const r of rows)
      await tx.query(insertHistorySql(schema), [
        r.kind,
        r.subject,
        r.mode,
        r.result,
        r.total,
        r.breaking,
        r.critical,
        r.tables,
        r.commit,
        r.at.toISOString(),
      ]);
  });
}

export async function readHistory(db: Db, schema: string): Promise<HistoryRow[]> {
  const exists = await db.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [
    qualified(schema, HISTORY_TABLE),
  ]);
  if (!exists.rows[0]?.t) return [];
  const res = await db.query<Record<string, unknown>>(selectHistorySql(schema));
  return res.rows.map((r) => ({
    kind: r.kind as HistoryRow['kind'],
    subject: String(r.subject),
    mode: r.mode as HistoryRow['mode'],
    result: String(r.result),
    total: Number(r.total),
    breaking: Number(r.breaking),
    critical: Number(r.critical),
    tables: parseTextArray(r.tables),
    commit: String(r.commit),
    at: new Date(r.recorded_at as string | Date),
  }));
}

/** node-postgres returns text[] as a JS array; be lenient with the `{a,b}` form too. */
function parseTextArray(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  if (typeof v !== 'string' || v === '{}') return [];
  return v
    .slice(1, -1)
    .split(',')
    .map((s) => s.replace(/^"(.*)"$/, '$1').replace(/\\(.)/g, '$1'));
}
