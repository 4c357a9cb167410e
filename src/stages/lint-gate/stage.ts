/**
 * The lint-gate stage: lint the change (src/core/lint/changeSet.ts) in the context of the whole
 * migration set, work out which approvals the findings need, read the reviews, and post
 * schemagate/lint-gate. Re-running it on pull_request_review re-evaluates the approvals only.
 * The gate blocks an unapproved finding in every mode; only lint.enforce: false makes it
 * report-only, and then every status and comment says "not enforced".
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError, errorMessage } from '../../core/errors.js';
import {
  type ApprovalResult,
  displayPrincipal,
  evaluateApprovals,
  type FileDigest,
} from '../../core/lint/approvals.js';
import { lintChange } from '../../core/lint/changeSet.js';
import {
  approvalRequirements,
  gateVerdict,
  missingDescription,
  NOT_ENFORCED,
  needsApproval,
} from '../../core/lint/gate.js';
import { parseForLint, rules, tablesTouched } from '../../core/lint/index.js';
import type { LintReport } from '../../core/lint/types.js';
import { lintJson } from '../../core/report/lintJson.js';
import { lintSection } from '../../core/report/lintMarkdown.js';
import { toSarif } from '../../core/report/sarif.js';
import type { SqlFile } from '../../core/sql/index.js';
import { loadSqlParser } from '../../core/sql/index.js';
import type { GitHubPort } from '../../github/port.js';
import { readRowCountsReadOnly } from '../../runtime/readOnlyStats.js';
import { listSqlFiles, readSqlText, relativeTo, requireDir } from '../../runtime/sqlFiles.js';
import { VERSION } from '../../version.js';
import { promotionGateOutcome } from '../drift-check/promotionGate.js';
import type { Stage, StageContext, StageOutcome } from '../types.js';
import { withMissingDown } from './missingDown.js';
import { selectChange } from './selectFiles.js';

export const stage: Stage = {
  name: 'lint-gate',
  run: runLintGate,
};

async function runLintGate(ctx: StageContext): Promise<StageOutcome> {
  const { project } = ctx;
  // Governance (issue 15): a strict mode whose promotion is not in the audit log blocks the gate.
  const unrecorded = await promotionGateOutcome(ctx);
  if (unrecorded) return unrecorded;
  const lint = project.config.lint;
  const pgVersion = readPgVersion(ctx.input('pg-version'), lint.pg_version, project.configFile);
  const dir = project.path(project.config.migrations.dir);
  requireDir(dir, 'migrations.dir', project.configFile);

  const all = listSqlFiles(dir);
  const selection = await selectChange(ctx, dir, all);
  if (selection.missing.length > 0) {
    // The change names migration files the checkout does not have: judging the rest would pass
    // files nobody linted.
    const message = `the change adds or modifies ${selection.missing.join(', ')} under migrations.dir (${project.display(dir)}), but the checkout has no such file: check out the pull request's head (actions/checkout) and that working-directory and migrations.dir name the right directory`;
    return {
      state: 'failure',
      description: `selection mismatch: ${selection.missing.length} changed migration file(s) not found in the checkout`,
      section: `### lint-gate\n\n:x: ${message}\n`,
      outputs: {},
    };
  }
  ctx.log.info(`lint-gate: judging ${selection.change.description}`);
  const show = relativeTo(project.root);
  await loadSqlParser();
  // A file that does not parse is reported at its position; the others are still judged.
  const { files, unparsed } = parseForLint(
    all.map((p) => ({ file: show(p), text: readSqlText(p, show(p)) })),
  );
  const judged =
    selection.change.kind === 'files'
      ? files.filter((f) => (selection.change as { files: ReadonlySet<string> }).files.has(f.file))
      : files;

  const rowCounts = await readStats(ctx, judged);
  const changeReport = lintChange(
    files,
    selection.change,
    {
      pgVersion,
      ruleLevels: lint.rules,
      configFile: project.configFile,
      largeTableRows: lint.large_table_rows,
      rowCounts,
      unparsed,
      assumeInTransaction: lint.assume_in_transaction,
    },
    selection.edits,
  );
  const report = withMissingDown(project, changeReport, judged); // migrations.require_down

  const requirements = approvalRequirements(report.findings, lint);
  let approvals: ApprovalResult | undefined;
  let unavailable: string | undefined;
  if (requirements.length && ctx.github && ctx.pr) {
    const github = ctx.github;
    const tracked = judged.map((f) => selection.repoPath(project.path(f.file)));
    approvals = await evaluateApprovals({
      requirements,
      reviews: await github.listReviews(ctx.pr.number),
      prAuthor: ctx.pr.author,
      headSha: ctx.pr.headSha,
      fileDigestsAt: (commit) => digestsAt(github, tracked, commit),
      teamMembers: (org, team) => github.teamMembers(org, team),
    });
  } else if (requirements.length) {
    unavailable =
      'Approvals cannot be read here (no github-token or no pull request in the event), so the findings that need one are not approved.';
  }

  // Further gates (e.g. an audit entry required for some findings) add their blocking reasons
  // here, before the verdict; they never turn a failing verdict into a pass.
  const gated = report.findings.filter((f) => needsApproval(f, lint));
  const verdict = gateVerdict({
    gated: gated.length,
    approved: Boolean(approvals?.satisfied),
    enforce: lint.enforce,
  });
  const passed = verdict === 'pass';
  const headline = describe(report, gated.length, approvals, passed);
  const description = verdict === 'not-enforced' ? `${NOT_ENFORCED}: ${headline}` : headline;

  for (const f of report.findings) {
    if (f.ignored || f.risk === 'none' || f.risk === 'low') continue;
    const text = `${f.ruleId} (${f.risk}): ${f.message}`;
    const where = { file: f.file, line: f.line, col: f.column };
    if (verdict === 'fail' && needsApproval(f, lint)) ctx.log.error(text, where);
    else ctx.log.warning(text, where);
  }

  const sarifPath = project.path(ctx.input('sarif-path') || 'schemagate-lint.sarif');
  const reportPath = project.path(ctx.input('lint-report-path') || 'schemagate-lint.json');
  writeOut(sarifPath, toSarif(report, { rules, version: VERSION }));
  writeOut(reportPath, {
    ...lintJson(report, {
      approvals,
      mode: project.config.mode,
      selectedBy: selection.change.description,
      version: VERSION,
      passed,
    }),
    enforced: lint.enforce,
    verdict,
  });

  const section = lintSection({
    report,
    approvals,
    approvalsUnavailable: unavailable,
    notEnforced: verdict === 'not-enforced',
    headline: description,
    passed,
  });
  // Input that could not be read (a file that does not parse, a bad pragma) fails closed, exit 2:
  // what it holds was not checked, whatever the verdict on the rest.
  const problems = report.inputErrors ?? [];
  const first = problems[0];
  return {
    state: verdict === 'fail' || first ? 'failure' : 'success',
    description: first
      ? `${problems.length} input problem(s), first ${first.file}:${first.line}:${first.column}: ${first.message}`
      : description,
    section: `${section}\n_Judged: ${selection.change.description}._\n`,
    ...(first ? { badInput: true } : {}),
    outputs: {
      findings: String(report.findings.filter((f) => !f.ignored).length),
      'highest-risk': report.highestRisk,
      approved: String(passed),
      'sarif-path': sarifPath,
      'lint-report-path': reportPath,
    },
  };
}

/**
 * Row counts for data-aware risk: from stats-database-url (production, read-only), else the
 * pull request's own database (the Neon branch, a copy of the parent's data). Never written to.
 */
async function readStats(
  ctx: StageContext,
  judged: readonly SqlFile[],
): Promise<Map<string, number> | undefined> {
  const url = ctx.input('stats-database-url') || ctx.input('database-url');
  if (!url || judged.length === 0) return undefined;
  ctx.log.mask(url);
  return readRowCountsReadOnly(ctx.openDb, url, tablesTouched(judged));
}

/** Content digests at a commit; a file that is absent or cannot be read there is named as such. */
async function digestsAt(
  github: GitHubPort,
  paths: readonly string[],
  commit: string,
): Promise<Record<string, FileDigest>> {
  const out: Record<string, FileDigest> = {};
  for (const p of paths) {
    try {
      const text = await github.fileAt(p, commit);
      out[p] =
        text === undefined
          ? { unreadable: 'not found at that commit' }
          : createHash('sha256').update(text).digest('hex');
    } catch (err) {
      out[p] = { unreadable: errorMessage(err) };
    }
  }
  return out;
}

function describe(
  report: LintReport,
  gated: number,
  approvals: ApprovalResult | undefined,
  passed: boolean,
): string {
  const n = report.findings.filter((f) => !f.ignored).length;
  if (report.files.length === 0 && n === 0) return 'no migration files changed';
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
