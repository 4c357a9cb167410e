import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { migrateUp, migrationStatus } from '../../src/core/migrations/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';
import { exampleSet, options, repoRoot } from './helpers.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase('mig_adopt');
});
afterAll(async () => {
  await t.drop();
});
beforeEach(async () => {
  await t.db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
});

const withSsl = (url: string) => `${url}${url.includes('?') ? '&' : '?'}sslmode=disable`;

describe('adopting the applied state of another migration tool', () => {
  it('dbmate: a database migrated by the real dbmate is taken over without re-running anything', async () => {
    const dir = join(repoRoot, 'examples', 'migrations-dbmate', 'db', 'migrations');
    // Apply the first three with dbmate itself, then let schemagate take over.
    execFileSync(
      join(repoRoot, 'node_modules', '.bin', 'dbmate'),
      ['--url', withSsl(t.url), '--migrations-dir', dir, '--no-dump-schema', 'up'],
      {
        stdio: 'pipe',
      },
    );
    execFileSync(
      join(repoRoot, 'node_modules', '.bin', 'dbmate'),
      ['--url', withSsl(t.url), '--migrations-dir', dir, '--no-dump-schema', 'rollback'],
      {
        stdio: 'pipe',
      },
    );
    const set = exampleSet('dbmate');
    const status = await migrationStatus(t.db, options(set));
    expect(status.adopted).toEqual({ source: 'dbmate (schema_migrations)', count: 3 });
    expect(status.state.pending.map((m) => m.version)).toEqual(['20260126110000']);

    const report = await migrateUp(t.db, options(set));
    expect(report.adopted).toEqual({ source: 'dbmate (schema_migrations)', count: 3 });
    expect(report.applied.map((a) => a.version)).toEqual(['20260126110000']);
    const rows = await t.db.query<{ version: string; operation: string }>(
      'SELECT version, operation FROM schemagate_revisions ORDER BY version',
    );
    expect(rows.rows.map((r) => r.operation)).toEqual(['adopt', 'adopt', 'adopt', 'apply']);
  });

  it('golang-migrate: everything up to schema_migrations.version; a dirty database is refused', async () => {
    await t.db.exec(
      'CREATE TABLE schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL); INSERT INTO schema_migrations VALUES (2, true);',
    );
    const set = exampleSet('golang-migrate');
    await expect(migrateUp(t.db, options(set))).rejects.toThrow(
      'golang-migrate left this database dirty at version 2 (schema_migrations.dirty): a migration failed half-way.',
    );
    await t.db.exec('UPDATE schema_migrations SET dirty = false');
    await t.db.exec(
      "CREATE TABLE customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL); CREATE TYPE order_status AS ENUM ('pending'); CREATE TABLE orders (id bigint, customer_id bigint, total_cents int)",
    );
    const report = await migrateUp(t.db, options(set));
    expect(report.adopted?.count).toBe(2);
    expect(report.applied.map((a) => a.version)).toEqual(['3', '4']);
  });

  it('flyway: successful versioned rows of flyway_schema_history', async () => {
    await t.db.exec(`CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY, version varchar(50), description varchar(200), type varchar(20),
      script varchar(1000), checksum int, installed_by varchar(100), installed_on timestamp DEFAULT now(), execution_time int, success boolean);
      INSERT INTO flyway_schema_history VALUES (1, '1', 'create customers', 'SQL', 'V1__create_customers.sql', 1, 'x', now(), 1, true),
        (2, '2', 'create orders', 'SQL', 'V2__create_orders.sql', 1, 'x', now(), 1, false);
      CREATE TABLE customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);`);
    const status = await migrationStatus(t.db, options(exampleSet('flyway')));
    expect(status.adopted).toEqual({ source: 'Flyway (flyway_schema_history)', count: 1 });
    expect(status.state.pending.map((m) => m.version)).toEqual([
      '2',
      '2.1',
      '10',
      'R__customer_order_totals',
    ]);
  });

  it('atlas: fully applied rows of atlas_schema_revisions', async () => {
    await t.db.exec(`CREATE SCHEMA atlas_schema_revisions;
      CREATE TABLE atlas_schema_revisions.atlas_schema_revisions (version varchar PRIMARY KEY, description varchar, type bigint, applied bigint, total bigint,
        executed_at timestamptz, execution_time bigint, error text, error_stmt text, hash varchar, partial_hashes jsonb, operator_version varchar);
      INSERT INTO atlas_schema_revisions.atlas_schema_revisions (version, applied, total) VALUES ('20260105093000', 1, 1), ('20260112141500', 1, 2);`);
    const status = await migrationStatus(t.db, options(exampleSet('atlas')));
    expect(status.adopted).toEqual({
      source: 'Atlas (atlas_schema_revisions.atlas_schema_revisions)',
      count: 1,
    });
    await t.db.exec('DROP SCHEMA atlas_schema_revisions CASCADE');
  });
});
