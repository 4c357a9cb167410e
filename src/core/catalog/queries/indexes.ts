import { collationName, commentOf, IN_SCOPE, notExtensionMember } from './filters.js';

/** Indexes in scope: tables and materialized views of in-scope schemas, not of an extension. */
const INDEXED_RELATION = `tc.relkind IN ('r', 'p', 'm') AND ${IN_SCOPE.replaceAll('n.nspname', 'tn.nspname')}
  AND ${notExtensionMember('pg_class', 'tc.oid')}`;

/**
 * Indexes with the facts that are not per column; the columns come from indexElementsQuery, joined
 * on `oid` by the client. `nulls_not_distinct` exists from PostgreSQL 15; the query for older
 * servers reports false. The definition is not read here: pg_get_indexdef looks up the default
 * operator class with a catalog scan for every key column, ~60 % of this query's time on a fresh
 * backend. The client writes the text of plain indexes from the quoted pieces below (see
 * catalog/indexDefinitions.ts) and asks indexDefinitionsQuery for the others.
 */
function indexesSql(nullsNotDistinct: string): string {
  return `
SELECT i.indexrelid::text AS oid, n.nspname::text AS schema, ic.relname::text AS name,
       tn.nspname::text AS table_schema, tc.relname::text AS table_name,
       quote_ident(ic.relname) AS name_quoted,
       quote_ident(tn.nspname) || '.' || quote_ident(tc.relname) AS table_quoted,
       quote_ident(am.amname) AS method_quoted, ic.relkind = 'I' AS partitioned,
       ic.reloptions IS NULL AS no_storage_options,
       i.indisunique AS is_unique, am.amname::text AS method,
       ${nullsNotDistinct} AS nulls_not_distinct, i.indisvalid AS valid,
       pg_get_expr(i.indpred, i.indrelid) AS predicate,
       co.conname::text AS constraint_name,
       (SELECT json_build_object('schema', pn.nspname::text, 'name', pc.relname::text)
          FROM pg_inherits ih JOIN pg_class pc ON pc.oid = ih.inhparent JOIN pg_namespace pn ON pn.oid = pc.relnamespace
         WHERE ih.inhrelid = i.indexrelid) AS parent_index,
       ${commentOf('pg_class', 'ic.oid')} AS comment
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_namespace n ON n.oid = ic.relnamespace
JOIN pg_class tc ON tc.oid = i.indrelid
JOIN pg_namespace tn ON tn.oid = tc.relnamespace
JOIN pg_am am ON am.oid = ic.relam
LEFT JOIN pg_constraint co ON co.conindid = i.indexrelid AND co.conrelid = i.indrelid AND co.contype IN ('p', 'u', 'x')
WHERE ${INDEXED_RELATION}
ORDER BY 2, 3`;
}

/**
 * One row per index column, flat (a per-index subquery aggregating JSON was ~70 % of the index
 * read on 5,000 tables). Key columns (`is_key`) carry the column (or expression text), a
 * non-default opclass, a collation other than the column's (for expressions the implicit
 * collation is not knowable from SQL, so it is left to `definition`) and the ordering bits of
 * indoption (1 = DESC, 2 = NULLS FIRST); the others are INCLUDE columns. `plain` says the element
 * prints as just its quoted column (plus ordering) in pg_get_indexdef: a column, and for a key the
 * default operator class of the column's exact type, the column's collation and no opclass options.
 */
export const indexElementsQuery = `
SELECT i.indexrelid::text AS oid, k.o::int AS position, k.o <= i.indnkeyatts AS is_key,
       a.attname::text AS column, quote_ident(a.attname) AS column_quoted,
       COALESCE(k.num <> 0 AND (k.o > i.indnkeyatts OR (oc.opcdefault AND oc.opcintype = a.atttypid
         AND (k.coll = 0 OR k.coll = a.attcollation)
         AND NOT EXISTS (SELECT 1 FROM pg_attribute ia
                          WHERE ia.attrelid = i.indexrelid AND ia.attnum = k.o AND ia.attoptions IS NOT NULL))),
         false) AS plain,
       CASE WHEN k.num = 0 THEN pg_get_indexdef(i.indexrelid, k.o::int, true) END AS expression,
       CASE WHEN NOT oc.opcdefault THEN quote_ident(ocn.nspname) || '.' || quote_ident(oc.opcname) END AS opclass,
       CASE WHEN k.num <> 0 AND k.coll <> 0 AND k.coll <> a.attcollation THEN ${collationName('k.coll')} END AS collation,
       (k.opt & 1) = 1 AS descending,
       CASE WHEN (k.opt & 1) = 1 AND (k.opt & 2) = 0 THEN 'LAST'
            WHEN (k.opt & 1) = 0 AND (k.opt & 2) = 2 THEN 'FIRST' END AS nulls
FROM pg_index i
JOIN pg_class tc ON tc.oid = i.indrelid
JOIN pg_namespace tn ON tn.oid = tc.relnamespace
CROSS JOIN LATERAL unnest(i.indkey::int2[], i.indclass::oid[], i.indoption::int2[], i.indcollation::oid[])
     WITH ORDINALITY k(num, cls, opt, coll, o)
LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.num AND k.num <> 0
LEFT JOIN pg_opclass oc ON oc.oid = k.cls
LEFT JOIN pg_namespace ocn ON ocn.oid = oc.opcnamespace
WHERE ${INDEXED_RELATION}
ORDER BY i.indexrelid, k.o`;

/** pg_get_indexdef of the indexes (oids, $1) whose text the client cannot write itself. */
export const indexDefinitionsQuery = `
SELECT o::text AS oid, pg_get_indexdef(o) AS definition FROM unnest($1::oid[]) o`;

/** PostgreSQL 15 and later. */
export const indexesQuery = indexesSql('i.indnullsnotdistinct');
/** PostgreSQL 13 and 14: no NULLS NOT DISTINCT. */
export const indexesQueryPre15 = indexesSql('false');

export function indexesQueryFor(serverVersion: number): string {
  return serverVersion >= 150000 ? indexesQuery : indexesQueryPre15;
}
