/**
 * Down migrations, verified. Pure parts: which new migrations lack a down part (a lint finding
 * under `migrations.require_down`), what a down part destroys that existed before its up ran, and
 * the verdict of one round trip (up → A → down → before → up → A) from the four schema snapshots.
 * The runtime (src/runtime/roundTrip.ts) takes the snapshots on a real database.
 */

import { describeDifference } from '../drift/check.js';
import { compareModels } from '../drift/compare.js';
import { InputError } from '../errors.js';
import { nameList, refFromNames, tableLabel, tableOf } from '../lint/ast.js';
import type { Finding, LintReport, RiskLevel, TableRef } from '../lint/types.js';
import { relKey } from '../model/ids.js';
import type { SchemaModel } from '../model/types.js';
import type { SqlFile, SqlStatement } from '../sql/index.js';
import type { Migration, ResolvedFormat } from './types.js';

export const MISSING_DOWN_RULE = 'missing-down-migration';
export const NO_DOWN_PRAGMA = 'schemagate:no-down';
const DOCS = 'docs/rollback.md#down-migrations';
const RISK_ORDER: readonly RiskLevel[] = ['none', 'low', 'medium', 'high', 'critical'];

/** How to give a migration a down part in each format (the message of the finding). */
export function howToProvideDown(format: ResolvedFormat, m: Pick<Migration, 'version' | 'name'>): string {
  switch (format) {
    case 'golang-migrate':
      return `add ${m.version}_${m.name}.down.sql next to the up file`;
    case 'dbmate':
      return 'add a `-- migrate:down` section with the reverse statements to the file';
    case 'flyway':
      return `add an undo file U${m.version}__${m.name}.sql with the reverse statements`;
    default:
      return `${format} migrations have no down part: use a format that has one (golang-migrate .down.sql, dbmate \`-- migrate:down\`, Flyway U files), or roll back by a forward migration or a Neon restore (docs/rollback.md)`;
  }
}

/** True when a down part holds nothing but whitespace and comments. */
function emptySql(text: string): boolean {
  return (
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/--[^\n]*/g, '')
      .trim() === ''
  );
}

export interface NoDownExemption {
  readonly reason: string;
  readonly line: number;
}

/** `-- schemagate:no-down <reason>` anywhere in the up file; a pragma without a reason is bad input. */
export function noDownExemption(file: SqlFile): NoDownExemption | undefined {
  const d = file.directives.find((x) => x.name === NO_DOWN_PRAGMA);
  if (!d) return undefined;
  if (!d.args.trim()) {
    throw new InputError(
      `${file.file}:${d.line}: ${NO_DOWN_PRAGMA} needs a reason, e.g. -- ${NO_DOWN_PRAGMA} rolled back by Neon restore (docs/rollback.md)`,
    );
  }
  return { reason: d.args.trim(), line: d.line };
}

/**
 * One finding per linted migration that has no (non-empty) down part. `files` are the up files
 * being judged (the pull request's), matched to the set's migrations by path.
 */
export function missingDownFindings(
  files: readonly SqlFile[],
  migrations: readonly Migration[],
  format: ResolvedFormat,
): Finding[] {
  const byFile = new Map(migrations.map((m) => [m.up.file, m]));
  const out: Finding[] = [];
  for (const f of files) {
    const m = byFile.get(f.file);
    if (!m || m.repeatable) continue;
    if (m.down && !emptySql(m.down.text)) continue;
    const exemption = noDownExemption(f);
    const first = f.statements[0];
    out.push({
      file: f.file,
      line: first?.line ?? 1,
      column: first?.column ?? 1,
      ruleId: MISSING_DOWN_RULE,
      risk: 'high',
      message: `${m.up.file} has no down part (migrations.require_down is true): ${howToProvideDown(format, m)}`,
      why: 'Without a down part the release cannot be rolled back by running the reverse migration; the release procedure asks for one with every schema change.',
      safeAlternative: `Write the reverse statements as the down part, or exempt the file with \`-- ${NO_DOWN_PRAGMA} <reason>\` and plan the rollback (forward fix or Neon restore).`,
      subject: `no down part: ${m.up.file}`,
      statement: '',
      docs: DOCS,
      ...(exemption ? { ignored: exemption } : {}),
    });
  }
  return out;
}

