import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from '../../core/errors.js';
import { renderDriftMarkdown } from '../../core/report/driftMarkdown.js';
import { renderDriftMetrics } from '../../core/report/driftMetrics.js';
import { renderDriftJson } from '../../core/report/driftReport.js';
import { renderDriftText } from '../../core/report/terminalDrift.js';
import { colourWanted, terminalStyle } from '../../core/report/terminalStyle.js';
import { openDb } from '../../db/index.js';
import { runDrift } from '../../runtime/driftRun.js';
import { loadProject } from '../../runtime/project.js';
import type { Command } from '../command.js';
import { parseDriftArgs } from './driftArgs.js';

const USAGE = `schemagate drift [dir] [--url <url>] [--baseline <file>] [--pair <left:right>]...
                [--dev-url <url>] [--format text|markdown|json] [--report-path <file>] [--metrics-path <file>]
                [--mode canary|strict] [--config <file>]

States: declared (schema dir), replayed (migrations on a fresh dev database), live (--url or
DATABASE_URL, read only), baseline (--baseline or drift.baseline). Default pairs: declared:replayed,
replayed:live with a URL, and baseline:live (or baseline:replayed) with a baseline.
Exit codes: 0 no drift, or drift that does not fail (canary); 1 drift that fails (strict, or a
critical table); 2 bad input.`;

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

export const driftCommand: Command = {
  name: 'drift',
  summary: 'Compare declared schema, migrations, live database and baseline',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseDriftArgs(
      args,
      {
        url: { type: 'string' },
        'dev-url': { type: 'string' },
        baseline: { type: 'string' },
        pair: { type: 'string', multiple: true },
        format: { type: 'string', default: 'text' },
        'report-path': { type: 'string' },
        'metrics-path': { type: 'string' },
        mode: { type: 'string' },
        config: { type: 'string', short: 'c' },
      },
      'drift',
    );
    if (values.format !== 'text' && values.format !== 'json' && values.format !== 'markdown')
      throw new InputError(`--format must be text, markdown or json, got ${JSON.stringify(values.format)}`);
    const project = loadProject({
      root: positionals[0] ?? io.cwd,
      config: values.config,
      env: io.env,
      mode: values.mode,
    });
    const report = await runDrift({
      project,
      devUrl: values['dev-url'] || project.config.dev_url,
      liveUrl: values.url || io.env.DATABASE_URL || undefined,
      baselinePath: values.baseline,
      pairs: values.pair,
      openDb: (url) => openDb(url, 'schemagate-drift'),
    });
    const json = renderDriftJson(report);
    io.out(
      values.format === 'json'
        ? json
        : values.format === 'markdown'
          ? renderDriftMarkdown(report)
          : renderDriftText(report, terminalStyle(colourWanted(io.env, io.isTTY ?? false))),
    );
    if (values['report-path']) write(project.path(values['report-path']), json);
    const metrics = values['metrics-path'] ?? project.config.drift.metrics;
    if (metrics) write(project.path(metrics), await renderDriftMetrics(report));
    return report.result === 'fail' ? 1 : 0;
  },
};
