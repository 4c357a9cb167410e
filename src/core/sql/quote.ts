/**
 * All identifier and literal quoting for generated SQL goes through here. Never build SQL from a
 * name or value any other way.
 */
import { RESERVED_KEYWORDS } from './keywords.js';

const SIMPLE_IDENT = /^[a-z_][a-z0-9_$]*$/;

/** Quotes an identifier unless it is a lower-case, non-reserved simple name. */
export function quoteIdent(name: string): string {
  if (name.includes('\u0000')) throw new Error('identifier contains a NUL character');
  if (SIMPLE_IDENT.test(name) && !RESERVED_KEYWORDS.has(name)) return name;
  return `"${name.replace(/"/g, '""')}"`;
}

/** Always quotes, for places where readability matters less than certainty. */
export function quoteIdentAlways(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** `schema.name`, each part quoted as needed. */
export function qualified(schema: string, name: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}

/** A string literal; uses E'' only when backslashes would otherwise be ambiguous. */
export function quoteLiteral(value: string): string {
  if (value.includes('\u0000')) throw new Error('string literal contains a NUL character');
  const body = value.replace(/'/g, "''");
  return value.includes('\\') ? `E'${body.replace(/\\/g, '\\\\')}'` : `'${body}'`;
}

/** Literal for a nullable text value (comments): NULL when absent. */
export function quoteNullableLiteral(value: string | null | undefined): string {
  return value === null || value === undefined ? 'NULL' : quoteLiteral(value);
}
