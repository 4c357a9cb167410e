/** The rule pages are generated from the rule modules; this fails when a page is missing or stale. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { CONCEPTS } from '../../src/core/lint/concepts.js';
import { rules } from '../../src/core/lint/index.js';
import { renderRuleDoc, renderRulesIndex } from '../../src/core/lint/ruleDocs.js';
import { loadSqlParser } from '../../src/core/sql/index.js';

beforeAll(loadSqlParser);

const update = process.env.SCHEMAGATE_UPDATE_DOCS === '1';
const pages: [string, () => string][] = [
  ['docs/rules/README.md', () => renderRulesIndex(rules)],
  ...rules.map((r) => [r.docs, () => renderRuleDoc(r)] as [string, () => string]),
];

it.each(pages)('%s is up to date', (path, render) => {
  const expected = render();
  if (update) {
    mkdirSync('docs/rules', { recursive: true });
    writeFileSync(path, expected);
  }
  expect(existsSync(path)).toBe(true);
  expect(readFileSync(path, 'utf8')).toBe(expected);
});

it('the concept table names only rules that exist', () => {
  const ids = new Set([...rules.map((r) => r.id), 'syntax-error']);
  for (const c of CONCEPTS)
    for (const r of c.rules) expect(ids.has(r) ? r : `unknown rule ${r} in "${c.concept}"`).toBe(r);
  // Every concept without a rule carries a written decision.
  for (const c of CONCEPTS) if (c.rules.length === 0) expect(c.decision).toBeTruthy();
});
