/**
 * atlas.sum, byte-for-byte as Atlas writes it: one running SHA-256 over the top-level `.sql`
 * files sorted bytewise, fed each file's name then (unless the file opts out with
 * `-- atlas:sum ignore` on its first line) its bytes; each listed file gets the running hash so
 * far. The first line hashes the listed names and hashes together.
 */
import { createHash } from 'node:crypto';
import { compareBytes, joinPath } from './common.js';
import { MigrationDirError } from './errors.js';
import type { MigrationDirFile } from './types.js';

export const ATLAS_SUM = 'atlas.sum';

export interface SumEntry {
  readonly name: string;
  readonly hash: string;
}

// Atlas matches its directives against the first line only, printable ASCII around them.
const FIRST_LINE_DIRECTIVE = /^([ -~]*)atlas:(\w+)(?: +([ -~]*))*/;

/** A directive on the file's first line, as Atlas reads `atlas:sum`; its argument or undefined. */
function firstLineDirective(content: string, name: string): string | undefined {
  const m = FIRST_LINE_DIRECTIVE.exec(content);
  return m && m[2] === name ? (m[3] ?? '') : undefined;
}

/**
 * A file-level directive (`-- atlas:txmode none`): Atlas only honours comment lines at the very
 * top of the file that are separated from the statements by a blank line.
 */
export function atlasDirective(content: string, name: string): string | undefined {
  const comments: string[] = [];
  let rest = content;
  while (rest.startsWith('--') || rest.startsWith('#')) {
    const nl = rest.indexOf('\n');
    if (nl < 0) {
      comments.push(rest);
      rest = '';
      break;
    }
    comments.push(rest.slice(0, nl).trim());
    rest = rest.slice(nl + 1);
  }
  if (rest !== '' && !rest.startsWith('\n') && !rest.startsWith('\r\n')) return undefined;
  for (const c of comments) {
    const arg = firstLineDirective(c, name.replace(/^atlas:/, ''));
    if (arg !== undefined) return arg.trim();
  }
  return undefined;
}

export function computeAtlasSum(files: readonly MigrationDirFile[]): SumEntry[] {
  const sorted = files.filter((f) => f.name.endsWith('.sql')).sort((a, b) => compareBytes(a.name, b.name));
  const running = createHash('sha256');
  const out: SumEntry[] = [];
  for (const f of sorted) {
    running.update(f.name, 'utf8');
    if (firstLineDirective(f.content, 'sum') === 'ignore') continue;
    running.update(f.content, 'utf8');
    // copy(): the running state goes on; a digest of a copy is the hash "so far".
    out.push({ name: f.name, hash: running.copy().digest('base64') });
  }
  return out;
}

function totalSum(entries: readonly SumEntry[]): string {
  const h = createHash('sha256');
  for (const e of entries) {
    h.update(e.name, 'utf8');
    h.update(e.hash, 'utf8');
  }
  return h.digest('base64');
}

/** The text of atlas.sum for these files, exactly as `atlas migrate hash` writes it. */
export function formatAtlasSum(entries: readonly SumEntry[]): string {
  return `h1:${totalSum(entries)}\n${entries.map((e) => `${e.name} h1:${e.hash}\n`).join('')}`;
}

export function writeAtlasSum(files: readonly MigrationDirFile[]): string {
  return formatAtlasSum(computeAtlasSum(files));
}

/** The first line (without `h1:`) and the entries; a line that is not `<file> h1:<hash>` is an error at its line. */
function readSumLines(text: string, file: string): { head: string; entries: SumEntry[] } {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const head = (lines.shift() ?? '').replace(/\r$/, '').replace(/^h1:/, '');
  const entries: SumEntry[] = [];
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const at = line.indexOf('h1:');
    if (at < 0) {
      throw new MigrationDirError(
        [`${file}:${i + 2}`],
        'atlas.sum line is not "<file> h1:<hash>"; run `schemagate hash`',
      );
    }
    entries.push({ name: line.slice(0, at).trim(), hash: line.slice(at + 3) });
  });
  return { head, entries };
}

const EDITED =
  'atlas.sum was edited by hand: this line does not match the directory and the first line does not match the lines below it; ' +
  'run `schemagate hash` after reviewing the directory';

/** Parses atlas.sum; a malformed file or a first line that does not match its entries is an error. */
export function parseAtlasSum(text: string, file: string): SumEntry[] {
  const { head, entries } = readSumLines(text, file);
  if (head !== totalSum(entries)) throw new MigrationDirError([`${file}:1`], EDITED);
  return entries;
}

/**
 * Verifies the directory against its atlas.sum and names the first file that was changed,
 * added or removed. Atlas only compares the totals; naming the file is what makes it fixable.
 */
export function verifyAtlasSum(files: readonly MigrationDirFile[], sumText: string, dir: string): void {
  const sumFile = joinPath(dir, ATLAS_SUM);
  const { head, entries: recorded } = readSumLines(sumText, sumFile);
  const actual = computeAtlasSum(files);
  const consistent = head === totalSum(recorded);
  if (consistent && formatAtlasSum(recorded) === formatAtlasSum(actual)) return;
  if (!consistent) {
    // Tampered with: point at the first line that differs from what the directory gives (line 1
    // when only the first line was touched).
    let i = 0;
    while (
      i < recorded.length &&
      i < actual.length &&
      recorded[i].name === actual[i].name &&
      recorded[i].hash === actual[i].hash
    )
      i++;
    const line = i === recorded.length && i === actual.length ? 1 : i + 2;
    throw new MigrationDirError([`${sumFile}:${line}`], EDITED);
  }
  const before = new Map(recorded.map((e) => [e.name, e.hash]));
  const now = new Map(actual.map((e) => [e.name, e.hash]));
  const fix = 'if the change is intended, run `schemagate hash` to rewrite atlas.sum';
  for (const e of actual) {
    if (!before.has(e.name))
      throw new MigrationDirError([joinPath(dir, e.name)], `file added but not in ${sumFile}; ${fix}`);
  }
  for (const e of recorded) {
    if (!now.has(e.name))
      throw new MigrationDirError([joinPath(dir, e.name)], `file listed in ${sumFile} was removed; ${fix}`);
  }
  // The hashes are cumulative: the first differing line is the file that changed.
  for (let i = 0; i < actual.length; i++) {
    if (actual[i].name !== recorded[i].name || actual[i].hash !== recorded[i].hash) {
      throw new MigrationDirError(
        [joinPath(dir, actual[i].name)],
        `file changed since ${sumFile} was written; ${fix}`,
      );
    }
  }
  throw new MigrationDirError([sumFile], `does not match the directory; ${fix}`);
}
