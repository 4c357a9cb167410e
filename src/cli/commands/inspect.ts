/**
 * `schemagate inspect <url|dir>`: prints the schema model of a live database (read-only) or of a
 * directory of declared-schema files (applied to the dev database) as canonical JSON, or as the
 * SQL that creates it from nothing.
 */
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadDeclaredSchema } from '../../core/catalog/declared.js';
import { type IntrospectOptions, ignoredKinds, withoutBookkeeping } from '../../core/catalog/index.js';
import { planDiff, refuseUnsupported, renderPlanSql } from '../../core/diff/index.js';
import { InputError } from '../../core/errors.js';
import { canonicalJson, emptyModel, FULL, type SchemaModel } from '../../core/model/index.js';
import { quoteIdent } from '../../core/sql/index.js';
import { isConnectionString, looksLikeConnectionString } from '../../db/connectionTarget.js';
import { openDevDatabase } from '../../runtime/devDatabase.js';
import { introspectUrl } from '../../runtime/introspectUrl.js';
import { loadProject, type Project } from '../../runtime/project.js';
import { listSqlFiles, parseSqlFiles, relativeTo } from '../../runtime/sqlFiles.js';
import type { Command } from '../command.js';

export const inspectCommand: Command = {
  name: 'inspect',
  summary: 'Print the schema of a database or directory as JSON or SQL',
  usage: [
    'schemagate inspect [<url|dir>] [--format json|sql] [--schema <name> ...] [--config <file>]',
    '  <url>   postgres:// connection string: the live database is read, never changed',
    '  <dir>   directory of declared-schema *.sql files, applied to the dev database',
    '          (dev_url from schemagate.yml, or the embedded database); default: the `schema` key',
    '  --format json (default) prints the model as canonical JSON; sql prints CREATE statements',
    '  --schema limits the output to these schemas (repeatable)',
    '  --partial with --format sql: print the SQL even when some objects cannot be created by it',
    '          (marked PARTIAL PLAN); without it such a schema is refused, naming each object',
    'Migration-tool bookkeeping tables (schemagate_revisions, schema_migrations, ...) are left out.',
    'Exit codes: 0 printed, 2 bad input (unknown directory, SQL error with file:line:col, refused SQL).',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        format: { type: 'string', default: 'json' },
        schema: { type: 'string', multiple: true },
        config: { type: 'string', short: 'c' },
        partial: { type: 'boolean', default: false },
      },
      allowPositionals: true,
    });
    if (values.format !== 'json' && values.format !== 'sql') {
      throw new InputError(`--format: expected json or sql, got ${values.format}`);
    }
    if (positionals.length > 1)
      throw new InputError(`inspect takes one <url|dir>, got ${positionals.length}`);
    const project = loadProject({ root: io.cwd, config: values.config, env: io.env });
    const target = positionals[0] ?? project.config.schema;
    if (!target) {
      throw new InputError(
        'inspect: give a database URL or a schema directory (or set `schema` in schemagate.yml)',
      );
    }
    const options = withoutBookkeeping(project.config.migrations.revisions_schema, {
      includeSchemas: values.schema,
      ignore: ignoredKinds(project.config.ignore),
    });
    const model = isConnectionString(target)
      ? await inspectUrl(target, options)
      : await inspectDir(project, target, options);
    // An empty model for a schema that does not exist would read as "nothing there": say so.
    const missing = (values.schema ?? []).filter((name) => !(quoteIdent(name) in model.schemas));
    if (missing.length > 0) {
      throw new InputError(
        `inspect: no schema ${missing.map((m) => JSON.stringify(m)).join(', ')} in ${isConnectionString(target) ? 'the database' : target}`,
      );
    }
    if (values.format === 'json') {
      io.out(canonicalJson(model, FULL, 2));
    } else {
      // Every new database has `public`: starting from one that has it keeps the SQL runnable there.
      const start = emptyModel(model.serverVersion);
      const base = model.schemas.public ? { ...start, schemas: { public: model.schemas.public } } : start;
      const plan = planDiff(base, model);
      refuseUnsupported('inspect', plan, values.partial ?? false);
      io.out(renderPlanSql(plan) || '-- schemagate: the schema is empty');
    }
    return 0;
  },
};

function inspectUrl(url: string, options: IntrospectOptions): Promise<SchemaModel> {
  return introspectUrl(url, 'schemagate-inspect', options);
}

async function inspectDir(project: Project, dir: string, options: IntrospectOptions): Promise<SchemaModel> {
  const abs = project.path(dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) {
    throw new InputError(
      looksLikeConnectionString(dir)
        ? 'inspect: the argument is neither a postgres:// URL, key=value connection string nor a directory (its value is not shown)'
        : `inspect: ${dir} is neither a postgres:// URL nor a directory`,
    );
  }
  const files = await parseSqlFiles(listSqlFiles(abs), relativeTo(project.root));
  const dev = await openDevDatabase(project.config.dev_url);
  try {
    return (await loadDeclaredSchema(dev.db, files, options)).model;
  } finally {
    await dev.dispose();
  }
}
