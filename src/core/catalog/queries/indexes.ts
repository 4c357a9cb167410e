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
           'column', CASE WHEN i.indkey[k - 1] <> 0 THEN
                       (SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1]) END,
           'expression', CASE WHEN i.indkey[k - 1] = 0 THEN pg_get_indexdef(i.indexrelid, k, true) END,
           'opclass', (SELECT CASE WHEN NOT oc.opcdefault THEN quote_ident(ocn.nspname) || '.' || quote_ident(oc.opcname) END
                       FROM pg_opclass oc JOIN pg_namespace ocn ON ocn.oid = oc.opcnamespace
                       WHERE oc.oid = i.indclass[k - 1]),
           'collation', CASE WHEN i.indkey[k - 1] <> 0 AND i.indcollation[k - 1] <> 0 AND i.indcollation[k - 1] <>
                          (SELECT a.attcollation FROM pg_attribute a WHERE a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1])
                        THEN ${collationName('i.indcollation[k - 1]')} END,
           'descending', (i.indoption[k - 1] & 1) = 1,
           'nulls', CASE WHEN (i.indoption[k - 1] & 1) = 1 AND (i.indoption[k - 1] & 2) = 0 THEN 'LAST'
                         WHEN (i.indoption[k - 1] & 1) = 0 AND (i.indoption[k - 1] & 2) = 2 THEN 'FIRST' END)
         ORDER BY k)
        FROM generate_series(1, i.indnkeyatts::int) k) AS elements,
       ARRAY(SELECT a.attname::text FROM generate_series(i.indnkeyatts::int + 1, i.indnatts::int) k
             JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1] ORDER BY k) AS include,
       pg_get_expr(i.indpred, i.indrelid) AS predicate,
       (SELECT co.conname::text FROM pg_constraint co
         WHERE co.conindid = i.indexrelid AND co.conrelid = i.indrelid AND co.contype IN ('p', 'u', 'x') LIMIT 1) AS constraint_name,
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
