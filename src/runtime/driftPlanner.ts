/**
 * Adapter from the drift check's FixPlanner to the diff engine (planDiff + renderPlanSql). A
 * planner failure must not hide the drift itself, so it becomes a note in the report.
 */
import { planDiff, renderPlanSql } from '../core/diff/index.js';
import type { FixPlanner } from '../core/drift/check.js';
import { errorMessage } from '../core/errors.js';

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
