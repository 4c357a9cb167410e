import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { neonApiPort } from '../../src/neon/apiPort.js';
import {
  cleanupBranches,
  deleteBranchNamed,
  ensureBranch,
  type LifecycleDeps,
} from '../../src/neon/lifecycle.js';
import { NeonInputError } from '../../src/neon/port.js';

const HOST = 'https://neon.test/api/v2';
const P = '/api/v2/projects/proj-1';

function deps(waits: number[] = [], logs: string[] = []): LifecycleDeps {
  const sleep = async (ms: number) => {
    waits.push(ms);
  };
  const neon = neonApiPort({
    apiKey: 'napi_secret',
    projectId: 'proj-1',
    apiHost: HOST,
    retry: { sleep, baseMs: 100 },
  });
  return { neon, sleep, log: (m) => logs.push(m), pollMs: 50 };
}

const branch = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  project_id: 'proj-1',
  ...extra,
});

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});
afterAll(() => nock.enableNetConnect());

describe('ensureBranch over the Neon API', () => {
  it('creates the branch with parent, expires_at and a read_write endpoint, then waits for its operations', async () => {
    let created: any;
    const waits: number[] = [];
    nock('https://neon.test', { reqheaders: { authorization: 'Bearer napi_secret' } })
      .get(`${P}/branches`)
      .query({ limit: '100', search: 'main' })
      .reply(200, { branches: [branch('br-main', 'main', { default: true })] })
      .get(`${P}/branches`)
      .query({ limit: '100', search: 'preview/pr-1' })
      // search matches substrings: pr-12 is not pr-1.
      .reply(200, { branches: [branch('br-12', 'preview/pr-12')] })
      .post(`${P}/branches`, (b) => {
        created = b;
        return true;
      })
      .reply(201, {
        branch: branch('br-new', 'preview/pr-1'),
        operations: [{ id: 'op-1', status: 'running' }],
      })
      .get(`${P}/operations/op-1`)
      .reply(200, { operation: { id: 'op-1', status: 'running' } })
      .get(`${P}/operations/op-1`)
      .reply(200, { operation: { id: 'op-1', status: 'finished' } });
    const result = await ensureBranch(deps(waits), {
      name: 'preview/pr-1',
      parent: 'main',
      expiresAt: '2026-12-07T02:00:00Z',
      reset: false,
    });
    expect(result).toMatchObject({ created: true, branch: { id: 'br-new', name: 'preview/pr-1' } });
    expect(created).toEqual({
      branch: { name: 'preview/pr-1', parent_id: 'br-main', expires_at: '2026-12-07T02:00:00Z' },
      endpoints: [{ type: 'read_write' }],
    });
    expect(waits).toEqual([50]);
  });

  it('reuses an exact name match, and resets it to its parent when asked', async () => {
    let restore: any;
    nock('https://neon.test')
      .get(`${P}/branches`)
      .query(true)
      .reply(200, { branches: [branch('br-1', 'preview/pr-1', { parent_id: 'br-main' })] })
      .post(`${P}/branches/br-1/restore`, (b) => {
        restore = b;
        return true;
      })
      .reply(200, { operations: [{ id: 'op-r' }] })
      .get(`${P}/operations/op-r`)
      .reply(200, { operation: { status: 'finished' } });
    const result = await ensureBranch(deps(), { name: 'preview/pr-1', reset: true });
    expect(result).toMatchObject({ created: false, reset: true, branch: { id: 'br-1' } });
    expect(restore).toEqual({ source_branch_id: 'br-main' });
  });

  it('retries 429, 423 and 503 with growing waits, on the injected clock', async () => {
    const waits: number[] = [];
    nock('https://neon.test')
      .get(`${P}/branches`)
      .query(true)
      .reply(429, { message: 'rate limited' })
      .get(`${P}/branches`)
      .query(true)
      .reply(423, { message: 'project locked' })
      .get(`${P}/branches`)
      .query(true)
      .reply(503, { message: 'unavailable' })
      .get(`${P}/branches`)
      .query(true)
      .reply(200, { branches: [branch('br-1', 'preview/pr-1')] });
    const result = await ensureBranch(deps(waits), { name: 'preview/pr-1', reset: false });
    expect(result.created).toBe(false);
    expect(waits).toEqual([100, 200, 400]);
  });

  it('retries a network error (the connection dropped by the server)', async () => {
    // nock cannot fake a socket error for axios, so a real local server hangs up once.
    nock.enableNetConnect('127.0.0.1');
    let calls = 0;
    const server = createServer((req, res) => {
      calls++;
      if (calls === 1) {
        req.socket.destroy();
        return;
      }
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ branches: [branch('br-1', 'preview/pr-1')] }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
    };
    try {
      const neon = neonApiPort({
        apiKey: 'k',
        projectId: 'proj-1',
        apiHost: `http://127.0.0.1:${port}/api/v2`,
        retry: { sleep, baseMs: 100 },
      });
      const result = await ensureBranch(
        { neon, sleep, log: () => {} },
        { name: 'preview/pr-1', reset: false },
      );
      expect(result.branch.id).toBe('br-1');
      expect(waits).toEqual([100]);
      expect(calls).toBe(2);
    } finally {
      server.close();
      nock.disableNetConnect();
    }
  });

  it('names the API key input on 401 and never repeats the key', async () => {
    nock('https://neon.test')
      .get(`${P}/branches`)
      .query(true)
      .reply(401, { message: 'authorization failed' });
    const err = await ensureBranch(deps(), { name: 'preview/pr-1', reset: false }).catch((e) => e);
    expect(err).toBeInstanceOf(NeonInputError);
    expect(err.input).toBe('neon-api-key');
    expect(err.message).toContain('neon-api-key');
    expect(JSON.stringify(err)).not.toContain('napi_secret');
    expect(String(err.stack)).not.toContain('napi_secret');
  });

  it('names the project id input on 404', async () => {
    nock('https://neon.test').get(`${P}/branches`).query(true).reply(404, { message: 'project not found' });
    await expect(ensureBranch(deps(), { name: 'preview/pr-1', reset: false })).rejects.toMatchObject({
      input: 'neon-project-id',
    });
  });

  it('names the parent-branch input when the parent does not exist', async () => {
    nock('https://neon.test')
      .get(`${P}/branches`)
      .query(true)
      .reply(200, { branches: [branch('br-x', 'mainline')] });
    await expect(
      ensureBranch(deps(), { name: 'preview/pr-1', parent: 'main', reset: false }),
    ).rejects.toMatchObject({ input: 'parent-branch' });
  });

  it('gives up after the last attempt with a plain message (no axios config)', async () => {
    nock('https://neon.test').get(`${P}/branches`).query(true).times(6).reply(500, { message: 'internal' });
    const err = await ensureBranch(deps(), { name: 'preview/pr-1', reset: false }).catch((e) => e);
    expect(err.message).toBe('Neon API error while listing branches: HTTP 500: internal');
    expect(err.config).toBeUndefined();
  });
});

