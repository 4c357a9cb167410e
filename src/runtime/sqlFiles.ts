import { type Dirent, existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ConfigError, InputError } from '../core/errors.js';
import { decodeSqlText, loadSqlParser, parseSqlFile, type SqlFile } from '../core/sql/index.js';

/**
 * The one function that reads a SQL file (migrations, schema files, lint targets, atlas.sum):
 * NUL bytes and invalid UTF-8 are refused here at file:line:col, so every command agrees.
 */
export function readSqlText(path: string, display: string = path): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new InputError(`${display}: cannot read: ${(err as { code?: string }).code ?? String(err)}`);
  }
  return decodeSqlText(display, bytes);
}

/** The nearest directory above `dir` holding `.git`, else `fallback`: symlinks may not leave it. */
export function repositoryRootOf(dir: string, fallback: string = dir): string {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return resolve(fallback);
  }
}

export type EntryKind = 'file' | 'directory' | 'skip';

/**
 * What a directory entry is once symlinks are followed. A symlink is followed only to a target
 * inside `root`; a dangling symlink, one leaving the repository, or a FIFO/socket/device is an
 * error when `claimed` (its name is one we would read), and skipped otherwise.
 */
export function entryKind(
  dir: string,
  entry: Dirent,
  root: string,
  claimed: boolean,
  show: (p: string) => string,
): EntryKind {
  const p = join(dir, entry.name);
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'directory';
  if (entry.isSymbolicLink()) {
    let target: string;
    try {
      target = realpathSync(p);
    } catch {
      if (!claimed) return 'skip';
      throw new InputError(
        `${show(p)}: dangling symbolic link (its target does not exist); fix or remove it`,
      );
    }
    const realRoot = realpathSync(root);
    if (target !== realRoot && !target.startsWith(realRoot + sep)) {
      if (!claimed) return 'skip';
      throw new InputError(
        `${show(p)}: symbolic link to ${target}, outside the repository (${realRoot}); copy the file into the repository instead`,
      );
    }
    const st = statSync(target);
    if (st.isFile()) return 'file';
    if (st.isDirectory()) return 'directory';
  }
  if (!claimed) return 'skip';
  throw new InputError(
    `${show(p)}: not a regular file (${describe(entry)}); a SQL file must be a readable regular file`,
  );
}

function describe(e: Dirent): string {
  if (e.isFIFO()) return 'a named pipe';
  if (e.isSocket()) return 'a socket';
  if (e.isBlockDevice() || e.isCharacterDevice()) return 'a device';
  if (e.isSymbolicLink()) return 'a symbolic link to something that is not a file';
  return 'not a file';
}

/**
 * Every `*.sql` file under `dir` (recursively, following symlinks inside the repository), sorted
 * bytewise by path. Anything named `*.sql` that cannot be read as a regular file is an error.
 */
export function listSqlFiles(dir: string, root: string = repositoryRootOf(dir)): string[] {
  // A declared schema may be one file (Atlas's `src = "file://schema.sql"`).
  if (isSqlFile(dir)) return [dir];
  const out: string[] = [];
  const seen = new Set<string>();
  const show = relativeTo(root);
  const walk = (d: string) => {
    const real = realpathSync(d);
    if (seen.has(real)) return; // a symlink loop
    seen.add(real);
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      const kind = entryKind(d, entry, root, entry.name.endsWith('.sql'), show);
      if (kind === 'directory') walk(p);
      else if (kind === 'file' && entry.name.endsWith('.sql')) out.push(p);
    }
  };
  walk(dir);
  return out.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)) as number);
}

/** Checks that a configured directory exists; the message names the config key. */
/** A regular `.sql` file (a declared schema given as one file). */
export function isSqlFile(p: string): boolean {
  return p.endsWith('.sql') && existsSync(p) && statSync(p).isFile();
}

export function requireDir(dir: string, key: string, configFile: string | undefined): void {
  if (key === 'schema' && isSqlFile(dir)) return;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ConfigError(configFile ?? 'schemagate.yml', key, `directory not found: ${dir}`);
  }
}

/** Parses files with the real parser; `display` turns a path into what messages show. */
export async function parseSqlFiles(paths: string[], display: (p: string) => string): Promise<SqlFile[]> {
  await loadSqlParser();
  return paths.map((p) => parseSqlFile(display(p), readSqlText(p, display(p))));
}

export function relativeTo(root: string): (p: string) => string {
  return (p) => relative(root, p) || p;
}
