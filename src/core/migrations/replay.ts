/**
 * Applies every up part of a set, in order, to a fresh database with no revision table: what
 * `schemagate new` and the drift check use to build "the schema the migrations produce".
 */
import type { Db } from '../db.js';
import { loadSqlParser } from '../sql/index.js';
import { partStatements, runStatement } from './executor.js';
import { nonTransactionalReason } from './nonTransactional.js';
import { planPart, runScript, ScriptFailure } from './script.js';
import type { MigrationSet } from './types.js';

export async function replayMigrations(db: Db, set: MigrationSet): Promise<void> {
  await loadSqlParser();
  const version = await db.serverVersion();
  // Transactional files run as scripts (lexed, parsed only where it matters), the others statement by statement.
  const planned = set.migrations.map((m) => {
    const plan = planPart(m.up, m.transactional, version);
    return { m, script: plan.script, stmts: plan.script ? [] : partStatements(m.up) };
  });
  await db.session(async (conn) => {
    for (const { m, script, stmts } of planned) {
      if (script) {
        try {
          await runScript(conn, script, 'BEGIN;\n', () => 'COMMIT');
        } catch (err) {
          throw err instanceof ScriptFailure ? err.error : err;
        }
        continue;
      }
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
