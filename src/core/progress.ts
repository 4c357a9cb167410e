/**
 * Progress of long work (a migration run over many files, a diff of thousands of tables), reported
 * by the core through an `onProgress` callback in its options. The core only counts; drawing a bar
 * or printing a line per phase is the CLI edge's job (src/cli/progress.ts), and the stages pass no
 * callback at all.
 */

export interface ProgressEvent {
  /** What is being done, e.g. `applying migrations`; the same text for every event of a phase. */
  readonly phase: string;
  readonly done: number;
  readonly total: number;
  /** What is counted, plural: `files`, `statements`, `object kinds`, `steps`. */
  readonly unit: string;
}

export type OnProgress = (event: ProgressEvent) => void;

/** The same callback with the phase renamed, e.g. to say which side of a diff is being read. */
export function relabel(on: OnProgress | undefined, name: (phase: string) => string): OnProgress | undefined {
  return on && ((e) => on({ ...e, phase: name(e.phase) }));
}
