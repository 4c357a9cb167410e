/**
 * Tables that migration tools keep for themselves (schemagate's own revision table and those of
 * the tools schemagate adopts). They are never part of the user's schema: diff, inspect, new,
 * drift and baseline all leave them out the same way, so no plan ever proposes
 * `DROP TABLE public.schemagate_revisions`.
 */
import type { IntrospectOptions } from './introspect.js';

/** Schemas that hold nothing but bookkeeping (Atlas keeps its revisions in a schema of their own). */
export const BOOKKEEPING_SCHEMAS: readonly string[] = ['atlas_schema_revisions'];

/** Bare table names, matched in any schema: the tools let users move them. */
const TOOL_TABLES = [
  'atlas_schema_revisions', // atlas (when given a schema of the user's)
  'schema_migrations', // golang-migrate, dbmate, Rails
  'flyway_schema_history', // flyway
  'goose_db_version', // goose
  '_prisma_migrations', // prisma migrate
  'knex_migrations', // knex
  'knex_migrations_lock',
  'databasechangelog', // liquibase
  'databasechangeloglock',
];

/** Qualified or bare names of the bookkeeping tables, for `drift.ignore_tables`-style filters. */
export function bookkeepingTableNames(revisionsSchema: string): string[] {
  return [
    `${revisionsSchema}.schemagate_revisions`,
    `${revisionsSchema}.schemagate_validations`, // the drift validation history
    ...TOOL_TABLES,
  ];
}

function exact(name: string): RegExp {
  return new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** Introspection options that leave the bookkeeping out, merged with the caller's own. */
export function withoutBookkeeping(
  revisionsSchema: string,
  options: IntrospectOptions = {},
): IntrospectOptions {
  return {
    ...options,
    excludeSchemas: [...(options.excludeSchemas ?? []), ...BOOKKEEPING_SCHEMAS],
    ignoreTables: [...(options.ignoreTables ?? []), ...bookkeepingTableNames(revisionsSchema).map(exact)],
  };
}

/** Config `ignore` as introspection options: the kinds never read, so never compared or planned. */
export function ignoredKinds(ignore: {
  readonly publications: boolean;
  readonly default_privileges: boolean;
}): NonNullable<IntrospectOptions['ignore']> {
  return { publications: ignore.publications, defaultPrivileges: ignore.default_privileges };
}
