import { InputError } from '../core/errors.js';
import { openDb } from '../db/index.js';
import type { GitHubPort } from '../github/port.js';
import type { Entry } from '../main.js';
import { type ActionsPort, actionsCorePort } from './actionsPort.js';
import { stages } from './registry.js';
import { runStage } from './runStage.js';
import { runSuite } from './suite.js';
import { STAGES } from './types.js';

/** Runs one action entry as the runner starts it; returns the process exit code. */
export async function runStageEntry(entry: Exclude<Entry, 'cli'>): Promise<number> {
  const actions = await actionsCorePort();
  const deps = { env: process.env, actions, openDb, github: await gitHubFactory(actions, process.env) };
  if (entry === 'suite') return runSuite(deps);
  const { exitCode } = await runStage(stages[entry], deps);
  return exitCode;
}

/** One Octokit per token, built with GITHUB_API_URL so a GitHub Enterprise server (or a test stand-in) is used. */
async function gitHubFactory(
  actions: ActionsPort,
  env: NodeJS.ProcessEnv,
): Promise<(token: string) => GitHubPort> {
  const [{ createOctokit }, { octokitGitHub }] = await Promise.all([
    import('../github/octokit.js'),
    import('../github/octokitGitHub.js'),
  ]);
  const ports = new Map<string, GitHubPort>();
  return (token) => {
    let port = ports.get(token);
    if (!port) {
      const author = actions.getInput('comment-author').trim();
      const writeIntervalMs = parseWriteInterval(env[WRITE_INTERVAL_VAR]);
      port = octokitGitHub(createOctokit({ token, baseUrl: env.GITHUB_API_URL, writeIntervalMs }), {
        repository: env.GITHUB_REPOSITORY ?? '',
        sectionOrder: STAGES,
        ...(author ? { commentAuthor: author } : {}),
      });
      ports.set(token, port);
    }
    return port;
  };
}

/**
 * Milliseconds between GitHub writes, for a GitHub Enterprise Server with its own limits (and the
 * end-to-end tests, whose stand-in has none). Unset: GitHub's own advice, 1 s (3 s for comments).
 */
export const WRITE_INTERVAL_VAR = 'SCHEMAGATE_GITHUB_WRITE_INTERVAL_MS';

export function parseWriteInterval(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (!/^\d+$/.test(value.trim()))
    throw new InputError(`${WRITE_INTERVAL_VAR} must be a whole number of milliseconds, got "${value}"`);
  return Number(value.trim());
}
