/**
 * Row-level security policies. ALTER POLICY changes roles and expressions in place; a change of
 * command or permissive/restrictive, or removing an expression, drops and creates the policy.
 */

import type { Policy, Table } from '../../model/types.js';
import { qualified, quoteIdent } from '../../sql/quote.js';
import { type DiffContext, RANK, type Step, stmt, vid } from '../context.js';
import { mentionsAny, mentionsColumn, refs, refsIn } from '../refs.js';
import { roleName } from './sql.js';

function roles(p: Policy): string {
  return p.roles.length === 0 ? 'PUBLIC' : p.roles.map(roleName).join(', ');
}

function createStep(ctx: DiffContext, key: string, t: Table, p: Policy): Step {
  const sql =
    `CREATE POLICY ${quoteIdent(p.name)} ON ${qualified(t.schema, t.name)} AS ${p.permissive ? 'PERMISSIVE' : 'RESTRICTIVE'}` +
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

function dropStep(ctx: DiffContext, key: string, t: Table, p: Policy, beforeTableChanges = false): Step {
  return {
    id: vid('policy', t.schema, `${t.name}.${p.name}`, 'drop'),
    rank: RANK.dropPolicy,
    statements: [stmt(`DROP POLICY ${quoteIdent(p.name)} ON ${qualified(t.schema, t.name)}`)],
    releases: [
      ...refsIn(p.using, ctx.analysis.fromIndex),
      ...refsIn(p.withCheck, ctx.analysis.fromIndex),
    ].filter((r) => beforeTableChanges || r !== refs.rel(key)),
  };
}

export function policiesGenerator(ctx: DiffContext): void {
  const { from, to } = ctx;
  for (const key of Object.keys(to.tables).sort()) {
    const t = to.tables[key];
    const f = from.tables[key];
    for (const name of Object.keys(t.policies).sort()) {
      const b = t.policies[name];
      const a = f?.policies[name];
      if (!a) {
        ctx.add(createStep(ctx, key, t, b));
        continue;
      }
      // PostgreSQL refuses to retype a column a policy reads, or to drop a function it calls.
      const blocks =
        mentionsColumn(a.using, ctx.analysis.retypedColumns.get(key)) ||
        mentionsColumn(a.withCheck, ctx.analysis.retypedColumns.get(key)) ||
        mentionsAny(a.using, ctx.analysis.removedFuncNames) ||
        mentionsAny(a.withCheck, ctx.analysis.removedFuncNames);
      if (
        blocks ||
        a.command !== b.command ||
        a.permissive !== b.permissive ||
        (a.using !== null && b.using === null) ||
        (a.withCheck !== null && b.withCheck === null)
      ) {
        ctx.add(dropStep(ctx, key, f!, a, blocks));
        ctx.add(createStep(ctx, key, t, b));
        ctx.markRecreated('policy', `${key}\u0000${name}`);
        continue;
      }
      const parts: string[] = [];
      if (a.roles.join() !== b.roles.join()) parts.push(`TO ${roles(b)}`);
      if (a.using !== b.using) parts.push(`USING (${b.using})`);
      if (a.withCheck !== b.withCheck) parts.push(`WITH CHECK (${b.withCheck})`);
      if (parts.length === 0) continue;
      ctx.add({
        id: vid('policy', t.schema, `${t.name}.${name}`, 'alter'),
        rank: RANK.policy,
        statements: [
          stmt(`ALTER POLICY ${quoteIdent(name)} ON ${qualified(t.schema, t.name)} ${parts.join(' ')}`),
        ],
        requires: [
          refs.rel(key),
          ...refsIn(b.using, ctx.analysis.toIndex),
          ...refsIn(b.withCheck, ctx.analysis.toIndex),
        ],
      });
    }
    if (!f) continue;
    for (const name of Object.keys(f.policies).sort()) {
      if (!t.policies[name]) ctx.add(dropStep(ctx, key, f, f.policies[name]));
    }
  }
}
