import { scanRaw } from '../../sql/parser.js';
import { defineRule } from './define.js';

const MAX = 63;
// Cheap pre-checks before the scanner: an ASCII name needs a run of 64 name characters; a quoted
// or non-ASCII name is checked by its bytes.
// A linear scan: the equivalent regular expression backtracks at every position of every statement.
function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // space, \t \n \r, ' " ( ) , . ;
    if (c <= 32 || c === 39 || c === 34 || c === 40 || c === 41 || c === 44 || c === 46 || c === 59) run = 0;
    else if (++run > MAX) return true;
  }
  return false;
}
const QUOTED = /"(?:[^"]|"")+"/g;
const NON_ASCII = /[^\x00-\x7f]/;
const maybeLong = (text: string): boolean => {
  // A name of more than 63 bytes has at least 16 characters (4 bytes each at most).
  if (text.length < 16) return false;
  if (hasLongRun(text)) return true;
  if (text.includes('"'))
    for (const m of text.matchAll(QUOTED)) if (Buffer.byteLength(m[0]) > MAX + 2) return true;
  return NON_ASCII.test(text) && Buffer.byteLength(text) > MAX;
};

const NONE: ReadonlySet<string> = new Set();

/** Identifiers as written, longer than 63 bytes. The parse tree cannot tell: the parser has truncated them. */
function longNames(text: string): ReadonlySet<string> {
  if (!maybeLong(text)) return NONE;
  const out = new Set<string>();
  for (const tok of scanRaw(text).tokens) {
    if (tok.tokenName !== 'IDENT') continue;
    const name = tok.text.startsWith('"')
      ? tok.text.slice(1, -1).replace(/""/g, '"')
      : tok.text.toLowerCase();
    if (Buffer.byteLength(name) > MAX) out.add(name);
  }
  return out;
}

export const identifierTooLong = defineRule({
  id: 'identifier-too-long',
  kinds: [
    'CreateStmt',
    'AlterTableStmt',
    'IndexStmt',
    'RenameStmt',
    'CreateEnumStmt',
    'CreateDomainStmt',
    'CreateSchemaStmt',
    'ViewStmt',
    'CreateTableAsStmt',
    'CreateSeqStmt',
    'CreateFunctionStmt',
    'CreateTrigStmt',
    'CompositeTypeStmt',
  ],
  risk: 'medium',
  summary: 'An identifier longer than 63 bytes',
  why: 'PostgreSQL silently truncates identifiers to 63 bytes (NAMEDATALEN - 1): the object gets a different name than the migration says, two long names can collide, and later migrations or code that use the full name fail.',
  lockRule: false,
  dataAware: false,
  examples: {
    bad: [
      {
        sql: 'CREATE INDEX orders_customer_id_created_at_status_shipping_country_region_postal_code_idx ON orders (customer_id);',
      },
    ],
    good: [{ sql: 'CREATE INDEX orders_customer_created_idx ON orders (customer_id, created_at);' }],
  },
  check(stmt) {
    return [...longNames(stmt.text)].map((name) => {
      const bytes = Buffer.from(name);
      const kept = bytes
        .subarray(0, MAX)
        .toString('utf8')
        .replace(/\uFFFD+$/, '');
      return {
        message: `identifier "${name}" is ${bytes.length} bytes: PostgreSQL truncates it to "${kept}"`,
        subject: `identifier longer than ${MAX} bytes`,
        safeAlternative: `-- choose a name of at most ${MAX} bytes, e.g. "${kept.slice(0, 40)}…", and use it everywhere`,
      };
    });
  },
});
