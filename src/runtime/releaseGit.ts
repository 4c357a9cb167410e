/** Git and GitHub reading for release notes and DORA figures: a ref's files, commit times, PRs. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { InputError } from '../core/errors.js';
import type { NoteApproval } from '../core/release/notes.js';

const run = promisify(execFile);

export async function git(cwd: string, args: string[]): Promise<string> {
  try {
    return (await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (err) {
    const stderr = String((err as { stderr?: unknown }).stderr ?? '').trim();
    throw new InputError(`git ${args.join(' ')}: ${stderr || (err as Error).message}`);
  }
}

/** Path of `dir` relative to the repository root (what `git show <ref>:<path>` needs). */
export async function repoPath(cwd: string, dir: string): Promise<string> {
  const prefix = (await git(cwd, ['rev-parse', '--show-prefix'])).trim();
  return `${prefix}${dir}`.replace(/\/+$/, '');
}

/** Top-level files of a directory as they are at `ref`. */
export async function filesAt(
  cwd: string,
  ref: string,
  dir: string,
): Promise<{ name: string; content: string }[]> {
  const list = await git(cwd, ['ls-tree', '--name-only', `${ref}:${dir}`]).catch(() => '');
  const names = list.split('\n').filter(Boolean);
  const out: { name: string; content: string }[] = [];
  for (const name of names) out.push({ name, content: await git(cwd, ['show', `${ref}:${dir}/${name}`]) });
  return out;
}

/** Files added between two refs under `dir`, with the commit that added each. */
export async function addedFiles(
  cwd: string,
  from: string,
  to: string,
  dir: string,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const log = await git(cwd, [
    'log',
    '--diff-filter=A',
    '--name-only',
    '--format=%x00%H',
    `${from}..${to}`,
    '--',
    dir,
  ]);
  for (const chunk of log.split('\0').filter((c) => c.trim())) {
    const [sha, ...files] = chunk.split('\n').filter(Boolean);
    // Newest first: keep the oldest commit that added the path.
    for (const f of files) out.set(f.split('/').pop() ?? f, sha);
  }
  return out;
}

/** Commit time (ISO 8601) of the commit that first added each file under `dir`, by file name. */
export async function firstCommitTimes(cwd: string, dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const log = await git(cwd, ['log', '--diff-filter=A', '--name-only', '--format=%x00%cI', '--', dir]).catch(
    () => '',
  );
  for (const chunk of log.split('\0').filter((c) => c.trim())) {
    const [at, ...files] = chunk.split('\n').filter(Boolean);
    for (const f of files) out.set(f.split('/').pop() ?? f, at);
  }
  return out;
}

export interface GitHubReader {
  readonly apiUrl: string;
  readonly token: string;
  readonly repo: string;
}

async function getJson(r: GitHubReader, path: string): Promise<any> {
  const res = await fetch(`${r.apiUrl.replace(/\/+$/, '')}${path}`, {
    headers: { authorization: `Bearer ${r.token}`, accept: 'application/vnd.github+json' },
  });
  if (!res.ok) throw new Error(`GitHub answered HTTP ${res.status} for ${path}`);
  return res.json();
}

/** The pull request that brought a commit, and who approved it (latest review per reviewer). */
export async function approvalOf(r: GitHubReader, sha: string): Promise<NoteApproval | null> {
  const pulls = (await getJson(r, `/repos/${r.repo}/commits/${sha}/pulls`)) as {
    number: number;
    title: string;
    merged_at?: string | null;
  }[];
  const pr = pulls.find((p) => p.merged_at) ?? pulls[0];
  if (!pr) return null;
  const reviews: { user?: { login?: string }; state: string }[] = [];
  for (let page = 1; ; page++) {
    const batch = await getJson(r, `/repos/${r.repo}/pulls/${pr.number}/reviews?per_page=100&page=${page}`);
    reviews.push(...batch);
    if (batch.length < 100) break;
  }
  const latest = new Map<string, string>();
  for (const rv of reviews) {
    const login = rv.user?.login;
    if (login && rv.state !== 'COMMENTED') latest.set(login, rv.state);
  }
  return {
    pr: pr.number,
    title: pr.title,
    approvers: [...latest]
      .filter(([, s]) => s === 'APPROVED')
      .map(([l]) => l)
      .sort(),
  };
}
