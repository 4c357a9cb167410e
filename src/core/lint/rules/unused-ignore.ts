import type { SqlFile } from '../../sql/index.js';
import type { FileIgnores, Ignore } from '../pragmas.js';
import type { FileHit } from '../types.js';
import { defineRule } from './define.js';

/** Reported by the linter itself after each file: a pragma is unused only once every rule has run. */
export const unusedIgnore = defineRule({
  id: 'unused-ignore',
  kinds: [],
  risk: 'low',
  summary: 'A schemagate:ignore pragma that suppresses nothing',
  why: 'A pragma whose finding no longer occurs (the statement changed, or the rule became more precise) hides the next real finding of that rule on the same statement or file; stale pragmas pile up unless they are reported.',
  lockRule: false,
  dataAware: false,
  examples: {
    bad: [
      {
        sql: '-- schemagate:ignore dropping-column the column was never read\nALTER TABLE users ADD COLUMN nickname text;',
      },
    ],
    good: [
      {
        sql: '-- schemagate:ignore dropping-column the column was never read\nALTER TABLE users DROP COLUMN nickname;',
      },
    ],
  },
  check: () => [],
});

export function unusedIgnores(
  file: SqlFile,
  ignores: FileIgnores,
  used: ReadonlySet<Ignore>,
  enabledRules: ReadonlySet<string>,
): FileHit[] {
  const first = file.statements[0];
  if (!first) return [];
  const out: FileHit[] = [];
  const check = (i: Ignore, stmt: typeof first, scope: string) => {
    // A pragma for a rule turned off in config suppresses nothing today, but is not stale.
    if (used.has(i) || !enabledRules.has(i.ruleId)) return;
    out.push({
      stmt,
      at: { line: i.line, column: 1 },
      hit: {
        message: `this schemagate:ignore ${i.ruleId} pragma suppresses nothing ${scope}: remove it`,
        subject: `unused ignore of ${i.ruleId}`,
        safeAlternative: `-- delete line ${i.line}: ${i.ruleId} does not fire ${scope}`,
      },
    });
  };
  for (const i of ignores.file) check(i, first, 'in this file');
  for (const s of file.statements)
    for (const i of ignores.byStatement.get(s.index) ?? []) check(i, s, 'on this statement');
  return out.sort((a, b) => a.at!.line - b.at!.line);
}
