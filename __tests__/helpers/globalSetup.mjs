/**
 * Once per `npm test` run, before the workers start (they inherit process.env):
 * - the embedded database's pre-initialised data directory, built by the same script as the
 *   bundle's (scripts/pgliteSnapshot.mjs) and kept in .tmp keyed by the PGlite version, so each
 *   test file's PGlite starts from it instead of running initdb (~3.6 s each); src/db/pgliteDb.ts
 *   reads SCHEMAGATE_PGLITE_DATA;
 * - a run directory (sg-run-*) that becomes TMPDIR, so every temporary directory a test or the
 *   CLI it spawns makes is inside it, and the run id that names the run's cluster roles
 *   (helpers/clusterRoles.ts); helpers/globalTeardown.mjs drops the roles and removes the directory;
 * - with SCHEMAGATE_TEST_PG_VERSION=<major>, a throwaway cluster of that PostgreSQL version
 *   (helpers/embeddedPostgres.mjs) that SCHEMAGATE_TEST_PG points the tests at.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { PACKAGED_VERSIONS, startEmbeddedPostgres } from './embeddedPostgres.mjs';

const DEFAULT_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

function pgliteSnapshot(root) {
  if (process.env.SCHEMAGATE_PGLITE_DATA) return;
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

async function serverMajor(url) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query('SHOW server_version_num');
    return Math.floor(Number(r.rows[0].server_version_num) / 10000);
  } finally {
    await c.end();
  }
}

/** Points the tests at a server of the requested major version, or fails naming what exists. */
async function versionServer(version, runDir) {
  const major = Number(version);
  if (PACKAGED_VERSIONS.includes(major)) {
    const server = await startEmbeddedPostgres(major, { parent: runDir });
    globalThis.__schemagateTestServer = server;
    process.env.SCHEMAGATE_TEST_PG = server.url;
    return;
  }
  // Not packaged (15): the configured server, if it is that version.
  const url = process.env.SCHEMAGATE_TEST_PG ?? DEFAULT_SERVER;
  const actual = await serverMajor(url).catch((err) => {
    throw new Error(`SCHEMAGATE_TEST_PG_VERSION=${version}: cannot reach ${url}: ${err.message}`);
  });
  if (actual !== major) {
    throw new Error(
      `SCHEMAGATE_TEST_PG_VERSION=${version}: the server at ${url} is PostgreSQL ${actual}, and ` +
        `packaged binaries exist for ${PACKAGED_VERSIONS.join(', ')}`,
    );
  }
}

export default async function globalSetup() {
  const root = process.cwd();
  pgliteSnapshot(root);

  if (!process.env.SCHEMAGATE_TEST_RUN_DIR) {
    const outer = tmpdir();
    // Lower case: the id ends up in unquoted role names.
    const id = randomBytes(4).toString('hex');
    const runDir = join(outer, `sg-run-${id}`);
    // Traversable (not listable) by the postgres user, which runs a version cluster inside it.
    mkdirSync(runDir, { mode: 0o711 });
    chmodSync(runDir, 0o711);
    process.env.SCHEMAGATE_TEST_RUN_DIR = runDir;
    process.env.SCHEMAGATE_TEST_RUN = id;
    process.env.SCHEMAGATE_TEST_OUTER_TMPDIR = outer;
    process.env.TMPDIR = runDir;
    globalThis.__schemagateTestRunOwner = true;
  }

  const version = process.env.SCHEMAGATE_TEST_PG_VERSION;
  if (version) await versionServer(version, process.env.SCHEMAGATE_TEST_RUN_DIR);
}
