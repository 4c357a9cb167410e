/**
 * The contract between action.yml files and the code: every declared input is mapped into the
 * step's env as INPUT_<NAME>, every declared output is re-mapped from the step, and every input
 * the code reads is declared by the action that runs it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

interface ActionYml {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: { id?: string; env?: Record<string, string>; run?: string }[] };
  branding?: unknown;
}

const ACTIONS: Record<string, string> = {
  suite: 'action.yml',
  'neon-branch': 'actions/neon-branch/action.yml',
  migrate: 'actions/migrate/action.yml',
  'drift-check': 'actions/drift-check/action.yml',
  'lint-gate': 'actions/lint-gate/action.yml',
};

const COMMON_INPUTS = ['working-directory', 'config', 'github-token', 'mode', 'stages'];

function load(path: string): ActionYml {
  return parse(readFileSync(path, 'utf8')) as ActionYml;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Input names read in a directory's code: `input('name')` through the StageContext reader. */
function inputsReadIn(files: string[]): Set<string> {
  const names = new Set<string>();
  for (const f of files) {
    for (const m of readFileSync(f, 'utf8').matchAll(/\binput\(\s*'([a-z0-9-]+)'\s*\)/g)) names.add(m[1]);
    for (const m of readFileSync(f, 'utf8').matchAll(/\bgetInput\(\s*'([a-z0-9-]+)'/g)) names.add(m[1]);
  }
  return names;
}

describe.each(Object.entries(ACTIONS))('%s action.yml', (entry, path) => {
  const action = load(path);
  const step = action.runs.steps.find((s) => s.id === 'run')!;

  it('is a composite action that runs its bundle after checking for node 20+', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.branding).toBeDefined();
    const depth = path === 'action.yml' ? '' : '/../..';
    expect(step.run).toContain(`node "$GITHUB_ACTION_PATH${depth}/dist/${entry}/index.js"`);
    expect(step.run).toContain('actions/setup-node');
  });

  it('maps every declared input into the step env, and nothing undeclared', () => {
    const declared = Object.keys(action.inputs).sort();
    const mapped = Object.entries(step.env ?? {})
      .filter(([k]) => k.startsWith('INPUT_'))
      .map(([k, v]) => {
        const name = k.slice('INPUT_'.length).toLowerCase();
        expect(v).toBe(`\${{ inputs.${name} }}`);
        return name;
      })
      .sort();
    expect(mapped).toEqual(declared);
    for (const i of Object.values(action.inputs)) expect(i.description.length).toBeGreaterThan(10);
  });

  it('re-maps every declared output from the step', () => {
    for (const [name, o] of Object.entries(action.outputs)) {
      expect(o.value).toBe(`\${{ steps.run.outputs.${name} }}`);
    }
  });

  it('declares every input its code reads', () => {
    const files = [
      // Shared stage code runs in every action; the suite's own file only in the suite.
      ...sourceFiles('src/stages').filter(
        (f) =>
          !/src\/stages\/(neon-branch|migrate|drift-check|lint-gate)\//.test(f) &&
          (entry === 'suite' || !f.endsWith('suite.ts')),
      ),
      ...(entry === 'suite'
        ? ['neon-branch', 'migrate', 'drift-check', 'lint-gate'].flatMap((s) =>
            sourceFiles(`src/stages/${s}`),
          )
        : sourceFiles(`src/stages/${entry}`)),
    ];
    const read = inputsReadIn(files);
    const declared = new Set(Object.keys(action.inputs));
    // Inputs shared code reads only for masking are optional per action.
    const maskedOnly = new Set(['neon-api-key', 'database-url', 'dev-url']);
    const missing = [...read].filter((n) => !declared.has(n) && !maskedOnly.has(n));
    expect(missing).toEqual([]);
    for (const c of COMMON_INPUTS) expect(declared.has(c)).toBe(true);
  });
});

it('every stage bundle named by an action exists in dist/', () => {
  for (const entry of Object.keys(ACTIONS)) {
    expect(statSync(`dist/${entry}/index.js`).isFile()).toBe(true);
  }
});

it('gives every input one meaning across all actions (the suite passes one set of inputs to every stage)', () => {
  const meanings = new Map<string, Map<string, string[]>>();
  for (const [entry, path] of Object.entries(ACTIONS)) {
    for (const [name, input] of Object.entries(load(path).inputs)) {
      // A deprecated alias kept for one action alone says so; it is never read in the suite.
      if (input.description.startsWith('Deprecated:')) continue;
      const byText = meanings.get(name) ?? new Map<string, string[]>();
      byText.set(input.description, [...(byText.get(input.description) ?? []), entry]);
      meanings.set(name, byText);
    }
  }
  const collisions = [...meanings]
    .filter(([, byText]) => byText.size > 1)
    .map(([name, byText]) => `${name}: ${[...byText.values()].map((e) => e.join('+')).join(' vs ')}`);
  expect(collisions).toEqual([]);
});

it('defaults config to empty, so a repository without schemagate.yml uses the defaults', () => {
  for (const path of Object.values(ACTIONS)) expect(load(path).inputs.config.default).toBe('');
});
