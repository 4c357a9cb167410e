/**
 * The edge of governance.approvers: reading CODEOWNERS at a commit (through whatever can read a
 * file there: the GitHub API for a pull request's base, git for the CLI), which repository paths
 * are schema or migration files, and team members.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { CODEOWNERS_LOCATIONS, type Codeowners, parseCodeowners } from '../core/governance/codeowners.js';
import type { Project } from './project.js';
import { listSqlFiles } from './sqlFiles.js';

export interface CodeownersFile {
  readonly file: string;
  readonly parsed: Codeowners;
}

/** The first CODEOWNERS of GitHub's locations that exists at the commit `readAt` reads, or null. */
export async function readCodeowners(
  readAt: (path: string) => Promise<string | undefined>,
): Promise<CodeownersFile | null> {
  for (const file of CODEOWNERS_LOCATIONS) {
    const text = await readAt(file);
    if (text !== undefined) return { file, parsed: parseCodeowners(text) };
  }
  return null;
}

/** A file's content at a commit, read with git; undefined when it does not exist there. */
export function gitFileAt(repoRoot: string, ref: string, path: string): string | undefined {
  try {
    return execFileSync('git', ['-C', repoRoot, 'show', `${ref}:./${path}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

/** Repository-relative, `/`-separated form of an absolute path. */
export function repoPath(project: Project, abs: string): string {
  return relative(project.repoRoot, abs).split(sep).join('/');
}

/** The schema and migration directories (repository-relative, no trailing slash). */
function governedDirs(project: Project): string[] {
  const dirs = [project.path(project.config.migrations.dir)];
  if (project.config.schema) dirs.push(project.path(project.config.schema));
  return dirs.map((d) => repoPath(project, d));
}

/** Which of the repository paths (a pull request's files) are schema or migration files. */
export function governedPaths(project: Project, paths: readonly string[]): string[] {
  const dirs = governedDirs(project);
  return paths.filter((p) => dirs.some((d) => p === d || p.startsWith(`${d}/`)));
}

/** Every schema and migration file on disk (repository-relative): the bundle a promotion puts under strict. */
export function bundlePaths(project: Project): string[] {
  const out: string[] = [];
  for (const d of governedDirs(project)) {
    const abs = resolve(project.repoRoot, d);
    if (existsSync(abs)) for (const p of listSqlFiles(abs)) out.push(repoPath(project, p));
  }
  return [...new Set(out)].sort();
}
