/**
 * Applies, rolls back and baselines migrations. Everything happens on one session that holds the
 * migration lock for the whole run. Each file runs in its own transaction together with its
 * revision row, so a file is applied entirely or not at all; files whose statements cannot run
 * in a transaction run one statement at a time with their progress recorded.
 */
import { createHash } from 'node:crypto';
import type { Db, Queryable } from '../db.js';
import { DbConnectionLostError, SqlExecutionError } from '../errors.js';
import type { OnProgress } from '../progress.js';
import { loadSqlParser, qualified, quoteLiteral, type SqlStatement } from '../sql/index.js';
import { LineCounter, lexStatements } from '../sql/split.js';
import { type ForeignState, readForeignState } from './adopt.js';
import { acquireMigrationLock, releaseMigrationLock } from './advisoryLock.js';
import { DEFERRED_FLUSH, waitForFlush } from './durability.js';
import { MigrationDirError, MigrationInFlightError, MigrationStateError } from './errors.js';
import { partStatements, runStatement } from './executor.js';
import { type InFlightEvidence, inFlightEvidence, stillRunning } from './inFlight.js';
import { isSessionStatement, nonTransactionalReason } from './nonTransactional.js';
import { type RevisionRow, RevisionTable } from './revisionTable.js';
import { type MigrationScript, planPart, runScript, ScriptFailure, syntaxCheckScripts } from './script.js';
import { describeFile, findMigration, type MigrationState, migrationState } from './status.js';
import { verifySum } from './sum.js';
import type { Migration, MigrationPart, MigrationSet } from './types.js';

export interface RunnerOptions {
  readonly set: MigrationSet;
  readonly revisionsSchema: string;
  readonly lockTimeoutMs: number;
  readonly statementTimeoutMs: number;
  readonly advisoryLockTimeoutMs: number;
  readonly allowOutOfOrder: boolean;
  /** Recorded in applied_by; defaults to the database user. */
  readonly appliedBy?: string;
  readonly log?: (message: string) => void;
  /** Called as each file is applied; without it the runner logs an "applied" line instead. */
  readonly onApplied?: (applied: AppliedMigration) => void;
  /** Monotonic milliseconds, for durations. */
  readonly clock?: () => number;
  /** `migrate up`: one `applying migrations` event before the first file and after each one. */
  readonly onProgress?: OnProgress;
}

export interface PlannedStatement {
  readonly line: number;
  readonly column: number;
  readonly text: string;
  /** Parse tree node type; absent when the statement was not parsed (a transactional file in a real run). */
  readonly kind?: string;
  /** Set when the statement cannot run inside a transaction. */
  readonly nonTransactional?: string;
}

export interface PendingMigration {
  readonly version: string;
  readonly file: string;
  readonly hasDown: boolean;
  /** False when the file runs statement by statement outside a transaction. */
  readonly transactional: boolean;
  /** Statements already done by an interrupted earlier run (non-transactional files). */
  readonly resumeAt: number;
  readonly statements: readonly PlannedStatement[];
}

export interface AppliedMigration {
  readonly version: string;
  readonly file: string;
  readonly durationMs: number;
  readonly statements: number;
  readonly transactional: boolean;
  readonly resumedAt?: number;
}

export interface MigrationFailure {
  readonly version: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly statement: string;
  readonly message: string;
  readonly sqlState?: string;
  readonly transactional: boolean;
  /** Non-transactional files: statements that completed and stay applied. */
  readonly completedStatements?: number;
}

export interface RunReport {
  readonly format: MigrationSet['format'];
  readonly dryRun: boolean;
  readonly applied: readonly AppliedMigration[];
  /** What is still pending after the run (for a dry run: what would run). */
  readonly pending: readonly PendingMigration[];
  readonly currentVersion?: string;
  readonly failure?: MigrationFailure;
  readonly warnings: readonly string[];
  /** Set when the applied state was taken over from another tool's revision table. */
  readonly adopted?: { readonly source: string; readonly count: number };
}

interface Prepared {
  readonly migration: Migration;
  /** The parsed statements; empty when the part runs as a script. */
  readonly statements: SqlStatement[];
  /** A transactional part sent as its own text (see script.ts), parsed only where it matters. */
  readonly script?: MigrationScript;
  readonly transactional: boolean;
}

const statementCount = (p: Prepared) => (p.script ? p.script.statementCount : p.statements.length);

