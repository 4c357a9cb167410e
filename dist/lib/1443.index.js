export const id = 1443;
export const ids = [1443];
export const modules = {

/***/ 41477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ loadDeclaredSchema)
/* harmony export */ });
/* harmony import */ var _db_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50261);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _model_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63359);
/* harmony import */ var _sql_parser_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5873);
/* harmony import */ var _introspect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26340);





/** Applies every statement of `files` (already parsed, in order) to `db`, then introspects it. */
async function loadDeclaredSchema(db, files, options = {}) {
    const total = files.reduce((n, f) => n + f.statements.length, 0);
    let done = 0;
    const report = () => options.onProgress?.({ phase: 'applying schema files', done, total, unit: 'statements' });
    report();
    for (const file of files) {
        for (const stmt of file.statements) {
            await applyStatement(db, stmt);
            done++;
            report();
        }
    }
    const model = await (0,_introspect_js__WEBPACK_IMPORTED_MODULE_3__/* .introspect */ .q)(db, options);
    const renames = files.flatMap((f) => f.directives.filter((d) => d.name === 'schemagate:rename').map((d) => parseRename(f.file, d, model)));
    const usings = files.flatMap((f) => f.directives.filter((d) => d.name === 'schemagate:using').map((d) => parseUsing(f.file, d, model)));
    return { model, renames, usings };
}
/**
 * `-- schemagate:using <schema.table.column> <expression>`: the conversion for a column type change
 * that has no cast (e.g. `-- schemagate:using app.t.ref md5(ref::text)::uuid`). The expression must
 * parse as exactly one SQL expression, so a hint cannot smuggle in a statement.
 */
function parseUsing(file, d, model) {
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SqlSyntaxError */ .MO(file, d.line, 1, `schemagate:using ${d.args}: ${why}`);
    };
    const name = /^(?:[^\s"]+|"(?:[^"]|"")*")+/.exec(d.args)?.[0] ?? '';
    const expression = d.args.slice(name.length).trim();
    if (!name || !expression)
        fail('expected -- schemagate:using <schema.table.column> <expression>');
    const parts = splitName(name) ?? fail(`cannot read the name ${name}`);
    if (parts.length !== 3 && parts.length !== 2)
        fail('name the column as schema.table.column');
    const [schema, table, column] = parts.length === 2 ? ['public', ...parts] : parts;
    const t = model.tables[(0,_model_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .relKey */ .jO)(schema, table)];
    if (!t)
        fail(`table ${(0,_model_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .relKey */ .jO)(schema, table)} is not in the declared schema`);
    if (!t?.columns[column])
        fail(`column ${column} is not in table ${(0,_model_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .relKey */ .jO)(schema, table)}`);
    if (!isOneExpression(expression))
        fail(`${expression} is not one SQL expression`);
    return { schema, table, column, expression, file, line: d.line };
}
function isOneExpression(expression) {
    const parsed = (0,_sql_parser_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRaw */ .kY)(`SELECT ${expression}`);
    if (!('stmts' in parsed) || parsed.stmts?.length !== 1)
        return false;
    const select = parsed.stmts[0].stmt.SelectStmt;
    if (!select)
        return false;
    const keys = Object.keys(select).filter((k) => k !== 'limitOption' && k !== 'op');
    const targets = select.targetList;
    return (keys.length === 1 &&
        targets?.length === 1 &&
        targets[0].ResTarget !== undefined &&
        !targets[0].ResTarget.name);
}
async function applyStatement(db, stmt) {
    try {
        await db.exec(stmt.text);
    }
    catch (err) {
        const f = (0,_db_js__WEBPACK_IMPORTED_MODULE_4__/* .dbErrorFields */ .O)(err);
        const at = positionIn(stmt, f.position);
        const detail = [f.message, f.detail, f.hint && `hint: ${f.hint}`].filter(Boolean).join('; ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SqlExecutionError */ .TS(stmt.file, at.line, at.column, detail, f.code, { cause: err });
    }
}
/** File line:col of PostgreSQL's 1-based character `position` inside the statement text. */
function positionIn(stmt, position) {
    const p = Number(position);
    if (!Number.isInteger(p) || p < 1 || p > stmt.text.length + 1)
        return { line: stmt.line, column: stmt.column };
    const before = stmt.text.slice(0, p - 1);
    const nl = before.lastIndexOf('\n');
    if (nl < 0)
        return { line: stmt.line, column: stmt.column + before.length };
    const lines = before.split('\n').length - 1;
    return { line: stmt.line + lines, column: before.length - nl };
}
/**
 * `-- schemagate:rename <old> <new>`: names are written as in SQL (double quotes allowed).
 * `schema.table` (or `table`, meaning public) renames a table; `schema.table.column` a column.
 * `<new>` is either the full new name or just its last part. The new name must exist in the
 * declared schema, so a typo fails here rather than turning into a silent drop.
 */
function parseRename(file, d, model) {
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SqlSyntaxError */ .MO(file, d.line, 1, `schemagate:rename ${d.args}: ${why}`);
    };
    const words = splitWords(d.args);
    if (words.length !== 2)
        fail('expected two names: -- schemagate:rename <old> <new>');
    const from = splitName(words[0]) ?? fail(`cannot read the name ${words[0]}`);
    const toRaw = splitName(words[1]) ?? fail(`cannot read the name ${words[1]}`);
    if (from.length > 3)
        fail('a name has at most three parts: schema.table.column');
    const full = from.length === 1 ? ['public', ...from] : from;
    const target = toRaw.length === 1
        ? [...full.slice(0, -1), toRaw[0]]
        : toRaw.length === full.length
            ? toRaw
            : toRaw.length === from.length && from.length === 1
                ? ['public', ...toRaw]
                : fail('old and new names must name the same kind of object');
    if (target.length !== full.length)
        fail('old and new names must name the same kind of object');
    if (full.length === 2) {
        if (full[0] !== target[0])
            fail('a rename cannot move a table to another schema');
        if (!model.tables[(0,_model_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .relKey */ .jO)(target[0], target[1])])
            fail(`table ${(0,_model_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .relKey */ .jO)(target[0], target[1])} is not in the declared schema`);
        return {
            kind: 'table',
            schema: full[0],
            table: target[1],
            from: full[1],
            to: target[1],
            file,
            line: d.line,
        };
    }
    if (full[0] !== target[0] || full[1] !== target[1])
        fail('a column rename must keep the table (rename the table separately)');
    const table = model.tables[(0,_model_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .relKey */ .jO)(target[0], target[1])];
    if (!table)
        fail(`table ${(0,_model_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .relKey */ .jO)(target[0], target[1])} is not in the declared schema`);
    if (!table?.columns[target[2]])
        fail(`column ${target[2]} is not in table ${(0,_model_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .relKey */ .jO)(target[0], target[1])}`);
    return {
        kind: 'column',
        schema: full[0],
        table: full[1],
        from: full[2],
        to: target[2],
        file,
        line: d.line,
    };
}
/** Splits on whitespace outside double quotes. */
function splitWords(text) {
    return text.match(/(?:[^\s"]+|"(?:[^"]|"")*")+/g) ?? [];
}
/** Splits a dotted SQL name into parts: unquoted parts fold to lower case, quoted ones are kept. */
function splitName(text) {
    const parts = [];
    let i = 0;
    while (i < text.length) {
        if (text[i] === '"') {
            let s = '';
            i++;
            for (;;) {
                if (i >= text.length)
                    return null;
                if (text[i] === '"') {
                    if (text[i + 1] === '"') {
                        s += '"';
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                s += text[i++];
            }
            parts.push(s);
        }
        else {
            const end = text.indexOf('.', i);
            const raw = text.slice(i, end < 0 ? text.length : end);
            if (raw === '' || raw.includes('"'))
                return null;
            parts.push(raw.toLowerCase());
            i = end < 0 ? text.length : end;
        }
        if (i < text.length) {
            if (text[i] !== '.')
                return null;
            i++;
            if (i >= text.length)
                return null;
        }
    }
    return parts;
}


/***/ }),

/***/ 36524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QH: () => (/* reexport */ BOOKKEEPING_SCHEMAS),
  nc: () => (/* reexport */ bookkeepingTableNames),
  In: () => (/* reexport */ ignoredKinds),
  qb: () => (/* reexport */ introspect/* introspect */.q),
  Pr: () => (/* reexport */ withoutBookkeeping)
});

;// CONCATENATED MODULE: ./src/core/catalog/bookkeeping.ts
/** Schemas that hold nothing but bookkeeping (Atlas keeps its revisions in a schema of their own). */
const BOOKKEEPING_SCHEMAS = ['atlas_schema_revisions'];
/** Bare table names, matched in any schema: the tools let users move them. */
const TOOL_TABLES = [
    'atlas_schema_revisions', // atlas (when given a schema of the user's)
    'schema_migrations', // golang-migrate, dbmate, Rails
    'flyway_schema_history', // flyway
    'goose_db_version', // goose
    '_prisma_migrations', // prisma migrate
    'knex_migrations', // knex
    'knex_migrations_lock',
    'databasechangelog', // liquibase
    'databasechangeloglock',
];
/** Qualified or bare names of the bookkeeping tables, for `drift.ignore_tables`-style filters. */
function bookkeepingTableNames(revisionsSchema) {
    return [
        `${revisionsSchema}.schemagate_revisions`,
        `${revisionsSchema}.schemagate_validations`, // the drift validation history
        ...TOOL_TABLES,
    ];
}
function exact(name) {
    return new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}
/** Introspection options that leave the bookkeeping out, merged with the caller's own. */
function withoutBookkeeping(revisionsSchema, options = {}) {
    return {
        ...options,
        excludeSchemas: [...(options.excludeSchemas ?? []), ...BOOKKEEPING_SCHEMAS],
        ignoreTables: [...(options.ignoreTables ?? []), ...bookkeepingTableNames(revisionsSchema).map(exact)],
    };
}
/** Config `ignore` as introspection options: the kinds never read, so never compared or planned. */
function ignoredKinds(ignore) {
    return { publications: ignore.publications, defaultPrivileges: ignore.default_privileges };
}

// EXTERNAL MODULE: ./src/core/catalog/introspect.ts + 19 modules
var introspect = __webpack_require__(26340);
;// CONCATENATED MODULE: ./src/core/catalog/index.ts




/***/ }),

/***/ 26340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ introspect)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/model/ids.ts
var ids = __webpack_require__(63359);
// EXTERNAL MODULE: ./src/core/model/normalize.ts
var normalize = __webpack_require__(35918);
// EXTERNAL MODULE: ./src/core/model/records.ts
var records = __webpack_require__(22215);
// EXTERNAL MODULE: ./src/core/sql/parser.ts
var sql_parser = __webpack_require__(5873);
;// CONCATENATED MODULE: ./src/core/catalog/queries/filters.ts
/**
 * SQL fragments shared by the per-kind catalog queries. They are constants assembled at module
 * load, never built from user input: schema filters arrive as bind parameters $1 (include, or
 * NULL for all) and $2 (exclude).
 */
