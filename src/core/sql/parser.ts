/**
 * The one door to libpg-query (the real PostgreSQL 18 parser, compiled to WASM). The module is
 * loaded lazily and once per process; callers use the sync functions after `loadSqlParser()`.
 */
import type { ParseResult, ScanResult } from 'libpg-query';
import { baselineWasm } from '../../baselineWasm.js';

type LibPgQuery = typeof import('libpg-query');

let lib: LibPgQuery | undefined;
let loading: Promise<LibPgQuery> | undefined;

export async function loadSqlParser(): Promise<void> {
  if (lib) return;
  loading ??= (async () => {
    // Dynamic import: in the ncc bundle a shim must set __dirname before libpg-query evaluates.
    const mod = await import('libpg-query');
    await baselineWasm(() => mod.loadModule());
    lib = mod;
    return mod;
  })();
  await loading;
}

function loaded(): LibPgQuery {
  if (!lib) throw new Error('internal: loadSqlParser() must be awaited before parsing');
  return lib;
}

export interface ParserFailure {
  readonly message: string;
  /** 0-based character offset into the parsed text, when the parser reported one. */
  readonly cursor?: number;
}

export function parseRaw(text: string): ParseResult | ParserFailure {
  try {
    return loaded().parseSync(text);
  } catch (err) {
    const e = err as { message?: string; sqlDetails?: { message: string; cursorPosition?: number } };
    return {
      message: e.sqlDetails?.message ?? e.message ?? String(err),
      cursor: e.sqlDetails?.cursorPosition,
    };
  }
}

export function isParserFailure(r: ParseResult | ParserFailure): r is ParserFailure {
  return 'message' in r && !('stmts' in r);
}

export function scanRaw(text: string): ScanResult {
  return loaded().scanSync(text);
}

/** Parses a PL/pgSQL-free expression or statement and returns its fingerprint; used to compare SQL text. */
export function fingerprint(text: string): string {
  return loaded().fingerprintSync(text);
}
