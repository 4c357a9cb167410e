/** What the neon-branch stage needs from Neon, as a small port (the API client is in apiPort.ts). */

export interface NeonBranch {
  readonly id: string;
  readonly name: string;
  readonly parentId?: string;
  readonly expiresAt?: string;
  readonly isDefault: boolean;
}

export interface NeonPort {
  /** Branches whose name or id contains `search` (all when absent), across all pages. */
  listBranches(search?: string): Promise<NeonBranch[]>;
  /** Creates a branch with a read-write endpoint; returns it and the ids of its operations. */
  createBranch(request: {
    name: string;
    parentId?: string;
    expiresAt?: string;
    /** Neon's init_source: `schema-only` copies the parent's schema without its data (a root branch). */
    initSource?: 'schema-only';
    /** The endpoint's suspend_timeout_seconds (-1 never, 0 Neon's default). */
    suspendTimeoutSeconds?: number;
  }): Promise<{ branch: NeonBranch; operations: string[] }>;
  /** Resets a branch to the current head of its parent; returns operation ids. */
  resetBranch(branchId: string, parentId: string): Promise<string[]>;
  /** Deletes a branch; `gone` when it did not exist (already deleted). */
  deleteBranch(branchId: string): Promise<{ result: 'deleted' | 'gone'; operations: string[] }>;
  /** Status of one operation: finished, running (or scheduling), or failed with a reason. */
  operationStatus(operationId: string): Promise<{ done: boolean; failed?: string }>;
  /** The direct URI, or with `pooled` the PgBouncer one (`-pooler` host: no session features). */
  connectionUri(
    branchId: string,
    database: string,
    role: string,
    options?: { pooled?: boolean },
  ): Promise<string>;
}

/** Bad input that Neon told us about (API key, project id, parent): the stage fails, naming the input. */
export class NeonInputError extends Error {
  override readonly name = 'NeonInputError';
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(message);
  }
}
