/** Diff and plan: model A vs model B -> an ordered, annotated SQL plan that turns A into B. */
export { deepEqual, diffByKey } from './diff.js';
export { Dag, type StepOp, type VertexId } from './graph.js';
export { orderSteps, planDiff } from './plan.js';
export { describeUnsupported, refuseUnsupported, UnsupportedPlanError } from './refusal.js';
export { renderPlanSql } from './render.js';
export type { Hazard, LockMode, Plan, PlannedStatement, PlanOptions, UnsupportedChange } from './types.js';
