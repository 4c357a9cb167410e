/**
 * Typed errors of the domain. Each carries where the problem is, so the edge (a stage or the CLI)
 * can print "file:line:col: message" and choose the exit code without parsing message text.
 */

export interface SourceLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

export function formatLocation(loc: SourceLocation): string {
  if (loc.line === undefined) return loc.file;
  return loc.column === undefined ? `${loc.file}:${loc.line}` : `${loc.file}:${loc.line}:${loc.column}`;
}

/** Base class: anything the user can fix by changing their input. Exit code 2. */
export class InputError extends Error {
  override readonly name: string = 'InputError';
  readonly exitCode = 2;
}

export class ConfigError extends InputError {
  override readonly name = 'ConfigError';
  constructor(
    readonly file: string,
    readonly keyPath: string,
    readonly detail: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(`${formatLocation({ file, line, column })}: ${keyPath ? `${keyPath}: ` : ''}${detail}`);
  }
}

export class SqlSyntaxError extends InputError {
  override readonly name = 'SqlSyntaxError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super(`${formatLocation({ file, line, column })}: syntax error: ${detail}`);
  }
}

/** A SQL file that is not UTF-8 text PostgreSQL can take as it is (a NUL byte, invalid UTF-8). */
export class SourceTextError extends InputError {
  override readonly name = 'SourceTextError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super(`${formatLocation({ file, line, column })}: ${detail}`);
  }
}

/** A statement that PostgreSQL itself rejected while we applied it (declared schema, migration). */
export class SqlExecutionError extends InputError {
  override readonly name = 'SqlExecutionError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly detail: string,
    readonly sqlState?: string,
    options?: { cause?: unknown },
  ) {
    super(
      `${formatLocation({ file, line, column })}: ${detail}${sqlState ? ` (SQLSTATE ${sqlState})` : ''}`,
      options,
    );
  }
}

/**
 * The database could not be reached or refused us (host, DNS, port, TLS, authentication, missing
 * database). Names host, port and database, never the password or the connection string. Exit 2:
 * the fix is in the input (URL, secret, network), not in the code.
 */
export class DbConnectionError extends InputError {
  override readonly name = 'DbConnectionError';
  constructor(
    readonly host: string,
    readonly port: number,
    readonly database: string,
    readonly reason: string,
    readonly hint: string,
  ) {
    super(
      `cannot connect to PostgreSQL at ${host}:${port}, database "${database}": ${reason}. Hint: ${hint}`,
    );
  }
}

/**
 * An established connection was lost (server restart, pg_terminate_backend, network). Not a bug
 * and not bad input: exit 1, like a failed gate; a rerun is the usual fix.
 */
export class DbConnectionLostError extends Error {
  override readonly name = 'DbConnectionLostError';
  readonly exitCode = 1;
}

/** Reading the catalog of a live database failed. */
export class CatalogError extends Error {
  override readonly name = 'CatalogError';
}

/** The diff engine could not produce a safe plan. */
export class PlanError extends Error {
  override readonly name = 'PlanError';
}

export function errorMessage(err: unknown): string {
  // Duck-typed: errors from another realm (vm contexts, WASM glue) are not `instanceof Error`.
  const message = (err as { message?: unknown } | null)?.message;
  if (typeof message !== 'string') return String(err);
  const cause = (err as { cause?: { message?: unknown } }).cause?.message;
  return typeof cause === 'string' && !message.includes(cause) ? `${message}: ${cause}` : message;
}

/**
 * The error that decides the exit code, found along the cause chain: an InputError (exit 2, bad
 * input such as a refused connection) or one that carries `exitCode: 1` (a lost connection, a
 * failed run). Undefined means a bug ("internal error").
 */
export function knownCause(err: unknown): unknown {
  for (let e = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof InputError || (e as { exitCode?: unknown }).exitCode === 1) return e;
  }
  return undefined;
}
