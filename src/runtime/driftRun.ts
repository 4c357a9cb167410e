/**
 * One drift run, shared by the drift-check stage and `schemagate drift`: choose the pairs, build
 * the states they need, compare, and assemble the report. Writing files and posting results is
 * left to the caller.
 */
import { existsSync } from 'node:fs';
import { followUpDue } from '../core/drift/audit.js';
import { schemaHash } from '../core/drift/baseline.js';
import { checkPair, defaultPairs, overallResult, parsePair } from '../core/drift/check.js';
import { driftFilters } from '../core/drift/filters.js';
import type { DriftPair, DriftState } from '../core/drift/types.js';
import { ConfigError, InputError } from '../core/errors.js';
import type { DriftReport } from '../core/report/driftReport.js';
import { declaredPlanOf, driftPlanner } from './driftPlanner.js';
import { bookkeepingTables, buildStates, type DriftSources } from './driftStates.js';

export interface DriftRunOptions extends DriftSources {
  /** Explicit pairs (`left:right`); empty: drift.pairs from the config, else the defaults. */
  readonly pairs?: readonly string[];
  /** The bypass label is on the pull request. */
  readonly bypassLabel?: string | null;
  readonly now?: () => Date;
}

export function choosePairs(opts: DriftRunOptions): DriftPair[] {
  const { project } = opts;
  const file = project.configFile ?? 'schemagate.yml';
  const fromFlags = Boolean(opts.pairs && opts.pairs.length > 0);
  const written = fromFlags ? opts.pairs! : project.config.drift.pairs;
  if (written.length > 0) {
    return written.map((text, i) => {
      const pair = parsePair(text);
      const why = `${JSON.stringify(text)} is not a pair such as "replayed:live" (states: declared, replayed, live, baseline)`;
      // A --pair flag is the command line's fault, not the config file's.
      if (!pair && fromFlags) throw new InputError(`--pair ${why}`);
      if (!pair) throw new ConfigError(file, `drift.pairs[${i}]`, why);
      return pair;
    });
  }
  const baseline = opts.baselinePath ?? project.config.drift.baseline;
  return defaultPairs({
    declared: project.config.schema !== undefined,
    replayed: existsSync(project.path(project.config.migrations.dir)),
    live: Boolean(opts.liveUrl),
    baseline: baseline !== undefined && existsSync(project.path(baseline)),
  });
}

export async function runDrift(opts: DriftRunOptions): Promise<DriftReport> {
  const now = opts.now ?? (() => new Date());
  const started = performance.now();
  const { project } = opts;
  const config = project.config;
  const filters = driftFilters(config.drift, project.configFile, bookkeepingTables(project));
  const pairs = choosePairs(opts);
  const needed = new Set<DriftState>(pairs.flatMap((p) => [p.left, p.right]));
  const models = await buildStates(needed, opts);
  const checks = pairs.map((pair) =>
    checkPair(pair, models[pair.left]!, models[pair.right]!, {
      filters,
      mode: config.mode,
      strictBlocks: config.drift.strict_blocks,
      planner: driftPlanner,
    }),
  );
  const bypass = opts.bypassLabel ? { label: opts.bypassLabel, dueBy: followUpDue(now()) } : null;
  const result = overallResult(checks, bypass !== null);
  const hashed = models.declared ?? models.replayed;
  return {
    mode: config.mode,
    result,
    pairs: checks,
    schemaHash: hashed ? schemaHash(hashed) : null,
    durationMs: performance.now() - started,
    bypass: result === 'bypassed' ? bypass : null,
    baselinePath: opts.baselinePath ?? config.drift.baseline ?? null,
    newTableNotify: config.drift.new_table_notify,
    models,
    declaredPlan: config.schema ? declaredPlanOf(models, filters, config.schema) : null,
  };
}
