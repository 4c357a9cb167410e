export const id = 8321;
export const ids = [8321];
export const modules = {

/***/ 98321:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readRowCountsReadOnly: () => (/* binding */ readRowCountsReadOnly),
  withReadOnly: () => (/* binding */ withReadOnly)
});

;// CONCATENATED MODULE: ./src/core/lint/rowCounts.ts
async function readRowCounts(db, tableKeys) {
    const out = new Map();
    if (tableKeys.length === 0)
        return out;
    const { rows } = await db.query(`SELECT n.nspname || '.' || c.relname AS key, c.reltuples::float8 AS rows
       FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname || '.' || c.relname = ANY($1::text[])`, [tableKeys]);
    // reltuples is -1 for a table never vacuumed or analyzed (PostgreSQL 14+): unknown, not empty.
    for (const r of rows)
        if (Number(r.rows) >= 0)
            out.set(r.key, Math.round(Number(r.rows)));
    return out;
}

;// CONCATENATED MODULE: ./src/runtime/readOnlyStats.ts

async function withReadOnly(db, fn) {
    return db.session(async (conn) => {
        await conn.query('SET default_transaction_read_only = on');
        await conn.query('BEGIN TRANSACTION READ ONLY');
        try {
            return await fn(conn);
        }
        finally {
            await conn.query('ROLLBACK');
        }
    });
}
/** Estimated row counts of `tables`, read from `url` without any chance of writing there. */
async function readRowCountsReadOnly(openDb, url, tables) {
    const db = await openDb(url);
    try {
        return await withReadOnly(db, (conn) => readRowCounts(conn, tables));
    }
    finally {
        await db.close();
    }
}


/***/ })

};
