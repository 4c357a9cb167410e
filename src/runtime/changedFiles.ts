/**
 * Files a pull request adds or changes, when the GitHub API is not available: `git diff` against
 * the merge base of the base commit. Paths come back relative to `cwd`.
 */
import { execFileSync } from 'node:child_process';
import { InputError } from '../core/errors.js';

export function gitChangedFiles(cwd: string, baseRef: string): string[] {
  if (!/^[\w./~^-]+$/.test(baseRef))
    throw new InputError(`not a usable git base ref: ${JSON.stringify(baseRef)}`);
  let out: string;
  try {
    // --diff-filter=d: deleted files cannot be linted; --relative: paths relative to cwd, and only under it.
    out = execFileSync('git', ['diff', '--name-only', '--diff-filter=d', '--relative', `${baseRef}...HEAD`], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (err) {
    const stderr = String((err as { stderr?: unknown }).stderr ?? '').trim();
    // Outside a repository git diff prints its whole usage text: say what is wrong instead.
    if (/not a git repository/i.test(stderr))
      throw new InputError(
        `cannot list the files changed since ${baseRef}: ${cwd} is not inside a git repository`,
      );
    const first = stderr
      .split('\n')
      .find((l) => l.trim() && !/^usage:/i.test(l.trim()))
      ?.trim();
    throw new InputError(
      `cannot list the files changed since ${baseRef} with git (${first || 'git failed'}); fetch the base commit (actions/checkout with fetch-depth: 0) or give the action a github-token`,
    );
  }
  return out
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}
