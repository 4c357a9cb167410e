import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDuration } from '../../core/config/index.js';
import { ConfigError, InputError } from '../../core/errors.js';
import { RevisionTable } from '../../core/migrations/revisionTable.js';
import { doraFigures, doraMetrics, doraText } from '../../core/release/dora.js';
import { ReleaseEvents } from '../../core/release/events.js';
import { openDb } from '../../db/index.js';
import { loadMigrationSet } from '../../runtime/migrationDir.js';
import { loadProject } from '../../runtime/project.js';
import { firstCommitTimes, repoPath } from '../../runtime/releaseGit.js';
import type { Command } from '../command.js';

const USAGE = `schemagate dora --url <url> [--since 30d] [--metrics <file>] [--config <file>]

The four DORA figures for database changes over the window (--since, default 30d): deployment
frequency and change failure rate from the revision table and the rollbacks and restores that
\`schemagate rollback\` recorded (release.events_table), lead time from the first git commit of each
migration to its application, and time to restore. Prints them and writes Prometheus text to
--metrics (default schemagate-dora.prom). The database is --url or DATABASE_URL.
Exit codes: 0 ok, 2 bad input.`;

export const doraCommand: Command = {
  name: 'dora',
  summary:
    'DORA figures (deployment frequency, lead time, change failure rate, time to restore) as text and Prometheus',
  usage: USAGE,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        url: { type: 'string' },
        since: { type: 'string', default: '30d' },
        metrics: { type: 'string', default: 'schemagate-dora.prom' },
        config: { type: 'string', short: 'c' },
      },
    });
    const window = values.since ?? '30d';
    let windowMs: number;
    try {
      windowMs = parseDuration(window);
    } catch {
      throw new InputError(`--since must be a duration such as 30d or 12h, got ${JSON.stringify(window)}`);
    }
    if (windowMs <= 0) throw new InputError('--since must be longer than 0');
    const url = values.url || io.env.DATABASE_URL;
    if (!url)
      throw new ConfigError('--url', '', 'no database: pass --url <postgres://...> or set DATABASE_URL');
    const project = loadProject({ root: io.cwd, config: values.config, env: io.env });
    const { config } = project;
    const set = loadMigrationSet(project);
    const byFile = new Map(set.migrations.map((m) => [m.file, m.version]));
    const commits = await firstCommitTimes(io.cwd, await repoPath(io.cwd, config.migrations.dir));
    const commitTimes = new Map<string, string>();
    for (const [file, at] of commits) {
      const version = byFile.get(file);
      if (version) commitTimes.set(version, at);
    }

    const db = await openDb(url, 'schemagate dora');
    let rows: Awaited<ReturnType<RevisionTable['read']>>;
    let events: Awaited<ReturnType<ReleaseEvents['read']>>;
    try {
      [rows, events] = await db.session(
        async (c) =>
          [
            await new RevisionTable(config.migrations.revisions_schema).read(c),
            await new ReleaseEvents(config.migrations.revisions_schema, config.release.events_table).read(c),
          ] as const,
      );
    } finally {
      await db.close();
    }
    const figures = doraFigures({
      applies: rows
        .filter((r) => r.operation === 'apply')
        .map((r) => ({ version: r.version, appliedAt: isoTime(r.applied_at) })),
      commitTimes,
      events,
      now: new Date(),
      windowMs,
    });
    for (const line of doraText(figures, window)) io.out(line);
    const path = project.path(values.metrics ?? 'schemagate-dora.prom');
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, await doraMetrics(figures, window));
    io.out(`metrics: ${values.metrics}`);
    return 0;
  },
};

/** PostgreSQL's timestamptz text (`2026-01-02 03:04:05.678+00`) as ISO 8601 for Date.parse. */
function isoTime(text: string): string {
  return text.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00');
}
