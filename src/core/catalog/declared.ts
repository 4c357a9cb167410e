/**
 * The declared schema: a directory of `*.sql` files describing the desired state, applied in
 * order to a fresh dev database and read back with the same introspector as any live database,
 * so that both sides of a comparison are printed by PostgreSQL itself.
 */
import type { Db } from '../db.js';
import { dbErrorFields } from '../db.js';
import { SqlExecutionError, SqlSyntaxError } from '../errors.js';
import { relKey } from '../model/ids.js';
import type { RenameHint, SchemaModel, UsingHint } from '../model/types.js';
import type { Directive, SqlFile, SqlStatement } from '../sql/index.js';
import { parseRaw } from '../sql/parser.js';
import { type IntrospectOptions, introspect } from './introspect.js';

export interface DeclaredSchema {
  readonly model: SchemaModel;
  /** Explicit renames from `-- schemagate:rename <old> <new>` directives, in file order. */
  readonly renames: readonly RenameHint[];
  /** USING expressions from `-- schemagate:using <schema.table.column> <expression>`. */
  readonly usings: readonly UsingHint[];
}

/** Applies every statement of `files` (already parsed, in order) to `db`, then introspects it. */
export async function loadDeclaredSchema(
  db: Db,
  files: readonly SqlFile[],
  options: IntrospectOptions = {},
): Promise<DeclaredSchema> {
  const total = files.reduce((n, f) => n + f.statements.length, 0);
  let done = 0;
  const report = () =>
    options.onProgress?.({ phase: 'applying schema files', done, total, unit: 'statements' });
  report();
  for (const file of files) {
    for (const stmt of file.statements) {
      await applyStatement(db, stmt);
      done++;
      report();
    }
  }
  const model = await introspect(db, options);
  const renames = files.flatMap((f) =>
    f.directives.filter((d) => d.name === 'schemagate:rename').map((d) => parseRename(f.file, d, model)),
  );
  const usings = files.flatMap((f) =>
    f.directives.filter((d) => d.name === 'schemagate:using').map((d) => parseUsing(f.file, d, model)),
  );
  return { model, renames, usings };
}

/**
 * `-- schemagate:using <schema.table.column> <expression>`: the conversion for a column type change
 * that has no cast (e.g. `-- schemagate:using app.t.ref md5(ref::text)::uuid`). The expression must
 * parse as exactly one SQL expression, so a hint cannot smuggle in a statement.
 */
