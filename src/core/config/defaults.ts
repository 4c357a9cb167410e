/**
 * The configuration used when the repository has no schemagate.yml: what the schema (schema.ts)
 * fills in for an empty file, written out so that a project without a config file never loads zod
 * or the YAML parser (~30 ms of every lint start). A test checks it against the schema's defaults.
 */
import type { Config } from './schema.js';

const DEFAULTS: Config = {
  migrations: {
    dir: 'db/migrations',
    format: 'auto',
    revisions_schema: 'public',
    allow_out_of_order: false,
    lock_timeout: '10s',
    statement_timeout: 0,
    advisory_lock_timeout: '60s',
    require_down: false,
    verify_down: false,
  },
  mode: 'canary',
  ignore: {
    publications: false,
    default_privileges: false,
  },
  drift: {
    ignore_tables: [],
    critical_tables: [],
    schemas: [],
    bypass_label: 'schemagate:emergency-bypass',
    pairs: [],
    strict_blocks: 'breaking',
    new_table_notify: [],
  },
  lint: {
    rules: {},
    approvals: {
      low: {
        count: 0,
        from: [],
        distinct_teams: false,
      },
      medium: {
        count: 1,
        from: [],
        distinct_teams: false,
      },
      high: {
        count: 1,
        from: [],
        distinct_teams: false,
      },
      critical: {
        count: 1,
        from: [],
        distinct_teams: false,
      },
    },
    owners: {},
    pg_version: 15,
    large_table_rows: 1000000,
    enforce: true,
    assume_in_transaction: false,
  },
  neon: {
    branch_name: 'preview/pr-{number}',
    expires_in: '7d',
    database: 'neondb',
    role: 'neondb_owner',
  },
  audit: {},
  governance: {
    canary_window: '48h',
    approvers: [],
  },
  metrics: {
    prefix: 'schemagate',
  },
  release: {
    restore_point: 'auto',
    restore_point_expires_in: '7d',
    events_table: 'schemagate_release_events',
  },
};

export function defaultConfig(): Config {
  // A fresh copy each time, as parsing gives: callers may build on it.
  return structuredClone(DEFAULTS);
}
