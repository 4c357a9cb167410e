import { commentOf, grantsJson, IN_SCOPE, notExtensionMember } from './filters.js';

/** Views and materialized views; columns come from the columns query. */
export const viewsQuery = `
SELECT n.nspname::text AS schema, c.relname::text AS name, c.relkind::text AS relkind,
       pg_get_userbyid(c.relowner)::text AS owner,
       pg_get_viewdef(c.oid, true) AS definition,
       COALESCE(c.reloptions::text[], '{}'::text[]) AS options,
       c.relispopulated AS populated,
       ${commentOf('pg_class', 'c.oid')} AS comment,
       ${grantsJson('c.relacl', 'r', 'c.relowner')} AS grants
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm') AND ${IN_SCOPE} AND ${notExtensionMember('pg_class', 'c.oid')}
ORDER BY 1, 2`;
