/**
 * A local HTTP server that plays the parts of the GitHub REST API schemagate uses: commit
 * statuses, issue comments (paginated with Link headers), reviews, PR files, labels, pulls,
 * contents, teams and /user. It records every request. `readOnly` answers 403 to every write,
 * as GitHub does for a fork's token.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly body: any;
}

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: { login: string; type: string };
}

export interface FakeStatus {
  readonly sha: string;
  readonly context: string;
  readonly state: string;
  readonly description: string;
  readonly target_url?: string;
}

export const BOT = { login: 'github-actions[bot]', type: 'Bot' };

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly statuses: FakeStatus[] = [];
  readonly comments: FakeComment[] = [];
  readonly reviews = new Map<number, unknown[]>();
  readonly files = new Map<number, { filename: string; status: string }[]>();
  readonly labels = new Map<number, string[]>();
  readonly pulls = new Map<number, { state: 'open' | 'closed' }>();
  readonly contents = new Map<string, string>();
  /** Members of org/team teams the token may read; any other team answers 403 like GITHUB_TOKEN. */
  readonly teams = new Map<string, string[]>();
  /** Repository issues (the bypass follow-ups); pull requests are not listed here. */
  readonly issues: { number: number; title: string; body: string; labels: string[]; state: string }[] = [];
  readOnly = false;
  /** Largest page served whatever per_page asks, so small fixtures still span several pages. */
  maxPageSize = 100;
  private nextId = 1000;
  private server?: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err) => {
        res.statusCode = 500;
        res.end(JSON.stringify({ message: String(err) }));
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise((r) => this.server?.close(r));
  }

  /** Statuses posted for one context, in order. */
  statesOf(context: string, sha?: string): string[] {
    return this.statuses.filter((s) => s.context === context && (!sha || s.sha === sha)).map((s) => s.state);
  }

  /** The latest status per context for a SHA. */
  latest(sha: string): Record<string, FakeStatus> {
    const out: Record<string, FakeStatus> = {};
    for (const s of this.statuses) if (s.sha === sha) out[s.context] = s;
    return out;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = text ? JSON.parse(text) : undefined;
    const method = req.method ?? 'GET';
    this.requests.push({ method, path: url.pathname + url.search, body });
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(data === undefined ? '' : JSON.stringify(data));
    };
    if (method !== 'GET' && this.readOnly)
      return send(403, { message: 'Resource not accessible by integration' });
    const p = url.pathname;
    let m: RegExpExecArray | null;

    if (p === '/user') return send(403, { message: 'Resource not accessible by integration' });
    m = /^\/repos\/[^/]+\/[^/]+\/statuses\/([^/]+)$/.exec(p);
    if (m && method === 'POST') {
      this.statuses.push({ sha: m[1], ...body });
      return send(201, { id: this.nextId++, ...body });
    }
    m = /^\/repos\/[^/]+\/[^/]+\/commits\/([^/]+)\/status$/.exec(p);
    if (m && method === 'GET') {
      const statuses = Object.values(this.latest(m[1]))
        .reverse()
        .map((st) => ({ ...st, target_url: (st as { target_url?: string }).target_url ?? null }));
      return send(200, { sha: m[1], state: 'pending', total_count: statuses.length, statuses });
    }
    if (/^\/repos\/[^/]+\/[^/]+\/issues$/.test(p)) {
      if (method === 'POST') {
        const issue = {
          number: this.nextId++,
          title: body.title,
          body: body.body ?? '',
          labels: body.labels ?? [],
          state: 'open',
        };
        this.issues.push(issue);
        return send(201, {
          ...issue,
          labels: issue.labels.map((name: string) => ({ name })),
          html_url: `https://github.com/acme/shop/issues/${issue.number}`,
        });
      }
      const state = url.searchParams.get('state') ?? 'open';
      const wanted = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
      return this.page(
        url,
        res,
        this.issues
          .filter((i) => (state === 'all' || i.state === state) && wanted.every((l) => i.labels.includes(l)))
          .map((i) => ({
            ...i,
            labels: i.labels.map((name) => ({ name })),
            html_url: `https://github.com/acme/shop/issues/${i.number}`,
          })),
      );
    }
    m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(p);
    if (m) {
      const issue = Number(m[1]);
      if (method === 'POST') {
        const c: FakeComment = { id: this.nextId++, issue, body: body.body, user: BOT };
        this.comments.push(c);
        return send(201, c);
      }
      return this.page(
        url,
        res,
        this.comments.filter((c) => c.issue === issue),
      );
    }
    m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(p);
    if (m) {
      const idx = this.comments.findIndex((c) => c.id === Number(m![1]));
      if (idx < 0) return send(404, { message: 'Not Found' });
      if (method === 'PATCH') this.comments[idx].body = body.body;
      if (method === 'DELETE') {
        this.comments.splice(idx, 1);
        return send(204, undefined);
      }
      return send(200, this.comments[idx]);
    }
    m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/reviews$/.exec(p);
    if (m) return this.page(url, res, this.reviews.get(Number(m[1])) ?? []);
    m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/.exec(p);
    if (m) return this.page(url, res, this.files.get(Number(m[1])) ?? []);
    m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/labels$/.exec(p);
    if (m) {
      return this.page(
        url,
        res,
        (this.labels.get(Number(m[1])) ?? []).map((name) => ({ name })),
      );
    }
    m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(p);
    if (m) {
      const pr = this.pulls.get(Number(m[1]));
      return pr ? send(200, { number: Number(m[1]), ...pr }) : send(404, { message: 'Not Found' });
    }
    m = /^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/.exec(p);
    if (m) {
      const content = this.contents.get(`${url.searchParams.get('ref')}:${decodeURIComponent(m[1])}`);
      if (content === undefined) return send(404, { message: 'Not Found' });
      return send(200, {
        type: 'file',
        encoding: 'base64',
        content: Buffer.from(content).toString('base64'),
      });
    }
    m = /^\/orgs\/([^/]+)\/teams\/([^/]+)\/members$/.exec(p);
    if (m) {
      const members = this.teams.get(`${m[1]}/${m[2]}`);
      if (!members) return send(403, { message: 'Resource not accessible by integration' });
      return this.page(
        url,
        res,
        members.map((login) => ({ login })),
      );
    }
    return send(404, { message: `fake GitHub has no route for ${method} ${p}` });
  }

  private page(url: URL, res: ServerResponse, items: unknown[]): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), this.maxPageSize);
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (page < last) {
      const next = new URL(url);
      next.searchParams.set('page', String(page + 1));
      const end = new URL(url);
      end.searchParams.set('page', String(last));
      headers.link = `<${next}>; rel="next", <${end}>; rel="last"`;
    }
    res.writeHead(200, headers);
    res.end(JSON.stringify(items.slice((page - 1) * perPage, page * perPage)));
  }
}