/**
 * A real run: transactional parts are lexed and run as scripts; a part that runs outside a
 * transaction (marked so, or holding a statement that needs it) is parsed for statement-level handling.
 */
function prepareRun(
  part: MigrationPart,
  migration: Migration,
  markedTransactional: boolean,
  serverVersion: number,
): Prepared {
  const plan = planPart(part, markedTransactional, serverVersion);
  if (plan.script) return { migration, statements: [], script: plan.script, transactional: true };
  return prepare(part, migration, markedTransactional, serverVersion);
}

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** Checksum of the statements a part-way file has completed: later statements may still be fixed. */
function progressChecksum(stmts: readonly SqlStatement[], done: number): string {
  return sha(
    stmts
      .slice(0, done)
      .map((s) => s.text)
      .join('\n;\n'),
  );
}

/** Decides how a part runs; refuses a file mixing statements that need and forbid a transaction. */
function prepare(
  part: MigrationPart,
  migration: Migration,
  markedTransactional: boolean,
  serverVersion: number,
): Prepared {
  const statements = partStatements(part);
  const nonTx = statements.filter((s) => nonTransactionalReason(s, serverVersion));
  if (!markedTransactional || nonTx.length === 0)
    return { migration, statements, transactional: markedTransactional };
  const needsTx = statements.find((s) => !nonTransactionalReason(s, serverVersion) && !isSessionStatement(s));
  if (needsTx) {
    const first = nonTx[0];
    throw new MigrationDirError(
      [`${part.file}:${first.line}:${first.column}`],
      `${nonTransactionalReason(first, serverVersion)} cannot run inside a transaction, but this file also has statements that need one ` +
        `(line ${needsTx.line}: ${needsTx.kind}). Move the non-transactional statements to a file of their own, or mark the file to run ` +
        'without a transaction (`-- schemagate:no-transaction`, dbmate `-- migrate:up transaction:false`, atlas `-- atlas:txmode none`) ' +
        'knowing it is then no longer all-or-nothing.',
    );
  }
  return { migration, statements, transactional: false };
}

/** The statements of a script as the lexer finds them (no parse tree). */
function lexedPlan(script: MigrationScript): PlannedStatement[] {
  const out: PlannedStatement[] = [];
  const { part, bounds } = script;
  const lines = new LineCounter(part.text, part.firstLine);
  lexStatements(
    part.text,
    (start, end) => out.push({ ...lines.at(start), text: part.text.slice(start, end) }),
    { from: bounds[0], to: bounds[bounds.length - 1] },
  );
  return out;
}

function planned(stmts: readonly SqlStatement[], serverVersion: number): PlannedStatement[] {
  return stmts.map((s) => ({
    line: s.line,
    column: s.column,
    text: s.text,
    kind: s.kind,
    nonTransactional: nonTransactionalReason(s, serverVersion),
  }));
}

function assertRunnable(set: MigrationSet, state: MigrationState, allowOutOfOrder: boolean): void {
  const edited = state.changed[0];
  if (edited) {
    throw new MigrationStateError(
      `${describeFile(set, edited.migration)}: this migration was applied on ${edited.row.applied_at} and has been edited since ` +
        `(checksum ${edited.row.checksum?.slice(0, 12)}… then, ${edited.migration.checksum.slice(0, 12)}… now). ` +
        'Applied migrations must not change: revert the edit and put the change in a new migration.',
    );
  }
  const late = state.outOfOrder[0];
  if (late && !allowOutOfOrder) {
    throw new MigrationStateError(
      `${describeFile(set, late.migration)}: pending, but ${late.after.file}, which comes after it, is already applied. ` +
        'Give the file a later version, or set migrations.allow_out_of_order: true to apply it anyway.',
    );
  }
}

/**
 * Sent before each file: every file starts from the configured settings, whatever an earlier file
 * did with SET (statement_timeout, lock_timeout, search_path, role, session authorization...),
 * since a plain SET inside a committed transaction stays for the rest of the session.
 * RESET ALL leaves role and session authorization alone, hence the first statement.
 */
function fileSettings(o: RunnerOptions): string {
  const ms = (v: number) => quoteLiteral(`${Math.max(0, Math.round(v))}ms`);
  return (
    'SET SESSION AUTHORIZATION DEFAULT;\nRESET ALL;\n' +
    `SET lock_timeout = ${ms(o.lockTimeoutMs)};\nSET statement_timeout = ${ms(o.statementTimeoutMs)};\n`
  );
}

