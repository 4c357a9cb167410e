import { IN_SCOPE } from './filters.js';

/**
 * pg_default_acl entries (ALTER DEFAULT PRIVILEGES). A global entry (no schema) replaces the
 * built-in default of its object type, so it is read as grants beyond acldefault and defaults
 * revoked; a per-schema entry only adds to it, so everything it holds is a grant. Per-schema
 * entries outside the compared schemas are left out ($1/$2).
 */
// aclexplode rejects an empty ACL array ('{}' has no dimension), so a per-schema entry's empty
// baseline is the global default filtered out, not an empty array.
const baseline = `acldefault((CASE d.defaclobjtype WHEN 'S' THEN 's' ELSE d.defaclobjtype END)::"char", d.defaclrole)`;
const grantee = `CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(g.grantee)::text END`;

export const defaultPrivilegesQuery = `
SELECT pg_get_userbyid(d.defaclrole)::text AS role,
       n.nspname::text AS schema,
       d.defaclobjtype::text AS objtype,
       (SELECT coalesce(json_agg(json_build_object('grantee', ${grantee}, 'privilege', g.privilege_type,
                 'grantable', g.is_grantable) ORDER BY 1), '[]'::json)
          FROM (SELECT a.grantee, a.privilege_type, a.is_grantable FROM aclexplode(d.defaclacl) a
                EXCEPT
                SELECT b.grantee, b.privilege_type, b.is_grantable FROM aclexplode(${baseline}) b
                WHERE d.defaclnamespace = 0) g) AS grants,
       (SELECT coalesce(json_agg(json_build_object('grantee', ${grantee}, 'privilege', g.privilege_type,
                 'grantable', false) ORDER BY 1), '[]'::json)
          FROM (SELECT b.grantee, b.privilege_type FROM aclexplode(${baseline}) b WHERE d.defaclnamespace = 0
                EXCEPT
                SELECT a.grantee, a.privilege_type FROM aclexplode(d.defaclacl) a) g) AS revoked
FROM pg_default_acl d
LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
WHERE d.defaclnamespace = 0 OR (${IN_SCOPE})
ORDER BY 1, 2 NULLS FIRST, 3`;
