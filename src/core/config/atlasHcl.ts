/**
 * Zero config for Atlas projects: when a repository has no schemagate.yml but has an atlas.hcl,
 * read the chosen `env` block (`src`, `dev`, `migration { dir, format }`) into a schemagate
 * config. Everything else in the file is reported, never guessed.
 *
 * A small parser for the subset of HCL that atlas.hcl env blocks use: blocks with string labels,
 * attributes, strings, numbers, booleans, bare words, lists, and calls/references (kept as text,
 * evaluated never). No npm HCL parser fits: hcl2-parser is a 2020 GopherJS build that is no
 * longer maintained, and @cdktf/hcl2json ships a Go WASM of several MB from a project HashiCorp
 * has sunset. Pure: no file system, no process.env.
 */
import { ConfigError } from '../errors.js';
import type { Config } from './schema.js';
import { configSchema } from './schema.js';

type Expr =
  | { kind: 'string'; value: string; line: number; col: number }
  | { kind: 'number' | 'bool'; value: string; line: number; col: number }
  | { kind: 'word'; value: string; line: number; col: number }
  | { kind: 'list'; items: Expr[]; line: number; col: number }
  | { kind: 'expression'; text: string; line: number; col: number };

interface Attribute {
  kind: 'attribute';
  name: string;
  value: Expr;
  line: number;
  col: number;
}
interface Block {
  kind: 'block';
  type: string;
  labels: string[];
  body: (Attribute | Block)[];
  line: number;
  col: number;
}

interface Token {
  type: 'ident' | 'string' | 'number' | 'punct' | 'eol' | 'eof';
  value: string;
  line: number;
  col: number;
}

function tokenize(text: string, file: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let line = 1;
  let col = 1;
  const fail = (msg: string): never => {
    throw new ConfigError(file, '', msg, line, col);
  };
  const advance = (n: number) => {
    for (let k = 0; k < n; k++) {
      if (text[i] === '\n') {
        line++;
        col = 1;
      } else col++;
      i++;
    }
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') {
      out.push({ type: 'eol', value: '\n', line, col });
      advance(1);
    } else if (c === ' ' || c === '\t' || c === '\r') advance(1);
    else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      while (i < text.length && text[i] !== '\n') advance(1);
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) fail('unterminated /* comment');
      advance(end + 2 - i);
    } else if (c === '"') {
      const start = { line, col };
      let value = '';
      advance(1);
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\n') fail('unterminated string');
        if (text[i] === '\\') {
          const e = text[i + 1];
          value += e === 'n' ? '\n' : e === 't' ? '\t' : e;
          advance(2);
        } else {
          value += text[i];
          advance(1);
        }
      }
      if (i >= text.length) fail('unterminated string');
      advance(1);
      out.push({ type: 'string', value, ...start });
    } else if (c === '<' && text.startsWith('<<', i)) {
      fail('heredoc strings are not supported in atlas.hcl by schemagate: use a quoted string');
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][\w-]*/.exec(text.slice(i))![0];
      out.push({ type: 'ident', value: m, line, col });
      advance(m.length);
    } else if (/[0-9]/.test(c)) {
      const m = /^\d+(\.\d+)?/.exec(text.slice(i))![0];
      out.push({ type: 'number', value: m, line, col });
      advance(m.length);
    } else if ('{}[]()=,.:'.includes(c)) {
      out.push({ type: 'punct', value: c, line, col });
      advance(1);
    } else fail(`unexpected character ${JSON.stringify(c)}`);
  }
  out.push({ type: 'eof', value: '', line, col });
  return out;
}

