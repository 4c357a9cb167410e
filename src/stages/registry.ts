import { stage as driftCheck } from './drift-check/stage.js';
import { stage as lintGate } from './lint-gate/stage.js';
import { stage as migrate } from './migrate/stage.js';
import { stage as neonBranch } from './neon-branch/stage.js';
import type { Stage, StageName } from './types.js';

/** Every stage, in pipeline order. */
export const stages: Readonly<Record<StageName, Stage>> = {
  'neon-branch': neonBranch,
  migrate,
  'drift-check': driftCheck,
  'lint-gate': lintGate,
};
