import { IN_SCOPE, notExtensionMember } from './filters.js';

/**
 * Objects the model does not describe, so that callers can report them by name instead of
 * silently leaving them out: aggregates and window functions, range types, foreign tables,
 * rewrite rules, triggers on views, event triggers. (Virtual generated columns, PostgreSQL 18, are
 * reported from the columns query.)
 */
export const unsupportedQuery = `
SELECT * FROM (
  SELECT CASE p.prokind WHEN 'a' THEN 'aggregate' ELSE 'function' END AS kind,
         n.nspname::text AS schema, p.proname::text AS name, NULL::text AS rel,
         pg_get_function_identity_arguments(p.oid) AS args,
         CASE p.prokind WHEN 'a' THEN 'aggregates are not supported' ELSE 'window functions are not supported' END AS reason
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
  WHERE p.prokind IN ('a', 'w') AND ${IN_SCOPE} AND ${notExtensionMember('pg_proc', 'p.oid')}
  UNION ALL
  SELECT 'other', n.nspname::text, t.typname::text, NULL, NULL,
         CASE t.typtype WHEN 'r' THEN 'range types are not supported' ELSE 'multirange types are not supported' END
  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
  WHERE t.typtype IN ('r', 'm') AND ${IN_SCOPE} AND ${notExtensionMember('pg_type', 't.oid')}
  UNION ALL
  SELECT 'foreignTable', n.nspname::text, c.relname::text, NULL, NULL, 'foreign tables are not supported'
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind = 'f' AND ${IN_SCOPE} AND ${notExtensionMember('pg_class', 'c.oid')}
  UNION ALL
  SELECT 'rule', n.nspname::text, rw.rulename::text, c.relname::text, NULL, 'rewrite rules are not supported'
  FROM pg_rewrite rw JOIN pg_class c ON c.oid = rw.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE rw.rulename <> '_RETURN' AND ${IN_SCOPE} AND ${notExtensionMember('pg_class', 'c.oid')}
  UNION ALL
  SELECT 'trigger', n.nspname::text, tg.tgname::text, c.relname::text, NULL, 'triggers on views are not supported'
  FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE NOT tg.tgisinternal AND c.relkind = 'v' AND ${IN_SCOPE} AND ${notExtensionMember('pg_class', 'c.oid')}
  UNION ALL
  SELECT 'eventTrigger', NULL, e.evtname::text, NULL, NULL, 'event triggers are not supported'
  FROM pg_event_trigger e
  WHERE NOT EXISTS (SELECT 1 FROM pg_depend ext_dep WHERE ext_dep.classid = 'pg_event_trigger'::regclass
                    AND ext_dep.objid = e.oid AND ext_dep.deptype = 'e')
) u
ORDER BY 1, 2, 4, 3`;
