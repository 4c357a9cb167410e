/** Keywords that cannot be used as a bare identifier everywhere (PostgreSQL categories R, T and C). */
export const RESERVED_KEYWORDS: ReadonlySet<string> = new Set(
  `all analyse analyze and any array as asc asymmetric authorization between bigint binary bit boolean 
both case cast char character check coalesce collate collation column concurrently constraint create
 cross current_catalog current_date current_role current_schema current_time current_timestamp curre
nt_user dec decimal default deferrable desc distinct do else end except exists extract false fetch f
loat for foreign freeze from full grant greatest group grouping having ilike in initially inner inou
t int integer intersect interval into is isnull join lateral leading least left like limit localtime
 localtimestamp national natural nchar none normalize not notnull null nullif numeric offset on only
 or order out outer overlaps overlay placing position precision primary real references returning ri
ght row select session_user setof similar smallint some substring symmetric table tablesample then t
ime timestamp to trailing treat trim true union unique user using values varchar variadic verbose wh
en where window with xmlattributes xmlconcat xmlelement xmlexists xmlforest xmlnamespaces xmlparse x
mlpi xmlroot xmlserialize xmltable `
    .split(/\s+/)
    .filter(Boolean),
);
