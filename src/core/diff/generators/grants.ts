/**
 * GRANT / REVOKE. The model holds only privileges beyond each object's default ACL, so the diff
 * grants what is new, revokes what is gone, and adjusts WITH GRANT OPTION. Objects created or
 * recreated by this plan start from their default ACL.
 */

import { PlanError } from '../../errors.js';
import type { Grant, ObjectKind } from '../../model/types.js';
import { qualified, quoteIdent } from '../../sql/quote.js';
import { type DiffContext, RANK, stmt, vid } from '../context.js';
import { type Ref, refs } from '../refs.js';
import type { PlannedStatement } from '../types.js';
import { grantsByGrantee, roleName } from './sql.js';

const PRIVILEGE = /^[A-Z][A-Z ]*$/;

function privilegeList(privs: readonly string[], column: string | null): string {
  for (const p of privs)
    if (!PRIVILEGE.test(p)) throw new PlanError(`unexpected privilege name ${JSON.stringify(p)}`);
  return column === null ? privs.join(', ') : privs.map((p) => `${p} (${quoteIdent(column)})`).join(', ');
}

/** GRANT/REVOKE statements turning `from` into `to` on `object` (e.g. `TABLE public.t`). */
export function grantStatements(
  object: string,
  from: readonly Grant[],
  to: readonly Grant[],
  column: string | null = null,
): PlannedStatement[] {
  const a = grantsByGrantee(from);
  const b = grantsByGrantee(to);
  const out: PlannedStatement[] = [];
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
      out.push(
        stmt(`REVOKE GRANT OPTION FOR ${privilegeList(revokeOption, column)} ON ${object} FROM ${role}`),
      );
    }
    if (grant.length > 0) out.push(stmt(`GRANT ${privilegeList(grant, column)} ON ${object} TO ${role}`));
    if (grantOption.length > 0) {
      out.push(stmt(`GRANT ${privilegeList(grantOption, column)} ON ${object} TO ${role} WITH GRANT OPTION`));
    }
  }
  return out;
}

interface Target {
  readonly kind: ObjectKind;
  readonly key: string;
  readonly schema: string | null;
  readonly name: string;
  readonly object: string;
  readonly column: string | null;
  readonly from: readonly Grant[] | undefined;
  readonly to: readonly Grant[];
  readonly requires: readonly Ref[];
}

function* targets(ctx: DiffContext): Generator<Target> {
  const { from, to } = ctx;
  for (const [k, s] of Object.entries(to.schemas)) {
    yield {
      kind: 'schema',
      key: k,
      schema: null,
      name: s.name,
      object: `SCHEMA ${quoteIdent(s.name)}`,
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
  ] as const) {
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
  ] as const) {
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
      object: `${word} ${qualified(r.schema, r.name)}(${r.argTypes})`,
      column: null,
      from: from.routines[k]?.grants,
      to: r.grants,
      requires: [refs.routine(k)],
    };
  }
}

export function grantsGenerator(ctx: DiffContext): void {
  for (const t of targets(ctx)) {
    const before = ctx.isRecreated(t.kind, t.key) ? [] : (t.from ?? []);
    if (before.length === 0 && t.to.length === 0) continue;
    const statements = grantStatements(t.object, before, t.to, t.column);
    if (statements.length === 0) continue;
    ctx.add({
      id: vid(t.kind, t.schema, t.name, 'grant'),
      rank: RANK.grant,
      statements,
      requires: t.requires,
    });
  }
}
