/**
 * Which commit put `mode: strict` into the config file, read from the git history of that file.
 * Old versions of the file are read leniently (only the `mode` key): a config written for an
 * older schemagate must still tell its mode.
 */
import { execFileSync } from 'node:child_process';
import { parse } from 'yaml';

export type StrictCommit =
  /** The newest commit whose version of the file is strict while the version before it is not. */
  | { readonly kind: 'found'; readonly sha: string; readonly subject: string; readonly pr: number | null }
  /** The working tree is strict but the committed file is not: the promotion is not committed yet. */
  | { readonly kind: 'uncommitted' }
  /** The history cannot tell (not a repository, shallow clone): the caller fails closed. */
  | { readonly kind: 'unknown'; readonly reason: string };

function git(root: string, args: readonly string[]): string {
  return execFileSync('git', ['-C', root, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

function tryGit(root: string, args: readonly string[]): string | undefined {
  try {
    return git(root, args);
  } catch {
    return undefined;
  }
}

/** The mode a config text sets: `strict` only when it says so; unreadable text is not strict. */
export function lenientMode(text: string | undefined): 'canary' | 'strict' {
  if (text === undefined) return 'canary';
  try {
    const doc = parse(text) as { mode?: unknown } | null;
    return doc && typeof doc === 'object' && doc.mode === 'strict' ? 'strict' : 'canary';
  } catch {
    return 'canary';
  }
}

/** The pull request number a merge or squash commit subject names (GitHub's conventions). */
export function prFromSubject(subject: string): number | null {
  const m = /^Merge pull request #(\d+)\b/.exec(subject) ?? /\(#(\d+)\)\s*$/.exec(subject);
  return m ? Number(m[1]) : null;
}

/**
 * Finds the commit that made `configFile` (relative to `root`) strict. The caller has checked
 * that the file in the working tree is strict.
 */
export function findStrictCommit(root: string, configFile: string): StrictCommit {
  if (tryGit(root, ['rev-parse', '--is-inside-work-tree'])?.trim() !== 'true')
    return { kind: 'unknown', reason: `${root} is not a git repository` };
  const spec = `./${configFile}`;
  const atHead = tryGit(root, ['show', `HEAD:${spec}`]);
  if (lenientMode(atHead) !== 'strict') return { kind: 'uncommitted' };
  const log = tryGit(root, ['log', '--format=%H%x09%s', '--', spec]);
  if (log === undefined) return { kind: 'unknown', reason: `git log of ${configFile} failed` };
  const commits = log
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const tab = l.indexOf('\t');
      return { sha: l.slice(0, tab), subject: l.slice(tab + 1) };
    });
  for (let i = 0; i < commits.length; i++) {
    const c = commits[i];
    const parentText = tryGit(root, ['show', `${c.sha}^:${spec}`]);
    const hasParent = tryGit(root, ['rev-parse', '--verify', '--quiet', `${c.sha}^`]) !== undefined;
    if (hasParent && parentText !== undefined && lenientMode(parentText) === 'strict') continue;
    if (!hasParent && tryGit(root, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true')
      return {
        kind: 'unknown',
        reason: `the history of ${configFile} is cut at ${c.sha.slice(0, 12)} (shallow clone)`,
      };
    if (lenientMode(tryGit(root, ['show', `${c.sha}:${spec}`])) !== 'strict') continue;
    return { kind: 'found', sha: c.sha, subject: c.subject, pr: prFromSubject(c.subject) };
  }
  return { kind: 'unknown', reason: `no commit in the history of ${configFile} sets mode: strict` };
}

export type CanaryStart =
  | { readonly kind: 'found'; readonly sha: string; readonly date: Date }
  | { readonly kind: 'unknown'; readonly reason: string };

/**
 * When the config file last entered canary as seen from `ref`: the oldest commit of the newest
 * unbroken run of non-strict versions (canary is also the default, so a file created without
 * `mode` starts canary). Measured by committer date.
 */
export function findCanaryStart(root: string, configFile: string, ref = 'HEAD'): CanaryStart {
  const spec = `./${configFile}`;
  const log = tryGit(root, ['log', '--format=%H%x09%cI', ref, '--', spec]);
  if (log === undefined) return { kind: 'unknown', reason: `git log of ${configFile} at ${ref} failed` };
  const commits = log
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const [sha, date] = l.split('\t');
      return { sha, date: new Date(date) };
    });
  let start: (typeof commits)[number] | undefined;
  for (const c of commits) {
    const mode = lenientMode(tryGit(root, ['show', `${c.sha}:${spec}`]));
    if (mode === 'strict') {
      if (start) break;
      continue;
    }
    start = c;
    const hasParent = tryGit(root, ['rev-parse', '--verify', '--quiet', `${c.sha}^`]) !== undefined;
    if (!hasParent && tryGit(root, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true')
      return {
        kind: 'unknown',
        reason: `the history of ${configFile} is cut at ${c.sha.slice(0, 12)} (shallow clone)`,
      };
  }
  return start
    ? { kind: 'found', sha: start.sha, date: start.date }
    : { kind: 'unknown', reason: `no commit in the history of ${configFile} runs in canary mode` };
}

/** Committer date of a commit. */
export function commitDate(root: string, sha: string): Date | undefined {
  const out = tryGit(root, ['show', '-s', '--format=%cI', sha]);
  return out ? new Date(out.trim()) : undefined;
}
