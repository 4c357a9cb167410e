/**
 * Files a change adds, modifies, renames or deletes, read with git: between two commits (a pull
 * request's base and head, a merge group, a push, `--since REF`), or from a commit to the working
 * tree (the CLI, so an uncommitted new migration is part of the change). Paths come back relative
 * to `cwd`, and only those under it.
 */
import { execFileSync } from 'node:child_process';
import { InputError } from '../core/errors.js';

export interface FileChange {
  /** Path relative to cwd (the new path of a renamed file). */
  readonly path: string;
  readonly status: 'added' | 'modified' | 'removed' | 'renamed';
  /** Old path of a renamed file, relative to cwd. */
  readonly previous?: string;
}

const REF = /^[\w./~^@{}-]+$/;

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function checkRef(ref: string): void {
  if (!REF.test(ref) || ref.startsWith('-'))
    throw new InputError(`not a usable git ref: ${JSON.stringify(ref)}`);
}

/**
 * Changes from `base` to `head`. With a head commit the diff is `base...head` (from their merge
 * base, as a pull request shows it); with `head: 'worktree'` it is from `base` to the working
 * tree, untracked files included.
 */
export function gitChanges(cwd: string, base: string, head: string | 'worktree' = 'HEAD'): FileChange[] {
  checkRef(base);
  if (head !== 'worktree') checkRef(head);
  let out: string;
  let untracked = '';
  try {
    out = git(cwd, [
      'diff',
      '--name-status',
      '-M',
      '--relative',
      ...(head === 'worktree' ? [base] : [`${base}...${head}`]),
      '--',
    ]);
    if (head === 'worktree') untracked = git(cwd, ['ls-files', '--others', '--exclude-standard']);
  } catch (err) {
    const stderr = String((err as { stderr?: unknown }).stderr ?? '').trim();
    // Outside a repository git diff prints its whole usage text: say what is wrong instead.
    if (/not a git repository/i.test(stderr))
      throw new InputError(
        `cannot list the files changed since ${base}: ${cwd} is not inside a git repository`,
      );
    const first = stderr
      .split('\n')
      .find((l) => l.trim() && !/^usage:/i.test(l.trim()))
      ?.trim();
    throw new InputError(
      `cannot list the files changed since ${base} with git (${first || 'git failed'}); fetch the base commit (actions/checkout with fetch-depth: 0) or give the action a github-token`,
    );
  }
  const changes: FileChange[] = [];
  for (const line of out.split('\n')) {
    if (!line.trim()) continue;
    const [code, a, b] = line.split('\t');
    if (code.startsWith('R')) changes.push({ path: b, status: 'renamed', previous: a });
    else if (code === 'D') changes.push({ path: a, status: 'removed' });
    else if (code === 'A' || code.startsWith('C')) changes.push({ path: b ?? a, status: 'added' });
    else changes.push({ path: a, status: 'modified' });
  }
  for (const line of untracked.split('\n'))
    if (line.trim()) changes.push({ path: line.trim(), status: 'added' });
  return changes;
}

/**
 * Files under `dir` that exist in the working tree but that git ignores (paths relative to
 * `cwd`). A change read from git never lists them, so the CLI adds them itself: a migration that
 * is on disk but invisible to git must not drop out of the judged set unnoticed.
 */
export function gitIgnoredFiles(cwd: string, dir: string): string[] {
  try {
    return git(cwd, ['ls-files', '--others', '--ignored', '--exclude-standard', '--', dir])
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  } catch {
    return [];
  }
}

/** Kept for callers that only need the paths a change adds or modifies. */
export function gitChangedFiles(cwd: string, baseRef: string): string[] {
  return gitChanges(cwd, baseRef)
    .filter((c) => c.status !== 'removed')
    .map((c) => c.path);
}

/**
 * Inside a git work tree: the default branch (origin/HEAD, else origin/main, main, origin/master,
 * master) and its merge base with HEAD. Undefined outside git or when none of them exists.
 */
export function defaultBranchBase(cwd: string): { branch: string; mergeBase: string } | undefined {
  try {
    if (git(cwd, ['rev-parse', '--is-inside-work-tree']).trim() !== 'true') return undefined;
  } catch {
    return undefined;
  }
  const candidates: string[] = [];
  try {
    const head = git(cwd, ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD']).trim();
    if (head) candidates.push(head.replace(/^refs\/remotes\//, ''));
  } catch {
    // no origin/HEAD: try the usual names
  }
  candidates.push('origin/main', 'main', 'origin/master', 'master');
  for (const branch of candidates) {
    try {
      git(cwd, ['rev-parse', '--verify', '--quiet', `${branch}^{commit}`]);
      const mergeBase = git(cwd, ['merge-base', branch, 'HEAD']).trim();
      if (mergeBase) return { branch, mergeBase };
    } catch {
      // not this one
    }
  }
  return undefined;
}