/** True for a namespace (alias `n`) that is in scope: not a system schema, and passes $1/$2. */
const IN_SCOPE = `n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'
  AND ($1::text[] IS NULL OR n.nspname = ANY ($1::text[]))
  AND NOT (n.nspname = ANY (COALESCE($2::text[], '{}'::text[])))`;
/** True when the object `oidExpr` of catalog `catalog` is not a member of an extension. */
function notExtensionMember(catalog, oidExpr) {
    return `NOT EXISTS (SELECT 1 FROM pg_depend ext_dep
    WHERE ext_dep.classid = '${catalog}'::regclass AND ext_dep.objid = ${oidExpr} AND ext_dep.deptype = 'e')`;
}
/**
 * Grants beyond the object's default ACL, as a JSON array of {grantee, privilege, grantable}.
 * `aclExpr` is the ACL column, `kind` the acldefault letter, `ownerExpr` the owner column.
 */
function grantsJson(aclExpr, kind, ownerExpr) {
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
function commentOf(catalog, oidExpr, subIdExpr = '0') {
    return `(SELECT ds.description FROM pg_description ds
    WHERE ds.classoid = '${catalog}'::regclass AND ds.objoid = ${oidExpr} AND ds.objsubid = ${subIdExpr})`;
}
/** `schema.name` of a collation, quoted by the server, or NULL. */
function collationName(oidExpr) {
    return `(SELECT quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
    FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = ${oidExpr})`;
}

;// CONCATENATED MODULE: ./src/core/catalog/queries/indexes.ts

/** Indexes in scope: tables and materialized views of in-scope schemas, not of an extension. */
const INDEXED_RELATION = `tc.relkind IN ('r', 'p', 'm') AND ${IN_SCOPE.replaceAll('n.nspname', 'tn.nspname')}
  AND ${notExtensionMember('pg_class', 'tc.oid')}`;
/**
 * Indexes with the facts that are not per column; the columns come from indexElementsQuery, joined
 * on `oid` by the client. `nulls_not_distinct` exists from PostgreSQL 15; the query for older
 * servers reports false. The definition is not read here: pg_get_indexdef looks up the default
 * operator class with a catalog scan for every key column, ~60 % of this query's time on a fresh
 * backend. The client writes the text of plain indexes from the quoted pieces below (see
 * catalog/indexDefinitions.ts) and asks indexDefinitionsQuery for the others.
 */
function indexesSql(nullsNotDistinct) {
    return `
SELECT i.indexrelid::text AS oid, n.nspname::text AS schema, ic.relname::text AS name,
       tn.nspname::text AS table_schema, tc.relname::text AS table_name,
       quote_ident(ic.relname) AS name_quoted,
       quote_ident(tn.nspname) || '.' || quote_ident(tc.relname) AS table_quoted,
       quote_ident(am.amname) AS method_quoted, ic.relkind = 'I' AS partitioned,
       ic.reloptions IS NULL AS no_storage_options,
       i.indisunique AS is_unique, am.amname::text AS method,
       ${nullsNotDistinct} AS nulls_not_distinct, i.indisvalid AS valid,
       pg_get_expr(i.indpred, i.indrelid) AS predicate,
       co.conname::text AS constraint_name,
       (SELECT json_build_object('schema', pn.nspname::text, 'name', pc.relname::text)
          FROM pg_inherits ih JOIN pg_class pc ON pc.oid = ih.inhparent JOIN pg_namespace pn ON pn.oid = pc.relnamespace
         WHERE ih.inhrelid = i.indexrelid) AS parent_index,
       ${commentOf('pg_class', 'ic.oid')} AS comment
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_namespace n ON n.oid = ic.relnamespace
JOIN pg_class tc ON tc.oid = i.indrelid
JOIN pg_namespace tn ON tn.oid = tc.relnamespace
JOIN pg_am am ON am.oid = ic.relam
LEFT JOIN pg_constraint co ON co.conindid = i.indexrelid AND co.conrelid = i.indrelid AND co.contype IN ('p', 'u', 'x')
WHERE ${INDEXED_RELATION}
ORDER BY 2, 3`;
}
/**
 * One row per index column, flat (a per-index subquery aggregating JSON was ~70 % of the index
 * read on 5,000 tables). Key columns (`is_key`) carry the column (or expression text), a
 * non-default opclass, a collation other than the column's (for expressions the implicit
 * collation is not knowable from SQL, so it is left to `definition`) and the ordering bits of
 * indoption (1 = DESC, 2 = NULLS FIRST); the others are INCLUDE columns. `plain` says the element
 * prints as just its quoted column (plus ordering) in pg_get_indexdef: a column, and for a key the
 * default operator class of the column's exact type, the column's collation and no opclass options.
 */
const indexElementsQuery = `
SELECT i.indexrelid::text AS oid, k.o::int AS position, k.o <= i.indnkeyatts AS is_key,
       a.attname::text AS column, quote_ident(a.attname) AS column_quoted,
       COALESCE(k.num <> 0 AND (k.o > i.indnkeyatts OR (oc.opcdefault AND oc.opcintype = a.atttypid
         AND (k.coll = 0 OR k.coll = a.attcollation)
         AND NOT EXISTS (SELECT 1 FROM pg_attribute ia
                          WHERE ia.attrelid = i.indexrelid AND ia.attnum = k.o AND ia.attoptions IS NOT NULL))),
         false) AS plain,
       CASE WHEN k.num = 0 THEN pg_get_indexdef(i.indexrelid, k.o::int, true) END AS expression,
       CASE WHEN NOT oc.opcdefault THEN quote_ident(ocn.nspname) || '.' || quote_ident(oc.opcname) END AS opclass,
       CASE WHEN k.num <> 0 AND k.coll <> 0 AND k.coll <> a.attcollation THEN ${collationName('k.coll')} END AS collation,
       (k.opt & 1) = 1 AS descending,
       CASE WHEN (k.opt & 1) = 1 AND (k.opt & 2) = 0 THEN 'LAST'
            WHEN (k.opt & 1) = 0 AND (k.opt & 2) = 2 THEN 'FIRST' END AS nulls
FROM pg_index i
JOIN pg_class tc ON tc.oid = i.indrelid
JOIN pg_namespace tn ON tn.oid = tc.relnamespace
CROSS JOIN LATERAL unnest(i.indkey::int2[], i.indclass::oid[], i.indoption::int2[], i.indcollation::oid[])
     WITH ORDINALITY k(num, cls, opt, coll, o)
LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.num AND k.num <> 0
LEFT JOIN pg_opclass oc ON oc.oid = k.cls
LEFT JOIN pg_namespace ocn ON ocn.oid = oc.opcnamespace
WHERE ${INDEXED_RELATION}
ORDER BY i.indexrelid, k.o`;
/** pg_get_indexdef of the indexes (oids, $1) whose text the client cannot write itself. */
const indexDefinitionsQuery = `
SELECT o::text AS oid, pg_get_indexdef(o) AS definition FROM unnest($1::oid[]) o`;
/** PostgreSQL 15 and later. */
const indexesQuery = indexesSql('i.indnullsnotdistinct');
/** PostgreSQL 13 and 14: no NULLS NOT DISTINCT. */
const indexesQueryPre15 = indexesSql('false');
function indexesQueryFor(serverVersion) {
    return serverVersion >= 150000 ? indexesQuery : indexesQueryPre15;
}

;// CONCATENATED MODULE: ./src/core/catalog/rows.ts
/**
 * Typed readers for catalog rows. Both drivers return text, booleans, text[] and json the same
 * way once the queries cast name[] to text[] and bigints to text; these helpers keep the
 * remaining differences (and a broken query) from leaking into the model as `undefined`.
 */

function str(row, key) {
    const v = row[key];
    if (typeof v !== 'string')
        throw new errors/* CatalogError */.G$(`catalog row field ${key}: expected text, got ${typeof v}`);
    return v;
}
function optStr(row, key) {
    const v = row[key];
    if (v === null || v === undefined)
        return null;
    if (typeof v !== 'string')
        throw new errors/* CatalogError */.G$(`catalog row field ${key}: expected text, got ${typeof v}`);
    return v;
}
function bool(row, key) {
    const v = row[key];
    if (typeof v !== 'boolean')
        throw new errors/* CatalogError */.G$(`catalog row field ${key}: expected boolean, got ${typeof v}`);
    return v;
}
function rows_int(row, key) {
    const v = row[key];
    const n = typeof v === 'string' ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isInteger(n))
        throw new errors/* CatalogError */.G$(`catalog row field ${key}: expected integer`);
    return n;
}
/** A text[] column: node-postgres parses it to an array; a `{a,b}` string is parsed as a fallback. */
function strArray(row, key) {
    const v = row[key];
    if (v === null || v === undefined)
        return [];
    if (Array.isArray(v))
        return v.map(String);
    if (typeof v === 'string')
        return parsePgArray(v);
    throw new errors/* CatalogError */.G$(`catalog row field ${key}: expected text[], got ${typeof v}`);
}
/** An int2[]/int4[] column: node-postgres and PGlite parse it to numbers; text is parsed as a fallback. */
function intArray(row, key) {
    const v = row[key];
    if (v === null || v === undefined)
        return [];
    const items = Array.isArray(v) ? v : typeof v === 'string' ? parsePgArray(v) : null;
    const out = items?.map(Number);
    if (!out || out.some((n) => !Number.isInteger(n)))
        throw new errors/* CatalogError */.G$(`catalog row field ${key}: expected an array of integers`);
    return out;
}
/** A json column; node-postgres and PGlite both parse json, but a string is accepted too. */
function json(row, key) {
    const v = row[key];
    return (typeof v === 'string' ? JSON.parse(v) : v);
}
/** Parses a one-dimensional PostgreSQL array literal of text. */
function parsePgArray(text) {
    if (text === '{}')
        return [];
    const body = text.slice(1, -1);
    const out = [];
    let i = 0;
    while (i < body.length) {
        if (body[i] === '"') {
            let s = '';
            i++;
            while (i < body.length && body[i] !== '"') {
                if (body[i] === '\\')
                    i++;
                s += body[i];
                i++;
            }
            out.push(s);
            i += 2;
        }
        else {
            const end = body.indexOf(',', i);
            out.push(body.slice(i, end < 0 ? body.length : end));
            i = end < 0 ? body.length : end + 1;
        }
    }
    return out;
}
/** Groups aclexplode rows by grantee into sorted Grant records. */
function grants(row, key = 'grants') {
    const items = json(row, key) ?? [];
    const by = new Map();
    for (const it of items) {
        const g = by.get(it.grantee) ?? { privileges: new Set(), grantable: new Set() };
        g.privileges.add(it.privilege);
        if (it.grantable)
            g.grantable.add(it.privilege);
        by.set(it.grantee, g);
    }
    return [...by.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([grantee, g]) => ({
        grantee,
        privileges: [...g.privileges].sort(),
        grantable: [...g.grantable].sort(),
    }));
}

