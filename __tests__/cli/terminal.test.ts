/**
 * The terminal sink: `schemagate drift` prints text for a terminal (no markdown, emoji codes,
 * HTML or mermaid), in colour only on a TTY or with FORCE_COLOR, never with NO_COLOR;
 * `--format markdown` gives the comment form.
 */
import { join } from 'node:path';
import { run } from '../../src/cli/run.js';
import { colourWanted, terminalStyle } from '../../src/core/report/terminalStyle.js';
import { runCli } from '../helpers/cliRunner.js';

const DEMO = join(process.cwd(), 'examples/drift-demo');
const ESC = '\u001b[';

async function drift(env: Record<string, string>, isTTY: boolean, extra: string[] = []) {
  let stdout = '';
  const code = await run(['drift', DEMO, ...extra], {
    cwd: process.cwd(),
    env,
    isTTY,
    out: (t) => {
      stdout += `${t}\n`;
    },
    err: () => {},
  });
  return { code, stdout };
}

it('decides colour from the TTY, NO_COLOR, FORCE_COLOR and TERM', () => {
  expect(colourWanted({}, true)).toBe(true);
  expect(colourWanted({}, false)).toBe(false);
  expect(colourWanted({ NO_COLOR: '1' }, true)).toBe(false);
  expect(colourWanted({ NO_COLOR: '1', FORCE_COLOR: '1' }, false)).toBe(false);
  expect(colourWanted({ FORCE_COLOR: '1' }, false)).toBe(true);
  expect(colourWanted({ FORCE_COLOR: '0' }, true)).toBe(false);
  expect(colourWanted({ TERM: 'dumb' }, true)).toBe(false);
  expect(terminalStyle(true).red('x')).toBe('\u001b[31mx\u001b[39m');
  expect(terminalStyle(false).red('x')).toBe('x');
});

it('drift prints terminal text, not the comment markdown', async () => {
  const r = await runCli(['drift', DEMO]);
  expect(r.code).toBe(1);
  expect(r.stdout.split('\n')[0]).toMatch(/^drift found: \d+ differences/);
  expect(r.stdout).toContain('suggested fix: SQL to');
  expect(r.stdout).toContain('CREATE INDEX invoices_account_id_idx');
  for (const markup of [':x:', ':rotating_light:', 'erDiagram', '<sub>', '<details>', '**', '```'])
    expect(r.stdout).not.toContain(markup);
  expect(r.stdout).not.toContain(ESC);
});

it('colours on a TTY, not with NO_COLOR, and --format markdown gives the comment form', async () => {
  const tty = await drift({}, true);
  expect(tty.stdout).toContain(`${ESC}31m`);
  expect((await drift({ NO_COLOR: '1' }, true)).stdout).not.toContain(ESC);
  expect((await drift({ FORCE_COLOR: '1' }, false)).stdout).toContain(ESC);
  const md = await drift({ FORCE_COLOR: '1' }, true, ['--format', 'markdown']);
  expect(md.stdout).toContain('### schemagate/drift-check');
  expect(md.stdout).toContain('**Suggested fix**');
  expect(md.stdout).not.toContain(ESC);
});

it('lint colours the risk levels and the gate line on a TTY only', async () => {
  const LINT = join(process.cwd(), 'examples/lint-demo');
  const capture = async (env: Record<string, string>, isTTY: boolean) => {
    let stdout = '';
    // The three migrations named as the change, from inside the project (as its README says).
    const files = ['20250301120000_profile.sql', '20250315100000_audit.sql', '20250402080000_cleanup.sql'];
    const code = await run(['lint', ...files.map((f) => `db/migrations/${f}`)], {
      cwd: LINT,
      env,
      isTTY,
      out: (t) => {
        stdout += `${t}\n`;
      },
      err: () => {},
    });
    return { code, stdout };
  };
  const plain = await capture({}, false);
  const tty = await capture({}, true);
  expect(tty.code).toBe(plain.code);
  expect(plain.stdout).not.toContain(ESC);
  expect(tty.stdout).toMatch(
    /:\d+:\d+: \u001b\[1m\u001b\[31mcritical\u001b\[39m\u001b\[22m|:\d+:\d+: \u001b\[31mhigh\u001b\[39m/,
  );
  // Without the escape codes, the text is exactly the plain text.
  expect(tty.stdout.replace(/\u001b\[\d+m/g, '')).toBe(plain.stdout);
  expect((await capture({ NO_COLOR: '1' }, true)).stdout).toBe(plain.stdout);
});
