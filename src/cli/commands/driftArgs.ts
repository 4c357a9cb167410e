/** Argument parsing shared by `drift` and `baseline`: a parse error is bad input (exit 2), not a crash. */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { InputError } from '../../core/errors.js';

export function parseDriftArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
  command: string,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new InputError(`${(err as Error).message}; see schemagate ${command} --help`);
  }
}

export function parseDate(text: string | undefined, flag: string): Date | undefined {
  if (text === undefined) return undefined;
  const d = new Date(text);
  if (Number.isNaN(d.getTime()))
    throw new InputError(
      `${flag} must be an ISO date such as 2026-11-30T02:15:00Z, got ${JSON.stringify(text)}`,
    );
  return d;
}
