import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NeonPort } from '../../src/neon/port.js';
import { NeonInputError } from '../../src/neon/port.js';
import { createNeonBranchStage } from '../../src/stages/neon-branch/stage.js';
import { runStage } from '../../src/stages/runStage.js';
import { fakeActions, fakeGitHub, workspace } from './fakes.js';

const URI = 'postgresql://neondb_owner:npg_S3cret@ep-x.neon.test/neondb?sslmode=require';
const POOLED = 'postgresql://neondb_owner:npg_S3cret@ep-x-pooler.neon.test/neondb?sslmode=require';

function fakeNeon(branches: { id: string; name: string; parentId?: string }[] = [], fail?: Error) {
  const calls: string[] = [];
  const port: NeonPort = {
    async listBranches(search) {
      calls.push(`list ${search}`);
      if (fail) throw fail;
      return branches
        .filter((b) => !search || b.name.includes(search) || b.id.includes(search))
        .map((b) => ({ ...b, isDefault: b.name === 'main' }));
    },
    async createBranch(r) {
      const extra = `${r.initSource ? ` init=${r.initSource}` : ''}${r.suspendTimeoutSeconds !== undefined ? ` suspend=${r.suspendTimeoutSeconds}` : ''}`;
      calls.push(`create ${r.name} parent=${r.parentId} expires=${r.expiresAt}${extra}`);
      return { branch: { id: 'br-new', name: r.name, isDefault: false }, operations: [] };
    },
    async resetBranch(id, parent) {
      calls.push(`reset ${id} ${parent}`);
      return [];
    },
    async deleteBranch(id) {
      calls.push(`delete ${id}`);
      return { result: 'deleted', operations: [] };
    },
    operationStatus: async () => ({ done: true }),
    async connectionUri(id, db, role, o) {
      calls.push(`uri ${id} ${db} ${role}${o?.pooled ? ' pooled' : ''}`);
      return o?.pooled ? POOLED : URI;
    },
  };
  return { port, calls };
}

function run(
  inputs: Record<string, string>,
  neon: ReturnType<typeof fakeNeon>,
  pr: Record<string, unknown> = { state: 'open' },
) {
  const dir = workspace();
  writeFileSync(
    join(dir, 'schemagate.yml'),
    'neon:\n  project_id: proj-cfg\n  parent_branch: main\n  expires_in: 7d\n',
  );
  const event = join(dir, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: { number: 12, head: { sha: 'h12' }, base: { sha: 'b', ref: 'main' }, ...pr },
    }),
  );
  const { actions, rec } = fakeActions({
    'working-directory': dir,
    'neon-api-key': 'napi_key',
    'github-token': 't',
    ...inputs,
  });
  const gh = fakeGitHub();
  const stage = createNeonBranchStage({ port: () => neon.port, sleep: async () => {} });
  const result = runStage(stage, {
    env: { GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'acme/shop' },
    actions,
    github: () => gh.port,
    openDb: async () => {
      throw new Error('unused');
    },
    now: () => new Date('2026-11-30T02:00:00Z'),
  });
  return { result, rec, gh };
}

