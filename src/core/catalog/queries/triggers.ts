import { commentOf, IN_SCOPE, notExtensionMember } from './filters.js';

/**
 * User triggers on tables. Internal triggers (foreign keys) and clones on partitions
 * (tgparentid, PostgreSQL 13+) are skipped: they follow from the FK or the parent's trigger.
 */
export const triggersQuery = `
SELECT n.nspname::text AS schema, c.relname::text AS rel, c.relkind::text AS relkind, tg.tgname::text AS name,
       pg_get_triggerdef(tg.oid) AS definition,
       fn.nspname::text AS function_schema, f.proname::text AS function_name,
       array_to_string(ARRAY(SELECT format_type(u.t, NULL) FROM unnest(f.proargtypes::oid[]) WITH ORDINALITY u(t, o) ORDER BY u.o), ', ') AS function_args,
       tg.tgenabled::text AS enabled, tg.tgconstraint <> 0 AS is_constraint,
       ${commentOf('pg_trigger', 'tg.oid')} AS comment
FROM pg_trigger tg
JOIN pg_class c ON c.oid = tg.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_proc f ON f.oid = tg.tgfoid
JOIN pg_namespace fn ON fn.oid = f.pronamespace
WHERE NOT tg.tgisinternal AND tg.tgparentid = 0
  AND ${IN_SCOPE} AND ${notExtensionMember('pg_class', 'c.oid')}
ORDER BY 1, 2, 4`;
