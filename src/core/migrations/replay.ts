/**
 * Applies every up part of a set, in order, to a fresh database with no revision table: what
 * `schemagate new` and the drift check use to build "the schema the migrations produce".
 */
import type { Db } from '../db.js';
import { loadSqlParser } from '../sql/index.js';
import { partStatements, runStatement } from './executor.js';
import { nonTransactionalReason } from './nonTransactional.js';
import type { MigrationSet } from './types.js';

export async function replayMigrations(db: Db, set: MigrationSet): Promise<void> {
  await loadSqlParser();
  const version = await db.serverVersion();
  const parsed = set.migrations.map((m) => ({ m, stmts: partStatements(m.up) }));
  await db.session(async (conn) => {
    for (const { m, stmts } of parsed) {
      const inTx = m.transactional && !stmts.some((s) => nonTransactionalReason(s, version));
      if (!inTx) {
        for (const s of stmts) await runStatement(conn, s);
        continue;
      }
      await conn.exec('BEGIN');
      try {
        for (const s of stmts) await runStatement(conn, s);
        await conn.exec('COMMIT');
      } catch (err) {
        await conn.exec('ROLLBACK').catch(() => {});
        throw err;
      }
    }
  });
}
