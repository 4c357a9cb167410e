/**
 * The tables whose data a migration can destroy: what to back up before it runs when no Neon
 * restore point can be taken (the release template: "back up affected tables before migrating").
 */
import { nameList, refFromNames, tableKey, tableOf } from '../lint/ast.js';
import type { TableRef } from '../lint/types.js';
import type { SqlStatement } from '../sql/index.js';

const DESTRUCTIVE_SUBTYPES = new Set(['AT_DropColumn', 'AT_AlterColumnType', 'AT_DropConstraint']);

/** Tables touched by DROP TABLE, TRUNCATE, DELETE, UPDATE, DROP COLUMN or a column type change, in order, once each. */
export function destructiveTables(statements: readonly SqlStatement[]): TableRef[] {
  const out = new Map<string, TableRef>();
  const add = (t: TableRef | undefined) => {
    if (t && !out.has(tableKey(t))) out.set(tableKey(t), t);
  };
  for (const s of statements) {
    const a = s.ast;
    if (s.kind === 'DropStmt' && a?.removeType === 'OBJECT_TABLE') {
      for (const o of a.objects ?? []) add(refFromNames(nameList(o?.List?.items)));
    } else if (s.kind === 'TruncateStmt') {
      for (const r of a?.relations ?? []) add(tableOf(r?.RangeVar));
    } else if (s.kind === 'DeleteStmt' || s.kind === 'UpdateStmt') {
      add(tableOf(a?.relation));
    } else if (s.kind === 'AlterTableStmt') {
      if ((a.cmds ?? []).some((c: any) => DESTRUCTIVE_SUBTYPES.has(c?.AlterTableCmd?.subtype)))
        add(tableOf(a?.relation));
    }
  }
  return [...out.values()];
}

/**
 * The pg_dump arguments that save those tables (schema and data) to `file` in the custom format,
 * which `pg_restore` reads; the connection comes from the environment (PG* variables), never the
 * command line, where it would show in the process list.
 */
export function pgDumpArgs(tables: readonly TableRef[], file: string): string[] {
  return [
    '--format=custom',
    '--no-owner',
    `--file=${file}`,
    // pg_dump's --table takes a pattern: quote both parts so the name is matched literally.
    ...tables.map((t) => `--table=${dumpPattern(t)}`),
  ];
}

function dumpPattern(t: TableRef): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `${q(t.schema ?? 'public')}.${q(t.name)}`;
}

/** The command as a user would type it, for the summary (the URL left to the user). */
export function pgDumpCommand(tables: readonly TableRef[], file: string): string {
  const sh = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
  return ['pg_dump', '"$DATABASE_URL"', ...pgDumpArgs(tables, file).map(sh)].join(' ');
}