class Parser {
  private p = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly file: string,
  ) {}

  private peek(): Token {
    return this.tokens[this.p];
  }
  private next(): Token {
    return this.tokens[this.p++];
  }
  private skipEol(): void {
    while (this.peek().type === 'eol') this.p++;
  }
  private fail(t: Token, msg: string): never {
    throw new ConfigError(this.file, '', msg, t.line, t.col);
  }

  body(closing: boolean): (Attribute | Block)[] {
    const items: (Attribute | Block)[] = [];
    for (;;) {
      this.skipEol();
      const t = this.peek();
      if (t.type === 'eof') {
        if (closing) this.fail(t, 'missing } at the end of the file');
        return items;
      }
      if (t.type === 'punct' && t.value === '}') {
        if (!closing) this.fail(t, 'unexpected }');
        this.p++;
        return items;
      }
      if (t.type !== 'ident')
        this.fail(t, `expected an attribute or a block, got ${JSON.stringify(t.value)}`);
      this.p++;
      const after = this.peek();
      if (after.type === 'punct' && after.value === '=') {
        this.p++;
        items.push({ kind: 'attribute', name: t.value, value: this.expr(), line: t.line, col: t.col });
        continue;
      }
      const labels: string[] = [];
      while (this.peek().type === 'string' || this.peek().type === 'ident') labels.push(this.next().value);
      const open = this.next();
      if (open.type !== 'punct' || open.value !== '{') this.fail(open, `expected = or { after ${t.value}`);
      items.push({ kind: 'block', type: t.value, labels, body: this.body(true), line: t.line, col: t.col });
    }
  }

  private expr(): Expr {
    const t = this.next();
    const at = { line: t.line, col: t.col };
    if (t.type === 'string') return { kind: 'string', value: t.value, ...at };
    if (t.type === 'number') return { kind: 'number', value: t.value, ...at };
    if (t.type === 'punct' && t.value === '[') {
      const items: Expr[] = [];
      for (;;) {
        this.skipEol();
        if (this.peek().type === 'punct' && this.peek().value === ']') {
          this.p++;
          return { kind: 'list', items, ...at };
        }
        items.push(this.expr());
        this.skipEol();
        if (this.peek().type === 'punct' && this.peek().value === ',') this.p++;
      }
    }
    if (t.type === 'ident') {
      // A reference (var.x, data.y.z.url) or a call (getenv("X")): kept as text, never evaluated.
      let text = t.value;
      while (this.peek().type === 'punct' && this.peek().value === '.') {
        this.p++;
        text += `.${this.next().value}`;
      }
      if (this.peek().type === 'punct' && this.peek().value === '(') {
        let depth = 0;
        do {
          const u = this.next();
          if (u.type === 'eof') this.fail(u, 'unterminated call');
          if (u.value === '(') depth++;
          if (u.value === ')') depth--;
          text += u.type === 'string' ? JSON.stringify(u.value) : u.value;
        } while (depth > 0);
        return { kind: 'expression', text, ...at };
      }
      if (text === 'true' || text === 'false') return { kind: 'bool', value: text, ...at };
      return text.includes('.') ? { kind: 'expression', text, ...at } : { kind: 'word', value: text, ...at };
    }
    return this.fail(t, `unsupported expression starting with ${JSON.stringify(t.value)}`);
  }
}

export interface AtlasHclResult {
  readonly config: Config;
  /** The env that was read. */
  readonly env: string;
  /** Everything in the file that schemagate did not take, each with its line. */
  readonly notes: readonly string[];
}

const FORMATS: Record<string, string> = {
  atlas: 'atlas',
  'golang-migrate': 'golang-migrate',
  dbmate: 'dbmate',
  flyway: 'flyway',
};