;// CONCATENATED MODULE: ./src/core/catalog/indexDefinitions.ts


/** The definition of every index row, by oid, read in the caller's transaction. */
async function indexDefinitions(tx, indexes, elements) {
    const written = new Map();
    for (const e of elements) {
        const oid = str(e, 'oid');
        let w = written.get(oid);
        if (w === undefined) {
            w = { keys: [], include: [], plain: true };
            written.set(oid, w);
        }
        if (!bool(e, 'plain')) {
            w.plain = false;
            continue;
        }
        if (!bool(e, 'is_key')) {
            w.include.push(str(e, 'column_quoted'));
            continue;
        }
        const nulls = optStr(e, 'nulls');
        w.keys.push(`${str(e, 'column_quoted')}${bool(e, 'descending') ? ' DESC' : ''}${nulls ? ` NULLS ${nulls}` : ''}`);
    }
    const out = new Map();
    const asked = [];
    for (const r of indexes) {
        const oid = str(r, 'oid');
        const w = written.get(oid);
        if (w?.plain && bool(r, 'no_storage_options'))
            out.set(oid, plainDefinition(r, w));
        else
            asked.push(oid);
    }
    if (asked.length > 0) {
        const { rows } = await tx.query(indexDefinitionsQuery, [asked]);
        for (const r of rows)
            out.set(str(r, 'oid'), str(r, 'definition'));
    }
    // An index left without a definition is an error where it is used (introspect's definitionOf).
    return out;
}
function plainDefinition(r, w) {
    const predicate = optStr(r, 'predicate');
    return (`CREATE ${bool(r, 'is_unique') ? 'UNIQUE ' : ''}INDEX ${str(r, 'name_quoted')} ON ` +
        `${bool(r, 'partitioned') ? 'ONLY ' : ''}${str(r, 'table_quoted')} USING ${str(r, 'method_quoted')} ` +
        `(${w.keys.join(', ')})${w.include.length > 0 ? ` INCLUDE (${w.include.join(', ')})` : ''}` +
        `${bool(r, 'nulls_not_distinct') ? ' NULLS NOT DISTINCT' : ''}${predicate !== null ? ` WHERE ${predicate}` : ''}`);
}

;// CONCATENATED MODULE: ./src/core/catalog/queries/columns.ts

/**
 * Live columns of tables, views, materialized views and composite types, in one query. The
 * identity sequence options come from the sequence the column depends on internally ('i').
 */
const columnsQuery = `
SELECT n.nspname::text AS schema, c.relname::text AS rel, c.relkind::text AS relkind,
       a.attname::text AS name, a.attnum::int AS position,
       format_type(a.atttypid, a.atttypmod) AS type,
       CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation
            THEN ${collationName('a.attcollation')} END AS collation,
       a.attnotnull AS not_null,
       CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, ad.adrelid) END AS "default",
       CASE WHEN a.attgenerated <> '' THEN pg_get_expr(ad.adbin, ad.adrelid) END AS generated,
       a.attgenerated::text AS generated_kind,
       a.attidentity::text AS identity,
       CASE WHEN a.attidentity <> '' THEN
         (SELECT json_build_object('dataType', format_type(s.seqtypid, NULL), 'start', s.seqstart::text,
                 'increment', s.seqincrement::text, 'min', s.seqmin::text, 'max', s.seqmax::text,
                 'cache', s.seqcache::text, 'cycle', s.seqcycle)
          FROM pg_depend d JOIN pg_sequence s ON s.seqrelid = d.objid
          WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
            AND d.refobjid = c.oid AND d.refobjsubid = a.attnum AND d.deptype = 'i' LIMIT 1)
       END AS identity_sequence,
       ${commentOf('pg_class', 'c.oid', 'a.attnum')} AS comment,
       CASE WHEN a.attacl IS NULL THEN '[]'::json ELSE (SELECT COALESCE(json_agg(json_build_object(
                 'grantee', CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(g.grantee)::text END,
                 'privilege', g.privilege_type, 'grantable', g.is_grantable)), '[]'::json)
          FROM aclexplode(a.attacl) g) END AS grants
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'c')
  AND ${IN_SCOPE} AND ${notExtensionMember('pg_class', 'c.oid')}
ORDER BY 1, 2, 5`;

;// CONCATENATED MODULE: ./src/core/catalog/queries/constraints.ts

/**
 * Table constraints p/u/c/f/x. PostgreSQL 18's NOT NULL rows (contype 'n') are excluded: NOT NULL
 * is the column's notNull. Foreign-key clones that PostgreSQL adds on the referencing table for
 * each partition of a referenced partitioned table are excluded too (they share the parent's
 * name and are not declared by anyone).
 *
 * The constrained columns come as attribute numbers (`keys`), named by the client from the columns
 * query: a per-row ARRAY subquery was a third of this query's time on a fresh backend. The
 * referenced columns keep theirs, only for foreign keys, since the referenced table may be out of
 * scope and so not among the columns read.
 */
const constraintsQuery = `
SELECT n.nspname::text AS schema, r.relname::text AS rel, co.conname::text AS name, co.contype::text AS contype,
       pg_get_constraintdef(co.oid) AS definition,
       co.conkey::int2[] AS keys,
       co.condeferrable AS deferrable, co.condeferred AS deferred, co.convalidated AS validated,
       co.connoinherit AS no_inherit,
       (co.conparentid <> 0 OR NOT co.conislocal) AS inherited,
       CASE WHEN co.contype IN ('p', 'u', 'x') AND co.conindid <> 0 THEN
         (SELECT json_build_object('schema', ixn.nspname::text, 'name', ix.relname::text)
          FROM pg_class ix JOIN pg_namespace ixn ON ixn.oid = ix.relnamespace WHERE ix.oid = co.conindid)
       END AS index,
       fn.nspname::text AS ref_schema, f.relname::text AS ref_table,
       CASE WHEN co.contype = 'f' THEN
         ARRAY(SELECT a.attname::text FROM unnest(co.confkey) WITH ORDINALITY k(num, ord)
               JOIN pg_attribute a ON a.attrelid = co.confrelid AND a.attnum = k.num ORDER BY k.ord)
       END AS ref_columns,
       co.confupdtype::text AS on_update, co.confdeltype::text AS on_delete, co.confmatchtype::text AS match,
       ${commentOf('pg_constraint', 'co.oid')} AS comment
FROM pg_constraint co
JOIN pg_class r ON r.oid = co.conrelid
JOIN pg_namespace n ON n.oid = r.relnamespace
LEFT JOIN pg_class f ON f.oid = co.confrelid
LEFT JOIN pg_namespace fn ON fn.oid = f.relnamespace
WHERE co.contype IN ('p', 'u', 'c', 'f', 'x') AND r.relkind IN ('r', 'p')
  AND ${IN_SCOPE} AND ${notExtensionMember('pg_class', 'r.oid')}
  AND NOT (co.contype = 'f' AND co.conparentid <> 0 AND EXISTS (
        SELECT 1 FROM pg_constraint pco WHERE pco.oid = co.conparentid AND pco.conrelid = co.conrelid))
ORDER BY 1, 2, 3`;

;// CONCATENATED MODULE: ./src/core/catalog/queries/defaultPrivileges.ts

/**
 * pg_default_acl entries (ALTER DEFAULT PRIVILEGES). A global entry (no schema) replaces the
 * built-in default of its object type, so it is read as grants beyond acldefault and defaults
 * revoked; a per-schema entry only adds to it, so everything it holds is a grant. Per-schema
 * entries outside the compared schemas are left out ($1/$2).
 */
// aclexplode rejects an empty ACL array ('{}' has no dimension), so a per-schema entry's empty
// baseline is the global default filtered out, not an empty array.
const baseline = `acldefault((CASE d.defaclobjtype WHEN 'S' THEN 's' ELSE d.defaclobjtype END)::"char", d.defaclrole)`;
const grantee = `CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(g.grantee)::text END`;
const defaultPrivilegesQuery = `
SELECT pg_get_userbyid(d.defaclrole)::text AS role,
       n.nspname::text AS schema,
       d.defaclobjtype::text AS objtype,
       (SELECT coalesce(json_agg(json_build_object('grantee', ${grantee}, 'privilege', g.privilege_type,
                 'grantable', g.is_grantable) ORDER BY 1), '[]'::json)
          FROM (SELECT a.grantee, a.privilege_type, a.is_grantable FROM aclexplode(d.defaclacl) a
                EXCEPT
                SELECT b.grantee, b.privilege_type, b.is_grantable FROM aclexplode(${baseline}) b
                WHERE d.defaclnamespace = 0) g) AS grants,
       (SELECT coalesce(json_agg(json_build_object('grantee', ${grantee}, 'privilege', g.privilege_type,
                 'grantable', false) ORDER BY 1), '[]'::json)
          FROM (SELECT b.grantee, b.privilege_type FROM aclexplode(${baseline}) b WHERE d.defaclnamespace = 0
                EXCEPT
                SELECT a.grantee, a.privilege_type FROM aclexplode(d.defaclacl) a) g) AS revoked
FROM pg_default_acl d
LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
WHERE d.defaclnamespace = 0 OR (${IN_SCOPE})
ORDER BY 1, 2 NULLS FIRST, 3`;

