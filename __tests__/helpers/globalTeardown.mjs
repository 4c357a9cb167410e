/**
 * After every test file of the run: drops the cluster roles the run created (recorded by
 * helpers/clusterRoles.ts), stops the version cluster if one was started, and removes the run
 * directory with every temporary directory inside it (helpers/globalSetup.mjs).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

const quote = (name) => `"${name.replace(/"/g, '""')}"`;

async function dropRoles(runDir) {
  const file = join(runDir, 'roles.jsonl');
  if (!existsSync(file)) return;
  const byUrl = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const { url, name } = JSON.parse(line);
    if (!byUrl.has(url)) byUrl.set(url, new Set());
    byUrl.get(url).add(name);
  }
  const left = [];
  for (const [url, names] of byUrl) {
    const c = new pg.Client({ connectionString: url });
    try {
      await c.connect();
      for (const name of names) {
        // 2BP01: something still depends on it (a test database a failed test left behind).
        await c
          .query(`DROP ROLE IF EXISTS ${quote(name)}`)
          .catch((err) => left.push(`${name} (${err.message})`));
      }
    } catch (err) {
      left.push(`${[...names].join(', ')} at ${url} (${err.message})`);
    } finally {
      await c.end().catch(() => {});
    }
  }
  if (left.length > 0) console.warn(`schemagate tests: cluster roles left behind: ${left.join('; ')}`);
}

export default async function globalTeardown() {
  const runDir = process.env.SCHEMAGATE_TEST_RUN_DIR;
  const server = globalThis.__schemagateTestServer;
  try {
    if (runDir) await dropRoles(runDir);
  } finally {
    if (server) {
      await server.stop();
      globalThis.__schemagateTestServer = undefined;
    }
    if (runDir && globalThis.__schemagateTestRunOwner) {
      rmSync(runDir, { recursive: true, force: true });
      process.env.TMPDIR = process.env.SCHEMAGATE_TEST_OUTER_TMPDIR;
      delete process.env.SCHEMAGATE_TEST_RUN_DIR;
      delete process.env.SCHEMAGATE_TEST_RUN;
    }
  }
}
