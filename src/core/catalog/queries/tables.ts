import { commentOf, grantsJson, IN_SCOPE, notExtensionMember } from './filters.js';

/** Ordinary and partitioned tables with partitioning, inheritance, RLS flags and options. */
export const tablesQuery = `
SELECT n.nspname::text AS schema, c.relname::text AS name, c.relkind::text AS relkind,
       pg_get_userbyid(c.relowner)::text AS owner,
       ${commentOf('pg_class', 'c.oid')} AS comment,
       ${grantsJson('c.relacl', 'r', 'c.relowner')} AS grants,
       c.relpersistence = 'u' AS unlogged,
       COALESCE(c.reloptions::text[], '{}'::text[]) AS options,
       c.relrowsecurity AS row_security, c.relforcerowsecurity AS force_row_security,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
       CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS partition_bound,
       (SELECT COALESCE(json_agg(json_build_object('schema', pn.nspname::text, 'name', pc.relname::text) ORDER BY i.inhseqno), '[]'::json)
          FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent
          JOIN pg_namespace pn ON pn.oid = pc.relnamespace
         WHERE i.inhrelid = c.oid) AS parents
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND ${IN_SCOPE} AND ${notExtensionMember('pg_class', 'c.oid')}
ORDER BY 1, 2`;
