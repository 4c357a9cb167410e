import nock from 'nock';
import { createOctokit } from '../../src/github/octokit.js';
import { octokitGitHub } from '../../src/github/octokitGitHub.js';
import { MARKER, parseSections, sectionStart } from '../../src/github/stickyComment.js';

const API = 'https://api.github.test';
const ORDER = ['neon-branch', 'migrate', 'drift-check', 'lint-gate'];
const BOT = { login: 'github-actions[bot]', type: 'Bot' };

function port(login?: string) {
  const octokit = createOctokit({ token: 'ghs_test', baseUrl: API, retryBaseMs: 1, writeIntervalMs: 0 });
  return octokitGitHub(octokit, {
    repository: 'acme/shop',
    sectionOrder: ORDER,
    ...(login ? { commentAuthor: login } : {}),
  });
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});
afterAll(() => nock.enableNetConnect());

describe('commit statuses', () => {
  it('posts on the given SHA with the description cut to 140 characters and the run URL', async () => {
    let body: any;
    nock(API)
      .post('/repos/acme/shop/statuses/abc123', (b) => {
        body = b;
        return true;
      })
      .reply(201, {});
    await port().setStatus(
      'abc123',
      'schemagate/migrate',
      'failure',
      `boom ${'y'.repeat(300)}`,
      'https://github.com/acme/shop/actions/runs/9',
    );
    expect(body.context).toBe('schemagate/migrate');
    expect(body.state).toBe('failure');
    expect(body.description).toHaveLength(140);
    expect(body.description.endsWith('…')).toBe(true);
    expect(body.target_url).toBe('https://github.com/acme/shop/actions/runs/9');
  });

  it('retries a 502 and then succeeds', async () => {
    nock(API).post('/repos/acme/shop/statuses/abc').reply(502, { message: 'bad gateway' });
    nock(API).post('/repos/acme/shop/statuses/abc').reply(201, {});
    await expect(port().setStatus('abc', 'schemagate/migrate', 'success', 'ok')).resolves.toBeUndefined();
  });

  it('does not retry a 403 (fork token) and surfaces its status', async () => {
    nock(API)
      .post('/repos/acme/shop/statuses/abc')
      .reply(403, { message: 'Resource not accessible by integration' });
    await expect(port().setStatus('abc', 'schemagate/migrate', 'success', 'ok')).rejects.toMatchObject({
      status: 403,
    });
  });
});

