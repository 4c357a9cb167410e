/**
 * One migration report rendered for two destinations: the terminal (CLI) and markdown (the
 * stage's comment section and job summary). Never includes a connection string: the report has
 * none to give.
 */
import type { RiskLevel } from '../config/schema.js';
import type {
  AppliedMigration,
  DownReport,
  MigrationFailure,
  PendingMigration,
  RunReport,
  StatusReport,
} from './runner.js';

/** Highest lint risk per statement, keyed `file:line`, when the lint module was run. */
export type StatementRisks = ReadonlyMap<string, RiskLevel>;

const ms = (n: number) => (n < 1000 ? `${Math.round(n)} ms` : `${(n / 1000).toFixed(1)} s`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const MAX_SQL = 1200;

function clip(sql: string): string {
  return sql.length > MAX_SQL
    ? `${sql.slice(0, MAX_SQL)}\n-- … (${sql.length - MAX_SQL} more characters)`
    : sql;
}

function fence(sql: string): string {
  const ticks = '`'.repeat(Math.max(3, ...[...sql.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return `${ticks}sql\n${clip(sql)}\n${ticks}`;
}

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

function failureSentence(f: MigrationFailure): string {
  const where = `${f.file}:${f.line}:${f.column}`;
  const state = f.sqlState ? ` (SQLSTATE ${f.sqlState})` : '';
  const after = f.transactional
    ? 'The file was rolled back: the database is as it was before this file.'
    : `This file runs outside a transaction: ${plural(f.completedStatements ?? 0, 'statement')} before the failing one completed and stay applied; ` +
      'the next run resumes at the failing statement.';
  return `${where}: ${f.message}${state}. ${after}`;
}

export function summarizeRun(r: RunReport): string {
  if (r.dryRun) return `dry run: ${plural(r.pending.length, 'migration')} pending, nothing applied`;
  if (r.failure)
    return `${r.failure.file} failed at line ${r.failure.line}:${r.failure.column}: ${r.failure.message}`;
  const v = r.currentVersion ? `; current version ${r.currentVersion}` : '';
  return r.applied.length === 0 ? `up to date${v}` : `applied ${plural(r.applied.length, 'migration')}${v}`;
}

function riskOf(risks: StatementRisks | undefined, file: string, line: number): string {
  const r = risks?.get(`${file}:${line}`);
  return r ? r : '';
}

// ---- terminal ----

/** The line for one applied file: `applied  <file>  <time>`. */
export function appliedLine(a: AppliedMigration): string {
  const resumed = a.resumedAt ? ` (resumed after statement ${a.resumedAt})` : '';
  return `applied  ${a.file}  ${ms(a.durationMs)}${a.transactional ? '' : '  [no transaction]'}${resumed}`;
}

/** `perFile: false` when the applied lines were already printed as each file finished. */
export function runText(r: RunReport, risks?: StatementRisks, options: { perFile?: boolean } = {}): string {
  const out: string[] = [];
  if (options.perFile !== false) for (const a of r.applied) out.push(appliedLine(a));
  if (r.failure) {
    out.push(`FAILED   ${failureSentence(r.failure)}`, '', indent(clip(r.failure.statement)), '');
  }
  if (r.dryRun) {
    out.push(`dry run (${r.format}): ${plural(r.pending.length, 'pending migration')}; nothing was changed`);
    for (const p of r.pending) {
      out.push(
        '',
        `${p.file}${p.transactional ? '' : '  [no transaction]'}${p.hasDown ? '  [has down]' : '  [no down part]'}`,
      );
      p.statements.forEach((s, i) => {
        if (i < p.resumeAt) return;
        const risk = riskOf(risks, p.file, s.line);
        out.push(
          `  ${s.line}:${s.column}${risk ? `  risk ${risk}` : ''}${s.nonTransactional ? `  (${s.nonTransactional}: outside a transaction)` : ''}`,
        );
        out.push(indent(clip(s.text), '    '));
      });
    }
  } else if (r.pending.length > 0) {
    out.push(`still pending: ${r.pending.map((p) => p.file).join(', ')}`);
  }
  if (r.adopted)
    out.push(`adopted ${plural(r.adopted.count, 'applied migration')} recorded by ${r.adopted.source}`);
  out.push(...r.warnings.map((w) => `warning: ${w}`));
  out.push(summarizeRun(r));
  return out.join('\n');
}

function indent(s: string, pad = '    '): string {
  return s
    .split('\n')
    .map((l) => pad + l)
    .join('\n');
}

export function statusText(s: StatusReport): string {
  const out: string[] = [`format: ${s.format}`];
  // One column width for every row, so a long version (timestamps, Flyway) keeps the files aligned.
  const w = Math.max(
    16,
    ...s.state.pending.map((m) => m.version.length),
    ...s.state.applied.map((a) => a.migration.version.length),
    ...s.state.missing.map((m) => m.version.length),
  );
  if (s.adopted) out.push(`revision table: not created yet; applied state read from ${s.adopted.source}`);
  else if (!s.tableExists) out.push('revision table: not created yet (nothing applied by schemagate)');
  for (const a of s.state.applied) {
    out.push(
      `applied  ${a.migration.version.padEnd(w)} ${a.migration.up.file}  ${a.row.applied_at}${a.row.operation === 'apply' ? '' : ` (${a.row.operation})`}`,
    );
  }
  for (const p of s.state.partial)
    out.push(
      `PARTIAL  ${p.migration.version.padEnd(w)} ${p.migration.up.file}  ${p.row.progress} statement(s) done; \`migrate up\` resumes it`,
    );
  const partial = new Set(s.state.partial.map((p) => p.migration));
  for (const m of s.state.pending) {
    if (partial.has(m)) continue;
    out.push(`pending  ${m.version.padEnd(w)} ${m.up.file}  ${m.down ? 'down: yes' : 'down: none'}`);
  }
  for (const c of s.state.changed)
    out.push(
      `EDITED   ${c.migration.version.padEnd(w)} ${c.migration.up.file}  changed after it was applied`,
    );
  for (const o of s.state.outOfOrder)
    out.push(
      `ORDER    ${o.migration.version.padEnd(w)} ${o.migration.up.file}  pending but ${o.after.file} is applied`,
    );
  for (const m of s.state.missing)
    out.push(`missing  ${m.version.padEnd(w)} (applied, no file in the directory)`);
  const noDown = s.state.pending.filter((m) => !m.down && !m.repeatable);
  out.push(
    `current version: ${s.state.currentVersion ?? 'none'}; ${plural(s.state.pending.length, 'pending migration')}` +
      (s.state.pending.length > 0
        ? `; rollback plan: ${noDown.length === 0 ? 'every pending migration has a down part' : `no down part for ${noDown.map((m) => m.up.file).join(', ')}`}`
        : ''),
  );
  return out.join('\n');
}

export function downText(d: DownReport): string {
  const out = d.rolledBack.map((r) => `rolled back  ${r.file}  ${ms(r.durationMs)}`);
  if (d.failure) out.push(`FAILED   ${failureSentence(d.failure)}`, '', indent(clip(d.failure.statement)));
  out.push(`current version: ${d.currentVersion ?? 'none'}`);
  return out.join('\n');
}

// ---- markdown ----

function rollbackPlan(pending: readonly PendingMigration[]): string[] {
  if (pending.length === 0) return [];
  const rows = pending.map(
    (p) =>
      `| ${code(p.file)} | ${p.statements.length} | ${p.transactional ? 'yes' : 'no'} | ${p.hasDown ? 'yes' : '**none**'} |`,
  );
  return ['', '| Pending migration | Statements | Transaction | Down part |', '|---|---:|---|---|', ...rows];
}

export function runMarkdown(r: RunReport, heading: string, risks?: StatementRisks): string {
  const out: string[] = [`### ${heading}`, ''];
  if (r.failure) {
    out.push(`:x: **Migration failed**: ${failureSentence(r.failure)}`, '', fence(r.failure.statement));
  } else if (r.dryRun) {
    out.push(
      `:mag: **Dry run** (${r.format}): ${plural(r.pending.length, 'migration')} would run; nothing was changed.`,
    );
  } else {
    out.push(
      r.applied.length === 0
        ? `:white_check_mark: Up to date${r.currentVersion ? ` at version ${code(r.currentVersion)}` : ''}; nothing to apply.`
        : `:white_check_mark: Applied ${plural(r.applied.length, 'migration')} (${r.format})${r.currentVersion ? `; current version ${code(r.currentVersion)}` : ''}.`,
    );
  }
  if (r.applied.length > 0) {
    out.push('', '| Applied | Duration | Transaction |', '|---|---:|---|');
    for (const a of r.applied)
      out.push(
        `| ${code(a.file)} | ${ms(a.durationMs)} | ${a.transactional ? 'yes' : `no${a.resumedAt ? `, resumed after statement ${a.resumedAt}` : ''}`} |`,
      );
  }
  out.push(...rollbackPlan(r.pending));
  if (r.dryRun) {
    for (const p of r.pending) {
      const body = p.statements
        .slice(p.resumeAt)
        .map((s) => {
          const risk = riskOf(risks, p.file, s.line);
          return `-- line ${s.line}${risk ? `, risk: ${risk}` : ''}${s.nonTransactional ? `, outside a transaction (${s.nonTransactional})` : ''}\n${clip(s.text)};`;
        })
        .join('\n\n');
      out.push('', `<details><summary>${code(p.file)}</summary>`, '', fence(body), '', '</details>');
    }
  }
  if (r.adopted)
    out.push('', `Adopted ${plural(r.adopted.count, 'applied migration')} recorded by ${r.adopted.source}.`);
  for (const w of r.warnings) out.push('', `> [!WARNING]\n> ${w}`);
  return `${out.join('\n')}\n`;
}

/** The run as one JSON document for machines (`schemagate migrate --format json`). */
export function runJson(r: RunReport, risks?: StatementRisks): string {
  return JSON.stringify(
    {
      ...r,
      applied: r.applied.map((a) => ({ ...a, durationMs: Math.round(a.durationMs) })),
      pending: r.pending.map((p) => ({
        ...p,
        statements: p.statements.map((s) => ({ ...s, risk: riskOf(risks, p.file, s.line) || undefined })),
      })),
    },
    null,
    2,
  );
}

/** A rollback as one JSON document. */
export function downJson(d: DownReport): string {
  return JSON.stringify(
    { ...d, rolledBack: d.rolledBack.map((a) => ({ ...a, durationMs: Math.round(a.durationMs) })) },
    null,
    2,
  );
}
