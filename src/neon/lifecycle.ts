/**
 * The branch lifecycle of a pull request over the Neon port: create or reuse (exact name),
 * optionally reset to the parent, wait for operations; delete on close; clean up closed and
 * expired branches. No I/O of its own beyond the port, so tests drive it with a fake.
 */
import { prNumberOf, searchPrefix } from './naming.js';
import { type NeonBranch, NeonInputError, type NeonPort } from './port.js';
import type { Sleep } from './retry.js';

export interface LifecycleDeps {
  readonly neon: NeonPort;
  readonly sleep: Sleep;
  readonly log: (message: string) => void;
  /** Poll interval and the most polls per operation (default 1 s × 300 = about 5 minutes). */
  readonly pollMs?: number;
  readonly maxPolls?: number;
}

export interface EnsureRequest {
  readonly name: string;
  /** Parent branch name or id; the project's default branch when absent. */
  readonly parent?: string;
  readonly expiresAt?: string;
  readonly reset: boolean;
  /** schema-only: the parent's schema without its data; a reset then re-creates the branch. */
  readonly initSource?: 'schema-only';
  readonly suspendTimeoutSeconds?: number;
}

export interface EnsureResult {
  readonly branch: NeonBranch;
  readonly created: boolean;
  readonly reset: boolean;
  /** The parent resolved from the request (undefined: the project's default branch). */
  readonly parent?: NeonBranch;
}

export async function findBranchByName(neon: NeonPort, name: string): Promise<NeonBranch | undefined> {
  // search matches substrings of names and ids: only an exact name match is ours.
  return (await neon.listBranches(name)).find((b) => b.name === name);
}

async function resolveParent(neon: NeonPort, parent: string | undefined): Promise<NeonBranch | undefined> {
  if (!parent) return undefined;
  const candidates = await neon.listBranches(parent);
  const found = candidates.find((b) => b.id === parent) ?? candidates.find((b) => b.name === parent);
  if (!found)
    throw new NeonInputError(
      'parent-branch',
      `Neon has no branch named or with id ${JSON.stringify(parent)}: check the parent-branch input or neon.parent_branch`,
    );
  return found;
}

export async function waitForOperations(deps: LifecycleDeps, operations: readonly string[]): Promise<void> {
  const pollMs = deps.pollMs ?? 1000;
  const maxPolls = deps.maxPolls ?? 300;
  for (const id of operations) {
    for (let poll = 0; ; poll++) {
      const { done, failed } = await deps.neon.operationStatus(id);
      if (failed) throw new Error(`Neon operation ${id} failed: ${failed}`);
      if (done) break;
      if (poll >= maxPolls)
        throw new Error(
          `Neon operation ${id} did not finish after ${Math.round((maxPolls * pollMs) / 1000)} s`,
        );
      await deps.sleep(pollMs);
    }
  }
}

/**
 * Resets `branch` to the current head of `parent` (resolved) or of its own parent, and waits;
 * returns the branch to use afterwards. A schema-only branch is a root branch (Neon keeps no
 * parent link, and a restore would copy the parent's data), so it is deleted and created again
 * from the parent's schema, under the same name and with a new id.
 */
export async function resetToParent(
  deps: LifecycleDeps,
  branch: NeonBranch,
  parent: NeonBranch | undefined,
  request?: Pick<EnsureRequest, 'initSource' | 'expiresAt' | 'suspendTimeoutSeconds'>,
): Promise<NeonBranch> {
  if (request?.initSource === 'schema-only') {
    deps.log(`Re-creating schema-only Neon branch ${branch.name} from its parent's schema`);
    const gone = await deps.neon.deleteBranch(branch.id);
    await waitForOperations(deps, gone.operations);
    const made = await deps.neon.createBranch(createRequest(branch.name, parent, request));
    await waitForOperations(deps, made.operations);
    return made.branch;
  }
  const parentId = parent?.id ?? branch.parentId;
  if (!parentId)
    throw new NeonInputError(
      'parent-branch',
      `branch ${branch.name} has no parent to reset to: set the parent-branch input`,
    );
  deps.log(`Resetting Neon branch ${branch.name} to its parent`);
  await waitForOperations(deps, await deps.neon.resetBranch(branch.id, parentId));
  return branch;
}

