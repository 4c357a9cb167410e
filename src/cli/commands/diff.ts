import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDeclaredSchema } from '../../core/catalog/declared.js';
import { type IntrospectOptions, ignoredKinds, withoutBookkeeping } from '../../core/catalog/index.js';
import type { Plan } from '../../core/diff/index.js';
import { InputError } from '../../core/errors.js';
import type { RenameHint, SchemaModel, UsingHint } from '../../core/model/types.js';
import { relabel } from '../../core/progress.js';
import { isConnectionString, looksLikeConnectionString } from '../../db/connectionTarget.js';
import { openDevDatabase } from '../../runtime/devDatabase.js';
import { introspectUrl } from '../../runtime/introspectUrl.js';
import { loadProjectLazily } from '../../runtime/projectCore.js';
import { listSqlFiles, parseSqlFiles, relativeTo } from '../../runtime/sqlFiles.js';
import type { Command } from '../command.js';
import type { CliIo } from '../io.js';
import { startProgress } from '../progress.js';

export interface LoadedSchema {
  readonly model: SchemaModel;
  readonly renames: readonly RenameHint[];
  readonly usings: readonly UsingHint[];
}

/**
 * A schema named on the command line: a connection URL is introspected; a directory of *.sql
 * files is applied to the dev database (embedded PGlite unless `devUrl`) and introspected there.
 * Two sources on the embedded database load one after the other (see loadBothSources).
 */
export async function loadSchemaSource(
  source: string,
  flag: string,
  cwd: string,
  devUrl: string | undefined,
  options: IntrospectOptions = {},
): Promise<LoadedSchema> {
  if (isConnectionString(source)) {
    return { model: await introspectUrl(source, 'schemagate-diff', options), renames: [], usings: [] };
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
    return await loadDeclaredSchema(dev.db, files, options);
  } finally {
    await dev.dispose();
  }
}

/** True when the source will be loaded on the embedded database (one per process). */
function usesEmbedded(source: string, devUrl: string | undefined): boolean {
  return !isConnectionString(source) && (!devUrl || devUrl === 'embedded' || devUrl === 'pglite');
}

/**
 * Loads both sides at once when they do not share the embedded database (which is one database
 * per process); both loads are settled before an error is thrown so nothing is left open.
 */
export async function loadBothSources(
  from: string,
  to: string,
  cwd: string,
  devUrl: string | undefined,
  options: IntrospectOptions | { readonly from: IntrospectOptions; readonly to: IntrospectOptions },
): Promise<[LoadedSchema, LoadedSchema]> {
  // One set of options for both sides, or one per side (progress names the side it reports on).
  const sides = 'from' in options ? options : { from: options, to: options };
  if (usesEmbedded(from, devUrl) && usesEmbedded(to, devUrl)) {
    const a = await loadSchemaSource(from, '--from', cwd, devUrl, sides.from);
    return [a, await loadSchemaSource(to, '--to', cwd, devUrl, sides.to)];
  }
  const [a, b] = await Promise.allSettled([
    loadSchemaSource(from, '--from', cwd, devUrl, sides.from),
    loadSchemaSource(to, '--to', cwd, devUrl, sides.to),
  ]);
  if (a.status === 'rejected') throw a.reason;
  if (b.status === 'rejected') throw b.reason;
  return [a.value, b.value];
}

/** Unsupported objects go to stderr too, so a script piping the SQL still sees them. */
export async function reportUnsupported(command: string, plan: Plan, io: CliIo): Promise<void> {
  if (plan.unsupported.length === 0) return;
  const { describeUnsupported } = await import('../../core/diff/index.js');
  for (const u of plan.unsupported) io.err(`schemagate ${command}: unsupported ${describeUnsupported(u)}`);
}

export const diffCommand: Command = {
  name: 'diff',
  summary: 'Print the SQL plan that turns one schema into another',
  usage:
    'schemagate diff --from <url|dir> --to <url|dir> [--concurrent-indexes] [--partial] [--config <file>]\n\n' +
    'A directory of *.sql files is loaded on the dev database (dev_url, default embedded PGlite).\n' +
    'Prints nothing when the schemas are equal. When a change cannot be planned the whole plan is\n' +
    'refused (exit 2, every unsupported change named); --partial prints the supported part instead,\n' +
    'marked PARTIAL PLAN. Migration-tool bookkeeping tables are left out.\n' +
    'Progress goes to standard error: a bar on a terminal, otherwise one line per phase (reading\n' +
    'each side, diffing, planning); standard output has only the SQL.\n' +
    'Exit codes: 0 ok, 2 bad input or a refused plan.',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        'concurrent-indexes': { type: 'boolean', default: false },
        partial: { type: 'boolean', default: false },
        config: { type: 'string', short: 'c' },
      },
      allowPositionals: false,
    });
    if (!values.from || !values.to)
      throw new InputError('both --from and --to are required (a postgres:// URL or a directory)');
    const project = await loadProjectLazily({ root: io.cwd, config: values.config, env: io.env });
    const devUrl = project.config.dev_url;
    const options = withoutBookkeeping(project.config.migrations.revisions_schema, {
      ignore: ignoredKinds(project.config.ignore),
    });
    const progress = startProgress(io, { quiet: false });
    // The planner loads while the catalogs are read (the process would otherwise wait on both).
    const planner = import('../../core/diff/index.js');
    planner.catch(() => {});
    let plan: Plan;
    let engine: Awaited<typeof planner>;
    try {
      const on = progress.onProgress;
      const [from, to] = await loadBothSources(values.from, values.to, io.cwd, devUrl, {
        from: { ...options, onProgress: relabel(on, (p) => `${p} (--from)`) },
        to: { ...options, onProgress: relabel(on, (p) => `${p} (--to)`) },
      });
      engine = await planner;
      plan = engine.planDiff(from.model, to.model, {
        concurrentIndexes: values['concurrent-indexes'],
        renames: to.renames,
        usings: to.usings,
        onProgress: on,
      });
    } finally {
      progress.stop();
    }
    engine.refuseUnsupported('diff', plan, values.partial ?? false);
    const sql = engine.renderPlanSql(plan);
    if (sql) io.out(sql);
    await reportUnsupported('diff', plan, io);
    return 0;
  },
};
