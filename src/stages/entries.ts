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
      port = octokitGitHub(createOctokit({ token, baseUrl: env.GITHUB_API_URL }), {
        repository: env.GITHUB_REPOSITORY ?? '',
        sectionOrder: STAGES,
        ...(author ? { commentAuthor: author } : {}),
      });
      ports.set(token, port);
    }
    return port;
  };
}
