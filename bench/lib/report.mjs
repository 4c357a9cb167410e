/** Markdown output of the benchmarks: aligned tables, RESULTS.md files and the summary for BENCHMARKS.md. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { root } from './paths.mjs';

/** Where each bench leaves its summary for bench/run-all.mjs. */
export const summaryDir = join(root, '.tmp', 'bench-results');

/**
 * A markdown table already in the formatter's layout (so `biome check bench` stays clean).
 * columns: [{ title, align: 'left' | 'right' }]; rows: arrays of strings.
 */
export function mdTable(columns, rows) {
  const cells = rows.map((r) => r.map(String));
  const width = columns.map((c, i) => Math.max(3, c.title.length, ...cells.map((r) => r[i].length)));
  const pad = (text, i) => (columns[i].align === 'right' ? text.padStart(width[i]) : text.padEnd(width[i]));
  const line = (r) => `| ${r.map(pad).join(' | ')} |`;
  const rule = columns.map((c, i) =>
    c.align === 'right' ? `${'-'.repeat(width[i] - 1)}:` : '-'.repeat(width[i]),
  );
  return [line(columns.map((c) => c.title)), `| ${rule.join(' | ')} |`, ...cells.map(line)].join('\n');
}

/** Machine facts for the head of a report. */
export function machine() {
  return {
    cores: cpus().length,
    node: process.version,
    load1: Number(loadavg()[0].toFixed(2)),
    date: new Date().toISOString(),
  };
}

/** Writes bench/<area>/RESULTS.md and runs the formatter on it. */
export function writeResults(area, text) {
  const file = join(root, 'bench', area, 'RESULTS.md');
  writeFileSync(file, text.endsWith('\n') ? text : `${text}\n`);
  spawnSync(join(root, 'node_modules', '.bin', 'biome'), ['format', '--write', file], { cwd: root });
  console.log(text);
}

/**
 * The summary a bench hands to run-all: { title, command, table (markdown), target, met
 * (true | false | null when the target is not a threshold), verdict, notes }.
 */
export function writeSummary(area, summary) {
  mkdirSync(summaryDir, { recursive: true });
  writeFileSync(join(summaryDir, `${area}.json`), `${JSON.stringify({ area, ...summary }, null, 2)}\n`);
}
