/**
 * Which stages a workflow enables (input `stages`), and what a stage does for the others so no
 * required check waits forever: when one fails, every later enabled stage is settled to `error`
 * ("skipped: <stage> failed"); when one starts, `pending` statuses a cancelled run left on the
 * same commit are settled to `error` too (a composite action has no post step to clean up).
 */
import type { GitHubPort } from '../github/port.js';
import { STAGES, type StageName, statusContext } from './types.js';

export function parseStagesInput(raw: string): StageName[] {
  const asked = (raw || STAGES.join(','))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = asked.filter((s) => !(STAGES as readonly string[]).includes(s));
  if (unknown.length > 0) {
    throw new Error(
      `input stages: unknown stage ${unknown.map((s) => JSON.stringify(s)).join(', ')}; known: ${STAGES.join(', ')}`,
    );
  }
  return STAGES.filter((s) => asked.includes(s));
}

export const skippedDescription = (failed: StageName) => `skipped: ${failed} failed`;

export const skippedSection = (stage: StageName, failed: StageName) =>
  `### ${statusContext(stage)}\n\n:fast_forward: Skipped: \`${statusContext(failed)}\` failed, so this stage did not run.\n`;

export const STALE_DESCRIPTION =
  'stale: an earlier run stopped before settling this check (cancelled?); re-run the workflow';

/**
 * Settles every schemagate/* status left `pending` on `sha` by another run (its target URL is not
 * this run's), except the contexts in `keep` that this run is about to set itself.
 */
export async function clearStalePending(
  github: GitHubPort,
  sha: string,
  runUrl: string | undefined,
  keep: readonly StageName[],
  post: (stage: StageName, description: string) => Promise<void>,
): Promise<StageName[]> {
  if (!github.listStatuses) return [];
  const cleared: StageName[] = [];
  for (const st of await github.listStatuses(sha)) {
    const stage = STAGES.find((s) => statusContext(s) === st.context);
    if (!stage || st.state !== 'pending' || keep.includes(stage)) continue;
    if (runUrl && st.targetUrl === runUrl) continue;
    await post(stage, STALE_DESCRIPTION);
    cleared.push(stage);
  }
  return cleared;
}