async function withSettings<T>(conn: Queryable, o: RunnerOptions, fn: () => Promise<T>): Promise<T> {
  await conn.query(
    "SELECT set_config('lock_timeout', $1, false), set_config('statement_timeout', $2, false)",
    [`${Math.max(0, Math.round(o.lockTimeoutMs))}ms`, `${Math.max(0, Math.round(o.statementTimeoutMs))}ms`],
  );
  try {
    return await fn();
  } finally {
    // The pool hands this connection to others afterwards.
    await conn.exec('SET SESSION AUTHORIZATION DEFAULT; RESET ALL').catch(() => {});
  }
}

async function locked<T>(db: Db, o: RunnerOptions, fn: (conn: Queryable) => Promise<T>): Promise<T> {
  return db.session(async (conn) => {
    await acquireMigrationLock(conn, {
      scope: qualified(o.revisionsSchema, 'schemagate_revisions'),
      timeoutMs: o.advisoryLockTimeoutMs,
    });
    try {
      return await withSettings(conn, o, () => fn(conn));
    } finally {
      await releaseMigrationLock(conn, qualified(o.revisionsSchema, 'schemagate_revisions')).catch(() => {});
    }
  });
}

function pendingReport(
  prepared: readonly Prepared[],
  state: MigrationState,
  serverVersion: number,
): PendingMigration[] {
  return prepared.map((p) => ({
    version: p.migration.version,
    file: p.migration.up.file,
    hasDown: p.migration.down !== undefined,
    transactional: p.transactional,
    resumeAt: state.partial.find((x) => x.migration === p.migration)?.row.progress ?? 0,
    statements: p.script ? lexedPlan(p.script) : planned(p.statements, serverVersion),
  }));
}

function failureOf(
  p: Prepared,
  err: SqlExecutionError,
  statement: string,
  completed?: number,
): MigrationFailure {
  const lost = err.cause instanceof DbConnectionLostError;
  return {
    version: p.migration.version,
    file: p.migration.up.file,
    line: err.line,
    column: err.column,
    statement,
    message: lost
      ? `${err.detail} while running this statement; ${
          p.transactional
            ? "the server rolls back the file's transaction, so nothing of this file is applied or recorded"
            : 'the statements before it stay applied and recorded'
        }. Run the migration again to finish.`
      : err.detail,
    sqlState: err.sqlState,
    transactional: p.transactional,
    completedStatements: completed,
  };
}

/**
 * The revision rows; before schemagate's table exists, the state another migration tool
 * recorded (Atlas, golang-migrate, dbmate, Flyway), so an existing database is not re-migrated.
 */
async function readRows(
  conn: Queryable,
  table: RevisionTable,
  set: MigrationSet,
): Promise<{ rows: RevisionRow[]; adopted?: ForeignState }> {
  if (await table.exists(conn)) return { rows: await table.read(conn) };
  const adopted = await readForeignState(conn, set);
  return adopted && adopted.rows.length > 0 ? { rows: adopted.rows, adopted } : { rows: [] };
}

/** server_version_num on the session itself: the pool would open a second connection for it. */
async function versionOf(conn: Queryable): Promise<number> {
  const r = await conn.query<{ v: number }>("SELECT current_setting('server_version_num')::int AS v");
  return Number(r.rows[0].v);
}

