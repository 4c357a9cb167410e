import { VERSION } from '../version.js';
import { commands } from './commands/index.js';

/**
 * Each command's `summary`, repeated here so `schemagate --help` loads no command module (~80 ms
 * of every `--help` otherwise). __tests__/cli/help.test.ts keeps them equal to the modules'.
 * A command missing here is still listed: its module is loaded for its summary.
 */
export const SUMMARIES: Readonly<Record<string, string>> = {
  check: 'Check a project locally: config, SQL, migrations, drift and lint on the embedded database',
  lint: 'Lint migrations for risky statements',
  migrate: 'Apply, roll back or show versioned migrations',
  drift: 'Compare declared schema, migrations, live database and baseline',
  diff: 'Print the SQL plan that turns one schema into another',
  new: 'Write the next migration from the declared schema',
  hash: 'Rewrite the migration directory sum file (atlas.sum)',
  inspect: 'Print the schema of a database or directory as JSON or SQL',
  baseline: 'Check, update or refresh the drift baseline snapshot',
  audit: 'Record a promotion to strict in the audit log, or verify the log',
  metrics: 'Cumulative drift metrics from the validation history',
  rollback: 'Roll back by down migrations to a version, or by a Neon restore of production',
  'release-notes': 'Markdown release notes of the schema changes between two refs, with a version suggestion',
  dora: 'DORA figures (deployment frequency, lead time, change failure rate, time to restore) as text and Prometheus',
};

export async function helpText(): Promise<string> {
  const listed: { name: string; summary: string }[] = [];
  // One at a time: jest's ESM loader trips over concurrent imports of shared modules.
  for (const c of commands)
    listed.push({ name: c.name, summary: SUMMARIES[c.name] ?? (await c.load()).summary });
  const width = Math.max(...listed.map((c) => c.name.length));
  return [
    `schemagate ${VERSION}: govern PostgreSQL schema changes`,
    '',
    'Usage: schemagate <command> [options]',
    '',
    'Commands:',
    ...listed.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options: --help, --version; `schemagate <command> --help` for a command.',
    'Exit codes: 0 ok, 1 a gate failed (findings, drift), 2 bad input or configuration.',
    '',
  ].join('\n');
}
