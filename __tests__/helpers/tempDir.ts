/**
 * Temporary directories that are removed when the test file ends (__tests__/helpers/cleanup.ts
 * runs `removeTempDirs` after all tests of each file), so a run leaves no sg-* directories behind.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** `mkdtemp` under the OS temp directory, e.g. makeTempDir('sg-drift-'). */
export function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
