import type { Command } from '../command.js';
import { auditCommand } from './audit.js';
import { baselineCommand } from './baseline.js';
import { checkCommand } from './check.js';
import { lintCommand } from './lint.js';
import { driftCommand } from './drift.js';
import { hashCommand } from './hash.js';
import { migrateCommand } from './migrate.js';
import { inspectCommand } from './inspect.js';
import { notBuilt } from './notBuilt.js';

/** Every command of `schemagate`, in the order `--help` lists them. */
export const commands: readonly Command[] = [
  checkCommand,
  lintCommand,
  migrateCommand,
  driftCommand,
  notBuilt('diff', 'Print the SQL plan that turns one schema into another', 4),
  notBuilt('new', 'Write the next migration from the declared schema', 4),
  hashCommand,
  inspectCommand,
  baselineCommand,
  auditCommand,
];
