/** Pure helpers: the branch name of a PR, the PR number of a branch name, and expires_at. */

const MAX_EXPIRY_MS = 30 * 86_400_000;

export function branchNameFor(template: string, prNumber: number): string {
  return template.replaceAll('{number}', String(prNumber));
}

/** The PR number encoded in a branch name made from `template`, or undefined if it is not one of ours. */
export function prNumberOf(template: string, branchName: string): number | undefined {
  const [before, after = ''] = template.split('{number}');
  if (!template.includes('{number}')) return undefined;
  if (!branchName.startsWith(before) || !branchName.endsWith(after)) return undefined;
  const middle = branchName.slice(before.length, branchName.length - after.length);
  return /^[1-9]\d*$/.test(middle) ? Number(middle) : undefined;
}

/** The fixed part of the template before {number}: what to search for when listing branches. */
export function searchPrefix(template: string): string {
  return template.split('{number}')[0];
}

/**
 * expires_at as RFC 3339 with whole seconds (what Neon accepts), `lifetimeMs` after now; Neon
 * refuses more than 30 days, so that is rejected here with the input named.
 */
export function expiresAt(now: Date, lifetimeMs: number): string | undefined {
  if (lifetimeMs <= 0) return undefined;
  if (lifetimeMs > MAX_EXPIRY_MS)
    throw new RangeError('expires-in must be at most 30 days (Neon refuses a later expires_at)');
  return new Date(Math.floor((now.getTime() + lifetimeMs) / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
