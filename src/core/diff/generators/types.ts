/** Enum, domain and composite types. */

import type { CompositeType, DomainCheck, DomainType, EnumType, SchemaModel } from '../../model/types.js';
import { qualified, quoteIdent, quoteLiteral } from '../../sql/quote.js';
import { type DiffContext, RANK, type Step, stmt, vid } from '../context.js';
import { diffByKey, equalExcept } from '../diff.js';
import { type Ref, refs, refsIn, typeKeyOf } from '../refs.js';
import type { PlannedStatement } from '../types.js';
import { withoutNotValid } from './sql.js';

const NOT_COMPARED = ['comment', 'grants', 'owner'] as const;

/** Columns of `model` whose type is `typeKey` or an array of it. */
export function columnsOfType(model: SchemaModel, typeKey: string) {
  const out: {
    table: string;
    schema: string;
    tableName: string;
    column: string;
    type: string;
    default: string | null;
  }[] = [];
  for (const key of Object.keys(model.tables).sort()) {
    const t = model.tables[key];
    if (t.partitionOf) continue; // partitions follow their parent's column type
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

function typeUsedBy(model: SchemaModel, typeKey: string): boolean {
  if (columnsOfType(model, typeKey).length > 0) return true;
  for (const r of Object.values(model.routines)) {
    if (r.args.some((a) => typeKeyOf(a.type) === typeKey) || r.returns?.includes(typeKey)) return true;
  }
  for (const d of Object.values(model.domains)) if (typeKeyOf(d.baseType) === typeKey) return true;
  for (const c of Object.values(model.composites)) {
    if (c.attributes.some((a) => typeKeyOf(a.type) === typeKey)) return true;
  }
  return false;
}

function typeRefs(types: readonly string[]): Ref[] {
  const out: Ref[] = [];
  for (const t of types) {
    const k = typeKeyOf(t);
    if (k) out.push(refs.type(k));
  }
  return out;
}

/** Labels of `to` keep every label of `from` in the same relative order: ADD VALUE suffices. */
export function enumOnlyAdds(from: readonly string[], to: readonly string[]): boolean {
  let j = 0;
  for (const label of to) if (j < from.length && from[j] === label) j++;
  return j === from.length;
}

function createEnum(e: EnumType): string {
  return `CREATE TYPE ${qualified(e.schema, e.name)} AS ENUM (${e.labels.map(quoteLiteral).join(', ')})`;
}

/** A temporary name that stays within PostgreSQL's 63-byte identifier limit. */
function swapName(name: string): string {
  const suffix = '__sg_old';
  let base = name;
  while (Buffer.byteLength(base + suffix) > 63) base = base.slice(0, -1);
  return base + suffix;
}

export function enumsGenerator(ctx: DiffContext): void {
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
      statements: [stmt(`DROP TYPE ${qualified(e.schema, e.name)}`)],
      removes: [refs.type(key)],
      releases: [refs.schema(e.schema)],
    });
  }
  for (const { key, from, to } of d.alters) {
    if (ctx.analysis.swappedEnums.has(key)) swapEnum(ctx, key, from, to);
    else addEnumValues(ctx, key, from, to);
  }
}

