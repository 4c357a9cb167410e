import { readFileSync } from 'node:fs';
import type { PullRequestInfo, RunInfo } from './types.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Reads the pull request from the event payload (pull_request, pull_request_target, pull_request_review). */
export function readPullRequest(env: Env): PullRequestInfo | undefined {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return undefined;
  let payload: any;
  try {
    payload = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
  const pr = payload?.pull_request;
  if (!pr) return undefined;
  return {
    number: pr.number,
    headSha: pr.head?.sha,
    baseSha: pr.base?.sha,
    baseRef: pr.base?.ref,
    author: pr.user?.login ?? '',
    labels: (pr.labels ?? []).map((l: { name: string }) => l.name),
    isFork: Boolean(pr.head?.repo && pr.base?.repo && pr.head.repo.full_name !== pr.base.repo.full_name),
    state: pr.state === 'closed' ? 'closed' : 'open',
    merged: Boolean(pr.merged),
  };
}

export function readRunInfo(env: Env): RunInfo {
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const repository = env.GITHUB_REPOSITORY ?? '';
  const runUrl =
    repository && env.GITHUB_RUN_ID
      ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  return {
    repository,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    actor: env.GITHUB_ACTOR ?? '',
    runUrl,
    serverUrl,
    sha: env.GITHUB_SHA ?? '',
  };
}
