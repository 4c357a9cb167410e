import type { GitHubPort } from '../../src/github/port.js';
import type { ActionsPort } from '../../src/stages/actionsPort.js';
import { makeTempDir } from '../helpers/tempDir.js';

export interface Recorded {
  readonly calls: string[];
  readonly logs: string[];
  readonly masked: string[];
  readonly outputs: Record<string, string>;
  summary: string;
}

/** An ActionsPort that records everything; `log` lines note the masks set so far. */
export function fakeActions(inputs: Record<string, string>): { actions: ActionsPort; rec: Recorded } {
  const rec: Recorded = { calls: [], logs: [], masked: [], outputs: {}, summary: '' };
  const line = (kind: string) => (m: string) => rec.logs.push(`${kind}: ${m}`);
  return {
    rec,
    actions: {
      getInput: (n) => inputs[n] ?? '',
      setOutput: (n, v) => {
        rec.outputs[n] = v;
      },
      setSecret: (s) => rec.masked.push(s),
      info: line('info'),
      warning: line('warning'),
      error: line('error'),
      async appendSummary(md) {
        rec.summary += md;
      },
    },
  };
}

/** A GitHubPort that records statuses and sections; `deny` makes writes answer 403 like a fork's token. */
export function fakeGitHub(options: { deny?: boolean; broken?: boolean } = {}) {
  const statuses: string[] = [];
  const sections = new Map<string, string>();
  const denied = () => Object.assign(new Error('Resource not accessible by integration'), { status: 403 });
  const port: GitHubPort = {
    async setStatus(sha, context, state, description) {
      if (options.deny) throw denied();
      if (options.broken) throw Object.assign(new Error('Server Error'), { status: 502 });
      statuses.push(`${sha} ${context} ${state} ${description}`);
    },
    async upsertCommentSection(_n, stage, md) {
      if (options.deny) throw denied();
      sections.set(stage, md);
    },
    listReviews: async () => [],
    listFiles: async () => [],
    listLabels: async () => [],
    teamMembers: async () => 'unreadable',
    fileAt: async () => undefined,
  };
  return { port, statuses, sections };
}

export function workspace(): string {
  return makeTempDir('sg-stage-');
}
