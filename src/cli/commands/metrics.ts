import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { summarizeHistory } from '../../core/drift/history.js';
import { InputError } from '../../core/errors.js';
import { renderHistoryMetrics } from '../../core/report/driftMetrics.js';
import { openDb } from '../../db/index.js';
import { configuredHistoryUrl, readHistory } from '../../runtime/driftHistory.js';
import { loadProject } from '../../runtime/project.js';
import type { Command } from '../command.js';
import { parseDriftArgs } from './driftArgs.js';

const USAGE = `schemagate metrics [dir] [--url <history database>] [--format prometheus|json]
                  [--metrics-path <file>] [--config <file>]

Reads the validation history (schemagate_validations, written by every drift-check run) and
prints the cumulative counters and the drift-management figures: validation failures by
subject and mode (<prefix>_schema_validation_failures_total, prefix from metrics.prefix),
false-positive rate, baseline-refresh success rate and time from detection to resolution per
table. --url defaults to governance.history_url. --metrics-path writes the Prometheus text to
a file instead of printing it.
Exit codes: 0 ok, 2 bad input (no history database named).`;

export const metricsCommand: Command = {
  name: 'metrics',
  summary: 'Cumulative drift metrics from the validation history',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseDriftArgs(
      args,
      {
        url: { type: 'string' },
        format: { type: 'string', default: 'prometheus' },
        'metrics-path': { type: 'string' },
        config: { type: 'string', short: 'c' },
      },
      'metrics',
    );
    const format = values.format;
    if (format !== 'prometheus' && format !== 'json')
      throw new InputError(`--format must be prometheus or json, got ${JSON.stringify(format)}`);
    const project = loadProject({ root: positionals[0] ?? io.cwd, config: values.config, env: io.env });
    const url = values.url || configuredHistoryUrl(project, io.env);
    if (!url) throw new InputError('no history database: pass --url or set governance.history_url');
    const db = await openDb(url, 'schemagate metrics');
    let rows: Awaited<ReturnType<typeof readHistory>>;
    try {
      rows = await readHistory(db, project.config.migrations.revisions_schema);
    } finally {
      await db.close();
    }
    const summary = summarizeHistory(rows, new Date());
    if (format === 'json') {
      io.out(
        JSON.stringify({ prefix: project.config.metrics.prefix, rows: rows.length, ...summary }, null, 2),
      );
      return 0;
    }
    const text = await renderHistoryMetrics(summary, project.config.metrics.prefix);
    if (values['metrics-path']) {
      const path = project.path(values['metrics-path']);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      io.out(`wrote ${project.display(path)}`);
    } else io.out(text);
    return 0;
  },
};
