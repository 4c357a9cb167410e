export { parseDuration } from './duration.js';
export { defaultConfig, parseConfig } from './load.js';
export type { Config, MigrationFormat, RiskLevel } from './schema.js';
export { configSchema, MIGRATION_FORMATS, RISK_LEVELS } from './schema.js';
