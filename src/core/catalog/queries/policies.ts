import { commentOf, IN_SCOPE, notExtensionMember } from './filters.js';

/** Row-level security policies. polroles holds 0 for PUBLIC. */
export const policiesQuery = `
SELECT n.nspname::text AS schema, c.relname::text AS rel, po.polname::text AS name,
       po.polpermissive AS permissive, po.polcmd::text AS cmd,
       ARRAY(SELECT CASE WHEN r = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(r)::text END
             FROM unnest(po.polroles) r ORDER BY 1) AS roles,
       pg_get_expr(po.polqual, po.polrelid) AS using_expr,
       pg_get_expr(po.polwithcheck, po.polrelid) AS with_check,
       ${commentOf('pg_policy', 'po.oid')} AS comment
FROM pg_policy po
JOIN pg_class c ON c.oid = po.polrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE ${IN_SCOPE} AND ${notExtensionMember('pg_class', 'c.oid')}
ORDER BY 1, 2, 3`;
