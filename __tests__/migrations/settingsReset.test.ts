/** Each file starts from the configured settings, whatever an earlier file SET. */
import { randomBytes } from 'node:crypto';
import type { Db } from '../../src/core/db.js';
import { migrateUp } from '../../src/core/migrations/index.js';
import { closeEmbedded, openEmbedded } from '../../src/db/pgliteDb.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';
import { options, setOf } from './helpers.js';

let t: TestDatabase;
const role = `sg_reset_${randomBytes(4).toString('hex')}`;
beforeAll(async () => {
  t = await createTestDatabase('mig_reset');
});
afterAll(async () => {
  await t.db.exec(`DROP OWNED BY ${role}; DROP ROLE IF EXISTS ${role}`).catch(() => {});
  await t.drop();
  await closeEmbedded();
});

/** A file that fails unless the settings are the configured ones and the user is the connecting one. */
const check = (user: string, path: string) => `DO $$ BEGIN
  IF current_setting('statement_timeout') <> '0' THEN RAISE 'statement_timeout is %', current_setting('statement_timeout'); END IF;
  IF current_setting('lock_timeout') <> '4321ms' THEN RAISE 'lock_timeout is %', current_setting('lock_timeout'); END IF;
  IF current_setting('search_path') <> '${path.replace(/'/g, "''")}' THEN RAISE 'search_path is %', current_setting('search_path'); END IF;
  IF current_user <> '${user}' THEN RAISE 'current_user is %', current_user; END IF;
END $$;
CREATE TABLE later (id int);
`;

async function settingsDoNotLeak(db: Db, withRole: boolean): Promise<void> {
  const before = (
    await db.query<{ u: string; p: string }>("SELECT current_user AS u, current_setting('search_path') AS p")
  ).rows[0];
  const user = before.u;
  const set = setOf({
    '1_set.up.sql': [
      withRole ? `CREATE ROLE ${role}; GRANT CREATE ON SCHEMA public TO ${role}; SET ROLE ${role};` : '',
      "SET statement_timeout = '3s';",
      "SET lock_timeout = '1s';",
      'SET search_path = nowhere;',
      'CREATE TABLE public.first (id int);',
    ].join('\n'),
    '2_check.up.sql': check(user, before.p),
    '3_notx.up.sql': `-- schemagate:no-transaction\nSET search_path = elsewhere;\n${check(user, 'elsewhere').replace('CREATE TABLE later', 'CREATE TABLE public.never_mind')}`,
    '4_check.up.sql': check(user, before.p).replace('later', 'last'),
  });
  const r = await migrateUp(db, options(set, { lockTimeoutMs: 4321, statementTimeoutMs: 0 }));
  expect(r.failure).toBeUndefined();
  expect(r.applied.map((a) => a.version)).toEqual(['1', '2', '3', '4']);
  // Nor does the pooled connection keep them afterwards.
  const after = await db.query<{ p: string; u: string }>(
    "SELECT current_setting('search_path') AS p, current_user AS u",
  );
  expect(after.rows).toEqual([{ p: before.p, u: user }]);
}

it('PostgreSQL: statement_timeout, lock_timeout, search_path and role are reset between files', async () => {
  await settingsDoNotLeak(t.db, true);
});

it('PGlite: the same on the embedded database', async () => {
  await settingsDoNotLeak(await openEmbedded(), false);
}, 60_000);
