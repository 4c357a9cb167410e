/**
 * A version-independent fingerprint of a view's query. PostgreSQL 16 and later print
 * `SELECT user_id FROM app.orders` where 15 printed `SELECT orders.user_id FROM app.orders`: the
 * text differs, the view does not. The fingerprint hashes the parse tree without token locations
 * and without column qualifiers that name the only relation of a FROM clause. Unlike
 * libpg-query's own fingerprint it keeps constants, so `WHERE x = 1` and `WHERE x = 2` differ.
 */
import { createHash } from 'node:crypto';
import { isParserFailure, parseRaw } from '../sql/parser.js';

// diff and drift read two databases that mostly share their views' text: each text is parsed once.
const known = new Map<string, string>();
const KNOWN_MAX = 20_000;

export function viewFingerprint(definition: string): string {
  let fp = known.get(definition);
  if (fp === undefined) {
    const parsed = parseRaw(definition);
    const tree = isParserFailure(parsed) ? definition : strip(parsed.stmts ?? []);
    fp = createHash('sha256').update(JSON.stringify(tree)).digest('hex').slice(0, 32);
    if (known.size >= KNOWN_MAX) known.clear();
    known.set(definition, fp);
  }
  return fp;
}

type Json = unknown;

function strip(node: Json): Json {
  if (Array.isArray(node)) return node.map(strip);
  if (node === null || typeof node !== 'object') return node;
  const obj = node as Record<string, Json>;
  if ('SelectStmt' in obj) return { SelectStmt: stripSelect(obj.SelectStmt as Record<string, Json>) };
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'location' || k === 'stmt_location' || k === 'stmt_len') continue;
    out[k] = strip(v);
  }
  return out;
}

function stripSelect(select: Record<string, Json>): Json {
  const from = select.fromClause as Json[] | undefined;
  const only = from?.length === 1 ? (from[0] as Record<string, Json>).RangeVar : undefined;
  const stripped = strip(select) as Record<string, Json>;
  if (!only) return stripped;
  const rv = only as { relname?: string; alias?: { aliasname?: string } };
  const qualifier = rv.alias?.aliasname ?? rv.relname;
  for (const key of [
    'targetList',
    'whereClause',
    'groupClause',
    'havingClause',
    'sortClause',
    'distinctClause',
  ]) {
    if (key in stripped) stripped[key] = unqualify(stripped[key], qualifier);
  }
  return stripped;
}

/** Drops `qualifier.` from column references, without entering nested SELECTs (own scope). */
function unqualify(node: Json, qualifier: string | undefined): Json {
  if (Array.isArray(node)) return node.map((n) => unqualify(n, qualifier));
  if (node === null || typeof node !== 'object') return node;
  const obj = node as Record<string, Json>;
  if ('SelectStmt' in obj) return obj;
  if ('ColumnRef' in obj) {
    const fields = (obj.ColumnRef as { fields: Json[] }).fields;
    const first = fields[0] as { String?: { sval?: string } };
    if (fields.length === 2 && first.String?.sval === qualifier)
      return { ColumnRef: { fields: [fields[1]] } };
    return obj;
  }
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = unqualify(v, qualifier);
  return out;
}
