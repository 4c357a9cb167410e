/**
 * Once per `npm test` run: the embedded database's pre-initialised data directory, built by the same
 * script as the bundle's (scripts/pgliteSnapshot.mjs) and kept in .tmp keyed by the PGlite
 * version, so each test file's PGlite starts from it instead of running initdb (~3.6 s each).
 * Workers inherit SCHEMAGATE_PGLITE_DATA (src/db/pgliteDb.ts reads it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export default function globalSetup() {
  if (process.env.SCHEMAGATE_PGLITE_DATA) return;
  const root = process.cwd();
  const require = createRequire(join(root, 'package.json'));
  const pkg = join(dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json');
  const { version } = JSON.parse(readFileSync(pkg, 'utf8'));
  const dir = join(root, '.tmp', 'pglite-data');
  const file = join(dir, `pgdata-${version}.tar`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}`;
    execFileSync(process.execPath, [join(root, 'scripts', 'pgliteSnapshot.mjs'), partial], {
      stdio: 'ignore',
      env: { ...process.env, TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
    });
    renameSync(partial, file);
  }
  process.env.SCHEMAGATE_PGLITE_DATA = file;
}