/** The report with extra findings, its highest risk recomputed. */
export function withFindings(report: LintReport, extra: readonly Finding[]): LintReport {
  if (extra.length === 0) return report;
  const findings = [...report.findings, ...extra];
  const active = findings.filter((f) => !f.ignored).map((f) => RISK_ORDER.indexOf(f.risk));
  return { ...report, findings, highestRisk: RISK_ORDER[Math.max(0, ...active)] };
}

/** Something a down part destroys that existed before its up ran. */
export interface DataLoss {
  readonly file: string;
  readonly line: number;
  /** e.g. `drops table public.users, which existed before the up (its rows are lost)`. */
  readonly what: string;
}

function tableIn(model: SchemaModel, t: TableRef): boolean {
  return Boolean(model.tables[relKey(t.schema ?? 'public', t.name)]);
}

function columnIn(model: SchemaModel, t: TableRef, column: string): boolean {
  return Boolean(model.tables[relKey(t.schema ?? 'public', t.name)]?.columns[column]);
}

/**
 * Statements of a down part that remove data present before the up: dropping or truncating a
 * table, deleting rows, dropping a column, dropping a schema holding tables, or changing the type
 * of a column. Objects the up created are not "pre-existing": removing them is what a down does.
 */
export function downDataLoss(down: readonly SqlStatement[], before: SchemaModel): DataLoss[] {
  const out: DataLoss[] = [];
  const add = (s: SqlStatement, what: string) => out.push({ file: s.file, line: s.line, what });
  for (const s of down) {
    const a = s.ast;
    if (s.kind === 'DropStmt' && a?.removeType === 'OBJECT_TABLE') {
      for (const o of a.objects ?? []) {
        const t = refFromNames(nameList(o?.List?.items));
        if (tableIn(before, t))
          add(s, `drops table ${tableLabel(t)}, which existed before the up: its rows are lost`);
      }
    } else if (s.kind === 'DropStmt' && a?.removeType === 'OBJECT_SCHEMA') {
      for (const o of a.objects ?? []) {
        const schema = o?.String?.sval;
        const tables = Object.values(before.tables).filter((t) => t.schema === schema);
        if (tables.length > 0)
          add(s, `drops schema ${schema} with ${tables.length} table(s) that existed before the up`);
      }
    } else if (s.kind === 'TruncateStmt') {
      for (const r of a?.relations ?? []) {
        const t = tableOf(r?.RangeVar);
        if (t && tableIn(before, t)) add(s, `truncates ${tableLabel(t)}, which existed before the up`);
      }
    } else if (s.kind === 'DeleteStmt') {
      const t = tableOf(a?.relation);
      if (t && tableIn(before, t)) add(s, `deletes rows of ${tableLabel(t)}, which existed before the up`);
    } else if (s.kind === 'AlterTableStmt') {
      const t = tableOf(a?.relation);
      if (!t) continue;
      for (const c of a.cmds ?? []) {
        const cmd = c?.AlterTableCmd;
        if (cmd?.subtype === 'AT_DropColumn' && columnIn(before, t, cmd.name))
          add(
            s,
            `drops column ${tableLabel(t)}.${cmd.name}, which existed before the up: its values are lost`,
          );
        if (cmd?.subtype === 'AT_AlterColumnType' && columnIn(before, t, cmd.name))
          add(
            s,
            `changes the type of ${tableLabel(t)}.${cmd.name}, which existed before the up: values may not survive the cast`,
          );
      }
    }
  }
  return out;
}

export type RoundTripOutcome =
  /** Down restored the schema before the up, and the up applied again to the same schema. */
  | 'ok'
  /** The schema after the down differs from the schema before the up. */
  | 'not-restored'
  /** The up, run again after the down, gave a different schema than the first time. */
  | 'not-reapplied'
  /** The migration has no down part. */
  | 'no-down'
  /** A step raised an error. */
  | 'failed'
  /** Not verified: an earlier migration could not be rolled back, so the state before it is gone. */
  | 'skipped';

