import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ConfigError } from '../core/errors.js';
import { loadSqlParser, parseSqlFile, type SqlFile } from '../core/sql/index.js';

/** Every `*.sql` file under `dir` (recursively), sorted bytewise by relative path. */
export function listSqlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile() && entry.name.endsWith('.sql')) out.push(p);
    }
  };
  walk(dir);
  return out.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)) as number);
}

/** Checks that a configured directory exists; the message names the config key. */
export function requireDir(dir: string, key: string, configFile: string | undefined): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ConfigError(configFile ?? 'schemagate.yml', key, `directory not found: ${dir}`);
  }
}

/** Parses files with the real parser; `display` turns a path into what messages show. */
export async function parseSqlFiles(paths: string[], display: (p: string) => string): Promise<SqlFile[]> {
  await loadSqlParser();
  return paths.map((p) => parseSqlFile(display(p), readFileSync(p, 'utf8')));
}

export function relativeTo(root: string): (p: string) => string {
  return (p) => relative(root, p) || p;
}