describe('neon-branch stage', () => {
  it('creates the PR branch from the configured parent, outputs the URI after masking it', async () => {
    const neon = fakeNeon([{ id: 'br-main', name: 'main' }]);
    const { result, rec, gh } = run({}, neon);
    const { exitCode, outcome } = await result;
    expect(exitCode).toBe(0);
    expect(neon.calls).toEqual([
      'list main',
      'list preview/pr-12',
      'create preview/pr-12 parent=br-main expires=2026-12-07T02:00:00Z',
      'uri br-new neondb neondb_owner',
      'uri br-new neondb neondb_owner pooled',
    ]);
    // Neon's create-branch outputs, under our names (docs/actions/neon-branch.md maps them).
    expect(rec.outputs).toEqual({
      'database-url': URI,
      'database-url-pooled': POOLED,
      'database-host': 'ep-x.neon.test',
      'database-host-pooled': 'ep-x-pooler.neon.test',
      password: 'npg_S3cret',
      'branch-id': 'br-new',
      'branch-name': 'preview/pr-12',
      created: 'true',
    });
    expect(rec.masked).toEqual(expect.arrayContaining(['napi_key', URI, POOLED, 'npg_S3cret']));
    expect(outcome.section).not.toContain('npg_S3cret');
    expect(gh.statuses).toEqual(['h12 schemagate/neon-branch success Branch preview/pr-12 created']);
    expect(rec.summary).not.toContain('npg_S3cret');
  });

  it('reuses the existing branch and resets it when reset is true', async () => {
    const neon = fakeNeon([
      { id: 'br-main', name: 'main' },
      { id: 'br-12', name: 'preview/pr-12', parentId: 'br-main' },
    ]);
    const { result, rec } = run({ reset: 'true' }, neon);
    expect((await result).exitCode).toBe(0);
    expect(neon.calls).toContain('reset br-12 br-main');
    expect(rec.outputs.created).toBe('false');
  });

  it('fails naming the input for a missing key, a bad boolean, an expiry over 30 days and a bad API key', async () => {
    const cases: [Record<string, string>, string, Error?][] = [
      [{ 'neon-api-key': '' }, 'input neon-api-key is required'],
      [{ reset: 'yes' }, 'input reset must be auto, true or false, got "yes"'],
      [{ 'expires-in': '45d' }, 'expires-in must be at most 30 days'],
      [
        { 'expires-at': '2026-12-31' },
        'input expires-at must be an RFC 3339 time such as 2026-12-31T18:00:00Z',
      ],
      [{ 'expires-at': '2027-02-01T00:00:00Z' }, 'input expires-at must be at most 30 days ahead'],
      [{ 'suspend-timeout': '30' }, 'input suspend-timeout must be seconds: -1 (never), 0'],
      [{ 'init-source': 'data' }, 'input init-source must be parent-data or schema-only, got "data"'],
      [
        { 'neon-action': 'reset', 'branch-id': 'br-nope' },
        'Neon has no branch "br-nope": check the branch-id input',
      ],
      [
        {},
        'check the neon-api-key input',
        new NeonInputError(
          'neon-api-key',
          'Neon rejected the API key (HTTP 401) while listing branches: check the neon-api-key input',
        ),
      ],
    ];
    for (const [inputs, message, fail] of cases) {
      const { result, gh } = run(inputs, fakeNeon([{ id: 'br-main', name: 'main' }], fail));
      const { exitCode, outcome } = await result;
      expect(exitCode).toBe(2); // bad input: exit 2, as the CLI
      expect(outcome.state).toBe('failure');
      expect(outcome.description).toContain(message);
      expect(gh.statuses[0]).toContain('schemagate/neon-branch failure');
    }
  });

  it('deletes the branch on PR close, and says so when it was already gone', async () => {
    const neon = fakeNeon([{ id: 'br-12', name: 'preview/pr-12' }]);
    const { result } = run({ 'neon-action': 'delete' }, neon, { state: 'closed' });
    expect((await result).outcome.description).toBe('Branch preview/pr-12 deleted');
    expect(neon.calls).toContain('delete br-12');
    const gone = run({ 'neon-action': 'delete' }, fakeNeon([]), { state: 'closed' });
    expect((await gone.result).outcome.description).toBe('Branch preview/pr-12 was already gone');
  });

  it("takes Neon's inputs: database, role, expires-at, suspend-timeout and schema-only branches", async () => {
    const neon = fakeNeon([{ id: 'br-main', name: 'main' }]);
    const { result, rec } = run(
      {
        database: 'shop',
        role: 'shop_owner',
        'expires-at': '2026-12-01T12:00:00.500Z',
        'suspend-timeout': '-1',
        'init-source': 'schema-only',
      },
      neon,
    );
    const { exitCode, outcome } = await result;
    expect(exitCode).toBe(0);
    expect(neon.calls).toEqual([
      'list main',
      'list preview/pr-12',
      'create preview/pr-12 parent=br-main expires=2026-12-01T12:00:00Z init=schema-only suspend=-1',
      'uri br-new shop shop_owner',
      'uri br-new shop shop_owner pooled',
    ]);
    expect(outcome.section).toContain('(schema only, no data) created');
    expect(outcome.section).toContain('Database `shop` as role `shop_owner`');
    expect(rec.outputs.created).toBe('true');
  });

  it("a schema-only branch is re-created on reset (a restore would copy the parent's data)", async () => {
    const neon = fakeNeon([
      { id: 'br-main', name: 'main' },
      { id: 'br-12', name: 'preview/pr-12' },
    ]);
    const { result, rec } = run({ reset: 'true', 'init-source': 'schema-only' }, neon);
    expect((await result).exitCode).toBe(0);
    expect(neon.calls).toContain('delete br-12');
    expect(neon.calls).toContain(
      'create preview/pr-12 parent=br-main expires=2026-12-07T02:00:00Z init=schema-only',
    );
    expect(neon.calls.some((c) => c.startsWith('reset'))).toBe(false);
    expect(rec.outputs['branch-id']).toBe('br-new');
  });

  it("deletes and resets by branch id, as Neon's delete-branch and reset-branch actions do", async () => {
    const branches = [
      { id: 'br-main', name: 'main' },
      { id: 'br-77', name: 'something-else', parentId: 'br-main' },
    ];
    const del = fakeNeon(branches);
    const deleted = run({ 'neon-action': 'delete', 'branch-id': 'br-77' }, del, { state: 'closed' });
    expect((await deleted.result).outcome.description).toBe('Branch br-77 deleted');
    expect(del.calls).toEqual(['delete br-77']);

    const res = fakeNeon(branches);
    const reset = run({ 'neon-action': 'reset', 'branch-id': 'br-77' }, res);
    const { outcome } = await reset.result;
    expect(outcome.description).toBe('Branch something-else reset to its parent');
    expect(res.calls).toContain('reset br-77 br-main');
    expect(reset.rec.outputs['database-url']).toBe(URI);
    expect(reset.rec.outputs['database-url-pooled']).toBe(POOLED);
  });
});
