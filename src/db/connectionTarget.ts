/**
 * Reads a connection string (a postgres:// URL or libpq key=value pairs) into node-postgres
 * settings, and into what messages may show about it: host, port, database and user, never the
 * password and never the string itself.
 */
import { InputError } from '../core/errors.js';

export interface ConnectionTarget {
  readonly host: string;
  readonly port: number;
  readonly database: string;
  readonly user?: string;
}

export interface ConnectionSettings {
  /** Fields for pg.Pool (connectionString or the parsed key=value pairs). */
  readonly pg: Record<string, unknown>;
  readonly target: ConnectionTarget;
  /** Strings that must never appear in output (the password, the whole string). */
  readonly secrets: readonly string[];
}

const URL_SCHEME = /^postgres(?:ql)?:\/\//i;
const KEY_VALUE = /^\s*[A-Za-z_]+\s*=/;

/** True for anything that is meant as a connection string, so callers never echo it. */
export function looksLikeConnectionString(s: string): boolean {
  return URL_SCHEME.test(s) || KEY_VALUE.test(s) || /:\/\/|@|password/i.test(s);
}

export function isConnectionString(s: string): boolean {
  return URL_SCHEME.test(s) || KEY_VALUE.test(s);
}

const NOT_A_CONNECTION_STRING =
  'not a connection string (the value is not shown): expected postgres://user@host:5432/database or key=value pairs such as host=... dbname=... user=...';

/** `database` replaces the string's database (the dev database's temporary one). */
export function connectionSettings(
  conn: string,
  where = 'database URL',
  database?: string,
): ConnectionSettings {
  const s = URL_SCHEME.test(conn)
    ? fromUrl(conn, where)
    : KEY_VALUE.test(conn)
      ? fromKeyValue(conn, where)
      : undefined;
  if (!s) throw new InputError(`${where}: ${NOT_A_CONNECTION_STRING}`);
  if (database === undefined) return s;
  let pg: Record<string, unknown> = { ...s.pg, database };
  if (typeof s.pg.connectionString === 'string') {
    const u = new URL(s.pg.connectionString);
    u.pathname = `/${encodeURIComponent(database)}`;
    pg = { connectionString: u.toString() };
  }
  return {
    pg,
    target: { ...s.target, database },
    secrets: [...s.secrets, String(pg.connectionString ?? '')].filter(Boolean),
  };
}

function fromUrl(conn: string, where: string): ConnectionSettings {
  let u: URL;
  try {
    u = new URL(conn);
  } catch {
    throw new InputError(`${where}: not a valid postgres:// URL (the value is not shown)`);
  }
  const dec = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  const user = dec(u.username) || u.searchParams.get('user') || undefined;
  const password = dec(u.password) || u.searchParams.get('password') || '';
  const host = dec(u.hostname).replace(/^\[|\]$/g, '') || u.searchParams.get('host') || 'localhost';
  return {
    pg: { connectionString: conn },
    target: {
      host,
      port: Number(u.port || u.searchParams.get('port') || 5432),
      database: dec(u.pathname.replace(/^\//, '')) || u.searchParams.get('dbname') || user || 'postgres',
      user,
    },
    secrets: [conn, password, u.password].filter((s) => s.length > 0),
  };
}

/** libpq's key = value format: values may be single-quoted, with \' and \\ escapes. */
export function parseKeyValue(conn: string, where = 'database URL'): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  const n = conn.length;
  const ws = () => {
    while (i < n && /\s/.test(conn[i])) i++;
  };
  for (;;) {
    ws();
    if (i >= n) return out;
    const k = /^[A-Za-z_]+/.exec(conn.slice(i));
    if (!k) throw new InputError(`${where}: ${NOT_A_CONNECTION_STRING}`);
    i += k[0].length;
    ws();
    if (conn[i] !== '=')
      throw new InputError(`${where}: "${k[0]}" has no "=" after it (the value is not shown)`);
    i++;
    ws();
    let v = '';
    if (conn[i] === "'") {
      i++;
      for (;;) {
        if (i >= n) throw new InputError(`${where}: unterminated quoted value for "${k[0]}"`);
        const c = conn[i++];
        if (c === "'") break;
        v += c === '\\' && i < n ? conn[i++] : c;
      }
    } else {
      while (i < n && !/\s/.test(conn[i])) {
        const c = conn[i++];
        v += c === '\\' && i < n ? conn[i++] : c;
      }
    }
    out.set(k[0], v);
  }
}

const SSL: Record<string, unknown> = {
  disable: false,
  allow: false,
  prefer: false,
  require: { rejectUnauthorized: false },
  'verify-ca': true,
  'verify-full': true,
};

function fromKeyValue(conn: string, where: string): ConnectionSettings {
  const kv = parseKeyValue(conn, where);
  const pg: Record<string, unknown> = {};
  for (const [key, value] of kv) {
    switch (key) {
      case 'host':
      case 'hostaddr':
        pg.host = value;
        break;
      case 'port':
        pg.port = Number(value);
        if (!Number.isInteger(pg.port)) throw new InputError(`${where}: port must be a number`);
        break;
      case 'dbname':
        pg.database = value;
        break;
      case 'user':
        pg.user = value;
        break;
      case 'password':
        pg.password = value;
        break;
      case 'sslmode':
        if (!(value in SSL))
          throw new InputError(`${where}: sslmode must be one of ${Object.keys(SSL).join(', ')}`);
        pg.ssl = SSL[value];
        break;
      case 'connect_timeout':
        pg.connectionTimeoutMillis = Number(value) * 1000;
        break;
      case 'application_name':
        pg.application_name = value;
        break;
      case 'options':
        pg.options = value;
        break;
      default:
        throw new InputError(`${where}: unsupported connection parameter "${key}"`);
    }
  }
  const user = pg.user as string | undefined;
  const password = (pg.password as string | undefined) ?? '';
  return {
    pg,
    target: {
      host: (pg.host as string | undefined) ?? 'localhost',
      port: (pg.port as number | undefined) ?? 5432,
      database: (pg.database as string | undefined) ?? user ?? 'postgres',
      user,
    },
    secrets: [conn, password].filter((s) => s.length > 0),
  };
}

/** `text` with every secret replaced, for any message built from a driver's error. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) if (s) out = out.split(s).join('***');
  return out;
}