/** Applies every pending migration (or, with dryRun, reports what would run and changes nothing). */
export async function migrateUp(db: Db, o: RunnerOptions & { dryRun?: boolean }): Promise<RunReport> {
  await loadSqlParser();
  verifySum(o.set);
  const table = new RevisionTable(o.revisionsSchema);
  const clock = o.clock ?? (() => performance.now());
  const log = o.log ?? (() => {});

  const plan = (state: MigrationState, serverVersion: number) => {
    assertRunnable(o.set, state, o.allowOutOfOrder);
    // A dry run shows every statement with its kind, so it parses; a real run parses only what needs it.
    const prepared = state.pending.map((m) =>
      (o.dryRun ? prepare : prepareRun)(m.up, m, m.transactional, serverVersion),
    );
    empty = prepared.filter((p) => statementCount(p) === 0).map((p) => p.migration.up.file);
    return prepared;
  };
  // An empty or comments-only file is a no-op that is still recorded, as golang-migrate does.
  let empty: string[] = [];
  const warnings = (state: MigrationState) => [
    ...state.missing.map(
      (r) => `version ${r.version} is recorded as applied but no file in ${o.set.dir} has it`,
    ),
    ...empty.map(
      (f) => `${f}: no statements (empty or only comments); recorded as applied without running anything`,
    ),
  ];

  if (o.dryRun) {
    const [{ rows, adopted }, serverVersion] = await db.session(
      async (conn) => [await readRows(conn, table, o.set), await versionOf(conn)] as const,
    );
    const state = migrationState(o.set, rows);
    const prepared = plan(state, serverVersion);
    return {
      format: o.set.format,
      dryRun: true,
      applied: [],
      pending: pendingReport(prepared, state, serverVersion),
      currentVersion: state.currentVersion,
      warnings: warnings(state),
      adopted: adopted && { source: adopted.source, count: adopted.rows.length },
    };
  }

  return locked(db, o, async (conn) => {
    const { rows, adopted } = await readRows(conn, table, o.set);
    const state = migrationState(o.set, rows);
    const serverVersion = await versionOf(conn);
    // Refusals (edited file, order, mixed transaction needs, syntax) come before any change.
    const prepared = plan(state, serverVersion);
    // The lexer does not check syntax: the server's parser reads every pending script first.
    await syntaxCheckScripts(
      conn,
      prepared.flatMap((p) => (p.script ? [p.script] : [])),
    );
    await table.ensure(conn);
    if (adopted) {
      await conn.exec('BEGIN');
      for (const r of adopted.rows) {
        await table.record(conn, {
          version: r.version,
          name: r.name,
          checksum: r.checksum,
          executionMs: 0,
          appliedBy: adopted.source,
          operation: 'adopt',
        });
      }
      await conn.exec('COMMIT');
      log(`adopted ${adopted.rows.length} applied migration(s) from ${adopted.source}`);
    }
    const adoptedInfo = adopted && { source: adopted.source, count: adopted.rows.length };
    const appliedBy = o.appliedBy ?? (await conn.query<{ u: string }>('SELECT current_user AS u')).rows[0].u;
    const applied: AppliedMigration[] = [];
    let currentVersion = state.currentVersion;
    const progress = (done: number) =>
      o.onProgress?.({ phase: 'applying migrations', done, total: prepared.length, unit: 'files' });
    progress(0);
    // Whether a commit of this run has not been flushed yet (see durability.ts).
    let unflushed = false;
    for (let i = 0; i < prepared.length; i++) {
      const p = prepared[i];
      const deferFlush = i < prepared.length - 1;
      const m = p.migration;
      const started = clock();
      const partialRow = state.partial.find((x) => x.migration === m)?.row;
      let failure: MigrationFailure | undefined;
      if (p.transactional) {
        let current: SqlStatement | undefined;
        // The revision row is written as the connecting user even if the file switched role (SET ROLE owner).
        const finish = () =>
          `SET SESSION AUTHORIZATION DEFAULT;\nRESET ROLE;\n${table.recordSql({
            version: m.version,
            name: m.name,
            checksum: m.checksum,
            executionMs: 'transaction',
            appliedBy,
            operation: 'apply',
          })};\nCOMMIT`;
        const start = `${fileSettings(o)}BEGIN;\n${deferFlush ? DEFERRED_FLUSH : ''}`;
        try {
          if (p.script) {
            // BEGIN rides with the first chunk, the revision row and COMMIT with the last.
            await runScript(conn, p.script, start, finish);
          } else {
            // BEGIN rides with the first statement, the revision row and COMMIT with the last.
            const last = p.statements.length - 1;
            if (last < 0) await conn.exec(`${start}${finish()}`);
            for (let k = 0; k <= last; k++) {
              current = p.statements[k];
              await runStatement(conn, current, k === 0 ? start : '', k === last ? finish() : '');
            }
            current = undefined;
          }
        } catch (err) {
          await conn.exec('ROLLBACK').catch(() => {});
          if (err instanceof ScriptFailure) failure = failureOf(p, err.error, err.statement);
          else if (!(err instanceof SqlExecutionError) || !current) throw err;
          else failure = failureOf(p, err, current.text);
        }
      } else {
        await conn.exec(fileSettings(o));
        failure = await applyStatementwise(conn, table, p, partialRow, appliedBy, log);
        if (!failure) await table.finishPartial(conn, m.version, clock() - started);
      }
      if (failure) {
        // On a lost connection there is nothing left to ask; the failure already says so.
        const flushed = unflushed ? await waitForFlush(conn).catch(() => undefined) : true;
        if (flushed === false)
          log(
            'the server did not confirm within 35 s that the migrations applied before this one are on disk',
          );
        const rest = pendingReport(prepared.slice(i), state, serverVersion);
        return {
          format: o.set.format,
          dryRun: false,
          applied,
          pending: rest,
          currentVersion,
          failure,
          warnings: warnings(state),
          adopted: adoptedInfo,
        };
      }
      unflushed = p.transactional && deferFlush;
      const durationMs = clock() - started;
      const done: AppliedMigration = {
        version: m.version,
        file: m.up.file,
        durationMs,
        statements: statementCount(p),
        transactional: p.transactional,
        resumedAt: partialRow?.progress ?? undefined,
      };
      if (o.onApplied) o.onApplied(done);
      else log(`applied ${m.up.file} in ${Math.round(durationMs)} ms`);
      applied.push(done);
      progress(applied.length);
      if (!m.repeatable) currentVersion = m.version;
    }
    return {
      format: o.set.format,
      dryRun: false,
      applied,
      pending: [],
      currentVersion,
      warnings: warnings(state),
      adopted: adoptedInfo,
    };
  });
}

