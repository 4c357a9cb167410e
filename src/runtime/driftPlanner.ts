/**
 * Adapter from the drift check's FixPlanner to the diff engine (planDiff + renderPlanSql). A
 * planner failure must not hide the drift itself, so it becomes a note in the report.
 */
import { planDiff, renderPlanSql } from '../core/diff/index.js';
import type { FixPlanner } from '../core/drift/check.js';
import { type DriftFilters, filterModel } from '../core/drift/filters.js';
import type { DriftState } from '../core/drift/types.js';
import { errorMessage } from '../core/errors.js';
import type { SchemaModel } from '../core/model/types.js';
import type { DeclaredPlan } from '../core/report/declaredPlan.js';

export const driftPlanner: FixPlanner = (from, to) => {
  try {
    const plan = planDiff(from, to);
    return {
      sql: renderPlanSql(plan),
      unsupported: plan.unsupported.map((u) => `${u.kind} ${u.name}: ${u.reason}`),
    };
  } catch (err) {
    return { sql: '', unsupported: [`the planner could not produce SQL: ${errorMessage(err)}`] };
  }
};

/**
 * The declared plan (core/report/declaredPlan.ts): from the live database when there is one, else
 * from the replayed migrations, to the declared schema, both after the drift filters.
 */
export function declaredPlanOf(
  models: Partial<Readonly<Record<DriftState, SchemaModel>>>,
  filters: DriftFilters,
  schemaDir: string,
): DeclaredPlan | null {
  const from: DriftState | null = models.live ? 'live' : models.replayed ? 'replayed' : null;
  if (!models.declared || !from) return null;
  try {
    const plan = planDiff(filterModel(models[from]!, filters), filterModel(models.declared, filters));
    return {
      from,
      sql: renderPlanSql(plan),
      statements: plan.statements.length,
      unsupported: plan.unsupported.map((u) => `${u.kind} ${u.name}: ${u.reason}`),
      schemaDir,
    };
  } catch (err) {
    return {
      from,
      sql: '',
      statements: 0,
      unsupported: [`the planner could not produce SQL: ${errorMessage(err)}`],
      schemaDir,
    };
  }
}