/** `file://path` → path; anything else is not a local path. */
function localPath(e: Expr): string | undefined {
  if (e.kind !== 'string' || !e.value.startsWith('file://')) return undefined;
  return e.value.slice('file://'.length).replace(/^\.\//, '') || '.';
}

const show = (e: Expr): string =>
  e.kind === 'expression'
    ? e.text
    : e.kind === 'list'
      ? `[${e.items.map(show).join(', ')}]`
      : e.kind === 'string'
        ? JSON.stringify(e.value)
        : e.value;

/**
 * Reads `envName` (or `ci`, or the only env) of an atlas.hcl into a config. Unknown constructs
 * are notes; a value schemagate needs but cannot read (a reference, an unsupported format) is a
 * ConfigError naming atlas.hcl:line:col.
 */
export function atlasHclConfig(text: string, file: string, envName?: string): AtlasHclResult {
  const items = new Parser(tokenize(text, file), file).body(false);
  const notes: string[] = [];
  const envs = items.filter((b): b is Block => b.kind === 'block' && b.type === 'env');
  for (const item of items) {
    if (item.kind === 'block' && item.type === 'env') continue;
    const what =
      item.kind === 'block'
        ? `${item.type}${item.labels.map((l) => ` "${l}"`).join('')} block`
        : `attribute ${item.name}`;
    notes.push(`${file}:${item.line}:${item.col}: ${what} is not read by schemagate`);
  }
  const names = envs.map((e) => e.labels[0] ?? '');
  let env: Block | undefined;
  if (envName) {
    env = envs.find((e) => e.labels[0] === envName);
    if (!env)
      throw new ConfigError(
        file,
        `env "${envName}"`,
        `no such env; the file has ${names.map((n) => `"${n}"`).join(', ') || 'none'}`,
      );
  } else {
    env = envs.find((e) => e.labels[0] === 'ci') ?? (envs.length === 1 ? envs[0] : undefined);
    if (!env)
      throw new ConfigError(
        file,
        '',
        envs.length === 0
          ? 'no env block to read'
          : `several env blocks (${names.map((n) => `"${n}"`).join(', ')}) and none named "ci": name the one to use (input atlas-env, or --atlas-env)`,
      );
  }
  const name = env.labels[0] ?? '';
  const key = (k: string) => `env "${name}".${k}`;
  const raw: Record<string, unknown> = {};
  const migrations: Record<string, unknown> = {};
  const need = (e: Expr, k: string, why: string): never => {
    throw new ConfigError(file, key(k), `${show(e)}: ${why}`, e.line, e.col);
  };
  for (const item of env.body) {
    if (item.kind === 'attribute' && item.name === 'src') {
      const paths = (item.value.kind === 'list' ? item.value.items : [item.value]).map(
        (e) =>
          localPath(e) ?? need(e, 'src', 'only a file:// path can be read (put the schema in .sql files)'),
      );
      if (paths.length !== 1) need(item.value, 'src', 'schemagate reads one schema directory or file');
      raw.schema = paths[0];
    } else if (item.kind === 'attribute' && item.name === 'dev') {
      if (item.value.kind === 'string' && /^postgres(ql)?:\/\//.test(item.value.value))
        raw.dev_url = item.value.value;
      else
        notes.push(
          `${file}:${item.line}:${item.col}: ${key('dev')} = ${show(item.value)} is not a postgres:// URL; the embedded database is used`,
        );
    } else if (item.kind === 'attribute' && item.name === 'url') {
      notes.push(
        `${file}:${item.line}:${item.col}: ${key('url')} is the target database: give it to schemagate as database-url (a secret), not in a file`,
      );
    } else if (item.kind === 'block' && item.type === 'migration') {
      for (const m of item.body) {
        if (m.kind === 'attribute' && m.name === 'dir') {
          migrations.dir =
            localPath(m.value) ?? need(m.value, 'migration.dir', 'only a file:// directory can be read');
        } else if (m.kind === 'attribute' && m.name === 'format') {
          const f = m.value.kind === 'word' || m.value.kind === 'string' ? m.value.value : '';
          migrations.format =
            FORMATS[f] ??
            need(
              m.value,
              'migration.format',
              `not a format schemagate reads (atlas, golang-migrate, dbmate, flyway)`,
            );
        } else {
          const what = m.kind === 'attribute' ? m.name : `${m.type} block`;
          notes.push(`${file}:${m.line}:${m.col}: ${key(`migration.${what}`)} is not read by schemagate`);
        }
      }
    } else {
      const what = item.kind === 'attribute' ? item.name : `${item.type} block`;
      notes.push(`${file}:${item.line}:${item.col}: ${key(what)} is not read by schemagate`);
    }
  }
  // Atlas's own default format is atlas.
  if (Object.keys(migrations).length > 0) raw.migrations = { format: 'atlas', ...migrations };
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(file, key(''), parsed.error.issues[0].message);
  return { config: parsed.data, env: name, notes };
}
