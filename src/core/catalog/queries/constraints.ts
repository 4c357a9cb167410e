import { commentOf, IN_SCOPE, notExtensionMember } from './filters.js';

/**
 * Table constraints p/u/c/f/x. PostgreSQL 18's NOT NULL rows (contype 'n') are excluded: NOT NULL
 * is the column's notNull. Foreign-key clones that PostgreSQL adds on the referencing table for
 * each partition of a referenced partitioned table are excluded too (they share the parent's
 * name and are not declared by anyone).
 *
 * The constrained columns come as attribute numbers (`keys`), named by the client from the columns
 * query: a per-row ARRAY subquery was a third of this query's time on a fresh backend. The
 * referenced columns keep theirs, only for foreign keys, since the referenced table may be out of
 * scope and so not among the columns read.
 */
export const constraintsQuery = `
SELECT n.nspname::text AS schema, r.relname::text AS rel, co.conname::text AS name, co.contype::text AS contype,
       pg_get_constraintdef(co.oid) AS definition,
       co.conkey::int2[] AS keys,
       co.condeferrable AS deferrable, co.condeferred AS deferred, co.convalidated AS validated,
       co.connoinherit AS no_inherit,
       (co.conparentid <> 0 OR NOT co.conislocal) AS inherited,
       CASE WHEN co.contype IN ('p', 'u', 'x') AND co.conindid <> 0 THEN
         (SELECT json_build_object('schema', ixn.nspname::text, 'name', ix.relname::text)
          FROM pg_class ix JOIN pg_namespace ixn ON ixn.oid = ix.relnamespace WHERE ix.oid = co.conindid)
       END AS index,
       fn.nspname::text AS ref_schema, f.relname::text AS ref_table,
       CASE WHEN co.contype = 'f' THEN
         ARRAY(SELECT a.attname::text FROM unnest(co.confkey) WITH ORDINALITY k(num, ord)
               JOIN pg_attribute a ON a.attrelid = co.confrelid AND a.attnum = k.num ORDER BY k.ord)
       END AS ref_columns,
       co.confupdtype::text AS on_update, co.confdeltype::text AS on_delete, co.confmatchtype::text AS match,
       ${commentOf('pg_constraint', 'co.oid')} AS comment
FROM pg_constraint co
JOIN pg_class r ON r.oid = co.conrelid
JOIN pg_namespace n ON n.oid = r.relnamespace
LEFT JOIN pg_class f ON f.oid = co.confrelid
LEFT JOIN pg_namespace fn ON fn.oid = f.relnamespace
WHERE co.contype IN ('p', 'u', 'c', 'f', 'x') AND r.relkind IN ('r', 'p')
  AND ${IN_SCOPE} AND ${notExtensionMember('pg_class', 'r.oid')}
  AND NOT (co.contype = 'f' AND co.conparentid <> 0 AND EXISTS (
        SELECT 1 FROM pg_constraint pco WHERE pco.oid = co.conparentid AND pco.conrelid = co.conrelid))
ORDER BY 1, 2, 3`;
