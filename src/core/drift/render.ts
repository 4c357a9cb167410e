/**
 * One-line (or short) definition text of each model object, shown on both sides of a difference.
 * Texts come from PostgreSQL's own pg_get_* output stored in the model; literals are re-quoted.
 */
import type {
  Column,
  CompositeType,
  Constraint,
  DefaultPrivilege,
  DomainType,
  EnumType,
  Extension,
  Index,
  Policy,
  Publication,
  Routine,
  Schema,
  Sequence,
  Table,
  Trigger,
  View,
} from '../model/types.js';
import { quoteIdent, quoteLiteral } from '../sql/quote.js';

const withComment = (text: string, comment: string | null): string =>
  comment === null ? text : `${text}\n-- comment: ${quoteLiteral(comment)}`;

export function renderColumn(c: Column): string {
  const parts = [quoteIdent(c.name), c.type];
  if (c.collation) parts.push(`COLLATE ${c.collation}`);
  if (c.identity) parts.push(`GENERATED ${c.identity === 'always' ? 'ALWAYS' : 'BY DEFAULT'} AS IDENTITY`);
  if (c.generated) parts.push(`GENERATED ALWAYS AS (${c.generated}) STORED`);
  if (c.notNull) parts.push('NOT NULL');
  if (c.default !== null) parts.push(`DEFAULT ${c.default}`);
  return withComment(parts.join(' '), c.comment);
}

export function renderConstraint(c: Constraint): string {
  let text = `CONSTRAINT ${quoteIdent(c.name)} ${c.definition}`;
  if (c.deferrable && !/DEFERRABLE/.test(c.definition))
    text += c.initiallyDeferred ? ' DEFERRABLE INITIALLY DEFERRED' : ' DEFERRABLE';
  if (!c.validated && !/NOT VALID/.test(c.definition)) text += ' NOT VALID';
  return withComment(text, c.comment);
}

export function renderTable(t: Table): string {
  const lines = Object.values(t.columns)
    .sort((a, b) => a.position - b.position)
    .map((c) => `  ${renderColumn(c).split('\n')[0]}`);
  for (const c of Object.values(t.constraints)) lines.push(`  ${renderConstraint(c).split('\n')[0]}`);
  let text = `TABLE (\n${lines.join(',\n')}\n)`;
  if (t.partitioning) text += ` PARTITION BY ${t.partitioning.key}`;
  if (t.partitionOf) text += ` PARTITION OF ${t.partitionOf.parent} ${t.partitionOf.bound}`;
  if (t.inherits.length > 0) text += ` INHERITS (${t.inherits.join(', ')})`;
  if (t.options.length > 0) text += ` WITH (${t.options.join(', ')})`;
  if (t.unlogged) text = `UNLOGGED ${text}`;
  if (t.rowSecurity) text += `\nROW LEVEL SECURITY${t.forceRowSecurity ? ' (FORCED)' : ''}`;
  return withComment(text, t.comment);
}

/** Table-level properties only (columns and constraints are differences of their own). */
export function renderTableProperties(t: Table): string {
  const lines = [
    `partitioning: ${t.partitioning ? t.partitioning.key : 'none'}`,
    `partition of: ${t.partitionOf ? `${t.partitionOf.parent} ${t.partitionOf.bound}` : 'none'}`,
    `inherits: ${t.inherits.length > 0 ? t.inherits.join(', ') : 'none'}`,
    `unlogged: ${t.unlogged}`,
    `options: ${t.options.length > 0 ? t.options.join(', ') : 'none'}`,
    `row level security: ${t.rowSecurity}${t.forceRowSecurity ? ' (forced)' : ''}`,
  ];
  return withComment(lines.join('\n'), t.comment);
}

export function renderIndex(i: Index): string {
  return withComment(i.valid ? i.definition : `${i.definition} -- INVALID`, i.comment);
}

export function renderView(v: View): string {
  const opts = v.options.length > 0 ? ` WITH (${v.options.join(', ')})` : '';
  // A baseline stores no view text (it varies by server version), only its fingerprint.
  const body =
    v.definition.trim() === ''
      ? `-- query fingerprint ${v.definitionFingerprint} (text not stored in the baseline)`
      : v.definition.trim();
  return withComment(`VIEW${opts} AS\n${body}`, v.comment);
}

export function renderRoutine(r: Routine): string {
  return withComment(r.definition.trim(), r.comment);
}

