/** Real git repositories for the audit-log enforcement tests. */
import { execFileSync } from 'node:child_process';

export function git(root: string, ...args: string[]): string {
  return gitAt(undefined, root, ...args);
}

function gitAt(date: string | undefined, root: string, ...args: string[]): string {
  return execFileSync('git', ['-C', root, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
      GIT_AUTHOR_NAME: 'test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    },
  });
}

/** Commits everything in the working tree (dated `date`, ISO, when given); returns the new commit's SHA. */
export function commitAll(root: string, subject: string, date?: string): string {
  git(root, 'add', '-A');
  gitAt(date, root, 'commit', '-q', '--allow-empty', '-m', subject);
  return git(root, 'rev-parse', 'HEAD').trim();
}

export function initRepo(root: string): void {
  execFileSync('git', ['init', '-q', '-b', 'main', root]);
}
