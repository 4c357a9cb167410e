import { existsSync, readFileSync } from 'node:fs';
import { appendAuditEntry, type PromotionEntry, renderAuditEntry } from '../../core/drift/audit.js';
import { InputError } from '../../core/errors.js';
import { appendAuditLog, auditLogPath, schemaBundleHash } from '../../runtime/driftAudit.js';
import { loadProject } from '../../runtime/project.js';
import type { Command } from '../command.js';
import { parseDate, parseDriftArgs } from './driftArgs.js';

const USAGE = `schemagate audit [dir] [--dry-run] [--from canary|strict] [--to canary|strict] [--pr <number>]
                [--actor <login>] [--approver <login>]... [--date <iso>] [--config <file>]

Prints (--dry-run) or appends to audit.log the entry for a mode change: date, pull request,
actor, the schema bundle's SHA-256 and the change. --to defaults to the mode in schemagate.yml,
--from to canary. The drift-check stage writes the same entry itself when a pull request
promotes canary to strict with two distinct approvals.
Exit codes: 0 ok, 2 bad input (no mode change, audit.log not set).`;

const MODES = ['canary', 'strict'] as const;
type Mode = (typeof MODES)[number];

function mode(text: string | undefined, flag: string, fallback: Mode): Mode {
  if (text === undefined) return fallback;
  if (!(MODES as readonly string[]).includes(text))
    throw new InputError(`${flag} must be canary or strict, got ${JSON.stringify(text)}`);
  return text as Mode;
}

export const auditCommand: Command = {
  name: 'audit',
  summary: 'Print or append the audit log entry for a mode change',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseDriftArgs(
      args,
      {
        'dry-run': { type: 'boolean', default: false },
        from: { type: 'string' },
        to: { type: 'string' },
        pr: { type: 'string' },
        actor: { type: 'string' },
        approver: { type: 'string', multiple: true },
        date: { type: 'string' },
        config: { type: 'string', short: 'c' },
      },
      'audit',
    );
    const project = loadProject({ root: positionals[0] ?? io.cwd, config: values.config, env: io.env });
    const from = mode(values.from, '--from', 'canary');
    const to = mode(values.to, '--to', project.config.mode);
    if (from === to)
      throw new InputError(
        `no mode change: --from and --to are both ${from} (--to defaults to the mode in the config)`,
      );
    if (values.pr !== undefined && !/^\d+$/.test(values.pr))
      throw new InputError(`--pr must be a pull request number, got ${JSON.stringify(values.pr)}`);
    const approvers = values.approver ?? [];
    const entry: PromotionEntry = {
      kind: 'promotion',
      date: parseDate(values.date, '--date') ?? new Date(),
      pr: values.pr !== undefined ? Number(values.pr) : null,
      actor: values.actor || io.env.GITHUB_ACTOR || io.env.USER || 'unknown',
      schemaHash: schemaBundleHash(project),
      change: { from, to },
      approvers,
      requiredApprovals: 2,
    };
    if (values['dry-run']) {
      io.out(renderAuditEntry(entry));
      return 0;
    }
    const path = auditLogPath(project);
    const shown = project.display(path);
    // Preview the outcome first so "already recorded" is reported without touching the file.
    const existing = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (!appendAuditEntry(existing, entry).appended) {
      io.out(`audit log ${shown}: this entry is already recorded`);
      return 0;
    }
    appendAuditLog(project, entry);
    io.out(`audit log ${shown}: appended\n\n${renderAuditEntry(entry)}`);
    return 0;
  },
};
