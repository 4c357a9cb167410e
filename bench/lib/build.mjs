/**
 * The one way the benchmarks compile schemagate's TypeScript for their in-process figures:
 * transpile-only (no type check) of every file under src/ into .tmp/bench-build, so the bench
 * never depends on the type check of files other engineers are editing, nor on dist/.
 * Whole-process figures do not use this: they run the shipped CLI bundle (see cli.mjs).
 *
 * bench/run-all.mjs builds once and sets SCHEMAGATE_BENCH_BUILT so each bench reuses the tree.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { root } from './paths.mjs';

export const buildDir = join(root, '.tmp', 'bench-build');

function* tsFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) yield* tsFiles(p);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) yield p;
  }
}

/** Compiles src/** once per bench session; returns the directory that holds the compiled `src/`. */
export function buildSources() {
  if (process.env.SCHEMAGATE_BENCH_BUILT === buildDir) return buildDir;
  const t0 = performance.now();
  rmSync(buildDir, { recursive: true, force: true });
  let count = 0;
  for (const file of tsFiles(join(root, 'src'))) {
    const out = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      fileName: file,
    });
    const target = join(buildDir, relative(root, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, out.outputText);
    count++;
  }
  console.log(
    `bench: transpiled ${count} files of src/ into ${relative(root, buildDir)} in ${Math.round(performance.now() - t0)} ms`,
  );
  process.env.SCHEMAGATE_BENCH_BUILT = buildDir;
  return buildDir;
}

/** Imports a compiled module by its source path, e.g. importBuilt('src/core/lint/index.ts'). */
export function importBuilt(sourcePath) {
  return import(pathToFileURL(join(buildSources(), sourcePath.replace(/\.ts$/, '.js'))).href);
}