describe('sticky comment', () => {
  const link = (page: number, last: number) =>
    `<${API}/repos/acme/shop/issues/7/comments?per_page=100&page=${page}>; rel="next", <${API}/repos/acme/shop/issues/7/comments?per_page=100&page=${last}>; rel="last"`;

  it('finds our comment on a later page, ignores a user quoting the marker, re-reads and edits only its section', async () => {
    const ours = `${MARKER}\n\n${sectionStart('migrate')}\nold migrate\n<!-- schemagate:migrate:end -->\n`;
    const fresher = `${ours}\n${sectionStart('drift-check')}\nwritten meanwhile\n<!-- schemagate:drift-check:end -->\n`;
    let patched = '';
    nock(API)
      .get('/user')
      .reply(403, { message: 'Resource not accessible by integration' })
      .get('/repos/acme/shop/issues/7/comments')
      .query({ per_page: '100' })
      .reply(200, [{ id: 1, body: `${MARKER} hijack attempt`, user: { login: 'mallory', type: 'User' } }], {
        link: link(2, 2),
      })
      .get('/repos/acme/shop/issues/7/comments')
      .query({ per_page: '100', page: '2' })
      .reply(200, [
        { id: 2, body: `${MARKER}\nfake bot`, user: { login: 'github-actions', type: 'User' } },
        { id: 3, body: ours, user: BOT },
      ])
      .get('/repos/acme/shop/issues/comments/3')
      .reply(200, { id: 3, body: fresher, user: BOT })
      .patch('/repos/acme/shop/issues/comments/3', (b) => {
        patched = b.body;
        return true;
      })
      .reply(200, {});
    await port().upsertCommentSection(7, 'lint-gate', 'lint says ok');
    expect(parseSections(patched, ORDER)).toEqual(
      new Map([
        ['migrate', 'old migrate'],
        ['drift-check', 'written meanwhile'],
        ['lint-gate', 'lint says ok'],
      ]),
    );
  });

  it('creates the comment once when none of ours exists (a quoted marker by a user does not count)', async () => {
    let created = '';
    nock(API)
      .get('/user')
      .reply(403, {})
      .get('/repos/acme/shop/issues/7/comments')
      .query(true)
      .reply(200, [{ id: 1, body: `${MARKER}\nI copied this`, user: { login: 'mallory', type: 'User' } }])
      .post('/repos/acme/shop/issues/7/comments', (b) => {
        created = b.body;
        return true;
      })
      .reply(201, { id: 10 })
      .get('/repos/acme/shop/issues/7/comments')
      .query(true)
      .reply(200, [{ id: 10, body: 'x', user: BOT }]);
    await port().upsertCommentSection(7, 'migrate', 'applied 1 migration');
    expect(created.startsWith(MARKER)).toBe(true);
    expect(parseSections(created, ORDER).get('migrate')).toBe('applied 1 migration');
  });

  it('with an installation token (GET /user 403), a GitHub App bot comment is ours but a user named like a bot is not', async () => {
    nock(API)
      .get('/user')
      .reply(403, {})
      .get('/repos/acme/shop/issues/7/comments')
      .query(true)
      .reply(200, [
        { id: 6, body: `${MARKER}\n`, user: { login: 'github-actions-bot', type: 'User' } },
        { id: 7, body: `${MARKER}\n`, user: { login: 'release-app[bot]', type: 'Bot' } },
      ])
      .get('/repos/acme/shop/issues/comments/7')
      .reply(200, { id: 7, body: `${MARKER}\n` })
      .patch('/repos/acme/shop/issues/comments/7')
      .reply(200, {});
    await port().upsertCommentSection(7, 'migrate', 'x');
  });

  it('with a personal token, matches the login from GET /user', async () => {
    nock(API)
      .get('/user')
      .reply(200, { login: 'release-bot' })
      .get('/repos/acme/shop/issues/7/comments')
      .query(true)
      .reply(200, [
        { id: 4, body: `${MARKER}\n`, user: BOT },
        { id: 5, body: `${MARKER}\n`, user: { login: 'release-bot', type: 'User' } },
      ])
      .get('/repos/acme/shop/issues/comments/5')
      .reply(200, { id: 5, body: `${MARKER}\n` })
      .patch('/repos/acme/shop/issues/comments/5')
      .reply(200, {});
    await port().upsertCommentSection(7, 'migrate', 'x');
  });

  it('folds a duplicate created by a concurrent writer into the oldest comment', async () => {
    const theirs = `${MARKER}\n\n${sectionStart('drift-check')}\ntheirs\n<!-- schemagate:drift-check:end -->\n`;
    const mine = `${MARKER}\n\n${sectionStart('migrate')}\nmine\n<!-- schemagate:migrate:end -->\n`;
    let merged = '';
    nock(API)
      .get('/repos/acme/shop/issues/7/comments')
      .query(true)
      .reply(200, [])
      .post('/repos/acme/shop/issues/7/comments')
      .reply(201, { id: 21 })
      .get('/repos/acme/shop/issues/7/comments')
      .query(true)
      .reply(200, [
        { id: 20, body: theirs, user: { login: 'ci-app[bot]', type: 'Bot' } },
        { id: 21, body: mine, user: { login: 'ci-app[bot]', type: 'Bot' } },
      ])
      .patch('/repos/acme/shop/issues/comments/20', (b) => {
        merged = b.body;
        return true;
      })
      .reply(200, {})
      .delete('/repos/acme/shop/issues/comments/21')
      .reply(204);
    await port('ci-app[bot]').upsertCommentSection(7, 'migrate', 'mine');
    expect(parseSections(merged, ORDER)).toEqual(
      new Map([
        ['migrate', 'mine'],
        ['drift-check', 'theirs'],
      ]),
    );
  });
});