;// CONCATENATED MODULE: ./src/core/catalog/queries/extensions.ts

/** Installed extensions, except plpgsql which every database has. */
const extensionsQuery = `
SELECT e.extname::text AS name, n.nspname::text AS schema, e.extversion::text AS version,
       ${commentOf('pg_extension', 'e.oid')} AS comment
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname <> 'plpgsql' AND (${IN_SCOPE} OR n.nspname = 'pg_catalog')
ORDER BY 1`;

;// CONCATENATED MODULE: ./src/core/catalog/queries/policies.ts

/** Row-level security policies. polroles holds 0 for PUBLIC. */
const policiesQuery = `
SELECT n.nspname::text AS schema, c.relname::text AS rel, po.polname::text AS name,
       po.polpermissive AS permissive, po.polcmd::text AS cmd,
       ARRAY(SELECT CASE WHEN r = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(r)::text END
             FROM unnest(po.polroles) r ORDER BY 1) AS roles,
       pg_get_expr(po.polqual, po.polrelid) AS using_expr,
       pg_get_expr(po.polwithcheck, po.polrelid) AS with_check,
       ${commentOf('pg_policy', 'po.oid')} AS comment
FROM pg_policy po
JOIN pg_class c ON c.oid = po.polrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE ${IN_SCOPE} AND ${notExtensionMember('pg_class', 'c.oid')}
ORDER BY 1, 2, 3`;

;// CONCATENATED MODULE: ./src/core/catalog/queries/publications.ts

/**
 * Publications with their tables (each with its column list and row filter) and schemas. Tables and
 * schemas outside the compared schemas are left out ($1/$2, through IN_SCOPE). Catalog columns by
 * version: column lists, row filters and FOR TABLES IN SCHEMA (pg_publication_namespace) from
 * PostgreSQL 15, publish_generated_columns from 18; older servers get NULL/empty for them.
 */
function publicationsSql(opts) {
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
function publicationsQueryFor(serverVersion) {
    return publicationsSql({ v15: serverVersion >= 150000, v18: serverVersion >= 180000 });
}

;// CONCATENATED MODULE: ./src/core/catalog/queries/routines.ts

/**
 * Functions and procedures (prokind f, p). Aggregates and window functions are reported by the
 * unsupported query. `arg_types` (input types only, from proargtypes) identifies the routine.
 */
const routinesQuery = `
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

;// CONCATENATED MODULE: ./src/core/catalog/queries/schemas.ts

/** Schemas in scope, except those an extension created. */
const schemasQuery = `
SELECT n.nspname::text AS name,
       pg_get_userbyid(n.nspowner)::text AS owner,
       ${commentOf('pg_namespace', 'n.oid')} AS comment,
       ${grantsJson('n.nspacl', 'n', 'n.nspowner')} AS grants
FROM pg_namespace n
WHERE ${IN_SCOPE} AND ${notExtensionMember('pg_namespace', 'n.oid')}
ORDER BY 1`;

;// CONCATENATED MODULE: ./src/core/catalog/queries/sequences.ts

/**
 * Sequences with their options; `owned_*` is the OWNED BY column, `identity` whether the sequence
 * backs an identity column (deptype 'i').
 */
const sequencesQuery = `
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

;// CONCATENATED MODULE: ./src/core/catalog/queries/tables.ts

/** Ordinary and partitioned tables with partitioning, inheritance, RLS flags and options. */
const tablesQuery = `
SELECT n.nspname::text AS schema, c.relname::text AS name, c.relkind::text AS relkind,
       pg_get_userbyid(c.relowner)::text AS owner,
       ${commentOf('pg_class', 'c.oid')} AS comment,
       ${grantsJson('c.relacl', 'r', 'c.relowner')} AS grants,
       c.relpersistence = 'u' AS unlogged,
       COALESCE(c.reloptions::text[], '{}'::text[]) AS options,
       c.relrowsecurity AS row_security, c.relforcerowsecurity AS force_row_security,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
       CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS partition_bound,
       (SELECT COALESCE(json_agg(json_build_object('schema', pn.nspname::text, 'name', pc.relname::text) ORDER BY i.inhseqno), '[]'::json)
          FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent
          JOIN pg_namespace pn ON pn.oid = pc.relnamespace
         WHERE i.inhrelid = c.oid) AS parents
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND ${IN_SCOPE} AND ${notExtensionMember('pg_class', 'c.oid')}
ORDER BY 1, 2`;

;// CONCATENATED MODULE: ./src/core/catalog/queries/triggers.ts

/**
 * User triggers on tables. Internal triggers (foreign keys) and clones on partitions
 * (tgparentid, PostgreSQL 13+) are skipped: they follow from the FK or the parent's trigger.
 */
const triggersQuery = `
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

;// CONCATENATED MODULE: ./src/core/catalog/queries/types.ts

/**
 * Enum, domain and composite types (typtype e, d, c with a standalone composite relation).
 * Range and multirange types are reported by the unsupported query.
 */
const typesQuery = `
SELECT n.nspname::text AS schema, t.typname::text AS name, t.typtype::text AS typtype,
       pg_get_userbyid(t.typowner)::text AS owner,
       ${commentOf('pg_type', 't.oid')} AS comment,
       ${grantsJson('t.typacl', 'T', 't.typowner')} AS grants,
       CASE WHEN t.typtype = 'e' THEN
         ARRAY(SELECT en.enumlabel::text FROM pg_enum en WHERE en.enumtypid = t.oid ORDER BY en.enumsortorder)
       END AS labels,
       CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END AS base_type,
       CASE WHEN t.typtype = 'd' AND t.typcollation <> 0
              AND t.typcollation <> (SELECT bt.typcollation FROM pg_type bt WHERE bt.oid = t.typbasetype)
            THEN ${collationName('t.typcollation')} END AS collation,
       CASE WHEN t.typtype = 'd' THEN pg_get_expr(t.typdefaultbin, 0) END AS "default",
       t.typnotnull AS not_null,
       CASE WHEN t.typtype = 'd' THEN
         (SELECT COALESCE(json_agg(json_build_object('name', dc.conname::text,
                   'definition', pg_get_constraintdef(dc.oid), 'validated', dc.convalidated) ORDER BY dc.conname), '[]'::json)
          FROM pg_constraint dc WHERE dc.contypid = t.oid AND dc.contype = 'c')
       END AS checks
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE ${IN_SCOPE} AND ${notExtensionMember('pg_type', 't.oid')}
  AND (t.typtype IN ('e', 'd')
       OR (t.typtype = 'c' AND (SELECT r.relkind FROM pg_class r WHERE r.oid = t.typrelid) = 'c'))
ORDER BY 1, 2`;

;// CONCATENATED MODULE: ./src/core/catalog/queries/unsupported.ts

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
const unsupportedQuery = `
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

;// CONCATENATED MODULE: ./src/core/catalog/queries/views.ts

/** Views and materialized views; columns come from the columns query. */
const viewsQuery = `
SELECT n.nspname::text AS schema, c.relname::text AS name, c.relkind::text AS relkind,
       pg_get_userbyid(c.relowner)::text AS owner,
       pg_get_viewdef(c.oid, true) AS definition,
       COALESCE(c.reloptions::text[], '{}'::text[]) AS options,
       c.relispopulated AS populated,
       ${commentOf('pg_class', 'c.oid')} AS comment,
       ${grantsJson('c.relacl', 'r', 'c.relowner')} AS grants
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm') AND ${IN_SCOPE} AND ${notExtensionMember('pg_class', 'c.oid')}
ORDER BY 1, 2`;

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/core/catalog/viewDefinition.ts
/**
 * A version-independent fingerprint of a view's query. PostgreSQL 16 and later print
 * `SELECT user_id FROM app.orders` where 15 printed `SELECT orders.user_id FROM app.orders`: the
 * text differs, the view does not. The fingerprint hashes the parse tree without token locations
 * and without column qualifiers that name the only relation of a FROM clause. Unlike
 * libpg-query's own fingerprint it keeps constants, so `WHERE x = 1` and `WHERE x = 2` differ.
 */


// diff and drift read two databases that mostly share their views' text: each text is parsed once.
const known = new Map();
const KNOWN_MAX = 20_000;
function viewFingerprint(definition) {
    let fp = known.get(definition);
    if (fp === undefined) {
        const parsed = (0,sql_parser/* parseRaw */.kY)(definition);
        const tree = (0,sql_parser/* isParserFailure */.YP)(parsed) ? definition : strip(parsed.stmts ?? []);
        fp = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(tree)).digest('hex').slice(0, 32);
        if (known.size >= KNOWN_MAX)
            known.clear();
        known.set(definition, fp);
    }
    return fp;
}
function strip(node) {
    if (Array.isArray(node))
        return node.map(strip);
    if (node === null || typeof node !== 'object')
        return node;
    const obj = node;
    if ('SelectStmt' in obj)
        return { SelectStmt: stripSelect(obj.SelectStmt) };
    const out = {};
    for (const [k, v] of Object.entries(obj)) {
        if (k === 'location' || k === 'stmt_location' || k === 'stmt_len')
            continue;
        out[k] = strip(v);
    }
    return out;
}
function stripSelect(select) {
    const from = select.fromClause;
    const only = from?.length === 1 ? from[0].RangeVar : undefined;
    const stripped = strip(select);
    if (!only)
        return stripped;
    const rv = only;
    const qualifier = rv.alias?.aliasname ?? rv.relname;
    for (const key of [
        'targetList',
        'whereClause',
        'groupClause',
        'havingClause',
        'sortClause',
        'distinctClause',
    ]) {
        if (key in stripped)
            stripped[key] = unqualify(stripped[key], qualifier);
    }
    return stripped;
}
/** Drops `qualifier.` from column references, without entering nested SELECTs (own scope). */
function unqualify(node, qualifier) {
    if (Array.isArray(node))
        return node.map((n) => unqualify(n, qualifier));
    if (node === null || typeof node !== 'object')
        return node;
    const obj = node;
    if ('SelectStmt' in obj)
        return obj;
    if ('ColumnRef' in obj) {
        const fields = obj.ColumnRef.fields;
        const first = fields[0];
        if (fields.length === 2 && first.String?.sval === qualifier)
            return { ColumnRef: { fields: [fields[1]] } };
        return obj;
    }
    const out = {};
    for (const [k, v] of Object.entries(obj))
        out[k] = unqualify(v, qualifier);
    return out;
}

