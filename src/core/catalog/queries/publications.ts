import { commentOf, IN_SCOPE } from './filters.js';

/**
 * Publications with their tables (each with its column list and row filter) and schemas. Tables and
 * schemas outside the compared schemas are left out ($1/$2, through IN_SCOPE). Catalog columns by
 * version: column lists, row filters and FOR TABLES IN SCHEMA (pg_publication_namespace) from
 * PostgreSQL 15, publish_generated_columns from 18; older servers get NULL/empty for them.
 */
function publicationsSql(opts: { v15: boolean; v18: boolean }): string {
  const columns = opts.v15
    ? `CASE WHEN pr.prattrs IS NULL THEN NULL ELSE (SELECT json_agg(a.attname::text ORDER BY a.attname)
         FROM pg_attribute a WHERE a.attrelid = pr.prrelid AND a.attnum = ANY (pr.prattrs::int2[])) END`
    : 'NULL::json';
  const where = opts.v15 ? 'pg_get_expr(pr.prqual, pr.prrelid)' : 'NULL::text';
  const schemas = opts.v15
    ? `(SELECT coalesce(array_agg(n.nspname::text ORDER BY n.nspname), '{}'::text[])
         FROM pg_publication_namespace pn JOIN pg_namespace n ON n.oid = pn.pnnspid
        WHERE pn.pnpubid = p.oid AND ${IN_SCOPE})`
    : `'{}'::text[]`;
  const generated = opts.v18 ? `CASE p.pubgencols WHEN 's' THEN 'stored' ELSE 'none' END` : `'none'`;
  return `
SELECT p.pubname::text AS name,
       pg_get_userbyid(p.pubowner)::text AS owner,
       ${commentOf('pg_publication', 'p.oid')} AS comment,
       p.puballtables AS all_tables,
       p.pubinsert AS pub_insert, p.pubupdate AS pub_update, p.pubdelete AS pub_delete,
       p.pubtruncate AS pub_truncate, p.pubviaroot AS via_root,
       ${generated} AS generated_columns,
       (SELECT coalesce(json_agg(json_build_object(
                 'schema', n.nspname::text, 'name', c.relname::text,
                 'columns', ${columns}, 'where', ${where})
               ORDER BY n.nspname, c.relname), '[]'::json)
          FROM pg_publication_rel pr JOIN pg_class c ON c.oid = pr.prrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE pr.prpubid = p.oid AND ${IN_SCOPE}) AS tables,
       ${schemas} AS schemas
FROM pg_publication p
ORDER BY 1`;
}

export function publicationsQueryFor(serverVersion: number): string {
  return publicationsSql({ v15: serverVersion >= 150000, v18: serverVersion >= 180000 });
}
