/** The JSON lint report (lint-report-path, `schemagate lint --format json`): the report plus the approval state. */
import type { ApprovalResult } from '../lint/approvals.js';
import type { LintReport } from '../lint/types.js';

export interface LintJsonOptions {
  readonly approvals?: ApprovalResult;
  readonly mode: string;
  readonly selectedBy: string;
  readonly version: string;
  /** Whether the gate passes (CLI: no finding needs approval; stage: approvals satisfied). */
  readonly passed?: boolean;
}

export function lintJson(report: LintReport, o: LintJsonOptions): object {
  return {
    tool: 'schemagate',
    version: o.version,
    mode: o.mode,
    selectedBy: o.selectedBy,
    ...(o.passed !== undefined ? { passed: o.passed } : {}),
    ...report,
    approvals: o.approvals && {
      satisfied: o.approvals.satisfied,
      present: o.approvals.present,
      requirements: o.approvals.results.map((r) => ({
        ...r.requirement,
        satisfied: r.satisfied,
        approvers: r.approvers,
        missing: r.missing,
        unreadableTeams: r.unreadableTeams,
      })),
      notes: o.approvals.notes,
    },
  };
}
