/**
 * The workflows users copy from docs/examples: each uses only inputs the action declares, asks
 * for exactly the permissions schemagate needs, and listens to the events the docs promise.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface Workflow {
  on: Record<string, { types?: string[] } | null>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }>;
}

const load = (name: string) => parse(readFileSync(`docs/examples/${name}`, 'utf8')) as Workflow;
const actionInputs = (path: string) =>
  Object.keys((parse(readFileSync(path, 'utf8')) as { inputs: object }).inputs);

function schemagateSteps(w: Workflow) {
  return Object.values(w.jobs).flatMap((j) =>
    j.steps.filter((s) => s.uses?.startsWith('<owner>/schemagate')),
  );
}

function actionFile(uses: string): string {
  const m = /^<owner>\/schemagate(?:\/actions\/([a-z-]+))?@v1$/.exec(uses);
  if (!m) throw new Error(`unexpected uses: ${uses}`);
  return m[1] ? `actions/${m[1]}/action.yml` : 'action.yml';
}

it.each([
  ['schemagate-pr.yml', 'pull_request', ['opened', 'synchronize', 'reopened'], 'action.yml'],
  ['schemagate-review.yml', 'pull_request_review', ['submitted', 'dismissed'], 'action.yml'],
  ['schemagate-close.yml', 'pull_request', ['closed'], 'actions/neon-branch/action.yml'],
])('%s runs on %s %j with the right action, inputs and permissions', (file, event, types, action) => {
  const w = load(file);
  expect(w.on[event]?.types).toEqual(types);
  expect(w.permissions).toEqual({ contents: 'read', statuses: 'write', 'pull-requests': 'write' });
  const steps = schemagateSteps(w);
  expect(steps.map((s) => actionFile(s.uses!))).toEqual([action]);
  const declared = actionInputs(action);
  for (const s of steps) for (const input of Object.keys(s.with ?? {})) expect(declared).toContain(input);
  // Composite actions run node from PATH: every job sets up Node 20 first.
  for (const job of Object.values(w.jobs))
    expect(job.steps.some((s) => s.uses === 'actions/setup-node@v4')).toBe(true);
});

it('the review workflow re-evaluates every stage whose verdict depends on approvals, and never migrates', () => {
  const [step] = schemagateSteps(load('schemagate-review.yml'));
  const stages = String(step.with?.stages).split(',');
  // lint-gate (risky statements) and drift-check (a canary -> strict promotion) count approvals;
  // drift-check needs the PR's branch, so neon-branch finds it; migrate must not run again.
  expect(stages).toEqual(['neon-branch', 'drift-check', 'lint-gate']);
  expect(step.with?.reset ?? 'auto').toBe('auto');
});
