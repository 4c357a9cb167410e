/**
 * Turns findings into approval requirements (lint.approvals per risk level, lint.owners for
 * critical findings), and decides the gate. The policy decides; rules never do.
 */
import type { Config } from '../config/index.js';
import { RISK_LEVELS, type RiskLevel } from '../config/riskLevels.js';
import { type ApprovalRequirement, type ApprovalResult, displayPrincipal } from './approvals.js';
import { riskRank } from './risk.js';
import type { Finding } from './types.js';

type LintConfig = Config['lint'];

/** A finding needs approval when its level requires at least one, or it is critical on an owned table. */
export function needsApproval(f: Finding, lint: LintConfig): boolean {
  if (f.ignored || f.risk === 'none') return false;
  if (f.risk === 'critical' && ownersFor(f, lint).length > 0) return true;
  return lint.approvals[f.risk as Exclude<RiskLevel, 'none'>].count > 0;
}

export function ownersFor(f: Finding, lint: LintConfig): string[] {
  if (!f.table) return [];
  const out: string[] = [];
  for (const [pattern, principals] of Object.entries(lint.owners)) {
    const re = new RegExp(`^(?:${pattern})$`);
    if (re.test(f.table) || re.test(f.table.split('.').pop()!)) out.push(...principals);
  }
  return [...new Set(out)];
}

/** One requirement per risk level present (the findings of that level share it) plus owner sign-offs. */
export function approvalRequirements(findings: readonly Finding[], lint: LintConfig): ApprovalRequirement[] {
  const gated = findings.filter((f) => needsApproval(f, lint));
  const reqs: ApprovalRequirement[] = [];
  for (const level of [...RISK_LEVELS].reverse()) {
    if (level === 'none') continue;
    const of = gated.filter((f) => f.risk === level);
    const rule = lint.approvals[level];
    if (of.length === 0 || rule.count === 0) continue;
    reqs.push({
      id: `risk:${level}`,
      reason: subjects(of),
      count: rule.count,
      from: rule.from,
      distinctTeams: rule.distinct_teams,
    });
  }
  const owned = new Map<string, Finding[]>();
  for (const f of gated.filter((x) => x.risk === 'critical')) {
    const owners = ownersFor(f, lint);
    if (owners.length === 0) continue;
    const key = owners.join(',');
    owned.set(key, [...(owned.get(key) ?? []), f]);
  }
  for (const [key, of] of owned) {
    reqs.push({
      id: `owners:${key}`,
      reason: subjects(of),
      count: 1,
      from: key.split(','),
      distinctTeams: false,
    });
  }
  return reqs;
}

function subjects(findings: readonly Finding[]): string {
  return [...new Set(findings.map((f) => f.subject))].join(', ');
}

/** `needs 1 approval from @db-owners: DROP COLUMN users.email` for the first missing requirement. */
export function missingDescription(result: ApprovalResult): string {
  const [first, ...rest] = result.missing;
  if (!first) return '';
  const r = first.requirement;
  const who = r.from.length
    ? ` from ${r.from.map(displayPrincipal).join(r.distinctTeams ? ' and ' : ' or ')}`
    : '';
  const teams = first.unreadableTeams.length
    ? ` (team ${first.unreadableTeams.join(', ')} unreadable with this token)`
    : '';
  const more = rest.length ? `; +${rest.length} more` : '';
  return `needs ${first.missing} approval${first.missing === 1 ? '' : 's'}${who}${teams}: ${r.reason}${more}`;
}

export function compareRisk(a: RiskLevel, b: RiskLevel): number {
  return riskRank(a) - riskRank(b);
}

/**
 * The one verdict of the lint gate, shared by the lint-gate stage, `schemagate lint` and
 * `schemagate check` so they cannot disagree. `mode` (canary/strict) governs drift only: it never
 * switches off the approval requirement. Only `lint.enforce: false` makes the gate report-only.
 */
export type GateVerdict = 'pass' | 'fail' | 'not-enforced';

export function gateVerdict(input: {
  /** Findings that need an approval (needsApproval). */
  readonly gated: number;
  /** Every requirement has its approvals (false when approvals cannot be read). */
  readonly approved: boolean;
  readonly enforce: boolean;
}): GateVerdict {
  if (input.gated === 0 || input.approved) return 'pass';
  return input.enforce ? 'fail' : 'not-enforced';
}

/** Prefix for every status line and comment headline of a gate that would fail but is not enforced. */
export const NOT_ENFORCED = 'not enforced (lint.enforce: false)';
