/**
 * One e2e "world": a fake GitHub, a fake Neon backed by a parent database on the real server,
 * and a repository checkout in a temp directory. Every secret of the world is listed so tests
 * can assert none leaks.
 */
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { urlFor } from '../../helpers/pgTestDb.js';
import { makeTempDir } from '../../helpers/tempDir.js';
import { FakeGitHub } from './fakeGitHub.js';
import { createFromTemplate, dropDatabase, FakeNeon } from './fakeNeon.js';
import { type ActionRun, runAction, visibleText } from './runAction.js';

export class World {
  readonly github = new FakeGitHub();
  readonly neon: FakeNeon;
  readonly token = `ghs_${randomBytes(12).toString('hex')}`;
  readonly workspace = makeTempDir('sg-e2e-repo-');

  private constructor(readonly parentDatabase: string) {
    this.neon = new FakeNeon(parentDatabase);
  }

  /** A world whose parent branch database holds `parentSql` (the "production" schema). */
  static async create(parentSql = ''): Promise<World> {
    const name = `sg_e2e_${randomBytes(4).toString('hex')}`;
    await createFromTemplate(name, 'template0');
    if (parentSql) await sql(urlFor(name), parentSql);
    const world = new World(name);
    await world.github.start();
    await world.neon.start();
    return world;
  }

  async dispose(): Promise<void> {
    await this.github.stop();
    await this.neon.stop();
    await dropDatabase(this.parentDatabase);
  }

  write(path: string, text: string): void {
    const file = join(this.workspace, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }

  copy(from: string, to = '.'): void {
    cpSync(from, join(this.workspace, to), { recursive: true });
  }

  /** The inputs every run passes: the Neon secret and where the fake lives. */
  neonInputs(): Record<string, string> {
    return {
      'neon-api-key': this.neon.apiKey,
      'neon-project-id': this.neon.projectId,
      'api-host': this.neon.url,
    };
  }

  secrets(): string[] {
    return [this.token, this.neon.apiKey, this.neon.password];
  }

  run(
    action: string,
    inputs: Record<string, string>,
    event: { name: string; payload: unknown },
    env?: Record<string, string>,
  ): Promise<ActionRun> {
    return runAction(action, inputs, {
      workspace: this.workspace,
      event,
      githubUrl: this.github.url,
      token: this.token,
      env,
    });
  }

  /** Everything a person could read: logs, summary, statuses, comments. */
  readable(runs: readonly ActionRun[]): string {
    return [
      ...runs.map(visibleText),
      ...this.github.statuses.map((s) => JSON.stringify(s)),
      ...this.github.comments.map((c) => c.body),
    ].join('\n');
  }
}

export async function sql(url: string, text: string): Promise<pg.QueryResult[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query(text);
    return Array.isArray(r) ? r : [r];
  } finally {
    await c.end();
  }
}

export async function tablesOf(url: string): Promise<string[]> {
  const [r] = await sql(
    url,
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
  );
  return r.rows.map((row) => row.table_name as string);
}
