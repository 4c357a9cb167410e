/**
 * Progress on long work (issue 18 item 6): on standard error only, a bar on a terminal, one line per
 * phase elsewhere (CI logs, pipes), nothing with --format json or --dry-run.
 */

import { join } from 'node:path';
import { Writable } from 'node:stream';
import { run } from '../../src/cli/run.js';
import { runCli } from '../helpers/cliRunner.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pgTestDb.js';

const cwd = join(process.cwd(), 'examples', 'migrations-golang-migrate');
let from: TestDatabase;
let to: TestDatabase;
beforeAll(async () => {
  from = await createTestDatabase('progress_from');
  to = await createTestDatabase('progress_to');
});
afterAll(async () => {
  await from.drop();
  await to.drop();
});
beforeEach(async () => {
  await from.db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
});

/** A terminal-like stderr that records what is drawn on it. */
function fakeTerminal(): { stream: NodeJS.WriteStream; drawn: () => string } {
  let text = '';
  const w = new Writable({
    write(chunk, _enc, done) {
      text += String(chunk);
      done();
    },
  });
  Object.assign(w, { isTTY: true, columns: 100 });
  return { stream: w as unknown as NodeJS.WriteStream, drawn: () => text };
}

async function runWith(argv: string[], env: Record<string, string>, stream?: NodeJS.WriteStream) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    cwd,
    env,
    progressStream: stream,
    out: (t) => {
      stdout += `${t}\n`;
    },
    err: (t) => {
      stderr += `${t}\n`;
    },
  });
  return { code, stdout, stderr };
}

it('migrate up off a terminal: one line for the phase on stderr, nothing on stdout', async () => {
  const r = await runCli(['migrate', 'up', '--url', from.url], { cwd });
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('applying migrations: 4 files\n');
  expect(r.stdout).not.toContain('applying');
  expect(r.stdout.split('\n').filter((l) => l.startsWith('applied  '))).toHaveLength(4);
  // Nothing pending: no phase, no line.
  const again = await runCli(['migrate', 'up', '--url', from.url], { cwd });
  expect(again.stderr).toBe('');
});

it('migrate up --format json and --dry-run print no progress', async () => {
  const json = await runCli(['migrate', 'up', '--format', 'json', '--url', from.url], { cwd });
  expect(json.code).toBe(0);
  expect(json.stderr).toBe('');
  expect(JSON.parse(json.stdout).applied).toHaveLength(4);
  await from.db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  const dry = await runCli(['migrate', 'up', '--dry-run', '--url', from.url], { cwd });
  expect(dry.code).toBe(0);
  expect(dry.stderr).toBe('');
});

it('diff off a terminal: one line per phase on stderr; stdout is only the SQL', async () => {
  await to.db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public; CREATE TABLE public.t (id int);');
  const r = await runCli(['diff', '--from', from.url, '--to', to.url], { cwd });
  expect(r.code).toBe(0);
  expect(r.stdout).toBe('CREATE TABLE public.t (\n  id integer\n);\n');
  // The two sides are read at once, so their lines may come in either order.
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines.slice(0, 2).sort()).toEqual([
    'reading catalog (--from): 15 object kinds',
    'reading catalog (--to): 15 object kinds',
  ]);
  expect(lines.slice(2)).toEqual(['diffing: 19 object kinds', 'planning: 1 step']);
});

it('on a terminal: a bar on the stderr stream, cleared at the end; stdout and the error lines stay clean', async () => {
  const tty = fakeTerminal();
  const r = await runWith(['migrate', 'up', '--url', from.url], {}, tty.stream);
  expect(r.code).toBe(0);
  expect(tty.drawn()).toMatch(/applying migrations \[[^\]]+\] \d\/4 files/);
  expect(tty.drawn()).toContain('4/4 files');
  // The bar's cursor save/restore is dropped: it would move back over the lines printed meanwhile.
  expect(tty.drawn()).not.toContain('\u001b7');
  // Before each line printed meanwhile the bar's line is cleared (it redraws below the line).
  // Four applied lines, then the final clear when the bar stops.
  expect(tty.drawn().split('\u001b[1G\u001b[2K').length - 1).toBeGreaterThanOrEqual(5);
  expect(r.stderr).toBe('');
  expect(r.stdout).not.toContain('applying');
  expect(r.stdout).not.toContain('\u001b');
  expect(r.stdout.split('\n').filter((l) => l.startsWith('applied  '))).toHaveLength(4);
});

it('on a CI runner a terminal still gets lines, not a bar', async () => {
  const tty = fakeTerminal();
  const r = await runWith(['migrate', 'up', '--url', from.url], { CI: 'true' }, tty.stream);
  expect(r.code).toBe(0);
  expect(tty.drawn()).toBe('');
  expect(r.stderr).toBe('applying migrations: 4 files\n');
});
