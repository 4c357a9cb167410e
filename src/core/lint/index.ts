/**
 * The linter: walks a migration set in order, runs every enabled rule on every statement of the
 * linted files, and turns rule hits into findings (pragmas, per-rule overrides, same-set
 * exemption, data-aware escalation). Pure: files and row counts come in, a report goes out.
 */
import type { RiskLevel } from '../config/schema.js';
import { ConfigError, SqlSyntaxError } from '../errors.js';
import { parseSqlFile, type SqlFile, type SqlStatement } from '../sql/index.js';
import { alterCmds, excerpt, tableKey, tableLabel } from './ast.js';
import { type Ignore, ignoreFor, readIgnores } from './pragmas.js';
import { maxRisk, shiftRisk } from './risk.js';
import { rules as allRules } from './rules/index.js';
import { unusedIgnore, unusedIgnores } from './rules/unused-ignore.js';
import { MigrationSetState } from './setState.js';
import type { Finding, InputProblem, LintReport, LintRule, RuleHit } from './types.js';

export { declaredVolatility } from './functions.js';
export { ruleById, rules } from './rules/index.js';
export type { Finding, InputProblem, LintReport, LintRule, RiskLevel };

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

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
  /**
   * lint.assume_in_transaction: the runner wraps each transactional file in a transaction, so
   * statements that cannot run in one (CONCURRENTLY, ADD VALUE before 12) are reported there too.
   */
  readonly assumeInTransaction?: boolean;
  /** Files schemagate's runner wraps in a transaction (migrate and check set this for their own files). */
  readonly transactionalFiles?: ReadonlySet<string>;
  /** Volatility of functions the declared schema defines ({@link declaredVolatility}). */
  readonly functionVolatility?: ReadonlyMap<string, 'immutable' | 'stable' | 'volatile'>;
  /**
   * Files that failed to parse ({@link parseForLint}): each becomes a finding; the rest are linted.
   * Read after the last file, so {@link parseLazily} may still be filling it while files are linted.
   */
  readonly unparsed?: readonly InputProblem[];
  readonly rules?: readonly LintRule[];
}

/** Source of one migration file, for {@link parseForLint}. */
export interface LintSource {
  readonly file: string;
  readonly text: string;
  readonly firstLine?: number;
}

export const SYNTAX_ERROR = 'syntax-error';
export const INVALID_PRAGMA = 'invalid-pragma';

/**
 * Parses every file, keeping going past a file that does not parse, so one bad file never hides
 * the findings of the others. Needs loadSqlParser().
 */
export function parseForLint(sources: readonly LintSource[]): {
  files: SqlFile[];
  unparsed: InputProblem[];
} {
  const lazy = parseLazily(sources);
  return { files: [...lazy.files], unparsed: lazy.unparsed };
}

/** Files parsed one at a time as they are iterated ({@link parseLazily}). */
export interface LazySqlFiles extends Iterable<SqlFile> {
  /** Display names of every source, parsed or not, in order. */
  readonly names: readonly string[];
}

/**
 * {@link parseForLint}, but each file is parsed only when the linter reaches it: its parse trees
 * are garbage once the file is linted instead of living through the whole run (at 10,000
 * statements the trees kept alive cost more in garbage collection than building them). A file
 * that does not parse is added to `unparsed` when it is reached; {@link lintFiles} reads
 * `unparsed` after its last file. Iterating twice parses twice. Needs loadSqlParser().
 */
export function parseLazily(sources: readonly LintSource[]): {
  files: LazySqlFiles;
  unparsed: InputProblem[];
} {
  const unparsed: InputProblem[] = [];
  const files: LazySqlFiles = {
    names: sources.map((s) => s.file),
    *[Symbol.iterator]() {
      for (const src of sources) {
        try {
          yield parseSqlFile(src.file, src.text, { firstLine: src.firstLine });
        } catch (err) {
          if (!(err instanceof SqlSyntaxError)) throw err;
          unparsed.push({
            file: err.file,
            line: err.line,
            column: err.column,
            message: `syntax error: ${err.detail}`,
          });
        }
      }
    },
  };
  return { files, unparsed };
}

