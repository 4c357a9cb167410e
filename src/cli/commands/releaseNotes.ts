import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { InputError } from '../../core/errors.js';
import { lintFiles, tablesTouched } from '../../core/lint/index.js';
import { readMigrationSet } from '../../core/migrations/index.js';
import {
  buildReleaseNotes,
  type NoteApproval,
  type NoteMigration,
  renderReleaseNotes,
} from '../../core/release/notes.js';
import { loadSqlParser, parseSqlFile } from '../../core/sql/index.js';
import { loadProject } from '../../runtime/project.js';
import { addedFiles, approvalOf, filesAt, repoPath } from '../../runtime/releaseGit.js';
import type { Command } from '../command.js';

const USAGE = `schemagate release-notes --from <ref> [--to <ref>] [--current <x.y.z>] [--out <file>]
                         [--token <token>] [--repo <owner/name>] [--config <file>]

Markdown of the schema changes between two git refs (--to defaults to HEAD): every migration added,
with its risk (the lint rules), the tables it touches, whether it has a down part, and who approved
its pull request (with a GitHub token: --token or GITHUB_TOKEN, and --repo or GITHUB_REPOSITORY),
and a semantic-version suggestion: breaking schema changes (drops, renames, type changes, new
NOT NULL) mean a major version; --current gives the next version number.
Exit codes: 0 ok, 2 bad input (unknown ref, bad config).`;

export const releaseNotesCommand: Command = {
  name: 'release-notes',
  summary: 'Markdown release notes of the schema changes between two refs, with a version suggestion',
  usage: USAGE,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        from: { type: 'string' },
        to: { type: 'string', default: 'HEAD' },
        current: { type: 'string' },
        out: { type: 'string' },
        token: { type: 'string' },
        repo: { type: 'string' },
        config: { type: 'string', short: 'c' },
      },
    });
    if (!values.from) throw new InputError('release-notes: --from <ref> is required');
    const from = values.from;
    const to = values.to ?? 'HEAD';
    const project = loadProject({ root: io.cwd, config: values.config, env: io.env });
    const { config } = project;
    const dir = await repoPath(io.cwd, config.migrations.dir);
    const set = readMigrationSet(
      await filesAt(io.cwd, to, dir),
      config.migrations.format,
      config.migrations.dir,
    );
    const added = await addedFiles(io.cwd, from, to, dir);

    await loadSqlParser();
    const parsed = set.migrations.map((m) =>
      parseSqlFile(m.up.file, m.up.text, { firstLine: m.up.firstLine }),
    );
    const isNew = set.migrations.map((m) => added.has(m.file));
    const report = lintFiles(parsed, {
      pgVersion: config.lint.pg_version,
      ruleLevels: config.lint.rules,
      configFile: project.configFile,
      largeTableRows: config.lint.large_table_rows,
      contextOnly: new Set(parsed.filter((_, i) => !isNew[i]).map((f) => f.file)),
    });

    const token = values.token || io.env.GITHUB_TOKEN;
    const repo = values.repo || io.env.GITHUB_REPOSITORY;
    const reader =
      token && repo ? { token, repo, apiUrl: io.env.GITHUB_API_URL || 'https://api.github.com' } : undefined;
    const bySha = new Map<string, NoteApproval | null>();
    const migrations: NoteMigration[] = [];
    for (let i = 0; i < set.migrations.length; i++) {
      if (!isNew[i]) continue;
      const m = set.migrations[i];
      let approval: NoteApproval | null | undefined;
      const sha = added.get(m.file);
      if (reader && sha) {
        if (!bySha.has(sha)) bySha.set(sha, await approvalOf(reader, sha));
        approval = bySha.get(sha);
      }
      migrations.push({
        file: m.up.file,
        version: m.version,
        findings: report.findings.filter((f) => f.file === m.up.file),
        tables: tablesTouched([parsed[i]]),
        hasDown: Boolean(m.down),
        ...(reader ? { approval } : {}),
      });
    }
    let notes: ReturnType<typeof buildReleaseNotes>;
    try {
      notes = buildReleaseNotes(from, to, migrations, values.current);
    } catch (err) {
      throw new InputError(`--current: ${(err as Error).message}`);
    }
    const md = renderReleaseNotes(notes);
    if (values.out) {
      writeFileSync(project.path(values.out), md);
      io.out(
        `release notes: ${migrations.length} migration(s), suggested ${notes.next ?? notes.bump}; written to ${values.out}`,
      );
    } else io.out(md);
    return 0;
  },
};
