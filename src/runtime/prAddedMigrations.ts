/**
 * The migration files a pull request adds (not merely changes): the PR's files list from GitHub,
 * else `git diff --diff-filter=AR` against the base. File names come back relative to the
 * migrations directory; undefined when neither source can answer (the caller then resets nothing).
 */
import { execFileSync } from 'node:child_process';
import { isAbsolute, normalize, relative, resolve } from 'node:path';
import type { GitHubPort } from '../github/port.js';

export interface AddedFilesSource {
  readonly github?: GitHubPort;
  readonly prNumber: number;
  readonly baseSha?: string;
  /** Absolute project root, and the working-directory input it came from (repository-relative). */
  readonly root: string;
  readonly workingDirectory: string;
  /** Absolute migrations directory. */
  readonly migrationsDir: string;
}

export async function prAddedMigrations(
  source: AddedFilesSource,
  log: (message: string) => void,
): Promise<Set<string> | undefined> {
  const { root, migrationsDir } = source;
  const wd = source.workingDirectory;
  const prefix = wd && !isAbsolute(wd) ? normalize(wd).replace(/^\.\/?$/, '') : '';
  const inDir = (abs: string): string | undefined => {
    const rel = relative(migrationsDir, abs);
    return rel && !rel.startsWith('..') && !rel.includes('/') ? rel : undefined;
  };
  const collect = (paths: readonly string[]) =>
    new Set(paths.map((p) => inDir(p)).filter((n): n is string => n !== undefined));

  if (source.github) {
    const files = await source.github.listFiles(source.prNumber);
    return collect(
      files
        .filter((f) => f.status === 'added' || f.status === 'renamed' || f.status === 'copied')
        .map((f) => resolve(root, prefix ? relative(prefix, f.filename) : f.filename)),
    );
  }
  if (source.baseSha && /^[\w./~^-]+$/.test(source.baseSha)) {
    try {
      const out = execFileSync(
        'git',
        ['diff', '--name-only', '--diff-filter=ACR', '--relative', `${source.baseSha}...HEAD`],
        { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
      return collect(
        out
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
          .map((p) => resolve(root, p)),
      );
    } catch {
      log('reset auto: git cannot list the files this pull request adds (fetch the base commit)');
    }
  }
  return undefined;
}
