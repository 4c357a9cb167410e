/**
 * Which change the lint gate judges (see src/core/lint/changeSet.ts): a pull request's added and
 * modified migration files (from the GitHub API, or git without a token), a merge group's or a
 * push's diff, otherwise each file on its own. Paths are normalised against the repository root,
 * whatever form working-directory takes, so an absolute one selects the same files as a relative one.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { type ChangeSet, eachFile, type HistoryEdit } from '../../core/lint/changeSet.js';
import type { PrFile } from '../../github/port.js';
import { type FileChange, gitChanges } from '../../runtime/changedFiles.js';
import type { StageContext } from '../types.js';

export interface Selection {
  readonly change: ChangeSet;
  /** Merged migrations the change edits, renames or deletes. */
  readonly edits: readonly HistoryEdit[];
  /** Migration files the change adds or modifies that are not in the checkout: a mismatch, never a pass. */
  readonly missing: readonly string[];
  /** Absolute path -> repository-relative path (for reading file contents at older commits). */
  readonly repoPath: (abs: string) => string;
}

const toPosix = (p: string) => p.split(sep).join('/');

export async function selectChange(
  ctx: StageContext,
  migrationsDir: string,
  present: readonly string[],
): Promise<Selection> {
  const { project } = ctx;
  const repoRoot = project.repoRoot;
  const show = (abs: string) => toPosix(relative(project.root, abs)) || abs;
  const repoPath = (abs: string) => toPosix(relative(repoRoot, abs));
  const inDir = (abs: string) => {
    const r = relative(migrationsDir, abs);
    return r !== '' && !r.startsWith('..') && !isAbsolute(r) && abs.endsWith('.sql');
  };
  const onDisk = new Set(present);

  const fromChanges = (changes: readonly FileChange[], what: string): Selection => {
    const files = new Set<string>();
    const edits: HistoryEdit[] = [];
    const missing: string[] = [];
    for (const c of changes) {
      const abs = resolve(repoRoot, c.path);
      const prev = c.previous ? resolve(repoRoot, c.previous) : undefined;
      if (c.status === 'removed') {
        if (inDir(abs)) edits.push({ file: show(abs), how: 'removed' });
        continue;
      }
      if (c.status === 'renamed' && prev && inDir(prev))
        edits.push({ file: show(prev), how: 'renamed', to: show(abs) });
      if (!inDir(abs)) continue;
      if (c.status === 'modified') edits.push({ file: show(abs), how: 'modified' });
      if (onDisk.has(abs)) files.add(show(abs));
      else missing.push(repoPath(abs));
    }
    const description = `${what}: ${files.size} migration file(s)${files.size ? ` (${[...files].join(', ')})` : ''}`;
    return { change: { kind: 'files', files, description }, edits, missing, repoPath };
  };

  if (ctx.pr && ctx.github) {
    const files = await ctx.github.listFiles(ctx.pr.number);
    return fromChanges(files.map(prChange), `the files pull request #${ctx.pr.number} adds or modifies`);
  }
  if (ctx.pr?.baseSha) {
    return fromChanges(
      gitChanges(repoRoot, ctx.pr.baseSha, 'HEAD'),
      `the files pull request #${ctx.pr.number} adds or modifies (git diff ${ctx.pr.baseSha.slice(0, 7)}...HEAD)`,
    );
  }
  if (ctx.range) {
    const { base, head, event } = ctx.range;
    const what =
      event === 'merge_group'
        ? `the merge group's diff against its base (${base.slice(0, 7)}...${head.slice(0, 7)})`
        : `the files the push changed (${base.slice(0, 7)}...${head.slice(0, 7)})`;
    return fromChanges(gitChanges(repoRoot, base, head), what);
  }
  return {
    change: eachFile(`no pull request, merge group or push in the ${ctx.run.eventName || 'event'}`),
    edits: [],
    missing: [],
    repoPath,
  };
}

function prChange(f: PrFile): FileChange {
  switch (f.status) {
    case 'added':
    case 'copied':
      return { path: f.filename, status: 'added' };
    case 'removed':
      return { path: f.filename, status: 'removed' };
    case 'renamed':
      return { path: f.filename, status: 'renamed', previous: f.previousFilename };
    default:
      return { path: f.filename, status: 'modified' };
  }
}
