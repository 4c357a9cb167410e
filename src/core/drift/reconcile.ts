/**
 * The follow-up of an emergency bypass: a GitHub issue due 24 hours after the bypass, found again
 * by a hidden marker in its body, and the list of those past their due time. Pure.
 */
export const RECONCILE_LABEL = 'schemagate:reconcile';

export interface FollowUp {
  readonly pr: number | null;
  readonly due: Date;
}

const stamp = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

export function followUpMarker(f: FollowUp): string {
  return `<!-- schemagate:reconcile pr=${f.pr ?? 'none'} due=${stamp(f.due)} -->`;
}

/** The follow-up an issue body records, or null when it has no (well-formed) marker. */
export function parseFollowUp(body: string): FollowUp | null {
  const m = /<!-- schemagate:reconcile pr=(\d+|none) due=(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ) -->/.exec(body);
  if (!m) return null;
  const due = new Date(m[2]);
  if (Number.isNaN(due.getTime())) return null;
  return { pr: m[1] === 'none' ? null : Number(m[1]), due };
}

/** Neutralises text that lands in an issue body: no HTML comment can be opened from it. */
const plain = (t: string) => t.replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function followUpIssue(opts: {
  readonly pr: number | null;
  readonly due: Date;
  readonly bypassedBy: string;
  readonly actor: string;
  readonly runUrl?: string;
  readonly reconcile: readonly string[];
}): { title: string; body: string; labels: string[] } {
  const pr = opts.pr === null ? 'a run outside a pull request' : `PR #${opts.pr}`;
  const lines = [
    followUpMarker({ pr: opts.pr, due: opts.due }),
    `The drift check of ${pr} was bypassed (${plain(opts.bypassedBy)}) by @${plain(opts.actor)}${opts.runUrl ? ` in ${opts.runUrl}` : ''}.`,
    '',
    `**Reconcile by ${stamp(opts.due)}** (24 hours after the bypass): make the schema states agree again (a migration, a fix on the database, or a baseline refresh), then close this issue. Until it is closed, later strict-mode drift checks fail once it is overdue.`,
    '',
    'What was bypassed:',
    ...(opts.reconcile.length > 0
      ? opts.reconcile.slice(0, 100).map((r) => `- ${plain(r)}`)
      : ['- (nothing listed)']),
    ...(opts.reconcile.length > 100 ? [`- …and ${opts.reconcile.length - 100} more`] : []),
  ];
  return {
    title: `Reconcile the emergency drift bypass of ${pr}`,
    body: `${lines.join('\n')}\n`,
    labels: [RECONCILE_LABEL],
  };
}

export interface Overdue {
  readonly number: number;
  readonly url: string;
  readonly pr: number | null;
  readonly due: Date;
}

/** Open follow-up issues past their due time, oldest first. */
export function overdueFollowUps(
  issues: readonly { number: number; body: string; url: string }[],
  now: Date,
): Overdue[] {
  return issues
    .flatMap((i) => {
      const f = parseFollowUp(i.body);
      return f && f.due.getTime() < now.getTime() ? [{ number: i.number, url: i.url, ...f }] : [];
    })
    .sort((a, b) => a.due.getTime() - b.due.getTime());
}
