// Single source of the inputs and outputs of every action. `npm run bundle` regenerates each
// action.yml from this file, and CI fails when the committed files differ.

// One meaning per input across every action (the suite passes one set of inputs to all stages);
// __tests__/contract/actions.test.ts fails when a name has two descriptions.
const databaseUrl = {
  description:
    "The pull request's database (masked): migrate applies pending migrations to it, drift-check compares it, lint-gate reads row counts from it read-only. In the suite with neon-branch it is the Neon branch and must be left empty.",
  default: '',
};

const statsDatabaseUrl = {
  description:
    'Production database for row counts only (masked): opened read-only (default_transaction_read_only, a READ ONLY transaction), never migrated.',
  default: '',
};

const stagesInput = {
  description:
    'Comma-separated stages enabled in this workflow, in pipeline order: neon-branch, migrate, drift-check, lint-gate. When a stage fails, every later enabled stage is set to error ("skipped: <stage> failed").',
  default: 'neon-branch,migrate,drift-check,lint-gate',
};

const common = {
  'working-directory': { description: 'Repository root that holds schemagate.yml.', default: '.' },
  config: {
    description:
      'Path of the config file, relative to working-directory. Default: schemagate.yml when it exists, else the built-in defaults; a path given here must exist.',
    default: '',
  },
  'github-token': {
    description:
      'Token for commit statuses, the PR comment, reviews and files. Needs statuses: write, pull-requests: write.',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JS template.
    default: '${{ github.token }}',
  },
  'comment-author': {
    description:
      "Login that writes the PR comment, to match exactly that author; default: the token's own login, or any Bot account for an installation token.",
    default: '',
  },
  'atlas-env': {
    description: 'Without schemagate.yml: the env block of atlas.hcl to read (default: ci, or the only one).',
    default: '',
  },
  mode: {
    description:
      'Drift governance: canary (report, never block) or strict (block). Overrides schemagate.yml and SCHEMAGATE_MODE. The lint gate blocks in every mode unless lint.enforce is false.',
    default: '',
  },
  stages: stagesInput,
};

const neonInputs = {
  'neon-api-key': {
    description: 'Neon API key (pass a secret). Required unless action is skipped.',
    default: '',
  },
  'neon-project-id': {
    description: 'Neon project id; defaults to neon.project_id in schemagate.yml.',
    default: '',
  },
  'neon-action': {
    description:
      'create (default), delete (on PR close), reset (back to the parent) or cleanup (closed and expired branches).',
    default: 'create',
  },
  'branch-id': {
    description: "delete and reset: this branch id instead of the PR's branch (as Neon's actions take it).",
    default: '',
  },
  database: {
    description: 'Database of the connection URI; defaults to neon.database (neondb).',
    default: '',
  },
  role: { description: 'Role of the connection URI; defaults to neon.role (neondb_owner).', default: '' },
  'expires-at': {
    description: 'Absolute expiry of a new branch (RFC 3339, at most 30 days ahead), instead of expires-in.',
    default: '',
  },
  'suspend-timeout': {
    description:
      "Seconds of inactivity before the branch's compute suspends: -1 never, 0 Neon's default, 60-604800.",
    default: '',
  },
  'init-source': {
    description:
      "parent-data (default) or schema-only: the parent's schema without its data, for PRs that must not see production data.",
    default: '',
  },
  'parent-branch': {
    description: 'Parent branch name or id; defaults to neon.parent_branch, else the project default.',
    default: '',
  },
  'branch-name': {
    description: 'Branch name template; {number} is the PR number. Defaults to neon.branch_name.',
    default: '',
  },
  'expires-in': {
    description: 'Branch lifetime such as 7d (at most 30 days). Defaults to neon.expires_in.',
    default: '',
  },
  reset: {
    description:
      'auto: on a PR, when its own migrations were edited since they were applied to its database or the base gained migrations, reset its Neon branch from the parent (migrate without Neon: roll its files back with their down parts) and apply them again; true: always reset; false: never.',
    default: 'auto',
  },
  'api-host': {
    description: 'Neon API base URL (self-hosted or test endpoint).',
    default: 'https://console.neon.tech/api/v2',
  },
};

const migrateInputs = {
  'database-url': databaseUrl,
  reset: neonInputs.reset,
  dir: { description: 'Migrations directory; defaults to migrations.dir in schemagate.yml.', default: '' },
  format: {
    description: 'auto, atlas, golang-migrate, dbmate, flyway or plain; defaults to migrations.format.',
    default: '',
  },
  'dry-run': { description: 'true to print what would run and change nothing.', default: 'false' },
  'baseline-version': {
    description: 'Mark every migration up to this version as applied without running it.',
    default: '',
  },
  'lock-timeout': {
    description: 'lock_timeout per statement, e.g. 10s; defaults to migrations.lock_timeout.',
    default: '',
  },
  'statement-timeout': {
    description: 'statement_timeout per statement; defaults to migrations.statement_timeout.',
    default: '',
  },
};

