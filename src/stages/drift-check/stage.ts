import { NotImplementedError } from '../../core/errors.js';
import type { Stage } from '../types.js';

export const stage: Stage = {
  name: 'drift-check',
  async run() {
    throw new NotImplementedError('the drift-check stage is not built yet (issue #7)');
  },
};
