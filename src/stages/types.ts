import type { Db } from '../core/db.js';
import type { GitHubPort, StatusState } from '../github/port.js';
import type { Project } from '../runtime/project.js';

export const STAGES = ['neon-branch', 'migrate', 'drift-check', 'lint-gate'] as const;
export type StageName = (typeof STAGES)[number];

export const statusContext = (stage: StageName): string => `schemagate/${stage}`;

/** The pull request the run is about, read once from the event payload. */
export interface PullRequestInfo {
  readonly number: number;
  readonly headSha: string;
  readonly baseSha: string;
  readonly baseRef: string;
  readonly author: string;
  readonly labels: readonly string[];
  readonly isFork: boolean;
  readonly state: 'open' | 'closed';
  readonly merged: boolean;
}

/** The commits a merge group or push is about (no pull request in the event). */
export interface CommitRange {
  readonly event: 'merge_group' | 'push';
  readonly base: string;
  /** Where statuses go for a merge group (its head commit). */
  readonly head: string;
  readonly baseRef: string;
}

export interface RunInfo {
  readonly repository: string;
  readonly eventName: string;
  readonly actor: string;
  readonly runUrl?: string;
  readonly serverUrl: string;
  readonly sha: string;
}

export interface Logger {
  info(message: string): void;
  warning(message: string, where?: { file?: string; line?: number; col?: number }): void;
  error(message: string, where?: { file?: string; line?: number; col?: number }): void;
  /** Masks a secret in every later log line (core.setSecret). */
  mask(secret: string): void;
}

/** Reads one declared input of the running action; '' when not set. */
export type InputReader = (name: string) => string;

export interface StageContext {
  readonly input: InputReader;
  readonly project: Project;
  readonly run: RunInfo;
  readonly pr?: PullRequestInfo;
  /** A merge group or push: the commits of the change when there is no pull request. */
  readonly range?: CommitRange;
  /** Absent when no token was given or the event is not about a pull request. */
  readonly github?: GitHubPort;
  /** The GitHub port whenever a token is given, even outside a pull request (e.g. a scheduled cleanup). */
  readonly repoGitHub?: GitHubPort;
  readonly log: Logger;
  openDb(url: string | undefined): Promise<Db>;
  /** True inside the suite (one set of inputs for every stage), false for a stage used alone. */
  readonly inSuite: boolean;
  /** Outputs of stages that ran earlier in the same suite run (e.g. the Neon branch URL). */
  readonly upstream: Readonly<Record<string, string>>;
  now(): Date;
}

export interface StageOutcome {
  readonly state: Exclude<StatusState, 'pending'>;
  /** Commit status description; cut to 140 characters when posted. */
  readonly description: string;
  /** Markdown of this stage's section in the sticky comment and the job summary. */
  readonly section: string;
  readonly outputs: Readonly<Record<string, string>>;
  /** Skipped on purpose (e.g. neon-branch on a fork): shown as skipped, not as a check that passed. */
  readonly neutral?: boolean;
  /** The input could not be checked (e.g. SQL that does not parse): the step exits 2. */
  readonly badInput?: boolean;
}

export interface Stage {
  readonly name: StageName;
  run(ctx: StageContext): Promise<StageOutcome>;
}
