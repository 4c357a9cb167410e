export * from './ids.js';
export * from './normalize.js';
export * from './types.js';
