/**
 * The drift-check section of the sticky comment and the job summary: a summary line, each
 * difference grouped by table with both sides, critical ones marked, the suggested fix SQL, an ER
 * diagram of the tables that differ and how to refresh the baseline.
 */
import { describeDifference, type PairCheck } from '../drift/check.js';
import type { Difference, DriftState } from '../drift/types.js';
import { pairTitle, STATE_LABELS } from '../drift/types.js';
import type { SchemaModel } from '../model/types.js';
import { renderDeclaredPlan } from './declaredPlan.js';
import { renderDriftErDiagram } from './driftMermaid.js';
import { type DriftReport, hasDrift, newTables, totalCounts } from './driftReport.js';
import { cutNote, cutSql } from './sqlCut.js';

/** Differences listed per pair in the comment; the JSON report always has them all. */
export const MAX_LISTED = 150;

/** Inline code that survives backticks in the text. */
export function code(text: string): string {
  const runs = text.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A fenced block whose fence is longer than any backtick run inside. */
export function fenced(text: string, lang = ''): string {
  const runs = text.match(/`{3,}/g) ?? [];
  const fence = '`'.repeat(Math.max(3, ...runs.map((r) => r.length + 1)));
  return `${fence}${lang}\n${text}\n${fence}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function side(name: string, text: string | null): string {
  if (text === null) return `  - ${name}: _(absent)_`;
  if (!text.includes('\n') && text.length <= 160) return `  - ${name}: ${code(text)}`;
  return `  - ${name}:\n\n${fenced(text, 'sql')
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n')}\n`;
}

/** Derived fields (fingerprints of a definition) say nothing the definition does not. */
const shownFields = (d: Difference) => [...new Set(d.fields.map((f) => f.replace(/Fingerprint$/, '')))];

function renderDifference(d: Difference, left: DriftState, right: DriftState): string {
  const icon = d.critical
    ? ':rotating_light:'
    : d.change === 'changed'
      ? ':pencil2:'
      : d.change === 'missing'
        ? ':heavy_minus_sign:'
        : ':heavy_plus_sign:';
  const where =
    d.change === 'missing'
      ? ` — in the ${STATE_LABELS[left]}, missing from the ${STATE_LABELS[right]}`
      : d.change === 'extra'
        ? ` — in the ${STATE_LABELS[right]}, not in the ${STATE_LABELS[left]}`
        : shownFields(d).length > 0
          ? ` (${shownFields(d).join(', ')})`
          : '';
  const head = `- ${icon} **${d.change}** ${d.kind} ${code(d.object)}${where}${d.critical ? ' — **critical**' : ''} · ${d.compatibility}`;
  return [head, side(STATE_LABELS[left], d.left), side(STATE_LABELS[right], d.right)].join('\n');
}

function excludedNote(p: PairCheck): string {
  if (p.excluded.length === 0) return '';
  const shown = p.excluded.slice(0, MAX_LISTED).map(code).join(', ');
  const more = p.excluded.length > MAX_LISTED ? `, …and ${p.excluded.length - MAX_LISTED} more` : '';
  return `<details><summary>Excluded by drift filters: ${plural(p.excluded.length, 'table')}</summary>\n\n${shown}${more}\n\n</details>\n`;
}

function renderPair(p: PairCheck): string {
  const { left, right } = p.pair;
  const title = `#### ${pairTitle(p.pair)}: ${p.differences.length === 0 ? 'no drift' : plural(p.differences.length, 'difference')}`;
  if (p.differences.length === 0) return `${title}\n${p.excluded.length ? `\n${excludedNote(p)}` : ''}`;
  const out = [title, ''];
  const groups = new Map<string, Difference[]>();
  for (const d of p.differences.slice(0, MAX_LISTED)) {
    const key = d.table ?? '';
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  for (const [table, diffs] of groups) {
    const critical = diffs.some((d) => d.critical);
    out.push(
      table === '' ? '**Other objects**' : `**${code(table)}**${critical ? ' (critical table)' : ''}`,
      '',
    );
    for (const d of diffs) out.push(renderDifference(d, left, right));
    out.push('');
  }
  if (p.differences.length > MAX_LISTED) {
    out.push(
      `…and ${p.differences.length - MAX_LISTED} more differences: see the JSON validation report.`,
      '',
    );
  }
  if (p.fix) {
    out.push(`**Suggested fix** — SQL to ${p.fix.purpose}:`, '');
    if (p.fix.sql.trim() !== '') {
      // A comment holds at most 65,536 characters: the shared cut (sqlCut.ts); the JSON report keeps it whole.
      const cut = cutSql(p.fix.sql);
      out.push(fenced(cut.text, 'sql'), '');
      if (cut.cut)
        out.push(cutNote(cut, `the JSON validation report (${code('pairs[].fix.sql')}) has it whole.`), '');
    }
    for (const u of p.fix.unsupported)
      out.push(`> [!WARNING]\n> Not expressible as SQL by schemagate: ${u}`, '');
    if (p.fix.note) out.push(p.fix.note, '');
  }
  if (p.excluded.length) out.push(excludedNote(p));
  return out.join('\n');
}

function summaryLine(report: DriftReport): string {
  const counts = totalCounts(report);
  const subjects = report.pairs.map((p) => pairTitle(p.pair)).join('; ');
  if (report.pairs.length === 0)
    return ':grey_question: Nothing to compare: configure `schema`, a `database-url` or `drift.baseline`.';
  if (!hasDrift(report)) return `:white_check_mark: **No drift** (${subjects}; mode ${report.mode}).`;
  const diffs = report.pairs.flatMap((p) => p.differences);
  const tables = new Set(diffs.flatMap((d) => (d.table === null ? [] : [d.table])));
  const others = diffs.some((d) => d.table === null) ? ' and other objects' : '';
  const what = `${plural(counts.total, 'difference')}${counts.critical > 0 ? ` (${counts.critical} critical)` : ''} in ${plural(tables.size, 'table')}${others}, ${counts.breaking} breaking`;
  const verdict =
    report.result === 'fail'
      ? ':x: **Drift found**'
      : report.result === 'bypassed'
        ? ':warning: **Drift found, bypassed**'
        : report.mode === 'strict'
          ? ':warning: **Drift found** (reported only: no breaking difference; strict blocks breaking ones)'
          : ':warning: **Drift found** (reported only: canary mode)';
  return `${verdict}: ${what} — missing ${counts.missing}, extra ${counts.extra}, changed ${counts.changed}; mode ${report.mode}.`;
}

function baselineNote(report: DriftReport): string | null {
  const usesBaseline = report.pairs.some((p) => p.pair.left === 'baseline' || p.pair.right === 'baseline');
  if (!usesBaseline && !report.baselinePath) return null;
  const path = report.baselinePath ?? 'the baseline file';
  return `<details><summary>Refreshing the baseline</summary>\n\nWhen the difference is intended (the live database is right), refresh ${code(path)} and commit it:\n\n${fenced('npx schemagate baseline refresh --url "$DATABASE_URL"', 'sh')}\n\n\`refresh\` keeps the previous file as a timestamped backup next to it; \`schemagate baseline check\` tells whether it is up to date.\n</details>\n`;
}

export function renderDriftMarkdown(report: DriftReport): string {
  const out = ['### schemagate/drift-check', '', summaryLine(report), ''];
  if (report.bypass) {
    const due = report.bypass.dueBy.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const failing = report.pairs.flatMap((p) => (p.result === 'fail' ? p.differences : []));
    out.push(
      `> [!CAUTION]\n> Emergency bypass: ${report.bypass.label.startsWith('EMERGENCY_BYPASS') ? code(report.bypass.label) : `the label ${code(report.bypass.label)}`} turned this failing check into success. It is recorded in the audit log. Follow-up due by **${due}** (within 24 hours): reconcile`,
      ...failing.slice(0, 20).map((d) => `> - ${describeDifference(d)}`),
      ...(failing.length > 20 ? [`> - …and ${failing.length - 20} more`] : []),
      '',
    );
  }
  const fresh = newTables(report);
  if (fresh.length > 0) {
    const cc = (report.newTableNotify ?? []).map((n) => (n.startsWith('@') ? n : `@${n}`));
    out.push(
      `:new: **New table${fresh.length === 1 ? '' : 's'}**: ${fresh.map((t) => `${code(t.table)} (${t.subject})`).join(', ')}${cc.length ? ` — cc ${cc.join(' ')}` : ''}`,
      '',
    );
  }
  for (const p of report.pairs) out.push(renderPair(p));
  if (report.declaredPlan) out.push(renderDeclaredPlan(report.declaredPlan));
  const diffs = report.pairs.flatMap((p) => p.differences);
  const models = Object.values(report.models).filter((m): m is SchemaModel => m !== undefined);
  const diagram = renderDriftErDiagram(diffs, models);
  if (diagram) out.push('#### Tables that differ', '', fenced(diagram, 'mermaid'), '');
  const note = baselineNote(report);
  if (note) out.push(note);
  if (report.schemaHash)
    out.push(
      `<sub>schema SHA-256 ${code(report.schemaHash)} · ${(report.durationMs / 1000).toFixed(1)} s</sub>`,
      '',
    );
  return `${out.join('\n').trimEnd()}\n`;
}
