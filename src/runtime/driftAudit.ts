/**
 * The edge side of the audit log: the schema bundle's hash from the files on disk, where the log
 * is (always inside the repository, symlinks resolved), and appending one row under an exclusive
 * lock (proper-lockfile) so that concurrent writers chain their rows one after another and never
 * rewrite what is there: the file is only ever opened for appending.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { appendFile, mkdir, open, readFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import lockfile from 'proper-lockfile';
import { bundleHash } from '../core/drift/audit.js';
import {
  AUDIT_LOG_HEADER,
  type AuditFields,
  AuditLogFormatError,
  type AuditRow,
  chainHead,
  parseAuditLog,
  renderAuditRow,
  verifyAuditChain,
} from '../core/drift/auditLog.js';
import { ConfigError, InputError } from '../core/errors.js';
import { readMigrationDir } from './migrationDir.js';
import type { Project } from './project.js';
import { listSqlFiles } from './sqlFiles.js';

/** SHA-256 of the declared schema files and the migration directory (names and bytes). */
export function schemaBundleHash(project: Project): string {
  const { config } = project;
  const files: { name: string; content: string | Uint8Array }[] = [];
  if (config.schema) {
    const dir = project.path(config.schema);
    if (existsSync(dir))
      for (const p of listSqlFiles(dir))
        files.push({ name: `schema/${relative(dir, p)}`, content: readFileSync(p) });
  }
  const dir = project.path(config.migrations.dir);
  if (existsSync(dir))
    for (const f of readMigrationDir(dir, project.configFile))
      files.push({ name: `migrations/${f.name}`, content: f.content });
  return bundleHash(files);
}

const inside = (root: string, p: string) => {
  const r = relative(root, p);
  return r !== '' && !r.startsWith('..') && !isAbsolute(r);
};

/** The nearest existing ancestor of `p` (itself included), with symlinks resolved. */
function realExisting(p: string): string {
  let at = p;
  const rest: string[] = [];
  while (!existsSync(at)) {
    const up = dirname(at);
    if (up === at) break;
    rest.unshift(relative(up, at));
    at = up;
  }
  return resolve(realpathSync(at), ...rest);
}

/** Absolute path of audit.log; a ConfigError when unset or when it resolves outside the repository. */
export function auditLogPath(project: Project): string {
  const file = project.configFile ?? 'schemagate.yml';
  const log = project.config.audit.log;
  if (!log)
    throw new ConfigError(
      file,
      'audit.log',
      'not set: add `audit: { log: docs/schema-audit.md }` (any markdown path)',
    );
  const path = project.path(log);
  const root = realpathSync(project.root);
  if (!inside(project.root, path) || !inside(root, realExisting(path)))
    throw new ConfigError(
      file,
      'audit.log',
      `${JSON.stringify(log)} resolves outside the repository${existsSync(path) ? ' (through a symlink)' : ''}: use a path inside it, such as docs/schema-audit.md`,
    );
  return path;
}

export async function readAuditLog(project: Project): Promise<{ path: string; text: string | undefined }> {
  const path = auditLogPath(project);
  return { path, text: existsSync(path) ? await readFile(path, 'utf8') : undefined };
}

/** The rows of audit.log; an InputError naming the file and line when it cannot be read as a log. */
export async function auditRows(project: Project): Promise<AuditRow[]> {
  const { path, text } = await readAuditLog(project);
  try {
    return parseAuditLog(text);
  } catch (e) {
    if (e instanceof AuditLogFormatError)
      throw new InputError(`${project.display(path)}:${e.line}: ${e.message.replace(/^line \d+: /, '')}`);
    throw e;
  }
}

export type AppendResult =
  | { readonly appended: true; readonly row: AuditRow; readonly line: string }
  | { readonly appended: false; readonly existing: AuditRow };

/**
 * Appends one row, chained to the last, under an exclusive lock. `duplicateOf` finds an existing
 * row that already records the same event (then nothing is written). A log whose chain is broken
 * is not appended to: the first bad row is named instead.
 */
export async function appendAuditRow(
  project: Project,
  fields: AuditFields,
  duplicateOf?: (rows: readonly AuditRow[]) => AuditRow | undefined,
): Promise<AppendResult> {
  const path = auditLogPath(project);
  const shown = project.display(path);
  await mkdir(dirname(path), { recursive: true });
  // Create the file if needed without truncating it; the lock needs a file to lock.
  await (await open(path, 'a')).close();
  const release = await lockfile.lock(path, {
    retries: { retries: 200, minTimeout: 10, maxTimeout: 200, randomize: true },
    stale: 30_000,
  });
  try {
    const text = await readFile(path, 'utf8');
    const chain = verifyAuditChain(text);
    if (!chain.ok)
      throw new InputError(
        `${shown}:${chain.line}: audit log row ${chain.row} is invalid: ${chain.reason}; nothing was appended (run \`schemagate audit verify\`)`,
      );
    const rows = parseAuditLog(text);
    const existing = duplicateOf?.(rows);
    if (existing) return { appended: false, existing };
    const { line, hash } = renderAuditRow(fields, chainHead(rows));
    // One complete row per append call; the header only when the file is empty.
    const prefix = text.trim() === '' ? AUDIT_LOG_HEADER : text.endsWith('\n') ? '' : '\n';
    await appendFile(path, prefix + line);
    const lineNo = (text.trim() === '' ? prefix : text + prefix).split('\n').length;
    return { appended: true, row: { ...fields, index: rows.length + 1, line: lineNo, hash }, line };
  } finally {
    await release();
  }
}
