/**
 * ALTER DEFAULT PRIVILEGES. The model holds each pg_default_acl entry as grants beyond the
 * built-in default and built-in defaults revoked; both sides are expanded to the full privilege
 * set of the entry and the difference becomes GRANT/REVOKE per grantee. Narrowing runs first in
 * the plan and widening last, so that objects the plan creates get neither privileges the old
 * entry granted nor ones the new entry adds: they end with the grants they are declared with.
 */
import type { DefaultPrivilege, DefaultPrivilegeObjects, Grant } from '../../model/types.js';
import { quoteIdent } from '../../sql/quote.js';
import { type DiffContext, RANK, vid } from '../context.js';
import { refs } from '../refs.js';
import type { PlannedStatement } from '../types.js';
import { grantStatements } from './grants.js';

/** acldefault() of each object type for its owner and PUBLIC (what a global entry starts from). */
function builtinDefault(objects: DefaultPrivilegeObjects, role: string, version: number): Grant[] {
  const g = (grantee: string, privileges: string[]): Grant => ({
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
function fullAcl(d: DefaultPrivilege, version: number): Grant[] {
  const base = d.schema === null ? builtinDefault(d.objects, d.role, version) : [];
  const by = new Map<string, { privileges: Set<string>; grantable: Set<string> }>();
  const entry = (grantee: string) => {
    let e = by.get(grantee);
    if (!e) {
      e = { privileges: new Set(), grantable: new Set() };
      by.set(grantee, e);
    }
    return e;
  };
  for (const b of base) for (const p of b.privileges) entry(b.grantee).privileges.add(p);
  for (const r of d.revoked) for (const p of r.privileges) entry(r.grantee).privileges.delete(p);
  for (const x of d.grants) {
    const e = entry(x.grantee);
    for (const p of x.privileges) e.privileges.add(p);
    for (const p of x.grantable) e.grantable.add(p);
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

function absent(like: DefaultPrivilege): DefaultPrivilege {
  return { ...like, grants: [], revoked: [] };
}

export function defaultPrivilegesGenerator(ctx: DiffContext): void {
  const from = ctx.from.defaultPrivileges ?? {};
  const to = ctx.to.defaultPrivileges ?? {};
  // An entry whose role or object type differ by version (MAINTAIN) is compared on one version.
  const version = ctx.version || ctx.to.serverVersion;
  for (const key of [...new Set([...Object.keys(from), ...Object.keys(to)])].sort()) {
    const a = from[key];
    const b = to[key];
    const any = (b ?? a)!;
    if (any.schema !== null && b === undefined && !ctx.to.schemas[quoteIdent(any.schema)]) {
      // Dropping the schema drops its default privileges.
      continue;
    }
    const head = `ALTER DEFAULT PRIVILEGES FOR ROLE ${quoteIdent(any.role)}${
      any.schema !== null ? ` IN SCHEMA ${quoteIdent(any.schema)}` : ''
    } `;
    const statements = grantStatements(
      any.objects.toUpperCase(),
      fullAcl(a ?? absent(any), version),
      fullAcl(b ?? absent(any), version),
    ).map((s): PlannedStatement => ({ ...s, sql: head + s.sql }));
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