;// CONCATENATED MODULE: ./src/core/catalog/introspect.ts























/** The object kinds read below, each counted once as it is read (indexes take two queries). */
const CATALOG_KINDS = 15;
async function introspect(db, options = {}) {
    const params = [
        options.includeSchemas && options.includeSchemas.length > 0 ? [...options.includeSchemas] : null,
        [...(options.excludeSchemas ?? [])],
    ];
    // The parser (view fingerprints) loads while the catalog queries run; awaited before assembly.
    const parser = (0,sql_parser/* loadSqlParser */.Ok)();
    parser.catch(() => { });
    let version = 0;
    let rows;
    let definitions;
    try {
        ({ rows, definitions } = await db.transaction(async (tx) => {
            await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
            await tx.query("SELECT pg_catalog.set_config('search_path', '', true)");
            // JIT compilation of the catalog joins costs far more than it saves (1.3 s vs 38 ms on 100 tables).
            await tx.query("SELECT pg_catalog.set_config('jit', 'off', true)");
            const v = await tx.query("SELECT current_setting('server_version_num')::int AS v");
            version = Number(v.rows[0].v);
            // One event per object kind read: these reads are the slow part on thousands of tables.
            const total = CATALOG_KINDS - (options.ignore?.publications ? 1 : 0) - (options.ignore?.defaultPrivileges ? 1 : 0);
            let done = 0;
            const report = () => options.onProgress?.({ phase: 'reading catalog', done, total, unit: 'object kinds' });
            report();
            const q = async (sql) => {
                const rows = await run(tx, sql, params);
                done++;
                report();
                return rows;
            };
            // On a pipelining connection all go out at once, and the server runs each query while the
            // client reads the previous one's rows; elsewhere they run one after the other.
            const none = async () => [];
            // In this order, which is also the order progress counts them in.
            const reads = {
                schemas: () => q(schemasQuery),
                extensions: () => q(extensionsQuery),
                types: () => q(typesQuery),
                sequences: () => q(sequencesQuery),
                tables: () => q(tablesQuery),
                columns: () => q(columnsQuery),
                constraints: () => q(constraintsQuery),
                // One object kind, two queries: the columns of every index, then the indexes.
                indexElements: () => run(tx, indexElementsQuery, params),
                indexes: () => q(indexesQueryFor(version)),
                views: () => q(viewsQuery),
                routines: () => q(routinesQuery),
                triggers: () => q(triggersQuery),
                policies: () => q(policiesQuery),
                publications: options.ignore?.publications ? none : () => q(publicationsQueryFor(version)),
                defaultPrivileges: options.ignore?.defaultPrivileges ? none : () => q(defaultPrivilegesQuery),
                unsupported: () => q(unsupportedQuery),
            };
            const kinds = Object.keys(reads);
            const results = [];
            if (db.pipelines)
                results.push(...(await Promise.all(kinds.map((k) => reads[k]()))));
            else
                for (const k of kinds)
                    results.push(await reads[k]());
            const read = Object.fromEntries(kinds.map((k, i) => [k, results[i]]));
            // In the same snapshot: the definitions pg_get_indexdef must print are asked for here.
            return { rows: read, definitions: await indexDefinitions(tx, read.indexes, read.indexElements) };
        }));
    }
    catch (err) {
        if (err instanceof errors/* CatalogError */.G$)
            throw err;
        throw new errors/* CatalogError */.G$(`reading the database catalog failed: ${err?.message ?? String(err)}`, {
            cause: err,
        });
    }
    await parser;
    return assemble(version, rows, definitions, options.ignoreTables ?? []);
}
/** Index columns by index oid, in order: key elements, and the names of INCLUDE columns. */
function indexColumns(rows) {
    const keys = new Map();
    const include = new Map();
    for (const r of rows) {
        const oid = str(r, 'oid');
        if (!bool(r, 'is_key')) {
            const names = include.get(oid) ?? [];
            names.push(str(r, 'column'));
            include.set(oid, names);
            continue;
        }
        const elements = keys.get(oid) ?? [];
        elements.push({
            column: optStr(r, 'column'),
            expression: optStr(r, 'expression'),
            opclass: optStr(r, 'opclass'),
            collation: optStr(r, 'collation'),
            descending: bool(r, 'descending'),
            nulls: optStr(r, 'nulls'),
        });
        keys.set(oid, elements);
    }
    return { keys, include };
}
function definitionOf(definitions, oid) {
    const d = definitions.get(oid);
    if (d === undefined)
        throw new errors/* CatalogError */.G$(`no definition was read for index ${oid}`);
    return d;
}
async function run(tx, sql, params) {
    // Queries that do not use every parameter would fail to infer their types; all use $1 and $2.
    return (await tx.query(sql, params)).rows;
}
const FK_ACTIONS = {
    a: 'NO ACTION',
    r: 'RESTRICT',
    c: 'CASCADE',
    n: 'SET NULL',
    d: 'SET DEFAULT',
};
const FK_MATCH = { s: 'SIMPLE', f: 'FULL', p: 'PARTIAL' };
const CONSTRAINT_TYPES = {
    p: 'primaryKey',
    u: 'unique',
    c: 'check',
    f: 'foreignKey',
    x: 'exclusion',
};
const POLICY_COMMANDS = {
    '*': 'ALL',
    r: 'SELECT',
    a: 'INSERT',
    w: 'UPDATE',
    d: 'DELETE',
};
const ARG_MODES = {
    i: 'IN',
    o: 'OUT',
    b: 'INOUT',
    v: 'VARIADIC',
    t: 'TABLE',
};
const VOLATILITY = { i: 'IMMUTABLE', s: 'STABLE', v: 'VOLATILE' };
const PARALLEL = { s: 'SAFE', r: 'RESTRICTED', u: 'UNSAFE' };
function assemble(serverVersion, rows, definitions, ignore) {
    // Asked once per table, index, trigger and generated column: the answer is kept per table.
    const verdicts = new Map();
    const ignored = (schema, name) => {
        if (ignore.length === 0)
            return false;
        const qualified = `${schema}.${name}`;
        let verdict = verdicts.get(qualified);
        if (verdict === undefined) {
            verdict = ignore.some((re) => re.test(qualified) || re.test(name));
            verdicts.set(qualified, verdict);
        }
        return verdict;
    };
    const relRow = (r, s = 'schema', n = 'rel') => (0,ids/* relKey */.jO)(str(r, s), str(r, n));
    const unsupported = [];
    const schemas = (0,records/* sortedRecord */.v)(rows.schemas.map((r) => [
        (0,ids/* nameKey */.Rc)(str(r, 'name')),
        { name: str(r, 'name'), owner: str(r, 'owner'), comment: optStr(r, 'comment'), grants: grants(r) },
    ]));
    const extensions = (0,records/* sortedRecord */.v)(rows.extensions.map((r) => [
        (0,ids/* nameKey */.Rc)(str(r, 'name')),
        {
            name: str(r, 'name'),
            schema: str(r, 'schema'),
            version: str(r, 'version'),
            comment: optStr(r, 'comment'),
        },
    ]));
    // Columns of every relation kind, grouped by relation key, in attnum order.
    const columnsByRel = new Map();
    for (const r of rows.columns) {
        const key = relRow(r);
        const list = columnsByRel.get(key) ?? [];
        list.push(r);
        columnsByRel.set(key, list);
    }
    const enums = [];
    const domains = [];
    const composites = [];
    for (const r of rows.types) {
        const schema = str(r, 'schema');
        const name = str(r, 'name');
        const key = (0,ids/* relKey */.jO)(schema, name);
        const base = { schema, name, owner: str(r, 'owner'), comment: optStr(r, 'comment'), grants: grants(r) };
        const typtype = str(r, 'typtype');
        if (typtype === 'e')
            enums.push([key, { ...base, labels: strArray(r, 'labels') }]);
        else if (typtype === 'd') {
            const checks = json(r, 'checks') ?? [];
            domains.push([
                key,
                {
                    ...base,
                    baseType: str(r, 'base_type'),
                    collation: optStr(r, 'collation'),
                    default: optStr(r, 'default'),
                    notNull: bool(r, 'not_null'),
                    checks: (0,records/* sortedRecord */.v)(checks.map((c) => [c.name, c])),
                },
            ]);
        }
        else {
            const attrs = (columnsByRel.get(key) ?? []).map((c, i) => ({
                name: str(c, 'name'),
                type: str(c, 'type'),
                collation: optStr(c, 'collation'),
                position: i + 1,
            }));
            composites.push([key, { ...base, attributes: attrs }]);
        }
    }
    const sequences = [];
    for (const r of rows.sequences) {
        if (bool(r, 'identity'))
            continue;
        const ownedTable = optStr(r, 'owned_table');
        const ownedSchema = optStr(r, 'owned_schema');
        if (ownedTable !== null && ownedSchema !== null && ignored(ownedSchema, ownedTable))
            continue;
        sequences.push([
            (0,ids/* relKey */.jO)(str(r, 'schema'), str(r, 'name')),
            {
                schema: str(r, 'schema'),
                name: str(r, 'name'),
                owner: str(r, 'owner'),
                comment: optStr(r, 'comment'),
                grants: grants(r),
                dataType: str(r, 'data_type'),
                start: str(r, 'start'),
                increment: str(r, 'increment'),
                min: str(r, 'min'),
                max: str(r, 'max'),
                cache: str(r, 'cache'),
                cycle: bool(r, 'cycle'),
                ownedBy: ownedTable !== null && ownedSchema !== null
                    ? { table: (0,ids/* relKey */.jO)(ownedSchema, ownedTable), column: str(r, 'owned_column') }
                    : null,
                identity: false,
            },
        ]);
    }
    const constraintsByRel = groupBy(rows.constraints, relRow);
    const triggersByRel = groupBy(rows.triggers, relRow);
    const policiesByRel = groupBy(rows.policies, relRow);
    const tables = [];
    for (const r of rows.tables) {
        const schema = str(r, 'schema');
        const name = str(r, 'name');
        if (ignored(schema, name))
            continue;
        const key = (0,ids/* relKey */.jO)(schema, name);
        const parents = json(r, 'parents') ?? [];
        const partitionKey = optStr(r, 'partition_key');
        const bound = optStr(r, 'partition_bound');
        tables.push([
            key,
            {
                schema,
                name,
                owner: str(r, 'owner'),
                comment: optStr(r, 'comment'),
                grants: grants(r),
                columns: (0,records/* sortedRecord */.v)((columnsByRel.get(key) ?? []).map((c, i) => [str(c, 'name'), toColumn(c, i + 1, bound !== null)])),
                constraints: constraintsOf(key, constraintsByRel.get(key), columnsByRel.get(key)),
                partitioning: partitionKey === null
                    ? null
                    : {
                        strategy: partitionKey.split(' ', 1)[0].toUpperCase(),
                        key: partitionKey,
                    },
                partitionOf: bound === null || parents.length === 0
                    ? null
                    : { parent: (0,ids/* relKey */.jO)(parents[0].schema, parents[0].name), bound },
                inherits: bound === null ? parents.map((p) => (0,ids/* relKey */.jO)(p.schema, p.name)) : [],
                unlogged: bool(r, 'unlogged'),
                options: strArray(r, 'options').sort(),
                rowSecurity: bool(r, 'row_security'),
                forceRowSecurity: bool(r, 'force_row_security'),
                policies: (0,records/* sortedRecord */.v)((policiesByRel.get(key) ?? []).map((p) => [str(p, 'name'), toPolicy(p)])),
                triggers: (0,records/* sortedRecord */.v)((triggersByRel.get(key) ?? [])
                    .filter((t) => str(t, 'relkind') !== 'v')
                    .map((t) => [str(t, 'name'), toTrigger(t)])),
            },
        ]);
    }
    const { keys, include } = indexColumns(rows.indexElements);
    const indexes = [];
    for (const r of rows.indexes) {
        if (ignored(str(r, 'table_schema'), str(r, 'table_name')))
            continue;
        const parent = json(r, 'parent_index');
        indexes.push([
            (0,ids/* relKey */.jO)(str(r, 'schema'), str(r, 'name')),
            {
                schema: str(r, 'schema'),
                name: str(r, 'name'),
                table: (0,ids/* relKey */.jO)(str(r, 'table_schema'), str(r, 'table_name')),
                definition: definitionOf(definitions, str(r, 'oid')),
                unique: bool(r, 'is_unique'),
                method: str(r, 'method'),
                elements: keys.get(str(r, 'oid')) ?? [],
                include: include.get(str(r, 'oid')) ?? [],
                predicate: optStr(r, 'predicate'),
                nullsNotDistinct: bool(r, 'nulls_not_distinct'),
                constraint: optStr(r, 'constraint_name'),
                parentIndex: parent ? (0,ids/* relKey */.jO)(parent.schema, parent.name) : null,
                valid: bool(r, 'valid'),
                comment: optStr(r, 'comment'),
            },
        ]);
    }
    const views = [];
    const matviews = [];
    for (const r of rows.views) {
        const key = (0,ids/* relKey */.jO)(str(r, 'schema'), str(r, 'name'));
        const cols = columnsByRel.get(key) ?? [];
        const columns = cols.map((c, i) => ({
            name: str(c, 'name'),
            type: str(c, 'type'),
            position: i + 1,
        }));
        const columnComments = (0,records/* sortedRecord */.v)(cols.filter((c) => optStr(c, 'comment') !== null).map((c) => [str(c, 'name'), str(c, 'comment')]));
        const view = {
            schema: str(r, 'schema'),
            name: str(r, 'name'),
            owner: str(r, 'owner'),
            comment: optStr(r, 'comment'),
            grants: grants(r),
            definition: (0,normalize/* normalizeSqlText */.rQ)(str(r, 'definition')),
            definitionFingerprint: viewFingerprint(str(r, 'definition')),
            columns,
            options: strArray(r, 'options').sort(),
            columnComments,
        };
        if (str(r, 'relkind') === 'm')
            matviews.push([key, { ...view, populated: bool(r, 'populated') }]);
        else
            views.push([key, view]);
    }
    const routines = rows.routines.map((r) => {
        const isProcedure = str(r, 'prokind') === 'p';
        const args = json(r, 'args') ?? [];
        const volatility = VOLATILITY[str(r, 'volatility')];
        const parallel = PARALLEL[str(r, 'parallel')];
        return [
            (0,ids/* routineKey */.GT)(str(r, 'schema'), str(r, 'name'), str(r, 'arg_types')),
            {
                schema: str(r, 'schema'),
                name: str(r, 'name'),
                kind: isProcedure ? 'procedure' : 'function',
                owner: str(r, 'owner'),
                comment: optStr(r, 'comment'),
                grants: grants(r),
                identityArgs: isProcedure ? withoutInMode(str(r, 'identity_args')) : str(r, 'identity_args'),
                argTypes: str(r, 'arg_types'),
                definition: isProcedure
                    ? procedureHeaderWithoutInMode((0,normalize/* normalizeSqlText */.rQ)(str(r, 'definition')))
                    : (0,normalize/* normalizeSqlText */.rQ)(str(r, 'definition')),
                args: args.map((a) => ({ name: a.name ?? null, type: a.type, mode: ARG_MODES[a.mode] ?? 'IN' })),
                returns: optStr(r, 'returns'),
                language: str(r, 'language'),
                volatility,
                securityDefiner: bool(r, 'security_definer'),
                strict: bool(r, 'strict'),
                parallel,
                config: strArray(r, 'config').sort(),
            },
        ];
    });
    for (const r of rows.columns) {
        if (str(r, 'generated_kind') !== 'v' || ignored(str(r, 'schema'), str(r, 'rel')))
            continue;
        unsupported.push({
            id: (0,ids/* objectId */.Tu)('column', str(r, 'schema'), str(r, 'name'), { table: str(r, 'rel') }),
            reason: 'virtual generated columns are not supported',
        });
    }
    for (const r of rows.unsupported) {
        const schema = optStr(r, 'schema');
        const kind = str(r, 'kind');
        const create = optStr(r, 'create');
        const definition = optStr(r, 'definition') ?? create;
        const drop = optStr(r, 'drop');
        const uses = optStr(r, 'uses');
        unsupported.push({
            id: (0,ids/* objectId */.Tu)(kind, schema, str(r, 'name'), { table: optStr(r, 'rel'), args: optStr(r, 'args') }),
            reason: str(r, 'reason'),
            ...(definition !== null ? { definition: (0,normalize/* normalizeSqlText */.rQ)(definition) } : {}),
            ...(create !== null ? { create: (0,normalize/* normalizeSqlText */.rQ)(create) } : {}),
            ...(drop !== null ? { drop } : {}),
            ...(uses !== null ? { uses } : {}),
        });
    }
    const publications = (0,records/* sortedRecord */.v)(rows.publications.map((r) => [(0,ids/* nameKey */.Rc)(str(r, 'name')), toPublication(r, ignored)]));
    const defaultPrivileges = (0,records/* sortedRecord */.v)(rows.defaultPrivileges.map((r) => {
        const d = {
            role: str(r, 'role'),
            schema: optStr(r, 'schema'),
            objects: DEFAULT_ACL_OBJECTS[str(r, 'objtype')],
            grants: grants(r),
            revoked: grants(r, 'revoked'),
        };
        return [(0,ids/* defaultPrivilegeKey */.o$)(d.role, d.schema, d.objects), d];
    }));
    return {
        serverVersion,
        schemas,
        extensions,
        enums: (0,records/* sortedRecord */.v)(enums),
        domains: (0,records/* sortedRecord */.v)(domains),
        composites: (0,records/* sortedRecord */.v)(composites),
        sequences: (0,records/* sortedRecord */.v)(sequences),
        tables: (0,records/* sortedRecord */.v)(tables),
        indexes: (0,records/* sortedRecord */.v)(indexes),
        views: (0,records/* sortedRecord */.v)(views),
        materializedViews: (0,records/* sortedRecord */.v)(matviews),
        routines: (0,records/* sortedRecord */.v)(routines),
        publications,
        defaultPrivileges,
        unsupported: unsupported.sort((a, b) => compareText((0,ids/* describeId */.p4)(a.id), (0,ids/* describeId */.p4)(b.id))),
    };
}
const DEFAULT_ACL_OBJECTS = {
    r: 'tables',
    S: 'sequences',
    f: 'functions',
    T: 'types',
    n: 'schemas',
};
function toPublication(r, ignored) {
    const tables = json(r, 'tables');
    const entries = (tables ?? [])
        .filter((t) => !ignored(t.schema, t.name))
        .map((t) => {
        const table = (0,ids/* relKey */.jO)(t.schema, t.name);
        return [
            table,
            { table, columns: t.columns ? [...t.columns].sort(compareText) : null, where: t.where ?? null },
        ];
    });
    const publish = [];
    if (bool(r, 'pub_insert'))
        publish.push('insert');
    if (bool(r, 'pub_update'))
        publish.push('update');
    if (bool(r, 'pub_delete'))
        publish.push('delete');
    if (bool(r, 'pub_truncate'))
        publish.push('truncate');
    return {
        name: str(r, 'name'),
        owner: str(r, 'owner'),
        comment: optStr(r, 'comment'),
        allTables: bool(r, 'all_tables'),
        publish,
        viaRoot: bool(r, 'via_root'),
        generatedColumns: str(r, 'generated_columns') === 'stored' ? 'stored' : 'none',
        tables: (0,records/* sortedRecord */.v)(entries),
        schemas: strArray(r, 'schemas').sort(compareText),
    };
}
/**
 * PostgreSQL 14+ prints a procedure's IN arguments as `IN x integer`, 13 as `x integer`. IN is the
 * default mode, so the word is dropped to compare equal across versions.
 */
