/**
 * A local HTTP server that plays the Neon API v2 endpoints schemagate uses, backed by the real
 * PostgreSQL server: a branch is a database created from its parent's database as template, so
 * migrations really run on it. Operations finish after a short delay; `failNext` makes the next
 * requests answer 423/429/503 first.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { ADMIN_URL } from '../../helpers/pgTestDb.js';

export interface FakeBranch {
  id: string;
  name: string;
  parent_id?: string;
  expires_at?: string;
  default: boolean;
  database: string;
  /** Set on branches taken from a parent: the parent's "LSN" then (a counter here). */
  parent_lsn?: string;
  created_at?: string;
}

export class FakeNeon {
  readonly requests: { method: string; path: string; body: any; auth?: string }[] = [];
  readonly branches = new Map<string, FakeBranch>();
  readonly failNext: number[] = [];
  readonly password = `npg_${randomBytes(8).toString('hex')}`;
  readonly apiKey = `napi_${randomBytes(12).toString('hex')}`;
  readonly projectId = 'fake-project-1';
  operationDelayMs = 300;
  private readonly operations = new Map<string, number>();
  /** Point-in-time history per branch id: copies taken by `recordHistory`, oldest first. */
  readonly history = new Map<string, { at: string; database: string }[]>();
  /** Every endpoint list a branch was created with (a restore point asks for none). */
  readonly endpointsAsked: unknown[] = [];
  private server?: Server;
  private seq = 0;
  url = '';

