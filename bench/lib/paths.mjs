import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The bundle directory the whole-process figures run: dist/ (what users run), or
 * SCHEMAGATE_BENCH_DIST, e.g. a build made with `npm run bundle -- --out <dir>` to measure a change
 * without touching dist/.
 */
export const distDir = process.env.SCHEMAGATE_BENCH_DIST
  ? resolve(root, process.env.SCHEMAGATE_BENCH_DIST)
  : join(root, 'dist');

/** The shipped CLI bundle: what users run (`npx schemagate` resolves to it). */
export const cliBundle = join(distDir, 'cli', 'index.js');

/** The command line of the shipped CLI: [node, [dist/cli/index.js, ...args]]. */
export function schemagateCli(...args) {
  if (!existsSync(cliBundle)) throw new Error(`${cliBundle} is missing: run \`npm run bundle\` first`);
  return [process.execPath, [cliBundle, ...args]];
}

/** A peer tool installed as a dev dependency. */
export const peerBin = (name) => join(root, 'node_modules', '.bin', name);
