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
import { nameKey } from '../../model/ids.js';
import type { Publication, PublicationTable } from '../../model/types.js';
import { quoteIdent, quoteLiteral } from '../../sql/quote.js';
import { type DiffContext, RANK, type Step, stmt, vid } from '../context.js';
import { mentionsColumn, type Ref, refs, refsIn } from '../refs.js';
import type { Hazard, LockMode } from '../types.js';

const ALL_OPS: Publication['publish'] = ['insert', 'update', 'delete', 'truncate'];

function tableSql(e: PublicationTable): string {
  const cols = e.columns !== null ? ` (${e.columns.map(quoteIdent).join(', ')})` : '';
  const where = e.where !== null ? ` WHERE (${e.where})` : '';
  // Table keys are quoted, qualified SQL names already (relKey).
  return `${e.table}${cols}${where}`;
}

function options(p: Publication, all: boolean): string[] {
  const out: string[] = [];
  if (all || p.publish.join() !== ALL_OPS.join()) out.push(`publish = ${quoteLiteral(p.publish.join(', '))}`);
  if (all || p.viaRoot) out.push(`publish_via_partition_root = ${p.viaRoot}`);
  if (all || p.generatedColumns !== 'none') out.push(`publish_generated_columns = ${p.generatedColumns}`);
  return out;
}

function locks(tables: readonly string[]): { table: string; mode: LockMode }[] {
  return tables.map((table) => ({ table, mode: 'SHARE UPDATE EXCLUSIVE' as const }));
}

function dropHazard(p: Publication): Hazard {
  return {
    id: 'drop-publication',
    message: `subscribers of publication ${quoteIdent(p.name)} stop receiving changes, and their subscriptions fail until it exists again`,
  };
}

/** What a publication needs of the target version; null when it can be created there. */
function versionProblem(p: Publication, version: number): string | null {
  if (version === 0) return null;
  if (version < 150000) {
    if (p.schemas.length > 0) return 'FOR TABLES IN SCHEMA needs PostgreSQL 15 or newer';
    const e = Object.values(p.tables).find((t) => t.columns !== null || t.where !== null);
    if (e) return `a column list or row filter (table ${e.table}) needs PostgreSQL 15 or newer`;
  }
  if (version < 180000 && p.generatedColumns !== 'none')
    return 'publish_generated_columns needs PostgreSQL 18 or newer';
  return null;
}

function entryRefs(e: PublicationTable, index: DiffContext['analysis']['toIndex']): Ref[] {
  return [refs.rel(e.table), ...refsIn(e.where, index)];
}

