/**
 * Compiles the WebAssembly modules instantiated inside `compile` with V8's baseline compiler
 * (Liftoff) only. Both wasm modules schemagate loads (libpg-query, 1.7 MB; PGlite, 9 MB) are
 * used for well under a second per run, less than the optimising tier costs: compiling them in
 * the background held up the main thread (a chunk import waited ~150 ms behind libpg-query's
 * tier-up), and lint of 10,000 statements is faster whole-process with Liftoff only. Nested and
 * overlapping calls share one setting; the flag is restored when the last one ends.
 */
import { setFlagsFromString } from 'node:v8';

let active = 0;

export async function baselineWasm<T>(compile: () => Promise<T>): Promise<T> {
  if (active++ === 0) setFlagsFromString('--liftoff-only');
  try {
    return await compile();
  } finally {
    if (--active === 0) setFlagsFromString('--no-liftoff-only');
  }
}
