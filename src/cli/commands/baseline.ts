import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { backupPath, parseBaseline, renderBaseline, schemaHash } from '../../core/drift/baseline.js';
import { describeDifference } from '../../core/drift/check.js';
import { compareModels } from '../../core/drift/compare.js';
import { driftFilters, filterModel } from '../../core/drift/filters.js';
import { refreshRow } from '../../core/drift/history.js';
import type { DriftState } from '../../core/drift/types.js';
import { ConfigError, InputError } from '../../core/errors.js';
import { openDb } from '../../db/index.js';
import { configuredHistoryUrl, recordHistory } from '../../runtime/driftHistory.js';
import { bookkeepingTables, buildStates } from '../../runtime/driftStates.js';
import { loadProject } from '../../runtime/project.js';
import type { Command } from '../command.js';
import { parseDate, parseDriftArgs } from './driftArgs.js';

const USAGE = `schemagate baseline check|update|refresh [dir] [--baseline <file>] [--from live|replayed|declared]
                   [--url <url>] [--dev-url <url>] [--date <iso>] [--config <file>]

  check    exit 1 when the baseline file differs from the source schema (lists the differences)
  update   write the baseline file from the source schema
  refresh  like update, but first keep the previous file as <name>.<UTC timestamp>.json

The file is --baseline or drift.baseline. The source is --from; default: live with --url (or
DATABASE_URL), else replayed (the migrations on a fresh dev database).
Exit codes: 0 ok, 1 the baseline is out of date (check), 2 bad input.`;

export const baselineCommand: Command = {
  name: 'baseline',
  summary: 'Check, update or refresh the drift baseline snapshot',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseDriftArgs(
      args,
      {
        baseline: { type: 'string' },
        from: { type: 'string' },
        url: { type: 'string' },
        'dev-url': { type: 'string' },
        date: { type: 'string' },
        config: { type: 'string', short: 'c' },
      },
      'baseline',
    );
    const [action, dir] = positionals;
    if (action !== 'check' && action !== 'update' && action !== 'refresh') {
      throw new InputError(
        `baseline needs an action: check, update or refresh (got ${JSON.stringify(action ?? '')})`,
      );
    }
    const project = loadProject({ root: dir ?? io.cwd, config: values.config, env: io.env });
    const file = values.baseline ?? project.config.drift.baseline;
    if (!file)
      throw new ConfigError(
        project.configFile ?? 'schemagate.yml',
        'drift.baseline',
        'not set: pass --baseline <file> or set drift.baseline',
      );
    const liveUrl = values.url || io.env.DATABASE_URL || undefined;
    const from = (values.from ?? (liveUrl ? 'live' : 'replayed')) as DriftState;
    if (!['live', 'replayed', 'declared'].includes(from))
      throw new InputError(`--from must be live, replayed or declared, got ${JSON.stringify(values.from)}`);
    const now = parseDate(values.date, '--date') ?? new Date();
    let refreshed = false;

    // A refresh is recorded in the validation history (success or failure): the drift-management
    // targets (refresh success rate, false positives) are computed from it.
    const history = async (result: 'success' | 'failure') => {
      if (action !== 'refresh') return;
      const url = configuredHistoryUrl(project, io.env) ?? (from === 'live' ? liveUrl : undefined);
      if (!url) return;
      const db = await openDb(url, 'schemagate-baseline');
      try {
        await recordHistory(db, project.config.migrations.revisions_schema, [
          refreshRow(result, project.config.mode, now),
        ]);
      } finally {
        await db.close();
      }
    };
    try {
      const states = await buildStates(new Set([from]), {
        project,
        devUrl: values['dev-url'] || project.config.dev_url,
        liveUrl,
        openDb: (url) => openDb(url, 'schemagate-baseline'),
      });
      // The baseline holds what the drift check looks at: filters and bookkeeping tables applied.
      const filters = driftFilters(project.config.drift, project.configFile, bookkeepingTables(project));
      const model = filterModel(states[from]!, filters);
      const text = renderBaseline(model);
      const path = project.path(file);
      const shown = project.display(path);

      if (action === 'check') {
        if (!existsSync(path)) {
          io.out(`baseline ${shown}: missing; write it with \`schemagate baseline update\``);
          return 1;
        }
        const current = readFileSync(path, 'utf8');
        if (current === text) {
          io.out(`baseline ${shown}: up to date with the ${from} schema (sha256 ${schemaHash(model)})`);
          return 0;
        }
        const saved = parseBaseline(current, shown).model;
        const diffs = compareModels(saved, filterModel(model, filters));
        io.out(
          `baseline ${shown}: out of date with the ${from} schema: ${diffs.length} difference${diffs.length === 1 ? '' : 's'}`,
        );
        for (const d of diffs) io.out(`  ${describeDifference(d)}`);
        if (diffs.length === 0)
          io.out('  (same schema, different file layout: run `schemagate baseline update` to rewrite it)');
        io.out('Refresh it with `schemagate baseline refresh` and commit the file.');
        return 1;
      }
      mkdirSync(dirname(path), { recursive: true });
      if (action === 'refresh' && existsSync(path)) {
        const backup = backupPath(path, now);
        copyFileSync(path, backup);
        io.out(`baseline ${shown}: previous file kept as ${project.display(backup)}`);
      }
      writeFileSync(path, text);
      refreshed = true;
      io.out(`baseline ${shown}: written from the ${from} schema (sha256 ${schemaHash(model)})`);
      return 0;
    } catch (err) {
      await history('failure').catch(() => {});
      throw err;
    } finally {
      if (action === 'refresh' && refreshed) await history('success');
    }
  },
};
