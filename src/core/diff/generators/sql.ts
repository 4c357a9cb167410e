/** Small SQL-text helpers shared by generators; all quoting still goes through src/core/sql/quote.ts. */

import type { Grant } from '../../model/types.js';
import { quoteIdent } from '../../sql/quote.js';

/** A role in GRANT/REVOKE/policy TO lists: PUBLIC is a keyword, every other role an identifier. */
export function roleName(role: string): string {
  return role === 'PUBLIC' ? 'PUBLIC' : quoteIdent(role);
}

/** `(a, b)` storage parameters from sorted `key=value` reloptions. */
export function withOptions(options: readonly string[]): string {
  return options.length > 0 ? ` WITH (${options.join(', ')})` : '';
}

/** The key part of a `key=value` reloption. */
export function optionKey(option: string): string {
  const i = option.indexOf('=');
  return i < 0 ? option : option.slice(0, i);
}

/** pg_get_constraintdef prints ` NOT VALID` after unvalidated CHECK/FK constraints. */
export function withoutNotValid(definition: string): string {
  return definition.replace(/\s+NOT VALID$/, '');
}

export function grantsByGrantee(grants: readonly Grant[]): Map<string, Grant> {
  return new Map(grants.map((g) => [g.grantee, g]));
}
