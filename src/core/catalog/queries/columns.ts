import { collationName, commentOf, IN_SCOPE, notExtensionMember } from './filters.js';

/**
 * Live columns of tables, views, materialized views and composite types, in one query. The
 * identity sequence options come from the sequence the column depends on internally ('i').
 */
export const columnsQuery = `
SELECT n.nspname::text AS schema, c.relname::text AS rel, c.relkind::text AS relkind,
       a.attname::text AS name, a.attnum::int AS position,
       format_type(a.atttypid, a.atttypmod) AS type,
       CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation
            THEN ${collationName('a.attcollation')} END AS collation,
       a.attnotnull AS not_null,
       CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, ad.adrelid) END AS "default",
       CASE WHEN a.attgenerated <> '' THEN pg_get_expr(ad.adbin, ad.adrelid) END AS generated,
       a.attgenerated::text AS generated_kind,
       a.attidentity::text AS identity,
       CASE WHEN a.attidentity <> '' THEN
         (SELECT json_build_object('dataType', format_type(s.seqtypid, NULL), 'start', s.seqstart::text,
                 'increment', s.seqincrement::text, 'min', s.seqmin::text, 'max', s.seqmax::text,
                 'cache', s.seqcache::text, 'cycle', s.seqcycle)
          FROM pg_depend d JOIN pg_sequence s ON s.seqrelid = d.objid
          WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
            AND d.refobjid = c.oid AND d.refobjsubid = a.attnum AND d.deptype = 'i' LIMIT 1)
       END AS identity_sequence,
       ${commentOf('pg_class', 'c.oid', 'a.attnum')} AS comment,
       CASE WHEN a.attacl IS NULL THEN '[]'::json ELSE (SELECT COALESCE(json_agg(json_build_object(
                 'grantee', CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(g.grantee)::text END,
                 'privilege', g.privilege_type, 'grantable', g.is_grantable)), '[]'::json)
          FROM aclexplode(a.attacl) g) END AS grants
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'c')
  AND ${IN_SCOPE} AND ${notExtensionMember('pg_class', 'c.oid')}
ORDER BY 1, 2, 5`;
