/**
 * Renders docs/rules/<id>.md and docs/rules/README.md from the rule modules, so the pages cannot
 * drift from the code: the examples on each page are linted to show the real message and safe
 * alternative. A test compares the committed pages with this output. Needs loadSqlParser().
 */
import { parseSqlFile } from '../sql/index.js';
import { CONCEPTS } from './concepts.js';
import { lintFiles } from './index.js';
import type { LintRule, RuleExample } from './types.js';

const fence = (sql: string) => `\`\`\`sql\n${sql.trim()}\n\`\`\``;

function lintExample(rule: LintRule, e: RuleExample) {
  const files = [];
  if (e.context) files.push(parseSqlFile('applied.sql', e.context));
  files.push(parseSqlFile('migration.sql', e.sql));
  const report = lintFiles(files, {
    pgVersion: e.pgVersion ?? 15,
    contextOnly: new Set(['applied.sql']),
    assumeInTransaction: e.assumeInTransaction,
    ...(rule.defaultOff ? { ruleLevels: { [rule.id]: rule.risk } } : {}),
  });
  return report.findings.find((f) => f.ruleId === rule.id);
}

function example(e: RuleExample): string {
  const parts: string[] = [];
  if (e.note) parts.push(`${e.note}${e.pgVersion ? ` (PostgreSQL ${e.pgVersion})` : ''}`);
  else if (e.pgVersion) parts.push(`PostgreSQL ${e.pgVersion}:`);
  if (e.context) parts.push(`Already applied earlier:\n\n${fence(e.context)}\n\nThe migration:`);
  parts.push(fence(e.sql));
  return parts.join('\n\n');
}

export function renderRuleDoc(rule: LintRule): string {
  const out = [
    `# ${rule.id}`,
    '',
    `<!-- generated from src/core/lint/rules/${rule.id}.ts; edit the rule, then run SCHEMAGATE_UPDATE_DOCS=1 npm test -- __tests__/lint/docs.test.ts -->`,
    '',
    `**${rule.summary}.** Default risk: **${rule.risk}**.${rule.defaultOff ? ' **Off by default**: turn it on by giving it a level in `lint.rules`.' : ''}`,
    '',
    '## Problem',
    '',
    rule.why,
    '',
    '## Bad',
    '',
  ];
  for (const e of rule.examples.bad) {
    out.push(example(e), '');
    const f = lintExample(rule, e);
    if (f) {
      out.push(
        `schemagate reports (risk **${f.risk}**): ${f.message}.`,
        '',
        'Safe alternative:',
        '',
        fence(f.safeAlternative),
        '',
      );
    }
  }
  out.push('## Good', '');
  for (const e of rule.examples.good) out.push(example(e), '');
  out.push(
    '## Risk',
    '',
    `Default **${rule.risk}**. ${riskNotes(rule)} Change the level, or turn the rule off, in \`schemagate.yml\`:`,
    '',
    '```yaml',
    'lint:',
    '  rules:',
    `    ${rule.id}: medium   # none | low | medium | high | critical | off`,
    '```',
    '',
    '## How to ignore',
    '',
    'On the line right above the statement, with a reason (required; ignored findings stay in the report as ignored):',
    '',
    fence(`-- schemagate:ignore ${rule.id} <why this is safe here>`),
    '',
    'Or in the comment block at the top of the file, followed by a blank line, to cover the whole file.',
    '',
  );
  return out.join('\n');
}

function riskNotes(rule: LintRule): string {
  const notes: string[] = [];
  if (rule.lockRule)
    notes.push(
      'Not reported for a table created earlier in the same migration set (it is empty, so locking it costs nothing).',
    );
  if (rule.dataAware) {
    notes.push(
      'Data-aware: with a database URL, a table at or above `lint.large_table_rows` rows raises the level by one, a table under 10,000 rows lowers it by one (never below low).',
    );
  }
  return notes.join(' ');
}

