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
import { dirname, join } from 'node:path';
import { generateActions } from './gen-actions.mjs';

const root = process.cwd();
// Build next to dist/ and swap at the end, so a failed build leaves the committed bundles intact.
const dist = join(root, '.tmp', 'dist-next');
const require = createRequire(import.meta.url);
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
    '--minify',
    '--target',
    'es2022',
    '--quiet',
  ],
  { stdio: 'inherit' },
);

// webpack turns `await import('module')` of a Node builtin into a namespace copied from the CJS
// value; for a function-valued builtin (node:module) the copy lacks createRequire, and PGlite's
// loader fails with "e is not a function". In an ESM bundle the native import() is correct.
const lib = join(dist, 'lib');
const builtins = new Map(
  [
    ...readFileSync(join(lib, 'index.js'), 'utf8').matchAll(
      /(\d+):e=>\{e\.exports=__WEBPACK_EXTERNAL_createRequire\(import\.meta\.url\)\("((?:node:)?[a-z_/]+)"\)\}/g,
    ),
  ].map((m) => [m[1], m[2]]),
);
for (const name of readdirSync(lib).filter((f) => f.endsWith('.js'))) {
  const file = join(lib, name);
  const text = readFileSync(file, 'utf8');
  const fixed = text.replace(
    /Promise\.resolve\(\/\* import\(\) \*\/\)\.then\(__webpack_require__\.t\.bind\(__webpack_require__, (\d+), 19\)\)/g,
    (all, id) => (builtins.has(id) ? `import(${JSON.stringify(builtins.get(id))})` : all),
  );
  if (fixed !== text) writeFileSync(file, fixed);
}

// libpg-query's emscripten loader reads its .wasm from __dirname (set by src/shim.ts to dist/lib).
const wasm = join(dirname(require.resolve('libpg-query/package.json')), 'wasm', 'libpg-query.wasm');
copyFileSync(wasm, join(dist, 'lib', 'libpg-query.wasm'));
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
const schema = `${JSON.stringify(configJsonSchema(), null, 2)}\n`;

rmSync(join(root, 'dist'), { recursive: true, force: true });
renameSync(dist, join(root, 'dist'));
generateActions(root);
writeFileSync(join(root, 'schemagate.schema.json'), schema);