// Release safety (restore point before production); the Neon inputs are shared with neon-branch.
const releaseInputs = {
  'restore-point': {
    description:
      'auto (on push: a Neon restore point of production before migrating), true or false; defaults to release.restore_point.',
    default: '',
  },
  'restore-point-expires-in': {
    description:
      'Lifetime of the restore point branch, e.g. 7d (at most 30 days); defaults to release.restore_point_expires_in.',
    default: '',
  },
  'production-branch': {
    description:
      "Neon branch (name or id) that production runs on; defaults to release.production_branch, else the project's default branch.",
    default: '',
  },
};

const driftInputs = {
  'database-url': databaseUrl,
  'dev-url': {
    description: 'Disposable database for normalising the declared schema; default embedded PGlite.',
    default: '',
  },
  baseline: { description: 'Baseline snapshot JSON; defaults to drift.baseline.', default: '' },
  'report-path': {
    description: 'Where to write the JSON validation report.',
    default: 'schemagate-drift.json',
  },
  'metrics-path': {
    description: 'Where to write Prometheus metrics; defaults to drift.metrics.',
    default: '',
  },
};

const lintInputs = {
  'database-url': databaseUrl,
  'stats-database-url': statsDatabaseUrl,
  'pg-version': {
    description: 'Major version of the production server; defaults to lint.pg_version.',
    default: '',
  },
  'sarif-path': {
    description: 'Where to write the SARIF report for code scanning.',
    default: 'schemagate-lint.sarif',
  },
  // Not `report-path`: the suite passes one set of inputs to every stage, and drift-check has that one.
  'lint-report-path': {
    description: 'Where to write the JSON lint report.',
    default: 'schemagate-lint.json',
  },
};

export const actions = {
  'neon-branch': {
    dir: 'actions/neon-branch',
    name: 'schemagate neon-branch',
    description: 'Create (or reuse, reset, delete, clean up) a Neon database branch for a pull request.',
    inputs: { ...common, ...neonInputs },
    outputs: {
      'database-url':
        'Direct connection URI of the branch (masked in logs); what migrations use (advisory locks need a session).',
      'database-url-pooled':
        'Pooled (PgBouncer, -pooler host) connection URI (masked); for the application, not migrations.',
      'database-host': 'Host of the direct URI.',
      'database-host-pooled': 'Host of the pooled URI.',
      password: "The role's password (masked).",
      'branch-id': 'Neon branch id.',
      'branch-name': 'Neon branch name.',
      created: 'true when the branch was created by this run, false when reused.',
    },
  },
  migrate: {
    dir: 'actions/migrate',
    name: 'schemagate migrate',
    description:
      'Apply pending versioned migrations safely, exactly once, with a per-file transaction and an advisory lock.',
    inputs: {
      ...common,
      ...migrateInputs,
      baseline: {
        description:
          'Deprecated: use baseline-version. Read by migrate only when it runs alone; everywhere else baseline is the drift snapshot path.',
        default: '',
        deprecated: true,
      },
      ...releaseInputs,
      'neon-api-key': neonInputs['neon-api-key'],
      'neon-project-id': neonInputs['neon-project-id'],
      'api-host': neonInputs['api-host'],
    },
    outputs: {
      applied: 'Number of migrations applied by this run.',
      'current-version': 'Version of the last applied migration.',
      pending: 'Number of migrations still pending (after a dry run, what would run).',
      'restore-point-branch-id': 'Id of the Neon restore point branch taken before migrating, when one was.',
      'restore-point-branch-name': 'Name of the restore point branch (restore/<target>/<version>-<sha>).',
    },
  },
  'drift-check': {
    dir: 'actions/drift-check',
    name: 'schemagate drift-check',
    description:
      'Compare the declared schema, the migrations, a live database and a baseline; report and gate on drift.',
    inputs: { ...common, ...driftInputs },
    outputs: {
      drift: 'true when any drift was found.',
      'report-path': 'Path of the JSON validation report.',
      'metrics-path': 'Path of the Prometheus metrics file, when written.',
    },
  },
  'lint-gate': {
    dir: 'actions/lint-gate',
    name: 'schemagate lint-gate',
    description:
      'Classify the risk of every new migration statement and require approvals for dangerous changes.',
    inputs: { ...common, ...lintInputs },
    outputs: {
      findings: 'Number of findings.',
      'highest-risk': 'Highest risk level found (none, low, medium, high, critical).',
      approved: 'true when every finding has the approvals it needs.',
      'sarif-path': 'Path of the SARIF report.',
      'lint-report-path': 'Path of the JSON lint report.',
    },
  },
  suite: {
    dir: '.',
    name: 'schemagate',
    description:
      'Per-PR Neon branch, migrations, drift check and risk-based lint gate for PostgreSQL schema changes.',
    inputs: {
      ...common,
      ...neonInputs,
      ...migrateInputs,
      ...releaseInputs,
      ...driftInputs,
      ...lintInputs,
    },
    outputs: {
      'branch-id': 'Neon branch id, when neon-branch ran.',
      applied: 'Number of migrations applied.',
      drift: 'true when drift was found.',
      'highest-risk': 'Highest lint risk level found.',
      approved: 'true when the lint gate is satisfied.',
    },
  },
};
