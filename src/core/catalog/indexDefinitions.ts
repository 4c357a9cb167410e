/**
 * Index definitions, as pg_get_indexdef prints them. The plans reuse this text and compare it
 * between databases, so it must be PostgreSQL's own, byte for byte. For a plain index (every
 * element a column with its type's default operator class, its own collation and no options; no
 * storage parameters) the text is written here from pieces the server quoted; pg_get_indexdef is
 * asked only for the others, in one query. Writing follows pg_get_indexdef_worker: UNIQUE, ONLY
 * for a partitioned index, the qualified table, USING the method, the key columns with DESC and
 * NULLS only where not the default, INCLUDE, NULLS NOT DISTINCT, then the predicate as pg_get_expr
 * prints it. catalog.test.ts checks the two agree on every supported server version.
 */
import type { Queryable } from '../db.js';
import { indexDefinitionsQuery } from './queries/indexes.js';
import { bool, optStr, type Row, str } from './rows.js';

interface Written {
  keys: string[];
  include: string[];
  plain: boolean;
}

/** The definition of every index row, by oid, read in the caller's transaction. */
export async function indexDefinitions(
  tx: Queryable,
  indexes: readonly Row[],
  elements: readonly Row[],
): Promise<Map<string, string>> {
  const written = new Map<string, Written>();
  for (const e of elements) {
    const oid = str(e, 'oid');
    let w = written.get(oid);
    if (w === undefined) {
      w = { keys: [], include: [], plain: true };
      written.set(oid, w);
    }
    if (!bool(e, 'plain')) {
      w.plain = false;
      continue;
    }
    if (!bool(e, 'is_key')) {
      w.include.push(str(e, 'column_quoted'));
      continue;
    }
    const nulls = optStr(e, 'nulls');
    w.keys.push(
      `${str(e, 'column_quoted')}${bool(e, 'descending') ? ' DESC' : ''}${nulls ? ` NULLS ${nulls}` : ''}`,
    );
  }

  const out = new Map<string, string>();
  const asked: string[] = [];
  for (const r of indexes) {
    const oid = str(r, 'oid');
    const w = written.get(oid);
    if (w?.plain && bool(r, 'no_storage_options')) out.set(oid, plainDefinition(r, w));
    else asked.push(oid);
  }
  if (asked.length > 0) {
    const { rows } = await tx.query<Row>(indexDefinitionsQuery, [asked]);
    for (const r of rows) out.set(str(r, 'oid'), str(r, 'definition'));
  }
  // An index left without a definition is an error where it is used (introspect's definitionOf).
  return out;
}

function plainDefinition(r: Row, w: Written): string {
  const predicate = optStr(r, 'predicate');
  return (
    `CREATE ${bool(r, 'is_unique') ? 'UNIQUE ' : ''}INDEX ${str(r, 'name_quoted')} ON ` +
    `${bool(r, 'partitioned') ? 'ONLY ' : ''}${str(r, 'table_quoted')} USING ${str(r, 'method_quoted')} ` +
    `(${w.keys.join(', ')})${w.include.length > 0 ? ` INCLUDE (${w.include.join(', ')})` : ''}` +
    `${bool(r, 'nulls_not_distinct') ? ' NULLS NOT DISTINCT' : ''}${predicate !== null ? ` WHERE ${predicate}` : ''}`
  );
}
