export { defaultConfig } from './defaults.js';
export { parseDuration } from './duration.js';
export { parseConfig } from './load.js';
export type { Config, MigrationFormat, RiskLevel } from './schema.js';
export { configSchema, MIGRATION_FORMATS, RISK_LEVELS } from './schema.js';