export function renderTrigger(t: Trigger): string {
  const state =
    t.enabled === 'O' ? '' : ` -- ${{ D: 'DISABLED', R: 'ENABLE REPLICA', A: 'ENABLE ALWAYS' }[t.enabled]}`;
  return withComment(`${t.definition}${state}`, t.comment);
}

export function renderPolicy(p: Policy): string {
  let text = `POLICY ${quoteIdent(p.name)} AS ${p.permissive ? 'PERMISSIVE' : 'RESTRICTIVE'} FOR ${p.command} TO ${p.roles.join(', ')}`;
  if (p.using !== null) text += ` USING (${p.using})`;
  if (p.withCheck !== null) text += ` WITH CHECK (${p.withCheck})`;
  return withComment(text, p.comment);
}

export function renderEnum(e: EnumType): string {
  return withComment(`ENUM (${e.labels.map(quoteLiteral).join(', ')})`, e.comment);
}

export function renderDomain(d: DomainType): string {
  const parts = [`DOMAIN ${d.baseType}`];
  if (d.collation) parts.push(`COLLATE ${d.collation}`);
  if (d.default !== null) parts.push(`DEFAULT ${d.default}`);
  if (d.notNull) parts.push('NOT NULL');
  for (const c of Object.values(d.checks))
    parts.push(`CONSTRAINT ${quoteIdent(c.name)} ${c.definition}${c.validated ? '' : ' NOT VALID'}`);
  return withComment(parts.join(' '), d.comment);
}

export function renderComposite(t: CompositeType): string {
  const attrs = [...t.attributes]
    .sort((a, b) => a.position - b.position)
    .map((a) => `${quoteIdent(a.name)} ${a.type}${a.collation ? ` COLLATE ${a.collation}` : ''}`);
  return withComment(`TYPE AS (${attrs.join(', ')})`, t.comment);
}

export function renderSequence(s: Sequence): string {
  let text = `SEQUENCE AS ${s.dataType} START ${s.start} INCREMENT ${s.increment} MINVALUE ${s.min} MAXVALUE ${s.max} CACHE ${s.cache}${s.cycle ? ' CYCLE' : ''}`;
  if (s.ownedBy) text += ` OWNED BY ${s.ownedBy.table}.${quoteIdent(s.ownedBy.column)}`;
  return withComment(text, s.comment);
}

export function renderExtension(e: Extension): string {
  return withComment(
    `EXTENSION ${quoteIdent(e.name)} VERSION ${quoteLiteral(e.version)} SCHEMA ${quoteIdent(e.schema)}`,
    e.comment,
  );
}

export function renderSchema(s: Schema): string {
  return withComment(`SCHEMA ${quoteIdent(s.name)}`, s.comment);
}

export function renderPublication(p: Publication): string {
  const parts = [`PUBLICATION ${quoteIdent(p.name)}`];
  if (p.allTables) parts.push('FOR ALL TABLES');
  const targets = [
    ...Object.values(p.tables).map(
      (e) =>
        `${e.table}${e.columns ? ` (${e.columns.map(quoteIdent).join(', ')})` : ''}${e.where !== null ? ` WHERE (${e.where})` : ''}`,
    ),
    ...p.schemas.map((s) => `TABLES IN SCHEMA ${quoteIdent(s)}`),
  ];
  if (targets.length > 0) parts.push(`FOR ${targets.join(', ')}`);
  parts.push(
    `WITH (publish = ${quoteLiteral(p.publish.join(', '))}, publish_via_partition_root = ${p.viaRoot}${
      p.generatedColumns !== 'none' ? `, publish_generated_columns = ${p.generatedColumns}` : ''
    })`,
  );
  return withComment(parts.join(' '), p.comment);
}

export function renderDefaultPrivilege(d: DefaultPrivilege): string {
  const head = `DEFAULT PRIVILEGES FOR ROLE ${quoteIdent(d.role)}${d.schema !== null ? ` IN SCHEMA ${quoteIdent(d.schema)}` : ''} ON ${d.objects.toUpperCase()}`;
  const role = (g: string) => (g === 'PUBLIC' ? 'PUBLIC' : quoteIdent(g));
  const granted = d.grants.map(
    (g) =>
      `GRANT ${g.privileges.join(', ')} TO ${role(g.grantee)}${g.grantable.length > 0 ? ` (WITH GRANT OPTION: ${g.grantable.join(', ')})` : ''}`,
  );
  const revoked = d.revoked.map((g) => `REVOKE ${g.privileges.join(', ')} FROM ${role(g.grantee)}`);
  return [head, ...granted, ...revoked].join('; ');
}
