import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { baselineWasm } from '../baselineWasm.js';
import type { Db, Queryable, QueryResult } from '../core/db.js';
import { tarEntries } from './tarEntries.js';

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
  const [{ PGlite, MemoryFS }, data] = await Promise.all([
    import('@electric-sql/pglite'),
    snapshot ? readFile(snapshot) : undefined,
  ]);
  // PGlite's own loadDataDir copies the snapshot into a Blob, an ArrayBuffer, one array per file
  // and the in-memory file system. Written here instead, before PGlite looks for a database
  // (which it then finds and starts, as it would a persistent one): each file is a view over the
  // one buffer read above, which the in-memory file system keeps as its contents (canOwn).
  class SnapshotFS extends MemoryFS {
    override async initialSyncFs(): Promise<void> {
      if (!data || !snapshot) return;
      const mod = this.pg!.Module;
      const FS = mod.FS;
      const root: string = mod.ENV?.PGDATA ?? '/pglite/data';
      const made = new Set<string>();
      const dir = (path: string) => {
        if (made.has(path)) return;
        FS.mkdirTree(path);
        made.add(path);
      };
      for (const e of tarEntries(data, snapshot)) {
        const path = `${root}/${e.name}`;
        if (e.type === 'dir') {
          dir(path);
          continue;
        }
        dir(path.slice(0, path.lastIndexOf('/')));
        FS.writeFile(path, e.data, { canOwn: true });
        FS.utime(path, e.mtime * 1000, e.mtime * 1000);
      }
    }
  }
  // PGlite's 9 MB of wasm: V8's optimising tier costs more CPU and memory to compile than a
  // typical run spends in queries (check examples/shop: 4.2 s -> 1.7 s of CPU, 344 -> 225 MB with
  // the baseline compiler only).
  return baselineWasm(() =>
    PGlite.create({
      startParams: [...PGlite.defaultStartParams, ...START_PARAMS.flatMap((p) => ['-c', p])],
      ...(data ? { fs: new SnapshotFS() } : {}),
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
 * when a lease starts. The first lease gets the database as it was loaded, already fresh.
 */
export async function openEmbedded(): Promise<Db> {
  shared ??= startEmbedded();
  const p = shared;
  const pglite = await p;
  if (leased.has(p)) await resetEmbedded(pglite);
  else leased.add(p);
  return embeddedDb(pglite);
}

/** Instances handed out at least once (a started one is fresh until then). */
const leased = new WeakSet<Promise<PGliteT>>();

/** Closes the shared instance, if one was started. Call once at process exit. */
export async function closeEmbedded(): Promise<void> {
  if (!shared) return;
  const p = shared;
  shared = undefined;
  await (await p).close();
}

/**
 * The statements that return the database to a fresh one, in order: publications and default
 * privileges (they belong to the database, not to a schema), every non-system schema, then the
 * extensions left. Built by one catalog query and run as plain SQL: a DO block would load
 * PL/pgSQL into PGlite (a wasm side module), about 50 ms of a run that may never need it.
 * IF EXISTS: a schema's CASCADE may already have taken an extension with it.
 */
const RESET_STATEMENTS = String.raw`
WITH acl AS (
  SELECT format('ALTER DEFAULT PRIVILEGES FOR ROLE %I', pg_get_userbyid(d.defaclrole))
           || CASE WHEN d.defaclnamespace = 0 THEN '' ELSE format(' IN SCHEMA %I', n.nspname) END AS target,
         CASE d.defaclobjtype WHEN 'r' THEN 'TABLES' WHEN 'S' THEN 'SEQUENCES' WHEN 'f' THEN 'FUNCTIONS'
                              WHEN 'T' THEN 'TYPES' ELSE 'SCHEMAS' END AS obj,
         d.defaclnamespace = 0 AS global, pg_get_userbyid(d.defaclrole) AS owner, d.defaclacl
  FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
)
SELECT stmt FROM (
  SELECT 1 AS step, pubname::text AS k, format('DROP PUBLICATION IF EXISTS %I', pubname) AS stmt
  FROM pg_publication
  UNION ALL
  SELECT DISTINCT 2, acl.target || acl.obj,
         format('%s REVOKE ALL ON %s FROM %s', acl.target, acl.obj,
                CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(g.grantee)) END)
  FROM acl CROSS JOIN LATERAL aclexplode(acl.defaclacl) g
  UNION ALL
  -- A global entry equal to the built-in default disappears.
  SELECT 3, acl.target || acl.obj, format('%s GRANT ALL ON %s TO %I', acl.target, acl.obj, acl.owner)
  FROM acl WHERE acl.global
  UNION ALL
  SELECT 4, acl.target || acl.obj, format('%s GRANT ALL ON %s TO PUBLIC', acl.target, acl.obj)
  FROM acl WHERE acl.global AND acl.obj IN ('FUNCTIONS', 'TYPES')
  UNION ALL
  SELECT 5, nspname::text, format('DROP SCHEMA IF EXISTS %I CASCADE', nspname) FROM pg_namespace
  WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
    AND nspname NOT LIKE 'pg\_temp\_%' AND nspname NOT LIKE 'pg\_toast\_temp\_%'
  UNION ALL
  SELECT 6, extname::text, format('DROP EXTENSION IF EXISTS %I CASCADE', extname) FROM pg_extension
  WHERE extname <> 'plpgsql'
) s
ORDER BY step, k, stmt`;

async function resetEmbedded(db: PGliteT): Promise<void> {
  const { rows } = await db.query<{ stmt: string }>(RESET_STATEMENTS);
  await db.exec(`${rows.map((r) => `${r.stmt};\n`).join('')}
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
