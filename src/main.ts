/**
 * The single bundle entry. `dist/<entry>/index.js` are two-line wrappers that call `main` with
 * their name, so the suite, the four stages and the CLI share one bundle (and one copy of the
 * PGlite and libpg-query assets) instead of six.
 */
import './shim.js';
import { processIo } from './cli/io.js';
import { run } from './cli/run.js';
import { closeEmbedded } from './db/index.js';

export type Entry = 'cli' | 'suite' | 'neon-branch' | 'migrate' | 'drift-check' | 'lint-gate';

export async function main(entry: Entry): Promise<void> {
  let code: number;
  try {
    if (entry === 'cli') {
      code = await run(process.argv.slice(2), processIo());
    } else {
      const { runStageEntry } = await import('./stages/entries.js');
      code = await runStageEntry(entry);
    }
  } finally {
    await closeEmbedded().catch(() => {});
  }
  // Set the exit code at the very edge, after pools and PGlite are closed; never process.exit.
  process.exitCode = code;
}

/**
 * JSON Schema of schemagate.yml, written to schemagate.schema.json by the build. Loaded on demand:
 * a static re-export would load zod and build the schema on every start (`--version` included).
 */
export async function configJsonSchema(): Promise<unknown> {
  return (await import('./core/config/jsonSchema.js')).configJsonSchema();
}
