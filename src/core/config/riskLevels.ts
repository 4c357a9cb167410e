/**
 * The risk levels, apart from the zod schema of schemagate.yml: the linter uses them on every run,
 * and loading zod costs ~20 ms of a lint's start-up that a project without a config file need not pay.
 */
export const RISK_LEVELS = ['none', 'low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
