export const id = 5709;
export const ids = [5709];
export const modules = {

/***/ 5709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Dag: () => (/* reexport */ Dag),
  UnsupportedPlanError: () => (/* reexport */ UnsupportedPlanError),
  deepEqual: () => (/* reexport */ deepEqual),
  describeUnsupported: () => (/* reexport */ describeUnsupported),
  diffByKey: () => (/* reexport */ diffByKey),
  orderSteps: () => (/* reexport */ orderSteps),
  planDiff: () => (/* reexport */ planDiff),
  refuseUnsupported: () => (/* reexport */ refuseUnsupported),
  renderPlanSql: () => (/* reexport */ renderPlanSql)
});

;// CONCATENATED MODULE: ./src/core/diff/diff.ts
function diffByKey(from, to, equal = deepEqual) {
    const adds = [];
    const drops = [];
    const alters = [];
    for (const key of Object.keys(to).sort()) {
        const a = from[key];
        const b = to[key];
        if (a === undefined)
            adds.push({ key, value: b });
        else if (!equal(a, b))
            alters.push({ key, from: a, to: b });
    }
    for (const key of Object.keys(from).sort()) {
        if (to[key] === undefined)
            drops.push({ key, value: from[key] });
    }
    return { adds, drops, alters };
}
/** Structural equality of plain JSON-like data (objects, arrays, primitives). */
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length)
            return false;
        for (let i = 0; i < a.length; i++)
            if (!deepEqual(a[i], b[i]))
                return false;
        return true;
    }
    if (Array.isArray(b))
        return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length)
        return false;
    const ob = b;
    const oa = a;
    for (const k of ka) {
        if (!Object.hasOwn(ob, k) || !deepEqual(oa[k], ob[k]))
            return false;
    }
    return true;
}
/** Equality ignoring some top-level fields (handled by their own generators). */
function equalExcept(a, b, ignore) {
    const strip = (o) => {
        const c = { ...o };
        for (const k of ignore)
            delete c[k];
        return c;
    };
    return deepEqual(strip(a), strip(b));
}

;// CONCATENATED MODULE: ./src/core/diff/graph.ts
function vertexKey(id) {
    return `${id.kind}\u0000${id.schema ?? ''}\u0000${id.name}\u0000${id.op}\u0000${id.part ?? ''}`;
}
class Dag {
    nodes = [];
    add(id, rank, value) {
        this.nodes.push({ id, key: vertexKey(id), rank, value, out: [], indegree: 0, done: false });
        return this.nodes.length - 1;
    }
    /** `before` must come before `after`. Self-edges are ignored. */
    edge(before, after) {
        if (before === after)
            return;
        this.nodes[before].out.push(after);
        this.nodes[after].indegree++;
    }
    /**
     * Kahn's algorithm with a priority queue. A cycle (possible only through text-derived
     * dependencies, e.g. a default calling a SQL function that reads the same table) is broken by
     * releasing the lowest-ranked waiting vertex, so planning never fails on it.
     */
    sort() {
        const less = (a, b) => {
            const x = this.nodes[a];
            const y = this.nodes[b];
            if (x.rank !== y.rank)
                return x.rank < y.rank;
            if (x.key !== y.key)
                return x.key < y.key;
            return a < b;
        };
        const heap = new MinHeap(less);
        for (let i = 0; i < this.nodes.length; i++)
            if (this.nodes[i].indegree === 0)
                heap.push(i);
        const out = [];
        let remaining = this.nodes.length;
        while (remaining > 0) {
            let next = heap.pop();
            if (next === undefined) {
                next = this.lowestWaiting(less);
            }
            const node = this.nodes[next];
            if (node.done)
                continue;
            node.done = true;
            remaining--;
            out.push(node.value);
            for (const o of node.out) {
                const n = this.nodes[o];
                n.indegree--;
                if (n.indegree === 0 && !n.done)
                    heap.push(o);
            }
        }
        return out;
    }
    lowestWaiting(less) {
        let best = -1;
        for (let i = 0; i < this.nodes.length; i++) {
            if (this.nodes[i].done)
                continue;
            if (best < 0 || less(i, best))
                best = i;
        }
        return best;
    }
}
class MinHeap {
    less;
    items = [];
    constructor(less) {
        this.less = less;
    }
    push(v) {
        const a = this.items;
        a.push(v);
        let i = a.length - 1;
        while (i > 0) {
            const p = (i - 1) >> 1;
            if (!this.less(a[i], a[p]))
                break;
            [a[i], a[p]] = [a[p], a[i]];
            i = p;
        }
    }
    pop() {
        const a = this.items;
        if (a.length === 0)
            return undefined;
        const top = a[0];
        const last = a.pop();
        if (a.length > 0) {
            a[0] = last;
            let i = 0;
            for (;;) {
                const l = 2 * i + 1;
                const r = l + 1;
                let m = i;
                if (l < a.length && this.less(a[l], a[m]))
                    m = l;
                if (r < a.length && this.less(a[r], a[m]))
                    m = r;
                if (m === i)
                    break;
                [a[i], a[m]] = [a[m], a[i]];
                i = m;
            }
        }
        return top;
    }
}

// EXTERNAL MODULE: ./src/core/model/ids.ts
var ids = __webpack_require__(63359);
// EXTERNAL MODULE: ./src/core/sql/quote.ts + 1 modules
var quote = __webpack_require__(95505);
;// CONCATENATED MODULE: ./src/core/diff/context.ts
/** Phase order used to break ties: drops (dependents first), then creates (dependencies first). */
const RANK = {
    /** Default privileges narrowed before anything is created, so new objects do not get them. */
    revokeDefaultPrivilege: 3,
    /** Renames run first: every later step names objects by their new names. */
    rename: 5,
    dropTrigger: 10,
    dropPolicy: 11,
    /** Publications (and tables leaving one) before the tables they list are dropped or reshaped. */
    dropPublication: 12,
    dropView: 20,
    dropForeignKey: 30,
    dropIndex: 40,
    dropConstraint: 50,
    detach: 60,
    dropColumn: 70,
    dropTable: 80,
    dropRoutine: 90,
    dropSequence: 100,
    dropType: 110,
    dropExtension: 120,
    dropSchema: 130,
    createSchema: 200,
    createExtension: 210,
    type: 220,
    sequence: 230,
    routine: 240,
    table: 250,
    column: 260,
    attach: 265,
    constraint: 270,
    ownedBy: 280,
    index: 290,
    foreignKey: 300,
    view: 310,
    trigger: 320,
    policy: 330,
    rowSecurity: 335,
    publication: 340,
    comment: 400,
    grant: 410,
    /** Default privileges widened last, so objects this plan creates keep the grants they are declared with. */
    defaultPrivilege: 420,
};
function stmt(sql, facts = {}) {
    return {
        sql,
        transactional: facts.transactional ?? true,
        ...(facts.locks && facts.locks.length > 0 ? { locks: facts.locks } : {}),
        rewritesTable: facts.rewritesTable ?? false,
        dataLoss: facts.dataLoss ?? false,
        hazards: facts.hazards ?? [],
    };
}
function vid(kind, schema, name, op, part) {
    return part === undefined ? { kind, schema, name, op } : { kind, schema, name, op, part };
}

;// CONCATENATED MODULE: ./src/core/diff/refs.ts
/**
 * Dependencies between objects, found in SQL text that PostgreSQL printed under an empty
 * search_path (view definitions, defaults, function bodies): every name there is qualified, so a
 * `schema.name` token that matches a model key is a dependency. A false match only adds an edge.
 */

const refs = {
    schema: (name) => `schema:${name}`,
    ext: (name) => `ext:${name}`,
    type: (key) => `type:${key}`,
    rel: (key) => `rel:${key}`,
    /** Any routine of that qualified name (text mentions carry no argument types). */
    func: (key) => `func:${key}`,
    routine: (key) => `routine:${key}`,
};
const IDENT = '(?:"(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_$]*)';
const QNAME = new RegExp(`(${IDENT})\\s*\\.\\s*(${IDENT})`, 'g');
function unquote(part) {
    return part.startsWith('"') ? part.slice(1, -1).replace(/""/g, '"') : part.toLowerCase();
}
/** Every distinct `schema.name` key mentioned in `text`, in first-seen order. */
function qualifiedNamesIn(text) {
    if (!text)
        return [];
    const seen = new Set();
    for (const m of text.matchAll(QNAME))
        seen.add((0,ids/* relKey */.jO)(unquote(m[1]), unquote(m[2])));
    return [...seen];
}
/** The type key of a format_type text such as `public.mood[]` or `"S".t`, or null for built-ins. */
function typeKeyOf(type) {
    const base = type.replace(/(\[\])+$/, '').replace(/\(.*\)$/, '');
    const names = qualifiedNamesIn(base);
    return names.length === 1 ? names[0] : null;
}
function refsIn(text, index) {
    const out = [];
    for (const key of qualifiedNamesIn(text)) {
        if (index.types.has(key))
            out.push(refs.type(key));
        if (index.rels.has(key))
            out.push(refs.rel(key));
        if (index.funcs.has(key))
            out.push(refs.func(key));
    }
    return out;
}
/** True when `text` calls (or names) one of the qualified routine names in `funcs`. */
function mentionsAny(text, names) {
    if (!text || names.size === 0)
        return false;
    return qualifiedNamesIn(text).some((n) => names.has(n));
}
/**
 * True when an expression printed by PostgreSQL (pg_get_expr) mentions one of the column names:
 * columns of the same table are printed bare or quoted, so a word match is enough (a false match
 * only recreates the object).
 */
