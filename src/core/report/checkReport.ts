/**
 * `schemagate check`: one report model, built as the checks run, rendered for a terminal (the
 * lines the command has always printed) and as markdown (`check --format markdown`, for a pull
 * request comment or a job summary). The drift part is the drift report itself, so its markdown is
 * the drift-check stage's.
 */
import { describeDifference } from '../drift/check.js';
import type { Finding } from '../lint/types.js';
import { code, fenced, renderDriftMarkdown } from './driftMarkdown.js';
import type { DriftReport } from './driftReport.js';

export interface CheckReport {
  readonly configFile: string | null;
  readonly mode: string;
  readonly devDatabase: 'dev_url' | 'embedded PGlite';
  readonly parsed: readonly { readonly dir: string; readonly files: number; readonly statements: number }[];
  readonly migrations: {
    readonly count: number;
    readonly format: string;
    readonly sumVerified: boolean;
    readonly withDown: number;
  };
  readonly drift: DriftReport;
  readonly lint: {
    readonly judged: string;
    readonly statements: number;
    /** Findings not ignored by a pragma, each with whether it needs approval. */
    readonly findings: readonly (Finding & { readonly gated: boolean })[];
    readonly ignored: number;
    readonly verdict: 'pass' | 'fail' | 'not-enforced';
    /** The "not enforced" wording, when the verdict is that. */
    readonly notEnforced?: string;
  };
  /** Down migrations round-tripped (migrations.require_down or verify_down). */
  readonly roundTrips: { readonly lines: readonly string[]; readonly failed: boolean } | null;
  readonly failed: boolean;
}

const indent = (sql: string) =>
  sql
    .trimEnd()
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');

function gatedCount(r: CheckReport): number {
  return r.lint.findings.filter((f) => f.gated).length;
}

export function renderCheckText(r: CheckReport): string {
  const out = [
    `config: ${r.configFile ?? 'defaults (no schemagate.yml)'}; mode: ${r.mode}; dev database: ${r.devDatabase}`,
  ];
  for (const p of r.parsed) out.push(`parse: ${p.dir}: ${p.files} files, ${p.statements} statements parsed`);
  const m = r.migrations;
  out.push(
    `migrations: ${m.count} migrations (${m.format})${m.sumVerified ? ', atlas.sum verified' : ''}; rollback: ${m.withDown} with a down part`,
  );
  for (const pair of r.drift.pairs) {
    const n = pair.differences.length;
    out.push(`drift: ${pair.subject}: ${n === 0 ? 'no differences' : `${n} difference(s), ${pair.result}`}`);
    for (const d of pair.differences) out.push(`  - ${describeDifference(d)}`);
    if (pair.fix?.sql) out.push(`  fix (${pair.fix.purpose}):\n${indent(pair.fix.sql)}`);
  }
  if (r.drift.pairs.length === 0) out.push('drift: nothing to compare (no schema directory configured)');
  const l = r.lint;
  out.push(`lint: judged ${l.judged}`);
  out.push(
    `lint: ${l.statements} statements, ${l.findings.length} finding(s), ${gatedCount(r)} need approval${l.ignored > 0 ? `, ${l.ignored} ignored by pragma` : ''}`,
  );
  for (const f of l.findings)
    out.push(
      `  - ${f.file}:${f.line}:${f.column} ${f.risk} ${f.ruleId}${f.gated ? ' (needs approval)' : ''}: ${f.message}`,
    );
  if (l.verdict === 'not-enforced')
    out.push(`lint: ${l.notEnforced}: ${gatedCount(r)} finding(s) would need approval`);
  if (r.roundTrips) out.push(...r.roundTrips.lines);
  out.push(r.failed ? 'check: failed' : 'check: ok');
  return `${out.join('\n')}\n`;
}

/** Markdown for a comment or job summary: no terminal colour, one table of steps, then details. */
export function renderCheckMarkdown(r: CheckReport): string {
  const cell = (t: string) => t.replaceAll('|', '\\|').replaceAll('\n', ' ');
  const m = r.migrations;
  const l = r.lint;
  const driftCell =
    r.drift.pairs.length === 0
      ? 'nothing to compare (no schema directory configured)'
      : r.drift.pairs
          .map(
            (p) =>
              `${p.subject}: ${p.differences.length === 0 ? 'no differences' : `${p.differences.length} difference(s), ${p.result}`}`,
          )
          .join('; ');
  const rows = [
    ...r.parsed.map((p) => [`Parse ${code(p.dir)}`, `${p.files} files, ${p.statements} statements`]),
    [
      'Migrations',
      `${m.count} migrations (${m.format})${m.sumVerified ? ', atlas.sum verified' : ''}; ${m.withDown} with a down part`,
    ],
    ['Drift', driftCell],
    [
      'Lint',
      `${l.statements} statements, ${l.findings.length} finding(s), ${gatedCount(r)} need approval${l.ignored > 0 ? `, ${l.ignored} ignored by pragma` : ''}${l.verdict === 'not-enforced' ? ` (${l.notEnforced})` : ''}`,
    ],
    ...(r.roundTrips ? [['Down migrations', r.roundTrips.failed ? 'problems found' : 'ok']] : []),
  ];
  const out = [
    `## schemagate check: ${r.failed ? ':x: failed' : ':white_check_mark: ok'}`,
    '',
    `Config ${r.configFile ? code(r.configFile) : 'defaults (no schemagate.yml)'} · mode ${code(r.mode)} · dev database: ${r.devDatabase}`,
    '',
    '| Check | Result |',
    '| --- | --- |',
    ...rows.map(([a, b]) => `| ${a} | ${cell(b)} |`),
    '',
  ];
  if (r.drift.pairs.length > 0) out.push(renderDriftMarkdown(r.drift).trimEnd(), '');
  out.push('### Lint', '', `Judged ${l.judged}.`, '');
  for (const f of l.findings)
    out.push(
      `- ${code(`${f.file}:${f.line}:${f.column}`)} **${f.risk}** [${code(f.ruleId)}](${f.docs})${f.gated ? ' (needs approval)' : ''}: ${f.message}`,
    );
  if (l.findings.length > 0) out.push('');
  if (r.roundTrips) out.push('### Down migrations', '', fenced(r.roundTrips.lines.join('\n')), '');
  return `${out.join('\n').trimEnd()}\n`;
}
