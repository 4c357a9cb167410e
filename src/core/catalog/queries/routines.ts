import { commentOf, grantsJson, IN_SCOPE, notExtensionMember } from './filters.js';

/**
 * Functions and procedures (prokind f, p). Aggregates and window functions are reported by the
 * unsupported query. `arg_types` (input types only, from proargtypes) identifies the routine.
 */
export const routinesQuery = `
SELECT n.nspname::text AS schema, p.proname::text AS name, p.prokind::text AS prokind,
       pg_get_userbyid(p.proowner)::text AS owner,
       pg_get_function_identity_arguments(p.oid) AS identity_args,
       array_to_string(ARRAY(SELECT format_type(u.t, NULL) FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY u(t, o) ORDER BY u.o), ', ') AS arg_types,
       pg_get_functiondef(p.oid) AS definition,
       (SELECT COALESCE(json_agg(json_build_object(
                 'name', NULLIF(p.proargnames[u.o], ''),
                 'type', format_type(u.t, NULL),
                 'mode', COALESCE(p.proargmodes[u.o]::text, 'i')) ORDER BY u.o), '[]'::json)
          FROM unnest(COALESCE(p.proallargtypes, p.proargtypes::oid[])) WITH ORDINALITY u(t, o)) AS args,
       CASE WHEN p.prokind = 'f' THEN pg_get_function_result(p.oid) END AS returns,
       l.lanname::text AS language, p.provolatile::text AS volatility, p.prosecdef AS security_definer,
       p.proisstrict AS strict, p.proparallel::text AS parallel,
       COALESCE(p.proconfig, '{}'::text[]) AS config,
       ${commentOf('pg_proc', 'p.oid')} AS comment,
       ${grantsJson('p.proacl', 'f', 'p.proowner')} AS grants
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
JOIN pg_language l ON l.oid = p.prolang
WHERE p.prokind IN ('f', 'p') AND ${IN_SCOPE} AND ${notExtensionMember('pg_proc', 'p.oid')}
  -- Constructors PostgreSQL makes for a range or multirange type come and go with the type.
  AND NOT EXISTS (SELECT 1 FROM pg_depend tdep WHERE tdep.classid = 'pg_proc'::regclass
                  AND tdep.objid = p.oid AND tdep.refclassid = 'pg_type'::regclass AND tdep.deptype = 'i')
ORDER BY 1, 2, 6`;
