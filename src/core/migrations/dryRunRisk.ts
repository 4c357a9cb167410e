/**
 * The lint risk of each statement a dry run shows: the whole set is linted in order (applied
 * files only set the scene, as the lint gate does), then each pending statement gets its
 * highest unignored finding.
 */
import type { RiskLevel } from '../config/schema.js';
import { lintFiles } from '../lint/index.js';
import { maxRisk } from '../lint/risk.js';
import { parseSqlFile } from '../sql/index.js';
import type { StatementRisks } from './render.js';
import type { RunReport } from './runner.js';
import type { MigrationSet } from './types.js';

export interface RiskOptions {
  readonly pgVersion: number;
  readonly ruleLevels?: Readonly<Record<string, RiskLevel | 'off'>>;
  readonly configFile?: string;
}

export function statementRisks(set: MigrationSet, report: RunReport, options: RiskOptions): StatementRisks {
  const pending = new Set(report.pending.map((p) => p.file));
  const files = set.migrations.map((m) => parseSqlFile(m.up.file, m.up.text, { firstLine: m.up.firstLine }));
  const lint = lintFiles(files, {
    pgVersion: options.pgVersion,
    ruleLevels: options.ruleLevels,
    configFile: options.configFile,
    contextOnly: new Set(files.map((f) => f.file).filter((f) => !pending.has(f))),
    transactionalFiles: new Set(set.migrations.filter((m) => m.transactional).map((m) => m.up.file)),
  });
  const byStatement = new Map<string, RiskLevel[]>();
  for (const f of lint.findings) {
    if (f.ignored) continue;
    const key = `${f.file}:${f.line}`;
    byStatement.set(key, [...(byStatement.get(key) ?? []), f.risk]);
  }
  return new Map([...byStatement].map(([k, v]) => [k, maxRisk(v)]));
}
