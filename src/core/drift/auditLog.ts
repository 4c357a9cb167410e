/**
 * The audit log (audit.log): a markdown table with one row per strict promotion or emergency
 * bypass, each row carrying a SHA-256 chained to the row before it so that an edited, removed or
 * reordered row is detected (`schemagate audit verify`). Pure: rendering, escaping, parsing and
 * chain checking; the edge (runtime/driftAudit.ts) locks, reads and appends.
 *
 * Every cell is escaped so that no user text can end a cell, start a row, or form an HTML
 * comment: `|`, `<`, `>`, `&`, backticks, backslashes and every control character (newlines
 * included) become HTML character references. A row is therefore always one line.
 */
import { createHash } from 'node:crypto';

export const AUDIT_COLUMNS = [
  'Date',
  'Kind',
  'PR',
  'Commit',
  'Actor',
  'Approvers',
  'Schema bundle SHA-256',
  'Change request',
  'Validation window',
  'Notes',
  'Row hash',
] as const;

export const AUDIT_LOG_HEADER = `# schemagate audit log

Strict-mode promotions and emergency bypasses, oldest first. Written by \`schemagate audit\` and
the drift-check stage; rows are hash-chained: check them with \`schemagate audit verify\`.

| ${AUDIT_COLUMNS.join(' | ')} |
|${AUDIT_COLUMNS.map(() => '---').join('|')}|
`;

/** Distinct approvals (not the actor) a promotion to strict needs. */
export const PROMOTION_APPROVALS = 2;

/** The hash the first row chains to. */
export const GENESIS_HASH = '0'.repeat(64);

export type AuditKind = 'promotion' | 'bypass';

export interface AuditFields {
  readonly date: Date;
  readonly kind: AuditKind;
  /** Pull request number, or null outside a pull request. */
  readonly pr: number | null;
  /** The commit the row is about (the commit that set `mode: strict`), or '' when unknown. */
  readonly commit: string;
  readonly actor: string;
  readonly approvers: readonly string[];
  readonly bundleSha: string;
  readonly changeRequest: string;
  readonly validationWindow: string;
  readonly notes: string;
}

export interface AuditRow extends AuditFields {
  /** 1-based position among the rows. */
  readonly index: number;
  /** 1-based line in the file. */
  readonly line: number;
  readonly hash: string;
}

const stamp = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Escapes one cell: the result has no `|`, `<`, `>`, backtick, backslash or control character. */
export function escapeCell(text: string): string {
  return text.replace(/[&|<>`\\\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `&#${c.codePointAt(0)};`);
}

export function unescapeCell(text: string): string {
  return text.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
}

/** The escaped cells of a row, without the hash. */
export function rowCells(f: AuditFields): string[] {
  return [
    stamp(f.date),
    f.kind,
    f.pr === null ? '' : `#${f.pr}`,
    f.commit,
    f.actor,
    f.approvers.join(', '),
    f.bundleSha,
    f.changeRequest,
    f.validationWindow,
    f.notes,
  ].map(escapeCell);
}

/** SHA-256 of the previous row's hash and this row's escaped cells, as written. */
export function chainHash(prev: string, cells: readonly string[]): string {
  return createHash('sha256')
    .update(`${prev}\n${cells.join('\t')}`)
    .digest('hex');
}

/** One complete table row (with its newline), chained to `prev`. */
export function renderAuditRow(f: AuditFields, prev: string): { line: string; hash: string } {
  const cells = rowCells(f);
  const hash = chainHash(prev, cells);
  return { line: `| ${[...cells, hash].join(' | ')} |\n`, hash };
}

export class AuditLogFormatError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'AuditLogFormatError';
  }
}

interface RawRow {
  readonly line: number;
  readonly cells: readonly string[];
}

function rawRows(text: string): RawRow[] {
  const lines = text.split('\n');
  const head = `| ${AUDIT_COLUMNS.join(' | ')} |`;
  const at = lines.indexOf(head);
  if (at < 0) throw new AuditLogFormatError(1, `not a schemagate audit log (no table header "${head}")`);
  const rows: RawRow[] = [];
  for (let i = at + 2; i < lines.length; i++) {
    const l = lines[i];
    if (l.trim() === '') continue;
    if (!l.startsWith('| ') || !l.endsWith(' |'))
      throw new AuditLogFormatError(i + 1, 'not a table row of the audit log');
    rows.push({ line: i + 1, cells: l.slice(2, -2).split(' | ') });
  }
  return rows;
}

