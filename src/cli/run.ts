import { errorMessage, knownCause } from '../core/errors.js';
import { VERSION } from '../version.js';
import { commands } from './commands/index.js';
import { helpText } from './help.js';
import type { CliIo, ExitCode } from './io.js';

export { helpText } from './help.js';

/** The whole CLI as a function, so tests run it in process. Never calls process.exit. */
export async function run(argv: string[], io: CliIo): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(await helpText());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(VERSION);
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.err(`schemagate: unknown command "${name}"; see schemagate --help`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${command.summary}\n\nUsage: ${command.usage}`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    const badArgs = String((err as { code?: unknown })?.code ?? '').startsWith('ERR_PARSE_ARGS');
    // The cause decides: a connection refused while reading a catalog is still bad input (2), a
    // lost connection is exit 1; "internal error" is left for bugs.
    const known = knownCause(err);
    const code = (known as { exitCode?: unknown } | undefined)?.exitCode === 1 ? 1 : 2;
    const prefix = known || badArgs ? 'error' : 'internal error';
    io.err(`schemagate ${name}: ${prefix}: ${errorMessage(err)}`);
    return code;
  }
}
