/**
 * CODEOWNERS, read the way GitHub reads it: one rule per line (`pattern owner...`), `#` starts a
 * comment unless escaped (`\#`), patterns follow gitignore with GitHub's differences (no `!`
 * negation, no `[...]` ranges, a trailing `/*` matches direct children only), and the last
 * matching rule wins, so a later rule with no owners takes ownership away. A line GitHub would
 * reject is skipped and reported, as GitHub does. Pure: the edge reads the file.
 */

/** Where GitHub looks, in its order: the first one that exists is used. */
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

export type Owner =
  | { readonly kind: 'user'; readonly login: string }
  | { readonly kind: 'team'; readonly org: string; readonly slug: string }
  | { readonly kind: 'email'; readonly email: string };

export interface CodeownersRule {
  readonly line: number;
  readonly pattern: string;
  readonly owners: readonly Owner[];
  readonly matches: (path: string) => boolean;
}

export interface Codeowners {
  readonly rules: readonly CodeownersRule[];
  /** Lines skipped because GitHub would reject them, with why. */
  readonly errors: readonly { readonly line: number; readonly message: string }[];
}

const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;
const TEAM = /^@([A-Za-z0-9-]+)\/([A-Za-z0-9_.-]+)$/;
const USER = /^@([A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?)$/;

export function ownerText(o: Owner): string {
  switch (o.kind) {
    case 'user':
      return `@${o.login}`;
    case 'team':
      return `@${o.org}/${o.slug}`;
    case 'email':
      return o.email;
  }
}

function parseOwner(s: string): Owner | null {
  const team = TEAM.exec(s);
  if (team) return { kind: 'team', org: team[1], slug: team[2] };
  const user = USER.exec(s);
  if (user) return { kind: 'user', login: user[1] };
  if (EMAIL.test(s)) return { kind: 'email', email: s };
  return null;
}

/** Splits a line into whitespace-separated words, honouring `\` escapes and dropping the comment. */
function words(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let has = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\' && i + 1 < line.length) {
      // Keep the escape: the pattern compiler needs to know `\*` is a literal star.
      cur += ch + line[++i];
      has = true;
    } else if (ch === '#') break;
    else if (ch === ' ' || ch === '\t') {
      if (has) out.push(cur);
      cur = '';
      has = false;
    } else {
      cur += ch;
      has = true;
    }
  }
  if (has) out.push(cur);
  return out;
}

const quote = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A glob segment (no `/`) as a regular expression: `*` and `?` stop at `/`, `\x` is x. */
function segmentRegex(seg: string): string {
  let re = '';
  for (let i = 0; i < seg.length; i++) {
    const ch = seg[i];
    if (ch === '\\' && i + 1 < seg.length) re += quote(seg[++i]);
    else if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else re += quote(ch);
  }
  return re;
}

/**
 * Compiles a CODEOWNERS pattern to a matcher of repository-relative file paths. A pattern that
 * matches a directory matches every file below it; a pattern without a slash (other than a
 * trailing one) matches at any depth; a leading or inner slash anchors it to the root.
 */
export function compilePattern(pattern: string): (path: string) => boolean {
  if (pattern.includes('***')) throw new Error('three consecutive asterisks are not a pattern');
  if (/(^|[^\\])[[\]]/.test(pattern)) throw new Error('character ranges ([...]) are not supported');
  if (pattern.startsWith('!')) throw new Error('negation (!) is not supported');
  if (pattern === '/') return () => false;
  let segs = pattern.split('/');
  if (segs[0] === '') segs = segs.slice(1);
  else if ((segs.length === 1 || (segs.length === 2 && segs[1] === '')) && segs[0] !== '**')
    segs = ['**', ...segs];
  if (segs.length > 1 && segs[segs.length - 1] === '') segs[segs.length - 1] = '**';

  let re = '^';
  let needSlash = false;
  const last = segs.length - 1;
  segs.forEach((seg, i) => {
    if (seg === '**') {
      if (i === 0 && i === last) re += '.+';
      else if (i === 0) {
        re += '(?:.+/)?';
        needSlash = false;
      } else if (i === last) re += '/.*';
      else {
        re += '(?:/.+)?';
        needSlash = true;
      }
      return;
    }
    if (needSlash) re += '/';
    if (seg === '*') {
      // GitHub: `docs/*` owns docs/a.md but not docs/sub/b.md.
      re += '[^/]+';
    } else {
      re += segmentRegex(seg);
      // A name that is not the last segment's lone `*` also owns what is below it (a directory).
      if (i === last) re += '(?:/.*)?';
    }
    needSlash = true;
  });
  const rx = new RegExp(`${re}$`);
  return (path) => rx.test(path.replace(/^\/+/, ''));
}

export function parseCodeowners(text: string): Codeowners {
  const rules: CodeownersRule[] = [];
  const errors: { line: number; message: string }[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const [pattern, ...ownerWords] = words(raw);
    if (pattern === undefined) return;
    const owners: Owner[] = [];
    for (const w of ownerWords) {
      const o = parseOwner(w);
      if (!o) {
        errors.push({ line, message: `${JSON.stringify(w)} is not an @user, @org/team or email owner` });
        return;
      }
      owners.push(o);
    }
    try {
      rules.push({ line, pattern, owners, matches: compilePattern(pattern) });
    } catch (err) {
      errors.push({ line, message: `pattern ${JSON.stringify(pattern)}: ${(err as Error).message}` });
    }
  });
  return { rules, errors };
}

/** The rule that decides a path's owners (the last one matching), or undefined. */
export function ruleFor(codeowners: Codeowners, path: string): CodeownersRule | undefined {
  for (let i = codeowners.rules.length - 1; i >= 0; i--)
    if (codeowners.rules[i].matches(path)) return codeowners.rules[i];
  return undefined;
}

export interface FileOwners {
  readonly path: string;
  readonly owners: readonly Owner[];
  /** Line of the deciding rule, or null when no rule matches. */
  readonly line: number | null;
}

/** The owners of each file (repository-relative paths). */
export function ownersOf(codeowners: Codeowners, paths: readonly string[]): FileOwners[] {
  return paths.map((path) => {
    const rule = ruleFor(codeowners, path);
    return { path, owners: rule?.owners ?? [], line: rule?.line ?? null };
  });
}
