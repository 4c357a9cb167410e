/**
 * Views and materialized views. A view whose output columns keep their names and types (new
 * ones only appended) is changed with CREATE OR REPLACE VIEW; otherwise, and whenever something
 * it reads is reshaped or recreated, it is dropped (dependents first) and created again
 * (dependencies first). Materialized views are always recreated when they change.
 */

import type { MaterializedView, View } from '../../model/types.js';
import { qualified } from '../../sql/quote.js';
import { type DiffContext, RANK, type Step, stmt, vid } from '../context.js';
import { refs } from '../refs.js';
import { withOptions } from './sql.js';

export function viewColumnsCompatible(a: View, b: View): boolean {
  if (b.columns.length < a.columns.length) return false;
  return a.columns.every((c, i) => b.columns[i].name === c.name && b.columns[i].type === c.type);
}

export function viewChanged(a: View, b: View): boolean {
  return a.definitionFingerprint !== b.definitionFingerprint || a.options.join() !== b.options.join();
}

function createView(ctx: DiffContext, key: string, v: View, replace: boolean): Step {
  return {
    id: vid('view', v.schema, v.name, replace ? 'replace' : 'create'),
    rank: RANK.view,
    statements: [
      stmt(
        `CREATE ${replace ? 'OR REPLACE ' : ''}VIEW ${qualified(v.schema, v.name)}${withOptions(v.options)} AS\n${v.definition}`,
      ),
    ],
    provides: [refs.rel(key)],
    requires: [refs.schema(v.schema), ...(ctx.analysis.toViewDeps.get(key) ?? [])],
  };
}

function createMaterialized(ctx: DiffContext, key: string, v: MaterializedView): Step {
  return {
    id: vid('materializedView', v.schema, v.name, 'create'),
    rank: RANK.view,
    statements: [
      stmt(
        `CREATE MATERIALIZED VIEW ${qualified(v.schema, v.name)}${withOptions(v.options)} AS\n${v.definition}\nWITH ${v.populated ? '' : 'NO '}DATA`,
      ),
    ],
    provides: [refs.rel(key)],
    requires: [refs.schema(v.schema), ...(ctx.analysis.toViewDeps.get(key) ?? [])],
  };
}

function dropView(ctx: DiffContext, key: string, v: View, materialized: boolean): Step {
  return {
    id: vid(materialized ? 'materializedView' : 'view', v.schema, v.name, 'drop'),
    rank: RANK.dropView,
    statements: [
      stmt(`DROP ${materialized ? 'MATERIALIZED ' : ''}VIEW ${qualified(v.schema, v.name)}`, {
        locks: [{ table: key, mode: 'ACCESS EXCLUSIVE' }],
      }),
    ],
    removes: [refs.rel(key)],
    releases: [refs.schema(v.schema), ...(ctx.analysis.fromViewDeps.get(key) ?? [])],
  };
}

export function viewsGenerator(ctx: DiffContext): void {
  const { from, to, analysis } = ctx;
  for (const key of Object.keys(from.views).sort()) {
    if (!to.views[key] || analysis.recreatedViews.has(key))
      ctx.add(dropView(ctx, key, from.views[key], false));
  }
  for (const key of Object.keys(from.materializedViews).sort()) {
    if (!to.materializedViews[key] || analysis.recreatedViews.has(key)) {
      ctx.add(dropView(ctx, key, from.materializedViews[key], true));
    }
  }
  for (const key of Object.keys(to.views).sort()) {
    const a = from.views[key];
    const b = to.views[key];
    if (!a || analysis.recreatedViews.has(key)) {
      ctx.add(createView(ctx, key, b, false));
      if (a) ctx.markRecreated('view', key);
    } else if (viewChanged(a, b)) {
      ctx.add(createView(ctx, key, b, true));
    }
  }
  for (const key of Object.keys(to.materializedViews).sort()) {
    const a = from.materializedViews[key];
    if (!a || analysis.recreatedViews.has(key)) {
      ctx.add(createMaterialized(ctx, key, to.materializedViews[key]));
      if (a) ctx.markRecreated('materializedView', key);
    }
  }
}
