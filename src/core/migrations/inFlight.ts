/**
 * What the catalog says about a statement of a no-transaction file that was running when an
 * earlier run stopped (client killed, connection lost). Each statement there ran in autocommit,
 * so a named object that exists (or is gone) is proof that it completed; where no such proof can
 * be read, the caller stops instead of running the statement a second time.
 */
import type { Queryable } from '../db.js';
import { qualified, quoteIdent, type SqlStatement } from '../sql/index.js';

/** `applied`: it completed; `not-applied`: it did not; `rerun`: running it again is harmless. */
export type InFlightEvidence = 'applied' | 'not-applied' | 'rerun';

interface RangeVar {
  schemaname?: string;
  relname?: string;
}

const relName = (r: RangeVar | undefined): string | undefined =>
  r?.relname ? (r.schemaname ? qualified(r.schemaname, r.relname) : quoteIdent(r.relname)) : undefined;

async function relationExists(conn: Queryable, name: string): Promise<boolean> {
  const r = await conn.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [name]);
  return r.rows[0]?.t != null;
}

const byExistence = async (conn: Queryable, name: string | undefined, creates: boolean) => {
  if (!name) return undefined;
  const exists = await relationExists(conn, name);
  return exists === creates ? 'applied' : 'not-applied';
};

/** Names in a DropStmt's `objects` list (each a List of String parts). */
function droppedNames(ast: any): string[] {
  return (ast.objects ?? []).map((o: { List?: { items?: { String?: { sval?: string } }[] } }) =>
    (o.List?.items ?? []).map((i) => quoteIdent(i.String?.sval ?? '')).join('.'),
  );
}

const DROPPED_RELATIONS = new Set([
  'OBJECT_TABLE',
  'OBJECT_INDEX',
  'OBJECT_VIEW',
  'OBJECT_MATVIEW',
  'OBJECT_SEQUENCE',
  'OBJECT_FOREIGN_TABLE',
]);

/**
 * Evidence about `s`, or undefined when the catalog cannot tell. A killed CREATE INDEX
 * CONCURRENTLY leaves an INVALID index that would make the retry fail (or, with IF NOT EXISTS, be
 * silently skipped): it is dropped here and reported as not applied.
 */
export async function inFlightEvidence(
  conn: Queryable,
  s: SqlStatement,
): Promise<InFlightEvidence | undefined> {
  const a = s.ast ?? {};
  switch (s.kind) {
    case 'VariableSetStmt':
    case 'VariableShowStmt':
    case 'ReindexStmt':
    case 'VacuumStmt':
      return 'rerun';
    case 'IndexStmt': {
      if (!a.idxname) return undefined;
      const name = a.relation?.schemaname
        ? qualified(a.relation.schemaname, a.idxname)
        : quoteIdent(a.idxname);
      const r = await conn.query<{ valid: boolean }>(
        'SELECT i.indisvalid AS valid FROM pg_index i WHERE i.indexrelid = to_regclass($1)',
        [name],
      );
      if (r.rows.length === 0) return 'not-applied';
      if (r.rows[0].valid) return 'applied';
      await conn.exec(`DROP INDEX ${a.concurrent ? 'CONCURRENTLY ' : ''}IF EXISTS ${name}`);
      return 'not-applied';
    }
    case 'DropStmt': {
      if (a.missing_ok) return 'rerun';
      if (!DROPPED_RELATIONS.has(a.removeType)) return undefined;
      const names = droppedNames(a);
      if (names.length === 0) return undefined;
      const r = await conn.query<{ n: number }>(
        'SELECT count(to_regclass(n))::int AS n FROM unnest($1::text[]) AS n',
        [names],
      );
      const left = Number(r.rows[0].n);
      return left === 0 ? 'applied' : left === names.length ? 'not-applied' : undefined;
    }
    case 'CreateStmt':
      return a.if_not_exists ? 'rerun' : byExistence(conn, relName(a.relation), true);
    case 'CreateSeqStmt':
      return a.if_not_exists ? 'rerun' : byExistence(conn, relName(a.sequence), true);
    case 'CreateTableAsStmt':
      return a.if_not_exists ? 'rerun' : byExistence(conn, relName(a.into?.rel), true);
    case 'ViewStmt':
      return a.replace ? 'rerun' : byExistence(conn, relName(a.view), true);
    case 'AlterTableStmt': {
      const cmds = a.cmds ?? [];
      const cmd = cmds.length === 1 ? cmds[0]?.AlterTableCmd : undefined;
      const rel = relName(a.relation);
      if (cmd?.subtype !== 'AT_ValidateConstraint' || !rel || !cmd.name) return undefined;
      const r = await conn.query<{ v: boolean }>(
        'SELECT convalidated AS v FROM pg_constraint WHERE conrelid = to_regclass($1) AND conname = $2',
        [rel, cmd.name],
      );
      // VALIDATE is idempotent: a validated constraint is done, an unvalidated one can run again.
      return r.rows[0]?.v ? 'applied' : 'rerun';
    }
    default:
      return undefined;
  }
}

/** Is the backend that ran the statement still running it? (The migration lock makes this rare.) */
export async function stillRunning(
  conn: Queryable,
  pid: number | null | undefined,
  since: string | null | undefined,
): Promise<boolean> {
  if (!pid || !since) return false;
  const r = await conn.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE pid = $1 AND pid <> pg_backend_pid() AND backend_start <= $2::timestamptz AND state <> 'idle'`,
    [pid, since],
  );
  return Number(r.rows[0]?.n) > 0;
}
