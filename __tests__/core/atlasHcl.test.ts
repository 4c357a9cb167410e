/** atlas.hcl zero config: the env block's src, dev and migration read; everything else reported. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atlasHclConfig } from '../../src/core/config/atlasHcl.js';
import { loadProject } from '../../src/runtime/project.js';

const HCL = `# Atlas project
variable "token" {
  type = string
}

env "local" {
  src = "file://schema.sql"
  url = "postgres://localhost:5432/app"
  dev = "docker://postgres/15/dev"
}

env "ci" {
  src = "file://db/schema"
  url = getenv("DATABASE_URL")
  dev = "postgres://postgres@127.0.0.1:5432/dev?sslmode=disable" // a real server
  migration {
    dir    = "file://db/migrations"
    format = golang-migrate
    revisions_schema = "public"
  }
  lint {
    review = ERROR
  }
}
`;

it('reads the ci env by default: schema, dev URL, migrations dir and format', () => {
  const r = atlasHclConfig(HCL, 'atlas.hcl');
  expect(r.env).toBe('ci');
  expect(r.config.schema).toBe('db/schema');
  expect(r.config.dev_url).toBe('postgres://postgres@127.0.0.1:5432/dev?sslmode=disable');
  expect(r.config.migrations).toMatchObject({ dir: 'db/migrations', format: 'golang-migrate' });
  expect(r.notes).toEqual([
    'atlas.hcl:2:1: variable "token" block is not read by schemagate',
    'atlas.hcl:14:3: env "ci".url is the target database: give it to schemagate as database-url (a secret), not in a file',
    'atlas.hcl:19:5: env "ci".migration.revisions_schema is not read by schemagate',
    'atlas.hcl:21:3: env "ci".lint block is not read by schemagate',
  ]);
});

it('reads a named env, defaults Atlas migrations to the atlas format, and reports a docker dev URL', () => {
  const r = atlasHclConfig(
    'env "local" {\n  src = "file://schema.sql"\n  dev = "docker://postgres/15/dev"\n  migration {\n    dir = "file://migrations"\n  }\n}\n',
    'atlas.hcl',
  );
  expect(r.env).toBe('local');
  expect(r.config.schema).toBe('schema.sql');
  expect(r.config.dev_url).toBeUndefined();
  expect(r.config.migrations).toMatchObject({ dir: 'migrations', format: 'atlas' });
  expect(r.notes).toEqual([
    'atlas.hcl:3:3: env "local".dev = "docker://postgres/15/dev" is not a postgres:// URL; the embedded database is used',
  ]);
  expect(atlasHclConfig(HCL, 'atlas.hcl', 'local').config.schema).toBe('schema.sql');
});

it('names the file, line and column for what it cannot read, and never guesses', () => {
  expect(() => atlasHclConfig(HCL, 'atlas.hcl', 'prod')).toThrow(
    'atlas.hcl: env "prod": no such env; the file has "local", "ci"',
  );
  expect(() => atlasHclConfig('env "a" {}\nenv "b" {}\n', 'atlas.hcl')).toThrow(
    'several env blocks ("a", "b") and none named "ci"',
  );
  expect(() => atlasHclConfig('env "ci" {\n  src = var.schema\n}\n', 'atlas.hcl')).toThrow(
    'atlas.hcl:2:9: env "ci".src: var.schema: only a file:// path can be read',
  );
  expect(() =>
    atlasHclConfig('env "ci" {\n  migration {\n    format = goose\n  }\n}\n', 'atlas.hcl'),
  ).toThrow('atlas.hcl:3:14: env "ci".migration.format: goose: not a format schemagate reads');
  expect(() => atlasHclConfig('env "ci" {\n  src = "file://x"\n', 'atlas.hcl')).toThrow(
    'missing } at the end of the file',
  );
});

it('a repository without schemagate.yml but with atlas.hcl gets its config from it', () => {
  const root = mkdtempSync(join(tmpdir(), 'sg-atlas-'));
  writeFileSync(join(root, 'atlas.hcl'), HCL);
  // The paths atlas.hcl names must exist, as those in schemagate.yml must (fail closed).
  mkdirSync(join(root, 'db/schema'), { recursive: true });
  mkdirSync(join(root, 'db/migrations'), { recursive: true });
  writeFileSync(join(root, 'schema.sql'), 'CREATE TABLE t (id int);\n');
  const project = loadProject({ root, env: {} });
  expect(project.configFile).toBeUndefined();
  expect(project.config.migrations.dir).toBe('db/migrations');
  expect(project.notes?.[0]).toBe('no schemagate.yml: read atlas.hcl, env "ci"');
  expect(loadProject({ root, env: { SCHEMAGATE_ATLAS_ENV: 'local' } }).config.schema).toBe('schema.sql');
  // schemagate.yml wins.
  mkdirSync(join(root, 'other'));
  writeFileSync(join(root, 'schemagate.yml'), 'migrations: other\n');
  expect(loadProject({ root, env: {} }).config.migrations.dir).toBe('other');
});