function parseUsing(file: string, d: Directive, model: SchemaModel): UsingHint {
  const fail = (why: string): never => {
    throw new SqlSyntaxError(file, d.line, 1, `schemagate:using ${d.args}: ${why}`);
  };
  const name = /^(?:[^\s"]+|"(?:[^"]|"")*")+/.exec(d.args)?.[0] ?? '';
  const expression = d.args.slice(name.length).trim();
  if (!name || !expression) fail('expected -- schemagate:using <schema.table.column> <expression>');
  const parts = splitName(name) ?? fail(`cannot read the name ${name}`);
  if (parts.length !== 3 && parts.length !== 2) fail('name the column as schema.table.column');
  const [schema, table, column] = parts.length === 2 ? ['public', ...parts] : parts;
  const t = model.tables[relKey(schema, table)];
  if (!t) fail(`table ${relKey(schema, table)} is not in the declared schema`);
  if (!t?.columns[column]) fail(`column ${column} is not in table ${relKey(schema, table)}`);
  if (!isOneExpression(expression)) fail(`${expression} is not one SQL expression`);
  return { schema, table, column, expression, file, line: d.line };
}

function isOneExpression(expression: string): boolean {
  const parsed = parseRaw(`SELECT ${expression}`);
  if (!('stmts' in parsed) || parsed.stmts?.length !== 1) return false;
  const select = (parsed.stmts[0].stmt as { SelectStmt?: Record<string, unknown> }).SelectStmt;
  if (!select) return false;
  const keys = Object.keys(select).filter((k) => k !== 'limitOption' && k !== 'op');
  const targets = select.targetList as { ResTarget?: { name?: string } }[] | undefined;
  return (
    keys.length === 1 &&
    targets?.length === 1 &&
    targets[0].ResTarget !== undefined &&
    !targets[0].ResTarget.name
  );
}

async function applyStatement(db: Db, stmt: SqlStatement): Promise<void> {
  try {
    await db.exec(stmt.text);
  } catch (err) {
    const f = dbErrorFields(err);
    const at = positionIn(stmt, f.position);
    const detail = [f.message, f.detail, f.hint && `hint: ${f.hint}`].filter(Boolean).join('; ');
    throw new SqlExecutionError(stmt.file, at.line, at.column, detail, f.code, { cause: err });
  }
}

/** File line:col of PostgreSQL's 1-based character `position` inside the statement text. */
function positionIn(
  stmt: SqlStatement,
  position: string | number | undefined,
): { line: number; column: number } {
  const p = Number(position);
  if (!Number.isInteger(p) || p < 1 || p > stmt.text.length + 1)
    return { line: stmt.line, column: stmt.column };
  const before = stmt.text.slice(0, p - 1);
  const nl = before.lastIndexOf('\n');
  if (nl < 0) return { line: stmt.line, column: stmt.column + before.length };
  const lines = before.split('\n').length - 1;
  return { line: stmt.line + lines, column: before.length - nl };
}

/**
 * `-- schemagate:rename <old> <new>`: names are written as in SQL (double quotes allowed).
 * `schema.table` (or `table`, meaning public) renames a table; `schema.table.column` a column.
 * `<new>` is either the full new name or just its last part. The new name must exist in the
 * declared schema, so a typo fails here rather than turning into a silent drop.
 */
function parseRename(file: string, d: Directive, model: SchemaModel): RenameHint {
  const fail = (why: string): never => {
    throw new SqlSyntaxError(file, d.line, 1, `schemagate:rename ${d.args}: ${why}`);
  };
  const words = splitWords(d.args);
  if (words.length !== 2) fail('expected two names: -- schemagate:rename <old> <new>');
  const from = splitName(words[0]) ?? fail(`cannot read the name ${words[0]}`);
  const toRaw = splitName(words[1]) ?? fail(`cannot read the name ${words[1]}`);
  if (from.length > 3) fail('a name has at most three parts: schema.table.column');
  const full = from.length === 1 ? ['public', ...from] : from;
  const target =
    toRaw.length === 1
      ? [...full.slice(0, -1), toRaw[0]]
      : toRaw.length === full.length
        ? toRaw
        : toRaw.length === from.length && from.length === 1
          ? ['public', ...toRaw]
          : fail('old and new names must name the same kind of object');
  if (target.length !== full.length) fail('old and new names must name the same kind of object');
  if (full.length === 2) {
    if (full[0] !== target[0]) fail('a rename cannot move a table to another schema');
    if (!model.tables[relKey(target[0], target[1])])
      fail(`table ${relKey(target[0], target[1])} is not in the declared schema`);
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
  const table = model.tables[relKey(target[0], target[1])];
  if (!table) fail(`table ${relKey(target[0], target[1])} is not in the declared schema`);
  if (!table?.columns[target[2]]) fail(`column ${target[2]} is not in table ${relKey(target[0], target[1])}`);
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
function splitWords(text: string): string[] {
  return text.match(/(?:[^\s"]+|"(?:[^"]|"")*")+/g) ?? [];
}

/** Splits a dotted SQL name into parts: unquoted parts fold to lower case, quoted ones are kept. */
function splitName(text: string): string[] | null {
  const parts: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      let s = '';
      i++;
      for (;;) {
        if (i >= text.length) return null;
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
    } else {
      const end = text.indexOf('.', i);
      const raw = text.slice(i, end < 0 ? text.length : end);
      if (raw === '' || raw.includes('"')) return null;
      parts.push(raw.toLowerCase());
      i = end < 0 ? text.length : end;
    }
    if (i < text.length) {
      if (text[i] !== '.') return null;
      i++;
      if (i >= text.length) return null;
    }
  }
  return parts;
}
