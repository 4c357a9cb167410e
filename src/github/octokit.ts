/**
 * The one place an Octokit is built: REST client with the retry plugin (5xx, network) and the
 * throttling plugin (primary and secondary rate limits). Everything else receives the instance,
 * so tests can inject one pointed at nock or a local server.
 */
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';

export type GitHubClient = InstanceType<typeof Octokit>;

export interface OctokitOptions {
  readonly token: string;
  /** GITHUB_API_URL; https://api.github.com when absent. */
  readonly baseUrl?: string;
  /** Milliseconds multiplied by the retry count before a retry (tests pass a small value). */
  readonly retryBaseMs?: number;
  /** How many times a rate-limited request is retried before giving up. */
  readonly rateLimitRetries?: number;
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
      onRateLimit: (_after: number, _opts: unknown, _o: unknown, retryCount: number) => retryCount < limit,
      onSecondaryRateLimit: (_after: number, _opts: unknown, _o: unknown, retryCount: number) =>
        retryCount < limit,
    },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  }) as unknown as GitHubClient;
}
