import { parseArgs } from 'node:util';
import { loadProject } from '../../runtime/project.js';
import { listSqlFiles, parseSqlFiles, relativeTo, requireDir } from '../../runtime/sqlFiles.js';
import type { Command } from '../command.js';

export const checkCommand: Command = {
  name: 'check',
  summary: 'Check a project locally: config, and every migration and schema file with the real parser',
  usage: 'schemagate check [dir] [--config <file>]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { config: { type: 'string', short: 'c' } },
      allowPositionals: true,
    });
    const project = loadProject({ root: positionals[0] ?? io.cwd, config: values.config, env: io.env });
    const { config } = project;
    const show = relativeTo(project.root);
    io.out(`config: ${project.configFile ?? 'defaults (no schemagate.yml)'}; mode: ${config.mode}`);

    const migrationsDir = project.path(config.migrations.dir);
    requireDir(migrationsDir, 'migrations.dir', project.configFile);
    const migrationFiles = await parseSqlFiles(listSqlFiles(migrationsDir), show);
    const migrationStatements = migrationFiles.reduce((n, f) => n + f.statements.length, 0);
    io.out(`migrations: ${show(migrationsDir)}: ${migrationFiles.length} files, ${migrationStatements} statements parsed`);

    if (config.schema) {
      const schemaDir = project.path(config.schema);
      requireDir(schemaDir, 'schema', project.configFile);
      const schemaFiles = await parseSqlFiles(listSqlFiles(schemaDir), show);
      const n = schemaFiles.reduce((k, f) => k + f.statements.length, 0);
      io.out(`schema: ${show(schemaDir)}: ${schemaFiles.length} files, ${n} statements parsed`);
    }
    io.out('check: ok');
    return 0;
  },
};
