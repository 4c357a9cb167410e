/**
 * `-- schemagate:ignore <rule-id> <reason>` pragmas. A pragma in the comment block directly above
 * a statement (no blank line in between) covers that statement; a pragma before the first
 * statement that is not attached to it (a comment block at the top of the file, followed by a
 * blank line) covers the whole file. A reason is required; a pragma without one, naming an
 * unknown rule, or attached to nothing is bad input (InputError naming file:line).
 */
import { InputError } from '../errors.js';
import type { Directive, SqlFile, SqlStatement } from '../sql/index.js';

export interface Ignore {
  readonly ruleId: string;
  readonly reason: string;
  readonly line: number;
}

export interface FileIgnores {
  readonly file: readonly Ignore[];
  readonly byStatement: ReadonlyMap<number, readonly Ignore[]>;
}

const IGNORE = 'schemagate:ignore';

export function readIgnores(file: SqlFile, knownRules: ReadonlySet<string>): FileIgnores {
  const attached = new Set<number>();
  const byStatement = new Map<number, Ignore[]>();
  for (const s of file.statements) {
    const list = s.directives
      .filter((d) => d.name === IGNORE)
      .map((d) => parseIgnore(file.file, d, knownRules));
    for (const d of s.directives) if (d.name === IGNORE) attached.add(d.line);
    if (list.length) byStatement.set(s.index, list);
  }
  const firstLine = file.statements[0]?.line ?? Number.POSITIVE_INFINITY;
  const fileLevel: Ignore[] = [];
  for (const d of file.directives) {
    if (d.name !== IGNORE || attached.has(d.line)) continue;
    if (d.line < firstLine) {
      fileLevel.push(parseIgnore(file.file, d, knownRules));
      continue;
    }
    throw new InputError(
      `${file.file}:${d.line}: this ${IGNORE} pragma applies to no statement: put it on the line right above the statement, or in the comment block at the top of the file (followed by a blank line) to cover the whole file`,
    );
  }
  return { file: fileLevel, byStatement };
}

function parseIgnore(file: string, d: Directive, knownRules: ReadonlySet<string>): Ignore {
  const m = /^(\S+)(?:\s+(.*))?$/.exec(d.args);
  if (!m)
    throw new InputError(
      `${file}:${d.line}: ${IGNORE} needs a rule id and a reason: -- ${IGNORE} <rule-id> <reason>`,
    );
  const [, ruleId, reason] = m;
  if (!knownRules.has(ruleId)) {
    throw new InputError(
      `${file}:${d.line}: ${IGNORE} names unknown rule "${ruleId}" (see docs/rules/README.md)`,
    );
  }
  if (!reason?.trim()) {
    throw new InputError(
      `${file}:${d.line}: ${IGNORE} ${ruleId} needs a reason: -- ${IGNORE} ${ruleId} <why this is safe here>`,
    );
  }
  return { ruleId, reason: reason.trim(), line: d.line };
}

export function ignoreFor(ignores: FileIgnores, stmt: SqlStatement, ruleId: string): Ignore | undefined {
  return (
    ignores.byStatement.get(stmt.index)?.find((i) => i.ruleId === ruleId) ??
    ignores.file.find((i) => i.ruleId === ruleId)
  );
}
