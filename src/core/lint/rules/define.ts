import type { LintRule } from '../types.js';

/** Fills in what every rule shares (the docs path) so a rule module states only its own logic. */
export function defineRule(rule: Omit<LintRule, 'docs'>): LintRule {
  return { ...rule, docs: `docs/rules/${rule.id}.md` };
}

/** Prefix for every safe alternative that takes a lock: fail fast instead of queueing traffic. */
export const LOCK_TIMEOUT = "SET lock_timeout = '5s';";
