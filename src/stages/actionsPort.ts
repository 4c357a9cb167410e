/** The runner's side of a stage (outputs, logs, masks, job summary), as a port so tests can record it. */
export interface ActionsPort {
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  setSecret(secret: string): void;
  info(message: string): void;
  warning(message: string, where?: { file?: string; line?: number; col?: number }): void;
  error(message: string, where?: { file?: string; line?: number; col?: number }): void;
  /** Appends markdown to the job summary (no-op outside a runner). */
  appendSummary(markdown: string): Promise<void>;
}

export async function actionsCorePort(): Promise<ActionsPort> {
  const core = await import('@actions/core');
  const props = (w?: { file?: string; line?: number; col?: number }) =>
    w ? { file: w.file, startLine: w.line, startColumn: w.col } : undefined;
  return {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (s) => core.setSecret(s),
    info: (m) => core.info(m),
    warning: (m, w) => core.warning(m, props(w)),
    error: (m, w) => core.error(m, props(w)),
    async appendSummary(markdown) {
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(markdown, true).write();
    },
  };
}
