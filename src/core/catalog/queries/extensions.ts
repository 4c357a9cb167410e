import { commentOf, IN_SCOPE } from './filters.js';

/** Installed extensions, except plpgsql which every database has. */
export const extensionsQuery = `
SELECT e.extname::text AS name, n.nspname::text AS schema, e.extversion::text AS version,
       ${commentOf('pg_extension', 'e.oid')} AS comment
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname <> 'plpgsql' AND (${IN_SCOPE} OR n.nspname = 'pg_catalog')
ORDER BY 1`;
