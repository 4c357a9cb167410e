/** The rule pages are generated from the rule modules; this fails when a page is missing or stale. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
