import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ATLAS_SUM, writeAtlasSum } from '../../core/migrations/index.js';
import { loadMigrationSet } from '../../runtime/migrationDir.js';
import { loadProject } from '../../runtime/project.js';
import type { Command } from '../command.js';

export const hashCommand: Command = {
  name: 'hash',
  summary: 'Rewrite the migration directory sum file (atlas.sum)',
  usage:
    'schemagate hash [--dir <dir>] [--format <format>] [--config <file>]\n\nWrites atlas.sum exactly as `atlas migrate hash` does, for any directory format.\nExit codes: 0 written, 2 bad input (no such directory, an unreadable format).',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        dir: { type: 'string' },
        format: { type: 'string' },
        config: { type: 'string', short: 'c' },
      },
    });
    const project = loadProject({ root: io.cwd, config: values.config, env: io.env });
    // Reading the set first refuses a directory that mixes formats or repeats a version.
    const set = loadMigrationSet(project, { dir: values.dir, format: values.format });
    const dir = project.path(values.dir || project.config.migrations.dir);
    const text = writeAtlasSum(set.sqlFiles);
    const changed = set.sum?.text !== text;
    if (changed) writeFileSync(join(dir, ATLAS_SUM), text);
    io.out(
      `${project.display(join(dir, ATLAS_SUM))}: ${changed ? 'written' : 'already up to date'} (${set.sqlFiles.length} files)`,
    );
    return 0;
  },
};
