import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
/** `schemagate --help` is static text: it must list every command with the summary its module declares. */
import { commands } from '../../src/cli/commands/index.js';
import { SUMMARIES } from '../../src/cli/help.js';
import { runCli } from '../helpers/cliRunner.js';

it('has a static summary for every command, equal to the summary of its module', async () => {
  for (const entry of commands) {
    const command = await entry.load();
    expect({ name: entry.name, summary: SUMMARIES[entry.name] }).toEqual({
      name: entry.name,
      summary: command.summary,
    });
  }
  expect(Object.keys(SUMMARIES).sort()).toEqual(commands.map((c) => c.name).sort());
});

it('lists every command with its summary in --help', async () => {
  const r = await runCli(['--help']);
  expect(r.code).toBe(0);
  for (const entry of commands) {
    const line = r.stdout.split('\n').find((l) => l.trim().startsWith(`${entry.name} `));
    expect(line?.trim().replace(/\s+/, ' ')).toBe(`${entry.name} ${SUMMARIES[entry.name]}`);
  }
});

/** Every command's --help ends with the exit codes it uses, as the top-level help does. */

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
  expect(r.stderr).toContain('--since HEAD: cannot find the merge base with HEAD');
  expect(r.stderr).toContain('not a git repository');
  expect(r.stderr).not.toMatch(/usage:/i);
});
