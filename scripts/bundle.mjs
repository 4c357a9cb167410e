// Builds the committed bundles: one ncc bundle (dist/lib) shared by thin per-entry wrappers
// (dist/<entry>/index.js), plus the assets it loads at run time, the generated action.yml files
// and the published JSON Schema of schemagate.yml. CI runs this and fails on any diff.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { externalBuiltins, remainingBuiltinImports, rewriteBuiltinImports } from './builtinImports.mjs';
import { generateActions } from './gen-actions.mjs';
import { skipCloudflareProbe } from './pgRuntimeProbe.mjs';

const root = process.cwd();
// `npm run bundle -- --out <dir>`: build the bundles into <dir> only (no action.yml, no JSON
// Schema, dist/ untouched), e.g. to measure a change without touching the committed bundles.
const outAt = process.argv.indexOf('--out');
const out = outAt === -1 ? undefined : process.argv[outAt + 1];
if (outAt !== -1 && (!out || out.startsWith('--'))) throw new Error('bundle: --out needs a directory');
// Build next to the destination and swap at the end, so a failed build leaves the old one intact.
const target = out ? resolve(root, out) : join(root, 'dist');
const dist = out ? `${target}.next` : join(root, '.tmp', 'dist-next');
const require = createRequire(import.meta.url);
// `npm run bundle -- --no-minify`: a readable build with source maps, for profiling.
const minify = !process.argv.includes('--no-minify');
const entries = ['cli', 'suite', 'neon-branch', 'migrate', 'drift-check', 'lint-gate'];

rmSync(dist, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [
    require.resolve('@vercel/ncc/dist/ncc/cli.js'),
    'build',
    'src/main.ts',
    '-o',
    join(dist, 'lib'),
    ...(minify ? ['--minify'] : ['--source-map']),
    '--target',
    'es2022',
    // The build cache (~/.cache/ncc) made module numbering depend on what an earlier build left
    // there: a fresh clone built a different dist/ from the same source. Every build starts cold.
    '--no-cache',
    '--quiet',
  ],
  { stdio: 'inherit' },
);

// Put webpack's dynamic imports of Node builtins back to native import() (see builtinImports.mjs),
// in minified and debug builds alike, and fail the build if one is left behind.
const lib = join(dist, 'lib');
const chunks = readdirSync(lib).filter((f) => f.endsWith('.js'));
// Externals are declared in whichever chunk first needs them; module ids are global to the build.
const builtins = new Map(chunks.flatMap((f) => [...externalBuiltins(readFileSync(join(lib, f), 'utf8'))]));
if (![...builtins.values()].some((n) => n === 'node:module' || n === 'module'))
  throw new Error(
    'bundle: no external node:module found in dist/lib; the builtin-import rewrite is out of date',
  );
let rewritten = 0;
let probes = 0;
for (const name of chunks) {
  const file = join(lib, name);
  const before = readFileSync(file, 'utf8');
  const probe = skipCloudflareProbe(before);
  probes += probe.count;
  const { text, count } = rewriteBuiltinImports(probe.text, builtins);
  const left = remainingBuiltinImports(text, builtins);
  if (left.length)
    throw new Error(`bundle: ${name}: dynamic imports of builtins left unrewritten: ${left.join(', ')}`);
  rewritten += count;
  if (text !== before) writeFileSync(file, text);
}
if (rewritten === 0)
  throw new Error('bundle: found no dynamic import of a Node builtin to rewrite (PGlite needs one)');
if (probes !== 1)
  throw new Error(
    `bundle: expected node-postgres's one Cloudflare runtime probe, cut ${probes} (see pgRuntimeProbe.mjs)`,
  );

// libpg-query's emscripten loader reads its .wasm from __dirname (set by src/shim.ts to dist/lib).
const wasm = join(dirname(require.resolve('libpg-query/package.json')), 'wasm', 'libpg-query.wasm');
copyFileSync(wasm, join(dist, 'lib', 'libpg-query.wasm'));
// The embedded database's pre-initialised data directory (see pgliteSnapshot.mjs): byte-identical
// across builds of one PGlite version. Its own process, in UTC: it fakes the clock and random source.
execFileSync(process.execPath, [join(root, 'scripts', 'pgliteSnapshot.mjs'), join(lib, 'pgdata.tar')], {
  stdio: 'inherit',
  env: { ...process.env, TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
});
rmSync(join(dist, 'lib', 'package.json'), { force: true });
writeFileSync(join(dist, 'package.json'), '{ "type": "module" }\n');

for (const entry of entries) {
  mkdirSync(join(dist, entry), { recursive: true });
  const file = join(dist, entry, 'index.js');
  writeFileSync(
    file,
    `#!/usr/bin/env node\nimport { main } from '../lib/index.js';\n\nawait main(${JSON.stringify(entry)});\n`,
  );
  chmodSync(file, 0o755);
}

const { configJsonSchema } = await import(join(dist, 'lib', 'index.js'));
const schema = `${JSON.stringify(await configJsonSchema(), null, 2)}\n`;

rmSync(target, { recursive: true, force: true });
renameSync(dist, target);
if (!out) {
  generateActions(root);
  writeFileSync(join(root, 'schemagate.schema.json'), schema);
}
