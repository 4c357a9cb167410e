import { NotImplementedError } from '../../core/errors.js';
import type { Stage } from '../types.js';

export const stage: Stage = {
  name: 'lint-gate',
  async run() {
    throw new NotImplementedError('the lint-gate stage is not built yet (issue #6)');
  },
};
