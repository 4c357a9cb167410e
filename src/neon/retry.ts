/**
 * Retries for Neon calls: 423 (the project is locked by a running operation), 429, 5xx and
 * network errors, with exponential backoff. The clock is injected so tests never wait.
 */

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface RetryOptions {
  readonly sleep: Sleep;
  /** Attempts in all, including the first. */
  readonly attempts?: number;
  readonly baseMs?: number;
  readonly maxMs?: number;
  /** Called before each wait, to log it. */
  readonly onRetry?: (reason: string, waitMs: number, attempt: number) => void;
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENOTFOUND',
  'EPIPE',
  'ECONNABORTED',
  'ERR_NETWORK',
  'UND_ERR_SOCKET',
]);

export function httpStatus(err: unknown): number | undefined {
  const e = err as { response?: { status?: unknown }; status?: unknown } | null;
  const s = e?.response?.status ?? e?.status;
  return typeof s === 'number' ? s : undefined;
}

/** Why an error is worth retrying, or undefined when it is not. */
export function retryReason(err: unknown): string | undefined {
  const status = httpStatus(err);
  if (status === 423) return 'HTTP 423 (project locked by another operation)';
  if (status === 429) return 'HTTP 429 (rate limited)';
  if (status !== undefined && status >= 500) return `HTTP ${status}`;
  if (status === undefined) {
    const code = (err as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return `network error ${code}`;
  }
  return undefined;
}

function retryAfterMs(err: unknown): number | undefined {
  const headers = (err as { response?: { headers?: Record<string, unknown> } } | null)?.response?.headers;
  const raw = headers?.['retry-after'];
  const seconds = typeof raw === 'string' || typeof raw === 'number' ? Number(raw) : Number.NaN;
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions): Promise<T> {
  const attempts = options.attempts ?? 6;
  const base = options.baseMs ?? 1000;
  const max = options.maxMs ?? 30_000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const reason = retryReason(err);
      if (!reason || attempt >= attempts) throw err;
      const wait = Math.min(max, retryAfterMs(err) ?? base * 2 ** (attempt - 1));
      options.onRetry?.(reason, wait, attempt);
      await options.sleep(wait);
    }
  }
}
