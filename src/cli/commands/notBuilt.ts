import { NotImplementedError } from '../../core/errors.js';
import type { Command } from '../command.js';

/** A command the design names but this build does not have yet: says so, exits 2, prints nothing else. */
export function notBuilt(name: string, summary: string, issue: number): Command {
  return {
    name,
    summary: `${summary} (not built yet)`,
    usage: `schemagate ${name}`,
    async run() {
      throw new NotImplementedError(
        `schemagate ${name} is not built yet (tracked in issue #${issue}); nothing was done`,
      );
    },
  };
}
