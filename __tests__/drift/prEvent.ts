import { writeFileSync } from 'node:fs';

/** Writes the pull_request event the drift tests run under (PR 42 of acme/app by dana) and returns its path. */
export function writePrEvent(path: string, labels: string[] = []): string {
  writeFileSync(
    path,
    JSON.stringify({
      pull_request: {
        number: 42,
        head: { sha: 'head123', repo: { full_name: 'acme/app' } },
        base: { sha: 'base123', ref: 'main', repo: { full_name: 'acme/app' } },
        user: { login: 'dana' },
        labels: labels.map((name) => ({ name })),
        state: 'open',
      },
    }),
  );
  return path;
}
