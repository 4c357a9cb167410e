/** What a CLI command may touch: its streams, working directory and environment. Injected for tests. */
export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colour and progress); absent in tests means no. */
  readonly isTTY?: boolean;
  /** Standard error as a stream, for a progress bar when it is a terminal; absent in tests means lines. */
  readonly progressStream?: NodeJS.WriteStream;
  out(text: string): void;
  /**
   * out() of the concatenated pieces, each written as it comes (a large report is never one string).
   * Absent in tests: the pieces are joined and given to out().
   */
  outPieces?(pieces: Iterable<string>): void;
  err(text: string): void;
}

export type ExitCode = 0 | 1 | 2;

export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    progressStream: process.stderr,
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    outPieces: (pieces) => {
      let last = '';
      for (const p of pieces) {
        if (!p) continue;
        process.stdout.write(p);
        last = p;
      }
      if (!last.endsWith('\n')) process.stdout.write('\n');
    },
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  };
}
