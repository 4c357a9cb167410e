/**
 * Must be the first import of a bundle entry. In the ESM bundle there is no __dirname, but the
 * emscripten loader of libpg-query looks for its .wasm next to `__dirname`; the build copies
 * the .wasm beside the bundle, so point __dirname at the bundle's own directory.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const g = globalThis as { __dirname?: string; __filename?: string };
if (g.__dirname === undefined) {
  g.__filename = fileURLToPath(import.meta.url);
  g.__dirname = dirname(g.__filename);
}
