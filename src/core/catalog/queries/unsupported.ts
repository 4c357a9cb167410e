import { IN_SCOPE, notExtensionMember } from './filters.js';

/**
 * Objects the model does not describe field by field: aggregates and window functions, range
 * types, foreign tables, rewrite rules, triggers on views, collations, replica identity other than DEFAULT, event
 * triggers. (Virtual generated
 * columns, PostgreSQL 18, are reported from the columns query.)
 *
 * `definition` is text that changes when the object does (what the diff compares); `create` is
 * the complete statement that makes it, when PostgreSQL can print one or the catalog row holds
 * everything (then the diff can create and drop it); NULL otherwise, and the object stays
 * unsupported. Multiranges come with their range type and are not listed.
 */
export const unsupportedQuery = `
SELECT * FROM (
  SELECT 'aggregate' AS kind,
         n.nspname::text AS schema, p.proname::text AS name, NULL::text AS rel,
         pg_get_function_identity_arguments(p.oid) AS args,
         'aggregates are compared by definition only' AS reason,
         (to_jsonb(a) - 'aggfnoid' - 'aggtranstype' - 'aggmtranstype' - 'aggsortop')::text
           || format_type(a.aggtranstype, NULL) || coalesce(format_type(nullif(a.aggmtranstype, 0), NULL), '')
           || coalesce(nullif(a.aggsortop, 0)::regoper::text, '') || coalesce(obj_description(p.oid, 'pg_proc'), '') AS definition,
         CASE WHEN a.aggkind = 'n' AND a.aggmtransfn = 0 AND a.aggserialfn = 0 AND a.aggdeserialfn = 0
                   AND NOT a.aggfinalextra AND a.aggtransspace = 0 AND p.pronargs > 0
                   AND NOT EXISTS (SELECT 1 FROM unnest(coalesce(p.proargmodes, '{}'::"char"[])) m WHERE m <> 'i')
         THEN format('CREATE AGGREGATE %I.%I(%s) (SFUNC = %s, STYPE = %s%s%s%s%s%s)',
                n.nspname, p.proname, pg_get_function_identity_arguments(p.oid),
                a.aggtransfn::regproc, format_type(a.aggtranstype, NULL),
                CASE WHEN a.aggfinalfn <> 0 THEN format(', FINALFUNC = %s', a.aggfinalfn::regproc) ELSE '' END,
                CASE WHEN a.aggcombinefn <> 0 THEN format(', COMBINEFUNC = %s', a.aggcombinefn::regproc) ELSE '' END,
                CASE WHEN a.agginitval IS NOT NULL THEN format(', INITCOND = %L', a.agginitval) ELSE '' END,
                CASE WHEN a.aggsortop <> 0 THEN format(', SORTOP = OPERATOR(%s)', a.aggsortop::regoper) ELSE '' END,
                CASE WHEN p.proparallel = 's' THEN ', PARALLEL = SAFE' WHEN p.proparallel = 'r' THEN ', PARALLEL = RESTRICTED' ELSE '' END)
         END AS "create",
         format('DROP AGGREGATE %I.%I(%s)', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)) AS "drop",
         concat_ws(' ', a.aggtransfn::regproc::text, nullif(a.aggfinalfn, 0)::regproc::text, nullif(a.aggcombinefn, 0)::regproc::text, format_type(a.aggtranstype, NULL)) AS uses
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_aggregate a ON a.aggfnoid = p.oid
  WHERE p.prokind = 'a' AND ${IN_SCOPE} AND ${notExtensionMember('pg_proc', 'p.oid')}
  UNION ALL
  SELECT 'function', n.nspname::text, p.proname::text, NULL,
         pg_get_function_identity_arguments(p.oid),
         'window functions are compared by definition only',
         pg_get_functiondef(p.oid) || coalesce(obj_description(p.oid, 'pg_proc'), ''),
         pg_get_functiondef(p.oid),
         format('DROP FUNCTION %I.%I(%s)', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)),
         NULL
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
  WHERE p.prokind = 'w' AND ${IN_SCOPE} AND ${notExtensionMember('pg_proc', 'p.oid')}
  UNION ALL
  SELECT 'other', n.nspname::text, t.typname::text, NULL, NULL,
         'range types are compared by definition only',
         NULL,
         format('CREATE TYPE %I.%I AS RANGE (SUBTYPE = %s%s%s%s%s)', n.nspname, t.typname,
                format_type(r.rngsubtype, NULL),
                CASE WHEN NOT opc.opcdefault THEN format(', SUBTYPE_OPCLASS = %I.%I', opcn.nspname, opc.opcname) ELSE '' END,
                CASE WHEN r.rngcollation <> 0 AND r.rngcollation <> st.typcollation
                     THEN format(', COLLATION = %I.%I', colln.nspname, coll.collname) ELSE '' END,
                CASE WHEN r.rngcanonical <> 0 THEN format(', CANONICAL = %s', r.rngcanonical::regproc) ELSE '' END,
                CASE WHEN r.rngsubdiff <> 0 THEN format(', SUBTYPE_DIFF = %s', r.rngsubdiff::regproc) ELSE '' END),
         format('DROP TYPE %I.%I', n.nspname, t.typname),
         concat_ws(' ', format_type(r.rngsubtype, NULL), nullif(r.rngcanonical, 0)::regproc::text, nullif(r.rngsubdiff, 0)::regproc::text)
  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
  JOIN pg_range r ON r.rngtypid = t.oid
  JOIN pg_type st ON st.oid = r.rngsubtype
  JOIN pg_opclass opc ON opc.oid = r.rngsubopc JOIN pg_namespace opcn ON opcn.oid = opc.opcnamespace
  LEFT JOIN pg_collation coll ON coll.oid = r.rngcollation LEFT JOIN pg_namespace colln ON colln.oid = coll.collnamespace
  WHERE t.typtype = 'r' AND ${IN_SCOPE} AND ${notExtensionMember('pg_type', 't.oid')}
  UNION ALL
  SELECT 'foreignTable', n.nspname::text, c.relname::text, NULL, NULL, 'foreign tables are not supported',
         NULL, NULL, NULL, NULL
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind = 'f' AND ${IN_SCOPE} AND ${notExtensionMember('pg_class', 'c.oid')}
  UNION ALL
  SELECT 'rule', n.nspname::text, rw.rulename::text, c.relname::text, NULL, 'rewrite rules are compared by definition only',
         pg_get_ruledef(rw.oid) || rw.ev_enabled::text,
         CASE WHEN rw.ev_enabled = 'O' THEN rtrim(pg_get_ruledef(rw.oid), ';') END,
         format('DROP RULE %I ON %I.%I', rw.rulename, n.nspname, c.relname),
         pg_get_ruledef(rw.oid)
  FROM pg_rewrite rw JOIN pg_class c ON c.oid = rw.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE rw.rulename <> '_RETURN' AND ${IN_SCOPE} AND ${notExtensionMember('pg_class', 'c.oid')}
  UNION ALL
  SELECT 'trigger', n.nspname::text, tg.tgname::text, c.relname::text, NULL, 'triggers on views are compared by definition only',
         pg_get_triggerdef(tg.oid) || tg.tgenabled::text,
         CASE WHEN tg.tgenabled = 'O' THEN pg_get_triggerdef(tg.oid) END,
         format('DROP TRIGGER %I ON %I.%I', tg.tgname, n.nspname, c.relname),
         tg.tgfoid::regproc::text
  FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE NOT tg.tgisinternal AND c.relkind = 'v' AND ${IN_SCOPE} AND ${notExtensionMember('pg_class', 'c.oid')}
  UNION ALL
  SELECT 'collation', n.nspname::text, c.collname::text, NULL, NULL, 'collations are compared by definition only',
         NULL,
         format('CREATE COLLATION %I.%I (PROVIDER = %s, %s%s)', n.nspname, c.collname,
                CASE c.collprovider WHEN 'i' THEN 'icu' WHEN 'b' THEN 'builtin' ELSE 'libc' END,
                CASE WHEN c.collprovider = 'c'
                     THEN format('LC_COLLATE = %L, LC_CTYPE = %L', c.collcollate, c.collctype)
                     ELSE format('LOCALE = %L', coalesce(to_jsonb(c)->>'colllocale', to_jsonb(c)->>'colliculocale', c.collcollate)) END,
                CASE WHEN to_jsonb(c)->>'collisdeterministic' = 'false' THEN ', DETERMINISTIC = false' ELSE '' END),
         format('DROP COLLATION %I.%I', n.nspname, c.collname),
         NULL
  FROM pg_collation c JOIN pg_namespace n ON n.oid = c.collnamespace
  WHERE ${IN_SCOPE}
    AND NOT EXISTS (SELECT 1 FROM pg_depend ext_dep WHERE ext_dep.classid = 'pg_collation'::regclass
                    AND ext_dep.objid = c.oid AND ext_dep.deptype = 'e')
  UNION ALL
  SELECT 'replicaIdentity', n.nspname::text, 'replica identity', c.relname::text, NULL,
         'replica identity is compared by definition only',
         NULL,
         format('ALTER TABLE %I.%I REPLICA IDENTITY %s', n.nspname, c.relname,
                CASE c.relreplident WHEN 'f' THEN 'FULL' WHEN 'n' THEN 'NOTHING'
                     ELSE format('USING INDEX %I', ri.relname) END),
         format('ALTER TABLE %I.%I REPLICA IDENTITY DEFAULT', n.nspname, c.relname),
         CASE WHEN c.relreplident = 'i' THEN format('%I.%I', n.nspname, ri.relname) END
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_index rix ON rix.indrelid = c.oid AND rix.indisreplident
  LEFT JOIN pg_class ri ON ri.oid = rix.indexrelid
  WHERE c.relkind IN ('r', 'p') AND c.relreplident <> 'd' AND ${IN_SCOPE} AND ${notExtensionMember('pg_class', 'c.oid')}
  UNION ALL
  SELECT 'eventTrigger', NULL, e.evtname::text, NULL, NULL, 'event triggers are not supported',
         NULL, NULL, NULL, NULL
  FROM pg_event_trigger e
  WHERE NOT EXISTS (SELECT 1 FROM pg_depend ext_dep WHERE ext_dep.classid = 'pg_event_trigger'::regclass
                    AND ext_dep.objid = e.oid AND ext_dep.deptype = 'e')
) u
ORDER BY 1, 2, 4, 3`;
