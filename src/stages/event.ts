import { readFileSync } from 'node:fs';
import type { CommitRange, PullRequestInfo, RunInfo } from './types.js';

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

function readPayload(env: Env): any {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  try {
    return JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
  } catch {
    return undefined;
  }
}

const ZERO_SHA = /^0+$/;

/**
 * The commits a non-pull-request event is about: a merge group (its base and head; statuses go
 * on its head) or a push (before and after). Undefined for other events or a new branch's push.
 */
export function readCommitRange(env: Env): CommitRange | undefined {
  const payload = readPayload(env);
  if (!payload) return undefined;
  const group = payload.merge_group;
  if (env.GITHUB_EVENT_NAME === 'merge_group' && group?.head_sha && group?.base_sha)
    return {
      event: 'merge_group',
      base: group.base_sha,
      head: group.head_sha,
      baseRef: group.base_ref ?? '',
    };
  if (env.GITHUB_EVENT_NAME === 'push' && payload.before && payload.after && !ZERO_SHA.test(payload.before))
    return { event: 'push', base: payload.before, head: payload.after, baseRef: payload.ref ?? '' };
  return undefined;
}
