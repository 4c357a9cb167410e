import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
/** Every command's --help ends with the exit codes it uses, as the top-level help does. */
import { runCli } from '../helpers/cliRunner.js';

it.each(['check', 'lint', 'migrate', 'drift', 'diff', 'new', 'hash', 'inspect', 'baseline', 'audit'])(
  '%s --help names its exit codes',
  async (command) => {
    const r = await runCli([command, '--help']);
    expect(r.code).toBe(0);
    expect(`${r.stdout}${r.stderr}`).toMatch(/Exit codes: 0 [\s\S]*?2 bad input/);
  },
);

it('check of a directory that does not exist names the argument, not a schemagate.yml', async () => {
  const r = await runCli(['check', 'nonexistent_dir']);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("check: nonexistent_dir is not a directory (give the project's root directory)");
  expect(r.stderr).not.toContain('schemagate.yml');
});

it('lint --since outside a git repository says so, without git usage text', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sg-nogit-'));
  mkdirSync(join(dir, 'db/migrations'), { recursive: true });
  writeFileSync(join(dir, 'db/migrations/001_a.sql'), 'CREATE TABLE a (id int);\n');
  const r = await runCli(['lint', '--since', 'HEAD'], { cwd: dir });
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(
    `cannot list the files changed since HEAD: ${dir} is not inside a git repository`,
  );
  expect(r.stderr).not.toMatch(/usage:/i);
});
