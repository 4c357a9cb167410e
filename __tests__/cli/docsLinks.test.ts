/** Every relative link in README.md and docs/ points at a file inside the repository that exists. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = process.cwd();

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

it('links stay inside the repository and resolve', () => {
  const bad: string[] = [];
  for (const file of [join(ROOT, 'README.md'), ...markdownFiles(join(ROOT, 'docs'))]) {
    const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1].split('#')[0];
      if (!target || /^[a-z]+:/i.test(target)) continue;
      const abs = resolve(dirname(file), target);
      const rel = relative(ROOT, abs);
      if (rel.startsWith('..') || !existsSync(abs)) bad.push(`${relative(ROOT, file)}: ${m[1]}`);
    }
    // Paths written as code that climb out of the repository.
    for (const m of text.matchAll(/`(\.\.\/[^`\s]+)`/g)) {
      const fromFile = resolve(dirname(file), m[1]);
      const inside = !relative(ROOT, fromFile).startsWith('..');
      if (!inside || !existsSync(fromFile)) bad.push(`${relative(ROOT, file)}: ${m[1]}`);
    }
  }
  expect(bad).toEqual([]);
});
