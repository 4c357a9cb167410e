import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { ConfigError } from '../errors.js';
import { type Config, configSchema } from './schema.js';

/** Parses and validates the text of a schemagate.yml. `file` is only used in messages. */
export function parseConfig(text: string, file: string): Config {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const at = lineCounter.linePos(e.pos[0]);
    throw new ConfigError(file, '', `invalid YAML: ${e.message.split('\n')[0]}`, at?.line, at?.col);
  }
  const raw = doc.toJS() ?? {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError(file, '', 'the file must be a mapping of keys (see docs/config.md)', 1, 1);
  }
  const parsed = configSchema.safeParse(raw);
  if (parsed.success) return parsed.data;

  const issue = parsed.error.issues[0];
  const path = issue.path.map(String);
  let detail = issue.message;
  let keyPath = path.join('.');
  let node: unknown = doc.getIn(path, true);
  if (issue.code === 'unrecognized_keys') {
    const key = (issue as z.core.$ZodIssueUnrecognizedKeys).keys[0];
    keyPath = [...path, key].join('.');
    detail = `unknown key (allowed here: ${allowedKeys(path).join(', ')})`;
    const parent = path.length ? doc.getIn(path, true) : doc.contents;
    if (isMap(parent)) node = parent.items.find((p) => isScalar(p.key) && p.key.value === key)?.key;
  }
  // A default-filled key has no node in the file: point at the nearest ancestor that does.
  while (!hasRange(node) && path.length > 0) {
    path.pop();
    node = doc.getIn(path, true);
  }
  const range = hasRange(node) ? node.range : undefined;
  const at = range ? lineCounter.linePos(range[0]) : undefined;
  throw new ConfigError(file, keyPath, detail, at?.line, at?.col);
}

function hasRange(n: unknown): n is { range: [number, number, number] } {
  return typeof n === 'object' && n !== null && Array.isArray((n as { range?: unknown }).range);
}

function allowedKeys(path: string[]): string[] {
  let s: any = configSchema;
  for (const p of path) {
    s = unwrap(s);
    s = s?.shape?.[p];
  }
  s = unwrap(s);
  return s?.shape ? Object.keys(s.shape) : [];
}

function unwrap(s: any): any {
  // Defaults, prefaults and preprocess pipes wrap the object schema; walk to the inner object.
  for (let i = 0; i < 6 && s && !s.shape; i++) s = s.def?.innerType ?? s.def?.out ?? s.def?.schema;
  return s;
}
