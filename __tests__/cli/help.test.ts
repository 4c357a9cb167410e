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
