import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  type AuditFields,
  chainHead,
  countedApprovers,
  findPromotion,
  PROMOTION_APPROVALS,
  parseAuditLog,
  renderAuditRow,
  verifyAuditChain,
} from '../../core/drift/auditLog.js';
import type { HistoryRow } from '../../core/drift/history.js';
import { InputError } from '../../core/errors.js';
import { describeGroup } from '../../core/governance/approverGroups.js';
import { canaryWindowCheck } from '../../core/governance/canaryWindow.js';
import { promotionPolicy } from '../../core/governance/policy.js';
import { openDb } from '../../db/index.js';
import { appendAuditRow, auditLogPath, readAuditLog, schemaBundleHash } from '../../runtime/driftAudit.js';
import { commitDate, findCanaryStart, findStrictCommit } from '../../runtime/driftGitHistory.js';
import { configuredHistoryUrl, readHistory } from '../../runtime/driftHistory.js';
import { bundlePaths, gitFileAt, repoPath } from '../../runtime/governanceSources.js';
import { loadProject } from '../../runtime/project.js';
import { evaluatePromotionGroups } from '../../runtime/promotionApprovals.js';
import type { Command } from '../command.js';
import { parseDate, parseDriftArgs } from './driftArgs.js';

const USAGE = `schemagate audit [dir] [--dry-run] [--pr <number>] [--commit <sha>] [--actor <login>]
                [--approver <login>]... [--team-approver <org/team>=<login>]...
                [--schema-bundle-sha <sha256>] [--change-request <id>]
                [--validation-window <text>] [--notes <text>] [--date <iso>] [--config <file>]
schemagate audit verify [dir] [--config <file>]

Records the promotion to mode: strict as one row of the audit log (audit.log): date, kind,
pull request, the commit that set mode: strict (default: found in the git history of the config
file), actor, approvers, the schema bundle's SHA-256 (default: a hash of the declared schema and
migration files), change request, validation window and notes. Each row carries a SHA-256
chained to the row before it. --dry-run prints the row and writes nothing.
A promotion needs ${PROMOTION_APPROVALS} approvers other than the actor (--approver, repeated), or,
with governance.approvers, one approver from each group, each a different person. The rules
of the config before the promotion decide (its groups; the longer canary window). Team
membership cannot be read offline: --team-approver org/team=login records login's approval
and says that login is a member of org/team; a team group without one is unmet. The owners
of {owners: true} are lint.owners, else the CODEOWNERS owners of the schema and migration
files, CODEOWNERS read at the commit before the promotion.
The canary window (governance.canary_window) is measured from the commit that set canary
and, when governance.history_url is set, from the first canary run in the validation history.
When audit.log is set and mode: strict is in effect, drift-check and lint-gate fail until the
commit that made it strict has its row.

verify checks every row's hash and names the first bad row.
Exit codes: 0 ok, 1 refused (too few approvals) or a broken chain, 2 bad input.`;

const OPTIONS = {
  'dry-run': { type: 'boolean', default: false },
  pr: { type: 'string' },
  commit: { type: 'string' },
  actor: { type: 'string' },
  approver: { type: 'string', multiple: true },
  'team-approver': { type: 'string', multiple: true },
  'schema-bundle-sha': { type: 'string' },
  'change-request': { type: 'string' },
  'validation-window': { type: 'string' },
  notes: { type: 'string' },
  date: { type: 'string' },
  config: { type: 'string', short: 'c' },
} as const;