function mentionsColumn(text, columns) {
    if (!text || !columns || columns.size === 0)
        return false;
    for (const c of columns) {
        const quoted = `"${c.replace(/"/g, '""')}"`;
        if (text.includes(quoted))
            return true;
        if (/^[a-z_][a-z0-9_$]*$/.test(c) &&
            new RegExp(`(^|[^A-Za-z0-9_$"])${c.replace(/\$/g, '\\$')}($|[^A-Za-z0-9_$"])`).test(text))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/core/diff/generators/columnTypes.ts
/**
 * What a column type change costs. PostgreSQL skips the table rewrite for a few widenings
 * (varchar(n) -> varchar(m >= n) or text, numeric precision increases at the same scale), and an
 * assignment cast exists within a family, so USING is only added across families.
 */
function parse(type) {
    const array = type.endsWith('[]');
    const t = type.replace(/(\[\])+$/, '');
    const m = /^(.*?)\s*\(([\d,\s]+)\)(.*)$/.exec(t);
    if (!m)
        return { base: t, mods: [], array };
    return { base: `${m[1]}${m[3]}`.trim(), mods: m[2].split(',').map((x) => Number(x.trim())), array };
}
const FAMILY = {
    text: 'string',
    'character varying': 'string',
    character: 'string',
    bpchar: 'string',
    name: 'string',
    smallint: 'number',
    integer: 'number',
    bigint: 'number',
    numeric: 'number',
    real: 'number',
    'double precision': 'number',
    date: 'time',
    'timestamp without time zone': 'time',
    'timestamp with time zone': 'time',
    'time without time zone': 'clock',
    'time with time zone': 'clock',
    bit: 'bits',
    'bit varying': 'bits',
};
/** True when an explicit `USING col::type` is needed (no assignment cast between the types). */
function needsUsing(from, to) {
    const a = parse(from);
    const b = parse(to);
    if (a.array !== b.array)
        return true;
    if (a.base === b.base)
        return false;
    const fa = FAMILY[a.base];
    return fa === undefined || fa !== FAMILY[b.base];
}
const STRING_TYPES = new Set(['text', 'character varying', 'character', 'bpchar', 'name']);
/** Explicit casts (pg_cast, castcontext 'e') between built-in types outside one family. */
const EXPLICIT_CASTS = new Set([
    'integer>boolean',
    'boolean>integer',
    'json>jsonb',
    'jsonb>json',
    'jsonb>boolean',
    'jsonb>smallint',
    'jsonb>integer',
    'jsonb>bigint',
    'jsonb>numeric',
    'jsonb>real',
    'jsonb>double precision',
    'integer>bit',
    'bigint>bit',
    'bit>integer',
    'bit>bigint',
    'integer>"char"',
    'integer>money',
    'bigint>money',
    'numeric>money',
    'money>numeric',
    'timestamp without time zone>time without time zone',
    'timestamp with time zone>time with time zone',
    'timestamp with time zone>time without time zone',
    'timestamp with time zone>date',
    'timestamp without time zone>date',
    'time without time zone>interval',
    'interval>time without time zone',
    'inet>cidr',
    'cidr>inet',
]);
/**
 * True when `value::to` is known to work for a column of type `from`: an assignment cast within a
 * family, an I/O conversion to or from a string type (PostgreSQL provides one for every type), or
 * a built-in explicit cast. Anything else (integer -> uuid, jsonb -> integer[], a user type) has
 * no cast the engine can vouch for: the change needs a declared USING expression.
 */
function castKnown(from, to) {
    if (!needsUsing(from, to))
        return true;
    const a = parse(from);
    const b = parse(to);
    const plainString = (t) => !t.array && STRING_TYPES.has(t.base);
    if (plainString(a) || plainString(b))
        return true;
    if (a.array !== b.array)
        return false;
    if (STRING_TYPES.has(a.base) || STRING_TYPES.has(b.base))
        return true;
    const fa = FAMILY[a.base];
    if (fa !== undefined && fa === FAMILY[b.base])
        return true;
    return EXPLICIT_CASTS.has(`${a.base}>${b.base}`);
}
/** True when ALTER COLUMN TYPE from -> to rewrites the table (and its indexes). */
function typeChangeRewrites(from, to) {
    const a = parse(from);
    const b = parse(to);
    if (a.array !== b.array)
        return true;
    const stringy = (t) => t.base === 'character varying' || t.base === 'text';
    if (stringy(a) && stringy(b)) {
        if (b.base === 'text' || b.mods.length === 0)
            return false;
        if (a.base === 'character varying' && a.mods.length === 1)
            return b.mods[0] < a.mods[0];
        return true;
    }
    if (a.base === 'numeric' && b.base === 'numeric') {
        if (b.mods.length === 0)
            return false;
        if (a.mods.length === 0)
            return true;
        return !(b.mods[0] >= a.mods[0] && (a.mods[1] ?? 0) === (b.mods[1] ?? 0));
    }
    if (a.base === 'bit varying' && b.base === 'bit varying') {
        return b.mods.length > 0 && (a.mods.length === 0 || b.mods[0] < a.mods[0]);
    }
    return a.base !== b.base || a.mods.join() !== b.mods.join();
}
/** True when existing values may not survive the change (narrowing, cross-family casts). */
function typeChangeMayLoseData(from, to) {
    if (!typeChangeRewrites(from, to))
        return false;
    const a = parse(from);
    const b = parse(to);
    const widening = {
        smallint: ['integer', 'bigint', 'numeric', 'text', 'character varying'],
        integer: ['bigint', 'numeric', 'text', 'character varying'],
        bigint: ['numeric', 'text', 'character varying'],
        real: ['double precision'],
        date: ['timestamp without time zone', 'timestamp with time zone'],
        'timestamp without time zone': ['timestamp with time zone'],
        'timestamp with time zone': ['timestamp without time zone'],
    };
    if (a.array !== b.array)
        return true;
    if (b.mods.length > 0 && (b.base === 'character varying' || b.base === 'character'))
        return true;
    return !(widening[a.base]?.includes(b.base) ?? false);
}

;// CONCATENATED MODULE: ./src/core/diff/generators/sql.ts
/** Small SQL-text helpers shared by generators; all quoting still goes through src/core/sql/quote.ts. */

/** A role in GRANT/REVOKE/policy TO lists: PUBLIC is a keyword, every other role an identifier. */
function roleName(role) {
    return role === 'PUBLIC' ? 'PUBLIC' : (0,quote/* quoteIdent */.v4)(role);
}
/** `(a, b)` storage parameters from sorted `key=value` reloptions. */
function withOptions(options) {
    return options.length > 0 ? ` WITH (${options.join(', ')})` : '';
}
/** The key part of a `key=value` reloption. */
function optionKey(option) {
    const i = option.indexOf('=');
    return i < 0 ? option : option.slice(0, i);
}
/** pg_get_constraintdef prints ` NOT VALID` after unvalidated CHECK/FK constraints. */
function withoutNotValid(definition) {
    return definition.replace(/\s+NOT VALID$/, '');
}
function grantsByGrantee(grants) {
    return new Map(grants.map((g) => [g.grantee, g]));
}

;// CONCATENATED MODULE: ./src/core/diff/generators/tables.ts
/** Tables: create, drop, and table-level alters (partitions, inheritance, storage, RLS). */




function identityClause(c) {
    if (!c.identity)
        return '';
    const kind = c.identity === 'always' ? 'ALWAYS' : 'BY DEFAULT';
    const s = c.identitySequence;
    const opts = s
        ? ` (START WITH ${s.start} INCREMENT BY ${s.increment} MINVALUE ${s.min} MAXVALUE ${s.max} CACHE ${s.cache}${s.cycle ? ' CYCLE' : ''})`
        : '';
    return ` GENERATED ${kind} AS IDENTITY${opts}`;
}
/** A column as written in CREATE TABLE / ADD COLUMN. */
function columnSql(c) {
    return (`${(0,quote/* quoteIdent */.v4)(c.name)} ${c.type}${c.collation ? ` COLLATE ${c.collation}` : ''}` +
        `${c.generated !== null ? ` GENERATED ALWAYS AS (${c.generated}) STORED` : ''}${identityClause(c)}` +
        `${c.default !== null ? ` DEFAULT ${c.default}` : ''}${c.notNull ? ' NOT NULL' : ''}`);
}
/** Refs a column needs: its type and whatever its default or generation expression calls. */
function columnRefs(ctx, c, side) {
    const index = side === 'to' ? ctx.analysis.toIndex : ctx.analysis.fromIndex;
    const out = [];
    const t = typeKeyOf(c.type);
    if (t)
        out.push(refs.type(t), refs.rel(t));
    out.push(...refsIn(c.default, index), ...refsIn(c.generated, index), ...refsIn(c.collation, index));
    return out;
}
function sortedColumns(t) {
    return Object.values(t.columns).sort((a, b) => a.position - b.position || (a.name < b.name ? -1 : 1));
}
/** Constraints written inside CREATE TABLE: validated, local, not foreign keys. */
function inlineConstraint(t, name) {
    const c = t.constraints[name];
    return t.partitionOf === null && !c.inherited && c.type !== 'foreignKey' && c.validated;
}
function createTable(ctx, key, t) {
    const name = (0,quote/* qualified */.LX)(t.schema, t.name);
    const requires = [refs.schema(t.schema)];
    let sql;
    if (t.partitionOf) {
        requires.push(refs.rel(t.partitionOf.parent));
        sql = `CREATE TABLE ${name} PARTITION OF ${t.partitionOf.parent} ${t.partitionOf.bound}`;
    }
    else {
        const lines = sortedColumns(t).map((c) => {
            requires.push(...columnRefs(ctx, c, 'to'));
            return `  ${columnSql(c)}`;
        });
        for (const n of Object.keys(t.constraints).sort()) {
            if (!inlineConstraint(t, n))
                continue;
            const c = t.constraints[n];
            requires.push(...refsIn(c.definition, ctx.analysis.toIndex));
            lines.push(`  CONSTRAINT ${(0,quote/* quoteIdent */.v4)(n)} ${withoutNotValid(c.definition)}`);
        }
        for (const p of t.inherits)
            requires.push(refs.rel(p));
        sql =
            `CREATE ${t.unlogged ? 'UNLOGGED ' : ''}TABLE ${name} (${lines.length > 0 ? `\n${lines.join(',\n')}\n` : ''})` +
                `${t.inherits.length > 0 ? ` INHERITS (${t.inherits.join(', ')})` : ''}`;
    }
    if (t.partitioning)
        sql += ` PARTITION BY ${t.partitioning.key}`;
    sql += withOptions(t.options);
    return {
        id: vid('table', t.schema, t.name, 'create'),
        rank: RANK.table,
        statements: [stmt(sql)],
        provides: [refs.rel(key)],
        requires: requires.filter((r) => r !== refs.rel(key)),
    };
}
function dropTable(ctx, key, t) {
    const releases = [refs.schema(t.schema)];
    if (t.partitionOf)
        releases.push(refs.rel(t.partitionOf.parent));
    for (const p of t.inherits)
        releases.push(refs.rel(p));
    for (const c of Object.values(t.columns))
        releases.push(...columnRefs(ctx, c, 'from'));
    return {
        id: vid('table', t.schema, t.name, 'drop'),
        rank: RANK.dropTable,
        statements: [
            stmt(`DROP TABLE ${(0,quote/* qualified */.LX)(t.schema, t.name)}`, {
                dataLoss: true,
                locks: [{ table: key, mode: 'ACCESS EXCLUSIVE' }],
                hazards: [{ id: 'drop-table', message: `drops table ${key} and every row in it` }],
            }),
        ],
        removes: [refs.rel(key)],
        releases: releases.filter((r) => r !== refs.rel(key)),
    };
}
function rowSecurity(t, from) {
    const name = (0,quote/* qualified */.LX)(t.schema, t.name);
    const out = [];
    if (t.rowSecurity !== (from?.rowSecurity ?? false)) {
        out.push(stmt(`ALTER TABLE ${name} ${t.rowSecurity ? 'ENABLE' : 'DISABLE'} ROW LEVEL SECURITY`));
    }
    if (t.forceRowSecurity !== (from?.forceRowSecurity ?? false)) {
        out.push(stmt(`ALTER TABLE ${name} ${t.forceRowSecurity ? 'FORCE' : 'NO FORCE'} ROW LEVEL SECURITY`));
    }
    return out;
}
const samePartition = (a, b) => (a.partitionOf === null && b.partitionOf === null) ||
    (a.partitionOf !== null &&
        b.partitionOf !== null &&
        a.partitionOf.parent === b.partitionOf.parent &&
        a.partitionOf.bound === b.partitionOf.bound);
function tablesGenerator(ctx) {
    const { from, to } = ctx;
    for (const key of Object.keys(to.tables).sort()) {
        const t = to.tables[key];
        const f = from.tables[key];
        if (!f) {
            ctx.add(createTable(ctx, key, t));
            const rls = rowSecurity(t, undefined);
            if (rls.length > 0) {
                ctx.add({
                    id: vid('table', t.schema, t.name, 'alter', 'rls'),
                    rank: RANK.rowSecurity,
                    statements: rls,
                    requires: [refs.rel(key)],
                });
            }
            continue;
        }
        alterTable(ctx, key, f, t);
    }
    for (const key of Object.keys(from.tables).sort()) {
        if (!to.tables[key])
            ctx.add(dropTable(ctx, key, from.tables[key]));
    }
}
function alterTable(ctx, key, f, t) {
    const name = (0,quote/* qualified */.LX)(t.schema, t.name);
    const lock = [{ table: key, mode: 'ACCESS EXCLUSIVE' }];
    if (f.partitioning?.key !== t.partitioning?.key) {
        ctx.unsupported({
            kind: 'table',
            name: key,
            reason: 'changing whether or how a table is partitioned needs a new table and a data copy (manual migration)',
        });
    }
    if (!samePartition(f, t)) {
        if (f.partitionOf) {
            ctx.add({
                id: vid('table', t.schema, t.name, 'alter', 'detach'),
                rank: RANK.detach,
                statements: [
                    stmt(`ALTER TABLE ${f.partitionOf.parent} DETACH PARTITION ${name}`, {
                        locks: [{ table: f.partitionOf.parent, mode: 'ACCESS EXCLUSIVE' }],
                    }),
                ],
                releases: [refs.rel(f.partitionOf.parent)],
            });
        }
        if (t.partitionOf) {
            ctx.add({
                id: vid('table', t.schema, t.name, 'alter', 'attach'),
                rank: RANK.attach,
                statements: [
                    stmt(`ALTER TABLE ${t.partitionOf.parent} ATTACH PARTITION ${name} ${t.partitionOf.bound}`, {
                        locks: [{ table: t.partitionOf.parent, mode: 'SHARE UPDATE EXCLUSIVE' }, ...lock],
                        hazards: [{ id: 'attach-partition-scan', message: `scans ${key} to check the partition bound` }],
                    }),
                ],
                requires: [refs.rel(key), refs.rel(t.partitionOf.parent)],
                provides: [refs.rel(t.partitionOf.parent)],
            });
        }
    }
    const removed = f.inherits.filter((p) => !t.inherits.includes(p));
    const added = t.inherits.filter((p) => !f.inherits.includes(p));
    for (const p of removed) {
        ctx.add({
            id: vid('table', t.schema, t.name, 'alter', `no-inherit ${p}`),
            rank: RANK.detach,
            statements: [stmt(`ALTER TABLE ${name} NO INHERIT ${p}`, { locks: lock })],
            releases: [refs.rel(p)],
        });
    }
    for (const p of added) {
        ctx.add({
            id: vid('table', t.schema, t.name, 'alter', `inherit ${p}`),
            rank: RANK.attach,
            statements: [stmt(`ALTER TABLE ${name} INHERIT ${p}`, { locks: lock })],
            requires: [refs.rel(key), refs.rel(p)],
        });
    }
    const storage = [];
    if (f.unlogged !== t.unlogged) {
        storage.push(stmt(`ALTER TABLE ${name} SET ${t.unlogged ? 'UNLOGGED' : 'LOGGED'}`, {
            rewritesTable: true,
            locks: lock,
        }));
    }
    const resetKeys = f.options.map(optionKey).filter((k) => !t.options.some((o) => optionKey(o) === k));
    const setOptions = t.options.filter((o) => !f.options.includes(o));
    if (resetKeys.length > 0)
        storage.push(stmt(`ALTER TABLE ${name} RESET (${resetKeys.join(', ')})`, { locks: lock }));
    if (setOptions.length > 0)
        storage.push(stmt(`ALTER TABLE ${name} SET (${setOptions.join(', ')})`, { locks: lock }));
    if (storage.length > 0) {
        ctx.add({
            id: vid('table', t.schema, t.name, 'alter', 'storage'),
            rank: RANK.column,
            statements: storage,
            provides: [refs.rel(key)],
        });
    }
    const rls = rowSecurity(t, f);
    if (rls.length > 0) {
        ctx.add({
            id: vid('table', t.schema, t.name, 'alter', 'rls'),
            rank: RANK.rowSecurity,
            statements: rls,
            requires: [refs.rel(key)],
        });
    }
}
/** Tables whose partition membership or bound changes in this plan. */
function partitionChanges(from, to) {
    const detached = new Set();
    const attached = new Set();
    for (const key of Object.keys(to.tables)) {
        const t = to.tables[key];
        const f = from.tables[key];
        if (!f) {
            if (t.partitionOf)
                attached.add(key);
            continue;
        }
        if (samePartition(f, t))
            continue;
        if (f.partitionOf)
            detached.add(key);
        if (t.partitionOf)
            attached.add(key);
    }
    return { detached, attached };
}

;// CONCATENATED MODULE: ./src/core/diff/generators/columns.ts
/**
 * Columns of tables present on both sides: add, drop, and in-place alters (type with USING when
 * needed, NOT NULL, default, identity, generation expression). Partitions that stay attached take
 * their columns from the parent, so they are skipped.
 */





function columnsGenerator(ctx) {
    const { from, to } = ctx;
    for (const key of Object.keys(to.tables).sort()) {
        const t = to.tables[key];
        const f = from.tables[key];
        if (!f || (f.partitionOf && t.partitionOf))
            continue;
        // A column an INHERITS parent also has is changed on the parent; PostgreSQL recurses.
        const inherited = (name) => t.inherits.some((p) => from.tables[p]?.columns[name] !== undefined && to.tables[p]?.columns[name] !== undefined);
        for (const name of Object.keys(f.columns).sort()) {
            if (!t.columns[name] && !inherited(name))
                dropColumn(ctx, key, f, f.columns[name]);
        }
        const retyped = ctx.analysis.retypedColumns.get(key);
        for (const name of Object.keys(t.columns).sort()) {
            if (inherited(name))
                continue;
            const a = f.columns[name];
            const b = t.columns[name];
            if (!a)
                addColumn(ctx, key, t, b, false);
            else {
                const others = new Set([...(retyped ?? [])].filter((c) => c !== name));
                if (a.generated !== null && b.generated !== null && mentionsColumn(a.generated, others))
                    regenerate(ctx, key, f, t, a, b, others);
                else
                    alterColumn(ctx, key, t, a, b);
            }
        }
    }
}
/**
 * A stored generated column whose expression reads a column that changes type blocks the ALTER
 * TYPE: it is dropped first and added again after (its values are computed again, nothing lost).
 */
function regenerate(ctx, key, f, t, a, b, retyped) {
    const dropId = vid('column', t.schema, `${t.name}.${a.name}`, 'drop');
    const alters = [...retyped].map((c) => vid('column', t.schema, `${t.name}.${c}`, 'alter'));
    ctx.add({
        id: dropId,
        rank: RANK.dropColumn,
        statements: [
            stmt(`ALTER TABLE ${(0,quote/* qualified */.LX)(f.schema, f.name)} DROP COLUMN ${(0,quote/* quoteIdent */.v4)(a.name)}`, {
                locks: [{ table: key, mode: 'ACCESS EXCLUSIVE' }],
            }),
        ],
        releases: [refs.rel(key), ...columnRefs(ctx, a, 'from').filter((r) => !r.endsWith(`:${key}`))],
    });
    ctx.add({
        id: vid('column', t.schema, `${t.name}.${b.name}`, 'create'),
        rank: RANK.column,
        statements: [addStatement(key, t, b)],
        provides: [refs.rel(key)],
        requires: columnRefs(ctx, b, 'to').filter((r) => !r.endsWith(`:${key}`)),
        after: alters,
    });
}
function dropColumn(ctx, key, t, c) {
    ctx.add({
        id: vid('column', t.schema, `${t.name}.${c.name}`, 'drop'),
        rank: RANK.dropColumn,
        statements: [
            stmt(`ALTER TABLE ${(0,quote/* qualified */.LX)(t.schema, t.name)} DROP COLUMN ${(0,quote/* quoteIdent */.v4)(c.name)}`, {
                dataLoss: true,
                locks: [{ table: key, mode: 'ACCESS EXCLUSIVE' }],
                hazards: [
                    { id: 'drop-column', message: `drops column ${(0,quote/* quoteIdent */.v4)(c.name)} of ${key} and its data` },
                ],
            }),
        ],
        removes: [refs.rel(key)],
        releases: columnRefs(ctx, c, 'from'),
    });
}
const VOLATILE_DEFAULT = /\b(nextval|random|clock_timestamp|gen_random_uuid|uuid_generate_v\d|timeofday)\s*\(/i;
function addStatement(key, t, c) {
    const rewrites = c.generated !== null || c.identity !== null || (c.default !== null && VOLATILE_DEFAULT.test(c.default));
    const hazards = [];
    if (c.notNull && c.default === null && c.identity === null && c.generated === null) {
        hazards.push({
            id: 'add-not-null-column',
            message: `adding NOT NULL column ${(0,quote/* quoteIdent */.v4)(c.name)} without a default fails if ${key} has rows`,
        });
    }
    if (rewrites)
        hazards.push({ id: 'table-rewrite', message: `adding ${(0,quote/* quoteIdent */.v4)(c.name)} rewrites ${key}` });
    return stmt(`ALTER TABLE ${(0,quote/* qualified */.LX)(t.schema, t.name)} ADD COLUMN ${columnSql(c)}`, {
        rewritesTable: rewrites,
        locks: [{ table: key, mode: 'ACCESS EXCLUSIVE' }],
        hazards,
    });
}
function addColumn(ctx, key, t, c, recreate) {
    ctx.add({
        id: vid('column', t.schema, `${t.name}.${c.name}`, recreate ? 'replace' : 'create'),
        rank: RANK.column,
        statements: [addStatement(key, t, c)],
        provides: [refs.rel(key)],
        requires: columnRefs(ctx, c, 'to'),
    });
}
function alterColumn(ctx, key, t, a, b) {
    const table = (0,quote/* qualified */.LX)(t.schema, t.name);
    const col = (0,quote/* quoteIdent */.v4)(b.name);
    const at = `ALTER TABLE ${table} ALTER COLUMN ${col}`;
    const lock = [{ table: key, mode: 'ACCESS EXCLUSIVE' }];
    const statements = [];
    let reshapes = false;
    if (a.generated !== b.generated) {
        if (a.generated !== null && b.generated === null && ctx.version >= 130000) {
            statements.push(stmt(`${at} DROP EXPRESSION`, { locks: lock }));
        }
        else if (a.generated !== null && b.generated !== null && ctx.version >= 170000) {
            statements.push(stmt(`${at} SET EXPRESSION AS (${b.generated})`, { rewritesTable: true, locks: lock }));
        }
        else {
            // No in-place form on this version: drop the column and add it again (its comment and
            // grants go with it, which the comment and grant generators read from here).
            ctx.markRecreated('column', `${key}\u0000${b.name}`);
            const dataLoss = a.generated === null;
            ctx.add({
                id: vid('column', t.schema, `${t.name}.${b.name}`, 'replace'),
                rank: RANK.column,
                statements: [
                    stmt(`ALTER TABLE ${table} DROP COLUMN ${col}`, {
                        dataLoss,
                        locks: lock,
                        hazards: dataLoss
                            ? [
                                {
                                    id: 'drop-column',
                                    message: `replaces ${col} of ${key} by a generated column; its data is lost`,
                                },
                            ]
                            : [],
                    }),
                    addStatement(key, t, b),
                ],
                provides: [refs.rel(key)],
                removes: [refs.rel(key)],
                requires: columnRefs(ctx, b, 'to'),
                releases: columnRefs(ctx, a, 'from'),
            });
            return;
        }
    }
    const typeChanged = a.type !== b.type || a.collation !== b.collation;
    let defaultHandled = false;
    if (a.identity !== null && b.identity === null)
        statements.push(stmt(`${at} DROP IDENTITY`, { locks: lock }));
    if (typeChanged) {
        reshapes = true;
        // A default that cannot be cast automatically blocks ALTER TYPE: take it off and put it back.
        if (a.default !== null)
            statements.push(stmt(`${at} DROP DEFAULT`, { locks: lock }));
        const declared = ctx.usingFor(key, b.name);
        if (declared === undefined && !castKnown(a.type, b.type)) {
            ctx.unsupported({
                kind: 'column',
                name: `${key}.${col}`,
                reason: `no known cast from ${a.type} to ${b.type}; declare the conversion above the table in the ` +
                    `declared schema: -- schemagate:using ${key}.${col} <expression>`,
            });
            return;
        }
        const using = declared !== undefined
            ? ` USING ${declared}`
            : needsUsing(a.type, b.type)
                ? ` USING ${col}::${b.type}`
                : '';
        const rewrites = typeChangeRewrites(a.type, b.type) || a.collation !== b.collation;
        const dataLoss = typeChangeMayLoseData(a.type, b.type);
        const hazards = [];
        if (rewrites)
            hazards.push({
                id: 'table-rewrite',
                message: `changing the type of ${col} rewrites ${key} and its indexes`,
            });
        if (dataLoss)
            hazards.push({
                id: 'type-narrowing',
                message: `values of ${col} may not convert from ${a.type} to ${b.type}`,
            });
        statements.push(stmt(`${at} TYPE ${b.type}${b.collation ? ` COLLATE ${b.collation}` : ''}${using}`, {
            rewritesTable: rewrites,
            dataLoss,
            locks: lock,
            hazards,
        }));
        if (b.default !== null)
            statements.push(stmt(`${at} SET DEFAULT ${b.default}`, { locks: lock }));
        defaultHandled = true;
    }
    if (!defaultHandled &&
        a.default !== null &&
        a.default === b.default &&
        mentionsAny(a.default, ctx.analysis.removedFuncNames)) {
        // The default calls a function that is dropped and created again: take it off first.
        ctx.add({
            id: vid('column', t.schema, `${t.name}.${b.name}`, 'drop', 'default'),
            rank: RANK.dropConstraint,
            statements: [stmt(`${at} DROP DEFAULT`, { locks: lock })],
            releases: columnRefs(ctx, a, 'from').filter((r) => !r.endsWith(`:${key}`)),
        });
        statements.push(stmt(`${at} SET DEFAULT ${b.default}`, { locks: lock }));
        defaultHandled = true;
    }
    if (!defaultHandled && a.default !== b.default) {
        statements.push(stmt(b.default === null ? `${at} DROP DEFAULT` : `${at} SET DEFAULT ${b.default}`, { locks: lock }));
    }
    if (a.notNull !== b.notNull && !(b.notNull && b.identity !== null && a.identity === null)) {
        statements.push(stmt(`${at} ${b.notNull ? 'SET' : 'DROP'} NOT NULL`, {
            locks: lock,
            hazards: b.notNull
                ? [{ id: 'set-not-null-scan', message: `SET NOT NULL scans ${key} under an ACCESS EXCLUSIVE lock` }]
                : [],
        }));
    }
    if (a.identity === null && b.identity !== null) {
        if (!a.notNull)
            statements.push(stmt(`${at} SET NOT NULL`, { locks: lock }));
        statements.push(stmt(`${at} ADD${identityClause(b)}`, { locks: lock }));
    }
    else if (a.identity !== null && b.identity !== null) {
        const parts = [];
        if (a.identity !== b.identity)
            parts.push(`SET GENERATED ${b.identity === 'always' ? 'ALWAYS' : 'BY DEFAULT'}`);
        const x = a.identitySequence;
        const y = b.identitySequence;
        if (x && y) {
            if (x.increment !== y.increment)
                parts.push(`SET INCREMENT BY ${y.increment}`);
            if (x.min !== y.min)
                parts.push(`SET MINVALUE ${y.min}`);
            if (x.max !== y.max)
                parts.push(`SET MAXVALUE ${y.max}`);
            if (x.start !== y.start)
                parts.push(`SET START WITH ${y.start}`);
            if (x.cache !== y.cache)
                parts.push(`SET CACHE ${y.cache}`);
            if (x.cycle !== y.cycle)
                parts.push(y.cycle ? 'SET CYCLE' : 'SET NO CYCLE');
        }
        if (parts.length > 0)
            statements.push(stmt(`${at} ${parts.join(' ')}`, { locks: lock }));
    }
    if (statements.length === 0)
        return;
    const removes = reshapes ? [refs.rel(key)] : [];
    ctx.add({
        id: vid('column', t.schema, `${t.name}.${b.name}`, 'alter'),
        rank: RANK.column,
        statements,
        provides: [refs.rel(key)],
        removes,
        requires: columnRefs(ctx, b, 'to'),
        releases: columnRefs(ctx, a, 'from').filter((r) => !r.endsWith(`:${key}`)),
    });
}
/** True when a column change forces views over the table to be dropped and created again. */
function columnReshapes(a, b) {
    return !b || a.type !== b.type || a.collation !== b.collation || a.generated !== b.generated;
}

;// CONCATENATED MODULE: ./src/core/diff/generators/routines.ts
/**
 * Functions and procedures. pg_get_functiondef already prints CREATE OR REPLACE; that replaces
 * the body and attributes in place. A change CREATE OR REPLACE cannot make (result type, argument
 * names or modes, function <-> procedure) drops and creates the routine.
 */



/** True when CREATE OR REPLACE cannot turn `a` into `b`. */
function routineNeedsRecreate(a, b) {
    if (a.kind !== b.kind || a.returns !== b.returns || a.args.length !== b.args.length)
        return true;
    return a.args.some((x, i) => x.name !== b.args[i].name || x.mode !== b.args[i].mode || x.type !== b.args[i].type);
}
function routineChanged(a, b) {
    return (a.definition !== b.definition ||
        a.kind !== b.kind ||
        a.returns !== b.returns ||
        a.language !== b.language ||
        a.volatility !== b.volatility ||
        a.securityDefiner !== b.securityDefiner ||
        a.strict !== b.strict ||
        a.parallel !== b.parallel ||
        a.config.join() !== b.config.join());
}
/** What a routine needs to exist first: its types, and for SQL-language bodies the objects they read. */
function routineDeps(ctx, key, r, side) {
    const index = side === 'to' ? ctx.analysis.toIndex : ctx.analysis.fromIndex;
    const out = [refs.schema(r.schema)];
    for (const a of r.args) {
        const t = typeKeyOf(a.type);
        if (t)
            out.push(refs.type(t), refs.rel(t));
    }
    out.push(...refsIn(r.returns, index));
    // PostgreSQL checks SQL-language bodies at creation; PL/pgSQL bodies are only checked when run.
    if (r.language === 'sql')
        out.push(...refsIn(r.definition, index));
    const self = refs.func((0,quote/* qualified */.LX)(r.schema, r.name));
    return out.filter((x) => x !== self && x !== refs.routine(key));
}
function createStep(ctx, key, r) {
    return {
        id: vid(r.kind, r.schema, `${r.name}(${r.argTypes})`, 'create'),
        rank: RANK.routine,
        statements: [stmt(r.definition)],
        provides: [refs.routine(key), refs.func((0,quote/* qualified */.LX)(r.schema, r.name))],
        requires: routineDeps(ctx, key, r, 'to'),
    };
}
function dropStep(ctx, key, r) {
    return {
        id: vid(r.kind, r.schema, `${r.name}(${r.argTypes})`, 'drop'),
        rank: RANK.dropRoutine,
        statements: [
            stmt(`DROP ${r.kind === 'procedure' ? 'PROCEDURE' : 'FUNCTION'} ${(0,quote/* qualified */.LX)(r.schema, r.name)}(${r.argTypes})`),
        ],
        removes: [refs.routine(key), refs.func((0,quote/* qualified */.LX)(r.schema, r.name))],
        releases: routineDeps(ctx, key, r, 'from'),
    };
}
function routinesGenerator(ctx) {
    const { from, to } = ctx;
    for (const key of Object.keys(to.routines).sort()) {
        const a = from.routines[key];
        const b = to.routines[key];
        if (!a)
            ctx.add(createStep(ctx, key, b));
        else if (ctx.analysis.recreatedRoutines.has(key)) {
            ctx.add(dropStep(ctx, key, a));
            ctx.add(createStep(ctx, key, b));
            ctx.markRecreated(b.kind, key);
        }
        else if (routineChanged(a, b)) {
            ctx.add({
                ...createStep(ctx, key, b),
                id: vid(b.kind, b.schema, `${b.name}(${b.argTypes})`, 'replace'),
            });
        }
    }
    for (const key of Object.keys(from.routines).sort()) {
        if (!to.routines[key])
            ctx.add(dropStep(ctx, key, from.routines[key]));
    }
}

;// CONCATENATED MODULE: ./src/core/diff/generators/types.ts
/** Enum, domain and composite types. */





const NOT_COMPARED = ['comment', 'grants', 'owner'];
/** Columns of `model` whose type is `typeKey` or an array of it. */
function columnsOfType(model, typeKey) {
    const out = [];
    for (const key of Object.keys(model.tables).sort()) {
        const t = model.tables[key];
        if (t.partitionOf)
            continue; // partitions follow their parent's column type
        for (const name of Object.keys(t.columns).sort()) {
            const c = t.columns[name];
            if (typeKeyOf(c.type) === typeKey) {
                out.push({
                    table: key,
                    schema: t.schema,
                    tableName: t.name,
                    column: name,
                    type: c.type,
                    default: c.default,
                });
            }
        }
    }
    return out;
}
function typeUsedBy(model, typeKey) {
    if (columnsOfType(model, typeKey).length > 0)
        return true;
    for (const r of Object.values(model.routines)) {
        if (r.args.some((a) => typeKeyOf(a.type) === typeKey) || r.returns?.includes(typeKey))
            return true;
    }
    for (const d of Object.values(model.domains))
        if (typeKeyOf(d.baseType) === typeKey)
            return true;
    for (const c of Object.values(model.composites)) {
        if (c.attributes.some((a) => typeKeyOf(a.type) === typeKey))
            return true;
    }
    return false;
}
function typeRefs(types) {
    const out = [];
    for (const t of types) {
        const k = typeKeyOf(t);
        if (k)
            out.push(refs.type(k));
    }
    return out;
}
/** Labels of `to` keep every label of `from` in the same relative order: ADD VALUE suffices. */
function enumOnlyAdds(from, to) {
    let j = 0;
    for (const label of to)
        if (j < from.length && from[j] === label)
            j++;
    return j === from.length;
}
function createEnum(e) {
    return `CREATE TYPE ${(0,quote/* qualified */.LX)(e.schema, e.name)} AS ENUM (${e.labels.map(quote/* quoteLiteral */.ce).join(', ')})`;
}
/** A temporary name that stays within PostgreSQL's 63-byte identifier limit. */
function swapName(name) {
    const suffix = '__sg_old';
    let base = name;
    while (Buffer.byteLength(base + suffix) > 63)
        base = base.slice(0, -1);
    return base + suffix;
}
function enumsGenerator(ctx) {
    const d = diffByKey(ctx.from.enums, ctx.to.enums, (a, b) => equalExcept(a, b, NOT_COMPARED));
    for (const { key, value: e } of d.adds) {
        ctx.add({
            id: vid('enum', e.schema, e.name, 'create'),
            rank: RANK.type,
            statements: [stmt(createEnum(e))],
            provides: [refs.type(key)],
            requires: [refs.schema(e.schema)],
        });
    }
    for (const { key, value: e } of d.drops) {
        ctx.add({
            id: vid('enum', e.schema, e.name, 'drop'),
            rank: RANK.dropType,
            statements: [stmt(`DROP TYPE ${(0,quote/* qualified */.LX)(e.schema, e.name)}`)],
            removes: [refs.type(key)],
            releases: [refs.schema(e.schema)],
        });
    }
    for (const { key, from, to } of d.alters) {
        if (ctx.analysis.swappedEnums.has(key))
            swapEnum(ctx, key, from, to);
        else
            addEnumValues(ctx, key, from, to);
    }
}
function addEnumValues(ctx, key, from, to) {
    const existing = new Set(from.labels);
    const name = (0,quote/* qualified */.LX)(to.schema, to.name);
    // Before 12, ALTER TYPE ... ADD VALUE cannot run inside a transaction block at all.
    const transactional = ctx.version === 0 || ctx.version >= 120000;
    const statements = [];
    to.labels.forEach((label, i) => {
        if (existing.has(label))
            return;
        let position = '';
        if (i > 0)
            position = ` AFTER ${(0,quote/* quoteLiteral */.ce)(to.labels[i - 1])}`;
        else if (from.labels.length > 0)
            position = ` BEFORE ${(0,quote/* quoteLiteral */.ce)(from.labels[0])}`;
        statements.push(stmt(`ALTER TYPE ${name} ADD VALUE ${(0,quote/* quoteLiteral */.ce)(label)}${position}`, {
            transactional,
            hazards: [
                {
                    id: 'enum-value-in-transaction',
                    message: `the new value ${(0,quote/* quoteLiteral */.ce)(label)} cannot be used in the same transaction that adds it`,
                },
            ],
        }));
    });
    ctx.add({
        id: vid('enum', to.schema, to.name, 'alter'),
        rank: RANK.type,
        statements,
        provides: [refs.type(key)],
    });
}
/**
 * Removing or reordering enum labels needs a new type: rename the old one away, create the new
 * one, convert every column through text, drop the old type. Rows holding a removed label make
 * the conversion fail, which is why the statement is flagged as data loss.
 */
function swapEnum(ctx, key, from, to) {
    const name = (0,quote/* qualified */.LX)(to.schema, to.name);
    const old = swapName(to.name);
    const removed = from.labels.filter((l) => !to.labels.includes(l));
    const statements = [
        stmt(`ALTER TYPE ${name} RENAME TO ${(0,quote/* quoteIdent */.v4)(old)}`),
        stmt(createEnum(to)),
    ];
    const tables = new Set();
    for (const c of columnsOfType(ctx.from, key)) {
        const target = ctx.to.tables[c.table]?.columns[c.column];
        if (!target)
            continue;
        tables.add(c.table);
        const table = (0,quote/* qualified */.LX)(c.schema, c.tableName);
        const col = (0,quote/* quoteIdent */.v4)(c.column);
        const isArray = c.type.endsWith('[]');
        const dims = isArray ? c.type.slice(c.type.indexOf('[')) : '';
        if (c.default !== null)
            statements.push(stmt(`ALTER TABLE ${table} ALTER COLUMN ${col} DROP DEFAULT`));
        statements.push(stmt(`ALTER TABLE ${table} ALTER COLUMN ${col} TYPE ${name}${dims} USING ${col}::text${dims}::${name}${dims}`, {
            rewritesTable: true,
            dataLoss: removed.length > 0,
            locks: [{ table: c.table, mode: 'ACCESS EXCLUSIVE' }],
            hazards: removed.length > 0
                ? [
                    {
                        id: 'enum-value-removed',
                        message: `rows holding ${removed.map(quote/* quoteLiteral */.ce).join(', ')} make this conversion fail`,
                    },
                ]
                : [],
        }));
        if (target.default !== null && target.type === c.type) {
            statements.push(stmt(`ALTER TABLE ${table} ALTER COLUMN ${col} SET DEFAULT ${target.default}`));
        }
    }
    for (const r of Object.values(ctx.from.routines)) {
        if (r.args.some((a) => typeKeyOf(a.type) === key) || r.returns?.includes(key)) {
            ctx.unsupported({
                kind: 'enum',
                name: key,
                reason: `removing or reordering labels while routine ${(0,quote/* qualified */.LX)(r.schema, r.name)}(${r.argTypes}) uses the type needs a manual migration`,
            });
        }
    }
    statements.push(stmt(`DROP TYPE ${(0,quote/* qualified */.LX)(to.schema, old)}`));
    const tableRefs = [...tables].map(refs.rel);
    ctx.add({
        id: vid('enum', to.schema, to.name, 'replace'),
        rank: RANK.type,
        statements,
        provides: [refs.type(key), ...tableRefs],
        removes: tableRefs,
    });
}
function domainChecks(d, validatedOnly) {
    return Object.keys(d.checks)
        .sort()
        .filter((n) => !validatedOnly || d.checks[n].validated)
        .map((n) => ` CONSTRAINT ${(0,quote/* quoteIdent */.v4)(n)} ${withoutNotValid(d.checks[n].definition)}`)
        .join('');
}
function addDomainCheck(name, check, existing) {
    const def = withoutNotValid(check.definition);
    if (!check.validated)
        return [stmt(`ALTER DOMAIN ${name} ADD CONSTRAINT ${(0,quote/* quoteIdent */.v4)(check.name)} ${def} NOT VALID`)];
    if (!existing)
        return [stmt(`ALTER DOMAIN ${name} ADD CONSTRAINT ${(0,quote/* quoteIdent */.v4)(check.name)} ${def}`)];
    return [
        stmt(`ALTER DOMAIN ${name} ADD CONSTRAINT ${(0,quote/* quoteIdent */.v4)(check.name)} ${def} NOT VALID`),
        stmt(`ALTER DOMAIN ${name} VALIDATE CONSTRAINT ${(0,quote/* quoteIdent */.v4)(check.name)}`),
    ];
}
function createDomain(ctx, key, d) {
    const name = (0,quote/* qualified */.LX)(d.schema, d.name);
    const statements = [
        stmt(`CREATE DOMAIN ${name} AS ${d.baseType}${d.collation ? ` COLLATE ${d.collation}` : ''}` +
            `${d.default !== null ? ` DEFAULT ${d.default}` : ''}${d.notNull ? ' NOT NULL' : ''}${domainChecks(d, true)}`),
    ];
    for (const n of Object.keys(d.checks).sort()) {
        if (!d.checks[n].validated)
            statements.push(...addDomainCheck(name, d.checks[n], false));
    }
    return {
        id: vid('domain', d.schema, d.name, 'create'),
        rank: RANK.type,
        statements,
        provides: [refs.type(key)],
        requires: [
            refs.schema(d.schema),
            ...typeRefs([d.baseType]),
            ...refsIn(Object.values(d.checks)
                .map((c) => c.definition)
                .join(' '), ctx.analysis.toIndex),
        ],
    };
}
function dropDomain(key, d) {
    return {
        id: vid('domain', d.schema, d.name, 'drop'),
        rank: RANK.dropType,
        statements: [stmt(`DROP DOMAIN ${(0,quote/* qualified */.LX)(d.schema, d.name)}`)],
        removes: [refs.type(key)],
        releases: [refs.schema(d.schema), ...typeRefs([d.baseType])],
    };
}
function domainsGenerator(ctx) {
    const d = diffByKey(ctx.from.domains, ctx.to.domains, (a, b) => equalExcept(a, b, NOT_COMPARED));
    for (const { key, value } of d.adds)
        ctx.add(createDomain(ctx, key, value));
    for (const { key, value } of d.drops)
        ctx.add(dropDomain(key, value));
    for (const { key, from, to } of d.alters) {
        const name = (0,quote/* qualified */.LX)(to.schema, to.name);
        if (from.baseType !== to.baseType || from.collation !== to.collation) {
            if (typeUsedBy(ctx.from, key)) {
                ctx.unsupported({
                    kind: 'domain',
                    name: key,
                    reason: 'changing the base type or collation of a domain in use needs a manual migration',
                });
                continue;
            }
            ctx.add(dropDomain(key, from));
            ctx.add(createDomain(ctx, key, to));
            ctx.markRecreated('domain', key);
            continue;
        }
        const statements = [];
        for (const n of Object.keys(from.checks).sort()) {
            const a = from.checks[n];
            const b = to.checks[n];
            if (!b ||
                withoutNotValid(a.definition) !== withoutNotValid(b.definition) ||
                (a.validated && !b.validated)) {
                statements.push(stmt(`ALTER DOMAIN ${name} DROP CONSTRAINT ${(0,quote/* quoteIdent */.v4)(n)}`));
            }
        }
        if (from.default !== to.default) {
            statements.push(stmt(to.default === null
                ? `ALTER DOMAIN ${name} DROP DEFAULT`
                : `ALTER DOMAIN ${name} SET DEFAULT ${to.default}`));
        }
        if (from.notNull !== to.notNull) {
            statements.push(stmt(`ALTER DOMAIN ${name} ${to.notNull ? 'SET' : 'DROP'} NOT NULL`));
        }
        for (const n of Object.keys(to.checks).sort()) {
            const a = from.checks[n];
            const b = to.checks[n];
            if (!a ||
                withoutNotValid(a.definition) !== withoutNotValid(b.definition) ||
                (a.validated && !b.validated)) {
                statements.push(...addDomainCheck(name, b, true));
            }
            else if (!a.validated && b.validated) {
                statements.push(stmt(`ALTER DOMAIN ${name} VALIDATE CONSTRAINT ${(0,quote/* quoteIdent */.v4)(n)}`));
            }
        }
        ctx.add({
            id: vid('domain', to.schema, to.name, 'alter'),
            rank: RANK.type,
            statements,
            provides: [refs.type(key)],
        });
    }
}
function attributeSql(a) {
    return `${(0,quote/* quoteIdent */.v4)(a.name)} ${a.type}${a.collation ? ` COLLATE ${a.collation}` : ''}`;
}
function createComposite(key, c) {
    const attrs = [...c.attributes].sort((a, b) => a.position - b.position);
    return {
        id: vid('composite', c.schema, c.name, 'create'),
        rank: RANK.type,
        statements: [
            stmt(`CREATE TYPE ${(0,quote/* qualified */.LX)(c.schema, c.name)} AS (${attrs.map(attributeSql).join(', ')})`),
        ],
        provides: [refs.type(key)],
        requires: [refs.schema(c.schema), ...typeRefs(attrs.map((a) => a.type))],
    };
}
function dropComposite(key, c) {
    return {
        id: vid('composite', c.schema, c.name, 'drop'),
        rank: RANK.dropType,
        statements: [stmt(`DROP TYPE ${(0,quote/* qualified */.LX)(c.schema, c.name)}`)],
        removes: [refs.type(key)],
        releases: [refs.schema(c.schema), ...typeRefs(c.attributes.map((a) => a.type))],
    };
}
function compositesGenerator(ctx) {
    const d = diffByKey(ctx.from.composites, ctx.to.composites, (a, b) => equalExcept(a, b, NOT_COMPARED));
    for (const { key, value } of d.adds)
        ctx.add(createComposite(key, value));
    for (const { key, value } of d.drops)
        ctx.add(dropComposite(key, value));
    for (const { key, from, to } of d.alters) {
        const order = (c) => [...c.attributes].sort((a, b) => a.position - b.position);
        const fromAttrs = order(from);
        const toAttrs = order(to);
        const toNames = new Set(toAttrs.map((a) => a.name));
        const kept = fromAttrs.filter((a) => toNames.has(a.name)).map((a) => a.name);
        const fromNames = new Set(fromAttrs.map((a) => a.name));
        const added = toAttrs.filter((a) => !fromNames.has(a.name)).map((a) => a.name);
        const inPlace = [...kept, ...added].join('\u0000') === toAttrs.map((a) => a.name).join('\u0000');
        const name = (0,quote/* qualified */.LX)(to.schema, to.name);
        if (columnsOfType(ctx.from, key).length > 0) {
            // PostgreSQL refuses ALTER TYPE on a composite that a table column uses.
            ctx.unsupported({
                kind: 'composite',
                name: key,
                reason: 'changing a composite type used by a table column needs a manual migration',
            });
            continue;
        }
        if (!inPlace) {
            if (typeUsedBy(ctx.from, key)) {
                ctx.unsupported({
                    kind: 'composite',
                    name: key,
                    reason: 'reordering the attributes of a composite type in use needs a manual migration',
                });
                continue;
            }
            ctx.add(dropComposite(key, from));
            ctx.add(createComposite(key, to));
            ctx.markRecreated('composite', key);
            continue;
        }
        const statements = [];
        const toByName = new Map(toAttrs.map((a) => [a.name, a]));
        for (const a of fromAttrs) {
            const b = toByName.get(a.name);
            if (!b)
                statements.push(stmt(`ALTER TYPE ${name} DROP ATTRIBUTE ${(0,quote/* quoteIdent */.v4)(a.name)}`, { dataLoss: true }));
            else if (a.type !== b.type || a.collation !== b.collation) {
                statements.push(stmt(`ALTER TYPE ${name} ALTER ATTRIBUTE ${(0,quote/* quoteIdent */.v4)(a.name)} TYPE ${b.type}${b.collation ? ` COLLATE ${b.collation}` : ''}`));
            }
        }
        for (const n of added)
            statements.push(stmt(`ALTER TYPE ${name} ADD ATTRIBUTE ${attributeSql(toByName.get(n))}`));
        ctx.add({
            id: vid('composite', to.schema, to.name, 'alter'),
            rank: RANK.type,
            statements,
            provides: [refs.type(key)],
            requires: typeRefs(toAttrs.map((a) => a.type)),
        });
    }
}

;// CONCATENATED MODULE: ./src/core/diff/generators/views.ts
/**
 * Views and materialized views. A view whose output columns keep their names and types (new
 * ones only appended) is changed with CREATE OR REPLACE VIEW; otherwise, and whenever something
 * it reads is reshaped or recreated, it is dropped (dependents first) and created again
 * (dependencies first). Materialized views are always recreated when they change.
 */




function viewColumnsCompatible(a, b) {
    if (b.columns.length < a.columns.length)
        return false;
    return a.columns.every((c, i) => b.columns[i].name === c.name && b.columns[i].type === c.type);
}
function viewChanged(a, b) {
    return a.definitionFingerprint !== b.definitionFingerprint || a.options.join() !== b.options.join();
}
function createView(ctx, key, v, replace) {
    return {
        id: vid('view', v.schema, v.name, replace ? 'replace' : 'create'),
        rank: RANK.view,
        statements: [
            stmt(`CREATE ${replace ? 'OR REPLACE ' : ''}VIEW ${(0,quote/* qualified */.LX)(v.schema, v.name)}${withOptions(v.options)} AS\n${v.definition}`),
        ],
        provides: [refs.rel(key)],
        requires: [refs.schema(v.schema), ...(ctx.analysis.toViewDeps.get(key) ?? [])],
    };
}
function createMaterialized(ctx, key, v) {
    return {
        id: vid('materializedView', v.schema, v.name, 'create'),
        rank: RANK.view,
        statements: [
            stmt(`CREATE MATERIALIZED VIEW ${(0,quote/* qualified */.LX)(v.schema, v.name)}${withOptions(v.options)} AS\n${v.definition}\nWITH ${v.populated ? '' : 'NO '}DATA`),
        ],
        provides: [refs.rel(key)],
        requires: [refs.schema(v.schema), ...(ctx.analysis.toViewDeps.get(key) ?? [])],
    };
}
function dropView(ctx, key, v, materialized) {
    return {
        id: vid(materialized ? 'materializedView' : 'view', v.schema, v.name, 'drop'),
        rank: RANK.dropView,
        statements: [
            stmt(`DROP ${materialized ? 'MATERIALIZED ' : ''}VIEW ${(0,quote/* qualified */.LX)(v.schema, v.name)}`, {
                locks: [{ table: key, mode: 'ACCESS EXCLUSIVE' }],
            }),
        ],
        removes: [refs.rel(key)],
        releases: [refs.schema(v.schema), ...(ctx.analysis.fromViewDeps.get(key) ?? [])],
    };
}
function viewsGenerator(ctx) {
    const { from, to, analysis } = ctx;
    for (const key of Object.keys(from.views).sort()) {
        if (!to.views[key] || analysis.recreatedViews.has(key))
            ctx.add(dropView(ctx, key, from.views[key], false));
    }
    for (const key of Object.keys(from.materializedViews).sort()) {
        if (!to.materializedViews[key] || analysis.recreatedViews.has(key)) {
            ctx.add(dropView(ctx, key, from.materializedViews[key], true));
        }
    }
    for (const key of Object.keys(to.views).sort()) {
        const a = from.views[key];
        const b = to.views[key];
        if (!a || analysis.recreatedViews.has(key)) {
            ctx.add(createView(ctx, key, b, false));
            if (a)
                ctx.markRecreated('view', key);
        }
        else if (viewChanged(a, b)) {
            ctx.add(createView(ctx, key, b, true));
        }
    }
    for (const key of Object.keys(to.materializedViews).sort()) {
        const a = from.materializedViews[key];
        if (!a || analysis.recreatedViews.has(key)) {
            ctx.add(createMaterialized(ctx, key, to.materializedViews[key]));
            if (a)
                ctx.markRecreated('materializedView', key);
        }
    }
}

;// CONCATENATED MODULE: ./src/core/diff/analysis.ts
/**
 * Facts that cross object kinds, computed once before the generators run: which tables are
 * reshaped, which views must be recreated (transitively), which enums need a type swap, which
 * routines CREATE OR REPLACE cannot change.
 */










function refIndex(model) {
    return {
        types: new Set([
            ...Object.keys(model.enums),
            ...Object.keys(model.domains),
            ...Object.keys(model.composites),
            ...model.unsupported
                .filter((u) => (u.id.kind === 'other' || u.id.kind === 'collation') && u.id.schema !== null)
                .map((u) => (0,ids/* relKey */.jO)(u.id.schema, u.id.name)),
        ]),
        rels: new Set([
            ...Object.keys(model.tables),
            ...Object.keys(model.views),
            ...Object.keys(model.materializedViews),
            ...Object.keys(model.sequences),
        ]),
        funcs: new Set([
            ...Object.values(model.routines).map((r) => (0,quote/* qualified */.LX)(r.schema, r.name)),
            ...model.unsupported
                .filter((u) => (u.id.kind === 'aggregate' || u.id.kind === 'function') && u.id.schema !== null)
                .map((u) => (0,ids/* relKey */.jO)(u.id.schema, u.id.name)),
        ]),
    };
}
function viewDeps(model, index) {
    const out = new Map();
    for (const [key, v] of [...Object.entries(model.views), ...Object.entries(model.materializedViews)]) {
        out.set(key, refsIn(v.definition, index).filter((r) => r !== refs.rel(key)));
    }
    return out;
}
/** The CREATE INDEX text without the index name, to match an index to a constraint's index. */
function indexShape(def, name) {
    const prefix = /^CREATE (UNIQUE )?INDEX /.exec(def)?.[0] ?? '';
    const q = (0,quote/* quoteIdent */.v4)(name);
    return def.startsWith(`${prefix}${q} `) ? `${prefix}${def.slice(prefix.length + q.length)}` : def;
}
/** True when ADD CONSTRAINT … USING INDEX accepts this index (plain btree unique, no expression, no WHERE). */
function usableForConstraint(ix) {
    return (ix.unique &&
        ix.method === 'btree' &&
        ix.predicate === null &&
        ix.include.length === 0 &&
        ix.valid &&
        !/\(\(|\bDESC\b|NULLS (FIRST|LAST)|COLLATE/.test(ix.definition.slice(ix.definition.indexOf('('))));
}
function adoptedIndexes(from, to) {
    const out = new Map();
    const taken = new Set();
    for (const key of Object.keys(to.tables).sort()) {
        const a = from.tables[key];
        const b = to.tables[key];
        if (!a || b.partitioning !== null || a.partitioning !== null || b.partitionOf !== null)
            continue;
        for (const name of Object.keys(b.constraints).sort()) {
            const c = b.constraints[name];
            if ((c.type !== 'primaryKey' && c.type !== 'unique') || c.inherited || a.constraints[name])
                continue;
            const target = to.indexes[(0,ids/* relKey */.jO)(b.schema, name)];
            if (!target || target.table !== key)
                continue;
            const shape = indexShape(target.definition, target.name);
            const found = Object.keys(from.indexes)
                .sort()
                .find((k) => {
                const ix = from.indexes[k];
                const stays = to.indexes[k] !== undefined && to.indexes[k].constraint === null;
                return (ix.table === key &&
                    ix.constraint === null &&
                    !stays &&
                    !taken.has(k) &&
                    usableForConstraint(ix) &&
                    indexShape(ix.definition, ix.name) === shape);
            });
            if (found) {
                taken.add(found);
                out.set(`${key}\u0000${name}`, found);
            }
        }
    }
    return out;
}
function analyse(from, to) {
    const fromIndex = refIndex(from);
    const toIndex = refIndex(to);
    const droppedTables = new Set(Object.keys(from.tables).filter((k) => !to.tables[k]));
    const swappedEnums = new Set();
    for (const key of Object.keys(to.enums)) {
        const a = from.enums[key];
        if (a && !enumOnlyAdds(a.labels, to.enums[key].labels))
            swappedEnums.add(key);
    }
    const reshapedTables = new Set();
    for (const key of Object.keys(to.tables)) {
        const a = from.tables[key];
        const b = to.tables[key];
        if (!a || (a.partitionOf && b.partitionOf))
            continue;
        for (const name of Object.keys(a.columns)) {
            if (columnReshapes(a.columns[name], b.columns[name]))
                reshapedTables.add(key);
        }
    }
    for (const e of swappedEnums)
        for (const c of columnsOfType(from, e))
            reshapedTables.add(c.table);
    // Partitions share the shape of their parent.
    for (const [key, t] of Object.entries(from.tables)) {
        if (t.partitionOf && reshapedTables.has(t.partitionOf.parent))
            reshapedTables.add(key);
    }
    const droppedRoutines = new Set(Object.keys(from.routines).filter((k) => !to.routines[k]));
    const recreatedRoutines = new Set(Object.keys(to.routines).filter((k) => from.routines[k] && routineNeedsRecreate(from.routines[k], to.routines[k])));
    const removedFuncNames = new Set([...droppedRoutines, ...recreatedRoutines].map((k) => (0,quote/* qualified */.LX)(from.routines[k].schema, from.routines[k].name)));
    const fromViewDeps = viewDeps(from, fromIndex);
    const toViewDeps = viewDeps(to, toIndex);
    const recreatedViews = new Set();
    const gone = (r) => {
        const [kind, key] = [r.slice(0, r.indexOf(':')), r.slice(r.indexOf(':') + 1)];
        if (kind === 'rel') {
            return (droppedTables.has(key) ||
                reshapedTables.has(key) ||
                recreatedViews.has(key) ||
                (!!(from.views[key] || from.materializedViews[key]) &&
                    !(to.views[key] || to.materializedViews[key])) ||
                (!!from.sequences[key] && !to.sequences[key]));
        }
        if (kind === 'func')
            return removedFuncNames.has(key);
        if (kind === 'type')
            return swappedEnums.has(key) || (!to.enums[key] && !to.domains[key] && !to.composites[key]);
        return false;
    };
    const viewKeys = [...Object.keys(from.views), ...Object.keys(from.materializedViews)].sort();
    for (const key of viewKeys) {
        const a = from.views[key];
        const b = to.views[key];
        if (a && b && viewChanged(a, b) && !viewColumnsCompatible(a, b))
            recreatedViews.add(key);
        const ma = from.materializedViews[key];
        const mb = to.materializedViews[key];
        if (ma && mb && (viewChanged(ma, mb) || ma.populated !== mb.populated))
            recreatedViews.add(key);
    }
    // Anything a view reads being dropped or rebuilt forces the view to be rebuilt: iterate to a fixpoint.
    let changed = true;
    while (changed) {
        changed = false;
        for (const key of viewKeys) {
            if (recreatedViews.has(key) || !(to.views[key] || to.materializedViews[key]))
                continue;
            if ((fromViewDeps.get(key) ?? []).some(gone)) {
                recreatedViews.add(key);
                changed = true;
            }
        }
    }
    const keyChangedTables = new Set();
    for (const key of Object.keys(from.tables)) {
        const a = from.tables[key];
        const b = to.tables[key];
        if (!b)
            continue;
        for (const [name, c] of Object.entries(a.constraints)) {
            if (c.type !== 'primaryKey' && c.type !== 'unique')
                continue;
            const d = b.constraints[name];
            if (!d || withoutNotValid(d.definition) !== withoutNotValid(c.definition) || d.type !== c.type)
                keyChangedTables.add(key);
        }
    }
    for (const [key, ix] of Object.entries(from.indexes)) {
        if (!ix.unique || ix.constraint !== null)
            continue;
        const b = to.indexes[key];
        if (!b || b.definition !== ix.definition || !deepEqual(b.elements, ix.elements))
            keyChangedTables.add(ix.table);
    }
    const retypedColumns = new Map();
    for (const key of Object.keys(to.tables)) {
        const a = from.tables[key];
        const b = to.tables[key];
        if (!a)
            continue;
        for (const [name, c] of Object.entries(b.columns)) {
            const old = a.columns[name];
            if (old && (old.type !== c.type || old.collation !== c.collation)) {
                const set = retypedColumns.get(key) ?? new Set();
                set.add(name);
                retypedColumns.set(key, set);
            }
        }
    }
    const { detached } = partitionChanges(from, to);
    return {
        adoptedIndexes: adoptedIndexes(from, to),
        removedFuncNames,
        retypedColumns,
        droppedTables,
        reshapedTables,
        recreatedViews,
        swappedEnums,
        droppedRoutines,
        recreatedRoutines,
        detachedTables: detached,
        keyChangedTables,
        fromIndex,
        toIndex,
        fromViewDeps,
        toViewDeps,
    };
}

;// CONCATENATED MODULE: ./src/core/diff/generators/comments.ts
/**
 * COMMENT ON for every commented object kind. Runs after the other generators so that objects
 * they created or recreated (which lose their comment) get it back.
 */



function* targets(ctx) {
    const { from, to } = ctx;
    for (const [k, s] of Object.entries(to.schemas)) {
        yield {
            kind: 'schema',
            key: k,
            schema: null,
            name: s.name,
            clause: () => `SCHEMA ${(0,quote/* quoteIdent */.v4)(s.name)}`,
            from: from.schemas[k]?.comment,
            to: s.comment,
            requires: () => [refs.schema(s.name)],
            created: !from.schemas[k],
        };
    }
    for (const [k, e] of Object.entries(to.extensions)) {
        yield {
            kind: 'extension',
            key: k,
            schema: null,
            name: e.name,
            clause: () => `EXTENSION ${(0,quote/* quoteIdent */.v4)(e.name)}`,
            from: from.extensions[k]?.comment,
            to: e.comment,
            requires: () => [refs.ext(e.name)],
            created: !from.extensions[k],
        };
    }
    for (const [k, e] of Object.entries(to.enums)) {
        yield {
            kind: 'enum',
            key: k,
            schema: e.schema,
            name: e.name,
            clause: () => `TYPE ${k}`,
            from: ctx.analysis.swappedEnums.has(k) ? null : from.enums[k]?.comment,
            to: e.comment,
            requires: () => [refs.type(k)],
            created: !from.enums[k],
        };
    }
    for (const [k, d] of Object.entries(to.domains)) {
        yield {
            kind: 'domain',
            key: k,
            schema: d.schema,
            name: d.name,
            clause: () => `DOMAIN ${k}`,
            from: from.domains[k]?.comment,
            to: d.comment,
            requires: () => [refs.type(k)],
            created: !from.domains[k],
        };
    }
    for (const [k, c] of Object.entries(to.composites)) {
        yield {
            kind: 'composite',
            key: k,
            schema: c.schema,
            name: c.name,
            clause: () => `TYPE ${k}`,
            from: from.composites[k]?.comment,
            to: c.comment,
            requires: () => [refs.type(k)],
            created: !from.composites[k],
        };
    }
    for (const [k, s] of Object.entries(to.sequences)) {
        yield {
            kind: 'sequence',
            key: k,
            schema: s.schema,
            name: s.name,
            clause: () => `SEQUENCE ${k}`,
            from: from.sequences[k]?.comment,
            to: s.comment,
            requires: () => [refs.rel(k)],
            created: !from.sequences[k],
        };
    }
    for (const [k, t] of Object.entries(to.tables)) {
        const f = from.tables[k];
        yield {
            kind: 'table',
            key: k,
            schema: t.schema,
            name: t.name,
            clause: () => `TABLE ${k}`,
            from: f?.comment,
            to: t.comment,
            requires: () => [refs.rel(k)],
            created: !f,
        };
        for (const [n, c] of Object.entries(t.columns)) {
            const fc = f?.columns[n];
            yield {
                kind: 'column',
                key: `${k}\u0000${n}`,
                schema: t.schema,
                name: `${t.name}.${n}`,
                clause: () => `COLUMN ${k}.${(0,quote/* quoteIdent */.v4)(n)}`,
                from: fc?.comment,
                to: c.comment,
                requires: () => [refs.rel(k)],
                created: !fc,
            };
        }
        // Objects that live inside the table and are commented ON <name> ON <table>.
        const members = [
            ['constraint', 'CONSTRAINT', t.constraints, f?.constraints],
            ['trigger', 'TRIGGER', t.triggers, f?.triggers],
            ['policy', 'POLICY', t.policies, f?.policies],
        ];
        for (const [kind, keyword, now, before] of members) {
            for (const [n, o] of Object.entries(now)) {
                if (o.inherited)
                    continue;
                const prev = before?.[n];
                yield {
                    kind,
                    key: `${k}\u0000${n}`,
                    schema: t.schema,
                    name: `${t.name}.${n}`,
                    clause: () => `${keyword} ${(0,quote/* quoteIdent */.v4)(n)} ON ${k}`,
                    from: prev?.comment,
                    to: o.comment,
                    requires: () => [refs.rel(k)],
                    created: !prev,
                };
            }
        }
    }
    for (const [k, ix] of Object.entries(to.indexes)) {
        // A constraint's index is rebuilt with its constraint and loses its comment then.
        const rebuilt = ix.constraint !== null && ctx.isRecreated('constraint', `${ix.table}\u0000${ix.constraint}`);
        yield {
            kind: 'index',
            key: k,
            schema: ix.schema,
            name: ix.name,
            clause: () => `INDEX ${k}`,
            from: rebuilt ? null : from.indexes[k]?.comment,
            to: ix.comment,
            requires: () => [refs.rel(k), refs.rel(ix.table)],
            created: !from.indexes[k],
        };
    }
    for (const [kind, map, fromMap, word] of [
        ['view', to.views, from.views, 'VIEW'],
        ['materializedView', to.materializedViews, from.materializedViews, 'MATERIALIZED VIEW'],
    ]) {
        for (const [k, v] of Object.entries(map)) {
            const f = fromMap[k];
            yield {
                kind,
                key: k,
                schema: v.schema,
                name: v.name,
                clause: () => `${word} ${k}`,
                from: f?.comment,
                to: v.comment,
                requires: () => [refs.rel(k)],
                created: !f,
            };
            const recreated = ctx.isRecreated(kind, k);
            for (const [n, text] of Object.entries(v.columnComments)) {
                yield {
                    kind: 'column',
                    key: `${k}\u0000${n}`,
                    schema: v.schema,
                    name: `${v.name}.${n}`,
                    clause: () => `COLUMN ${k}.${(0,quote/* quoteIdent */.v4)(n)}`,
                    from: recreated ? null : f?.columnComments[n],
                    to: text,
                    requires: () => [refs.rel(k)],
                    created: !f,
                };
            }
            if (f && !recreated) {
                for (const n of Object.keys(f.columnComments)) {
                    if (v.columnComments[n] === undefined && v.columns.some((c) => c.name === n)) {
                        yield {
                            kind: 'column',
                            key: `${k}\u0000${n}`,
                            schema: v.schema,
                            name: `${v.name}.${n}`,
                            clause: () => `COLUMN ${k}.${(0,quote/* quoteIdent */.v4)(n)}`,
                            from: f.columnComments[n],
                            to: null,
                            requires: () => [refs.rel(k)],
                            created: false,
                        };
                    }
                }
            }
        }
    }
    for (const [k, r] of Object.entries(to.routines)) {
        yield {
            kind: r.kind,
            key: k,
            schema: r.schema,
            name: `${r.name}(${r.argTypes})`,
            clause: () => `${r.kind === 'procedure' ? 'PROCEDURE' : 'FUNCTION'} ${(0,quote/* qualified */.LX)(r.schema, r.name)}(${r.argTypes})`,
            from: from.routines[k]?.comment,
            to: r.comment,
            requires: () => [refs.routine(k)],
            created: !from.routines[k],
        };
    }
}
function commentsGenerator(ctx) {
    for (const t of targets(ctx)) {
        const before = t.created || ctx.isRecreated(t.kind, t.key) ? null : (t.from ?? null);
        if (before === t.to)
            continue;
        ctx.add({
            id: vid(t.kind, t.schema, t.name, 'comment'),
            rank: RANK.comment,
            statements: [stmt(`COMMENT ON ${t.clause()} IS ${(0,quote/* quoteNullableLiteral */.Ro)(t.to)}`)],
            requires: t.requires(),
        });
    }
}

;// CONCATENATED MODULE: ./src/core/diff/generators/constraints.ts
/**
 * Table constraints: primary key, unique, check, foreign key, exclusion. Changed constraints are
 * dropped and added again (PostgreSQL has no ALTER for their definition); CHECK and FOREIGN KEY
 * constraints on existing tables are added NOT VALID and then validated, so the long scan runs
 * under a weaker lock. Constraints inherited from a parent come with the partition.
 */







function sameConstraint(a, b) {
    return (a.type === b.type &&
        withoutNotValid(a.definition) === withoutNotValid(b.definition) &&
        a.deferrable === b.deferrable &&
        a.initiallyDeferred === b.initiallyDeferred &&
        a.noInherit === b.noInherit &&
        !(a.validated && !b.validated));
}
function constraints_dropStep(ctx, key, t, c, after) {
    const fk = c.type === 'foreignKey';
    return {
        id: vid('constraint', t.schema, `${t.name}.${c.name}`, 'drop'),
        rank: fk ? RANK.dropForeignKey : after ? RANK.detach + 1 : RANK.dropConstraint,
        statements: [
            stmt(`ALTER TABLE ${(0,quote/* qualified */.LX)(t.schema, t.name)} DROP CONSTRAINT ${(0,quote/* quoteIdent */.v4)(c.name)}`, {
                locks: [{ table: key, mode: 'ACCESS EXCLUSIVE' }],
            }),
        ],
        releases: [
            ...(fk && c.foreignKey ? [refs.rel(c.foreignKey.referencedTable)] : []),
            ...refsIn(c.definition, ctx.analysis.fromIndex),
        ],
        ...(after ? { after } : {}),
    };
}
function addStep(ctx, key, t, c, existing) {
    const table = (0,quote/* qualified */.LX)(t.schema, t.name);
    const name = (0,quote/* quoteIdent */.v4)(c.name);
    const def = withoutNotValid(c.definition);
    const fk = c.type === 'foreignKey';
    const validatable = fk || c.type === 'check';
    const lock = [{ table: key, mode: 'ACCESS EXCLUSIVE' }];
    const statements = [];
    if (!c.validated && validatable) {
        statements.push(stmt(`ALTER TABLE ${table} ADD CONSTRAINT ${name} ${def} NOT VALID`, { locks: lock }));
    }
    else if (existing && validatable && t.partitioning === null) {
        // (Partitioned tables refuse NOT VALID foreign keys before PostgreSQL 18: they get a plain ADD.)
        statements.push(stmt(`ALTER TABLE ${table} ADD CONSTRAINT ${name} ${def} NOT VALID`, { locks: lock }));
        statements.push(stmt(`ALTER TABLE ${table} VALIDATE CONSTRAINT ${name}`, {
            locks: [{ table: key, mode: 'SHARE UPDATE EXCLUSIVE' }],
            hazards: [{ id: 'validate-scan', message: `validating ${name} scans ${key}` }],
        }));
    }
    else {
        const builds = c.type === 'primaryKey' || c.type === 'unique' || c.type === 'exclusion';
        statements.push(stmt(`ALTER TABLE ${table} ADD CONSTRAINT ${name} ${def}`, {
            locks: lock,
            hazards: existing && builds
                ? [
                    {
                        id: 'constraint-index-build',
                        message: `builds the index of ${name} on ${key} under an ACCESS EXCLUSIVE lock`,
                    },
                ]
                : [],
        }));
    }
    return {
        id: vid('constraint', t.schema, `${t.name}.${c.name}`, 'create'),
        rank: fk ? RANK.foreignKey : RANK.constraint,
        statements,
        requires: [
            refs.rel(key),
            ...(c.foreignKey ? [refs.rel(c.foreignKey.referencedTable)] : []),
            ...refsIn(c.definition, ctx.analysis.toIndex),
        ],
        provides: [refs.rel(key)],
    };
}
function constraintClause(c) {
    return `${c.type === 'primaryKey' ? 'PRIMARY KEY' : 'UNIQUE'}`;
}
function deferClause(c) {
    return `${c.deferrable ? ' DEFERRABLE' : ''}${c.initiallyDeferred ? ' INITIALLY DEFERRED' : ''}`;
}
/**
 * A new PRIMARY KEY or UNIQUE constraint on an existing table: take over a matching unique index
 * that already exists (`ADD CONSTRAINT … USING INDEX`, no second build), or, with
 * concurrentIndexes, build its index CONCURRENTLY first so the ACCESS EXCLUSIVE lock is brief.
 */
function usingIndexStep(ctx, key, t, c) {
    if (c.type !== 'primaryKey' && c.type !== 'unique')
        return null;
    const table = (0,quote/* qualified */.LX)(t.schema, t.name);
    const name = (0,quote/* quoteIdent */.v4)(c.name);
    const lock = [{ table: key, mode: 'ACCESS EXCLUSIVE' }];
    const id = vid('constraint', t.schema, `${t.name}.${c.name}`, 'create');
    const adopted = ctx.analysis.adoptedIndexes.get(`${key}\u0000${c.name}`);
    if (adopted !== undefined) {
        const ix = ctx.from.indexes[adopted];
        return {
            id,
            rank: RANK.constraint,
            statements: [
                stmt(`ALTER TABLE ${table} ADD CONSTRAINT ${name} ${constraintClause(c)} USING INDEX ${(0,quote/* quoteIdent */.v4)(ix.name)}${deferClause(c)}`, { locks: lock }),
            ],
            requires: [refs.rel(key)],
            provides: [refs.rel(key), refs.rel((0,ids/* relKey */.jO)(t.schema, c.name))],
        };
    }
    const ix = ctx.to.indexes[(0,ids/* relKey */.jO)(t.schema, c.name)];
    if (!ctx.concurrentIndexes ||
        !ix ||
        t.partitioning !== null ||
        t.partitionOf !== null ||
        !usableForConstraint(ix))
        return null;
    return {
        id,
        rank: RANK.constraint,
        statements: [
            stmt(ix.definition.replace(/^CREATE UNIQUE INDEX /, 'CREATE UNIQUE INDEX CONCURRENTLY '), {
                transactional: false,
                locks: [{ table: key, mode: 'SHARE UPDATE EXCLUSIVE' }],
                hazards: [
                    {
                        id: 'concurrent-index-invalid',
                        message: `if this build fails it leaves an INVALID index ${(0,ids/* relKey */.jO)(t.schema, c.name)}: drop it before retrying`,
                    },
                ],
            }),
            stmt(`ALTER TABLE ${table} ADD CONSTRAINT ${name} ${constraintClause(c)} USING INDEX ${name}${deferClause(c)}`, {
                locks: lock,
            }),
        ],
        requires: [refs.rel(key)],
        provides: [refs.rel(key)],
    };
}
function constraintsGenerator(ctx) {
    const { from, to, analysis } = ctx;
    for (const key of Object.keys(to.tables).sort()) {
        const t = to.tables[key];
        const f = from.tables[key];
        for (const name of Object.keys(t.constraints).sort()) {
            const b = t.constraints[name];
            if (b.inherited)
                continue;
            const a = f?.constraints[name];
            if (!f) {
                if (!inlineConstraint(t, name))
                    ctx.add(addStep(ctx, key, t, b, false));
                continue;
            }
            const fkTargetChanged = b.type === 'foreignKey' &&
                b.foreignKey !== null &&
                analysis.keyChangedTables.has(b.foreignKey.referencedTable);
            if (!a) {
                ctx.add(usingIndexStep(ctx, key, t, b) ?? addStep(ctx, key, t, b, true));
            }
            else if (a.inherited) {
                // Was inherited, now local (after a detach): PostgreSQL keeps it as a local constraint.
                if (withoutNotValid(a.definition) !== withoutNotValid(b.definition)) {
                    ctx.add(constraints_dropStep(ctx, key, f, a, [vid('table', t.schema, t.name, 'alter', 'detach')]));
                    ctx.add(addStep(ctx, key, t, b, true));
                }
            }
            else if (!sameConstraint(a, b) ||
                fkTargetChanged ||
                mentionsAny(a.definition, analysis.removedFuncNames)) {
                ctx.add(constraints_dropStep(ctx, key, f, a));
                ctx.add(addStep(ctx, key, t, b, true));
                ctx.markRecreated('constraint', `${key}\u0000${name}`);
            }
            else if (!a.validated && b.validated) {
                ctx.add({
                    id: vid('constraint', t.schema, `${t.name}.${name}`, 'alter', 'validate'),
                    rank: b.type === 'foreignKey' ? RANK.foreignKey : RANK.constraint,
                    statements: [
                        stmt(`ALTER TABLE ${(0,quote/* qualified */.LX)(t.schema, t.name)} VALIDATE CONSTRAINT ${(0,quote/* quoteIdent */.v4)(name)}`, {
                            locks: [{ table: key, mode: 'SHARE UPDATE EXCLUSIVE' }],
                            hazards: [{ id: 'validate-scan', message: `validating ${(0,quote/* quoteIdent */.v4)(name)} scans ${key}` }],
                        }),
                    ],
                    requires: [refs.rel(key)],
                });
            }
        }
    }
    for (const key of Object.keys(from.tables).sort()) {
        const f = from.tables[key];
        const t = to.tables[key];
        for (const name of Object.keys(f.constraints).sort()) {
            const a = f.constraints[name];
            if (!t) {
                // Goes with its table, except a foreign key to another dropped table, which could
                // otherwise make the two DROP TABLE statements depend on each other.
                const target = a.foreignKey?.referencedTable;
                if (a.type === 'foreignKey' &&
                    !a.inherited &&
                    target &&
                    target !== key &&
                    analysis.droppedTables.has(target)) {
                    ctx.add(constraints_dropStep(ctx, key, f, a));
                }
                continue;
            }
            if (t.constraints[name])
                continue;
            if (!a.inherited)
                ctx.add(constraints_dropStep(ctx, key, f, a));
            else if (analysis.detachedTables.has(key)) {
                ctx.add(constraints_dropStep(ctx, key, f, a, [vid('table', t.schema, t.name, 'alter', 'detach')]));
            }
        }
    }
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/diff/generators/grants.ts
/**
 * GRANT / REVOKE. The model holds only privileges beyond each object's default ACL, so the diff
 * grants what is new, revokes what is gone, and adjusts WITH GRANT OPTION. Objects created or
 * recreated by this plan start from their default ACL.
 */





const PRIVILEGE = /^[A-Z][A-Z ]*$/;
function privilegeList(privs, column) {
    for (const p of privs)
        if (!PRIVILEGE.test(p))
            throw new errors/* PlanError */.W6(`unexpected privilege name ${JSON.stringify(p)}`);
    return column === null ? privs.join(', ') : privs.map((p) => `${p} (${(0,quote/* quoteIdent */.v4)(column)})`).join(', ');
}
/** GRANT/REVOKE statements turning `from` into `to` on `object` (e.g. `TABLE public.t`). */
function grantStatements(object, from, to, column = null) {
    const a = grantsByGrantee(from);
    const b = grantsByGrantee(to);
    const out = [];
    const grantees = [...new Set([...a.keys(), ...b.keys()])].sort();
    for (const g of grantees) {
        const x = a.get(g);
        const y = b.get(g);
        const had = new Set(x?.privileges ?? []);
        const has = new Set(y?.privileges ?? []);
        const hadOpt = new Set(x?.grantable ?? []);
        const hasOpt = new Set(y?.grantable ?? []);
        const revoke = [...had].filter((p) => !has.has(p)).sort();
        const revokeOption = [...had].filter((p) => has.has(p) && hadOpt.has(p) && !hasOpt.has(p)).sort();
        const grant = [...has].filter((p) => !hasOpt.has(p) && !had.has(p)).sort();
        const grantOption = [...has].filter((p) => hasOpt.has(p) && (!had.has(p) || !hadOpt.has(p))).sort();
        const role = roleName(g);
        if (revoke.length > 0)
            out.push(stmt(`REVOKE ${privilegeList(revoke, column)} ON ${object} FROM ${role}`));
        if (revokeOption.length > 0) {
            out.push(stmt(`REVOKE GRANT OPTION FOR ${privilegeList(revokeOption, column)} ON ${object} FROM ${role}`));
        }
        if (grant.length > 0)
            out.push(stmt(`GRANT ${privilegeList(grant, column)} ON ${object} TO ${role}`));
        if (grantOption.length > 0) {
            out.push(stmt(`GRANT ${privilegeList(grantOption, column)} ON ${object} TO ${role} WITH GRANT OPTION`));
        }
    }
    return out;
}
function* grants_targets(ctx) {
    const { from, to } = ctx;
    for (const [k, s] of Object.entries(to.schemas)) {
        yield {
            kind: 'schema',
            key: k,
            schema: null,
            name: s.name,
            object: `SCHEMA ${(0,quote/* quoteIdent */.v4)(s.name)}`,
            column: null,
            from: from.schemas[k]?.grants,
            to: s.grants,
            requires: [refs.schema(s.name)],
        };
    }
    for (const [kind, map, fromMap, word] of [
        ['enum', to.enums, from.enums, 'TYPE'],
        ['composite', to.composites, from.composites, 'TYPE'],
        ['domain', to.domains, from.domains, 'DOMAIN'],
    ]) {
        for (const [k, t] of Object.entries(map)) {
            const before = kind === 'enum' && ctx.analysis.swappedEnums.has(k) ? [] : fromMap[k]?.grants;
            yield {
                kind,
                key: k,
                schema: t.schema,
                name: t.name,
                object: `${word} ${k}`,
                column: null,
                from: before,
                to: t.grants,
                requires: [refs.type(k)],
            };
        }
    }
    for (const [k, s] of Object.entries(to.sequences)) {
        yield {
            kind: 'sequence',
            key: k,
            schema: s.schema,
            name: s.name,
            object: `SEQUENCE ${k}`,
            column: null,
            from: from.sequences[k]?.grants,
            to: s.grants,
            requires: [refs.rel(k)],
        };
    }
    for (const [k, t] of Object.entries(to.tables)) {
        const f = from.tables[k];
        yield {
            kind: 'table',
            key: k,
            schema: t.schema,
            name: t.name,
            object: `TABLE ${k}`,
            column: null,
            from: f?.grants,
            to: t.grants,
            requires: [refs.rel(k)],
        };
        for (const [n, c] of Object.entries(t.columns)) {
            const fc = f?.columns[n];
            yield {
                kind: 'column',
                key: `${k}\u0000${n}`,
                schema: t.schema,
                name: `${t.name}.${n}`,
                object: `TABLE ${k}`,
                column: n,
                from: fc?.grants,
                to: c.grants,
                requires: [refs.rel(k)],
            };
        }
    }
    for (const [kind, map, fromMap] of [
        ['view', to.views, from.views],
        ['materializedView', to.materializedViews, from.materializedViews],
    ]) {
        for (const [k, v] of Object.entries(map)) {
            yield {
                kind,
                key: k,
                schema: v.schema,
                name: v.name,
                object: `TABLE ${k}`,
                column: null,
                from: fromMap[k]?.grants,
                to: v.grants,
                requires: [refs.rel(k)],
            };
        }
    }
    for (const [k, r] of Object.entries(to.routines)) {
        const word = r.kind === 'procedure' ? 'PROCEDURE' : 'FUNCTION';
        yield {
            kind: r.kind,
            key: k,
            schema: r.schema,
            name: `${r.name}(${r.argTypes})`,
            object: `${word} ${(0,quote/* qualified */.LX)(r.schema, r.name)}(${r.argTypes})`,
            column: null,
            from: from.routines[k]?.grants,
            to: r.grants,
            requires: [refs.routine(k)],
        };
    }
}
function grantsGenerator(ctx) {
    for (const t of grants_targets(ctx)) {
        const before = ctx.isRecreated(t.kind, t.key) ? [] : (t.from ?? []);
        if (before.length === 0 && t.to.length === 0)
            continue;
        const statements = grantStatements(t.object, before, t.to, t.column);
        if (statements.length === 0)
            continue;
        ctx.add({
            id: vid(t.kind, t.schema, t.name, 'grant'),
            rank: RANK.grant,
            statements,
            requires: t.requires,
        });
    }
}

;// CONCATENATED MODULE: ./src/core/diff/generators/defaultPrivileges.ts




/** acldefault() of each object type for its owner and PUBLIC (what a global entry starts from). */
function builtinDefault(objects, role, version) {
    const g = (grantee, privileges) => ({
        grantee,
        privileges: [...privileges].sort(),
        grantable: [],
    });
    switch (objects) {
        case 'tables':
            return [
                g(role, [
                    'DELETE',
                    'INSERT',
                    'REFERENCES',
                    'SELECT',
                    'TRIGGER',
                    'TRUNCATE',
                    'UPDATE',
                    // PostgreSQL 17 added MAINTAIN to a table owner's privileges.
                    ...(version === 0 || version >= 170000 ? ['MAINTAIN'] : []),
                ]),
            ];
        case 'sequences':
            return [g(role, ['SELECT', 'UPDATE', 'USAGE'])];
        case 'functions':
            return [g(role, ['EXECUTE']), g('PUBLIC', ['EXECUTE'])];
        case 'types':
            return [g(role, ['USAGE']), g('PUBLIC', ['USAGE'])];
        case 'schemas':
            return [g(role, ['CREATE', 'USAGE'])];
    }
}
/** The full privilege set of an entry: default, minus revoked, plus grants (which may add GRANT OPTION). */
function fullAcl(d, version) {
    const base = d.schema === null ? builtinDefault(d.objects, d.role, version) : [];
    const by = new Map();
    const entry = (grantee) => {
        let e = by.get(grantee);
        if (!e) {
            e = { privileges: new Set(), grantable: new Set() };
            by.set(grantee, e);
        }
        return e;
    };
    for (const b of base)
        for (const p of b.privileges)
            entry(b.grantee).privileges.add(p);
    for (const r of d.revoked)
        for (const p of r.privileges)
            entry(r.grantee).privileges.delete(p);
    for (const x of d.grants) {
        const e = entry(x.grantee);
        for (const p of x.privileges)
            e.privileges.add(p);
        for (const p of x.grantable)
            e.grantable.add(p);
    }
    return [...by.entries()]
        .filter(([, e]) => e.privileges.size > 0)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([grantee, e]) => ({
        grantee,
        privileges: [...e.privileges].sort(),
        grantable: [...e.grantable].sort(),
    }));
}
function absent(like) {
    return { ...like, grants: [], revoked: [] };
}
function defaultPrivilegesGenerator(ctx) {
    const from = ctx.from.defaultPrivileges ?? {};
    const to = ctx.to.defaultPrivileges ?? {};
    // An entry whose role or object type differ by version (MAINTAIN) is compared on one version.
    const version = ctx.version || ctx.to.serverVersion;
    for (const key of [...new Set([...Object.keys(from), ...Object.keys(to)])].sort()) {
        const a = from[key];
        const b = to[key];
        const any = (b ?? a);
        if (any.schema !== null && b === undefined && !ctx.to.schemas[(0,quote/* quoteIdent */.v4)(any.schema)]) {
            // Dropping the schema drops its default privileges.
            continue;
        }
        const head = `ALTER DEFAULT PRIVILEGES FOR ROLE ${(0,quote/* quoteIdent */.v4)(any.role)}${any.schema !== null ? ` IN SCHEMA ${(0,quote/* quoteIdent */.v4)(any.schema)}` : ''} `;
        const statements = grantStatements(any.objects.toUpperCase(), fullAcl(a ?? absent(any), version), fullAcl(b ?? absent(any), version)).map((s) => ({ ...s, sql: head + s.sql }));
        const narrow = statements.filter((s) => s.sql.startsWith(`${head}REVOKE`));
        const widen = statements.filter((s) => !s.sql.startsWith(`${head}REVOKE`));
        if (narrow.length > 0)
            ctx.add({
                id: vid('defaultPrivilege', any.schema, key, 'grant', 'revoke'),
                rank: RANK.revokeDefaultPrivilege,
                statements: narrow,
            });
        if (widen.length > 0)
            ctx.add({
                id: vid('defaultPrivilege', any.schema, key, 'grant'),
                rank: RANK.defaultPrivilege,
                statements: widen,
                requires: any.schema !== null ? [refs.schema(any.schema)] : [],
            });
    }
}

;// CONCATENATED MODULE: ./src/core/diff/generators/definedObjects.ts
/**
 * Objects the model knows only by a definition text and, where PostgreSQL can print one, the
 * statement that creates them (model.unsupported: aggregates, window functions, range types,
 * rules, triggers on views, foreign tables, event triggers). Equal definitions are no change; a
 * change, an addition or a removal is planned from `create`/`drop` when both are known, and is
 * an unsupported change otherwise (which refuses the plan).
 */



function label(u) {
    return (0,ids/* describeId */.p4)(u.id).slice(u.id.kind.length + 1);
}
function provided(u) {
    if (u.id.schema === null)
        return [];
    if (u.id.kind === 'aggregate' || u.id.kind === 'function')
        return [refs.func((0,ids/* relKey */.jO)(u.id.schema, u.id.name))];
    if (u.id.kind === 'other' || u.id.kind === 'collation')
        return [refs.type((0,ids/* relKey */.jO)(u.id.schema, u.id.name))];
    return [];
}
function ranks(kind) {
    if (kind === 'aggregate' || kind === 'function')
        return { create: RANK.routine + 1, drop: RANK.dropRoutine - 1 };
    if (kind === 'other' || kind === 'collation')
        return { create: RANK.type, drop: RANK.dropType };
    return { create: RANK.trigger, drop: RANK.dropTrigger };
}
function stepName(u) {
    return `${u.id.table !== null ? `${u.id.table}.` : ''}${u.id.name}${u.id.args !== null ? `(${u.id.args})` : ''}`;
}
function tableKey(u) {
    return u.id.table !== null && u.id.schema !== null ? (0,ids/* relKey */.jO)(u.id.schema, u.id.table) : null;
}
function definedObjects_createStep(ctx, u, create) {
    const table = tableKey(u);
    const own = provided(u);
    return {
        id: vid(u.id.kind, u.id.schema, stepName(u), 'create'),
        rank: ranks(u.id.kind).create,
        statements: [stmt(create, table ? { locks: [{ table, mode: 'ACCESS EXCLUSIVE' }] } : {})],
        requires: [
            ...(table ? [refs.rel(table)] : []),
            // REPLICA IDENTITY USING INDEX: the index (its key is the qualified name in `uses`).
            ...(u.id.kind === 'replicaIdentity' && u.uses ? [refs.rel(u.uses)] : []),
            ...(u.id.schema !== null ? [refs.schema(u.id.schema)] : []),
            ...refsIn(u.uses ?? create, ctx.analysis.toIndex).filter((r) => !own.includes(r)),
        ],
        provides: own,
    };
}
function definedObjects_dropStep(ctx, u, drop) {
    const table = tableKey(u);
    const own = provided(u);
    return {
        id: vid(u.id.kind, u.id.schema, stepName(u), 'drop'),
        rank: ranks(u.id.kind).drop,
        statements: [stmt(drop, table ? { locks: [{ table, mode: 'ACCESS EXCLUSIVE' }] } : {})],
        removes: own,
        releases: [
            ...(table ? [refs.rel(table)] : []),
            ...(u.id.kind === 'replicaIdentity' && u.uses ? [refs.rel(u.uses)] : []),
            ...refsIn(u.uses ?? u.create ?? '', ctx.analysis.fromIndex).filter((r) => !own.includes(r)),
        ],
    };
}
function definedObjectsGenerator(ctx) {
    const { from, to, analysis } = ctx;
    const a = new Map(from.unsupported.map((u) => [(0,ids/* describeId */.p4)(u.id), u]));
    const b = new Map(to.unsupported.map((u) => [(0,ids/* describeId */.p4)(u.id), u]));
    // Dropping or recreating the table or view also drops what hangs on it.
    const goneWithTable = (u) => {
        const t = tableKey(u);
        return (t !== null &&
            (analysis.droppedTables.has(t) ||
                analysis.recreatedViews.has(t) ||
                ((from.views[t] !== undefined || from.materializedViews[t] !== undefined) &&
                    to.views[t] === undefined &&
                    to.materializedViews[t] === undefined)));
    };
    for (const [key, u] of [...b].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
        const old = a.get(key);
        const same = old !== undefined && old.definition !== undefined && old.definition === u.definition;
        if (same && !goneWithTable(old))
            continue;
        if (old === undefined || goneWithTable(old)) {
            if (u.create !== undefined)
                ctx.add(definedObjects_createStep(ctx, u, u.create));
            else
                ctx.unsupported({ kind: u.id.kind, name: label(u), reason: `not created: ${u.reason}` });
            continue;
        }
        if (old.definition === undefined || u.definition === undefined) {
            ctx.unsupported({
                kind: u.id.kind,
                name: label(u),
                reason: `present on both sides, not compared: ${u.reason}`,
            });
        }
        else if (u.create !== undefined && old.drop !== undefined) {
            ctx.add(definedObjects_dropStep(ctx, old, old.drop));
            ctx.add(definedObjects_createStep(ctx, u, u.create));
        }
        else {
            ctx.unsupported({
                kind: u.id.kind,
                name: label(u),
                reason: `changed, cannot be recreated: ${u.reason}`,
            });
        }
    }
    for (const [key, u] of [...a].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
        if (b.has(key) || goneWithTable(u))
            continue;
        if (u.drop !== undefined && u.id.kind !== 'foreignTable' && u.id.kind !== 'eventTrigger')
            ctx.add(definedObjects_dropStep(ctx, u, u.drop));
        else
            ctx.unsupported({ kind: u.id.kind, name: label(u), reason: `not dropped: ${u.reason}` });
    }
}

;// CONCATENATED MODULE: ./src/core/diff/generators/indexes.ts
/**
 * Indexes that are not the backing index of a constraint. A changed index is dropped and built
 * again; with `concurrentIndexes`, indexes on existing, non-partitioned tables are built and
 * dropped CONCURRENTLY (which cannot run inside a transaction block). Indexes of partitions that
 * hang off a partitioned index are created and dropped by PostgreSQL with their parent.
 */




const indexes_NOT_COMPARED = ['comment', 'parentIndex'];
function concurrentOk(ctx, ix) {
    const table = ctx.from.tables[ix.table];
    return (ctx.concurrentIndexes &&
        table !== undefined &&
        table.partitioning === null &&
        ctx.to.tables[ix.table] !== undefined);
}
function indexes_createStep(ctx, key, ix) {
    // pg_get_indexdef prints ON ONLY for a partitioned index; without ONLY the index recurses to partitions.
    let sql = ix.definition.replace(/ ON ONLY /, ' ON ');
    const concurrent = concurrentOk(ctx, ix);
    if (concurrent)
        sql = sql.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX CONCURRENTLY ');
    return {
        id: vid('index', ix.schema, ix.name, 'create'),
        rank: RANK.index,
        statements: [
            stmt(sql, {
                transactional: !concurrent,
                locks: [{ table: ix.table, mode: concurrent ? 'SHARE UPDATE EXCLUSIVE' : 'SHARE' }],
                hazards: concurrent
                    ? [
                        {
                            id: 'concurrent-index-invalid',
                            message: `if this build fails it leaves an INVALID index ${key}: drop it before retrying`,
                        },
                    ]
                    : ctx.from.tables[ix.table]
                        ? [{ id: 'index-build-blocks-writes', message: `building ${key} blocks writes to ${ix.table}` }]
                        : [],
            }),
        ],
        requires: [
            refs.rel(ix.table),
            ...refsIn(ix.definition, ctx.analysis.toIndex).filter((r) => r !== refs.rel(key)),
        ],
        provides: [refs.rel(key)],
    };
}
function indexes_dropStep(ctx, key, ix, after) {
    const concurrent = concurrentOk(ctx, ix);
    return {
        id: vid('index', ix.schema, ix.name, 'drop'),
        rank: after ? RANK.detach + 1 : RANK.dropIndex,
        statements: [
            stmt(`DROP INDEX ${concurrent ? 'CONCURRENTLY ' : ''}${(0,quote/* qualified */.LX)(ix.schema, ix.name)}`, {
                transactional: !concurrent,
                locks: [{ table: ix.table, mode: concurrent ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE' }],
            }),
        ],
        removes: [refs.rel(key)],
        releases: refsIn(ix.definition, ctx.analysis.fromIndex).filter((r) => r !== refs.rel(key) && r !== refs.rel(ix.table)),
        ...(after ? { after } : {}),
    };
}
/**
 * An index replaced under the same name with concurrentIndexes: the new one is built under a
 * temporary name while the old one still serves queries, then the old one is dropped and the new
 * one renamed, so the table is never without the index.
 */
function swapStep(ctx, key, a, b) {
    const temp = `${b.name.slice(0, 63 - 8)}__sg_new`;
    const def = b.definition.replace(/ ON ONLY /, ' ON ');
    const prefix = /^CREATE (UNIQUE )?INDEX /.exec(def)?.[0] ?? 'CREATE INDEX ';
    const rest = def.slice(prefix.length + (0,quote/* quoteIdent */.v4)(b.name).length);
    const weak = [{ table: b.table, mode: 'SHARE UPDATE EXCLUSIVE' }];
    return {
        id: vid('index', b.schema, b.name, 'replace'),
        rank: RANK.index,
        statements: [
            stmt(`${prefix.replace(/INDEX $/, 'INDEX CONCURRENTLY ')}${(0,quote/* quoteIdent */.v4)(temp)}${rest}`, {
                transactional: false,
                locks: weak,
                hazards: [
                    {
                        id: 'concurrent-index-invalid',
                        message: `if this build fails it leaves an INVALID index ${(0,quote/* qualified */.LX)(b.schema, temp)}: drop it before retrying`,
                    },
                ],
            }),
            stmt(`DROP INDEX CONCURRENTLY ${(0,quote/* qualified */.LX)(a.schema, a.name)}`, { transactional: false, locks: weak }),
            stmt(`ALTER INDEX ${(0,quote/* qualified */.LX)(b.schema, temp)} RENAME TO ${(0,quote/* quoteIdent */.v4)(b.name)}`, {
                locks: [{ table: b.table, mode: 'SHARE UPDATE EXCLUSIVE' }],
            }),
        ],
        requires: [
            refs.rel(b.table),
            ...refsIn(b.definition, ctx.analysis.toIndex).filter((r) => r !== refs.rel(key)),
        ],
        provides: [refs.rel(key)],
        removes: [refs.rel(key)],
        releases: refsIn(a.definition, ctx.analysis.fromIndex).filter((r) => r !== refs.rel(key) && r !== refs.rel(a.table)),
    };
}
function indexesGenerator(ctx) {
    const { from, to, analysis } = ctx;
    const goneWithTable = (ix) => analysis.droppedTables.has(ix.table) ||
        analysis.recreatedViews.has(ix.table) ||
        (!from.tables[ix.table] && !from.materializedViews[ix.table]) ||
        // A materialized view that is dropped takes its indexes with it.
        (from.materializedViews[ix.table] !== undefined && to.materializedViews[ix.table] === undefined);
    for (const key of Object.keys(to.indexes).sort()) {
        const b = to.indexes[key];
        if (b.constraint !== null || b.parentIndex !== null)
            continue;
        const a = from.indexes[key];
        const tableRecreated = analysis.recreatedViews.has(b.table);
        if (!a || a.constraint !== null || tableRecreated) {
            if (a && a.constraint === null && !tableRecreated)
                ctx.add(indexes_dropStep(ctx, key, a));
            ctx.add(indexes_createStep(ctx, key, b));
            if (a)
                ctx.markRecreated('index', key);
        }
        else if (a.table !== b.table ||
            !equalExcept(a, b, indexes_NOT_COMPARED) ||
            mentionsAny(a.definition, analysis.removedFuncNames)) {
            if (a.table === b.table && concurrentOk(ctx, b) && !goneWithTable(a)) {
                ctx.add(swapStep(ctx, key, a, b));
                ctx.markRecreated('index', key);
                continue;
            }
            if (!goneWithTable(a))
                ctx.add(indexes_dropStep(ctx, key, a));
            ctx.add(indexes_createStep(ctx, key, b));
            ctx.markRecreated('index', key);
        }
    }
    for (const key of Object.keys(from.indexes).sort()) {
        const a = from.indexes[key];
        const adopted = [...analysis.adoptedIndexes.values()].includes(key);
        const b = to.indexes[key];
        if (b && a.constraint === null && b.constraint !== null && !adopted && !goneWithTable(a)) {
            // The name now belongs to a constraint's index (on a partition: one its parent's constraint
            // creates); PostgreSQL will not reuse the plain index, so it goes first.
            ctx.add(indexes_dropStep(ctx, key, a));
            continue;
        }
        if (b || a.constraint !== null)
            continue;
        if (goneWithTable(a))
            continue;
        // Taken over by a new constraint (ADD CONSTRAINT … USING INDEX renames it).
        if (adopted)
            continue;
        if (a.parentIndex !== null) {
            // Attached to a partitioned index: goes with it, unless its partition is detached first.
            const t = to.tables[a.table];
            if (analysis.detachedTables.has(a.table) && t) {
                ctx.add(indexes_dropStep(ctx, key, a, [vid('table', t.schema, t.name, 'alter', 'detach')]));
            }
            continue;
        }
        ctx.add(indexes_dropStep(ctx, key, a));
    }
}

;// CONCATENATED MODULE: ./src/core/diff/generators/policies.ts
/**
 * Row-level security policies. ALTER POLICY changes roles and expressions in place; a change of
 * command or permissive/restrictive, or removing an expression, drops and creates the policy.
 */




function roles(p) {
    return p.roles.length === 0 ? 'PUBLIC' : p.roles.map(roleName).join(', ');
}
function policies_createStep(ctx, key, t, p) {
    const sql = `CREATE POLICY ${(0,quote/* quoteIdent */.v4)(p.name)} ON ${(0,quote/* qualified */.LX)(t.schema, t.name)} AS ${p.permissive ? 'PERMISSIVE' : 'RESTRICTIVE'}` +
        ` FOR ${p.command} TO ${roles(p)}${p.using !== null ? ` USING (${p.using})` : ''}${p.withCheck !== null ? ` WITH CHECK (${p.withCheck})` : ''}`;
    return {
        id: vid('policy', t.schema, `${t.name}.${p.name}`, 'create'),
        rank: RANK.policy,
        statements: [stmt(sql)],
        requires: [
            refs.rel(key),
            ...refsIn(p.using, ctx.analysis.toIndex),
            ...refsIn(p.withCheck, ctx.analysis.toIndex),
        ],
    };
}
function policies_dropStep(ctx, key, t, p, beforeTableChanges = false) {
    return {
        id: vid('policy', t.schema, `${t.name}.${p.name}`, 'drop'),
        rank: RANK.dropPolicy,
        statements: [stmt(`DROP POLICY ${(0,quote/* quoteIdent */.v4)(p.name)} ON ${(0,quote/* qualified */.LX)(t.schema, t.name)}`)],
        releases: [
            ...refsIn(p.using, ctx.analysis.fromIndex),
            ...refsIn(p.withCheck, ctx.analysis.fromIndex),
        ].filter((r) => beforeTableChanges || r !== refs.rel(key)),
    };
}
function policiesGenerator(ctx) {
    const { from, to } = ctx;
    for (const key of Object.keys(to.tables).sort()) {
        const t = to.tables[key];
        const f = from.tables[key];
        for (const name of Object.keys(t.policies).sort()) {
            const b = t.policies[name];
            const a = f?.policies[name];
            if (!a) {
                ctx.add(policies_createStep(ctx, key, t, b));
                continue;
            }
            // PostgreSQL refuses to retype a column a policy reads, or to drop a function it calls.
            const blocks = mentionsColumn(a.using, ctx.analysis.retypedColumns.get(key)) ||
                mentionsColumn(a.withCheck, ctx.analysis.retypedColumns.get(key)) ||
                mentionsAny(a.using, ctx.analysis.removedFuncNames) ||
                mentionsAny(a.withCheck, ctx.analysis.removedFuncNames);
            if (blocks ||
                a.command !== b.command ||
                a.permissive !== b.permissive ||
                (a.using !== null && b.using === null) ||
                (a.withCheck !== null && b.withCheck === null)) {
                ctx.add(policies_dropStep(ctx, key, f, a, blocks));
                ctx.add(policies_createStep(ctx, key, t, b));
                ctx.markRecreated('policy', `${key}\u0000${name}`);
                continue;
            }
            const parts = [];
            if (a.roles.join() !== b.roles.join())
                parts.push(`TO ${roles(b)}`);
            if (a.using !== b.using)
                parts.push(`USING (${b.using})`);
            if (a.withCheck !== b.withCheck)
                parts.push(`WITH CHECK (${b.withCheck})`);
            if (parts.length === 0)
                continue;
            ctx.add({
                id: vid('policy', t.schema, `${t.name}.${name}`, 'alter'),
                rank: RANK.policy,
                statements: [
                    stmt(`ALTER POLICY ${(0,quote/* quoteIdent */.v4)(name)} ON ${(0,quote/* qualified */.LX)(t.schema, t.name)} ${parts.join(' ')}`),
                ],
                requires: [
                    refs.rel(key),
                    ...refsIn(b.using, ctx.analysis.toIndex),
                    ...refsIn(b.withCheck, ctx.analysis.toIndex),
                ],
            });
        }
        if (!f)
            continue;
        for (const name of Object.keys(f.policies).sort()) {
            if (!t.policies[name])
                ctx.add(policies_dropStep(ctx, key, f, f.policies[name]));
        }
    }
}

;// CONCATENATED MODULE: ./src/core/diff/generators/publications.ts
/**
 * Publications (logical replication). Options, listed tables and schemas change in place with
 * ALTER PUBLICATION; a table whose column list or row filter changes, or whose published columns
 * the plan drops or retypes (PostgreSQL refuses while the publication depends on them), leaves
 * the publication before the table changes and joins again after. Only FOR ALL TABLES cannot be
 * altered: the publication is dropped and created again. Tables leave before they are dropped
 * (ALTER PUBLICATION … DROP TABLE), publications are dropped before their tables, and created
 * after them. Entries are added and removed one by one, never with SET TABLE, so tables outside
 * the compared schemas that a publication also lists are left alone.
 */




const ALL_OPS = ['insert', 'update', 'delete', 'truncate'];
function tableSql(e) {
    const cols = e.columns !== null ? ` (${e.columns.map(quote/* quoteIdent */.v4).join(', ')})` : '';
    const where = e.where !== null ? ` WHERE (${e.where})` : '';
    // Table keys are quoted, qualified SQL names already (relKey).
    return `${e.table}${cols}${where}`;
}
function options(p, all) {
    const out = [];
    if (all || p.publish.join() !== ALL_OPS.join())
        out.push(`publish = ${(0,quote/* quoteLiteral */.ce)(p.publish.join(', '))}`);
    if (all || p.viaRoot)
        out.push(`publish_via_partition_root = ${p.viaRoot}`);
    if (all || p.generatedColumns !== 'none')
        out.push(`publish_generated_columns = ${p.generatedColumns}`);
    return out;
}
function locks(tables) {
    return tables.map((table) => ({ table, mode: 'SHARE UPDATE EXCLUSIVE' }));
}
function dropHazard(p) {
    return {
        id: 'drop-publication',
        message: `subscribers of publication ${(0,quote/* quoteIdent */.v4)(p.name)} stop receiving changes, and their subscriptions fail until it exists again`,
    };
}
/** What a publication needs of the target version; null when it can be created there. */
function versionProblem(p, version) {
    if (version === 0)
        return null;
    if (version < 150000) {
        if (p.schemas.length > 0)
            return 'FOR TABLES IN SCHEMA needs PostgreSQL 15 or newer';
        const e = Object.values(p.tables).find((t) => t.columns !== null || t.where !== null);
        if (e)
            return `a column list or row filter (table ${e.table}) needs PostgreSQL 15 or newer`;
    }
    if (version < 180000 && p.generatedColumns !== 'none')
        return 'publish_generated_columns needs PostgreSQL 18 or newer';
    return null;
}
function entryRefs(e, index) {
    return [refs.rel(e.table), ...refsIn(e.where, index)];
}
function publications_createStep(ctx, p) {
    const name = (0,quote/* quoteIdent */.v4)(p.name);
    const targets = [
        ...Object.values(p.tables).map((e, i) => `${i === 0 ? 'TABLE ' : ''}${tableSql(e)}`),
        ...p.schemas.map((s) => `TABLES IN SCHEMA ${(0,quote/* quoteIdent */.v4)(s)}`),
    ];
    const what = p.allTables ? ' FOR ALL TABLES' : targets.length > 0 ? ` FOR ${targets.join(', ')}` : '';
    const opts = options(p, false);
    const statements = [
        stmt(`CREATE PUBLICATION ${name}${what}${opts.length > 0 ? ` WITH (${opts.join(', ')})` : ''}`, {
            locks: locks(Object.keys(p.tables)),
        }),
    ];
    if (p.comment !== null)
        statements.push(stmt(`COMMENT ON PUBLICATION ${name} IS ${(0,quote/* quoteLiteral */.ce)(p.comment)}`));
    return {
        id: vid('publication', null, p.name, 'create'),
        rank: RANK.publication,
        statements,
        requires: [
            ...Object.values(p.tables).flatMap((e) => entryRefs(e, ctx.analysis.toIndex)),
            ...p.schemas.map(refs.schema),
        ],
    };
}
function publications_dropStep(ctx, p) {
    return {
        id: vid('publication', null, p.name, 'drop'),
        rank: RANK.dropPublication,
        statements: [stmt(`DROP PUBLICATION ${(0,quote/* quoteIdent */.v4)(p.name)}`, { hazards: [dropHazard(p)] })],
        releases: [
            ...Object.values(p.tables).flatMap((e) => entryRefs(e, ctx.analysis.fromIndex)),
            ...p.schemas.map(refs.schema),
        ],
    };
}
/** Columns of `table` dropped or retyped by this plan (a publication entry naming them must leave first). */
function changedColumns(ctx, table) {
    const out = new Set(ctx.analysis.retypedColumns.get(table) ?? []);
    const a = ctx.from.tables[table];
    const b = ctx.to.tables[table];
    if (a && b)
        for (const c of Object.keys(a.columns))
            if (!b.columns[c])
                out.add(c);
    return out;
}
function blocked(ctx, e) {
    const cols = changedColumns(ctx, e.table);
    if (cols.size === 0)
        return false;
    return (e.columns ?? []).some((c) => cols.has(c)) || mentionsColumn(e.where, cols);
}
function alter(ctx, a, b) {
    const name = (0,quote/* quoteIdent */.v4)(b.name);
    const early = [];
    const late = [];
    const releases = [];
    const requires = [];
    for (const key of Object.keys(a.tables).sort()) {
        const x = a.tables[key];
        const y = b.tables[key];
        // A table the plan drops leaves its publications with it; naming it first is explicit and safe.
        if (y && y.columns?.join() === x.columns?.join() && y.where === x.where && !blocked(ctx, x))
            continue;
        early.push(stmt(`ALTER PUBLICATION ${name} DROP TABLE ${key}`, { locks: locks([key]) }));
        releases.push(...entryRefs(x, ctx.analysis.fromIndex));
    }
    for (const key of Object.keys(b.tables).sort()) {
        const x = a.tables[key];
        const y = b.tables[key];
        if (x && y.columns?.join() === x.columns?.join() && y.where === x.where && !blocked(ctx, x))
            continue;
        late.push(stmt(`ALTER PUBLICATION ${name} ADD TABLE ${tableSql(y)}`, { locks: locks([key]) }));
        requires.push(...entryRefs(y, ctx.analysis.toIndex));
    }
    for (const s of a.schemas.filter((s) => !b.schemas.includes(s))) {
        early.push(stmt(`ALTER PUBLICATION ${name} DROP TABLES IN SCHEMA ${(0,quote/* quoteIdent */.v4)(s)}`));
        releases.push(refs.schema(s));
    }
    for (const s of b.schemas.filter((s) => !a.schemas.includes(s))) {
        late.push(stmt(`ALTER PUBLICATION ${name} ADD TABLES IN SCHEMA ${(0,quote/* quoteIdent */.v4)(s)}`));
        requires.push(refs.schema(s));
    }
    if (a.publish.join() !== b.publish.join() ||
        a.viaRoot !== b.viaRoot ||
        a.generatedColumns !== b.generatedColumns) {
        const opts = options(b, true).filter((o) => ctx.version >= 180000 || !o.startsWith('publish_generated_columns'));
        late.push(stmt(`ALTER PUBLICATION ${name} SET (${opts.join(', ')})`));
    }
    if (a.comment !== b.comment)
        late.push(stmt(`COMMENT ON PUBLICATION ${name} IS ${b.comment === null ? 'NULL' : (0,quote/* quoteLiteral */.ce)(b.comment)}`));
    if (early.length > 0)
        ctx.add({
            id: vid('publication', null, b.name, 'alter', 'leave'),
            rank: RANK.dropPublication,
            statements: early,
            releases,
        });
    if (late.length > 0)
        ctx.add({
            id: vid('publication', null, b.name, 'alter'),
            rank: RANK.publication,
            statements: late,
            requires,
            after: early.length > 0 ? [vid('publication', null, b.name, 'alter', 'leave')] : [],
        });
}
function publicationsGenerator(ctx) {
    const from = ctx.from.publications ?? {};
    const to = ctx.to.publications ?? {};
    for (const key of Object.keys(to).sort()) {
        const b = to[key];
        const a = from[key];
        const problem = versionProblem(b, ctx.version);
        if (problem !== null && (a === undefined || JSON.stringify(a) !== JSON.stringify(b))) {
            ctx.unsupported({ kind: 'publication', name: (0,ids/* nameKey */.Rc)(b.name), reason: problem });
            continue;
        }
        if (a === undefined)
            ctx.add(publications_createStep(ctx, b));
        else if (a.allTables !== b.allTables) {
            // FOR ALL TABLES is fixed at creation.
            ctx.add(publications_dropStep(ctx, a));
            ctx.add({ ...publications_createStep(ctx, b), after: [vid('publication', null, a.name, 'drop')] });
        }
        else
            alter(ctx, a, b);
    }
    for (const key of Object.keys(from).sort())
        if (!to[key])
            ctx.add(publications_dropStep(ctx, from[key]));
}

;// CONCATENATED MODULE: ./src/core/diff/generators/schemas.ts
/** Schemas and extensions: create, drop, extension version and schema changes. */




function schemasGenerator(ctx) {
    const d = diffByKey(ctx.from.schemas, ctx.to.schemas, () => true);
    for (const { value: s } of d.adds) {
        ctx.add({
            id: vid('schema', null, s.name, 'create'),
            rank: RANK.createSchema,
            statements: [stmt(`CREATE SCHEMA ${(0,quote/* quoteIdent */.v4)(s.name)}`)],
            provides: [refs.schema(s.name)],
        });
    }
    for (const { value: s } of d.drops) {
        ctx.add({
            id: vid('schema', null, s.name, 'drop'),
            rank: RANK.dropSchema,
            statements: [stmt(`DROP SCHEMA ${(0,quote/* quoteIdent */.v4)(s.name)}`)],
            removes: [refs.schema(s.name)],
        });
    }
}
function extensionsGenerator(ctx) {
    const d = diffByKey(ctx.from.extensions, ctx.to.extensions, (a, b) => a.schema === b.schema && a.version === b.version);
    for (const { value: e } of d.adds) {
        ctx.add({
            id: vid('extension', null, e.name, 'create'),
            rank: RANK.createExtension,
            statements: [
                stmt(`CREATE EXTENSION IF NOT EXISTS ${(0,quote/* quoteIdent */.v4)(e.name)} WITH SCHEMA ${(0,quote/* quoteIdent */.v4)(e.schema)} VERSION ${(0,quote/* quoteLiteral */.ce)(e.version)}`),
            ],
            provides: [refs.ext(e.name)],
            requires: [refs.schema(e.schema)],
        });
    }
    for (const { value: e } of d.drops) {
        ctx.add({
            id: vid('extension', null, e.name, 'drop'),
            rank: RANK.dropExtension,
            statements: [stmt(`DROP EXTENSION ${(0,quote/* quoteIdent */.v4)(e.name)}`, { dataLoss: true })],
            removes: [refs.ext(e.name)],
            releases: [refs.schema(e.schema)],
        });
    }
    for (const { from, to } of d.alters) {
        const statements = [];
        if (from.version !== to.version) {
            statements.push(stmt(`ALTER EXTENSION ${(0,quote/* quoteIdent */.v4)(to.name)} UPDATE TO ${(0,quote/* quoteLiteral */.ce)(to.version)}`));
        }
        if (from.schema !== to.schema) {
            statements.push(stmt(`ALTER EXTENSION ${(0,quote/* quoteIdent */.v4)(to.name)} SET SCHEMA ${(0,quote/* quoteIdent */.v4)(to.schema)}`));
        }
        ctx.add({
            id: vid('extension', null, to.name, 'alter'),
            rank: RANK.createExtension,
            statements,
            provides: [refs.ext(to.name)],
            requires: [refs.schema(to.schema)],
            releases: [refs.schema(from.schema)],
        });
    }
}

;// CONCATENATED MODULE: ./src/core/diff/generators/sequences.ts
/** Standalone and OWNED BY sequences (identity sequences are handled on their column). */




const sequences_NOT_COMPARED = ['comment', 'grants', 'owner', 'ownedBy'];
function sequences_options(s) {
    return (` AS ${s.dataType} INCREMENT BY ${s.increment} MINVALUE ${s.min} MAXVALUE ${s.max}` +
        ` START WITH ${s.start} CACHE ${s.cache} ${s.cycle ? 'CYCLE' : 'NO CYCLE'}`);
}
function changedOptions(a, b) {
    const parts = [];
    if (a.dataType !== b.dataType)
        parts.push(`AS ${b.dataType}`);
    if (a.increment !== b.increment)
        parts.push(`INCREMENT BY ${b.increment}`);
    if (a.min !== b.min)
        parts.push(`MINVALUE ${b.min}`);
    if (a.max !== b.max)
        parts.push(`MAXVALUE ${b.max}`);
    if (a.start !== b.start)
        parts.push(`START WITH ${b.start}`);
    if (a.cache !== b.cache)
        parts.push(`CACHE ${b.cache}`);
    if (a.cycle !== b.cycle)
        parts.push(b.cycle ? 'CYCLE' : 'NO CYCLE');
    return parts.join(' ');
}
function ownedBy(s) {
    return s.ownedBy ? `${s.ownedBy.table}.${(0,quote/* quoteIdent */.v4)(s.ownedBy.column)}` : 'NONE';
}
function sequencesGenerator(ctx) {
    const { from, to, analysis } = ctx;
    const d = diffByKey(from.sequences, to.sequences, (a, b) => equalExcept(a, b, sequences_NOT_COMPARED));
    for (const { key, value: s } of d.adds) {
        ctx.add({
            id: vid('sequence', s.schema, s.name, 'create'),
            rank: RANK.sequence,
            statements: [stmt(`CREATE SEQUENCE ${(0,quote/* qualified */.LX)(s.schema, s.name)}${sequences_options(s)}`)],
            provides: [refs.rel(key)],
            requires: [refs.schema(s.schema)],
        });
    }
    for (const { key, value: s } of d.drops) {
        // Dropping the owning table or column drops an OWNED BY sequence with it.
        if (s.ownedBy) {
            const owner = to.tables[s.ownedBy.table];
            if (analysis.droppedTables.has(s.ownedBy.table) || (owner && !owner.columns[s.ownedBy.column]))
                continue;
        }
        ctx.add({
            id: vid('sequence', s.schema, s.name, 'drop'),
            rank: RANK.dropSequence,
            statements: [stmt(`DROP SEQUENCE ${(0,quote/* qualified */.LX)(s.schema, s.name)}`)],
            removes: [refs.rel(key)],
            releases: [refs.schema(s.schema)],
        });
    }
    for (const { key, from: a, to: b } of d.alters) {
        const statements = [];
        const changed = changedOptions(a, b);
        // The model has no current value, so the counter is kept (no RESTART); narrower bounds can then fail.
        const narrower = BigInt(b.min) > BigInt(a.min) || BigInt(b.max) < BigInt(a.max);
        if (changed) {
            statements.push(stmt(`ALTER SEQUENCE ${(0,quote/* qualified */.LX)(b.schema, b.name)} ${changed}`, {
                hazards: narrower
                    ? [
                        {
                            id: 'sequence-bounds',
                            message: `fails if the current value of ${key} is outside the new MINVALUE/MAXVALUE`,
                        },
                    ]
                    : [],
            }));
        }
        if (statements.length > 0) {
            ctx.add({
                id: vid('sequence', b.schema, b.name, 'alter'),
                rank: RANK.sequence,
                statements,
                provides: [refs.rel(key)],
            });
        }
    }
    for (const key of Object.keys(to.sequences).sort()) {
        const b = to.sequences[key];
        const a = from.sequences[key];
        let before = a ? ownedBy(a) : 'NONE';
        if (ownedBy(b) === before)
            continue;
        const owner = a?.ownedBy;
        if (owner &&
            (analysis.droppedTables.has(owner.table) || !to.tables[owner.table]?.columns[owner.column])) {
            // The owning table or column goes away in this plan and would take the sequence with it:
            // release the sequence before that drop.
            ctx.add({
                id: vid('sequence', b.schema, b.name, 'alter', 'disown'),
                rank: RANK.dropTrigger,
                statements: [stmt(`ALTER SEQUENCE ${(0,quote/* qualified */.LX)(b.schema, b.name)} OWNED BY NONE`)],
                releases: [refs.rel(owner.table)],
            });
            before = 'NONE';
            if (ownedBy(b) === before)
                continue;
        }
        ctx.add({
            id: vid('sequence', b.schema, b.name, 'alter', 'owned-by'),
            rank: RANK.ownedBy,
            statements: [stmt(`ALTER SEQUENCE ${(0,quote/* qualified */.LX)(b.schema, b.name)} OWNED BY ${ownedBy(b)}`)],
            requires: [refs.rel(key), ...(b.ownedBy ? [refs.rel(b.ownedBy.table)] : [])],
        });
    }
}

;// CONCATENATED MODULE: ./src/core/diff/generators/triggers.ts
/**
 * Triggers: created from pg_get_triggerdef, dropped and created again when changed (CREATE OR
 * REPLACE TRIGGER exists only from PostgreSQL 14) or when their function is recreated; the
 * enabled state is set with ALTER TABLE ... ENABLE/DISABLE TRIGGER.
 */



function functionName(fn) {
    const i = fn.indexOf('(');
    return i < 0 ? fn : fn.slice(0, i);
}
function enableSql(t, tr) {
    const verb = { O: 'ENABLE', D: 'DISABLE', R: 'ENABLE REPLICA', A: 'ENABLE ALWAYS' }[tr.enabled];
    return `ALTER TABLE ${(0,quote/* qualified */.LX)(t.schema, t.name)} ${verb} TRIGGER ${(0,quote/* quoteIdent */.v4)(tr.name)}`;
}
/** A partition's copy of its parent's trigger is made by PostgreSQL, not by us. */
function clonedFromParent(model, t, tr) {
    if (!t.partitionOf)
        return false;
    const parent = model.tables[t.partitionOf.parent];
    const p = parent?.triggers[tr.name];
    return p !== undefined && p.function === tr.function;
}
function triggers_createStep(key, t, tr) {
    const statements = [
        stmt(tr.definition, { locks: [{ table: key, mode: 'SHARE ROW EXCLUSIVE' }] }),
    ];
    if (tr.enabled !== 'O')
        statements.push(stmt(enableSql(t, tr)));
    return {
        id: vid('trigger', t.schema, `${t.name}.${tr.name}`, 'create'),
        rank: RANK.trigger,
        statements,
        requires: [refs.rel(key), refs.routine(tr.function), refs.func(functionName(tr.function))],
    };
}
function triggers_dropStep(key, t, tr) {
    return {
        id: vid('trigger', t.schema, `${t.name}.${tr.name}`, 'drop'),
        rank: RANK.dropTrigger,
        statements: [
            stmt(`DROP TRIGGER ${(0,quote/* quoteIdent */.v4)(tr.name)} ON ${(0,quote/* qualified */.LX)(t.schema, t.name)}`, {
                locks: [{ table: key, mode: 'ACCESS EXCLUSIVE' }],
            }),
        ],
        releases: [refs.routine(tr.function), refs.func(functionName(tr.function)), refs.rel(key)],
    };
}
function triggersGenerator(ctx) {
    const { from, to, analysis } = ctx;
    for (const key of Object.keys(to.tables).sort()) {
        const t = to.tables[key];
        const f = from.tables[key];
        for (const name of Object.keys(t.triggers).sort()) {
            const b = t.triggers[name];
            if (clonedFromParent(to, t, b))
                continue;
            const a = f?.triggers[name];
            if (!a || (f && clonedFromParent(from, f, a))) {
                ctx.add(triggers_createStep(key, t, b));
            }
            else if (a.definition !== b.definition ||
                a.isConstraint !== b.isConstraint ||
                analysis.recreatedRoutines.has(b.function)) {
                ctx.add(triggers_dropStep(key, f, a));
                ctx.add(triggers_createStep(key, t, b));
                ctx.markRecreated('trigger', `${key}\u0000${name}`);
            }
            else if (a.enabled !== b.enabled) {
                ctx.add({
                    id: vid('trigger', t.schema, `${t.name}.${name}`, 'alter'),
                    rank: RANK.trigger,
                    statements: [stmt(enableSql(t, b))],
                    requires: [refs.rel(key)],
                });
            }
        }
        if (!f)
            continue;
        for (const name of Object.keys(f.triggers).sort()) {
            if (!t.triggers[name] && !clonedFromParent(from, f, f.triggers[name]))
                ctx.add(triggers_dropStep(key, f, f.triggers[name]));
        }
    }
    // Triggers of dropped tables go with the table, but must still release their function.
    for (const key of Object.keys(from.tables).sort()) {
        if (to.tables[key])
            continue;
        const f = from.tables[key];
        for (const name of Object.keys(f.triggers).sort()) {
            const tr = f.triggers[name];
            if (analysis.droppedRoutines.has(tr.function) && !clonedFromParent(from, f, tr))
                ctx.add(triggers_dropStep(key, f, tr));
        }
    }
}

// EXTERNAL MODULE: ./src/core/model/records.ts
var records = __webpack_require__(22215);
;// CONCATENATED MODULE: ./src/core/diff/renames.ts
/**
 * Explicit renames. A `-- schemagate:rename` hint whose old name exists only in `from` and whose
 * new name exists only in `to` becomes ALTER ... RENAME, and `from` is rewritten as if the rename
 * had happened, so the rest of the diff compares like with like. Renames are never guessed.
 */





function renameTableRefs(model, oldKey, newKey) {
    const fix = (k) => (k === oldKey ? newKey : k);
    const tables = {};
    for (const [k, t] of Object.entries(model.tables)) {
        tables[k] = {
            ...t,
            partitionOf: t.partitionOf ? { ...t.partitionOf, parent: fix(t.partitionOf.parent) } : null,
            inherits: t.inherits.map(fix),
            constraints: Object.fromEntries(Object.entries(t.constraints).map(([n, c]) => [
                n,
                c.foreignKey && c.foreignKey.referencedTable === oldKey
                    ? {
                        ...c,
                        definition: c.definition.replace(`REFERENCES ${oldKey}(`, `REFERENCES ${newKey}(`),
                        foreignKey: { ...c.foreignKey, referencedTable: newKey },
                    }
                    : c,
            ])),
        };
    }
    return {
        ...model,
        tables,
        indexes: Object.fromEntries(Object.entries(model.indexes).map(([k, ix]) => [
            k,
            ix.table === oldKey
                ? {
                    ...ix,
                    table: newKey,
                    definition: ix.definition.replace(/ ON (ONLY )?(\S+) USING /, (m, only, name) => name === oldKey ? ` ON ${only ?? ''}${newKey} USING ` : m),
                }
                : ix,
        ])),
        sequences: Object.fromEntries(Object.entries(model.sequences).map(([k, s]) => [
            k,
            s.ownedBy ? { ...s, ownedBy: { ...s.ownedBy, table: fix(s.ownedBy.table) } } : s,
        ])),
        // A renamed table stays in its publications.
        publications: mapPublicationTables(model, oldKey, (e) => ({ ...e, table: newKey }), newKey),
    };
}
/** Rewrites the entries of table `key` in every publication (re-keyed to `newKey`). */
function mapPublicationTables(model, key, fn, newKey = key) {
    return Object.fromEntries(Object.entries(model.publications ?? {}).map(([k, p]) => {
        const e = p.tables[key];
        if (!e)
            return [k, p];
        const { [key]: _old, ...rest } = p.tables;
        const tables = (0,records/* sortedRecord */.v)(Object.entries({ ...rest, [newKey]: fn(e) }));
        return [k, { ...p, tables }];
    }));
}
function applyRenames(from, to, hints) {
    let model = from;
    const steps = [];
    const ignored = [];
    const tableRenames = new Map();
    const ignore = (h, why) => ignored.push({
        kind: h.kind,
        name: `${h.file}:${h.line}`,
        reason: `rename hint ${h.from} -> ${h.to} ignored: ${why}`,
    });
    for (const h of hints.filter((x) => x.kind === 'table')) {
        const oldKey = (0,ids/* relKey */.jO)(h.schema, h.from);
        const newKey = (0,ids/* relKey */.jO)(h.schema, h.to);
        const t = model.tables[oldKey];
        if (!t || model.tables[newKey] || !to.tables[newKey] || to.tables[oldKey]) {
            ignore(h, `needs table ${oldKey} only before and ${newKey} only after`);
            continue;
        }
        const { [oldKey]: _old, ...rest } = model.tables;
        model = renameTableRefs({ ...model, tables: { ...rest, [newKey]: { ...t, name: h.to } } }, oldKey, newKey);
        tableRenames.set(newKey, vid('table', h.schema, h.from, 'rename'));
        steps.push({
            id: vid('table', h.schema, h.from, 'rename'),
            rank: RANK.rename,
            statements: [
                stmt(`ALTER TABLE ${(0,quote/* qualified */.LX)(h.schema, h.from)} RENAME TO ${(0,quote/* quoteIdent */.v4)(h.to)}`, {
                    locks: [{ table: oldKey, mode: 'ACCESS EXCLUSIVE' }],
                }),
            ],
            provides: [refs.rel(newKey)],
            removes: [refs.rel(oldKey)],
        });
    }
    for (const h of hints.filter((x) => x.kind === 'column')) {
        const key = (0,ids/* relKey */.jO)(h.schema, h.table);
        const t = model.tables[key];
        const target = to.tables[key];
        if (!t ||
            !target ||
            !t.columns[h.from] ||
            t.columns[h.to] ||
            !target.columns[h.to] ||
            target.columns[h.from]) {
            ignore(h, `needs column ${h.from} only before and ${h.to} only after in ${key}`);
            continue;
        }
        const { [h.from]: col, ...others } = t.columns;
        const renamed = { ...col, name: h.to };
        model = {
            ...model,
            tables: { ...model.tables, [key]: { ...t, columns: { ...others, [h.to]: renamed } } },
            // A publication's column list follows the rename (its row filter text is compared as printed).
            publications: mapPublicationTables(model, key, (e) => ({
                ...e,
                columns: e.columns ? e.columns.map((c) => (c === h.from ? h.to : c)).sort() : null,
            })),
        };
        steps.push({
            id: vid('column', h.schema, `${h.table}.${h.from}`, 'rename'),
            rank: RANK.rename,
            statements: [
                stmt(`ALTER TABLE ${key} RENAME COLUMN ${(0,quote/* quoteIdent */.v4)(h.from)} TO ${(0,quote/* quoteIdent */.v4)(h.to)}`, {
                    locks: [{ table: key, mode: 'ACCESS EXCLUSIVE' }],
                }),
            ],
            provides: [refs.rel(key)],
            removes: [refs.rel(key)],
            // The table is renamed first when both are, since this statement uses its new name.
            after: tableRenames.has(key) ? [tableRenames.get(key)] : [],
        });
    }
    return { from: model, steps, ignored };
}

;// CONCATENATED MODULE: ./src/core/diff/plan.ts
/**
 * planDiff: two models -> an ordered plan. Renames first rewrite `from`; the analysis finds what
 * crosses object kinds; each generator adds steps; the steps' refs become graph edges; the
 * topological sort gives the order.
 */




















/** Order matters only for comments and grants, which look at what the others recreated. */
const GENERATORS = [
    schemasGenerator,
    extensionsGenerator,
    enumsGenerator,
    domainsGenerator,
    compositesGenerator,
    sequencesGenerator,
    tablesGenerator,
    columnsGenerator,
    constraintsGenerator,
    indexesGenerator,
    viewsGenerator,
    routinesGenerator,
    definedObjectsGenerator,
    triggersGenerator,
    policiesGenerator,
    publicationsGenerator,
    commentsGenerator,
    grantsGenerator,
    defaultPrivilegesGenerator,
];
function planDiff(fromModel, to, options = {}) {
    const renamed = applyRenames(fromModel, to, options.renames ?? []);
    const from = renamed.from;
    const steps = [...renamed.steps];
    const unsupported = [...renamed.ignored];
    const recreated = new Set();
    const usings = new Map((options.usings ?? []).map((u) => [`${(0,ids/* relKey */.jO)(u.schema, u.table)}\u0000${u.column}`, u.expression]));
    const ctx = {
        from,
        to,
        version: options.targetVersion ?? from.serverVersion ?? to.serverVersion,
        concurrentIndexes: options.concurrentIndexes ?? false,
        analysis: analyse(from, to),
        usingFor: (tableKey, column) => usings.get(`${tableKey}\u0000${column}`),
        add: (step) => {
            if (step.statements.length > 0)
                steps.push(step);
        },
        unsupported: (u) => unsupported.push(u),
        markRecreated: (kind, key) => recreated.add(`${kind}\u0000${key}`),
        isRecreated: (kind, key) => recreated.has(`${kind}\u0000${key}`),
    };
    const progress = options.onProgress;
    const kinds = GENERATORS.length;
    progress?.({ phase: 'diffing', done: 0, total: kinds, unit: 'object kinds' });
    GENERATORS.forEach((generate, i) => {
        generate(ctx);
        progress?.({ phase: 'diffing', done: i + 1, total: kinds, unit: 'object kinds' });
    });
    progress?.({ phase: 'planning', done: 0, total: steps.length, unit: 'steps' });
    const ordered = orderSteps(steps);
    progress?.({ phase: 'planning', done: steps.length, total: steps.length, unit: 'steps' });
    return { statements: ordered.flatMap((s) => s.statements), unsupported: dedupe(unsupported) };
}
/** Builds the dependency graph from the steps' refs and sorts it. */
function orderSteps(steps) {
    const dag = new Dag();
    const ids = steps.map((s) => dag.add(s.id, s.rank, s));
    const providers = new Map();
    const releasers = new Map();
    const byId = new Map();
    const push = (m, r, i) => {
        const list = m.get(r);
        if (list)
            list.push(i);
        else
            m.set(r, [i]);
    };
    steps.forEach((s, i) => {
        for (const r of s.provides ?? [])
            push(providers, r, ids[i]);
        for (const r of s.releases ?? [])
            push(releasers, r, ids[i]);
        byId.set(vertexKey(s.id), ids[i]);
    });
    steps.forEach((s, i) => {
        for (const r of new Set(s.requires ?? []))
            for (const p of providers.get(r) ?? [])
                dag.edge(p, ids[i]);
        for (const r of new Set(s.removes ?? []))
            for (const p of releasers.get(r) ?? [])
                dag.edge(p, ids[i]);
        for (const a of s.after ?? []) {
            const p = byId.get(vertexKey(a));
            if (p !== undefined)
                dag.edge(p, ids[i]);
        }
    });
    return dag.sort();
}
function dedupe(list) {
    const seen = new Set();
    return list.filter((u) => {
        const k = `${u.kind}\u0000${u.name}\u0000${u.reason}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/core/diff/refusal.ts
/**
 * A plan with an unsupported change is not a plan: applying the rest fails halfway or leaves the
 * database short of the target. Callers refuse it whole unless the user asked for the supported
 * part explicitly (which renderPlanSql marks as partial).
 */

class UnsupportedPlanError extends errors/* InputError */.dz {
    command;
    changes;
    name = 'UnsupportedPlanError';
    constructor(command, changes, partialFlag) {
        super([
            `refused: ${changes.length} change${changes.length === 1 ? '' : 's'} cannot be planned, so no plan is printed:`,
            ...changes.map((u) => `  ${describeUnsupported(u)}`),
            `Change the schema so these are not needed, or pass ${partialFlag} to print the supported part, marked as partial.`,
        ].join('\n'));
        this.command = command;
        this.changes = changes;
    }
}
/** One line naming the object and the reason; newlines in names cannot break the line. */
function describeUnsupported(u) {
    return `${u.kind} ${u.name}: ${u.reason}`.replace(/[\r\n\u2028\u2029]+/g, ' ');
}
/** Throws UnsupportedPlanError when the plan has unsupported changes and `partial` is not set. */
function refuseUnsupported(command, plan, partial, partialFlag = '--partial') {
    if (plan.unsupported.length > 0 && !partial)
        throw new UnsupportedPlanError(command, plan.unsupported, partialFlag);
}

;// CONCATENATED MODULE: ./src/core/diff/render.ts
/** The plan as one SQL script: statements separated by blank lines, caveats as comments. */

function renderPlanSql(plan) {
    const parts = [];
    if (plan.unsupported.length > 0) {
        // Only printed when the caller accepted a partial plan (or for a report): say so first.
        parts.push(`-- schemagate: PARTIAL PLAN: ${plan.unsupported.length} unsupported change${plan.unsupported.length === 1 ? ' is' : 's are'} left out; applying this does not reach the target schema`);
    }
    for (const u of plan.unsupported) {
        // A name may hold a newline; inside a `--` comment that would start a line of live SQL.
        parts.push(`-- schemagate: unsupported ${describeUnsupported(u)}`);
    }
    const head = parts.length > 0 ? `${parts.join('\n')}\n\n` : '';
    const body = plan.statements
        .map((s) => {
        const marks = [];
        if (!s.transactional)
            marks.push('-- schemagate: non-transactional: run outside a transaction block');
        if (s.dataLoss)
            marks.push('-- schemagate: data loss');
        return `${marks.map((m) => `${m}\n`).join('')}${s.sql};`;
    })
        .join('\n\n');
    if (!head && !body)
        return '';
    return `${head}${body}${body ? '\n' : ''}`;
}

;// CONCATENATED MODULE: ./src/core/diff/index.ts
/** Diff and plan: model A vs model B -> an ordered, annotated SQL plan that turns A into B. */







/***/ })

};
