import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { baselineWasm } from '../baselineWasm.js';
import type { Db, Queryable, QueryResult } from '../core/db.js';

type PGliteT = import('@electric-sql/pglite').PGlite;

let shared: Promise<PGliteT> | undefined;

/**
 * The pre-initialised data directory `npm run bundle` ships beside the bundle (dist/lib/pgdata.tar,
 * built by scripts/pgliteSnapshot.mjs for the pinned PGlite). Loading it skips initdb, about 3.6 s
 * of a 4.5 s start. SCHEMAGATE_PGLITE_DATA names another one (the tests build theirs once per run).
 * Without one PGlite runs initdb: slower, same result.
 */
function snapshotPath(): string | undefined {
  const candidates = [
    process.env.SCHEMAGATE_PGLITE_DATA,
    (globalThis as { __dirname?: string }).__dirname &&
      join((globalThis as { __dirname: string }).__dirname, 'pgdata.tar'),
  ];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

/**
 * Small shared buffers: the default 128 MB costs ~0.45 s to initialise and ~100 MB of memory,
 * and a disposable in-memory database gains nothing from them (a miss is a memory copy).
 * (The snapshot's own postgresql.conf bounds the WAL: initdb with 1 MB segments sets
 * max_wal_size 64MB; a WAL setting here would have to suit initdb's 16 MB segments too.)
 */
const START_PARAMS = ['shared_buffers=16MB'];

async function startEmbedded(): Promise<PGliteT> {
  const snapshot = snapshotPath();
  // Read the snapshot while the PGlite module loads; an uncompressed tar (no gunzip on this path).
  const [{ PGlite }, data] = await Promise.all([
    import('@electric-sql/pglite'),
    snapshot ? readFile(snapshot) : undefined,
  ]);
  // PGlite's 9 MB of wasm: V8's optimising tier costs more CPU and memory to compile than a
  // typical run spends in queries (check examples/shop: 4.2 s -> 1.7 s of CPU, 344 -> 225 MB with
  // the baseline compiler only).
  return baselineWasm(() =>
    PGlite.create({
      startParams: [...PGlite.defaultStartParams, ...START_PARAMS.flatMap((p) => ['-c', p])],
      ...(data ? { loadDataDir: new Blob([data], { type: 'application/x-tar' }) } : {}),
    }),
  );
}

/**
 * Starts the shared instance in the background, so it boots while the caller reads config and
 * files. Errors surface at the next openEmbedded(), never as an unhandled rejection.
 */
export function warmEmbedded(): void {
  shared ??= startEmbedded();
  shared.catch(() => {});
}

/**
 * The embedded default: one PGlite instance per process (it takes seconds to start), handed out
 * as a fresh, empty database each time: PGlite holds one database, so isolation is done by
 * dropping every non-system schema, extension and publication and resetting default privileges
 * when a lease starts and ends.
 */
export async function openEmbedded(): Promise<Db> {
  shared ??= startEmbedded();
  const pglite = await shared;
  await resetEmbedded(pglite);
  return embeddedDb(pglite);
}

/** Closes the shared instance, if one was started. Call once at process exit. */
export async function closeEmbedded(): Promise<void> {
  if (!shared) return;
  const p = shared;
  shared = undefined;
  await (await p).close();
}

async function resetEmbedded(db: PGliteT): Promise<void> {
  await db.exec(`
DO $reset$
DECLARE r record; g record; obj text; target text;
BEGIN
  -- Publications and default privileges belong to the database, not to a schema.
  FOR r IN SELECT pubname FROM pg_publication LOOP
    EXECUTE format('DROP PUBLICATION %I', r.pubname);
  END LOOP;
  FOR r IN SELECT d.defaclrole, d.defaclnamespace, n.nspname, d.defaclobjtype, d.defaclacl
           FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace LOOP
    obj := CASE r.defaclobjtype WHEN 'r' THEN 'TABLES' WHEN 'S' THEN 'SEQUENCES' WHEN 'f' THEN 'FUNCTIONS'
                                WHEN 'T' THEN 'TYPES' ELSE 'SCHEMAS' END;
    target := format('ALTER DEFAULT PRIVILEGES FOR ROLE %I', pg_get_userbyid(r.defaclrole))
              || CASE WHEN r.defaclnamespace = 0 THEN '' ELSE format(' IN SCHEMA %I', r.nspname) END;
    FOR g IN SELECT DISTINCT a.grantee FROM aclexplode(r.defaclacl) a LOOP
      EXECUTE format('%s REVOKE ALL ON %s FROM %s', target, obj,
                     CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(g.grantee)) END);
    END LOOP;
    -- A global entry equal to the built-in default disappears.
    IF r.defaclnamespace = 0 THEN
      EXECUTE format('%s GRANT ALL ON %s TO %I', target, obj, pg_get_userbyid(r.defaclrole));
      IF obj IN ('FUNCTIONS', 'TYPES') THEN
        EXECUTE format('%s GRANT ALL ON %s TO PUBLIC', target, obj);
      END IF;
    END IF;
  END LOOP;
  FOR r IN SELECT nspname FROM pg_namespace
           WHERE nspname NOT IN ('pg_catalog','information_schema','pg_toast')
             AND nspname NOT LIKE 'pg\\_temp\\_%' AND nspname NOT LIKE 'pg\\_toast\\_temp\\_%'
  LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', r.nspname);
  END LOOP;
  FOR r IN SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' LOOP
    EXECUTE format('DROP EXTENSION %I CASCADE', r.extname);
  END LOOP;
END
$reset$;
-- Recreate public as a fresh PostgreSQL 15+ database has it, so it compares equal to a server's.
CREATE SCHEMA public AUTHORIZATION pg_database_owner;
GRANT USAGE ON SCHEMA public TO PUBLIC;
COMMENT ON SCHEMA public IS 'standard public schema';
RESET ALL;
`);
}

function embeddedDb(pglite: PGliteT): Db {
  // PGlite runs one statement at a time on one connection, so a queue keeps transactions whole.
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = chain.then(fn, fn);
    chain = next.catch(() => {});
    return next;
  };
  const direct: Queryable = {
    async query<R>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
      const r = await pglite.query<R>(sql, params as unknown[] | undefined);
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
    },
    async exec(sql: string): Promise<void> {
      await pglite.exec(sql);
    },
  };
  return {
    kind: 'embedded',
    query: (sql, params) => serial(() => direct.query(sql, params)),
    exec: (sql) => serial(() => direct.exec(sql)),
    session: (fn) => serial(() => fn(direct)),
    transaction: (fn) =>
      serial(async () => {
        await pglite.exec('BEGIN');
        try {
          const out = await fn(direct);
          await pglite.exec('COMMIT');
          return out;
        } catch (err) {
          await pglite.exec('ROLLBACK').catch(() => {});
          throw err;
        }
      }),
    async serverVersion() {
      const r = await direct.query<{ v: number }>("SELECT current_setting('server_version_num')::int AS v");
      return r.rows[0].v;
    },
    async close() {
      // The instance is shared for the life of the process; closeEmbedded() ends it.
    },
  };
}
