/**
 * The port through which the core talks to a database. Two implementations live at the edge
 * (src/db): node-postgres for a URL and PGlite for the embedded default.
 */
export interface QueryResult<R = Record<string, unknown>> {
  readonly rows: R[];
  readonly rowCount: number;
}

export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
  /**
   * Runs a script that may hold several statements and no parameters (simple query protocol).
   * When the driver can count them, the error of a failed script carries how many of its
   * statements completed before it (see completedStatementsOf).
   */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  /** `embedded` (PGlite) or `server` (a real PostgreSQL). */
  readonly kind: 'embedded' | 'server';
  /**
   * True when queries issued together on one connection go out without waiting for each answer
   * (node-postgres pipeline mode): the server then works while the client reads earlier rows.
   */
  readonly pipelines?: boolean;
  /** Runs `fn` inside BEGIN/COMMIT on one connection; ROLLBACK if it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs `fn` on one dedicated connection (session state such as advisory locks sticks to it). */
  session<T>(fn: (conn: Queryable) => Promise<T>): Promise<T>;
  /** PostgreSQL server_version_num, e.g. 150019. */
  serverVersion(): Promise<number>;
  close(): Promise<void>;
}

/** Error shape both drivers produce for a failed statement. */
export interface DbErrorFields {
  readonly message: string;
  readonly code?: string;
  readonly position?: string | number;
  readonly detail?: string;
  readonly hint?: string;
  /** Statements of the failed script that completed before the error, when the driver counted them. */
  readonly completedStatements?: number;
}

export function dbErrorFields(err: unknown): DbErrorFields {
  const e = err as Record<string, unknown>;
  return {
    message: typeof e?.message === 'string' ? e.message : String(err),
    code: typeof e?.code === 'string' ? e.code : undefined,
    position: (e?.position as string | number | undefined) ?? undefined,
    detail: typeof e?.detail === 'string' ? e.detail : undefined,
    hint: typeof e?.hint === 'string' ? e.hint : undefined,
    completedStatements: typeof e?.completedStatements === 'number' ? e.completedStatements : undefined,
  };
}
