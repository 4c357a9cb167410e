import { commentOf, grantsJson, IN_SCOPE, notExtensionMember } from './filters.js';

/**
 * Sequences with their options; `owned_*` is the OWNED BY column, `identity` whether the sequence
 * backs an identity column (deptype 'i').
 */
export const sequencesQuery = `
SELECT n.nspname::text AS schema, c.relname::text AS name,
       pg_get_userbyid(c.relowner)::text AS owner,
       ${commentOf('pg_class', 'c.oid')} AS comment,
       ${grantsJson('c.relacl', 's', 'c.relowner')} AS grants,
       format_type(s.seqtypid, NULL) AS data_type,
       s.seqstart::text AS start, s.seqincrement::text AS increment,
       s.seqmin::text AS min, s.seqmax::text AS max, s.seqcache::text AS cache, s.seqcycle AS cycle,
       dn.nspname::text AS owned_schema, dt.relname::text AS owned_table, da.attname::text AS owned_column,
       COALESCE(d.deptype = 'i', false) AS identity
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_sequence s ON s.seqrelid = c.oid
LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid
     AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i')
LEFT JOIN pg_class dt ON dt.oid = d.refobjid
LEFT JOIN pg_namespace dn ON dn.oid = dt.relnamespace
LEFT JOIN pg_attribute da ON da.attrelid = d.refobjid AND da.attnum = d.refobjsubid
WHERE c.relkind = 'S' AND ${IN_SCOPE} AND ${notExtensionMember('pg_class', 'c.oid')}
ORDER BY 1, 2`;
