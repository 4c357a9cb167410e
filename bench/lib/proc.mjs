/** Timing of whole processes and the small statistics every bench uses. */
import { spawnSync } from 'node:child_process';
import { root } from './paths.mjs';

/**
 * Runs a command to completion and returns its wall-clock time (start-up included).
 * okCodes: exit codes that are a normal result (linters and drift exit 1 on findings).
 * A run over timeoutS is killed and reported as timedOut rather than thrown.
 */
export function timeProcess(cmd, args, { cwd = root, env, timeoutS = 600, okCodes = [0] } = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, {
    cwd,
    env: env ? { ...process.env, ...env } : process.env,
    encoding: 'utf8',
    timeout: timeoutS * 1000,
    maxBuffer: 512 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error?.code === 'ETIMEDOUT' || r.signal) return { ms, timedOut: true, stdout: '', stderr: '' };
  if (r.error) throw r.error;
  if (!okCodes.includes(r.status))
    throw new Error(
      `${cmd} ${args.join(' ')} failed (${r.status}): ${(r.stderr || r.stdout).slice(0, 2000)}`,
    );
  return { ms, timedOut: false, stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** Milliseconds since t0 (a performance.now() value). */
export const since = (t0) => performance.now() - t0;

export function median(xs) {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const best = (xs) => (xs.length ? Math.min(...xs) : null);

/** 850 ms, 12.3 s; a dash for a missing figure. */
export const fmtMs = (ms) =>
  ms === null || ms === undefined
    ? '—'
    : ms >= 10000
      ? `${(ms / 1000).toFixed(1)} s`
      : `${Math.round(ms)} ms`;

/** Command-line options --name value, with defaults. */
export function option(name, def) {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : def;
}
