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
