/**
 * Keys and typed ids for model objects. Map keys are built only here so that the catalog reader,
 * the declared-schema loader and the diff engine agree byte for byte.
 */
import { qualified, quoteIdent } from '../sql/quote.js';
import type { ObjectId, ObjectKind } from './types.js';

/** Key of a schema or extension: its quoted name. */
export function nameKey(name: string): string {
  return quoteIdent(name);
}

/** Key of a schema-level object (table, view, type, sequence, index): `schema.name`, quoted as needed. */
export function relKey(schema: string, name: string): string {
  return qualified(schema, name);
}

/** Key of a routine: `schema.name(argTypes)`. */
export function routineKey(schema: string, name: string, argTypes: string): string {
  return `${qualified(schema, name)}(${argTypes})`;
}

/** Key of a default-privilege entry: `role IN SCHEMA s ON tables` (`role ON tables` for the global one). */
export function defaultPrivilegeKey(role: string, schema: string | null, objects: string): string {
  return `${quoteIdent(role)}${schema !== null ? ` IN SCHEMA ${quoteIdent(schema)}` : ''} ON ${objects}`;
}

export function objectId(
  kind: ObjectKind,
  schema: string | null,
  name: string,
  extra: { table?: string | null; args?: string | null } = {},
): ObjectId {
  return { kind, schema, name, table: extra.table ?? null, args: extra.args ?? null };
}

/** Human-readable, stable rendering of an id, e.g. `column public.users.email`. */
export function describeId(id: ObjectId): string {
  const base =
    id.table !== null && id.schema !== null
      ? `${qualified(id.schema, id.table)}.${quoteIdent(id.name)}`
      : id.schema !== null
        ? qualified(id.schema, id.name)
        : quoteIdent(id.name);
  return `${id.kind} ${base}${id.args !== null ? `(${id.args})` : ''}`;
}