export interface RoundTripResult {
  readonly version: string;
  readonly file: string;
  readonly downFile?: string;
  readonly outcome: RoundTripOutcome;
  /** One line per schema difference (before vs after down, or A vs after the second up). */
  readonly differences: readonly string[];
  readonly dataLoss: readonly DataLoss[];
  /** For `failed`: which step and PostgreSQL's message. */
  readonly error?: string;
}

export interface RoundTripSnapshots {
  readonly before: SchemaModel;
  readonly afterUp: SchemaModel;
  readonly afterDown: SchemaModel;
  readonly afterReUp: SchemaModel;
}

/** The verdict of one round trip, from its snapshots and the statements of its down part. */
export function judgeRoundTrip(
  m: Pick<Migration, 'version'> & { up: { file: string }; down?: { file: string } },
  snaps: RoundTripSnapshots,
  downStatements: readonly SqlStatement[],
): RoundTripResult {
  const base = { version: m.version, file: m.up.file, downFile: m.down?.file };
  const dataLoss = downDataLoss(downStatements, snaps.before);
  const restored = compareModels(snaps.before, snaps.afterDown);
  if (restored.length > 0)
    return { ...base, outcome: 'not-restored', differences: restored.map(describeDifference), dataLoss };
  const again = compareModels(snaps.afterUp, snaps.afterReUp);
  if (again.length > 0)
    return { ...base, outcome: 'not-reapplied', differences: again.map(describeDifference), dataLoss };
  return { ...base, outcome: 'ok', differences: [], dataLoss };
}

/** Results that are findings: a down that does not restore, an up that does not re-apply, an error. */
export function roundTripProblems(results: readonly RoundTripResult[]): RoundTripResult[] {
  return results.filter(
    (r) => r.outcome === 'not-restored' || r.outcome === 'not-reapplied' || r.outcome === 'failed',
  );
}

const OUTCOME_TEXT: Record<RoundTripOutcome, string> = {
  ok: 'ok: down restores the schema, up applies again',
  'not-restored': 'down does not restore the schema before the up',
  'not-reapplied': 'up, run again after the down, gives a different schema',
  'no-down': 'no down part: not verified',
  failed: 'failed',
  skipped: 'not verified: an earlier migration of this run has no down part or failed',
};

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The "Down migrations" part of the migrate comment section. */
export function roundTripMarkdown(results: readonly RoundTripResult[], where: string): string {
  if (results.length === 0) return '';
  const problems = roundTripProblems(results);
  const lines = [
    `#### Down migrations (round trip on ${where})`,
    '',
    problems.length === 0
      ? `Every down part of ${results.filter((r) => r.outcome === 'ok').length} verified migration(s) restores the schema.`
      : `:x: ${problems.length} migration(s) fail the round trip (up → down → up).`,
    '',
    '| Migration | Down | Result |',
    '| --- | --- | --- |',
  ];
  for (const r of results) {
    const icon =
      r.outcome === 'ok'
        ? ':white_check_mark:'
        : r.outcome === 'no-down' || r.outcome === 'skipped'
          ? ':grey_question:'
          : ':x:';
    const text = r.outcome === 'failed' ? `failed: ${r.error ?? ''}` : OUTCOME_TEXT[r.outcome];
    lines.push(
      `| \`${cell(r.file)}\` | ${r.downFile ? `\`${cell(r.downFile)}\`` : '—'} | ${icon} ${cell(text)} |`,
    );
  }
  for (const r of results) {
    if (r.differences.length === 0 && r.dataLoss.length === 0) continue;
    lines.push('', `**\`${cell(r.file)}\`**`);
    for (const d of r.differences) lines.push(`- ${d}`);
    for (const l of r.dataLoss) lines.push(`- :warning: data loss: \`${l.file}:${l.line}\` ${l.what}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The same, for a terminal. */
export function roundTripText(results: readonly RoundTripResult[]): string[] {
  const out: string[] = [];
  for (const r of results) {
    out.push(
      `  - ${r.file}: ${r.outcome === 'failed' ? `failed: ${r.error ?? ''}` : OUTCOME_TEXT[r.outcome]}`,
    );
    for (const d of r.differences) out.push(`      ${d}`);
    for (const l of r.dataLoss) out.push(`      data loss: ${l.file}:${l.line} ${l.what}`);
  }
  return out;
}