describe('reads', () => {
  it('paginates reviews, files and labels', async () => {
    const next = (path: string) => ({ link: `<${API}${path}?per_page=100&page=2>; rel="next"` });
    nock(API)
      .get('/repos/acme/shop/pulls/7/reviews')
      .query({ per_page: '100' })
      .reply(
        200,
        [
          {
            id: 1,
            user: { login: 'alice' },
            state: 'APPROVED',
            commit_id: 'abc',
            submitted_at: '2026-01-01T00:00:00Z',
          },
        ],
        next('/repos/acme/shop/pulls/7/reviews'),
      )
      .get('/repos/acme/shop/pulls/7/reviews')
      .query({ per_page: '100', page: '2' })
      .reply(200, [
        {
          id: 2,
          user: { login: 'bob' },
          state: 'CHANGES_REQUESTED',
          commit_id: 'abc',
          submitted_at: '2026-01-02T00:00:00Z',
        },
      ])
      .get('/repos/acme/shop/pulls/7/files')
      .query({ per_page: '100' })
      .reply(
        200,
        [{ filename: 'db/migrations/1.sql', status: 'added' }],
        next('/repos/acme/shop/pulls/7/files'),
      )
      .get('/repos/acme/shop/pulls/7/files')
      .query({ per_page: '100', page: '2' })
      .reply(200, [{ filename: 'b.sql', status: 'renamed', previous_filename: 'a.sql' }])
      .get('/repos/acme/shop/issues/7/labels')
      .query(true)
      .reply(200, [{ name: 'schemagate:emergency-bypass' }]);
    const gh = port();
    expect((await gh.listReviews(7)).map((r) => [r.user, r.state])).toEqual([
      ['alice', 'APPROVED'],
      ['bob', 'CHANGES_REQUESTED'],
    ]);
    expect(await gh.listFiles(7)).toEqual([
      { filename: 'db/migrations/1.sql', status: 'added' },
      { filename: 'b.sql', status: 'renamed', previousFilename: 'a.sql' },
    ]);
    expect(await gh.listLabels(7)).toEqual(['schemagate:emergency-bypass']);
  });

  it('reports team membership as unreadable on 403 and a missing file as undefined', async () => {
    nock(API)
      .get('/orgs/acme/teams/dba/members')
      .query(true)
      .reply(403, { message: 'Resource not accessible by integration' })
      .get('/repos/acme/shop/contents/db%2Fschema.sql')
      .query({ ref: 'abc' })
      .reply(404, { message: 'Not Found' })
      .get('/repos/acme/shop/contents/schemagate.yml')
      .query({ ref: 'abc' })
      .reply(200, {
        type: 'file',
        content: Buffer.from('mode: strict\n').toString('base64'),
        encoding: 'base64',
      });
    const gh = port();
    expect(await gh.teamMembers('acme', 'dba')).toBe('unreadable');
    expect(await gh.fileAt('db/schema.sql', 'abc')).toBeUndefined();
    expect(await gh.fileAt('schemagate.yml', 'abc')).toBe('mode: strict\n');
  });

  it('reads whether a pull request is closed', async () => {
    nock(API)
      .get('/repos/acme/shop/pulls/3')
      .reply(200, { state: 'closed' })
      .get('/repos/acme/shop/pulls/4')
      .reply(404, {});
    expect(await port().pullRequestState!(3)).toBe('closed');
    expect(await port().pullRequestState!(4)).toBe('missing');
  });
});
