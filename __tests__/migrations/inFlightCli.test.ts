/** `schemagate migrate` stops on an in-flight statement with exit 1; `migrate resolve` settles it. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cliRunner.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';
import { setOf } from './helpers.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase('mig_resolve');
});
afterAll(async () => {
  await t.drop();
});

const FILE = '-- schemagate:no-transaction\nINSERT INTO ins VALUES (1);\nINSERT INTO ins VALUES (2);\n';

it('stops with exit 1 naming the statement, and resolve --not-applied lets the rerun run it once', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'sg-resolve-'));
  mkdirSync(join(cwd, 'db', 'migrations'), { recursive: true });
  writeFileSync(join(cwd, 'db', 'migrations', '1_t.up.sql'), 'CREATE TABLE ins (v int);\n');
  writeFileSync(join(cwd, 'db', 'migrations', '2_ins.up.sql'), FILE);
  expect((await runCli(['migrate', '--url', t.url], { cwd })).code).toBe(0);
  // As if statement 2 of 2_ins was in flight when the client died, and had not run.
  const checksum = setOf({ '2_ins.up.sql': FILE }).migrations[0].checksum;
  await t.db.query(
    `UPDATE schemagate_revisions SET checksum = $1, progress = 1, progress_checksum = NULL, in_flight = 2,
       in_flight_pid = 2147483000, in_flight_at = now() WHERE version = '2'`,
    [checksum],
  );
  await t.db.exec('DELETE FROM ins WHERE v = 2');

  const stopped = await runCli(['migrate', '--url', t.url], { cwd });
  expect(stopped.code).toBe(1);
  expect(stopped.stderr).toMatch(
    /^schemagate migrate: error: db\/migrations\/2_ins\.up\.sql:3:1: an earlier run stopped while statement 2 of this no-transaction file was running/m,
  );
  expect(stopped.stderr).toContain('schemagate migrate resolve 2 --statement 2 --not-applied');

  const bad = await runCli(['migrate', 'resolve', '2', '--statement', '2', '--url', t.url], { cwd });
  expect(bad.code).toBe(2);
  expect(bad.stderr).toMatch(/give exactly one of --applied and --not-applied/);

  const resolved = await runCli(
    ['migrate', 'resolve', '2', '--statement', '2', '--not-applied', '--url', t.url],
    {
      cwd,
    },
  );
  expect(resolved.stdout).toMatch(/statement 2 of db\/migrations\/2_ins\.up\.sql recorded as not applied/);
  expect(resolved.code).toBe(0);
  const again = await runCli(['migrate', '--url', t.url], { cwd });
  expect(again.code).toBe(0);
  expect((await t.db.query('SELECT v FROM ins ORDER BY v')).rows).toEqual([{ v: 1 }, { v: 2 }]);
});
