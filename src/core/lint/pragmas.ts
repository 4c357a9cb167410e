/**
 * `-- schemagate:ignore <rule-id> <reason>` pragmas. A pragma in the comment block directly above
 * a statement (no blank line in between) covers that statement; a pragma before the first
 * statement that is not attached to it (a comment block at the top of the file, followed by a
 * blank line) covers the whole file. A reason is required; a pragma without one, naming an
 * unknown rule, or attached to nothing is bad input: it comes back in `errors` (with its line)
 * so the linter reports it as a finding and still lints every other file.
 */
import type { Directive, SqlFile, SqlStatement } from '../sql/index.js';

export interface Ignore {
  readonly ruleId: string;
  readonly reason: string;
  readonly line: number;
}

export interface FileIgnores {
  readonly file: readonly Ignore[];
  readonly byStatement: ReadonlyMap<number, readonly Ignore[]>;
  readonly errors: readonly PragmaProblem[];
}

export interface PragmaProblem {
  readonly line: number;
  readonly message: string;
}

class PragmaError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const IGNORE = 'schemagate:ignore';

export function readIgnores(file: SqlFile, knownRules: ReadonlySet<string>): FileIgnores {
  // Statements' directives are among the file's: a file without any has no pragma to read.
  if (file.directives.length === 0) return { file: [], byStatement: new Map(), errors: [] };
  const attached = new Set<number>();
  const byStatement = new Map<number, Ignore[]>();
  const errors: PragmaProblem[] = [];
  const tryParse = (d: Directive): Ignore[] => {
    try {
      return [parseIgnore(file.file, d, knownRules)];
    } catch (err) {
      if (!(err instanceof PragmaError)) throw err;
      errors.push({ line: err.line, message: err.message });
      return [];
    }
  };
  for (const s of file.statements) {
    const list = s.directives.filter((d) => d.name === IGNORE).flatMap(tryParse);
    for (const d of s.directives) if (d.name === IGNORE) attached.add(d.line);
    if (list.length) byStatement.set(s.index, list);
  }
  const firstLine = file.statements[0]?.line ?? Number.POSITIVE_INFINITY;
  const fileLevel: Ignore[] = [];
  for (const d of file.directives) {
    if (d.name !== IGNORE || attached.has(d.line)) continue;
    if (d.line < firstLine) {
      fileLevel.push(...tryParse(d));
      continue;
    }
    errors.push({
      line: d.line,
      message: `this ${IGNORE} pragma applies to no statement: put it on the line right above the statement, or in the comment block at the top of the file (followed by a blank line) to cover the whole file`,
    });
  }
  return { file: fileLevel, byStatement, errors };
}

function parseIgnore(_file: string, d: Directive, knownRules: ReadonlySet<string>): Ignore {
  const m = /^(\S+)(?:\s+(.*))?$/.exec(d.args);
  if (!m)
    throw new PragmaError(d.line, `${IGNORE} needs a rule id and a reason: -- ${IGNORE} <rule-id> <reason>`);
  const [, ruleId, reason] = m;
  if (!knownRules.has(ruleId)) {
    throw new PragmaError(d.line, `${IGNORE} names unknown rule "${ruleId}" (see docs/rules/README.md)`);
  }
  if (!reason?.trim()) {
    throw new PragmaError(
      d.line,
      `${IGNORE} ${ruleId} needs a reason: -- ${IGNORE} ${ruleId} <why this is safe here>`,
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
