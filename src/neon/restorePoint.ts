/**
 * Restore points and restores over the Neon release port. A restore point is a branch of the
 * production branch taken at its current LSN just before a migration run, named
 * `restore/<target>/<version>-<short sha>`, with an expiry; a rollback restores production from it
 * (or from its own history at a timestamp), keeping the state it replaces as a branch.
 */

import { waitForOperations } from './lifecycle.js';
import { NeonInputError } from './port.js';
import type { NeonBranchDetail, NeonReleasePort } from './restoreApi.js';
import type { Sleep } from './retry.js';

export interface RestoreDeps {
  readonly neon: NeonReleasePort;
  readonly sleep: Sleep;
  readonly log: (message: string) => void;
  readonly pollMs?: number;
  readonly maxPolls?: number;
}

/** Neon branch names are at most 256 characters; keep the readable parts. */
export function restorePointName(target: string, version: string | undefined, sha: string): string {
  const v = version && version.length > 0 ? version : 'empty';
  return `restore/${target}/${v}-${sha.slice(0, 7)}`.slice(0, 256);
}

/** The name under which the state replaced by a restore is kept. */
export function preservedName(target: string, now: Date): string {
  return `rollback/${target}/${now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-')}`;
}

/** The branch named or with id `nameOrId`, or the project's default branch when absent. */
export async function resolveTarget(
  neon: NeonReleasePort,
  nameOrId: string | undefined,
): Promise<NeonBranchDetail> {
  const list = await neon.listBranches(nameOrId);
  const found = nameOrId
    ? (list.find((b) => b.id === nameOrId) ?? list.find((b) => b.name === nameOrId))
    : list.find((b) => b.isDefault);
  if (!found) {
    throw new NeonInputError(
      'production-branch',
      nameOrId
        ? `Neon has no branch named or with id ${JSON.stringify(nameOrId)}: check the production-branch input or release.production_branch`
        : 'the Neon project has no default branch: name the production branch (production-branch input or release.production_branch)',
    );
  }
  return (await neon.getBranch(found.id)) ?? found;
}

export interface RestorePoint {
  readonly id: string;
  readonly name: string;
  readonly target: { readonly id: string; readonly name: string };
  readonly lsn?: string;
  readonly createdAt?: string;
  readonly expiresAt?: string;
  /** False when a restore point of the same name (same version and commit) already existed. */
  readonly created: boolean;
}

export async function createRestorePoint(
  deps: RestoreDeps,
  request: { target?: string; version?: string; sha: string; expiresAt?: string },
): Promise<RestorePoint> {
  const target = await resolveTarget(deps.neon, request.target);
  const name = restorePointName(target.name, request.version, request.sha);
  const view = (b: NeonBranchDetail, created: boolean): RestorePoint => ({
    id: b.id,
    name: b.name,
    target: { id: target.id, name: target.name },
    ...(b.parentLsn ? { lsn: b.parentLsn } : {}),
    ...(b.createdAt ? { createdAt: b.createdAt } : {}),
    ...(b.expiresAt ? { expiresAt: b.expiresAt } : {}),
    created,
  });
  // A re-run of the same commit: the restore point taken before its first attempt is the one to keep.
  const existing = (await deps.neon.listBranches(name)).find((b) => b.name === name);
  if (existing) {
    deps.log(`restore point ${name} exists already (${existing.id}); keeping it`);
    return view((await deps.neon.getBranch(existing.id)) ?? existing, false);
  }
  const { branch, operations } = await deps.neon.createSnapshotBranch({
    name,
    parentId: target.id,
    ...(request.expiresAt ? { expiresAt: request.expiresAt } : {}),
  });
  await waitForOperations(deps, operations);
  deps.log(`restore point ${branch.name} (${branch.id}) taken from ${target.name}`);
  return view(branch, true);
}

export interface RestorePlan {
  readonly target: NeonBranchDetail;
  /** The restore point branch, or the target itself for a point in time. */
  readonly source: NeonBranchDetail;
  readonly timestamp?: string;
  /** Start of the discarded window: the restore point's creation, or the timestamp. */
  readonly since?: string;
  readonly preserveUnderName: string;
}

/** Works out a restore (nothing changes): from a restore point (name or id) or to a timestamp. */
export async function planRestore(
  neon: NeonReleasePort,
  request: { target?: string; restorePoint?: string; timestamp?: string; now: Date },
): Promise<RestorePlan> {
  const target = await resolveTarget(neon, request.target);
  const preserveUnderName = preservedName(target.name, request.now);
  if (request.timestamp) {
    return {
      target,
      source: target,
      timestamp: request.timestamp,
      since: request.timestamp,
      preserveUnderName,
    };
  }
  if (!request.restorePoint)
    throw new NeonInputError('--restore-point', 'name a restore point or a --to-time');
  const list = await neon.listBranches(request.restorePoint);
  const found =
    list.find((b) => b.id === request.restorePoint) ?? list.find((b) => b.name === request.restorePoint);
  if (!found) {
    throw new NeonInputError(
      '--restore-point',
      `Neon has no branch named or with id ${JSON.stringify(request.restorePoint)}; list them with the Neon console or \`neon branches list\` (names start with restore/${target.name}/)`,
    );
  }
  const source: NeonBranchDetail = (await neon.getBranch(found.id)) ?? found;
  return { target, source, since: source.parentTimestamp ?? source.createdAt, preserveUnderName };
}

export async function executeRestore(deps: RestoreDeps, plan: RestorePlan): Promise<NeonBranchDetail> {
  const { branch, operations } = await deps.neon.restoreBranch({
    branchId: plan.target.id,
    sourceBranchId: plan.source.id,
    ...(plan.timestamp ? { sourceTimestamp: plan.timestamp } : {}),
    preserveUnderName: plan.preserveUnderName,
  });
  await waitForOperations(deps, operations);
  deps.log(
    `restored ${plan.target.name} from ${plan.timestamp ? `its own history at ${plan.timestamp}` : plan.source.name}; the previous state is kept as ${plan.preserveUnderName}`,
  );
  return branch;
}
