/**
 * The top level of the git work tree that holds a directory, found by walking up to the nearest
 * `.git` (a directory, or the file a linked worktree or submodule has) instead of spawning
 * `git rev-parse --show-toplevel`: every command loads the project, and a spawn costs 5-10 ms of
 * each start. When the environment redirects git (GIT_DIR, GIT_WORK_TREE) the walk cannot know
 * the answer, so git is asked.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export function gitTopLevel(
  cwd: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | undefined {
  if (env.GIT_DIR || env.GIT_WORK_TREE) return askGit(cwd, env);
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const st = statSync(join(dir, '.git'), { throwIfNoEntry: false });
    if (st?.isDirectory() || st?.isFile()) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

function askGit(cwd: string, env: Readonly<Record<string, string | undefined>>): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--show-toplevel'], {
      cwd,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}
