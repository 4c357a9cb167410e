import type { CliIo, ExitCode } from './io.js';

export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  /** `args` are the words after the command name. */
  run(args: string[], io: CliIo): Promise<ExitCode>;
}
