/**
 * The linter: walks a migration set in order, runs every enabled rule on every statement of the
 * linted files, and turns rule hits into findings (pragmas, per-rule overrides, same-set
 * exemption, data-aware escalation). Pure: files and row counts come in, a report goes out.
 */
import type { RiskLevel } from '../config/schema.js';
import { ConfigError } from '../errors.js';
import type { SqlFile } from '../sql/index.js';
import { excerpt, tableKey, tableLabel } from './ast.js';
import { ignoreFor, readIgnores } from './pragmas.js';
import { maxRisk, shiftRisk } from './risk.js';
import { rules as allRules } from './rules/index.js';
import { MigrationSetState } from './setState.js';
import type { Finding, LintReport, LintRule } from './types.js';

export { ruleById, rules } from './rules/index.js';
export type { Finding, LintReport, LintRule, RiskLevel };

/** Below this many rows a rewrite or index build takes well under a second: one level lower. */
export const SMALL_TABLE_ROWS = 10_000;

export interface LintOptions {
  readonly pgVersion: number;
  /** lint.rules: per-rule level or `off`. */
  readonly ruleLevels?: Readonly<Record<string, RiskLevel | 'off'>>;
  /** Config file named in errors about lint.rules. */
  readonly configFile?: string;
  /** lint.large_table_rows: above this, data-aware findings go up one level. */
  readonly largeTableRows?: number;
  readonly smallTableRows?: number;
  /** Estimated rows by table key (`schema.name`), from pg_class.reltuples. */
  readonly rowCounts?: ReadonlyMap<string, number>;
  /** Files of the set that are already applied: they set the scene and are not reported. */
  readonly contextOnly?: ReadonlySet<string>;
  readonly rules?: readonly LintRule[];
}

export function lintFiles(files: readonly SqlFile[], options: LintOptions): LintReport {
  const rules = options.rules ?? allRules;
  const known = new Set(allRules.map((r) => r.id));
  for (const id of Object.keys(options.ruleLevels ?? {})) {
    if (!known.has(id)) {
      throw new ConfigError(
        options.configFile ?? 'schemagate.yml',
        `lint.rules.${id}`,
        `unknown rule "${id}"; see docs/rules/README.md`,
      );
    }
  }
  const byKind = new Map<string, LintRule[]>();
  for (const r of rules) {
    if (options.ruleLevels?.[r.id] === 'off') continue;
    for (const k of r.kinds) byKind.set(k, [...(byKind.get(k) ?? []), r]);
  }
  const state = new MigrationSetState(options.pgVersion);
  const findings: Finding[] = [];
  const linted: string[] = [];
  let statements = 0;

  for (const file of files) {
    const isLinted = !options.contextOnly?.has(file.file);
    state.startFile(file);
    const ignores = isLinted ? readIgnores(file, known) : undefined;
    if (isLinted) {
      linted.push(file.file);
      statements += file.statements.length;
    }
    const reportedOnce = new Set<string>();
    for (const stmt of file.statements) {
      if (ignores) {
        const ctx = state.context();
        for (const rule of byKind.get(stmt.kind) ?? []) {
          for (const hit of rule.check(stmt, ctx)) {
            if (rule.lockRule && hit.table && state.isNewTable(hit.table)) continue;
            // One lock_timeout reminder per file is enough.
            if (rule.id === 'missing-lock-timeout') {
              if (reportedOnce.has(rule.id)) continue;
              reportedOnce.add(rule.id);
            }
            const rows = hit.table ? options.rowCounts?.get(tableKey(hit.table)) : undefined;
            let risk = (options.ruleLevels?.[rule.id] as RiskLevel | undefined) ?? hit.risk ?? rule.risk;
            if (rule.dataAware && rows !== undefined) {
              if (rows >= (options.largeTableRows ?? 1_000_000)) risk = shiftRisk(risk, +1);
              else if (rows < (options.smallTableRows ?? SMALL_TABLE_ROWS)) risk = shiftRisk(risk, -1);
            }
            const ignore = ignoreFor(ignores, stmt, rule.id);
            findings.push({
              file: file.file,
              line: stmt.line,
              column: stmt.column,
              ruleId: rule.id,
              risk,
              message: hit.message,
              why: hit.why ?? rule.why,
              safeAlternative: hit.safeAlternative,
              subject: hit.subject,
              statement: excerpt(stmt.text),
              table: hit.table ? tableLabel(hit.table) : undefined,
              docs: rule.docs,
              ...(rows !== undefined ? { rows } : {}),
              ...(ignore ? { ignored: { reason: ignore.reason, line: ignore.line } } : {}),
            });
          }
        }
      }
      state.apply(stmt, isLinted);
    }
  }
  return {
    pgVersion: options.pgVersion,
    files: linted,
    statements,
    findings,
    highestRisk: maxRisk(findings.filter((f) => !f.ignored).map((f) => f.risk)),
  };
}

/** Tables the linted statements act on, for the one row-count query. */
export function tablesTouched(files: readonly SqlFile[]): string[] {
  const keys = new Set<string>();
  for (const f of files) {
    for (const s of f.statements) {
      const rv = s.ast?.relation ?? s.ast?.relations?.[0]?.RangeVar;
      if (rv?.relname)
        keys.add(
          tableKey(rv.schemaname ? { schema: rv.schemaname, name: rv.relname } : { name: rv.relname }),
        );
    }
  }
  return [...keys].sort();
}
