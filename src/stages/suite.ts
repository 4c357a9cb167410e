import type { StageDeps } from './runStage.js';
import { runStage } from './runStage.js';
import { stages } from './registry.js';
import { STAGES } from './types.js';

/** Runs the enabled stages in pipeline order; a failed stage stops the ones after it. */
export async function runSuite(deps: StageDeps): Promise<number> {
  const enabled = (deps.actions.getInput('stages') || STAGES.join(','))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  let upstream: Record<string, string> = {};
  for (const name of STAGES) {
    if (!enabled.includes(name)) continue;
    const { exitCode, outcome } = await runStage(stages[name], { ...deps, upstream });
    upstream = { ...upstream, ...Object.fromEntries(Object.entries(outcome.outputs).map(([k, v]) => [`${name}.${k}`, v])) };
    if (exitCode !== 0) return exitCode;
  }
  return 0;
}
