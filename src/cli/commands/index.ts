import type { Command } from '../command.js';
import { checkCommand } from './check.js';
import { notBuilt } from './notBuilt.js';

/** Every command of `schemagate`, in the order `--help` lists them. */
export const commands: readonly Command[] = [
  checkCommand,
  notBuilt('lint', 'Lint migrations for risky statements', 6),
  notBuilt('migrate', 'Apply, roll back or show versioned migrations', 5),
  notBuilt('drift', 'Compare declared schema, migrations, live database and baseline', 7),
  notBuilt('diff', 'Print the SQL plan that turns one schema into another', 4),
  notBuilt('new', 'Write the next migration from the declared schema', 4),
  notBuilt('hash', 'Rewrite the migration directory sum file (atlas.sum)', 5),
  notBuilt('inspect', 'Print the schema of a database or directory as JSON or SQL', 4),
  notBuilt('baseline', 'Check, update or refresh the drift baseline snapshot', 7),
  notBuilt('audit', 'Print or append the audit log entry for a mode change', 7),
];
