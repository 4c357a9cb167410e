/** Terminal rendering of a lint report: plain text, no colour codes (they leak into logs and comments). */
import type { LintReport } from '../lint/types.js';

export function lintText(report: LintReport, gateNote: string): string {
  return [...lintTextChunks(report, gateNote)].join('');
}

/** Characters per chunk of {@link lintTextChunks}. */
const CHUNK = 64 * 1024;

/**
 * The same text in pieces of about 64 KB, to be written as they come: at 10,000 findings the whole
 * text is ~5 MB, and building it first kept every piece alive to the end, for the GC to copy.
 */
export function* lintTextChunks(report: LintReport, gateNote: string): Generator<string> {
  let out = '';
  let ignored = 0;
  for (const f of report.findings) {
    out += `${f.file}:${f.line}:${f.column}: ${f.risk} ${f.ruleId}: ${f.message}${f.ignored ? ` [ignored: ${f.ignored.reason}]` : ''}\n`;
    if (f.ignored) ignored++;
    else
      out += `  statement: ${f.statement}\n  safe alternative:\n    ${f.safeAlternative.replaceAll('\n', '\n    ')}\n  docs: ${f.docs}\n`;
    if (out.length >= CHUNK) {
      yield out;
      out = '';
    }
  }
  out += `${report.files.length} file(s), ${report.statements} statement(s), ${report.findings.length} finding(s)${ignored ? ` (${ignored} ignored)` : ''}; highest risk: ${report.highestRisk}; PostgreSQL ${report.pgVersion}`;
  if (gateNote) out += `\n${gateNote}`;
  yield out;
}
