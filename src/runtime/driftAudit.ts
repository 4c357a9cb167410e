/**
 * The edge side of the audit log: the schema bundle's hash from the files on disk, and appending
 * an entry to audit.log (created with a header when absent; never the same entry twice).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { type AuditEntry, appendAuditEntry, bundleHash } from '../core/drift/audit.js';
import { ConfigError } from '../core/errors.js';
import { readMigrationDir } from './migrationDir.js';
import type { Project } from './project.js';
import { listSqlFiles } from './sqlFiles.js';

/** SHA-256 of the declared schema files (or, without `schema:`, of the migration directory). */
export function schemaBundleHash(project: Project): string {
  const { config } = project;
  if (config.schema) {
    const dir = project.path(config.schema);
    if (existsSync(dir)) {
      return bundleHash(listSqlFiles(dir).map((p) => ({ name: relative(dir, p), content: readFileSync(p) })));
    }
  }
  const dir = project.path(config.migrations.dir);
  return bundleHash(
    existsSync(dir)
      ? readMigrationDir(dir, project.configFile).map((f) => ({ name: f.name, content: f.content }))
      : [],
  );
}

export function auditLogPath(project: Project): string {
  const log = project.config.audit.log;
  if (!log)
    throw new ConfigError(
      project.configFile ?? 'schemagate.yml',
      'audit.log',
      'not set: add `audit: { log: docs/schema-audit.md }` (any markdown path)',
    );
  return project.path(log);
}

/** Appends `entry`; false when the same entry was already there. */
export function appendAuditLog(project: Project, entry: AuditEntry): boolean {
  const path = auditLogPath(project);
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const { text, appended } = appendAuditEntry(existing, entry);
  if (appended) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return appended;
}