async function applyStatementwise(
  conn: Queryable,
  table: RevisionTable,
  p: Prepared,
  row: RevisionRow | undefined,
  appliedBy: string,
  log: (m: string) => void,
): Promise<MigrationFailure | undefined> {
  const m = p.migration;
  const total = p.statements.length;
  let start = 0;
  let evidence: InFlightEvidence | undefined;
  if (row?.progress == null) {
    await table.startPartial(conn, { version: m.version, name: m.name, checksum: m.checksum, appliedBy });
  } else {
    const progress = row.progress;
    const doneChecksum = row.progress_checksum;
    if (
      doneChecksum !== null &&
      doneChecksum !== '' &&
      progressChecksum(p.statements, progress) !== doneChecksum
    ) {
      throw new MigrationStateError(
        `${m.up.file}: an earlier run completed ${progress} statement(s) of this file outside a transaction, and those statements ` +
          'have been edited since. Only the statements after them may change.',
      );
    }
    start = progress;
    log(`resuming ${m.up.file} after statement ${progress} of ${total}`);
    // SET statements already done belong to this file's session: the new session needs them again.
    for (const s of p.statements.slice(0, progress))
      if (s.kind === 'VariableSetStmt') await runStatement(conn, s);
    if (start < total) {
      evidence = await decideInFlight(conn, p, row, start);
      await table.setProgress(
        conn,
        m.version,
        start,
        progressChecksum(p.statements, start),
        m.checksum,
        start + 1,
      );
    }
  }
  for (let i = start; i < total; i++) {
    const s = p.statements[i];
    if (i === start && evidence === 'applied') {
      log(
        `${m.up.file}:${s.line}: the interrupted statement ${i + 1} had completed (catalog evidence); not running it again`,
      );
    } else {
      try {
        await runStatement(conn, s);
      } catch (err) {
        if (!(err instanceof SqlExecutionError)) throw err;
        // PostgreSQL answered with an error: the statement did not apply, nothing is in flight.
        if (!(err.cause instanceof DbConnectionLostError))
          await table.setProgress(conn, m.version, i, progressChecksum(p.statements, i), m.checksum, null);
        return failureOf(p, err, s.text, i);
      }
    }
    const next = i + 1 < total ? i + 2 : null;
    await table.setProgress(conn, m.version, i + 1, progressChecksum(p.statements, i + 1), m.checksum, next);
  }
  return undefined;
}

/**
 * The statement at `index` may have been running when the earlier run stopped. Decide from what
 * the database shows, or stop with the command that records the answer.
 */
