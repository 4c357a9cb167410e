/** What a CLI command may touch: its streams, working directory and environment. Injected for tests. */
export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  out(text: string): void;
  err(text: string): void;
}

export type ExitCode = 0 | 1 | 2;

export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  };
}
