/**
 * The schema of schemagate.yml. Every key has a default; unknown keys are rejected. The same
 * schema is published as JSON Schema (schemagate.schema.json) so editors can complete the file.
 */
import { z } from 'zod';
import { RISK_LEVELS, type RiskLevel } from './riskLevels.js';

// zod compiles a fast path for each object schema (new Function) on its first parse; the config
// is parsed once per process, so the compile costs more than it saves (lint of one file: ~3 ms).
z.config({ jitless: true });

export { RISK_LEVELS, type RiskLevel };

export const MIGRATION_FORMATS = ['auto', 'atlas', 'golang-migrate', 'dbmate', 'flyway', 'plain'] as const;
export type MigrationFormat = (typeof MIGRATION_FORMATS)[number];

const duration = z
  .union([
    z.string().regex(/^\d+(ms|s|min|m|h|d)?$/, 'a duration such as 500ms, 5s, 2min, 1h, 7d'),
    z.number().int().min(0),
  ])
  .describe('A duration: a number of milliseconds or a string such as 5s, 2min, 1h, 7d.');

const regexString = z.string().superRefine((s, ctx) => {
  try {
    new RegExp(s);
  } catch (err) {
    ctx.addIssue({
      code: 'custom',
      message: `invalid regular expression ${JSON.stringify(s)}: ${(err as Error).message}`,
    });
  }
});

const principals = z
  .array(z.string().regex(/^@?[A-Za-z0-9-]+(\/[A-Za-z0-9_.-]+)?$/, 'a GitHub login or an org/team slug'))
  .default([])
  .describe('GitHub logins (user) or team slugs (org/team) whose approval counts.');

/** One group of governance.approvers: a team, a list of users, or the code owners of the changed files. */
const approverGroup = z
  .union([
    z.strictObject({
      team: z
        .string()
        .regex(/^@?[A-Za-z0-9-]+\/[A-Za-z0-9_.-]+$/, 'an org/team slug such as acme/data-platform'),
    }),
    z.strictObject({
      users: z
        .array(z.string().regex(/^@?[A-Za-z0-9][A-Za-z0-9-]*$/, 'a GitHub login'))
        .min(1, 'at least one login'),
    }),
    z.strictObject({ owners: z.literal(true) }),
  ])
  .describe(
    '{team: org/slug}, {users: [login, ...]} or {owners: true} (CODEOWNERS of the changed schema and migration files; lint.owners overrides).',
  );

const approvalRule = z.strictObject({
  count: z.number().int().min(0).default(1).describe('How many approvals are needed.'),
  from: principals,
  distinct_teams: z
    .boolean()
    .default(false)
    .describe('Dual approval: each approval must come from a different entry of `from`.'),
});

const migrations = z.preprocess(
  (v) => (typeof v === 'string' ? { dir: v } : v),
  z
    .strictObject({
      dir: z.string().min(1).default('db/migrations').describe('Directory of versioned migrations.'),
      format: z.enum(MIGRATION_FORMATS).default('auto'),
      revisions_schema: z
        .string()
        .min(1)
        .default('public')
        .describe('Schema of the schemagate_revisions table.'),
      allow_out_of_order: z.boolean().default(false),
      lock_timeout: duration.default('10s').describe('lock_timeout set for every migration statement.'),
      statement_timeout: duration
        .default(0)
        .describe('statement_timeout for every migration statement (0 = none).'),
      advisory_lock_timeout: duration.default('60s').describe('How long a second run waits for the first.'),
      require_down: z
        .boolean()
        .default(false)
        .describe(
          'Every new migration needs a down part (lint finding otherwise; exempt with `-- schemagate:no-down <reason>`), and its round trip is verified.',
        ),
      verify_down: z
        .boolean()
        .default(false)
        .describe('Verify the round trip (up, down, up) of each new migration on the pull request database.'),
    })
    .prefault({}),
);

