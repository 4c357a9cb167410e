/**
 * Runs an action the way the runner does: read its composite action.yml, evaluate the step's
 * env mapping (`${{ inputs.x }}` with the action's defaults, `${{ github.token }}`), run the
 * step's bash script with GITHUB_ACTION_PATH, GITHUB_EVENT_PATH and the runner files, then map
 * the action's outputs from the step's GITHUB_OUTPUT.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { parseOutputFile } from '../../helpers/runBundle.js';
import { makeTempDir } from '../../helpers/tempDir.js';

interface ActionYml {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { steps: { id?: string; env?: Record<string, string>; run: string }[] };
}

export interface RunContext {
  /** Directory of the checked-out repository (cwd of the step, GITHUB_WORKSPACE). */
  readonly workspace: string;
  readonly event: { name: string; payload: unknown };
  readonly githubUrl: string;
  readonly token: string;
  readonly repository?: string;
  /** More environment for the step (after the runner's own). */
  readonly env?: Record<string, string>;
}

export interface ActionRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly stepOutputs: Record<string, string>;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

const REPO_ROOT = process.cwd();

function evaluate(
  expr: string,
  scope: { inputs: Record<string, string>; token: string; steps: Record<string, string> },
): string {
  return expr.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_all, path: string) => {
    if (path === 'github.token') return scope.token;
    let m = /^inputs\.([a-z0-9-]+)$/.exec(path);
    if (m) return scope.inputs[m[1]] ?? '';
    m = /^steps\.run\.outputs\.([a-z0-9-]+)$/.exec(path);
    if (m) return scope.steps[m[1]] ?? '';
    throw new Error(`runAction: unsupported expression ${path}`);
  });
}

/** `action` is the path of the action.yml relative to the repository root (e.g. actions/neon-branch/action.yml). */
export async function runAction(
  action: string,
  inputs: Record<string, string>,
  ctx: RunContext,
): Promise<ActionRun> {
  const file = resolve(REPO_ROOT, action);
  const def = parse(readFileSync(file, 'utf8')) as ActionYml;
  const step = def.runs.steps.find((s) => s.id === 'run')!;
  for (const name of Object.keys(inputs))
    if (!(name in def.inputs)) throw new Error(`${action} declares no input ${name}`);

  // Defaults first (they may use expressions), then what the workflow passes with `with:`.
  const values: Record<string, string> = {};
  for (const [name, i] of Object.entries(def.inputs))
    values[name] = evaluate(i.default ?? '', { inputs: {}, token: ctx.token, steps: {} });
  Object.assign(values, inputs);

  const work = makeTempDir('sg-runner-');
  const files = {
    output: join(work, 'output'),
    summary: join(work, 'summary'),
    event: join(work, 'event.json'),
  };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.event, JSON.stringify(ctx.event.payload));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? work,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION_PATH: dirname(file),
    GITHUB_API_URL: ctx.githubUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: ctx.repository ?? 'acme/shop',
    GITHUB_RUN_ID: '4242',
    GITHUB_EVENT_NAME: ctx.event.name,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_WORKSPACE: ctx.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: work,
    // The stand-in has no secondary rate limit: without this, GitHub's 1 s between writes (3 s
    // between comments) made up most of every e2e test's time.
    SCHEMAGATE_GITHUB_WRITE_INTERVAL_MS: '0',
    ...(process.env.RUNNER_DEBUG ? { RUNNER_DEBUG: process.env.RUNNER_DEBUG } : {}),
    ...ctx.env,
  };
  for (const [k, v] of Object.entries(step.env ?? {}))
    env[k] = evaluate(v, { inputs: values, token: ctx.token, steps: {} });

  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (done, fail) => {
      const child = spawn('bash', ['-e', '-c', step.run], {
        cwd: ctx.workspace,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => {
        out += d;
      });
      child.stderr.on('data', (d) => {
        err += d;
      });
      child.on('error', fail);
      child.on('close', (c) => done({ code: c, stdout: out, stderr: err }));
    },
  );
  const stepOutputs = parseOutputFile(readFileSync(files.output, 'utf8'));
  const outputs = Object.fromEntries(
    Object.entries(def.outputs).map(([name, o]) => [
      name,
      evaluate(o.value, { inputs: values, token: ctx.token, steps: stepOutputs }),
    ]),
  );
  return { code, stdout, stderr, stepOutputs, outputs, summary: readFileSync(files.summary, 'utf8') };
}

/**
 * What a reader of the run could see: the log (minus the runner's own `::add-mask::` commands,
 * which the runner consumes and never shows), and the summary.
 */
export function visibleText(run: ActionRun): string {
  const log = `${run.stdout}\n${run.stderr}`
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  return `${log}\n${run.summary}`;
}

export function pullRequestEvent(
  action: string,
  pr: { number: number; head: string; state?: 'open' | 'closed'; fork?: boolean; base?: string },
): { name: string; payload: unknown } {
  return {
    name: 'pull_request',
    payload: {
      action,
      number: pr.number,
      pull_request: {
        number: pr.number,
        state: pr.state ?? 'open',
        merged: false,
        user: { login: 'dev' },
        labels: [],
        head: {
          sha: pr.head,
          ref: `feature-${pr.number}`,
          repo: { full_name: pr.fork ? 'someone/shop' : 'acme/shop' },
        },
        base: { sha: pr.base ?? 'base000', ref: 'main', repo: { full_name: 'acme/shop' } },
      },
      repository: { full_name: 'acme/shop' },
    },
  };
}

export function reviewEvent(
  pr: { number: number; head: string; base?: string },
  review: { user: string; state: string },
) {
  const base = pullRequestEvent('submitted', pr) as { name: string; payload: Record<string, unknown> };
  return {
    name: 'pull_request_review',
    payload: {
      ...base.payload,
      action: 'submitted',
      review: { user: { login: review.user }, state: review.state.toLowerCase(), commit_id: pr.head },
    },
  };
}