function createStep(ctx: DiffContext, p: Publication): Step {
  const name = quoteIdent(p.name);
  const targets = [
    ...Object.values(p.tables).map((e, i) => `${i === 0 ? 'TABLE ' : ''}${tableSql(e)}`),
    ...p.schemas.map((s) => `TABLES IN SCHEMA ${quoteIdent(s)}`),
  ];
  const what = p.allTables ? ' FOR ALL TABLES' : targets.length > 0 ? ` FOR ${targets.join(', ')}` : '';
  const opts = options(p, false);
  const statements = [
    stmt(`CREATE PUBLICATION ${name}${what}${opts.length > 0 ? ` WITH (${opts.join(', ')})` : ''}`, {
      locks: locks(Object.keys(p.tables)),
    }),
  ];
  if (p.comment !== null)
    statements.push(stmt(`COMMENT ON PUBLICATION ${name} IS ${quoteLiteral(p.comment)}`));
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

function dropStep(ctx: DiffContext, p: Publication): Step {
  return {
    id: vid('publication', null, p.name, 'drop'),
    rank: RANK.dropPublication,
    statements: [stmt(`DROP PUBLICATION ${quoteIdent(p.name)}`, { hazards: [dropHazard(p)] })],
    releases: [
      ...Object.values(p.tables).flatMap((e) => entryRefs(e, ctx.analysis.fromIndex)),
      ...p.schemas.map(refs.schema),
    ],
  };
}

/** Columns of `table` dropped or retyped by this plan (a publication entry naming them must leave first). */
function changedColumns(ctx: DiffContext, table: string): Set<string> {
  const out = new Set(ctx.analysis.retypedColumns.get(table) ?? []);
  const a = ctx.from.tables[table];
  const b = ctx.to.tables[table];
  if (a && b) for (const c of Object.keys(a.columns)) if (!b.columns[c]) out.add(c);
  return out;
}

function blocked(ctx: DiffContext, e: PublicationTable): boolean {
  const cols = changedColumns(ctx, e.table);
  if (cols.size === 0) return false;
  return (e.columns ?? []).some((c) => cols.has(c)) || mentionsColumn(e.where, cols);
}

function alter(ctx: DiffContext, a: Publication, b: Publication): void {
  const name = quoteIdent(b.name);
  const early: ReturnType<typeof stmt>[] = [];
  const late: ReturnType<typeof stmt>[] = [];
  const releases: Ref[] = [];
  const requires: Ref[] = [];
  for (const key of Object.keys(a.tables).sort()) {
    const x = a.tables[key];
    const y = b.tables[key];
    // A table the plan drops leaves its publications with it; naming it first is explicit and safe.
    if (y && y.columns?.join() === x.columns?.join() && y.where === x.where && !blocked(ctx, x)) continue;
    early.push(stmt(`ALTER PUBLICATION ${name} DROP TABLE ${key}`, { locks: locks([key]) }));
    releases.push(...entryRefs(x, ctx.analysis.fromIndex));
  }
  for (const key of Object.keys(b.tables).sort()) {
    const x = a.tables[key];
    const y = b.tables[key];
    if (x && y.columns?.join() === x.columns?.join() && y.where === x.where && !blocked(ctx, x)) continue;
    late.push(stmt(`ALTER PUBLICATION ${name} ADD TABLE ${tableSql(y)}`, { locks: locks([key]) }));
    requires.push(...entryRefs(y, ctx.analysis.toIndex));
  }
  for (const s of a.schemas.filter((s) => !b.schemas.includes(s))) {
    early.push(stmt(`ALTER PUBLICATION ${name} DROP TABLES IN SCHEMA ${quoteIdent(s)}`));
    releases.push(refs.schema(s));
  }
  for (const s of b.schemas.filter((s) => !a.schemas.includes(s))) {
    late.push(stmt(`ALTER PUBLICATION ${name} ADD TABLES IN SCHEMA ${quoteIdent(s)}`));
    requires.push(refs.schema(s));
  }
  if (
    a.publish.join() !== b.publish.join() ||
    a.viaRoot !== b.viaRoot ||
    a.generatedColumns !== b.generatedColumns
  ) {
    const opts = options(b, true).filter(
      (o) => ctx.version >= 180000 || !o.startsWith('publish_generated_columns'),
    );
    late.push(stmt(`ALTER PUBLICATION ${name} SET (${opts.join(', ')})`));
  }
  if (a.comment !== b.comment)
    late.push(
      stmt(`COMMENT ON PUBLICATION ${name} IS ${b.comment === null ? 'NULL' : quoteLiteral(b.comment)}`),
    );
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

export function publicationsGenerator(ctx: DiffContext): void {
  const from = ctx.from.publications ?? {};
  const to = ctx.to.publications ?? {};
  for (const key of Object.keys(to).sort()) {
    const b = to[key];
    const a = from[key];
    const problem = versionProblem(b, ctx.version);
    if (problem !== null && (a === undefined || JSON.stringify(a) !== JSON.stringify(b))) {
      ctx.unsupported({ kind: 'publication', name: nameKey(b.name), reason: problem });
      continue;
    }
    if (a === undefined) ctx.add(createStep(ctx, b));
    else if (a.allTables !== b.allTables) {
      // FOR ALL TABLES is fixed at creation.
      ctx.add(dropStep(ctx, a));
      ctx.add({ ...createStep(ctx, b), after: [vid('publication', null, a.name, 'drop')] });
    } else alter(ctx, a, b);
  }
  for (const key of Object.keys(from).sort()) if (!to[key]) ctx.add(dropStep(ctx, from[key]));
}
