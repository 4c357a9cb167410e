import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BundleRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Outputs the step wrote to GITHUB_OUTPUT. */
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

/** Parses the GITHUB_OUTPUT file format (name<<delimiter ... delimiter, or name=value). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]);
      out[heredoc[1]] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const k = lines[i].indexOf('=');
      out[lines[i].slice(0, k)] = lines[i].slice(k + 1);
    }
  }
  return out;
}

/** Runs `node dist/<entry>/index.js` as the runner would, with INPUT_* env and runner files. */
export function runBundle(
  entry: string,
  options: {
    args?: string[];
    inputs?: Record<string, string>;
    env?: Record<string, string>;
    cwd?: string;
  } = {},
): Promise<BundleRun> {
  const work = mkdtempSync(join(tmpdir(), 'sg-bundle-'));
  const outputFile = join(work, 'output');
  const summaryFile = join(work, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? work,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...options.env,
  };
  for (const [k, v] of Object.entries(options.inputs ?? {})) env[`INPUT_${k.toUpperCase()}`] = v;
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(process.cwd(), 'dist', entry, 'index.js'), ...(options.args ?? [])],
      {
        cwd: options.cwd ?? process.cwd(),
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', (err) => {
      rmSync(work, { recursive: true, force: true });
      reject(err);
    });
    child.on('close', (code) => {
      const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'));
      const summary = readFileSync(summaryFile, 'utf8');
      rmSync(work, { recursive: true, force: true });
      resolve({ code, stdout, stderr, outputs, summary });
    });
  });
}