function addEnumValues(ctx: DiffContext, key: string, from: EnumType, to: EnumType): void {
  const existing = new Set(from.labels);
  const name = qualified(to.schema, to.name);
  // Before 12, ALTER TYPE ... ADD VALUE cannot run inside a transaction block at all.
  const transactional = ctx.version === 0 || ctx.version >= 120000;
  const statements: PlannedStatement[] = [];
  to.labels.forEach((label, i) => {
    if (existing.has(label)) return;
    let position = '';
    if (i > 0) position = ` AFTER ${quoteLiteral(to.labels[i - 1])}`;
    else if (from.labels.length > 0) position = ` BEFORE ${quoteLiteral(from.labels[0])}`;
    statements.push(
      stmt(`ALTER TYPE ${name} ADD VALUE ${quoteLiteral(label)}${position}`, {
        transactional,
        hazards: [
          {
            id: 'enum-value-in-transaction',
            message: `the new value ${quoteLiteral(label)} cannot be used in the same transaction that adds it`,
          },
        ],
      }),
    );
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
function swapEnum(ctx: DiffContext, key: string, from: EnumType, to: EnumType): void {
  const name = qualified(to.schema, to.name);
  const old = swapName(to.name);
  const removed = from.labels.filter((l) => !to.labels.includes(l));
  const statements: PlannedStatement[] = [
    stmt(`ALTER TYPE ${name} RENAME TO ${quoteIdent(old)}`),
    stmt(createEnum(to)),
  ];
  const tables = new Set<string>();
  for (const c of columnsOfType(ctx.from, key)) {
    const target = ctx.to.tables[c.table]?.columns[c.column];
    if (!target) continue;
    tables.add(c.table);
    const table = qualified(c.schema, c.tableName);
    const col = quoteIdent(c.column);
    const isArray = c.type.endsWith('[]');
    const dims = isArray ? c.type.slice(c.type.indexOf('[')) : '';
    if (c.default !== null) statements.push(stmt(`ALTER TABLE ${table} ALTER COLUMN ${col} DROP DEFAULT`));
    statements.push(
      stmt(
        `ALTER TABLE ${table} ALTER COLUMN ${col} TYPE ${name}${dims} USING ${col}::text${dims}::${name}${dims}`,
        {
          rewritesTable: true,
          dataLoss: removed.length > 0,
          locks: [{ table: c.table, mode: 'ACCESS EXCLUSIVE' }],
          hazards:
            removed.length > 0
              ? [
                  {
                    id: 'enum-value-removed',
                    message: `rows holding ${removed.map(quoteLiteral).join(', ')} make this conversion fail`,
                  },
                ]
              : [],
        },
      ),
    );
    if (target.default !== null && target.type === c.type) {
      statements.push(stmt(`ALTER TABLE ${table} ALTER COLUMN ${col} SET DEFAULT ${target.default}`));
    }
  }
  for (const r of Object.values(ctx.from.routines)) {
    if (r.args.some((a) => typeKeyOf(a.type) === key) || r.returns?.includes(key)) {
      ctx.unsupported({
        kind: 'enum',
        name: key,
        reason: `removing or reordering labels while routine ${qualified(r.schema, r.name)}(${r.argTypes}) uses the type needs a manual migration`,
      });
    }
  }
  statements.push(stmt(`DROP TYPE ${qualified(to.schema, old)}`));
  const tableRefs = [...tables].map(refs.rel);
  ctx.add({
    id: vid('enum', to.schema, to.name, 'replace'),
    rank: RANK.type,
    statements,
    provides: [refs.type(key), ...tableRefs],
    removes: tableRefs,
  });
}

function domainChecks(d: DomainType, validatedOnly: boolean): string {
  return Object.keys(d.checks)
    .sort()
    .filter((n) => !validatedOnly || d.checks[n].validated)
    .map((n) => ` CONSTRAINT ${quoteIdent(n)} ${withoutNotValid(d.checks[n].definition)}`)
    .join('');
}

function addDomainCheck(name: string, check: DomainCheck, existing: boolean): PlannedStatement[] {
  const def = withoutNotValid(check.definition);
  if (!check.validated)
    return [stmt(`ALTER DOMAIN ${name} ADD CONSTRAINT ${quoteIdent(check.name)} ${def} NOT VALID`)];
  if (!existing) return [stmt(`ALTER DOMAIN ${name} ADD CONSTRAINT ${quoteIdent(check.name)} ${def}`)];
  return [
    stmt(`ALTER DOMAIN ${name} ADD CONSTRAINT ${quoteIdent(check.name)} ${def} NOT VALID`),
    stmt(`ALTER DOMAIN ${name} VALIDATE CONSTRAINT ${quoteIdent(check.name)}`),
  ];
}

function createDomain(ctx: DiffContext, key: string, d: DomainType): Step {
  const name = qualified(d.schema, d.name);
  const statements = [
    stmt(
      `CREATE DOMAIN ${name} AS ${d.baseType}${d.collation ? ` COLLATE ${d.collation}` : ''}` +
        `${d.default !== null ? ` DEFAULT ${d.default}` : ''}${d.notNull ? ' NOT NULL' : ''}${domainChecks(d, true)}`,
    ),
  ];
  for (const n of Object.keys(d.checks).sort()) {
    if (!d.checks[n].validated) statements.push(...addDomainCheck(name, d.checks[n], false));
  }
  return {
    id: vid('domain', d.schema, d.name, 'create'),
    rank: RANK.type,
    statements,
    provides: [refs.type(key)],
    requires: [
      refs.schema(d.schema),
      ...typeRefs([d.baseType]),
      ...refsIn(
        Object.values(d.checks)
          .map((c) => c.definition)
          .join(' '),
        ctx.analysis.toIndex,
      ),
    ],
  };
}

function dropDomain(key: string, d: DomainType): Step {
  return {
    id: vid('domain', d.schema, d.name, 'drop'),
    rank: RANK.dropType,
    statements: [stmt(`DROP DOMAIN ${qualified(d.schema, d.name)}`)],
    removes: [refs.type(key)],
    releases: [refs.schema(d.schema), ...typeRefs([d.baseType])],
  };
}

export function domainsGenerator(ctx: DiffContext): void {
  const d = diffByKey(ctx.from.domains, ctx.to.domains, (a, b) => equalExcept(a, b, NOT_COMPARED));
  for (const { key, value } of d.adds) ctx.add(createDomain(ctx, key, value));
  for (const { key, value } of d.drops) ctx.add(dropDomain(key, value));
  for (const { key, from, to } of d.alters) {
    const name = qualified(to.schema, to.name);
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
    const statements: PlannedStatement[] = [];
    for (const n of Object.keys(from.checks).sort()) {
      const a = from.checks[n];
      const b = to.checks[n];
      if (
        !b ||
        withoutNotValid(a.definition) !== withoutNotValid(b.definition) ||
        (a.validated && !b.validated)
      ) {
        statements.push(stmt(`ALTER DOMAIN ${name} DROP CONSTRAINT ${quoteIdent(n)}`));
      }
    }
    if (from.default !== to.default) {
      statements.push(
        stmt(
          to.default === null
            ? `ALTER DOMAIN ${name} DROP DEFAULT`
            : `ALTER DOMAIN ${name} SET DEFAULT ${to.default}`,
        ),
      );
    }
    if (from.notNull !== to.notNull) {
      statements.push(stmt(`ALTER DOMAIN ${name} ${to.notNull ? 'SET' : 'DROP'} NOT NULL`));
    }
    for (const n of Object.keys(to.checks).sort()) {
      const a = from.checks[n];
      const b = to.checks[n];
      if (
        !a ||
        withoutNotValid(a.definition) !== withoutNotValid(b.definition) ||
        (a.validated && !b.validated)
      ) {
        statements.push(...addDomainCheck(name, b, true));
      } else if (!a.validated && b.validated) {
        statements.push(stmt(`ALTER DOMAIN ${name} VALIDATE CONSTRAINT ${quoteIdent(n)}`));
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

function attributeSql(a: CompositeType['attributes'][number]): string {
  return `${quoteIdent(a.name)} ${a.type}${a.collation ? ` COLLATE ${a.collation}` : ''}`;
}

function createComposite(key: string, c: CompositeType): Step {
  const attrs = [...c.attributes].sort((a, b) => a.position - b.position);
  return {
    id: vid('composite', c.schema, c.name, 'create'),
    rank: RANK.type,
    statements: [
      stmt(`CREATE TYPE ${qualified(c.schema, c.name)} AS (${attrs.map(attributeSql).join(', ')})`),
    ],
    provides: [refs.type(key)],
    requires: [refs.schema(c.schema), ...typeRefs(attrs.map((a) => a.type))],
  };
}

function dropComposite(key: string, c: CompositeType): Step {
  return {
    id: vid('composite', c.schema, c.name, 'drop'),
    rank: RANK.dropType,
    statements: [stmt(`DROP TYPE ${qualified(c.schema, c.name)}`)],
    removes: [refs.type(key)],
    releases: [refs.schema(c.schema), ...typeRefs(c.attributes.map((a) => a.type))],
  };
}

export function compositesGenerator(ctx: DiffContext): void {
  const d = diffByKey(ctx.from.composites, ctx.to.composites, (a, b) => equalExcept(a, b, NOT_COMPARED));
  for (const { key, value } of d.adds) ctx.add(createComposite(key, value));
  for (const { key, value } of d.drops) ctx.add(dropComposite(key, value));
  for (const { key, from, to } of d.alters) {
    const order = (c: CompositeType) => [...c.attributes].sort((a, b) => a.position - b.position);
    const fromAttrs = order(from);
    const toAttrs = order(to);
    const toNames = new Set(toAttrs.map((a) => a.name));
    const kept = fromAttrs.filter((a) => toNames.has(a.name)).map((a) => a.name);
    const fromNames = new Set(fromAttrs.map((a) => a.name));
    const added = toAttrs.filter((a) => !fromNames.has(a.name)).map((a) => a.name);
    const inPlace = [...kept, ...added].join('\u0000') === toAttrs.map((a) => a.name).join('\u0000');
    const name = qualified(to.schema, to.name);
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
    const statements: PlannedStatement[] = [];
    const toByName = new Map(toAttrs.map((a) => [a.name, a]));
    for (const a of fromAttrs) {
      const b = toByName.get(a.name);
      if (!b)
        statements.push(stmt(`ALTER TYPE ${name} DROP ATTRIBUTE ${quoteIdent(a.name)}`, { dataLoss: true }));
      else if (a.type !== b.type || a.collation !== b.collation) {
        statements.push(
          stmt(
            `ALTER TYPE ${name} ALTER ATTRIBUTE ${quoteIdent(a.name)} TYPE ${b.type}${b.collation ? ` COLLATE ${b.collation}` : ''}`,
          ),
        );
      }
    }
    for (const n of added)
      statements.push(stmt(`ALTER TYPE ${name} ADD ATTRIBUTE ${attributeSql(toByName.get(n)!)}`));
    ctx.add({
      id: vid('composite', to.schema, to.name, 'alter'),
      rank: RANK.type,
      statements,
      provides: [refs.type(key)],
      requires: typeRefs(toAttrs.map((a) => a.type)),
    });
  }
}
