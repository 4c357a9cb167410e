/**
 * Builds the schema states the drift check compares, one at a time: the embedded dev database is
 * one database per process and each open resets it, so a state is built, read into a model and
 * released before the next one starts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadDeclaredSchema } from '../core/catalog/declared.js';
import {
  bookkeepingTableNames,
  BOOKKEEPING_SCHEMAS as CORE_BOOKKEEPING_SCHEMAS,
  ignoredKinds,
  introspect,
} from '../core/catalog/index.js';
import type { Db } from '../core/db.js';
import { parseBaseline } from '../core/drift/baseline.js';
import type { DriftState } from '../core/drift/types.js';
import { ConfigError } from '../core/errors.js';
import { readMigrationSet, replayMigrations } from '../core/migrations/index.js';
import type { SchemaModel } from '../core/model/types.js';
import { openDevDatabase } from './devDatabase.js';
import { readMigrationDir } from './migrationDir.js';
import type { Project } from './project.js';
import { listSqlFiles, parseSqlFiles, relativeTo, requireDir } from './sqlFiles.js';

export interface DriftSources {
  readonly project: Project;
  /** dev_url: where the declared schema and the migrations are built; undefined: embedded PGlite. */
  readonly devUrl?: string;
  /** The live database, read only (introspection only). */
  readonly liveUrl?: string;
  /** Baseline file, relative to the project root or absolute. */
  readonly baselinePath?: string;
  readonly openDb: (url: string | undefined) => Promise<Db>;
}

/** Schemas that only hold migration-tool bookkeeping, never part of the compared schema. */
export const BOOKKEEPING_SCHEMAS = [...CORE_BOOKKEEPING_SCHEMAS];

/** Migration-tool bookkeeping tables: one list (src/core/catalog/bookkeeping.ts) for every command. */
export function bookkeepingTables(project: Project): string[] {
  return bookkeepingTableNames(project.config.migrations.revisions_schema);
}

function introspectOptions(project: Project) {
  const schemas = project.config.drift.schemas;
  return {
    includeSchemas: schemas.length > 0 ? schemas : undefined,
    excludeSchemas: BOOKKEEPING_SCHEMAS,
    ignore: ignoredKinds(project.config.ignore),
  };
}

export async function declaredState(src: DriftSources): Promise<SchemaModel> {
  const { project } = src;
  if (!project.config.schema) {
    throw new ConfigError(
      project.configFile ?? 'schemagate.yml',
      'schema',
      'the declared state needs `schema:` (a directory of *.sql files)',
    );
  }
  const dir = project.path(project.config.schema);
  requireDir(dir, 'schema', project.configFile);
  const files = await parseSqlFiles(listSqlFiles(dir), relativeTo(project.root));
  const dev = await openDevDatabase(src.devUrl);
  try {
    return (await loadDeclaredSchema(dev.db, files, introspectOptions(project))).model;
  } finally {
    await dev.dispose();
  }
}

export async function replayedState(src: DriftSources): Promise<SchemaModel> {
  const { project } = src;
  const dir = project.path(project.config.migrations.dir);
  const set = readMigrationSet(
    readMigrationDir(dir, project.configFile),
    project.config.migrations.format,
    project.display(dir),
  );
  const dev = await openDevDatabase(src.devUrl);
  try {
    await replayMigrations(dev.db, set);
    return await introspect(dev.db, introspectOptions(project));
  } finally {
    await dev.dispose();
  }
}

export async function liveState(src: DriftSources): Promise<SchemaModel> {
  if (!src.liveUrl)
    throw new ConfigError(
      src.project.configFile ?? 'schemagate.yml',
      'database-url',
      'the live state needs a database URL',
    );
  const db = await src.openDb(src.liveUrl);
  try {
    return await introspect(db, introspectOptions(src.project));
  } finally {
    await db.close();
  }
}

export function baselineState(src: DriftSources): SchemaModel {
  const file = src.baselinePath ?? src.project.config.drift.baseline;
  if (!file)
    throw new ConfigError(
      src.project.configFile ?? 'schemagate.yml',
      'drift.baseline',
      'the baseline state needs drift.baseline or --baseline',
    );
  const path = src.project.path(file);
  if (!existsSync(path)) {
    throw new ConfigError(
      src.project.display(path),
      '',
      'baseline file not found; write it with `schemagate baseline update`',
    );
  }
  const model = parseBaseline(readFileSync(path, 'utf8'), src.project.display(path)).model;
  // A baseline written before `ignore` was set still holds the kinds the other states leave out.
  const ignore = src.project.config.ignore;
  return {
    ...model,
    publications: ignore.publications ? {} : model.publications,
    defaultPrivileges: ignore.default_privileges ? {} : model.defaultPrivileges,
  };
}

/** Builds each needed state in turn (declared, replayed, live, baseline). */
export async function buildStates(
  needed: ReadonlySet<DriftState>,
  src: DriftSources,
): Promise<Partial<Record<DriftState, SchemaModel>>> {
  const out: Partial<Record<DriftState, SchemaModel>> = {};
  if (needed.has('baseline')) out.baseline = baselineState(src);
  if (needed.has('declared')) out.declared = await declaredState(src);
  if (needed.has('replayed')) out.replayed = await replayedState(src);
  if (needed.has('live')) out.live = await liveState(src);
  return out;
}
