/**
 * The audit log (audit.log, markdown): one entry per strict promotion or emergency bypass. Pure
 * rendering and appending; the edge reads and writes the file. Each entry starts with a hidden
 * marker so a re-run of the same check does not append it twice.
 */
import { createHash } from 'node:crypto';
import { parseConfig } from '../config/index.js';
import { quoteLiteral } from '../sql/quote.js';
import { byteOrder } from './order.js';
import type { DriftMode } from './types.js';

export const AUDIT_LOG_HEADER =
  '# schemagate audit log\n\nStrict-mode promotions and emergency bypasses, newest last. Written by schemagate; do not edit entries.\n';

export interface ModeChange {
  readonly from: DriftMode;
  readonly to: DriftMode;
}

interface EntryBase {
  readonly date: Date;
  /** Pull request number, or null when run outside a pull request. */
  readonly pr: number | null;
  readonly actor: string;
  /** SHA-256 of the schema bundle (see bundleHash). */
  readonly schemaHash: string;
}

export interface PromotionEntry extends EntryBase {
  readonly kind: 'promotion';
  readonly change: ModeChange;
  /** Who approved (distinct reviewers). */
  readonly approvers: readonly string[];
  readonly requiredApprovals: number;
}

export interface BypassEntry extends EntryBase {
  readonly kind: 'bypass';
  readonly label: string;
  readonly mode: DriftMode;
  /** When the reconciliation is due (24 hours after the bypass). */
  readonly dueBy: Date;
  /** What must be reconciled, one line each (e.g. `missing index public.users_email_idx`). */
  readonly reconcile: readonly string[];
}

export type AuditEntry = PromotionEntry | BypassEntry;

export const BYPASS_FOLLOW_UP_HOURS = 24;

/** Mode in a schemagate.yml text (canary when absent or unreadable, as the defaults say). */
export function modeOf(configText: string | undefined, file: string): DriftMode {
  if (configText === undefined) return 'canary';
  return parseConfig(configText, file).mode;
}

/**
 * The mode change between the base and head config texts, or null when there is none. Without a
 * config at the base the repository is adopting schemagate, not moving between modes.
 */
export function detectModeChange(
  baseText: string | undefined,
  headText: string | undefined,
  file: string,
): ModeChange | null {
  if (baseText === undefined) return null;
  let from: DriftMode;
  try {
    from = modeOf(baseText, file);
  } catch {
    // An unreadable base config cannot be the start of a promotion we could verify.
    return null;
  }
  const to = modeOf(headText, file);
  return from === to ? null : { from, to };
}

/** SHA-256 over the schema files: each name (sorted bytewise), a NUL, its bytes, a NUL. */
export function bundleHash(files: readonly { name: string; content: string | Uint8Array }[]): string {
  const h = createHash('sha256');
  for (const f of [...files].sort((a, b) => byteOrder(a.name, b.name))) {
    h.update(f.name);
    h.update('\0');
    h.update(f.content);
    h.update('\0');
  }
  return h.digest('hex');
}

const stamp = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

export function entryMarker(e: AuditEntry): string {
  const what =
    e.kind === 'promotion' ? `promotion ${e.change.from}-${e.change.to}` : `bypass ${quoteLiteral(e.label)}`;
  return `<!-- schemagate:audit ${what} pr=${e.pr ?? 'none'} sha256=${e.schemaHash} -->`;
}

export function renderAuditEntry(e: AuditEntry): string {
  const pr = e.pr === null ? 'none' : `#${e.pr}`;
  const lines = [entryMarker(e)];
  if (e.kind === 'promotion') {
    lines.push(
      `## ${stamp(e.date)}: mode ${e.change.from} → ${e.change.to} (PR ${pr})`,
      '',
      `- Date: ${stamp(e.date)}`,
      `- Pull request: ${pr}`,
      `- Actor: @${e.actor}`,
      `- Schema bundle SHA-256: \`${e.schemaHash}\``,
      `- Mode change: ${e.change.from} → ${e.change.to}`,
      `- Approvals (${e.approvers.length} of ${e.requiredApprovals} required): ${e.approvers.length > 0 ? e.approvers.map((a) => `@${a}`).join(', ') : 'none'}`,
    );
  } else {
    lines.push(
      `## ${stamp(e.date)}: emergency bypass of drift-check (PR ${pr})`,
      '',
      `- Date: ${stamp(e.date)}`,
      `- Pull request: ${pr}`,
      `- Actor: @${e.actor}`,
      `- Schema bundle SHA-256: \`${e.schemaHash}\``,
      `- Label: \`${e.label}\` (mode ${e.mode})`,
      `- Follow-up due by: ${stamp(e.dueBy)} (within ${BYPASS_FOLLOW_UP_HOURS} hours)`,
      '- To reconcile:',
      ...(e.reconcile.length > 0 ? e.reconcile.map((r) => `  - ${r}`) : ['  - (nothing listed)']),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The log with the entry appended; unchanged when the same entry is already there. */
export function appendAuditEntry(
  existing: string | undefined,
  entry: AuditEntry,
): { text: string; appended: boolean } {
  const base = existing && existing.trim() !== '' ? existing : AUDIT_LOG_HEADER;
  if (base.includes(entryMarker(entry))) return { text: base, appended: false };
  const sep = base.endsWith('\n') ? '\n' : '\n\n';
  return { text: `${base}${sep}${renderAuditEntry(entry)}`, appended: true };
}

export function followUpDue(at: Date): Date {
  return new Date(at.getTime() + BYPASS_FOLLOW_UP_HOURS * 3600_000);
}
