import { NotImplementedError } from '../../core/errors.js';
import type { Stage } from '../types.js';

export const stage: Stage = {
  name: 'neon-branch',
  async run() {
    throw new NotImplementedError('the neon-branch stage is not built yet (issue #8)');
  },
};
