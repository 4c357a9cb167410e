/**
 * Adapter from the drift check's FixPlanner to the diff engine's planDiff/renderPlanSql. The
 * engine is loaded lazily so a build without it still reports drift (and says no SQL could be made).
 */
import type { FixPlanner } from '../core/drift/check.js';
import { errorMessage } from '../core/errors.js';

export async function loadDriftPlanner(): Promise<FixPlanner | undefined> {
  let mod: any;
  try {
    const specifier = '../core/diff/index.js';
    mod = await import(specifier);
  } catch {
    return undefined;
  }
  if (typeof mod.planDiff !== 'function' || typeof mod.renderPlanSql !== 'function') return undefined;
  return (from, to) => {
    try {
      const plan = mod.planDiff(from, to);
      return {
        sql: mod.renderPlanSql(plan),
        unsupported: (plan.unsupported ?? []).map((u: { kind: string; name: string; reason: string }) => `${u.kind} ${u.name}: ${u.reason}`),
      };
    } catch (err) {
      return { sql: '', unsupported: [`the planner could not produce SQL: ${errorMessage(err)}`] };
    }
  };
}
