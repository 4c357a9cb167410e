import { openDb } from '../db/index.js';
import type { Entry } from '../main.js';
import { actionsCorePort } from './actionsPort.js';
import { stages } from './registry.js';
import { runStage } from './runStage.js';
import { runSuite } from './suite.js';

/** Runs one action entry as the runner starts it; returns the process exit code. */
export async function runStageEntry(entry: Exclude<Entry, 'cli'>): Promise<number> {
  const actions = await actionsCorePort();
  const deps = { env: process.env, actions, openDb, github: await gitHubFactory() };
  if (entry === 'suite') return runSuite(deps);
  const { exitCode } = await runStage(stages[entry], deps);
  return exitCode;
}

async function gitHubFactory() {
  const { octokitGitHub } = await import('../github/octokitGitHub.js');
  return (token: string) => octokitGitHub(token, process.env);
}
