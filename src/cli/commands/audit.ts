import { parseDuration } from '../../core/config/duration.js';
import {
  type AuditFields,
  canaryWindowProblem,
  chainHead,
  countedApprovers,
  findPromotion,
  PROMOTION_APPROVALS,
  parseAuditLog,
  renderAuditRow,
  verifyAuditChain,
} from '../../core/drift/auditLog.js';
import { InputError } from '../../core/errors.js';
import { appendAuditRow, auditLogPath, readAuditLog, schemaBundleHash } from '../../runtime/driftAudit.js';
import { commitDate, findCanaryStart, findStrictCommit } from '../../runtime/driftGitHistory.js';
import { loadProject } from '../../runtime/project.js';
import type { Command } from '../command.js';
import { parseDate, parseDriftArgs } from './driftArgs.js';

const USAGE = `schemagate audit [dir] [--dry-run] [--pr <number>] [--commit <sha>] [--actor <login>]
                [--approver <login>]... [--schema-bundle-sha <sha256>] [--change-request <id>]
                [--validation-window <text>] [--notes <text>] [--date <iso>] [--config <file>]
schemagate audit verify [dir] [--config <file>]

Records the promotion to mode: strict as one row of the audit log (audit.log): date, kind,
pull request, the commit that set mode: strict (default: found in the git history of the config
file), actor, approvers, the schema bundle's SHA-256 (default: a hash of the declared schema and
migration files), change request, validation window and notes. Each row carries a SHA-256
chained to the row before it. --dry-run prints the row and writes nothing.
A promotion needs ${PROMOTION_APPROVALS} approvers other than the actor (--approver, repeated).
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
    const approvers = countedApprovers(values.approver ?? [], actor);
    let commit = values.commit ?? '';
    let pr = values.pr !== undefined ? Number(values.pr) : null;
    let early: string | null = null;
    if (project.configFile) {
      const found = findStrictCommit(project.root, project.configFile);
      if (found.kind === 'found') {
        commit ||= found.sha;
        pr ??= found.pr;
      }
      // The canary window, when the history can tell it (drift-check enforces it on the PR).
      const start =
        found.kind === 'found'
          ? findCanaryStart(project.root, project.configFile, `${found.sha}^`)
          : found.kind === 'uncommitted'
            ? findCanaryStart(project.root, project.configFile)
            : found;
      const promotedAt = found.kind === 'found' ? commitDate(project.root, found.sha) : new Date();
      if (start.kind === 'found' && promotedAt)
        early = canaryWindowProblem(
          start.date,
          promotedAt,
          parseDuration(project.config.governance.canary_window),
          `commit ${start.sha.slice(0, 12)}`,
        );
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
    if (approvers.length < PROMOTION_APPROVALS) {
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
