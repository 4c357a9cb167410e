import type { Command } from '../command.js';
import { auditCommand } from './audit.js';
import { baselineCommand } from './baseline.js';
import { checkCommand } from './check.js';
import { lintCommand } from './lint.js';
import { driftCommand } from './drift.js';
import { hashCommand } from './hash.js';
import { migrateCommand } from './migrate.js';
import { inspectCommand } from './inspect.js';
import { diffCommand } from './diff.js';
import { newCommand } from './new.js';

/** Every command of `schemagate`, in the order `--help` lists them. */
export const commands: readonly Command[] = [
  checkCommand,
  lintCommand,
  migrateCommand,
  driftCommand,
  diffCommand,
  newCommand,
  hashCommand,
  inspectCommand,
  baselineCommand,
  auditCommand,
];