function toRow(raw: RawRow, index: number): AuditRow {
  const c = raw.cells;
  if (c.length !== AUDIT_COLUMNS.length)
    throw new AuditLogFormatError(raw.line, `expected ${AUDIT_COLUMNS.length} cells, found ${c.length}`);
  const u = c.map(unescapeCell);
  const date = new Date(u[0]);
  if (Number.isNaN(date.getTime()))
    throw new AuditLogFormatError(raw.line, `bad date ${JSON.stringify(u[0])}`);
  if (u[1] !== 'promotion' && u[1] !== 'bypass')
    throw new AuditLogFormatError(raw.line, `bad kind ${JSON.stringify(u[1])}`);
  if (u[2] !== '' && !/^#\d+$/.test(u[2]))
    throw new AuditLogFormatError(raw.line, `bad pull request ${JSON.stringify(u[2])}`);
  return {
    index,
    line: raw.line,
    date,
    kind: u[1],
    pr: u[2] === '' ? null : Number(u[2].slice(1)),
    commit: u[3],
    actor: u[4],
    approvers: u[5] === '' ? [] : u[5].split(', '),
    bundleSha: u[6],
    changeRequest: u[7],
    validationWindow: u[8],
    notes: u[9],
    hash: u[10],
  };
}

/** The rows of a log (an empty or missing log has none). Throws AuditLogFormatError. */
export function parseAuditLog(text: string | undefined): AuditRow[] {
  if (text === undefined || text.trim() === '') return [];
  return rawRows(text).map((raw, i) => toRow(raw, i + 1));
}

export type ChainResult =
  | { readonly ok: true; readonly rows: number; readonly head: string }
  | { readonly ok: false; readonly row: number; readonly line: number; readonly reason: string };

/** Checks every row's hash against its cells and the row before; names the first bad row. */
export function verifyAuditChain(text: string | undefined): ChainResult {
  if (text === undefined || text.trim() === '') return { ok: true, rows: 0, head: GENESIS_HASH };
  let raws: RawRow[];
  try {
    raws = rawRows(text);
  } catch (e) {
    if (e instanceof AuditLogFormatError) return { ok: false, row: 0, line: e.line, reason: e.message };
    throw e;
  }
  let prev = GENESIS_HASH;
  for (const [i, raw] of raws.entries()) {
    try {
      toRow(raw, i + 1);
    } catch (e) {
      if (e instanceof AuditLogFormatError)
        return { ok: false, row: i + 1, line: raw.line, reason: e.message };
      throw e;
    }
    const cells = raw.cells.slice(0, -1);
    const stored = raw.cells[raw.cells.length - 1];
    const expected = chainHash(prev, cells);
    if (stored !== expected)
      return {
        ok: false,
        row: i + 1,
        line: raw.line,
        reason: 'its hash does not match its cells and the row before (edited, removed or reordered rows)',
      };
    prev = stored;
  }
  return { ok: true, rows: raws.length, head: prev };
}

/** The hash the next row chains to. */
export function chainHead(rows: readonly AuditRow[]): string {
  return rows.length === 0 ? GENESIS_HASH : rows[rows.length - 1].hash;
}

/** A promotion row that records the given pull request or commit. */
export function findPromotion(
  rows: readonly AuditRow[],
  key: { readonly pr?: number | null; readonly commit?: string },
): AuditRow | undefined {
  return rows.find(
    (r) =>
      r.kind === 'promotion' &&
      ((key.pr != null && r.pr === key.pr) ||
        (key.commit !== undefined &&
          key.commit !== '' &&
          r.commit !== '' &&
          sameCommit(r.commit, key.commit))),
  );
}

/** Full and abbreviated SHAs match when one is a prefix (at least 7 hex digits) of the other. */
function sameCommit(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x.length < 7 || y.length < 7) return x === y;
  return x.startsWith(y) || y.startsWith(x);
}

/** Distinct approvers, not counting the actor. */
export function countedApprovers(approvers: readonly string[], actor: string): string[] {
  const seen = new Set<string>();
  for (const a of approvers) {
    const login = a.replace(/^@/, '').trim();
    if (login !== '' && login.toLowerCase() !== actor.toLowerCase()) seen.add(login.toLowerCase());
  }
  return [...seen].sort();
}

/** Why a promotion is too early (canary shorter than the window), or null. */
export function canaryWindowProblem(
  canarySince: Date,
  promotedAt: Date,
  windowMs: number,
  where: string,
): string | null {
  const ran = promotedAt.getTime() - canarySince.getTime();
  if (ran >= windowMs) return null;
  const h = (ms: number) => `${(Math.max(0, ms) / 3_600_000).toFixed(1)} h`;
  return `canary ran for ${h(ran)} (since ${where}, ${canarySince.toISOString().replace(/\.\d{3}Z$/, 'Z')}), less than governance.canary_window (${h(windowMs)}): promote after ${new Date(canarySince.getTime() + windowMs).toISOString().replace(/\.\d{3}Z$/, 'Z')}`;
}