describe('delete and cleanup', () => {
  it('treats a branch already gone (404 on delete) as done', async () => {
    nock('https://neon.test')
      .get(`${P}/branches`)
      .query(true)
      .reply(200, { branches: [branch('br-1', 'preview/pr-1')] })
      .delete(`${P}/branches/br-1`)
      .reply(404, { message: 'not found' });
    expect(await deleteBranchNamed(deps(), 'preview/pr-1')).toBe('gone');
  });

  it('deletes branches of closed PRs and expired ones, keeps open ones and foreign names', async () => {
    const deleted: string[] = [];
    nock('https://neon.test')
      .get(`${P}/branches`)
      .query({ limit: '100', search: 'preview/pr-' })
      .reply(200, {
        branches: [
          branch('br-1', 'preview/pr-1'),
          branch('br-2', 'preview/pr-2'),
          branch('br-3', 'preview/pr-3', { expires_at: '2026-01-01T00:00:00Z' }),
          branch('br-x', 'preview/pr-x'),
        ],
        pagination: { next: 'c1' },
      })
      .get(`${P}/branches`)
      .query({ limit: '100', search: 'preview/pr-', cursor: 'c1' })
      .reply(200, { branches: [], pagination: { next: 'c1' } })
      .delete(/\/branches\/br-\d$/)
      .times(2)
      .reply(200, (uri) => {
        deleted.push(uri.split('/').pop()!);
        return { operations: [] };
      });
    const state = async (n: number) => (n === 1 ? ('closed' as const) : ('open' as const));
    const result = await cleanupBranches(
      deps(),
      'preview/pr-{number}',
      state,
      new Date('2026-06-01T00:00:00Z'),
    );
    expect(result.deleted).toEqual([
      { name: 'preview/pr-1', why: 'closed' },
      { name: 'preview/pr-3', why: 'expired' },
    ]);
    expect(result.kept).toBe(1);
    expect(deleted.sort()).toEqual(['br-1', 'br-3']);
  });
});
