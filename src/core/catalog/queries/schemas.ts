import { commentOf, grantsJson, IN_SCOPE, notExtensionMember } from './filters.js';

/** Schemas in scope, except those an extension created. */
export const schemasQuery = `
SELECT n.nspname::text AS name,
       pg_get_userbyid(n.nspowner)::text AS owner,
       ${commentOf('pg_namespace', 'n.oid')} AS comment,
       ${grantsJson('n.nspacl', 'n', 'n.nspowner')} AS grants
FROM pg_namespace n
WHERE ${IN_SCOPE} AND ${notExtensionMember('pg_namespace', 'n.oid')}
ORDER BY 1`;
