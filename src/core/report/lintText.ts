/** Terminal rendering of a lint report: plain text, no colour codes (they leak into logs and comments). */
import type { LintReport } from '../lint/types.js';

export function lintText(report: LintReport, gateNote: string): string {
  const lines: string[] = [];
  for (const f of report.findings) {
    lines.push(
      `${f.file}:${f.line}:${f.column}: ${f.risk} ${f.ruleId}: ${f.message}${f.ignored ? ` [ignored: ${f.ignored.reason}]` : ''}`,
    );
    if (!f.ignored) {
      lines.push(`  statement: ${f.statement}`);
      lines.push('  safe alternative:');
      for (const l of f.safeAlternative.split('\n')) lines.push(`    ${l}`);
      lines.push(`  docs: ${f.docs}`);
    }
  }
  const ignored = report.findings.filter((f) => f.ignored).length;
  lines.push(
    `${report.files.length} file(s), ${report.statements} statement(s), ${report.findings.length} finding(s)${ignored ? ` (${ignored} ignored)` : ''}; highest risk: ${report.highestRisk}; PostgreSQL ${report.pgVersion}`,
  );
  if (gateNote) lines.push(gateNote);
  return lines.join('\n');
}
