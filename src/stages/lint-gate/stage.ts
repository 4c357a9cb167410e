/**
 * The lint-gate stage: lint the migrations the pull request adds or changes (in the context of the
 * whole migration set), work out which approvals the findings need, read the reviews, and post
 * schemagate/lint-gate. Re-running it on pull_request_review re-evaluates the approvals only.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError } from '../../core/errors.js';
import { type ApprovalResult, displayPrincipal, evaluateApprovals } from '../../core/lint/approvals.js';
import { approvalRequirements, missingDescription, needsApproval } from '../../core/lint/gate.js';
import { lintFiles, rules, tablesTouched } from '../../core/lint/index.js';
import { readRowCounts } from '../../core/lint/rowCounts.js';
import type { LintReport } from '../../core/lint/types.js';
import { lintJson } from '../../core/report/lintJson.js';
import { lintSection } from '../../core/report/lintMarkdown.js';
import { toSarif } from '../../core/report/sarif.js';
import { listSqlFiles, parseSqlFiles, relativeTo, requireDir } from '../../runtime/sqlFiles.js';
import { VERSION } from '../../version.js';
import type { Stage, StageContext, StageOutcome } from '../types.js';
import { withMissingDown } from './missingDown.js';
import { selectChangedFiles } from './selectFiles.js';

export const stage: Stage = {
  name: 'lint-gate',
  run: runLintGate,
};

async function runLintGate(ctx: StageContext): Promise<StageOutcome> {
  const { project } = ctx;
  const lint = project.config.lint;
  const pgVersion = readPgVersion(ctx.input('pg-version'), lint.pg_version, project.configFile);
  const dir = project.path(project.config.migrations.dir);
  requireDir(dir, 'migrations.dir', project.configFile);

  const selection = await selectChangedFiles(ctx, dir);
  const show = relativeTo(project.root);
  const all = listSqlFiles(dir);
  const files = await parseSqlFiles(all, show);
  const contextOnly = new Set(all.filter((p) => selection.changed && !selection.changed.has(p)).map(show));
  const linted = files.filter((f) => !contextOnly.has(f.file));

  const url = ctx.input('database-url') || ctx.upstream['neon-branch.database-url'];
  let rowCounts: Map<string, number> | undefined;
  if (url && linted.length) {
    const db = await ctx.openDb(url);
    try {
      rowCounts = await readRowCounts(db, tablesTouched(linted));
    } finally {
      await db.close();
    }
  }

  const linted17 = lintFiles(files, {
    pgVersion,
    ruleLevels: lint.rules,
    configFile: project.configFile,
    largeTableRows: lint.large_table_rows,
    rowCounts,
    contextOnly,
  });
  const report = withMissingDown(project, linted17, linted); // issue 17: migrations.require_down

  const requirements = approvalRequirements(report.findings, lint);
  let approvals: ApprovalResult | undefined;
  let unavailable: string | undefined;
  if (requirements.length && ctx.github && ctx.pr) {
    const github = ctx.github;
    const tracked = linted.map((f) => selection.repoPath(project.path(f.file)));
    approvals = await evaluateApprovals({
      requirements,
      reviews: await github.listReviews(ctx.pr.number),
      prAuthor: ctx.pr.author,
      headSha: ctx.pr.headSha,
      fileDigestsAt: async (commit) => {
        const out: Record<string, string> = {};
        for (const p of tracked) {
          const text = await github.fileAt(p, commit);
          out[p] = text === undefined ? 'absent' : createHash('sha256').update(text).digest('hex');
        }
        return out;
      },
      teamMembers: (org, team) => github.teamMembers(org, team),
    });
  } else if (requirements.length) {
    unavailable =
      'Approvals cannot be read here (no github-token or no pull request in the event), so the findings that need one are not approved.';
  }

  const gated = report.findings.filter((f) => needsApproval(f, lint));
  const passed = gated.length === 0 || Boolean(approvals?.satisfied);
  const canary = project.config.mode === 'canary';
  const headline = describe(report, gated.length, approvals, passed);
  const description = canary && !passed ? `canary: ${headline}` : headline;

  for (const f of report.findings) {
    if (f.ignored || f.risk === 'none' || f.risk === 'low') continue;
    const text = `${f.ruleId} (${f.risk}): ${f.message}`;
    const where = { file: f.file, line: f.line, col: f.column };
    if ((f.risk === 'high' || f.risk === 'critical') && !passed && !canary) ctx.log.error(text, where);
    else ctx.log.warning(text, where);
  }

  const sarifPath = project.path(ctx.input('sarif-path') || 'schemagate-lint.sarif');
  const reportPath = project.path(ctx.input('lint-report-path') || 'schemagate-lint.json');
  writeOut(sarifPath, toSarif(report, { rules, version: VERSION }));
  writeOut(
    reportPath,
    lintJson(report, {
      approvals,
      mode: project.config.mode,
      selectedBy: selection.source,
      version: VERSION,
    }),
  );

  return {
    state: passed || canary ? 'success' : 'failure',
    description,
    section: lintSection({ report, approvals, approvalsUnavailable: unavailable, canary, headline, passed }),
    outputs: {
      findings: String(report.findings.filter((f) => !f.ignored).length),
      'highest-risk': report.highestRisk,
      approved: String(passed),
      'sarif-path': sarifPath,
      'lint-report-path': reportPath,
    },
  };
}

function describe(
  report: LintReport,
  gated: number,
  approvals: ApprovalResult | undefined,
  passed: boolean,
): string {
  const n = report.findings.filter((f) => !f.ignored).length;
  if (report.files.length === 0) return 'no migration files changed';
  if (gated === 0) {
    return n === 0
      ? `no findings in ${report.files.length} migration file(s)`
      : `${n} finding(s), highest risk ${report.highestRisk}: no approval needed`;
  }
  if (passed && approvals) {
    const who = [...new Set(approvals.results.flatMap((r) => r.approvers))].map(displayPrincipal).join(', ');
    return `approved by ${who}: ${approvals.results.map((r) => r.requirement.reason).join(', ')}`;
  }
  if (approvals) return missingDescription(approvals);
  const first = report.findings.find((f) => !f.ignored && f.risk === report.highestRisk);
  return `needs approval (reviews unreadable: no token or pull request): ${first?.subject ?? ''}`;
}

function readPgVersion(input: string, fallback: number, configFile: string | undefined): number {
  if (!input) return fallback;
  const n = Number(input);
  if (!Number.isInteger(n) || n < 10 || n > 19) {
    throw new ConfigError(
      configFile ?? 'schemagate.yml',
      'input pg-version',
      `must be a major version between 10 and 19, got ${JSON.stringify(input)}`,
    );
  }
  return n;
}

function writeOut(path: string, data: object): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}