  constructor(readonly parentDatabase: string) {
    this.branches.set('br-main', { id: 'br-main', name: 'main', default: true, database: parentDatabase });
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: String(err) }));
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/v2`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise((r) => this.server?.close(r));
    for (const b of this.branches.values()) if (!b.default) await dropDatabase(b.database);
    for (const list of this.history.values()) for (const h of list) await dropDatabase(h.database);
  }

  urlFor(database: string): string {
    const u = new URL(ADMIN_URL);
    u.username = 'postgres';
    // Trust auth ignores the password; it stands for the secret a real branch URI carries.
    u.password = this.password;
    u.pathname = `/${database}`;
    return u.toString();
  }

  /** Keeps a copy of a branch as it is now, labelled `at`: what a restore to a timestamp goes back to. */
  async recordHistory(branchId: string, at: string): Promise<void> {
    const branch = this.branches.get(branchId)!;
    const database = `${this.parentDatabase}_h${++this.seq}`;
    await createFromTemplate(database, branch.database);
    this.history.set(branchId, [...(this.history.get(branchId) ?? []), { at, database }]);
  }

  byName(name: string): FakeBranch | undefined {
    return [...this.branches.values()].find((b) => b.name === name);
  }

  private operation(): { id: string; status: string } {
    const id = `op-${++this.seq}`;
    this.operations.set(id, Date.now() + this.operationDelayMs);
    return { id, status: 'running' };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = text ? JSON.parse(text) : undefined;
    const method = req.method ?? 'GET';
    this.requests.push({ method, path: url.pathname + url.search, body, auth: req.headers.authorization });
    const send = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(data));
    };
    const fail = this.failNext.shift();
    if (fail) return send(fail, { message: `fake Neon answers ${fail}` });
    if (req.headers.authorization !== `Bearer ${this.apiKey}`)
      return send(401, { message: 'authentication required' });

    const m = /^\/api\/v2\/projects\/([^/]+)(\/.*)?$/.exec(url.pathname);
    if (!m || m[1] !== this.projectId) return send(404, { message: 'project not found' });
    const rest = m[2] ?? '';
    let r: RegExpExecArray | null;

    if (rest === '/branches' && method === 'GET') {
      const search = url.searchParams.get('search') ?? '';
      const list = [...this.branches.values()].filter(
        (b) => b.name.includes(search) || b.id.includes(search),
      );
      return send(200, { branches: list.map(view), pagination: {} });
    }
    if (rest === '/branches' && method === 'POST') {
      const name = body?.branch?.name as string;
      if (this.byName(name)) return send(409, { message: 'branch already exists' });
      const parent = this.branches.get(body?.branch?.parent_id ?? 'br-main');
      if (!parent) return send(400, { message: 'parent not found' });
      const id = `br-${randomBytes(4).toString('hex')}`;
      const database = `${this.parentDatabase}_${id.replace(/-/g, '_')}`;
      await createFromTemplate(database, parent.database);
      const branch: FakeBranch = {
        id,
        name,
        parent_id: parent.id,
        default: false,
        database,
        parent_lsn: `0/${(0x1000 + this.seq).toString(16).toUpperCase()}`,
        created_at: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        ...(body.branch.expires_at ? { expires_at: body.branch.expires_at } : {}),
      };
      this.branches.set(id, branch);
      this.endpointsAsked.push(body.endpoints);
      return send(201, {
        branch: view(branch),
        endpoints: body.endpoints ? [{ id: `ep-${id}`, type: 'read_write' }] : [],
        operations: [this.operation(), this.operation()],
      });
    }
    r = /^\/branches\/([^/]+)\/restore$/.exec(rest);
    if (r && method === 'POST') {
      const branch = this.branches.get(r[1]);
      const parent = this.branches.get(body?.source_branch_id);
      if (!branch || !parent) return send(404, { message: 'branch not found' });
      let source = parent.database;
      if (body.source_timestamp) {
        // Point in time: the newest recorded copy at or before the timestamp.
        const at = Date.parse(body.source_timestamp);
        const past = (this.history.get(parent.id) ?? []).filter((h) => Date.parse(h.at) <= at).at(-1);
        if (!past) return send(400, { message: 'timestamp is outside the history retention window' });
        source = past.database;
      } else if (parent.id === branch.id) {
        return send(400, {
          message: 'source_timestamp or source_lsn is required to restore a branch to itself',
        });
      }
      const hasChildren = [...this.branches.values()].some((b) => b.parent_id === branch.id);
      if ((hasChildren || parent.id === branch.id) && !body.preserve_under_name)
        return send(400, { message: 'preserve_under_name is required' });
      if (body.preserve_under_name) {
        const keptId = `br-${randomBytes(4).toString('hex')}`;
        const kept = `${this.parentDatabase}_${keptId.replace(/-/g, '_')}`;
        await createFromTemplate(kept, branch.database);
        this.branches.set(keptId, {
          id: keptId,
          name: body.preserve_under_name,
          default: false,
          database: kept,
        });
        // Neon moves the children to the preserved branch.
        for (const b of this.branches.values()) if (b.parent_id === branch.id) b.parent_id = keptId;
      }
      await dropDatabase(branch.database);
      await createFromTemplate(branch.database, source);
      return send(200, { branch: view(branch), operations: [this.operation()] });
    }
    r = /^\/branches\/([^/]+)$/.exec(rest);
    if (r) {
      const branch = this.branches.get(r[1]);
      if (!branch) return send(404, { message: 'branch not found' });
      if (method === 'DELETE') {
        await dropDatabase(branch.database);
        this.branches.delete(branch.id);
        return send(200, { branch: view(branch), operations: [this.operation()] });
      }
      return send(200, { branch: view(branch) });
    }
    r = /^\/operations\/([^/]+)$/.exec(rest);
    if (r) {
      const doneAt = this.operations.get(r[1]);
      if (doneAt === undefined) return send(404, { message: 'operation not found' });
      return send(200, {
        operation: {
          id: r[1],
          project_id: this.projectId,
          status: Date.now() >= doneAt ? 'finished' : 'running',
        },
      });
    }
    if (rest === '/connection_uri') {
      const branch = this.branches.get(url.searchParams.get('branch_id') ?? 'br-main');
      if (!branch) return send(404, { message: 'branch not found' });
      // Neon's pooled URI has a `-pooler` host; here another name of the same server.
      const uri = this.urlFor(branch.database);
      return send(200, {
        uri: url.searchParams.get('pooled') === 'true' ? uri.replace('127.0.0.1', 'localhost') : uri,
      });
    }
    return send(404, { message: `fake Neon has no route for ${method} ${url.pathname}` });
  }
}

const view = (b: FakeBranch) => ({
  id: b.id,
  name: b.name,
  parent_id: b.parent_id,
  expires_at: b.expires_at,
  default: b.default,
  parent_lsn: b.parent_lsn,
  created_at: b.created_at,
  project_id: 'fake-project-1',
});

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

export async function createFromTemplate(database: string, template: string): Promise<void> {
  await admin(`CREATE DATABASE ${pg.escapeIdentifier(database)} TEMPLATE ${pg.escapeIdentifier(template)}`);
}

export async function dropDatabase(database: string): Promise<void> {
  await admin(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`);
}
