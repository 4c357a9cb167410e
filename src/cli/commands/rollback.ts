import { parseArgs } from 'node:util';
import type { Db } from '../../core/db.js';
import { ConfigError, InputError } from '../../core/errors.js';
import { downText } from '../../core/migrations/render.js';
import { ReleaseEvents } from '../../core/release/events.js';
import { closeEmbedded, openDb } from '../../db/index.js';
import { NeonInputError } from '../../neon/port.js';
import { neonReleasePort } from '../../neon/restoreApi.js';
import { executeRestore, planRestore } from '../../neon/restorePoint.js';
import { realSleep } from '../../neon/retry.js';
import { BOOKKEEPING_SCHEMAS } from '../../runtime/driftStates.js';
import { loadMigrationSet, runnerOptionsFor } from '../../runtime/migrationDir.js';
import { loadProject } from '../../runtime/project.js';
import {
  downPlanText,
  planDownTo,
  restorePlanText,
  rowsWrittenSince,
  runDownTo,
} from '../../runtime/rollback.js';
import type { Command } from '../command.js';

const USAGE = `schemagate rollback --to <version> [--url <url>] [--yes]
schemagate rollback (--restore-point <name|id> | --to-time <RFC 3339>) [--production-branch <branch>]
                    [--neon-project-id <id>] [--url <url>] [--yes]

  --to <version>        run the down parts of every migration applied after <version> (0: all)
  --restore-point <b>   restore the production Neon branch from this restore point branch
                        (taken by \`migrate --restore-point\` or the migrate action on push)
  --to-time <time>      restore the production Neon branch to its own state at this time
  --yes                 do it; without it, print what would happen and change nothing

Neon needs NEON_API_KEY and a project (neon.project_id or --neon-project-id); production is
--production-branch, release.production_branch or the project's default branch. With --url the
dry run counts the rows written since (tables with created_at/updated_at), and the rollback is
recorded for \`schemagate dora\`. Runbook: docs/rollback.md.
Exit codes: 0 ok (or dry run), 1 a down migration failed, 2 bad input.`;

export const rollbackCommand: Command = {
  name: 'rollback',
  summary: 'Roll back by down migrations to a version, or by a Neon restore of production',
  usage: USAGE,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        to: { type: 'string' },
        'restore-point': { type: 'string' },
        'to-time': { type: 'string' },
        'production-branch': { type: 'string' },
        'neon-project-id': { type: 'string' },
        url: { type: 'string' },
        yes: { type: 'boolean', default: false },
        dir: { type: 'string' },
        format: { type: 'string' },
        config: { type: 'string', short: 'c' },
      },
      allowPositionals: false,
    });
    const paths = [values.to, values['restore-point'], values['to-time']].filter((v) => v !== undefined);
    if (paths.length !== 1)
      throw new InputError(
        'rollback: give exactly one of --to <version>, --restore-point <branch>, --to-time <time>',
      );
    const project = loadProject({ root: io.cwd, config: values.config, env: io.env });
    const url = values.url || io.env.DATABASE_URL;
    const eventsTable = project.config.release.events_table;
    const now = new Date();

    if (values.to !== undefined) {
      if (!url)
        throw new ConfigError('--url', '', 'no database: pass --url <postgres://...> or set DATABASE_URL');
      const overrides = { dir: values.dir, format: values.format };
      const set = loadMigrationSet(project, overrides);
      const options = runnerOptionsFor(set, project.config, project.configFile, overrides);
      let db: Db | undefined;
      try {
        db = await openDb(url, 'schemagate rollback');
        const plan = await planDownTo(db, options, values.to);
        for (const line of downPlanText(plan)) io.out(line);
        if (!values.yes || plan.steps.length === 0) {
          if (plan.steps.length > 0) io.out('dry run: nothing changed; pass --yes to roll back');
          return 0;
        }
        const report = await runDownTo(db, options, plan, eventsTable);
        (report.failure ? io.err : io.out)(downText(report));
        return report.failure ? 1 : 0;
      } finally {
        await db?.close();
        await closeEmbedded();
      }
    }

    const apiKey = io.env.NEON_API_KEY;
    const projectId = values['neon-project-id'] || project.config.neon.project_id;
    if (!apiKey) throw new InputError('rollback by Neon restore needs NEON_API_KEY (a Neon API key)');
    if (!projectId)
      throw new ConfigError(
        project.configFile ?? 'schemagate.yml',
        'neon.project_id',
        'required (or pass --neon-project-id)',
      );
    const timestamp = values['to-time'];
    if (timestamp !== undefined) {
      const t = Date.parse(timestamp);
      if (
        !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(timestamp) ||
        Number.isNaN(t)
      )
        throw new InputError(
          `--to-time must be an RFC 3339 time such as 2026-01-31T12:00:00Z, got ${JSON.stringify(timestamp)}`,
        );
      if (t > now.getTime()) throw new InputError(`--to-time ${timestamp} is in the future`);
    }
    const neon = neonReleasePort({
      apiKey,
      projectId,
      apiHost: io.env.NEON_API_HOST || 'https://console.neon.tech/api/v2',
      retry: {
        sleep: realSleep,
        onRetry: (why, ms) => io.err(`Neon: ${why}; retrying in ${Math.round(ms / 1000)} s`),
      },
    });
    try {
      const plan = await planRestore(neon, {
        target: values['production-branch'] || project.config.release.production_branch,
        restorePoint: values['restore-point'],
        timestamp: timestamp && new Date(Date.parse(timestamp)).toISOString().replace(/\.000Z$/, 'Z'),
        now,
      });
      let written: Awaited<ReturnType<typeof rowsWrittenSince>> | undefined;
      if (url && plan.since) {
        const db = await openDb(url, 'schemagate rollback');
        try {
          written = await rowsWrittenSince(db, plan.since, BOOKKEEPING_SCHEMAS);
        } finally {
          await db.close();
        }
      }
      for (const line of restorePlanText(plan, now, written)) io.out(line);
      if (!values.yes) {
        io.out('dry run: nothing changed; pass --yes to restore');
        return 0;
      }
      await executeRestore({ neon, sleep: realSleep, log: (m) => io.err(m) }, plan);
      io.out(
        `rollback: ${plan.target.name} restored; the previous state is branch ${plan.preserveUnderName}`,
      );
      if (url) {
        const db = await openDb(url, 'schemagate rollback');
        try {
          await db.session((c) =>
            new ReleaseEvents(project.config.migrations.revisions_schema, eventsTable).record(c, {
              kind: 'restore',
              version: '',
              detail: timestamp ? `restored to ${timestamp}` : `restored from ${plan.source.name}`,
              // A restore point is taken just before the release it protects.
              deployedAt: timestamp ? null : (plan.since ?? null),
            }),
          );
        } finally {
          await db.close();
        }
      }
      io.out(
        'verify: see docs/rollback.md (schemagate migrate status, schemagate drift, application checks)',
      );
      return 0;
    } catch (err) {
      if (err instanceof NeonInputError) throw new InputError(err.message);
      throw err;
    }
  },
};
