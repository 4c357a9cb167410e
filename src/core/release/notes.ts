/**
 * Release notes of the schema changes between two refs: each new migration with its risk, the
 * tables it touches, whether it has a down part and who approved it, and a semantic-version
 * suggestion (a breaking schema change means a major version). Pure: the git and GitHub reading
 * is done by the caller.
 */
import type { Finding, RiskLevel } from '../lint/types.js';

/** Rules whose findings break readers or writers of the old schema: a major version. */
export const BREAKING_RULES: ReadonlySet<string> = new Set([
  'dropping-table',
  'dropping-column',
  'renaming-table',
  'renaming-column',
  'changing-column-type',
  'adding-not-null-column-without-default',
  'setting-not-null',
  'dropping-database-or-schema',
  'truncating-table',
]);

const RISKS: readonly RiskLevel[] = ['none', 'low', 'medium', 'high', 'critical'];

export interface NoteApproval {
  readonly pr: number;
  readonly title: string;
  readonly approvers: readonly string[];
}

export interface NoteMigration {
  readonly file: string;
  readonly version: string;
  readonly findings: readonly Finding[];
  readonly tables: readonly string[];
  readonly hasDown: boolean;
  /** undefined: not looked up (no token); null: no pull request found for the commit. */
  readonly approval?: NoteApproval | null;
}

export type Bump = 'major' | 'minor' | 'patch';

export interface ReleaseNotes {
  readonly from: string;
  readonly to: string;
  readonly migrations: readonly NoteMigration[];
  readonly bump: Bump;
  /** What made it breaking, one line each. */
  readonly breaking: readonly string[];
  readonly next?: string;
}

function highest(findings: readonly Finding[]): RiskLevel {
  return RISKS[Math.max(0, ...findings.filter((f) => !f.ignored).map((f) => RISKS.indexOf(f.risk)))];
}

/** The next version after `current` (x.y.z, an optional leading v kept) for a bump. */
export function nextVersion(current: string, bump: Bump): string {
  const m = /^(v?)(\d+)\.(\d+)\.(\d+)$/.exec(current.trim());
  if (!m) throw new RangeError(`not a semantic version: ${JSON.stringify(current)} (expected x.y.z)`);
  const [, v, a, b, c] = m;
  const [major, minor, patch] = [Number(a), Number(b), Number(c)];
  if (bump === 'major') return `${v}${major + 1}.0.0`;
  if (bump === 'minor') return `${v}${major}.${minor + 1}.0`;
  return `${v}${major}.${minor}.${patch + 1}`;
}

export function buildReleaseNotes(
  from: string,
  to: string,
  migrations: readonly NoteMigration[],
  current?: string,
): ReleaseNotes {
  const breaking = migrations.flatMap((m) =>
    m.findings
      .filter((f) => !f.ignored && BREAKING_RULES.has(f.ruleId))
      .map((f) => `${f.subject} (${m.file})`),
  );
  const bump: Bump = breaking.length > 0 ? 'major' : migrations.length > 0 ? 'minor' : 'patch';
  return { from, to, migrations, bump, breaking, ...(current ? { next: nextVersion(current, bump) } : {}) };
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function approvalText(a: NoteApproval | null | undefined): string {
  if (a === undefined) return 'not looked up';
  if (a === null) return 'no pull request';
  const who = a.approvers.length > 0 ? a.approvers.map((x) => `@${x}`).join(', ') : 'no approvals';
  return `#${a.pr}: ${who}`;
}

export function renderReleaseNotes(n: ReleaseNotes): string {
  const lines = [`## Schema changes ${n.from}…${n.to}`, ''];
  const bumpText =
    n.bump === 'major'
      ? 'major: breaking schema changes'
      : n.bump === 'minor'
        ? 'minor: backward-compatible schema changes'
        : 'patch: no schema changes';
  lines.push(`Suggested version: **${n.next ?? n.bump}** (${bumpText})`, '');
  if (n.breaking.length > 0) {
    lines.push('Breaking changes:', '');
    for (const b of n.breaking) lines.push(`- ${b}`);
    lines.push('');
  }
  if (n.migrations.length === 0) {
    lines.push('No migrations were added.');
    return `${lines.join('\n')}\n`;
  }
  lines.push('| Migration | Risk | Tables | Down | Approvals |', '| --- | --- | --- | --- | --- |');
  for (const m of n.migrations) {
    lines.push(
      `| \`${cell(m.file)}\` | ${highest(m.findings)} | ${m.tables.map(cell).join(', ') || '—'} | ${m.hasDown ? 'yes' : 'no'} | ${cell(approvalText(m.approval))} |`,
    );
  }
  for (const m of n.migrations) {
    const active = m.findings.filter((f) => !f.ignored);
    if (active.length === 0) continue;
    lines.push('', `### \`${cell(m.file)}\``, '');
    for (const f of active) lines.push(`- **${f.risk}** \`${f.ruleId}\` (line ${f.line}): ${f.message}`);
  }
  return `${lines.join('\n')}\n`;
}
