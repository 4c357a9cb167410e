/**
 * The suite: every enabled stage goes `pending` first, then each is settled in pipeline order
 * with the outputs of earlier stages fed forward. After a failure every later enabled stage is
 * set to `error` ("skipped: <stage> failed"), so no required check waits forever. One job
 * summary of all stages at the end.
 */
import { errorMessage } from '../core/errors.js';
import { parseStagesInput, skippedDescription, skippedSection } from './enabled.js';
import { stages as registry } from './registry.js';
import { createPublisher, runStage, type StageDeps } from './runStage.js';
import { type Stage, type StageName, type StageOutcome, statusContext } from './types.js';

export { parseStagesInput } from './enabled.js';

type Settled = {
  stage: StageName;
  state: StageOutcome['state'] | 'skipped';
  description: string;
  section: string;
};

const ICON: Record<Settled['state'], string> = {
  success: ':white_check_mark:',
  failure: ':x:',
  error: ':warning:',
  skipped: ':fast_forward:',
};

export function renderSuiteSummary(settled: readonly Settled[], notice: string): string {
  const rows = settled.map(
    (s) =>
      `| \`${statusContext(s.stage)}\` | ${ICON[s.state]} ${s.state} | ${s.description.replaceAll('|', '\\|')} |`,
  );
  const table = ['## schemagate', '', '| Check | Result | Details |', '| --- | --- | --- |', ...rows].join(
    '\n',
  );
  return `${notice}${table}\n\n${settled.map((s) => s.section.trim()).join('\n\n')}\n`;
}

/** Runs the enabled stages in pipeline order; returns the process exit code. */
export async function runSuite(
  deps: StageDeps,
  stages: Readonly<Record<StageName, Stage>> = registry,
): Promise<number> {
  let enabled: StageName[];
  try {
    enabled = parseStagesInput(deps.actions.getInput('stages').trim());
  } catch (err) {
    deps.actions.error(errorMessage(err));
    return 2;
  }
  const publisher = createPublisher(deps);
  await publisher.clearStale(enabled);

  for (const [i, name] of enabled.entries()) {
    await publisher.status(name, 'pending', i === 0 ? 'running' : `waiting for ${enabled[i - 1]}`);
  }

  const settled: Settled[] = [];
  let upstream: Record<string, string> = { ...(deps.upstream ?? {}) };
  let failed: StageName | undefined;
  for (const name of enabled) {
    if (failed) {
      const description = skippedDescription(failed);
      const section = skippedSection(name, failed);
      await publisher.status(name, 'error', description);
      await publisher.section(name, section);
      settled.push({ stage: name, state: 'skipped', description, section });
      continue;
    }
    let result: Awaited<ReturnType<typeof runStage>>;
    try {
      result = await runStage(stages[name], { ...deps, upstream, publisher });
    } catch (err) {
      // runStage catches the stage's own errors; this is the runner's side breaking (outputs,
      // summary). Settle the check anyway so it is not left pending.
      const message = errorMessage(err);
      deps.actions.error(message);
      const outcome = {
        state: 'error' as const,
        description: message,
        section: `### ${statusContext(name)}\n\n:x: ${message}\n`,
        outputs: {},
      };
      await publisher.status(name, 'error', message);
      result = { exitCode: 1, outcome };
    }
    const { exitCode, outcome } = result;
    upstream = {
      ...upstream,
      ...Object.fromEntries(Object.entries(outcome.outputs).map(([k, v]) => [`${name}.${k}`, v])),
    };
    settled.push({
      stage: name,
      state: outcome.neutral ? 'skipped' : outcome.state,
      description: outcome.description,
      section: outcome.section,
    });
    if (exitCode !== 0 && outcome.state !== 'success') failed = name;
  }

  await deps.actions.appendSummary(renderSuiteSummary(settled, publisher.notice()));
  return failed || publisher.failed() ? 1 : 0;
}
