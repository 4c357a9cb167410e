/**
 * The CLI edge of progress (core/progress.ts): a bar on standard error when it is a terminal, one
 * line per phase elsewhere (CI logs, pipes, tests), nothing in quiet mode (`--format json`,
 * `--dry-run`). Never on standard output, which carries the command's result.
 */
import { clearLine, cursorTo } from 'node:readline';
import cliProgress from 'cli-progress';
import type { OnProgress, ProgressEvent } from '../core/progress.js';
import type { CliIo } from './io.js';

export interface ProgressDisplay {
  readonly onProgress: OnProgress | undefined;
  /**
   * The io to use while the display is on: on a terminal, a line written to either stream first
   * clears the bar, which redraws itself below it.
   */
  readonly io: CliIo;
  /** Removes the bar (idempotent); call it in a finally, or its redraw timer keeps the process up. */
  stop(): void;
}

export type ProgressMode = 'bar' | 'lines' | 'off';

/** A bar only for a person at a terminal: CI runners and TERM=dumb get the plain lines. */
export function progressMode(io: CliIo, quiet: boolean): ProgressMode {
  if (quiet) return 'off';
  const ci = io.env.CI !== undefined && io.env.CI !== '' && io.env.CI !== 'false' && io.env.CI !== '0';
  return io.progressStream?.isTTY && !ci && io.env.TERM !== 'dumb' ? 'bar' : 'lines';
}

export function startProgress(io: CliIo, options: { quiet: boolean }): ProgressDisplay {
  const mode = progressMode(io, options.quiet);
  if (mode === 'off') return { onProgress: undefined, io, stop: () => {} };
  if (mode === 'lines') return linesDisplay(io);
  return barDisplay(io, io.progressStream!);
}

/** One line per phase, when it starts, with its size; a phase with nothing to do says nothing. */
function linesDisplay(io: CliIo): ProgressDisplay {
  const started = new Set<string>();
  const onProgress = (e: ProgressEvent) => {
    if (e.total === 0 || started.has(e.phase)) return;
    started.add(e.phase);
    io.err(`${e.phase}: ${e.total} ${e.total === 1 ? e.unit.replace(/s$/, '') : e.unit}`);
  };
  return { onProgress, io, stop: () => {} };
}

/**
 * One bar for the whole command, showing the phase that reported last (two sides of a diff are
 * read at once). Cleared when stopped: the bar is for watching, the output says what was done.
 */
function barDisplay(io: CliIo, stream: NodeJS.WriteStream): ProgressDisplay {
  const bar = new cliProgress.SingleBar({
    stream: withoutCursorRestore(stream),
    format: '{phase} [{bar}] {value}/{total} {unit}',
    barsize: 30,
    clearOnComplete: true,
    hideCursor: true,
    // Redraw on every tick, so the bar comes back below a line printed over it.
    forceRedraw: true,
    gracefulExit: true,
  });
  let running = false;
  const onProgress = (e: ProgressEvent) => {
    if (e.total === 0) return;
    const payload = { phase: e.phase, unit: e.unit };
    if (!running) {
      running = true;
      bar.start(e.total, e.done, payload);
      return;
    }
    bar.setTotal(e.total);
    bar.update(e.done, payload);
  };
  const clear = () => {
    if (!running) return;
    // readline's helpers write the escape codes to any stream, a real terminal or not.
    cursorTo(stream, 0);
    clearLine(stream, 0);
  };
  const wrapped: CliIo = {
    ...io,
    out: (t) => {
      clear();
      io.out(t);
    },
    err: (t) => {
      clear();
      io.err(t);
    },
  };
  return {
    onProgress,
    io: wrapped,
    stop: () => {
      if (running) bar.stop();
      running = false;
    },
  };
}

/**
 * cli-progress saves the cursor at start and restores it at stop; with command output printed
 * between the two, the restore would jump back up and the next lines would overwrite that output.
 * The bar's stream therefore drops the save/restore sequences (ESC 7, ESC 8).
 */
function withoutCursorRestore(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  const write = (chunk: unknown, ...rest: unknown[]) =>
    chunk === '\u001b7' || chunk === '\u001b8'
      ? true
      : (stream.write as (...a: unknown[]) => boolean).call(stream, chunk, ...rest);
  return new Proxy(stream, {
    get: (target, key) => (key === 'write' ? write : Reflect.get(target, key, target)),
  });
}