async function decideInFlight(
  conn: Queryable,
  p: Prepared,
  row: RevisionRow,
  index: number,
): Promise<InFlightEvidence | undefined> {
  const s = p.statements[index];
  const m = p.migration;
  // Rows written before in-flight tracking (in_flight absent): the catalog check only, as before.
  const inFlight = row.in_flight === index + 1;
  if (inFlight && (await stillRunning(conn, row.in_flight_pid, row.in_flight_at))) {
    throw new MigrationInFlightError(
      `${s.file}:${s.line}:${s.column}: statement ${index + 1} of this no-transaction file is still running on backend ` +
        `${row.in_flight_pid} (since ${row.in_flight_at}); wait for it to finish, or cancel it with SELECT pg_cancel_backend(${row.in_flight_pid}), then run migrate up again.`,
    );
  }
  const evidence = await inFlightEvidence(conn, s);
  if (evidence || !inFlight) return evidence;
  const shown = s.text.length > 300 ? `${s.text.slice(0, 300)}…` : s.text;
  throw new MigrationInFlightError(
    `${s.file}:${s.line}:${s.column}: an earlier run stopped while statement ${index + 1} of this no-transaction file was running ` +
      `(backend ${row.in_flight_pid ?? '?'}, started ${row.in_flight_at ?? '?'}), and the catalog cannot tell whether it completed:\n` +
      `  ${shown.replace(/\n/g, '\n  ')}\n` +
      'It is not run again blind. Check the database, then record what happened and rerun migrate up:\n' +
      `  schemagate migrate resolve ${m.version} --statement ${index + 1} --applied       (it completed: skip it)\n` +
      `  schemagate migrate resolve ${m.version} --statement ${index + 1} --not-applied   (it did not: run it again)`,
  );
}

/**
 * Records the outcome of the in-flight statement of a part-way no-transaction file, as the user
 * established it (`schemagate migrate resolve`).
 */
export async function resolveInFlight(
  db: Db,
  o: RunnerOptions & { version: string; statement: number; applied: boolean },
): Promise<string> {
  await loadSqlParser();
  const table = new RevisionTable(o.revisionsSchema);
  return locked(db, o, async (conn) => {
    const migration = findMigration(o.set, o.version);
    if (!migration)
      throw new MigrationStateError(`resolve: no migration with version ${o.version} in ${o.set.dir}`);
    const row = (await table.read(conn)).find((r) => r.version === o.version);
    if (row?.progress == null) {
      throw new MigrationStateError(
        `resolve: ${migration.up.file} is not part-way applied; there is nothing to resolve`,
      );
    }
    if (row.in_flight !== o.statement) {
      throw new MigrationStateError(
        `resolve: statement ${o.statement} of ${migration.up.file} is not the one in flight ` +
          `(${row.progress} statement(s) done, ${row.in_flight == null ? 'none in flight' : `statement ${row.in_flight} in flight`})`,
      );
    }
    await table.ensure(conn);
    const statements = partStatements(migration.up);
    const done = o.applied ? o.statement : o.statement - 1;
    await table.setProgress(
      conn,
      o.version,
      done,
      progressChecksum(statements, done),
      migration.checksum,
      null,
    );
    return o.applied
      ? `resolve: statement ${o.statement} of ${migration.up.file} recorded as applied; migrate up continues with statement ${o.statement + 1}`
      : `resolve: statement ${o.statement} of ${migration.up.file} recorded as not applied; migrate up runs it again`;
  });
}

export interface DownReport {
  readonly rolledBack: readonly AppliedMigration[];
  readonly currentVersion?: string;
  readonly failure?: MigrationFailure;
}