function inputFinding(p: InputProblem, ruleId: string, fix: string): Finding {
  return {
    file: p.file,
    line: p.line,
    column: p.column,
    ruleId,
    // Nothing in the file was checked: fail closed, at the top level.
    risk: 'critical',
    message: p.message,
    why: 'A file that cannot be read cannot be checked; none of its statements were linted.',
    safeAlternative: fix,
    subject: `${ruleId} in ${p.file}`,
    statement: '',
    docs: 'docs/rules/README.md',
  };
}

export function lintFiles(files: Iterable<SqlFile>, options: LintOptions): LintReport {
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
  const levelOf = (r: LintRule) => options.ruleLevels?.[r.id];
  const enabled = rules.filter((r) =>
    r.defaultOff ? levelOf(r) !== undefined && levelOf(r) !== 'off' : levelOf(r) !== 'off',
  );
  const enabledIds = new Set(enabled.map((r) => r.id));
  // lint.rules levels looked up once per rule, not once per finding.
  const overrides = new Map(enabled.map((r) => [r.id, levelOf(r) as RiskLevel | undefined]));
  // One dispatch table: each statement visits only the rules subscribed to its node kind, and an
  // ALTER TABLE only the rules subscribed to one of its sub-command types.
  const byKind = new Map<string, LintRule[]>();
  const alterAny: LintRule[] = [];
  const byAlterSubtype = new Map<string, LintRule[]>();
  const add = (map: Map<string, LintRule[]>, key: string, r: LintRule) => {
    const list = map.get(key);
    if (list) list.push(r);
    else map.set(key, [r]);
  };
  for (const r of enabled) {
    for (const k of r.kinds) {
      if (k !== 'AlterTableStmt') add(byKind, k, r);
      else if (!r.alterSubtypes) alterAny.push(r);
      else for (const t of r.alterSubtypes) add(byAlterSubtype, t, r);
    }
  }
  const order = new Map(enabled.map((r, i) => [r, i]));
  const merged = new Map<string, readonly LintRule[]>();
  const alterRules = (ast: any): readonly LintRule[] => {
    const cmds = alterCmds(ast);
    if (cmds.length === 1) {
      const subtype: string = cmds[0].subtype;
      let list = merged.get(subtype);
      if (!list) {
        list = [...alterAny, ...(byAlterSubtype.get(subtype) ?? [])].sort(
          (a, b) => order.get(a)! - order.get(b)!,
        );
        merged.set(subtype, list);
      }
      return list;
    }
    const set = new Set(alterAny);
    for (const c of cmds) for (const r of byAlterSubtype.get(c.subtype) ?? []) set.add(r);
    return [...set].sort((a, b) => order.get(a)! - order.get(b)!);
  };
  const fileRules = enabled.filter((r) => r.endOfFile);
  const state = new MigrationSetState(options.pgVersion, {
    assumeInTransaction: options.assumeInTransaction,
    transactionalFiles: options.transactionalFiles,
    functionVolatility: options.functionVolatility,
  });
  let findings: Finding[] = [];
  let inputErrors: InputProblem[] = [];
  const linted: string[] = [];
  let statements = 0;

  for (const file of files) {
    const isLinted = !options.contextOnly?.has(file.file);
    state.startFile(file);
    const ignores = isLinted ? readIgnores(file, known) : undefined;
    if (ignores) {
      for (const e of ignores.errors) {
        const p = { file: file.file, line: e.line, column: 1, message: e.message };
        inputErrors.push(p);
        findings.push(
          inputFinding(p, INVALID_PRAGMA, `-- schemagate:ignore <rule-id> <why this is safe here>`),
        );
      }
    }
    if (isLinted) {
      linted.push(file.file);
      statements += file.statements.length;
    }
    const usedIgnores = new Set<Ignore>();
    const reportedOnce = new Set<string>();
    // Findings of one statement come together: shorten its text once.
    let excerptOf: SqlStatement | undefined;
    let excerptText = '';
    const excerptFor = (stmt: SqlStatement): string => {
      if (excerptOf !== stmt) {
        excerptOf = stmt;
        excerptText = excerpt(stmt.text);
      }
      return excerptText;
    };
    const emit = (
      rule: LintRule,
      stmt: SqlStatement,
      hit: RuleHit,
      at?: { line: number; column: number },
    ) => {
      if (!ignores) return;
      if (rule.lockRule && hit.table && state.isNewTable(hit.table)) return;
      // One timeout reminder per file is enough.
      if (rule.oncePerFile) {
        if (reportedOnce.has(rule.id)) return;
        reportedOnce.add(rule.id);
      }
      const rows = hit.table ? options.rowCounts?.get(tableKey(hit.table)) : undefined;
      let risk = overrides.get(rule.id) ?? hit.risk ?? rule.risk;
      if (rule.dataAware && rows !== undefined) {
        if (rows >= (options.largeTableRows ?? 1_000_000)) risk = shiftRisk(risk, +1);
        else if (rows < (options.smallTableRows ?? SMALL_TABLE_ROWS)) risk = shiftRisk(risk, -1);
      }
      const ignore = ignoreFor(ignores, stmt, rule.id);
      if (ignore) usedIgnores.add(ignore);
      const finding: Mutable<Finding> = {
        file: file.file,
        line: at?.line ?? stmt.line,
        column: at?.column ?? stmt.column,
        ruleId: rule.id,
        risk,
        message: hit.message,
        why: hit.why ?? rule.why,
        safeAlternative: hit.safeAlternative,
        subject: hit.subject,
        statement: excerptFor(stmt),
        table: hit.table ? tableLabel(hit.table) : undefined,
        docs: rule.docs,
      };
      // Set after, not spread in: same key order, without two throwaway objects per finding.
      if (rows !== undefined) finding.rows = rows;
      if (ignore) finding.ignored = { reason: ignore.reason, line: ignore.line };
      findings.push(finding);
    };
    for (const stmt of file.statements) {
      const subscribed = !ignores
        ? undefined
        : stmt.kind === 'AlterTableStmt'
          ? alterRules(stmt.ast)
          : byKind.get(stmt.kind);
      if (subscribed) {
        const ctx = state.context();
        for (let r = 0; r < subscribed.length; r++) {
          const rule = subscribed[r];
          const hits = rule.check(stmt, ctx);
          for (let h = 0; h < hits.length; h++) emit(rule, stmt, hits[h]);
        }
      }
      state.apply(stmt, isLinted);
    }
    if (ignores) {
      if (fileRules.length) {
        const ctx = state.endContext();
        for (const rule of fileRules)
          for (const h of rule.endOfFile!(file, ctx)) emit(rule, h.stmt, h.hit, h.at);
      }
      if (enabledIds.has(unusedIgnore.id)) {
        for (const hit of unusedIgnores(file, ignores, usedIgnores, enabledIds))
          emit(unusedIgnore, hit.stmt, hit.hit, hit.at);
      }
    }
  }
  // Read after the last file: a lazy parse (parseLazily) fills it as the files are reached. Files
  // that did not parse come first, as they would have had they all been parsed up front.
  const unparsed = options.unparsed ?? [];
  if (unparsed.length) {
    findings = [
      ...unparsed.map((p) =>
        inputFinding(p, SYNTAX_ERROR, '-- fix the SQL at this position; the file was not linted'),
      ),
      ...findings,
    ];
    inputErrors = [...unparsed, ...inputErrors];
  }
  return {
    pgVersion: options.pgVersion,
    files: linted,
    statements,
    findings,
    highestRisk: maxRisk(findings.filter((f) => !f.ignored).map((f) => f.risk)),
    ...(inputErrors.length ? { inputErrors } : {}),
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
