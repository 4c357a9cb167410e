import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDeclaredSchema } from '../../core/catalog/declared.js';
import { introspect } from '../../core/catalog/index.js';
import { type Plan, planDiff, renderPlanSql } from '../../core/diff/index.js';
import { InputError } from '../../core/errors.js';
import type { RenameHint, SchemaModel } from '../../core/model/types.js';
import { isConnectionString, looksLikeConnectionString } from '../../db/connectionTarget.js';
import { connectPg } from '../../db/pgDb.js';
import { openDevDatabase } from '../../runtime/devDatabase.js';
import { loadProject } from '../../runtime/project.js';
import { listSqlFiles, parseSqlFiles, relativeTo } from '../../runtime/sqlFiles.js';
import type { Command } from '../command.js';
import type { CliIo } from '../io.js';

export interface LoadedSchema {
  readonly model: SchemaModel;
  readonly renames: readonly RenameHint[];
}

/**
 * A schema named on the command line: a connection URL is introspected; a directory of *.sql
 * files is applied to the dev database (embedded PGlite unless `devUrl`) and introspected there.
 * Callers load one source at a time: the embedded database is one database per process.
 */
export async function loadSchemaSource(
  source: string,
  flag: string,
  cwd: string,
  devUrl: string | undefined,
): Promise<LoadedSchema> {
  if (isConnectionString(source)) {
    const db = connectPg(source, { applicationName: 'schemagate-diff', max: 1 });
    try {
      return { model: await introspect(db), renames: [] };
    } finally {
      await db.close();
    }
  }
  const dir = resolve(cwd, source);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new InputError(
      looksLikeConnectionString(source)
        ? `${flag}: not a postgres:// URL, key=value connection string or directory of *.sql files (its value is not shown)`
        : `${flag} ${source}: not a postgres:// URL or a directory of *.sql files`,
    );
  }
  const files = await parseSqlFiles(listSqlFiles(dir), relativeTo(cwd));
  const dev = await openDevDatabase(devUrl);
  try {
    return await loadDeclaredSchema(dev.db, files);
  } finally {
    await dev.dispose();
  }
}

/** Unsupported objects go to stderr too, so a script piping the SQL still sees them. */
export function reportUnsupported(command: string, plan: Plan, io: CliIo): void {
  for (const u of plan.unsupported)
    io.err(`schemagate ${command}: unsupported ${u.kind} ${u.name}: ${u.reason}`);
}

export const diffCommand: Command = {
  name: 'diff',
  summary: 'Print the SQL plan that turns one schema into another',
  usage:
    'schemagate diff --from <url|dir> --to <url|dir> [--concurrent-indexes] [--config <file>]\n\n' +
    'A directory of *.sql files is loaded on the dev database (dev_url, default embedded PGlite).\n' +
    'Prints nothing when the schemas are equal. Exit codes: 0 ok, 2 bad input.',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        'concurrent-indexes': { type: 'boolean', default: false },
        config: { type: 'string', short: 'c' },
      },
      allowPositionals: false,
    });
    if (!values.from || !values.to)
      throw new InputError('both --from and --to are required (a postgres:// URL or a directory)');
    const project = loadProject({ root: io.cwd, config: values.config, env: io.env });
    const devUrl = project.config.dev_url;
    const from = await loadSchemaSource(values.from, '--from', io.cwd, devUrl);
    const to = await loadSchemaSource(values.to, '--to', io.cwd, devUrl);
    const plan = planDiff(from.model, to.model, {
      concurrentIndexes: values['concurrent-indexes'],
      renames: to.renames,
    });
    const sql = renderPlanSql(plan);
    if (sql) io.out(sql);
    reportUnsupported('diff', plan, io);
    return 0;
  },
};
