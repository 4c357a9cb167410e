import { collationName, commentOf, grantsJson, IN_SCOPE, notExtensionMember } from './filters.js';

/**
 * Enum, domain and composite types (typtype e, d, c with a standalone composite relation).
 * Range and multirange types are reported by the unsupported query.
 */
export const typesQuery = `
SELECT n.nspname::text AS schema, t.typname::text AS name, t.typtype::text AS typtype,
       pg_get_userbyid(t.typowner)::text AS owner,
       ${commentOf('pg_type', 't.oid')} AS comment,
       ${grantsJson('t.typacl', 'T', 't.typowner')} AS grants,
       CASE WHEN t.typtype = 'e' THEN
         ARRAY(SELECT en.enumlabel::text FROM pg_enum en WHERE en.enumtypid = t.oid ORDER BY en.enumsortorder)
       END AS labels,
       CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END AS base_type,
       CASE WHEN t.typtype = 'd' AND t.typcollation <> 0
              AND t.typcollation <> (SELECT bt.typcollation FROM pg_type bt WHERE bt.oid = t.typbasetype)
            THEN ${collationName('t.typcollation')} END AS collation,
       CASE WHEN t.typtype = 'd' THEN pg_get_expr(t.typdefaultbin, 0) END AS "default",
       t.typnotnull AS not_null,
       CASE WHEN t.typtype = 'd' THEN
         (SELECT COALESCE(json_agg(json_build_object('name', dc.conname::text,
                   'definition', pg_get_constraintdef(dc.oid), 'validated', dc.convalidated) ORDER BY dc.conname), '[]'::json)
          FROM pg_constraint dc WHERE dc.contypid = t.oid AND dc.contype = 'c')
       END AS checks
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE ${IN_SCOPE} AND ${notExtensionMember('pg_type', 't.oid')}
  AND (t.typtype IN ('e', 'd')
       OR (t.typtype = 'c' AND (SELECT r.relkind FROM pg_class r WHERE r.oid = t.typrelid) = 'c'))
ORDER BY 1, 2`;