export const auditCommand: Command = {
  name: 'audit',
  summary: 'Record a promotion to strict in the audit log, or verify the log',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseDriftArgs(args, OPTIONS, 'audit');
    const verify = positionals[0] === 'verify';
    const dir = positionals[verify ? 1 : 0] ?? io.cwd;
    const project = loadProject({ root: dir, config: values.config, env: io.env });

    if (verify) {
      const { path, text } = await readAuditLog(project);
      const shown = project.display(path);
      if (text === undefined) throw new InputError(`audit log ${shown} does not exist`);
      const result = verifyAuditChain(text);
      if (!result.ok) {
        io.err(`${shown}:${result.line}: row ${result.row} is invalid: ${result.reason}`);
        return 1;
      }
      io.out(`${shown}: ${result.rows} row${result.rows === 1 ? '' : 's'}, hash chain intact`);
      return 0;
    }
    if (positionals.length > 1) throw new InputError(`unexpected argument ${JSON.stringify(positionals[1])}`);
    if (project.config.mode !== 'strict')
      throw new InputError(
        'no promotion to record: the mode in effect is canary (set mode: strict in the config first)',
      );
    if (values.pr !== undefined && !/^\d+$/.test(values.pr))
      throw new InputError(`--pr must be a pull request number, got ${JSON.stringify(values.pr)}`);
    const bundle = values['schema-bundle-sha'];
    if (bundle !== undefined && !/^[0-9a-f]{64}$/i.test(bundle))
      throw new InputError(
        `--schema-bundle-sha must be 64 hex digits (a SHA-256), got ${JSON.stringify(bundle)}`,
      );
    if (values.commit !== undefined && !/^[0-9a-f]{7,64}$/i.test(values.commit))
      throw new InputError(`--commit must be a commit SHA, got ${JSON.stringify(values.commit)}`);

    const actor = values.actor || io.env.GITHUB_ACTOR || io.env.USER || 'unknown';
    const teamApprovers = (values['team-approver'] ?? []).map(parseTeamApprover);
    const approvers = countedApprovers(
      [...(values.approver ?? []), ...teamApprovers.map((t) => t.login)],
      actor,
    );
    let commit = values.commit ?? '';
    let pr = values.pr !== undefined ? Number(values.pr) : null;
    let early: string | null = null;
    let unmetGroups: string[] | null = null;
    const found = project.configFile ? findStrictCommit(project.root, project.configFile) : null;
    if (found?.kind === 'found') {
      commit ||= found.sha;
      pr ??= found.pr;
    }
    // The rules of the config before the promotion decide it, as the base branch does on a PR.
    const before = found?.kind === 'found' ? `${found.sha}^` : found?.kind === 'uncommitted' ? 'HEAD' : null;
    const file = project.configFile ?? 'schemagate.yml';
    const repoFile = repoPath(project, project.path(file));
    const readBefore = (path: string): string | undefined => {
      if (before) return gitFileAt(project.repoRoot, before, path);
      const abs = resolve(project.repoRoot, path);
      return existsSync(abs) ? readFileSync(abs, 'utf8') : undefined;
    };
    const policyResult = promotionPolicy(
      before ? readBefore(repoFile) : undefined,
      project.config.governance,
      file,
      before === 'HEAD' ? 'HEAD' : before ? `commit ${before.slice(0, 12)}^` : 'the working tree',
    );
    if (!policyResult.ok) throw new InputError(policyResult.error);
    const policy = policyResult.policy;
    if (policy.approvers.length > 0) {
      const members = new Map<string, string[]>();
      for (const t of teamApprovers) members.set(t.team, [...(members.get(t.team) ?? []), t.login]);
      const result = await evaluatePromotionGroups(project, policy.approvers, approvers, {
        readAt: async (path) => readBefore(path),
        files: async () => bundlePaths(project),
        teamMembers: async (org, slug) => members.get(`${org}/${slug}`.toLowerCase()) ?? 'unreadable',
      });
      for (const e of result.codeownersErrors) io.err(`note: ${e}`);
      if (!result.satisfied)
        unmetGroups = result.groups.map(
          (g) =>
            `  ${g.met ? 'met' : 'UNMET'}: ${describeGroup(g, 'team membership is not known offline: pass --team-approver org/team=<login>')}`,
        );
    }
    if (project.configFile && found) {
      // The canary window, when the history can tell it (drift-check enforces it on the PR).
      const start =
        found.kind === 'found'
          ? findCanaryStart(project.root, project.configFile, `${found.sha}^`)
          : found.kind === 'uncommitted'
            ? findCanaryStart(project.root, project.configFile)
            : found;
      const promotedAt = found.kind === 'found' ? commitDate(project.root, found.sha) : new Date();
      if (start.kind === 'found' && promotedAt)
        early = canaryWindowCheck({
          commit: { sha: start.sha, date: start.date },
          history: await historyRows(project, io.env),
          promotedAt,
          windowMs: policy.canaryWindowMs,
        });
      else if (start.kind === 'unknown') io.err(`note: canary window not checked: ${start.reason}`);
    }
    const fields: AuditFields = {
      date: parseDate(values.date, '--date') ?? new Date(),
      kind: 'promotion',
      pr,
      commit,
      actor,
      approvers,
      bundleSha: (bundle ?? schemaBundleHash(project)).toLowerCase(),
      changeRequest: values['change-request'] ?? '',
      validationWindow: values['validation-window'] ?? '',
      notes: values.notes ?? '',
    };
    if (unmetGroups) {
      io.err(
        `refused: a promotion to strict needs one approver from each group of governance.approvers (${policy.source}), each a different person other than the actor (@${actor}):\n${unmetGroups.join('\n')}`,
      );
      return 1;
    }
    if (policy.approvers.length === 0 && approvers.length < PROMOTION_APPROVALS) {
      io.err(
        `refused: a promotion to strict needs ${PROMOTION_APPROVALS} approvers other than the actor (@${actor}), got ${approvers.length}${approvers.length ? ` (${approvers.map((a) => `@${a}`).join(', ')})` : ''}; pass --approver <login> for each`,
      );
      return 1;
    }
    if (early) {
      io.err(`refused: ${early}`);
      return 1;
    }
    if (values['dry-run']) {
      const { text } = await readAuditLog(project);
      io.out(renderAuditRow(fields, chainHead(parseAuditLog(text))).line);
      return 0;
    }
    const shown = project.display(auditLogPath(project));
    const result = await appendAuditRow(project, fields, (rows) =>
      findPromotion(rows, { pr: fields.pr, commit: fields.commit }),
    );
    if (!result.appended) {
      io.out(`audit log ${shown}: this promotion is already recorded (row ${result.existing.index})`);
      return 0;
    }
    io.out(`audit log ${shown}: appended row ${result.row.index}\n${result.line}`);
    return 0;
  },
};

/** `org/team=login`: login approved, and is a member of org/team (teams cannot be read offline). */
function parseTeamApprover(value: string): { team: string; login: string } {
  const m = /^@?([A-Za-z0-9-]+\/[A-Za-z0-9_.-]+)=@?([A-Za-z0-9][A-Za-z0-9-]*)$/.exec(value.trim());
  if (!m)
    throw new InputError(
      `--team-approver must be org/team=login (for example acme/dba=erin), got ${JSON.stringify(value)}`,
    );
  return { team: m[1].toLowerCase(), login: m[2] };
}

/** The validation history when governance.history_url names one, else null (not kept here). */
async function historyRows(
  project: ReturnType<typeof loadProject>,
  env: Readonly<Record<string, string | undefined>>,
): Promise<HistoryRow[] | null> {
  const url = configuredHistoryUrl(project, env);
  if (!url) return null;
  const db = await openDb(url, 'schemagate audit');
  try {
    return await readHistory(db, project.config.migrations.revisions_schema);
  } finally {
    await db.close();
  }
}
