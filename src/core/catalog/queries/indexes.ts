import { collationName, commentOf, IN_SCOPE, notExtensionMember } from './filters.js';

/**
 * Indexes with their definition and parsed facts. Per key element: the column (or expression
 * text), a non-default opclass, a collation other than the column's (for expressions the
 * implicit collation is not knowable from SQL, so it is left to `definition`) and the ordering
 * bits of indoption
 * (1 = DESC, 2 = NULLS FIRST). `nulls_not_distinct` exists from PostgreSQL 15; the query for older
 * servers reports false.
 */
function indexesSql(nullsNotDistinct: string): string {
  return `
SELECT n.nspname::text AS schema, ic.relname::text AS name,
       tn.nspname::text AS table_schema, tc.relname::text AS table_name,
       pg_get_indexdef(i.indexrelid) AS definition,
       i.indisunique AS is_unique, am.amname::text AS method,
       ${nullsNotDistinct} AS nulls_not_distinct, i.indisvalid AS valid,
       (SELECT json_agg(json_build_object(
           'column', a.attname::text,
           'expression', CASE WHEN k.num = 0 THEN pg_get_indexdef(i.indexrelid, k.o::int, true) END,
           'opclass', CASE WHEN NOT oc.opcdefault THEN quote_ident(ocn.nspname) || '.' || quote_ident(oc.opcname) END,
           'collation', CASE WHEN k.num <> 0 AND k.coll <> 0 AND k.coll <> a.attcollation
                        THEN ${collationName('k.coll')} END,
           'descending', (k.opt & 1) = 1,
           'nulls', CASE WHEN (k.opt & 1) = 1 AND (k.opt & 2) = 0 THEN 'LAST'
                         WHEN (k.opt & 1) = 0 AND (k.opt & 2) = 2 THEN 'FIRST' END)
         ORDER BY k.o)
        FROM unnest(i.indkey::int2[], i.indclass::oid[], i.indoption::int2[], i.indcollation::oid[])
             WITH ORDINALITY k(num, cls, opt, coll, o)
        LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.num AND k.num <> 0
        LEFT JOIN pg_opclass oc ON oc.oid = k.cls
        LEFT JOIN pg_namespace ocn ON ocn.oid = oc.opcnamespace
        WHERE k.o <= i.indnkeyatts) AS elements,
       ARRAY(SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(num, o)
             JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.num
             WHERE k.o > i.indnkeyatts ORDER BY k.o) AS include,
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
WHERE tc.relkind IN ('r', 'p', 'm') AND ${IN_SCOPE.replaceAll('n.nspname', 'tn.nspname')}
  AND ${notExtensionMember('pg_class', 'tc.oid')}
ORDER BY 1, 2`;
}

/** PostgreSQL 15 and later. */
export const indexesQuery = indexesSql('i.indnullsnotdistinct');
/** PostgreSQL 13 and 14: no NULLS NOT DISTINCT. */
export const indexesQueryPre15 = indexesSql('false');

export function indexesQueryFor(serverVersion: number): string {
  return serverVersion >= 150000 ? indexesQuery : indexesQueryPre15;
}
