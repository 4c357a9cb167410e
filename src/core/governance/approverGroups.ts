/**
 * Dual approval as the governance document means it: one approval from each named group
 * (governance.approvers), each group's approval by a different person, never "any two people".
 * Pure: the edge resolves team members (or says it cannot) and passes the counted approvals
 * (latest per reviewer, not the author, not stale). A team whose members cannot be read, or an
 * owner given only by email, is reported and never counted.
 */
import { type Owner, ownerText } from './codeowners.js';
import { matchDistinct } from './distinctApprovers.js';

export type ApproverGroup =
  | { readonly team: string }
  | { readonly users: readonly string[] }
  | { readonly owners: true };

/** Members of an org/team (lowercase logins), or `unreadable` when they could not be read. */
export type TeamMembers = ReadonlyMap<string, readonly string[] | 'unreadable'>;

export interface GroupsInput {
  readonly groups: readonly ApproverGroup[];
  /** Logins whose approval counts (already filtered), in any case. */
  readonly approvals: readonly string[];
  /**
   * The owners for `{owners: true}`: lint.owners when set, else the CODEOWNERS owners of the
   * changed schema and migration files; `source` says which, for the report.
   */
  readonly owners: { readonly owners: readonly Owner[]; readonly source: string };
  /** Members of every team the groups and owners name (see teamsToRead). */
  readonly teams: TeamMembers;
}

export interface GroupResult {
  readonly group: ApproverGroup;
  /** How the report names the group: `team @acme/dba`, `users @a, @b`, `code owners (…)`. */
  readonly label: string;
  readonly met: boolean;
  /** The approver counted for this group (each group a different person), or null. */
  readonly approver: string | null;
  /** Every counted approval that belongs to this group. */
  readonly eligible: readonly string[];
  /** Teams (or email owners) whose members could not be read: their approvals were not counted. */
  readonly unreadable: readonly string[];
  /** Why the group cannot be met at all (no owners), or null. */
  readonly problem: string | null;
}

export interface GroupsResult {
  readonly satisfied: boolean;
  readonly groups: readonly GroupResult[];
}

const login = (s: string) => s.replace(/^@/, '').toLowerCase();
const teamKey = (org: string, slug: string) => `${org}/${slug}`.toLowerCase();

export function groupLabel(g: ApproverGroup, owners?: GroupsInput['owners']): string {
  if ('team' in g) return `team @${g.team.replace(/^@/, '')}`;
  if ('users' in g) return `users ${g.users.map((u) => `@${u.replace(/^@/, '')}`).join(', ')}`;
  if (!owners) return 'code owners';
  const who = owners.owners.map(ownerText).join(', ');
  return `code owners (${owners.source}${who ? `: ${who}` : ''})`;
}

/** The org/team keys (lowercase) whose members the edge must read. */
export function teamsToRead(groups: readonly ApproverGroup[], owners: readonly Owner[]): string[] {
  const out = new Set<string>();
  for (const g of groups) {
    if ('team' in g) {
      const [org, slug] = g.team.replace(/^@/, '').split('/');
      out.add(teamKey(org, slug));
    }
    if ('owners' in g) for (const o of owners) if (o.kind === 'team') out.add(teamKey(o.org, o.slug));
  }
  return [...out].sort();
}

interface Candidates {
  readonly members: Set<string>;
  readonly unreadable: string[];
  readonly problem: string | null;
}

function candidates(g: ApproverGroup, input: GroupsInput): Candidates {
  const members = new Set<string>();
  const unreadable: string[] = [];
  const addTeam = (org: string, slug: string) => {
    const m = input.teams.get(teamKey(org, slug));
    if (m === undefined || m === 'unreadable') unreadable.push(`@${org}/${slug}`);
    else for (const x of m) members.add(login(x));
  };
  if ('team' in g) {
    const [org, slug] = g.team.replace(/^@/, '').split('/');
    addTeam(org, slug);
    return { members, unreadable, problem: null };
  }
  if ('users' in g) {
    for (const u of g.users) members.add(login(u));
    return { members, unreadable, problem: null };
  }
  for (const o of input.owners.owners) {
    if (o.kind === 'user') members.add(login(o.login));
    else if (o.kind === 'team') addTeam(o.org, o.slug);
    // An email cannot be matched to a reviewer's login without asking GitHub who has it.
    else unreadable.push(o.email);
  }
  const problem =
    input.owners.owners.length === 0
      ? `no owners found (${input.owners.source}), so nobody can approve for them`
      : null;
  return { members, unreadable, problem };
}

/** Largest assignment of approvers to groups, one distinct person per group. */
function assign(eligible: readonly string[][]): (string | null)[] {
  const out: (string | null)[] = eligible.map(() => null);
  for (const [who, g] of matchDistinct(eligible)) out[g] = who;
  return out;
}

export function evaluateGroups(input: GroupsInput): GroupsResult {
  const approvals = [...new Set(input.approvals.map(login))].sort();
  const cands = input.groups.map((g) => candidates(g, input));
  const eligible = cands.map((c) => approvals.filter((a) => c.members.has(a)));
  const chosen = assign(eligible);
  const groups = input.groups.map(
    (group, i): GroupResult => ({
      group,
      label: groupLabel(group, input.owners),
      met: chosen[i] !== null,
      approver: chosen[i],
      eligible: eligible[i],
      unreadable: cands[i].unreadable,
      problem: cands[i].problem,
    }),
  );
  return { satisfied: groups.length > 0 && groups.every((g) => g.met), groups };
}

/** One line per group for the comment and the terminal. */
export function describeGroup(
  r: GroupResult,
  why = 'a team needs a token with read:org; an email owner cannot be matched to a login',
): string {
  const unread = r.unreadable.length
    ? ` ${r.unreadable.join(', ')} could not be read (${why}), so ${r.unreadable.length === 1 ? 'its' : 'their'} approvals are not counted.`
    : '';
  if (r.met) {
    const also = r.eligible.filter((e) => e !== r.approver);
    return `${r.label}: met by @${r.approver}${also.length ? ` (also approved: ${also.map((a) => `@${a}`).join(', ')})` : ''}.${unread}`;
  }
  if (r.problem) return `${r.label}: not met: ${r.problem}.${unread}`;
  const taken = r.eligible.length
    ? ` (approved by ${r.eligible.map((a) => `@${a}`).join(', ')}, already counted for another group)`
    : '';
  return `${r.label}: not met: needs one approval from this group${taken}.${unread}`;
}

/**
 * The `schemagate audit` flags that record the met groups' approvers: `--team-approver
 * org/team=login` where membership came from a team (the CLI cannot read teams offline),
 * `--approver login` otherwise.
 */
export function approverFlags(
  results: readonly GroupResult[],
  owners: readonly Owner[],
  teams: TeamMembers,
): string[] {
  const flags: string[] = [];
  for (const r of results) {
    if (!r.approver) continue;
    const who = r.approver;
    if ('team' in r.group) flags.push(`--team-approver ${r.group.team.replace(/^@/, '')}=${who}`);
    else if ('owners' in r.group && !owners.some((o) => o.kind === 'user' && login(o.login) === who)) {
      const team = owners.find((o) => {
        if (o.kind !== 'team') return false;
        const m = teams.get(teamKey(o.org, o.slug));
        return Array.isArray(m) && m.includes(who);
      });
      flags.push(
        team?.kind === 'team' ? `--team-approver ${team.org}/${team.slug}=${who}` : `--approver ${who}`,
      );
    } else flags.push(`--approver ${who}`);
  }
  return [...new Set(flags)];
}