function withoutInMode(args) {
    return args.replace(/(^|, )IN /g, '$1');
}
function procedureHeaderWithoutInMode(definition) {
    const nl = definition.indexOf('\n');
    const header = nl < 0 ? definition : definition.slice(0, nl);
    const open = header.indexOf('(');
    if (open < 0)
        return definition;
    return header.slice(0, open + 1) + withoutInMode(header.slice(open + 1)) + definition.slice(header.length);
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function groupBy(rows, key) {
    const out = new Map();
    for (const r of rows) {
        const k = key(r);
        const list = out.get(k) ?? [];
        list.push(r);
        out.set(k, list);
    }
    return out;
}
function toColumn(r, position, isPartition) {
    // PostgreSQL 17+ shows the parent's identity on partitions too; it is the parent's property.
    const identity = isPartition ? '' : str(r, 'identity');
    const generatedKind = str(r, 'generated_kind');
    return {
        name: str(r, 'name'),
        position,
        type: str(r, 'type'),
        collation: optStr(r, 'collation'),
        notNull: bool(r, 'not_null'),
        default: optStr(r, 'default'),
        identity: identity === 'a' ? 'always' : identity === 'd' ? 'byDefault' : null,
        identitySequence: identity === '' ? null : json(r, 'identity_sequence'),
        generated: generatedKind === '' ? null : optStr(r, 'generated'),
        comment: optStr(r, 'comment'),
        grants: grants(r),
    };
}
/**
 * System columns a constraint may name (a CHECK may use tableoid), by their fixed attribute
 * numbers (PostgreSQL 12 and later); the columns query reads user columns only.
 */
const SYSTEM_COLUMNS = new Map([
    [-1, 'ctid'],
    [-2, 'xmin'],
    [-3, 'cmin'],
    [-4, 'xmax'],
    [-5, 'cmax'],
    [-6, 'tableoid'],
]);
/**
 * Names a constraint's attribute numbers from the table's columns, in the constraint's order. A
 * whole-row reference (0) names no column, as before. A number that is neither a column of the
 * table nor a system column means the two reads disagree: an error, never a guess.
 */
function constraintColumnNamer(table, columns) {
    const byNumber = new Map((columns ?? []).map((c) => [rows_int(c, 'position'), str(c, 'name')]));
    return (constraint, keys) => {
        const names = [];
        for (const k of keys) {
            if (k === 0)
                continue;
            const name = byNumber.get(k) ?? SYSTEM_COLUMNS.get(k);
            if (name === undefined)
                throw new errors/* CatalogError */.G$(`constraint ${constraint} of ${table} names column number ${k}, which the catalog read did not return`);
            names.push(name);
        }
        return names;
    };
}
/** A table's constraints by name; the columns' names are looked up once per table. */
function constraintsOf(table, constraints, columns) {
    if (constraints === undefined)
        return {};
    const namer = constraintColumnNamer(table, columns);
    return (0,records/* sortedRecord */.v)(constraints.map((c) => [str(c, 'name'), toConstraint(c, namer)]));
}
function toConstraint(r, columnNames) {
    const type = CONSTRAINT_TYPES[str(r, 'contype')];
    const index = json(r, 'index');
    return {
        name: str(r, 'name'),
        type,
        definition: str(r, 'definition'),
        columns: columnNames(str(r, 'name'), intArray(r, 'keys')),
        deferrable: bool(r, 'deferrable'),
        initiallyDeferred: bool(r, 'deferred'),
        validated: bool(r, 'validated'),
        // Only a CHECK can be NO INHERIT; PostgreSQL sets the flag on other kinds by accident of history
        // (a PRIMARY KEY on a plain table has it, the same key left by DETACH PARTITION does not).
        noInherit: type === 'check' && bool(r, 'no_inherit'),
        index: index ? (0,ids/* relKey */.jO)(index.schema, index.name) : null,
        foreignKey: type === 'foreignKey'
            ? {
                referencedTable: (0,ids/* relKey */.jO)(str(r, 'ref_schema'), str(r, 'ref_table')),
                referencedColumns: strArray(r, 'ref_columns'),
                onUpdate: FK_ACTIONS[str(r, 'on_update')],
                onDelete: FK_ACTIONS[str(r, 'on_delete')],
                match: FK_MATCH[str(r, 'match')],
            }
            : null,
        inherited: bool(r, 'inherited'),
        comment: optStr(r, 'comment'),
    };
}
function toPolicy(r) {
    return {
        name: str(r, 'name'),
        permissive: bool(r, 'permissive'),
        command: POLICY_COMMANDS[str(r, 'cmd')],
        roles: strArray(r, 'roles').sort(),
        using: optStr(r, 'using_expr'),
        withCheck: optStr(r, 'with_check'),
        comment: optStr(r, 'comment'),
    };
}
function toTrigger(r) {
    return {
        name: str(r, 'name'),
        definition: str(r, 'definition'),
        function: (0,ids/* routineKey */.GT)(str(r, 'function_schema'), str(r, 'function_name'), str(r, 'function_args')),
        enabled: str(r, 'enabled'),
        isConstraint: bool(r, 'is_constraint'),
        comment: optStr(r, 'comment'),
    };
}


/***/ }),