export function renderRulesIndex(rules: readonly LintRule[]): string {
  return [
    '# Lint rules',
    '',
    '<!-- generated from src/core/lint/rules/index.ts; run SCHEMAGATE_UPDATE_DOCS=1 npm test -- __tests__/lint/docs.test.ts -->',
    '',
    'Every statement of the migrations a pull request adds or changes is checked against these rules.',
    'Levels, lowest first: none, low, medium, high, critical. By default `low` passes, `medium` and `high`',
    'need one approval, `critical` needs the sign-off of the owners in `lint.owners` (see',
    '[the lint-gate action](../actions/lint-gate.md)).',
    '',
    '| Rule | Default risk | What | Exempt for new tables | Data-aware |',
    '| --- | --- | --- | --- | --- |',
    ...rules.map(
      (r) =>
        `| [${r.id}](${r.id}.md) | ${r.risk} | ${r.summary.replace(/\|/g, '\\|')} | ${r.lockRule ? 'yes' : 'no'} | ${r.dataAware ? 'yes' : 'no'} |`,
    ),
    '',
    '## Same migration set',
    '',
    'A statement on a table created earlier in the linted migrations (the files the pull request adds, or',
    'every file given to `schemagate lint`) is exempt from the lock rules, with or without BEGIN/COMMIT:',
    'the table is empty and nobody else uses it yet.',
    '',
    '## Data-aware escalation',
    '',
    'With a database URL (`database-url` input, `--url` flag), schemagate reads `pg_class.reltuples` of the',
    'tables involved in one query. Rules marked data-aware (rewrites, index builds, backfills) go up one level',
    'on tables with at least `lint.large_table_rows` rows (default 1,000,000) and down one level (never below',
    'low) on tables under 10,000 rows, where the same operation finishes in well under a second.',
    '',
    '## Ignoring',
    '',
    '`-- schemagate:ignore <rule-id> <reason>` on the line right above a statement, or in the comment block at',
    'the top of a file (followed by a blank line) for the whole file. The reason is required: a pragma without',
    'one, with an unknown rule id, or attached to no statement is an input error (exit code 2) naming file:line.',
    'A pragma that suppresses nothing is reported by [unused-ignore](unused-ignore.md).',
    '',
    '## Files that do not parse',
    '',
    'A file the PostgreSQL parser rejects is reported as a `syntax-error` finding (critical) at file:line:col, and',
    'so is a malformed pragma (`invalid-pragma`); every other file is still linted and reported, and the command',
    'exits with code 2.',
    '',
    '## Runners that wrap each file in a transaction',
    '',
    '`--assume-in-transaction` (config `lint.assume_in_transaction`) lints every file without a no-transaction',
    'directive as if it ran inside BEGIN ... COMMIT, so CONCURRENTLY, `ADD VALUE` before PostgreSQL 12 and an',
    'explicit BEGIN/COMMIT in the file are reported. `schemagate migrate` and `check` set this themselves for the',
    'files their runner wraps in a transaction.',
    '',
    '## Concepts of other linters',
    '',
    'Every concept that squawk (its 38 rules), strong_migrations (its PostgreSQL checks) and Atlas (its',
    'analyzers) check, with the schemagate rule that covers it or the decision not to.',
    '',
    '| Concept | squawk | strong_migrations | Atlas | schemagate | Decision / difference |',
    '| --- | --- | --- | --- | --- | --- |',
    ...CONCEPTS.map(
      (c) =>
        `| ${[
          c.concept,
          c.squawk ?? '',
          c.strongMigrations ?? '',
          c.atlas ?? '',
          c.rules.length
            ? c.rules.map((r) => (r === 'syntax-error' ? r : `[${r}](${r}.md)`)).join(', ')
            : '—',
          c.decision ?? '',
        ]
          .map((cell) => cell.replace(/\|/g, '\\|'))
          .join(' | ')} |`,
    ),
    '',
    '## Agreement with squawk',
    '',
    "`node bench/lint/agreement.mjs` lints 75 cases, each the kind of input squawk's rule pages use to show a",
    'rule (a statement it reports and the fix it recommends, with our own names), with both tools, and compares',
    'the verdict per concept. With squawk 2.61.0 (pinned) on PostgreSQL 15: **70 of 75 agree (93.3 %); 70 of 70',
    '(100 %) excluding the deliberate differences below.** squawk 2.61 has no prefer-repack rule, so CLUSTER and',
    'VACUUM FULL are not compared. Deliberate differences:',
    '',
    '- Tables created earlier in the change (same file or an earlier file of the same change) are exempt from',
    '  the lock rules (CREATE INDEX without CONCURRENTLY, lock_timeout): the table is empty and unused. squawk',
    '  reports them.',
    '- bigint: only primary and foreign key columns are reported (int-primary-key); squawk reports every int',
    '  and smallint column.',
    '- Enum values: we report a value inserted BEFORE/AFTER an existing one (it changes the sort order);',
    "  squawk's require-enum-value-ordering asks for an explicit position instead.",
    '',
  ].join('\n');
}
