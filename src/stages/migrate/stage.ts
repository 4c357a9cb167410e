import { NotImplementedError } from '../../core/errors.js';
import type { Stage } from '../types.js';

export const stage: Stage = {
  name: 'migrate',
  async run() {
    throw new NotImplementedError('the migrate stage is not built yet (issue #5)');
  },
};
