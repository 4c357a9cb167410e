/**
 * Evaluates the approvals of a promotion to strict against governance.approvers, for the stage
 * and the CLI alike; they differ only in how they read files at the governing commit, which
 * files changed and how they learn team members.
 */
import {
  type ApproverGroup,
  evaluateGroups,
  type GroupsResult,
  type TeamMembers,
  teamsToRead,
} from '../core/governance/approverGroups.js';
import { type PromotionOwners, promotionOwners } from '../core/governance/promotionOwners.js';
import { readCodeowners } from './governanceSources.js';
import type { Project } from './project.js';

export interface GroupSources {
  /** A file's content at the governing commit (the PR base): CODEOWNERS is read there. */
  readonly readAt: (path: string) => Promise<string | undefined>;
  /** Repository-relative schema and migration files whose owners approve. */
  readonly files: () => Promise<readonly string[]>;
  readonly teamMembers: (org: string, slug: string) => Promise<readonly string[] | 'unreadable'>;
}

export async function evaluatePromotionGroups(
  project: Project,
  groups: readonly ApproverGroup[],
  approvals: readonly string[],
  sources: GroupSources,
): Promise<
  GroupsResult & {
    readonly owners: PromotionOwners;
    readonly codeownersErrors: readonly string[];
    readonly teams: TeamMembers;
  }
> {
  const wantsOwners = groups.some((g) => 'owners' in g);
  const lintOwners = project.config.lint.owners;
  let owners: PromotionOwners = { owners: [], source: 'not needed' };
  const codeownersErrors: string[] = [];
  if (wantsOwners) {
    const overridden = Object.values(lintOwners).some((p) => p.length > 0);
    const codeowners = overridden ? null : await readCodeowners(sources.readAt);
    if (codeowners)
      for (const e of codeowners.parsed.errors)
        codeownersErrors.push(`${codeowners.file}:${e.line}: ${e.message} (GitHub skips this line too)`);
    owners = promotionOwners({
      lintOwners,
      codeowners,
      files: overridden || !codeowners ? [] : await sources.files(),
    });
  }
  const teams = new Map<string, readonly string[] | 'unreadable'>();
  for (const key of teamsToRead(groups, owners.owners)) {
    const [org, slug] = key.split('/');
    const m = await sources.teamMembers(org, slug);
    teams.set(key, m === 'unreadable' ? m : m.map((x) => x.toLowerCase()));
  }
  const result = evaluateGroups({ groups, approvals, owners, teams });
  return { ...result, owners, codeownersErrors, teams };
}
