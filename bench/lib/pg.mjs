/** The local PostgreSQL server of the benchmarks: admin URL, database create/drop, batched DDL. */
import pg from 'pg';

/** SCHEMAGATE_BENCH_PG, else SCHEMAGATE_TEST_PG, else the local trust-auth server. */
export const adminUrl =
  process.env.SCHEMAGATE_BENCH_PG ??
  process.env.SCHEMAGATE_TEST_PG ??
  'postgres://postgres@127.0.0.1:5432/postgres';

/** The URL of another database on the same server (sslmode=disable: dbmate asks for it on a local server). */
export function urlFor(db) {
  const u = new URL(adminUrl);
  u.pathname = `/${db}`;
  u.searchParams.set('sslmode', 'disable');
  return u.toString();
}

async function withClient(url, fn) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** One query on the given database (the admin database by default). */
export const query = (sql, params = [], url = adminUrl) => withClient(url, (c) => c.query(sql, params));

const ident = (name) => `"${name.replaceAll('"', '""')}"`;

export const dropDb = (name) => query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`);

/** Drops and creates a database, optionally from a template; returns its URL. */
export async function recreateDb(name, template) {
  await dropDb(name);
  await query(`CREATE DATABASE ${ident(name)}${template ? ` TEMPLATE ${ident(template)}` : ''}`);
  return urlFor(name);
}

/**
 * Runs a script of one statement per line in batches: one multi-statement query is one
 * transaction, and thousands of DDL statements in one transaction run out of lock slots.
 */
export function execBatched(url, sql, linesPerBatch = 250) {
  return withClient(url, async (c) => {
    const lines = sql.split('\n').filter((l) => l.trim());
    for (let i = 0; i < lines.length; i += linesPerBatch)
      await c.query(lines.slice(i, i + linesPerBatch).join('\n'));
  });
}

/** "PostgreSQL 15.20". */
export async function serverVersion() {
  const r = await query('SHOW server_version');
  return `PostgreSQL ${r.rows[0].server_version.split(' ')[0]}`;
}
