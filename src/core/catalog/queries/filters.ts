/**
 * SQL fragments shared by the per-kind catalog queries. They are constants assembled at module
 * load, never built from user input: schema filters arrive as bind parameters $1 (include, or
 * NULL for all) and $2 (exclude).
 */

/** True for a namespace (alias `n`) that is in scope: not a system schema, and passes $1/$2. */
export const IN_SCOPE = `n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'
  AND ($1::text[] IS NULL OR n.nspname = ANY ($1::text[]))
  AND NOT (n.nspname = ANY (COALESCE($2::text[], '{}'::text[])))`;

/** True when the object `oidExpr` of catalog `catalog` is not a member of an extension. */
export function notExtensionMember(
  catalog: 'pg_class' | 'pg_type' | 'pg_proc' | 'pg_namespace',
  oidExpr: string,
): string {
  return `NOT EXISTS (SELECT 1 FROM pg_depend ext_dep
    WHERE ext_dep.classid = '${catalog}'::regclass AND ext_dep.objid = ${oidExpr} AND ext_dep.deptype = 'e')`;
}

/**
 * Grants beyond the object's default ACL, as a JSON array of {grantee, privilege, grantable}.
 * `aclExpr` is the ACL column, `kind` the acldefault letter, `ownerExpr` the owner column.
 */
export function grantsJson(
  aclExpr: string,
  kind: 'r' | 's' | 'n' | 'f' | 'T' | 'c',
  ownerExpr: string,
): string {
  // A NULL ACL is the default: skip aclexplode for the common case.
  return `CASE WHEN ${aclExpr} IS NULL THEN '[]'::json ELSE (SELECT COALESCE(json_agg(json_build_object(
        'grantee', CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(g.grantee)::text END,
        'privilege', g.privilege_type, 'grantable', g.is_grantable)
        ORDER BY 1), '[]'::json)
      FROM (SELECT a.grantee, a.privilege_type, a.is_grantable FROM aclexplode(COALESCE(${aclExpr}, acldefault('${kind}', ${ownerExpr}))) a
            EXCEPT
            SELECT d.grantee, d.privilege_type, d.is_grantable FROM aclexplode(acldefault('${kind}', ${ownerExpr})) d) g) END`;
}

/** Comment of an object in pg_description (`objsubid` 0), as text or NULL. */
export function commentOf(catalog: string, oidExpr: string, subIdExpr = '0'): string {
  return `(SELECT ds.description FROM pg_description ds
    WHERE ds.classoid = '${catalog}'::regclass AND ds.objoid = ${oidExpr} AND ds.objsubid = ${subIdExpr})`;
}

/** `schema.name` of a collation, quoted by the server, or NULL. */
export function collationName(oidExpr: string): string {
  return `(SELECT quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
    FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = ${oidExpr})`;
}