function createRequest(
  name: string,
  parent: NeonBranch | undefined,
  r: Pick<EnsureRequest, 'initSource' | 'expiresAt' | 'suspendTimeoutSeconds'>,
): Parameters<NeonPort['createBranch']>[0] {
  return {
    name,
    ...(parent ? { parentId: parent.id } : {}),
    ...(r.expiresAt ? { expiresAt: r.expiresAt } : {}),
    ...(r.initSource ? { initSource: r.initSource } : {}),
    ...(r.suspendTimeoutSeconds !== undefined ? { suspendTimeoutSeconds: r.suspendTimeoutSeconds } : {}),
  };
}

/** The parent branch named (or with the id) `parent`; undefined when none is configured. */
export async function findParent(
  neon: NeonPort,
  parent: string | undefined,
): Promise<NeonBranch | undefined> {
  return resolveParent(neon, parent);
}

export async function ensureBranch(deps: LifecycleDeps, request: EnsureRequest): Promise<EnsureResult> {
  const { neon } = deps;
  const parent = await resolveParent(neon, request.parent);
  const existing = await findBranchByName(neon, request.name);
  if (existing) {
    if (!request.reset) return { branch: existing, created: false, reset: false, parent };
    const branch = await resetToParent(deps, existing, parent, request);
    return { branch, created: false, reset: true, parent };
  }
  try {
    deps.log(`Creating Neon branch ${request.name}`);
    const { branch, operations } = await neon.createBranch(createRequest(request.name, parent, request));
    await waitForOperations(deps, operations);
    return { branch, created: true, reset: false, parent };
  } catch (err) {
    // 409: another run created it between our listing and our create. Reuse theirs.
    if ((err as Error).message?.includes('HTTP 409')) {
      const raced = await findBranchByName(neon, request.name);
      if (raced) return { branch: raced, created: false, reset: false, parent };
    }
    throw err;
  }
}

/** The branch with exactly this id (Neon's search matches ids too). */
export async function findBranchById(neon: NeonPort, id: string): Promise<NeonBranch | undefined> {
  return (await neon.listBranches(id)).find((b) => b.id === id);
}

/** Deletes by id (Neon's delete-branch action takes one) or by the PR's name. */
export async function deleteBranchById(deps: LifecycleDeps, id: string): Promise<'deleted' | 'gone'> {
  const { result, operations } = await deps.neon.deleteBranch(id);
  await waitForOperations(deps, operations);
  return result;
}

export async function deleteBranchNamed(deps: LifecycleDeps, name: string): Promise<'deleted' | 'gone'> {
  const existing = await findBranchByName(deps.neon, name);
  if (!existing) return 'gone';
  const { result, operations } = await deps.neon.deleteBranch(existing.id);
  await waitForOperations(deps, operations);
  return result;
}

export interface CleanupResult {
  readonly deleted: { name: string; why: 'closed' | 'expired' }[];
  readonly kept: number;
}

/** Deletes this template's branches whose PR is closed (or gone) and those past expires_at. */
export async function cleanupBranches(
  deps: LifecycleDeps,
  template: string,
  prState: (prNumber: number) => Promise<'open' | 'closed' | 'missing'>,
  now: Date,
): Promise<CleanupResult> {
  const deleted: CleanupResult['deleted'] = [];
  let kept = 0;
  for (const branch of await deps.neon.listBranches(searchPrefix(template) || undefined)) {
    const pr = prNumberOf(template, branch.name);
    if (pr === undefined || branch.isDefault) continue;
    const expired = branch.expiresAt !== undefined && Date.parse(branch.expiresAt) <= now.getTime();
    const why = expired ? 'expired' : (await prState(pr)) === 'open' ? undefined : 'closed';
    if (!why) {
      kept++;
      continue;
    }
    const { operations } = await deps.neon.deleteBranch(branch.id);
    await waitForOperations(deps, operations);
    deleted.push({ name: branch.name, why });
  }
  return { deleted, kept };
}
