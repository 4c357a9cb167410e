/**
 * The Neon port over @neondatabase/api-client (axios). Every call goes through withRetry, and
 * every error leaves this file as a plain Error or NeonInputError: axios errors carry the request
 * config, Authorization header included, and must never reach a log.
 */
import { type Api, createApiClient } from '@neondatabase/api-client';
import { type NeonBranch, NeonInputError, type NeonPort } from './port.js';
import { httpStatus, type RetryOptions, withRetry } from './retry.js';

export interface NeonApiOptions {
  readonly apiKey: string;
  readonly projectId: string;
  /** Input api-host: https://console.neon.tech/api/v2 or a test/self-hosted endpoint. */
  readonly apiHost: string;
  readonly retry: RetryOptions;
}

type Raw = { id: string; name: string; parent_id?: string; expires_at?: string; default?: boolean };
const toBranch = (b: Raw): NeonBranch => ({
  id: b.id,
  name: b.name,
  ...(b.parent_id ? { parentId: b.parent_id } : {}),
  ...(b.expires_at ? { expiresAt: b.expires_at } : {}),
  isDefault: Boolean(b.default),
});

export function neonApiPort(options: NeonApiOptions): NeonPort {
  const api: Api<unknown> = createApiClient({
    apiKey: options.apiKey,
    baseURL: options.apiHost.replace(/\/+$/, ''),
    timeout: 60_000,
  });
  const projectId = options.projectId;

  async function call<T>(what: string, fn: () => Promise<T>, notFound?: () => T): Promise<T> {
    try {
      return await withRetry(fn, options.retry);
    } catch (err) {
      const status = httpStatus(err);
      if (status === 404 && notFound) return notFound();
      throw translate(err, what, projectId);
    }
  }

  return {
    async listBranches(search) {
      const all: NeonBranch[] = [];
      let cursor: string | undefined;
      do {
        const page = await call('listing branches', () =>
          api.listProjectBranches({
            projectId,
            limit: 100,
            ...(search ? { search } : {}),
            ...(cursor ? { cursor } : {}),
          }),
        );
        all.push(...page.data.branches.map((b) => toBranch(b as Raw)));
        const next = page.data.pagination?.next;
        cursor = next && page.data.branches.length > 0 && next !== cursor ? next : undefined;
      } while (cursor);
      return all;
    },

    async createBranch({ name, parentId, expiresAt, initSource, suspendTimeoutSeconds }) {
      const { data } = await call('creating the branch', () =>
        api.createProjectBranch(projectId, {
          branch: {
            name,
            ...(parentId ? { parent_id: parentId } : {}),
            ...(expiresAt ? { expires_at: expiresAt } : {}),
            ...(initSource ? { init_source: initSource } : {}),
          },
          endpoints: [
            {
              type: 'read_write' as never,
              ...(suspendTimeoutSeconds !== undefined
                ? { suspend_timeout_seconds: suspendTimeoutSeconds }
                : {}),
            },
          ],
        }),
      );
      return { branch: toBranch(data.branch as Raw), operations: (data.operations ?? []).map((o) => o.id) };
    },

    async resetBranch(branchId, parentId) {
      const { data } = await call('resetting the branch to its parent', () =>
        api.restoreProjectBranch(projectId, branchId, { source_branch_id: parentId }),
      );
      return (data.operations ?? []).map((o) => o.id);
    },

    async deleteBranch(branchId) {
      return call<{ result: 'deleted' | 'gone'; operations: string[] }>(
        'deleting the branch',
        async () => {
          const { data } = await api.deleteProjectBranch({ projectId, branchId });
          return { result: 'deleted' as const, operations: (data.operations ?? []).map((o) => o.id) };
        },
        () => ({ result: 'gone' as const, operations: [] }),
      );
    },

    async operationStatus(operationId) {
      const { data } = await call('waiting for an operation', () =>
        api.getProjectOperation(projectId, operationId),
      );
      const { status, error } = data.operation;
      if (status === 'finished' || status === 'skipped') return { done: true };
      if (status === 'failed' || status === 'error' || status === 'cancelled' || status === 'cancelling') {
        return { done: true, failed: error || status };
      }
      return { done: false };
    },

    async connectionUri(branchId, database, role, uriOptions) {
      const { data } = await call('getting the connection URI', () =>
        api.getConnectionUri({
          projectId,
          branch_id: branchId,
          database_name: database,
          role_name: role,
          ...(uriOptions?.pooled ? { pooled: true } : {}),
        }),
      );
      return data.uri;
    },
  };
}

export function translate(err: unknown, what: string, projectId: string): Error {
  const status = httpStatus(err);
  const body = (err as { response?: { data?: { message?: unknown } } } | null)?.response?.data;
  const detail = typeof body?.message === 'string' ? `: ${body.message}` : '';
  if (status === 401) {
    return new NeonInputError(
      'neon-api-key',
      `Neon rejected the API key (HTTP 401) while ${what}: check the neon-api-key input (a Neon API key secret)`,
    );
  }
  if (status === 404 && what === 'listing branches') {
    return new NeonInputError(
      'neon-project-id',
      `Neon has no project ${JSON.stringify(projectId)} visible to this API key (HTTP 404): check the neon-project-id input or neon.project_id in schemagate.yml`,
    );
  }
  if (status !== undefined) return new Error(`Neon API error while ${what}: HTTP ${status}${detail}`);
  const code = (err as { code?: unknown } | null)?.code;
  return new Error(`Neon API unreachable while ${what}${typeof code === 'string' ? ` (${code})` : ''}`);
}
