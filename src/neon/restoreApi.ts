/**
 * The Neon operations of release safety, added to the branch port: a restore point (a branch of
 * the target at its current LSN, with no compute), reading one branch, and restoring a branch from
 * another branch or to a point in time. Same client settings, retries and error translation as
 * apiPort.ts: no axios error (which carries the Authorization header) leaves this file.
 */
import { type Api, createApiClient } from '@neondatabase/api-client';
import { type NeonApiOptions, neonApiPort, translate } from './apiPort.js';
import type { NeonBranch, NeonPort } from './port.js';
import { withRetry } from './retry.js';

export interface NeonBranchDetail extends NeonBranch {
  /** LSN of the parent the branch was taken at (a restore point's "current LSN"). */
  readonly parentLsn?: string;
  /** When the branch was created (RFC 3339). */
  readonly createdAt?: string;
  readonly parentTimestamp?: string;
}

export interface RestoreRequest {
  /** The branch whose data is replaced (production). */
  readonly branchId: string;
  /** Where the data comes from: the restore point, or the branch itself for a point in time. */
  readonly sourceBranchId: string;
  readonly sourceTimestamp?: string;
  readonly sourceLsn?: string;
  /** The state before the restore is kept as a branch of this name (Neon requires it here). */
  readonly preserveUnderName: string;
}

export interface NeonReleasePort extends NeonPort {
  /** One branch by id, with its parent LSN and creation time; undefined when it does not exist. */
  getBranch(branchId: string): Promise<NeonBranchDetail | undefined>;
  /** A branch of `parentId` at its current LSN without an endpoint (a restore point needs no compute). */
  createSnapshotBranch(request: {
    name: string;
    parentId: string;
    expiresAt?: string;
  }): Promise<{ branch: NeonBranchDetail; operations: string[] }>;
  restoreBranch(request: RestoreRequest): Promise<{ branch: NeonBranchDetail; operations: string[] }>;
}

type Raw = {
  id: string;
  name: string;
  parent_id?: string;
  parent_lsn?: string;
  parent_timestamp?: string;
  created_at?: string;
  expires_at?: string | null;
  default?: boolean;
};

const toDetail = (b: Raw): NeonBranchDetail => ({
  id: b.id,
  name: b.name,
  isDefault: Boolean(b.default),
  ...(b.parent_id ? { parentId: b.parent_id } : {}),
  ...(b.expires_at ? { expiresAt: b.expires_at } : {}),
  ...(b.parent_lsn ? { parentLsn: b.parent_lsn } : {}),
  ...(b.parent_timestamp ? { parentTimestamp: b.parent_timestamp } : {}),
  ...(b.created_at ? { createdAt: b.created_at } : {}),
});

export function neonReleasePort(options: NeonApiOptions): NeonReleasePort {
  const base = neonApiPort(options);
  const api: Api<unknown> = createApiClient({
    apiKey: options.apiKey,
    baseURL: options.apiHost.replace(/\/+$/, ''),
    timeout: 60_000,
  });
  const projectId = options.projectId;
  async function call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await withRetry(fn, options.retry);
    } catch (err) {
      throw translate(err, what, projectId);
    }
  }

  return {
    ...base,

    async getBranch(branchId) {
      try {
        const { data } = await withRetry(() => api.getProjectBranch(projectId, branchId), options.retry);
        return toDetail(data.branch as Raw);
      } catch (err) {
        const status = (err as { response?: { status?: number } } | null)?.response?.status;
        if (status === 404) return undefined;
        throw translate(err, 'reading a branch', projectId);
      }
    },

    async createSnapshotBranch({ name, parentId, expiresAt }) {
      const { data } = await call('creating the restore point branch', () =>
        api.createProjectBranch(projectId, {
          branch: { name, parent_id: parentId, ...(expiresAt ? { expires_at: expiresAt } : {}) },
        }),
      );
      return {
        branch: toDetail(data.branch as Raw),
        operations: (data.operations ?? []).map((o) => o.id),
      };
    },

    async restoreBranch(r) {
      const { data } = await call('restoring the branch', () =>
        api.restoreProjectBranch(projectId, r.branchId, {
          source_branch_id: r.sourceBranchId,
          ...(r.sourceTimestamp ? { source_timestamp: r.sourceTimestamp } : {}),
          ...(r.sourceLsn ? { source_lsn: r.sourceLsn } : {}),
          preserve_under_name: r.preserveUnderName,
        }),
      );
      return {
        branch: toDetail(data.branch as Raw),
        operations: (data.operations ?? []).map((o) => o.id),
      };
    },
  };
}
