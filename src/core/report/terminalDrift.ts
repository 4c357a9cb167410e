/**
 * The drift report for a terminal: the same report model as the comment (driftMarkdown.ts) and
 * the JSON report, rendered as plain lines: no markdown, emoji shortcodes, HTML or mermaid.
 * Colour only through the style (terminalStyle.ts).
 */
import type { PairCheck } from '../drift/check.js';
import type { Difference } from '../drift/types.js';
import { pairTitle, STATE_LABELS } from '../drift/types.js';
import type { DeclaredPlan } from './declaredPlan.js';
import { type DriftReport, hasDrift, totalCounts } from './driftReport.js';
import type { TerminalStyle } from './terminalStyle.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const indent = (text: string, by = '      ') =>
  text
    .split('\n')
    .map((l) => `${by}${l}`)
    .join('\n');

function difference(d: Difference, p: PairCheck, s: TerminalStyle): string[] {
  const { left, right } = p.pair;
  const mark = d.change === 'missing' ? s.red('-') : d.change === 'extra' ? s.green('+') : s.yellow('~');
  const fields =
    d.fields.length > 0
      ? ` (${[...new Set(d.fields.map((f) => f.replace(/Fingerprint$/, '')))].join(', ')})`
      : '';
  const critical = d.critical ? ` ${s.red(s.bold('CRITICAL'))}` : '';
  const out = [`  ${mark} ${d.change} ${d.kind} ${s.bold(d.object)}${fields}${critical}`];
  const side = (label: string, text: string | null) => {
    if (text === null) out.push(`      ${label}: ${s.dim('(absent)')}`);
    else if (!text.includes('\n')) out.push(`      ${label}: ${text}`);
    else out.push(`      ${label}:`, indent(text, '        '));
  };
  side(STATE_LABELS[left], d.left);
  side(STATE_LABELS[right], d.right);
  return out;
}

export function renderDriftText(report: DriftReport, s: TerminalStyle): string {
  const out: string[] = [];
  const counts = totalCounts(report);
  if (report.pairs.length === 0) {
    out.push('drift: nothing to compare: configure schema, a --url or drift.baseline');
  } else if (!hasDrift(report)) {
    out.push(
      `${s.green('no drift')} (${report.pairs.map((p) => pairTitle(p.pair)).join('; ')}; mode ${report.mode})`,
    );
  } else {
    const verdict =
      report.result === 'fail'
        ? s.red(s.bold('drift found'))
        : report.result === 'bypassed'
          ? s.yellow('drift found, bypassed')
          : s.yellow('drift found (reported only: canary mode)');
    out.push(
      `${verdict}: ${plural(counts.total, 'difference')}${counts.critical > 0 ? ` (${counts.critical} critical)` : ''}; missing ${counts.missing}, extra ${counts.extra}, changed ${counts.changed}; mode ${report.mode}`,
    );
  }
  if (report.bypass)
    out.push(
      s.yellow(
        `bypassed by the label ${report.bypass.label}; fix it by ${report.bypass.dueBy.toISOString().slice(0, 10)}`,
      ),
    );
  for (const p of report.pairs) {
    out.push(
      '',
      `${s.bold(pairTitle(p.pair))}: ${p.differences.length === 0 ? 'no drift' : plural(p.differences.length, 'difference')}`,
    );
    for (const d of p.differences) out.push(...difference(d, p, s));
    if (p.fix) {
      out.push(`  suggested fix: SQL to ${p.fix.purpose}:`);
      if (p.fix.sql.trim() !== '') out.push(indent(p.fix.sql.trimEnd(), '    '));
      for (const u of p.fix.unsupported) out.push(s.yellow(`    not expressible as SQL by schemagate: ${u}`));
      if (p.fix.note) out.push(`    ${p.fix.note}`);
    }
  }
  if (report.declaredPlan) out.push('', ...declaredPlanLines(report, report.declaredPlan, s));
  return `${out.join('\n')}\n`;
}

/** The whole plan: a terminal has no comment size limit, and the reader can page or pipe it. */
function declaredPlanLines(report: DriftReport, plan: DeclaredPlan, s: TerminalStyle): string[] {
  const source = STATE_LABELS[plan.from];
  const title = s.bold('declared plan');
  if (plan.statements === 0 && plan.unsupported.length === 0)
    return [`${title}: nothing would run: the ${source} and the declared schema are the same`];
  // Without a database the plan is often the declared-vs-migrations fix printed just above.
  if (plan.sql.trim() !== '' && report.pairs.some((p) => p.fix?.sql.trim() === plan.sql.trim()))
    return [`${title}: the suggested fix above is the SQL from the ${source} to the declared schema`];
  const out = [
    `${title}: SQL from the ${source} to the declared schema (${plural(plan.statements, 'statement')}):`,
  ];
  if (plan.sql.trim() !== '') out.push(indent(plan.sql.trimEnd(), '    '));
  for (const u of plan.unsupported) out.push(s.yellow(`    not expressible as SQL by schemagate: ${u}`));
  return out;
}
