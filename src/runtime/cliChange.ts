/**
 * The change `schemagate lint` and `schemagate check` judge when no files are named, in this order:
 * `--since REF` (files changed since the merge base with REF, working tree included); `--url`
 * (the files not yet applied there); inside git, the files changed since the merge base with the
 * default branch; otherwise each file on its own with every earlier file applied.
 */
import { execFileSync } from 'node:child_process';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Db } from '../core/db.js';
import { InputError } from '../core/errors.js';
import { type ChangeSet, eachFile, type HistoryEdit } from '../core/lint/changeSet.js';
import { migrationStatus } from '../core/migrations/index.js';
import { defaultBranchBase, type FileChange, gitChanges, gitIgnoredFiles } from './changedFiles.js';
import { loadMigrationSet } from './migrationDir.js';
import type { Project } from './project.js';

export interface CliChangeOptions {
  readonly project: Project;
  /** Absolute migrations directory. */
  readonly dir: string;
  /** Turns an absolute path into the display path the linted SqlFiles carry. */
  readonly show: (abs: string) => string;
  readonly since?: string;
  readonly url?: string;
  readonly openDb?: (url: string) => Promise<Db>;
}

export interface CliChange {
  readonly change: ChangeSet;
  readonly edits: readonly HistoryEdit[];
}

export async function resolveCliChange(o: CliChangeOptions): Promise<CliChange> {
  const { project, dir, show } = o;
  const inDir = (abs: string) => {
    const r = relative(dir, abs);
    return r !== '' && !r.startsWith('..') && !isAbsolute(r) && abs.endsWith('.sql');
  };
  const fromGit = (listed: readonly FileChange[], cwd: string, what: string): CliChange => {
    const ignored = gitIgnoredFiles(cwd, dir).filter((p) => inDir(resolve(cwd, p)));
    const changes = [...listed, ...ignored.map((path) => ({ path, status: 'added' as const }))];
    const files = new Set<string>();
    const edits: HistoryEdit[] = [];
    for (const c of changes) {
      const abs = resolve(cwd, c.path);
      if (c.status === 'removed') {
        if (inDir(abs)) edits.push({ file: show(abs), how: 'removed' });
        continue;
      }
      if (c.status === 'renamed' && c.previous && inDir(resolve(cwd, c.previous)))
        edits.push({ file: show(resolve(cwd, c.previous)), how: 'renamed', to: show(abs) });
      if (!inDir(abs)) continue;
      if (c.status === 'modified') edits.push({ file: show(abs), how: 'modified' });
      files.add(show(abs));
    }
    const note = ignored.length
      ? `; ${ignored.length} file(s) that git ignores are judged as added, since they are on disk but in no commit`
      : '';
    return {
      change: { kind: 'files', files, description: `${what}: ${describeFiles(files)}${note}` },
      edits,
    };
  };

  if (o.since) {
    const base = mergeBase(project.repoRoot, o.since);
    return fromGit(
      gitChanges(project.repoRoot, base, 'worktree', underRepo(project.repoRoot, dir)),
      project.repoRoot,
      `the files changed since ${o.since} (merge base ${base.slice(0, 7)}, working tree included)`,
    );
  }
  if (o.url && o.openDb) {
    const set = loadMigrationSet(project);
    const db = await o.openDb(o.url);
    let pending: string[];
    try {
      const status = await migrationStatus(db, {
        set,
        revisionsSchema: project.config.migrations.revisions_schema,
      });
      pending = status.state.pending.map((m) => show(join(dir, m.file)));
    } finally {
      await db.close();
    }
    const files = new Set(pending);
    return {
      change: {
        kind: 'files',
        files,
        description: `the files not yet applied to --url: ${describeFiles(files)}`,
      },
      edits: [],
    };
  }
  const base = defaultBranchBase(project.repoRoot);
  if (base) {
    return fromGit(
      gitChanges(project.repoRoot, base.mergeBase, 'worktree', underRepo(project.repoRoot, dir)),
      project.repoRoot,
      `the files changed since the merge base with ${base.branch} (${base.mergeBase.slice(0, 7)}, working tree included)`,
    );
  }
  return {
    change: eachFile('not in a git repository with a default branch, and no --since or --url'),
    edits: [],
  };
}

/** The migrations directory relative to the repository root, for git to compare only that. */
function underRepo(repoRoot: string, dir: string): string | undefined {
  const r = relative(repoRoot, dir);
  return r === '' || r.startsWith('..') || isAbsolute(r) ? undefined : r.split(sep).join('/');
}

function describeFiles(files: ReadonlySet<string>): string {
  const list = [...files];
  if (list.length === 0) return 'no migration files';
  const shown =
    list.length > 5 ? `${list.slice(0, 5).join(', ')} and ${list.length - 5} more` : list.join(', ');
  return `${list.length} migration file(s) (${shown})`;
}

function mergeBase(cwd: string, ref: string): string {
  if (!/^[\w./~^@{}-]+$/.test(ref) || ref.startsWith('-'))
    throw new InputError(`--since: not a usable git ref: ${JSON.stringify(ref)}`);
  try {
    return execFileSync('git', ['merge-base', ref, 'HEAD'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  } catch (err) {
    const stderr = String((err as { stderr?: unknown }).stderr ?? '').trim();
    throw new InputError(`--since ${ref}: cannot find the merge base with HEAD (${stderr || 'git failed'})`);
  }
}
