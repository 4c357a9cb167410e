/** Which migration files the lint gate looks at: the PR's added or changed ones, in the context of the whole set. */
import { isAbsolute, normalize, relative, resolve } from 'node:path';
import { gitChangedFiles } from '../../runtime/changedFiles.js';
import type { StageContext } from '../types.js';

export interface Selection {
  /** Absolute paths of the changed migration files, or undefined to lint every file. */
  readonly changed?: ReadonlySet<string>;
  /** Absolute path -> repository-relative path (for reading file contents at older commits). */
  readonly repoPath: (abs: string) => string;
  readonly source: 'pull request files' | 'git diff' | 'all files';
}

export async function selectChangedFiles(ctx: StageContext, migrationsDir: string): Promise<Selection> {
  const root = ctx.project.root;
  const wd = ctx.input('working-directory');
  // listFiles returns repository-relative paths; the project root may be a sub-directory of the repository.
  const prefix = wd && !isAbsolute(wd) ? normalize(wd).replace(/^\.\/?$/, '') : '';
  const repoPath = (abs: string) => normalize(`${prefix}/${relative(root, abs)}`).replace(/^\/+/, '');
  const inDir = (abs: string) => !relative(migrationsDir, abs).startsWith('..') && abs.endsWith('.sql');

  if (ctx.github && ctx.pr) {
    const files = await ctx.github.listFiles(ctx.pr.number);
    const changed = new Set(
      files
        .filter((f) => f.status !== 'removed')
        .map((f) => resolve(root, prefix ? relative(prefix, f.filename) : f.filename))
        .filter(inDir),
    );
    return { changed, repoPath, source: 'pull request files' };
  }
  if (ctx.pr?.baseSha) {
    const changed = new Set(
      gitChangedFiles(root, ctx.pr.baseSha)
        .map((p) => resolve(root, p))
        .filter(inDir),
    );
    return { changed, repoPath, source: 'git diff' };
  }
  return { repoPath, source: 'all files' };
}