/***/ 63359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GT: () => (/* binding */ routineKey),
/* harmony export */   Rc: () => (/* binding */ nameKey),
/* harmony export */   Tu: () => (/* binding */ objectId),
/* harmony export */   jO: () => (/* binding */ relKey),
/* harmony export */   o$: () => (/* binding */ defaultPrivilegeKey),
/* harmony export */   p4: () => (/* binding */ describeId)
/* harmony export */ });
/* harmony import */ var _sql_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95505);
/**
 * Keys and typed ids for model objects. Map keys are built only here so that the catalog reader,
 * the declared-schema loader and the diff engine agree byte for byte.
 */

/** Key of a schema or extension: its quoted name. */
function nameKey(name) {
    return (0,_sql_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdent */ .v4)(name);
}
/** Key of a schema-level object (table, view, type, sequence, index): `schema.name`, quoted as needed. */
function relKey(schema, name) {
    return (0,_sql_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .qualified */ .LX)(schema, name);
}
/** Key of a routine: `schema.name(argTypes)`. */
function routineKey(schema, name, argTypes) {
    return `${(0,_sql_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .qualified */ .LX)(schema, name)}(${argTypes})`;
}
/** Key of a default-privilege entry: `role IN SCHEMA s ON tables` (`role ON tables` for the global one). */
function defaultPrivilegeKey(role, schema, objects) {
    return `${(0,_sql_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdent */ .v4)(role)}${schema !== null ? ` IN SCHEMA ${(0,_sql_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdent */ .v4)(schema)}` : ''} ON ${objects}`;
}
function objectId(kind, schema, name, extra = {}) {
    return { kind, schema, name, table: extra.table ?? null, args: extra.args ?? null };
}
/** Human-readable, stable rendering of an id, e.g. `column public.users.email`. */
function describeId(id) {
    const base = id.table !== null && id.schema !== null
        ? `${(0,_sql_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .qualified */ .LX)(id.schema, id.table)}.${(0,_sql_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdent */ .v4)(id.name)}`
        : id.schema !== null
            ? (0,_sql_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .qualified */ .LX)(id.schema, id.name)
            : (0,_sql_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdent */ .v4)(id.name);
    return `${id.kind} ${base}${id.args !== null ? `(${id.args})` : ''}`;
}


/***/ }),

/***/ 35918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JB: () => (/* binding */ stableStringify),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   eW: () => (/* binding */ FULL),
/* harmony export */   iR: () => (/* binding */ modelHash),
/* harmony export */   pk: () => (/* binding */ normalizeModel),
/* harmony export */   rQ: () => (/* binding */ normalizeSqlText),
/* harmony export */   z7: () => (/* binding */ withoutEmptyAdditions)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Normalisation and canonical form of the model, so that two databases holding the same schema
 * compare equal whatever order or history built them.
 *
 * What the introspector already guarantees: every map is keyed and sorted, lists that have no
 * meaningful order (grants, roles, options) are sorted, column positions count live columns only
 * (dropped columns leave no gap), and SQL text comes from PostgreSQL's own deparsers under an
 * empty search_path. What this module adds is the comparison form: facts that differ between
 * equal schemas (the server version, object owners, column order) are blanked unless asked for.
 * No object name is rewritten: PostgreSQL derives generated constraint and index names from the
 * table and columns, so the same schema gets the same names, and a different name is a real
 * difference a migration would have to make.
 */

/** Everything kept: the form `schemagate inspect` prints. */
const FULL = {
    owners: true,
    columnOrder: true,
    serverVersion: true,
    viewText: true,
    state: true,
};
/** The comparison form of a model (a new object; the input is not changed). */
function normalizeModel(model, options = {}) {
    const owner = (o) => (options.owners ? o : { ...o, owner: '' });
    const mapValues = (rec, fn) => Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, fn(v)]));
    const view = (v) => owner(options.viewText ? v : { ...v, definition: '' });
    const table = (t) => owner(options.columnOrder ? t : { ...t, columns: mapValues(t.columns, (c) => ({ ...c, position: 0 })) });
    return {
        ...model,
        serverVersion: options.serverVersion ? model.serverVersion : 0,
        schemas: mapValues(model.schemas, owner),
        enums: mapValues(model.enums, owner),
        domains: mapValues(model.domains, owner),
        composites: mapValues(model.composites, owner),
        sequences: mapValues(model.sequences, owner),
        tables: mapValues(model.tables, table),
        views: mapValues(model.views, view),
        materializedViews: mapValues(model.materializedViews, (m) => view(options.state ? m : { ...m, populated: true })),
        routines: mapValues(model.routines, owner),
        publications: mapValues(model.publications ?? {}, owner),
        defaultPrivileges: model.defaultPrivileges ?? {},
    };
}
/**
 * Model keys added after the first version, left out of the canonical JSON while empty: a schema
 * without publications or default privileges keeps the hash (and the baseline files) it had
 * before these kinds were modelled.
 */
