/**
 * The one place an Octokit is built: REST client with the retry plugin (5xx, network) and the
 * throttling plugin (primary and secondary rate limits). Everything else receives the instance,
 * so tests can inject one pointed at nock or a local server.
 */
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck/light.js';

export type GitHubClient = InstanceType<typeof Octokit>;

export interface OctokitOptions {
  readonly token: string;
  /** GITHUB_API_URL; https://api.github.com when absent. */
  readonly baseUrl?: string;
  /** Milliseconds multiplied by the retry count before a retry (tests pass a small value). */
  readonly retryBaseMs?: number;
  /** How many times a rate-limited request is retried before giving up. */
  readonly rateLimitRetries?: number;
  /**
   * Milliseconds between two writes (statuses, comments). Absent: Octokit's spacing, 1 s between
   * writes and 3 s between writes that notify people, as GitHub asks of integrations.
   */
  readonly writeIntervalMs?: number;
}

const RetryingOctokit = Octokit.plugin(retry, throttling);

export function createOctokit(options: OctokitOptions): GitHubClient {
  const limit = options.rateLimitRetries ?? 2;
  return new RetryingOctokit({
    auth: options.token,
    baseUrl: (options.baseUrl || 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: 'schemagate',
    // Undici's own fetch is invisible to nock and local stand-ins; the global one is not.
    request: { fetch: globalThis.fetch },
    retry: { retryAfterBaseValue: options.retryBaseMs ?? 1000 },
    throttle: {
      ...writeGroups(options.writeIntervalMs),
      onRateLimit: (_after: number, _opts: unknown, _o: unknown, retryCount: number) => retryCount < limit,
      onSecondaryRateLimit: (_after: number, _opts: unknown, _o: unknown, retryCount: number) =>
        retryCount < limit,
    },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  }) as unknown as GitHubClient;
}

/** The throttling plugin's write queues with another spacing (still one write at a time). */
function writeGroups(intervalMs: number | undefined): Record<string, unknown> {
  if (intervalMs === undefined) return {};
  const group = (id: string) => new Bottleneck.Group({ id, maxConcurrent: 1, minTime: intervalMs });
  return { write: group('schemagate-write'), notifications: group('schemagate-notifications') };
}