/** Runs the down parts of the last `count` applied migrations, newest first. */
export async function migrateDown(db: Db, o: RunnerOptions & { count: number }): Promise<DownReport> {
  await loadSqlParser();
  const table = new RevisionTable(o.revisionsSchema);
  const serverVersion = await db.serverVersion();
  const clock = o.clock ?? (() => performance.now());
  return locked(db, o, async (conn) => {
    const rows = await table.read(conn);
    const state = migrationState(o.set, rows);
    if (state.partial.length > 0) {
      throw new MigrationStateError(
        `${state.partial[0].migration.up.file}: part-way applied; run \`schemagate migrate up\` to finish it before rolling back.`,
      );
    }
    const targets = state.applied
      .filter((a) => !a.migration.repeatable)
      .reverse()
      .slice(0, o.count);
    if (targets.length < o.count && state.missing.length > 0) {
      throw new MigrationStateError(
        `cannot roll back ${o.count}: applied version ${state.missing[0].version} has no file in ${o.set.dir}`,
      );
    }
    const noDown = targets.filter((t) => !t.migration.down);
    if (noDown.length > 0) {
      const why =
        o.set.format === 'atlas' || o.set.format === 'plain'
          ? ` (${o.set.format} migrations have no down part)`
          : '';
      throw new MigrationStateError(
        `cannot roll back: ${noDown.map((t) => t.migration.up.file).join(', ')} ${noDown.length === 1 ? 'has' : 'have'} no down part${why}. ` +
          'Nothing was rolled back. Write the reverse change as a new migration instead.',
      );
    }
    const prepared = targets.map((t) => prepare(t.migration.down!, t.migration, true, serverVersion));
    const rolledBack: AppliedMigration[] = [];
    for (const p of prepared) {
      const started = clock();
      const down = p.migration.down!;
      let current: SqlStatement | undefined;
      try {
        await conn.exec(`${fileSettings(o)}${p.transactional ? 'BEGIN' : ''}`);
        for (const s of p.statements) {
          current = s;
          await runStatement(conn, s);
        }
        current = undefined;
        await table.remove(conn, p.migration.version);
        if (p.transactional) await conn.exec('COMMIT');
      } catch (err) {
        if (p.transactional) await conn.exec('ROLLBACK').catch(() => {});
        if (!(err instanceof SqlExecutionError) || !current) throw err;
        const f = failureOf(p, err, current.text);
        return {
          rolledBack,
          currentVersion: versionAfter(o.set, rows, rolledBack),
          failure: { ...f, file: down.file },
        };
      }
      rolledBack.push({
        version: p.migration.version,
        file: down.file,
        durationMs: clock() - started,
        statements: p.statements.length,
        transactional: p.transactional,
      });
    }
    return { rolledBack, currentVersion: versionAfter(o.set, rows, rolledBack) };
  });
}

function versionAfter(
  set: MigrationSet,
  rows: readonly RevisionRow[],
  removed: readonly AppliedMigration[],
): string | undefined {
  const gone = new Set(removed.map((r) => r.version));
  return migrationState(
    set,
    rows.filter((r) => !gone.has(r.version)),
  ).currentVersion;
}

export interface StatusReport {
  readonly format: MigrationSet['format'];
  readonly state: MigrationState;
  readonly tableExists: boolean;
  readonly adopted?: { readonly source: string; readonly count: number };
}

/** Reads the revision table without creating it or taking the lock. */
export async function migrationStatus(
  db: Db,
  o: Pick<RunnerOptions, 'set' | 'revisionsSchema'>,
): Promise<StatusReport> {
  const table = new RevisionTable(o.revisionsSchema);
  return db.session(async (conn) => {
    const { rows, adopted } = await readRows(conn, table, o.set);
    return {
      format: o.set.format,
      state: migrationState(o.set, rows),
      tableExists: adopted === undefined && (await table.exists(conn)),
      adopted: adopted && { source: adopted.source, count: adopted.rows.length },
    };
  });
}

/** Marks every migration up to `version` as applied without running it (an existing database). */
export async function baselineMigrations(
  db: Db,
  o: RunnerOptions & { version: string },
): Promise<{ marked: string[]; currentVersion: string }> {
  const target = findMigration(o.set, o.version);
  if (!target || target.repeatable) {
    throw new MigrationStateError(`baseline: no migration with version ${o.version} in ${o.set.dir}`);
  }
  const table = new RevisionTable(o.revisionsSchema);
  return locked(db, o, async (conn) => {
    await table.ensure(conn);
    const state = migrationState(o.set, await table.read(conn));
    const upTo = o.set.migrations.indexOf(target);
    const toMark = state.pending.filter((m) => !m.repeatable && o.set.migrations.indexOf(m) <= upTo);
    const partial = toMark.find((m) => state.partial.some((p) => p.migration === m));
    if (partial)
      throw new MigrationStateError(
        `baseline: ${partial.up.file} is part-way applied; finish it with \`schemagate migrate up\` first`,
      );
    const appliedBy = o.appliedBy ?? (await conn.query<{ u: string }>('SELECT current_user AS u')).rows[0].u;
    await conn.exec('BEGIN');
    try {
      for (const m of toMark) {
        await table.record(conn, {
          version: m.version,
          name: m.name,
          checksum: m.checksum,
          executionMs: 0,
          appliedBy,
          operation: 'baseline',
        });
      }
      await conn.exec('COMMIT');
    } catch (err) {
      await conn.exec('ROLLBACK').catch(() => {});
      throw err;
    }
    return { marked: toMark.map((m) => m.version), currentVersion: target.version };
  });
}
