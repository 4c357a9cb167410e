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
 * tree, untracked files included. With `under`, only changes that touch that directory (relative to
 * cwd) are guaranteed to be listed.
 */
export function gitChanges(
  cwd: string,
  base: string,
  head: string | 'worktree' = 'HEAD',
  under?: string,
): FileChange[] {
  checkRef(base);
  if (head !== 'worktree') checkRef(head);
  const range = head === 'worktree' ? [base] : [`${base}...${head}`];
  const diff = (paths: string[]) =>
    git(cwd, ['diff', '--name-status', '-M', '--relative', ...range, '--', ...paths]);
  let out: string;
  let untracked = '';
  try {
    // `under` (a directory relative to cwd) narrows what git compares: in a large repository the
    // whole-tree diff and untracked scan cost more than the rest of a lint run. A file that leaves
    // the directory shows there as deleted; only then is the whole tree compared, to tell a rename
    // out of it (with its new path) from a deletion.
    const paths = under === undefined ? [] : [`:(top,literal)${under}`];
    out = diff(paths);
    if (paths.length && /^D\t/m.test(out)) out = diff([]);
    if (head === 'worktree')
      untracked = git(cwd, ['ls-files', '--others', '--exclude-standard', '--', ...paths]);
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
 * Two git processes: one lists which of the candidate refs exist, one finds the merge base.
 */
export function defaultBranchBase(cwd: string): { branch: string; mergeBase: string } | undefined {
  const CANDIDATES = ['origin/main', 'main', 'origin/master', 'master'];
  const full = (b: string) => (b.startsWith('origin/') ? `refs/remotes/${b}` : `refs/heads/${b}`);
  let listed: string;
  try {
    listed = git(cwd, [
      'for-each-ref',
      '--format=%(refname)%09%(symref)%09%(objecttype)',
      'refs/remotes/origin/HEAD',
      ...CANDIDATES.map(full),
    ]);
  } catch {
    return undefined; // not inside a git repository
  }
  // for-each-ref matches by prefix (refs/heads/main also lists refs/heads/main/x): exact names only.
  const refs = new Map(
    listed
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\t'))
      .map(([name, symref, type]) => [name, { symref, type }]),
  );
  const candidates: string[] = [];
  const originHead = refs.get('refs/remotes/origin/HEAD')?.symref;
  if (originHead) candidates.push(originHead.replace(/^refs\/remotes\//, ''));
  candidates.push(...CANDIDATES.filter((b) => refs.get(full(b))?.type === 'commit'));
  for (const branch of candidates) {
    try {
      const mergeBase = git(cwd, ['merge-base', branch, 'HEAD']).trim();
      if (mergeBase) return { branch, mergeBase };
    } catch {
      // not this one (no common history, or no HEAD yet)
    }
  }
  return undefined;
}
