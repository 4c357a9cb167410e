/**
 * Configured paths that do not exist, or that leave the repository, are configuration errors
 * naming the key (exit 2, failure status) in every command and stage alike; the default config
 * file may be absent, an explicit one may not.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionsPort } from '../../src/stages/actionsPort.js';
import { stage as driftCheck } from '../../src/stages/drift-check/stage.js';
import { stage as lintGate } from '../../src/stages/lint-gate/stage.js';
import { runStage } from '../../src/stages/runStage.js';
import { runCli } from '../helpers/cliRunner.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function project(config: string | undefined, dirs: string[] = ['db/migrations']): string {
  const dir = mkdtempSync(join(tmpdir(), 'sg-paths-'));
  made.push(dir);
  for (const d of dirs) mkdirSync(join(dir, d), { recursive: true });
  if (config !== undefined) writeFileSync(join(dir, 'schemagate.yml'), config);
  return dir;
}

function actions(inputs: Record<string, string>) {
  const errors: string[] = [];
  const port: ActionsPort = {
    getInput: (n) => inputs[n] ?? '',
    setOutput: () => {},
    setSecret: () => {},
    info: () => {},
    warning: () => {},
    error: (m) => errors.push(m),
    appendSummary: async () => {},
  };
  return { port, errors };
}

const noDb = async () => Promise.reject(new Error('no database in this test'));

describe.each([
  [
    'a missing migrations dir',
    'mode: strict\nmigrations: {dir: does/not/exist}\n',
    'migrations.dir: directory not found: does/not/exist',
  ],
  ['a missing schema dir', 'mode: strict\nschema: db/nope\n', 'schema: directory not found: db/nope'],
  [
    'a traversal out of the repository',
    'mode: strict\ndrift:\n  baseline: ../../x.json\n',
    'drift.baseline: "../../x.json" resolves outside the repository',
  ],
])('%s', (_what, config, message) => {
  it('is exit 2 naming the key for schemagate drift', async () => {
    const dir = project(config);
    const r = await runCli(['drift', '--mode', 'strict'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`schemagate.yml: ${message}`);
  });

  it('is a failure status and exit 2 for the drift-check stage', async () => {
    const dir = project(config);
    const { port, errors } = actions({ 'working-directory': dir });
    const r = await runStage(driftCheck, { env: { GITHUB_WORKSPACE: dir }, actions: port, openDb: noDb });
    expect(r.exitCode).toBe(2);
    expect(r.outcome.state).toBe('failure');
    expect(r.outcome.description).toContain(message);
    expect(errors.join('\n')).toContain(message);
  });
});

describe('the config file', () => {
  it('that the loader cannot read is exit 2 naming it', async () => {
    const dir = project(undefined, ['db/migrations', 'conf.yml']);
    const r = await runCli(['drift', '--config', 'conf.yml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('conf.yml: cannot read the config file');
  });

  it('may be absent at the default path: a stage uses the defaults', async () => {
    const dir = project(undefined);
    const { port } = actions({ 'working-directory': dir, config: '' });
    const r = await runStage(lintGate, { env: { GITHUB_WORKSPACE: dir }, actions: port, openDb: noDb });
    expect(r.outcome).toMatchObject({ state: 'success', description: 'no migration files changed' });
    expect(r.exitCode).toBe(0);
  });

  it('given explicitly and absent is an error', async () => {
    const dir = project(undefined);
    const { port } = actions({ 'working-directory': dir, config: 'ci/schemagate.yml' });
    const r = await runStage(lintGate, { env: { GITHUB_WORKSPACE: dir }, actions: port, openDb: noDb });
    expect(r.outcome).toMatchObject({
      state: 'failure',
      description: 'ci/schemagate.yml: config file not found',
    });
    expect(r.exitCode).toBe(2);
  });

  it('a working-directory outside the workspace is an error naming the input', async () => {
    const ws = project(undefined);
    const other = project(undefined);
    const { port } = actions({ 'working-directory': other });
    const r = await runStage(lintGate, { env: { GITHUB_WORKSPACE: ws }, actions: port, openDb: noDb });
    expect(r.outcome.state).toBe('failure');
    expect(r.outcome.description).toContain(
      `input working-directory: ${other} is outside the repository ${ws}`,
    );
  });
});
