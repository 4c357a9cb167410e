/**
 * Every rule must have a docs page, a failing (bad) example and a passing (good) example; the
 * examples are linted here, so a rule whose examples stop matching its behaviour fails the build.
 */
import { existsSync } from 'node:fs';
import { rules } from '../../src/core/lint/index.js';
import type { LintRule, RuleExample } from '../../src/core/lint/types.js';
import { loadSqlParser } from '../../src/core/sql/index.js';
import { lintSql, ruleIds } from './helpers.js';

// Rules that are off by default are shown (and tested) turned on at their default level.
const optionsFor = (rule: LintRule, e: RuleExample) => ({
  pgVersion: e.pgVersion ?? 15,
  context: e.context,
  assumeInTransaction: e.assumeInTransaction,
  ...(rule.defaultOff ? { ruleLevels: { [rule.id]: rule.risk } } : {}),
});

beforeAll(loadSqlParser);

describe.each(rules.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  it('has a stable kebab-case id, a docs page and examples of both kinds', () => {
    expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(rule.docs).toBe(`docs/rules/${id}.md`);
    expect(existsSync(rule.docs)).toBe(true);
    expect(rule.examples.bad.length).toBeGreaterThan(0);
    expect(rule.examples.good.length).toBeGreaterThan(0);
  });

  it.each(rule.examples.bad.map((e) => [e.sql, e] as const))('flags %s', (_sql, e) => {
    const report = lintSql(e.sql, optionsFor(rule, e));
    expect(ruleIds(report)).toContain(id);
    const f = report.findings.find((x) => x.ruleId === id)!;
    expect(f.message).not.toBe('');
    expect(f.safeAlternative).not.toBe('');
    expect(f.line).toBeGreaterThan(0);
  });

  it.each(rule.examples.good.map((e) => [e.sql, e] as const))('accepts %s', (_sql, e) => {
    const report = lintSql(e.sql, optionsFor(rule, e));
    expect(ruleIds(report)).not.toContain(id);
  });
});