export const configSchema = z
  .strictObject({
    schema: z.string().min(1).optional().describe('Directory of declarative *.sql files: the desired state.'),
    migrations,
    dev_url: z
      .string()
      .min(1)
      .optional()
      .describe('A disposable database to normalise the declared schema (default: embedded PGlite).'),
    mode: z.enum(['canary', 'strict']).default('canary'),
    ignore: z
      .strictObject({
        publications: z
          .boolean()
          .default(false)
          .describe(
            'Leave publications out of every comparison (diff, new, inspect, drift, check): e.g. replication set up outside the declared schema.',
          ),
        default_privileges: z
          .boolean()
          .default(false)
          .describe('Leave default privileges (ALTER DEFAULT PRIVILEGES) out of every comparison.'),
      })
      .prefault({})
      .describe('Object kinds that are never read, compared or planned.'),
    drift: z
      .strictObject({
        ignore_tables: z.array(regexString).default([]),
        critical_tables: z.array(z.string().min(1)).default([]),
        schemas: z.array(z.string().min(1)).default([]),
        baseline: z.string().min(1).optional(),
        bypass_label: z.string().min(1).default('schemagate:emergency-bypass'),
        metrics: z.string().min(1).optional().describe('Path of a Prometheus text file to write.'),
        pairs: z
          .array(
            z
              .string()
              .regex(
                /^(declared|replayed|live|baseline):(declared|replayed|live|baseline)$/,
                'a pair such as replayed:live',
              ),
          )
          .default([])
          .describe(
            'Pairs of states to compare (reference:checked); empty: declared:replayed, replayed:live with a URL, baseline:live (or baseline:replayed).',
          ),
        strict_blocks: z
          .enum(['breaking', 'any'])
          .default('breaking')
          .describe('What strict mode blocks: breaking differences only (default), or any difference.'),
        new_table_notify: z
          .array(z.string().regex(/^@?[A-Za-z0-9][A-Za-z0-9-]*(\/[A-Za-z0-9._-]+)?$/, 'a login or org/team'))
          .default([])
          .describe('Users or org/teams mentioned in the comment when a new table appears (e.g. the DBA).'),
      })
      .prefault({}),
    lint: z
      .strictObject({
        rules: z.record(z.string(), z.enum([...RISK_LEVELS, 'off'])).default({}),
        approvals: z
          .strictObject({
            low: approvalRule.prefault({ count: 0 }),
            medium: approvalRule.prefault({ count: 1 }),
            high: approvalRule.prefault({ count: 1 }),
            critical: approvalRule.prefault({ count: 1 }),
          })
          .prefault({}),
        owners: z
          .record(regexString, principals)
          .default({})
          .describe('Table name pattern -> owners whose sign-off critical changes need.'),
        pg_version: z
          .number()
          .int()
          .min(10)
          .max(19)
          .default(15)
          .describe('Major version of the production server.'),
        large_table_rows: z.number().int().min(0).default(1_000_000),
        enforce: z
          .boolean()
          .default(true)
          .describe(
            'true (default): a finding that needs approval fails the gate until approved, in every mode. false: report-only rollout; statuses and comments say "not enforced".',
          ),
        assume_in_transaction: z
          .boolean()
          .default(false)
          .describe(
            'The tool that applies migrations wraps each file in a transaction: lint as if every transactional file were inside BEGIN ... COMMIT.',
          ),
      })
      .prefault({}),
    neon: z
      .strictObject({
        project_id: z.string().min(1).optional(),
        parent_branch: z.string().min(1).optional(),
        branch_name: z.string().min(1).default('preview/pr-{number}'),
        expires_in: duration.default('7d'),
        database: z.string().min(1).default('neondb'),
        role: z.string().min(1).default('neondb_owner'),
      })
      .prefault({}),
    audit: z.strictObject({ log: z.string().min(1).optional() }).prefault({}),
    governance: z
      .strictObject({
        canary_window: duration
          .default('48h')
          .describe(
            'How long the config must have been in canary before a promotion to strict: measured from the commit that set canary and from the first canary run in the validation history, whichever is later.',
          ),
        approvers: z
          .array(approverGroup)
          .default([])
          .describe(
            'Groups that must each approve a promotion to strict (one approval from each group, by different people); empty: two approvals from distinct reviewers.',
          ),
        history_url: z
          .string()
          .min(1)
          .optional()
          .describe(
            'Database of the validation history (schemagate_validations): $NAME reads the URL from that environment variable; default: the live database the drift check reads.',
          ),
      })
      .prefault({}),
    metrics: z
      .strictObject({
        prefix: z
          .string()
          .regex(/^[a-zA-Z_:][a-zA-Z0-9_:]*$/, 'a Prometheus metric name prefix such as seamless')
          .default('schemagate')
          .describe('First word of every metric name (e.g. seamless_schema_validation_failures_total).'),
      })
      .prefault({}),
    release: z
      .strictObject({
        restore_point: z
          .enum(['auto', 'true', 'false'])
          .default('auto')
          .describe(
            'Create a Neon restore point before migrating production: auto = on push to the default branch when Neon is configured.',
          ),
        restore_point_expires_in: duration
          .default('7d')
          .describe('Lifetime of a restore point branch (at most 30 days; 0 = no expiry).'),
        production_branch: z
          .string()
          .min(1)
          .optional()
          .describe("Neon branch (name or id) of production; default: the project's default branch."),
        events_table: z
          .string()
          .min(1)
          .default('schemagate_release_events')
          .describe(
            'Table (in migrations.revisions_schema) where rollbacks and failed releases are recorded for DORA figures.',
          ),
      })
      .prefault({}),
  })
  .describe('schemagate.yml: configuration of the schemagate suite and CLI.');

export type Config = z.output<typeof configSchema>;
