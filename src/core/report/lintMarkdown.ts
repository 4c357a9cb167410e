/** The lint-gate section of the sticky PR comment and job summary. */
import type { ApprovalResult } from '../lint/approvals.js';
import { displayPrincipal } from '../lint/approvals.js';
import type { LintReport } from '../lint/types.js';

export interface LintSectionInput {
  readonly report: LintReport;
  readonly approvals?: ApprovalResult;
  /** Why approvals could not be read (no token, no pull request). */
  readonly approvalsUnavailable?: string;
  /** lint.enforce: false: a gate that would fail is reported, not blocking. */
  readonly notEnforced: boolean;
  /** Headline, the same text as the status description. */
  readonly headline: string;
  readonly passed: boolean;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
const code = (s: string) =>
  s ? `<code>${cell(s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))}</code>` : '';

export function lintSection(input: LintSectionInput): string {
  const { report } = input;
  const icon = input.passed ? ':white_check_mark:' : input.notEnforced ? ':warning:' : ':x:';
  const out = [
    `### lint-gate`,
    '',
    `${icon} ${input.headline}${input.notEnforced && !input.passed ? ' (not enforced: lint.enforce is false, so this is reported, not blocking)' : ''}`,
    '',
  ];
  if (report.findings.length) {
    out.push(
      '| Risk | Rule | Where | Statement | Why | Safe alternative |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const f of report.findings) {
      const risk = f.ignored ? `~~${f.risk}~~ ignored: ${cell(f.ignored.reason)}` : `**${f.risk}**`;
      out.push(
        `| ${risk} | [${f.ruleId}](${f.docs}) | \`${f.file}:${f.line}\` | ${code(f.statement)} | ${cell(f.message)}. ${cell(f.why)} | ${code(f.safeAlternative)} |`,
      );
    }
    out.push('');
  } else {
    out.push(`No findings in ${report.files.length} migration file(s).`, '');
  }
  if (input.approvals?.results.length) {
    out.push('**Approvals**', '');
    for (const r of input.approvals.results) {
      const who = r.requirement.from.length
        ? ` from ${r.requirement.from.map(displayPrincipal).join(', ')}`
        : '';
      const dual = r.requirement.distinctTeams ? ' (each from a different entry)' : '';
      const have = r.approvers.length
        ? `present: ${r.approvers.map(displayPrincipal).join(', ')}`
        : 'none yet';
      out.push(
        `- ${r.satisfied ? ':white_check_mark:' : ':hourglass:'} ${r.requirement.count} approval(s)${who}${dual} for ${r.requirement.reason}: ${have}`,
      );
    }
    for (const n of input.approvals.notes) out.push(`- :information_source: ${n}`);
    out.push('');
  }
  if (input.approvalsUnavailable) out.push(`:information_source: ${input.approvalsUnavailable}`, '');
  return out.join('\n');
}
