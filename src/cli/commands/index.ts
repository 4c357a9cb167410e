import type { Command } from '../command.js';

/**
 * Every command of `schemagate`, in the order `--help` lists them. Modules load on first use so
 * `schemagate --help` and each command start without parsing the code of all the others.
 */
export interface CommandEntry {
  readonly name: string;
  load(): Promise<Command>;
}

export const commands: readonly CommandEntry[] = [
  { name: 'check', load: async () => (await import('./check.js')).checkCommand },
  { name: 'lint', load: async () => (await import('./lint.js')).lintCommand },
  { name: 'migrate', load: async () => (await import('./migrate.js')).migrateCommand },
  { name: 'drift', load: async () => (await import('./drift.js')).driftCommand },
  { name: 'diff', load: async () => (await import('./diff.js')).diffCommand },
  { name: 'new', load: async () => (await import('./new.js')).newCommand },
  { name: 'hash', load: async () => (await import('./hash.js')).hashCommand },
  { name: 'inspect', load: async () => (await import('./inspect.js')).inspectCommand },
  { name: 'baseline', load: async () => (await import('./baseline.js')).baselineCommand },
  { name: 'audit', load: async () => (await import('./audit.js')).auditCommand },
  { name: 'metrics', load: async () => (await import('./metrics.js')).metricsCommand },
  { name: 'rollback', load: async () => (await import('./rollback.js')).rollbackCommand },
  { name: 'release-notes', load: async () => (await import('./releaseNotes.js')).releaseNotesCommand },
  { name: 'dora', load: async () => (await import('./dora.js')).doraCommand },
];
