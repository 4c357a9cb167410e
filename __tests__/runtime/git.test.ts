import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultBranchBase, gitChanges } from '../../src/runtime/changedFiles.js';
import { gitTopLevel } from '../../src/runtime/gitTopLevel.js';
import { commitAll, git, initRepo } from '../drift/git.js';
import { makeTempDir } from '../helpers/tempDir.js';

const noGitEnv = {};

describe('gitTopLevel', () => {
  it('walks up to the directory that holds .git', () => {
    const repo = makeTempDir('sg-git-top-');
    initRepo(repo);
    mkdirSync(join(repo, 'db', 'migrations'), { recursive: true });
    expect(gitTopLevel(join(repo, 'db', 'migrations'), noGitEnv)).toBe(repo);
    expect(gitTopLevel(repo, noGitEnv)).toBe(repo);
  });

  it('accepts a .git file, as a linked worktree has', () => {
    const repo = makeTempDir('sg-git-top-');
    initRepo(repo);
    commitAll(repo, 'base');
    const wt = join(makeTempDir('sg-git-wt-'), 'feature');
    git(repo, 'worktree', 'add', '-q', '-b', 'feature', wt);
    mkdirSync(join(wt, 'sub'));
    expect(gitTopLevel(join(wt, 'sub'), noGitEnv)).toBe(wt);
  });

  it('is undefined outside any repository', () => {
    expect(gitTopLevel(makeTempDir('sg-git-none-'), noGitEnv)).toBeUndefined();
  });

  it('asks git when GIT_DIR redirects it', () => {
    const repo = makeTempDir('sg-git-top-');
    initRepo(repo);
    const elsewhere = makeTempDir('sg-git-none-');
    // GIT_DIR without GIT_WORK_TREE: git takes the current directory as the top level, where no
    // .git is to be found by walking up.
    expect(gitTopLevel(elsewhere, { GIT_DIR: join(repo, '.git') })).toBe(elsewhere);
  });
});

describe('defaultBranchBase', () => {
  it('finds main and its merge base; a ref under main/ does not count as main', () => {
    const repo = makeTempDir('sg-git-base-');
    initRepo(repo);
    writeFileSync(join(repo, 'a.sql'), 'SELECT 1;\n');
    const base = commitAll(repo, 'base');
    git(repo, 'checkout', '-q', '-b', 'feature');
    writeFileSync(join(repo, 'b.sql'), 'SELECT 2;\n');
    commitAll(repo, 'feature');
    expect(defaultBranchBase(repo)).toEqual({ branch: 'main', mergeBase: base });

    git(repo, 'branch', '-m', 'main', 'trunk');
    git(repo, 'branch', 'main/old', 'trunk');
    expect(defaultBranchBase(repo)).toBeUndefined();
  });

  it('prefers the branch origin/HEAD names', () => {
    const repo = makeTempDir('sg-git-base-');
    initRepo(repo);
    writeFileSync(join(repo, 'a.sql'), 'SELECT 1;\n');
    const first = commitAll(repo, 'base');
    git(repo, 'update-ref', 'refs/remotes/origin/develop', first);
    git(repo, 'symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/develop');
    writeFileSync(join(repo, 'b.sql'), 'SELECT 2;\n');
    commitAll(repo, 'second');
    expect(defaultBranchBase(repo)).toEqual({ branch: 'origin/develop', mergeBase: first });
  });

  it('is undefined outside git', () => {
    expect(defaultBranchBase(makeTempDir('sg-git-none-'))).toBeUndefined();
  });
});

describe('gitChanges under a directory', () => {
  function repoWithMigrations() {
    const repo = makeTempDir('sg-git-changes-');
    initRepo(repo);
    mkdirSync(join(repo, 'db', 'migrations'), { recursive: true });
    writeFileSync(join(repo, 'db', 'migrations', '001_a.sql'), 'CREATE TABLE a (id int);\n');
    writeFileSync(join(repo, 'db', 'migrations', '002_b.sql'), 'CREATE TABLE b (id int);\n');
    writeFileSync(join(repo, 'README.md'), 'hello\n');
    return { repo, base: commitAll(repo, 'base') };
  }

  it('lists the changes in the directory, untracked files included, and nothing outside it', () => {
    const { repo, base } = repoWithMigrations();
    writeFileSync(join(repo, 'db', 'migrations', '001_a.sql'), 'CREATE TABLE a (id bigint);\n');
    writeFileSync(join(repo, 'db', 'migrations', '003_c.sql'), 'CREATE TABLE c (id int);\n');
    writeFileSync(join(repo, 'README.md'), 'changed\n');
    writeFileSync(join(repo, 'notes.txt'), 'untracked outside\n');
    expect(gitChanges(repo, base, 'worktree', 'db/migrations')).toEqual([
      { path: 'db/migrations/001_a.sql', status: 'modified' },
      { path: 'db/migrations/003_c.sql', status: 'added' },
    ]);
  });

  it('still reports a file moved out of the directory as a rename, with its new path', () => {
    const { repo, base } = repoWithMigrations();
    mkdirSync(join(repo, 'archive'));
    renameSync(join(repo, 'db', 'migrations', '002_b.sql'), join(repo, 'archive', '002_b.sql'));
    git(repo, 'add', '-A');
    const changes = gitChanges(repo, base, 'worktree', 'db/migrations');
    expect(changes).toContainEqual({
      path: 'archive/002_b.sql',
      status: 'renamed',
      previous: 'db/migrations/002_b.sql',
    });
  });

  it('reports a deleted file as removed', () => {
    const { repo, base } = repoWithMigrations();
    git(repo, 'rm', '-q', 'db/migrations/002_b.sql');
    expect(gitChanges(repo, base, 'worktree', 'db/migrations')).toEqual([
      { path: 'db/migrations/002_b.sql', status: 'removed' },
    ]);
  });
});
