/** Terminal rendering of a lint report: plain text, no colour codes (they leak into logs and comments). */
import type { LintReport } from '../lint/types.js';

export function lintText(report: LintReport, gateNote: string): string {
  // One string built by appending (10,000 findings are ~60,000 lines): no array of lines to join.
  let out = '';
  let ignored = 0;
  for (const f of report.findings) {
    out += `${f.file}:${f.line}:${f.column}: ${f.risk} ${f.ruleId}: ${f.message}${f.ignored ? ` [ignored: ${f.ignored.reason}]` : ''}\n`;
    if (f.ignored) ignored++;
    else
      out += `  statement: ${f.statement}\n  safe alternative:\n    ${f.safeAlternative.replaceAll('\n', '\n    ')}\n  docs: ${f.docs}\n`;
  }
  out += `${report.files.length} file(s), ${report.statements} statement(s), ${report.findings.length} finding(s)${ignored ? ` (${ignored} ignored)` : ''}; highest risk: ${report.highestRisk}; PostgreSQL ${report.pgVersion}`;
  if (gateNote) out += `\n${gateNote}`;
  return out;
}