const ADDED_LATER = ['publications', 'defaultPrivileges'];
function withoutEmptyAdditions(model) {
    const out = { ...model };
    for (const k of ADDED_LATER) {
        const v = model[k];
        if (v === undefined || Object.keys(v).length === 0)
            delete out[k];
    }
    return out;
}
/** JSON with object keys sorted at every level; arrays keep their (meaningful) order. */
function stableStringify(value, indent = 0) {
    return JSON.stringify(sortKeys(value), null, indent || undefined);
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const k of Object.keys(value).sort())
            out[k] = sortKeys(value[k]);
        return out;
    }
    return value;
}
/** Canonical JSON of the comparison form (pretty-printed with `indent`). */
function canonicalJson(model, options = {}, indent = 0) {
    return stableStringify(withoutEmptyAdditions(normalizeModel(model, options)), indent);
}
/** sha256 (hex) of the canonical JSON: the drift baseline's fingerprint of a schema. */
function modelHash(model, options = {}) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonicalJson(model, options)).digest('hex');
}
/**
 * Normalises SQL text printed by the server (view and function definitions): line endings,
 * trailing whitespace on each line, surrounding blank space and a trailing semicolon. Whitespace
 * inside lines is kept, since it can be part of a string literal.
 */
function normalizeSqlText(sql) {
    return sql
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((l) => l.trimEnd())
        .join('\n')
        .trim()
        .replace(/;$/, '')
        .trimEnd();
}


/***/ }),

/***/ 22215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ sortedRecord)
/* harmony export */ });
/** Records (plain objects keyed by name) built in bulk, as the catalog and models hold them. */
/** From this many keys on, a record is built as a dictionary (see sortedRecord). */
const DICTIONARY_FROM = 32;
/**
 * A record of `entries` in key order. Object.fromEntries gives every new key a hidden-class
 * transition, which grows quadratically with the keys: ~40 ms for one record of 3,000 indexes, the
 * biggest single cost of assembling a catalog of 1,000 tables. A large record is therefore filled
 * as a dictionary-mode object (what Object.create(null) gives) and then gets the usual prototype.
 */
function sortedRecord(entries) {
    const arr = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (arr.length < DICTIONARY_FROM)
        return Object.fromEntries(arr);
    const out = Object.create(null);
    for (const [k, v] of arr)
        out[k] = v;
    return Object.setPrototypeOf(out, Object.prototype);
}


/***/ }),

/***/ 84053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Q7: () => (/* binding */ connectionSettings),
/* harmony export */   T3: () => (/* binding */ looksLikeConnectionString),
/* harmony export */   mO: () => (/* binding */ isConnectionString)
/* harmony export */ });
/* unused harmony export parseKeyValue */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * Reads a connection string (a postgres:// URL or libpq key=value pairs) into node-postgres
 * settings, and into what messages may show about it: host, port, database and user, never the
 * password and never the string itself.
 */

const URL_SCHEME = /^postgres(?:ql)?:\/\//i;
const KEY_VALUE = /^\s*[A-Za-z_]+\s*=/;
/** True for anything that is meant as a connection string, so callers never echo it. */
function looksLikeConnectionString(s) {
    return URL_SCHEME.test(s) || KEY_VALUE.test(s) || /:\/\/|@|password/i.test(s);
}
function isConnectionString(s) {
    return URL_SCHEME.test(s) || KEY_VALUE.test(s);
}
const NOT_A_CONNECTION_STRING = 'not a connection string (the value is not shown): expected postgres://user@host:5432/database or key=value pairs such as host=... dbname=... user=...';
/** `database` replaces the string's database (the dev database's temporary one). */
function connectionSettings(conn, where = 'database URL', database) {
    const s = URL_SCHEME.test(conn)
        ? fromUrl(conn, where)
        : KEY_VALUE.test(conn)
            ? fromKeyValue(conn, where)
            : undefined;
    if (!s)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: ${NOT_A_CONNECTION_STRING}`);
    if (database === undefined)
        return s;
    let pg = { ...s.pg, database };
    if (typeof s.pg.connectionString === 'string') {
        const u = new URL(s.pg.connectionString);
        u.pathname = `/${encodeURIComponent(database)}`;
        pg = { connectionString: u.toString() };
    }
    return {
        pg,
        target: { ...s.target, database },
        secrets: [...s.secrets, String(pg.connectionString ?? '')].filter(Boolean),
    };
}
function fromUrl(conn, where) {
    let u;
    try {
        u = new URL(conn);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: not a valid postgres:// URL (the value is not shown)`);
    }
    const dec = (s) => {
        try {
            return decodeURIComponent(s);
        }
        catch {
            return s;
        }
    };
    const user = dec(u.username) || u.searchParams.get('user') || undefined;
    const password = dec(u.password) || u.searchParams.get('password') || '';
    const host = dec(u.hostname).replace(/^\[|\]$/g, '') || u.searchParams.get('host') || 'localhost';
    return {
        pg: { connectionString: conn },
        target: {
            host,
            port: Number(u.port || u.searchParams.get('port') || 5432),
            database: dec(u.pathname.replace(/^\//, '')) || u.searchParams.get('dbname') || user || 'postgres',
            user,
        },
        secrets: [conn, password, u.password].filter((s) => s.length > 0),
    };
}
/** libpq's key = value format: values may be single-quoted, with \' and \\ escapes. */
function parseKeyValue(conn, where = 'database URL') {
    const out = new Map();
    let i = 0;
    const n = conn.length;
    const ws = () => {
        while (i < n && /\s/.test(conn[i]))
            i++;
    };
    for (;;) {
        ws();
        if (i >= n)
            return out;
        const k = /^[A-Za-z_]+/.exec(conn.slice(i));
        if (!k)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: ${NOT_A_CONNECTION_STRING}`);
        i += k[0].length;
        ws();
        if (conn[i] !== '=')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: "${k[0]}" has no "=" after it (the value is not shown)`);
        i++;
        ws();
        let v = '';
        if (conn[i] === "'") {
            i++;
            for (;;) {
                if (i >= n)
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: unterminated quoted value for "${k[0]}"`);
                const c = conn[i++];
                if (c === "'")
                    break;
                v += c === '\\' && i < n ? conn[i++] : c;
            }
        }
        else {
            while (i < n && !/\s/.test(conn[i])) {
                const c = conn[i++];
                v += c === '\\' && i < n ? conn[i++] : c;
            }
        }
        out.set(k[0], v);
    }
}
const SSL = {
    disable: false,
    allow: false,
    prefer: false,
    require: { rejectUnauthorized: false },
    'verify-ca': true,
    'verify-full': true,
};
function fromKeyValue(conn, where) {
    const kv = parseKeyValue(conn, where);
    const pg = {};
    for (const [key, value] of kv) {
        switch (key) {
            case 'host':
            case 'hostaddr':
                pg.host = value;
                break;
            case 'port':
                pg.port = Number(value);
                if (!Number.isInteger(pg.port))
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: port must be a number`);
                break;
            case 'dbname':
                pg.database = value;
                break;
            case 'user':
                pg.user = value;
                break;
            case 'password':
                pg.password = value;
                break;
            case 'sslmode':
                if (!(value in SSL))
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: sslmode must be one of ${Object.keys(SSL).join(', ')}`);
                pg.ssl = SSL[value];
                break;
            case 'connect_timeout':
                pg.connectionTimeoutMillis = Number(value) * 1000;
                break;
            case 'application_name':
                pg.application_name = value;
                break;
            case 'options':
                pg.options = value;
                break;
            default:
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: unsupported connection parameter "${key}"`);
        }
    }
    const user = pg.user;
    const password = pg.password ?? '';
    return {
        pg,
        target: {
            host: pg.host ?? 'localhost',
            port: pg.port ?? 5432,
            database: pg.database ?? user ?? 'postgres',
            user,
        },
        secrets: [conn, password].filter((s) => s.length > 0),
    };
}
/** `text` with every secret replaced, for any message built from a driver's error. */
function redact(text, secrets) {
    let out = text;
    for (const s of [...secrets].sort((a, b) => b.length - a.length))
        if (s)
            out = out.split(s).join('***');
    return out;
}


/***/ }),

/***/ 61610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openDevDatabase: () => (/* binding */ openDevDatabase)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _db_connectionTarget_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84053);
/* harmony import */ var _db_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61370);
/* harmony import */ var _db_pgliteDb_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68190);
/**
 * The dev database on which the declared schema is applied and normalised: the embedded PGlite
 * database by default, or, with `dev_url`, a fresh temporary database on that server, dropped
 * afterwards. Nothing that already exists on the server is touched.
 */




async function openDevDatabase(devUrl) {
    if ((0,_db_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isEmbeddedUrl */ .EV)(devUrl)) {
        const db = await (0,_db_pgliteDb_js__WEBPACK_IMPORTED_MODULE_3__/* .openEmbedded */ .fc)();
        return { db, description: 'embedded PGlite', dispose: async () => db.close() };
    }
    const name = `schemagate_dev_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`;
    await onServer(devUrl, (c) => c.exec(`CREATE DATABASE "${name}"`));
    // connectPg takes URLs and key=value strings alike and never echoes them in errors.
    const { connectPg } = await (0,_db_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadPgDb */ .Cb)();
    const db = connectPg(devUrl, { applicationName: 'schemagate-dev', database: name });
    return {
        db,
        description: `temporary database ${name} on ${(0,_db_connectionTarget_js__WEBPACK_IMPORTED_MODULE_1__/* .connectionSettings */ .Q7)(devUrl).target.host}`,
        async dispose() {
            await db.close().catch(() => { });
            await onServer(devUrl, (c) => c.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
        },
    };
}
async function onServer(url, fn) {
    const { connectPg } = await (0,_db_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadPgDb */ .Cb)();
    const c = connectPg(url, { applicationName: 'schemagate-dev', max: 1 });
    try {
        return await fn(c);
    }
    finally {
        await c.close();
    }
}


/***/ })

};
